import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIndex } from '../ingest/build-index.js';
import { extractPdfPages } from '../ingest/extract-pdf-pages.js';
import { listCorpusFiles } from '../ingest/index.js';
import { IndexStore } from '../retrieval/index-store.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { cleanText } from '../text/clean-text.js';
import { medianOf, timeOnce } from './measure.js';
import { folderBytes } from './replicate-corpus.js';

export interface IngestResult {
  files: number;
  bytes: number;
  documents: number;
  chunks: number;
  runs: number;
  /** Baseline: read every file and clean its text (PDFs: text extraction too), nothing else. Median. */
  floorMs: number;
  /** Median of full builds into an empty DATA_DIR. */
  ingestMs: number;
  /** buildIndex again over an unchanged corpus (hash check only). */
  noopMs: number;
  /** One file changed: it is read again, everything else reused. */
  oneChangedMs: number;
  indexBytes: number;
  vectorKind: string;
}

/** Reading and cleaning only: the least any ingest must do with these files. */
export async function readAndClean(corpusDir: string, relPaths: readonly string[]): Promise<number> {
  let chars = 0;
  for (const rel of relPaths) {
    const bytes = await fs.readFile(path.join(corpusDir, rel));
    if (rel.toLowerCase().endsWith('.pdf')) {
      for (const page of await extractPdfPages(bytes, rel)) chars += cleanText(page.text).length;
    } else {
      chars += cleanText(bytes.toString('utf8')).length;
    }
  }
  return chars;
}

export const mbPerS = (bytes: number, ms: number) => bytes / (1024 * 1024) / (ms / 1000);

/** A private copy of a corpus under `root` (ingest writes beside it), with its files and their total size. */
export async function stageCorpus(sourceDir: string, root: string): Promise<{ corpusDir: string; relPaths: string[]; bytes: number }> {
  const corpusDir = path.join(root, 'corpus');
  await fs.cp(sourceDir, corpusDir, { recursive: true });
  const relPaths = await listCorpusFiles(corpusDir);
  let bytes = 0;
  for (const rel of relPaths) bytes += (await fs.stat(path.join(corpusDir, rel))).size;
  return { corpusDir, relPaths, bytes };
}

/**
 * Ingest throughput of a corpus against its read-and-clean floor, in a throw-away copy: `runs` full builds
 * (median), a no-op re-ingest and a re-ingest after one file changed.
 */
export async function benchIngest(options: { corpusDir: string; runs?: number; log?: (line: string) => void }): Promise<IngestResult> {
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-bench-ingest-'));
  try {
    const { corpusDir, relPaths, bytes } = await stageCorpus(options.corpusDir, root);
    const embeddings = new LocalHashEmbeddings();
    const embedder = { embeddings, id: embeddings.id };

    log(`ingest: ${relPaths.length} dosya, ${(bytes / 1024 / 1024).toFixed(1)} MB; okuma+temizleme tabanı ve tam ingest ×${runs}…`);
    await readAndClean(corpusDir, relPaths); // warm-up: pdf-parse loads its worker once, the JIT warms
    let summary = { documents: 0, chunks: 0 };
    // Floor and ingest alternate, so a change in the machine's load hits both alike.
    const floors: number[] = [];
    const ingests: number[] = [];
    for (let run = 0; run < runs; run++) {
      floors.push((await timeOnce(() => readAndClean(corpusDir, relPaths))).ms);
      const store = new IndexStore(path.join(root, `data-${run}`));
      const built = await timeOnce(() => buildIndex({ repoRoot: root, corpusDir, store, embedder }));
      summary = built.value;
      ingests.push(built.ms);
      if (run < runs - 1) await fs.rm(path.join(root, `data-${run}`), { recursive: true, force: true });
    }
    const store = new IndexStore(path.join(root, `data-${runs - 1}`));
    const noop = await medianOf(runs, async () => {
      const again = await buildIndex({ repoRoot: root, corpusDir, store, embedder });
      if (again.rebuilt) throw new Error('bench: an unchanged corpus was rebuilt');
    });
    const buildDir = (await store.currentBuildDir())!;
    const indexBytes = await folderBytes(buildDir);
    const vectorKind = (await store.readManifest(buildDir)).vectors === false
      ? 'none (dense vote 0)'
      : (JSON.parse(await fs.readFile(path.join(buildDir, 'vector', 'args.json'), 'utf8')) as { kind: string }).kind;
    const changed = path.join(corpusDir, relPaths.find((r) => !r.endsWith('.pdf')) ?? relPaths[0]!);
    await fs.appendFile(changed, '\n\nBu satır, tek dosyası değişen yeniden dizinlemeyi ölçmek için eklendi.\n');
    const oneChanged = await timeOnce(() => buildIndex({ repoRoot: root, corpusDir, store, embedder }));
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    return {
      files: relPaths.length,
      bytes,
      documents: summary.documents,
      chunks: summary.chunks,
      runs,
      floorMs: sorted(floors)[Math.floor(runs / 2)]!,
      ingestMs: sorted(ingests)[Math.floor(runs / 2)]!,
      noopMs: noop.median,
      oneChangedMs: oneChanged.ms,
      indexBytes,
      vectorKind,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
