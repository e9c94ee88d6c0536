/**
 * One index build in a process of its own: `node --import tsx src/bench/build-probe.ts '<json>'` measures the
 * read-and-clean floor of the corpus, then `buildIndex` into an empty DATA_DIR, and prints one JSON line
 * (times, counts, the process's peak RSS). The benchmark's own memory never mixes with the build's.
 */
import { buildIndex } from '../ingest/build-index.js';
import { listCorpusFiles } from '../ingest/index.js';
import { IndexStore } from '../retrieval/index-store.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { readAndClean } from './bench-ingest.js';
import { timeOnce } from './measure.js';

export interface BuildProbeRequest {
  /** What `source` paths are relative to (the folder holding the corpus). */
  repoRoot: string;
  corpusDir: string;
  dataDir: string;
  /** Skip the floor (large corpora: it reads everything once more). */
  floor?: boolean;
}

export interface BuildProbeResult {
  floorMs: number | null;
  ingestMs: number;
  documents: number;
  chunks: number;
  failed: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as BuildProbeRequest;
  const relPaths = await listCorpusFiles(request.corpusDir);
  const floor = request.floor === false ? null : (await timeOnce(() => readAndClean(request.corpusDir, relPaths))).ms;
  const embeddings = new LocalHashEmbeddings();
  const built = await timeOnce(() =>
    buildIndex({ repoRoot: request.repoRoot, corpusDir: request.corpusDir, store: new IndexStore(request.dataDir), embedder: { embeddings, id: embeddings.id } }),
  );
  const result: BuildProbeResult = {
    floorMs: floor,
    ingestMs: built.ms,
    documents: built.value.documents,
    chunks: built.value.chunks,
    failed: built.value.failed.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
