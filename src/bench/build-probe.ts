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
  /**
   * Then add the vector files the default offline build leaves out (an incremental build asking for them):
   * the serving probe measures hnswlib on them. Timed apart, so `ingestMs` stays what a default ingest costs.
   */
  vectors?: boolean;
}

export interface BuildProbeResult {
  floorMs: number | null;
  ingestMs: number;
  documents: number;
  chunks: number;
  failed: number;
  /** Peak RSS of the process up to the end of the default build. */
  peakRssMb: number;
  /** The incremental build adding the vectors (`vectors: true` only), and the peak RSS after it. */
  vectorsMs: number | null;
  peakRssWithVectorsMb: number | null;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as BuildProbeRequest;
  const relPaths = await listCorpusFiles(request.corpusDir);
  const floor = request.floor === false ? null : (await timeOnce(() => readAndClean(request.corpusDir, relPaths))).ms;
  const embeddings = new LocalHashEmbeddings();
  const options = { repoRoot: request.repoRoot, corpusDir: request.corpusDir, store: new IndexStore(request.dataDir), embedder: { embeddings, id: embeddings.id } };
  const built = await timeOnce(() => buildIndex(options));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const withVectors = request.vectors ? await timeOnce(() => buildIndex({ ...options, vectors: true })) : null;
  const result: BuildProbeResult = {
    floorMs: floor,
    ingestMs: built.ms,
    documents: built.value.documents,
    chunks: built.value.chunks,
    failed: built.value.failed.length,
    peakRssMb,
    vectorsMs: withVectors ? withVectors.ms : null,
    peakRssWithVectorsMb: withVectors ? process.resourceUsage().maxRSS / 1024 : null,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
