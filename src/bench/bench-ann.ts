import fs from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import { embeddingText } from '../ingest/build-index.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { LOCAL_EMBEDDING_DIMENSIONS, LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { DEFAULT_EF_SEARCH, DEFAULT_GRAPH, VectorIndex, VectorMatrix } from '../retrieval/vector-index.js';
import { ExactCosineSearch, recallAtK, recallWithTies } from './exact-search.js';
import { measureLatency, summarize, timeOnce, type LatencySummary } from './measure.js';
import { generateSyntheticCorpus, readCorpusVocabulary } from './synthetic-corpus.js';

/**
 * M and efConstruction from the header of a saved hnswlib index (hnswalg.h `saveIndex`: six size_t,
 * two int32, then maxM_, maxM0_, M_ as size_t, mult_ as double, ef_construction_ as size_t).
 */
export async function readHnswParams(file: string): Promise<{ m: number; efConstruction: number }> {
  const handle = await fs.open(file, 'r');
  try {
    const header = Buffer.alloc(96);
    await handle.read(header, 0, 96, 0);
    return { m: Number(header.readBigUInt64LE(72)), efConstruction: Number(header.readBigUInt64LE(88)) };
  } finally {
    await handle.close();
  }
}

export interface AnnPoint {
  ef: number;
  recallAt10: number;
  /** ann-benchmarks' recall: a neighbour as near as the true 10th (+1e-3) counts. */
  recallAt10Ties: number;
  latency: LatencySummary;
  /** Exact (JS) search p50 divided by this p50. */
  speedUp: number;
  /** hnswlib's own brute-force (C++) p50 divided by this p50. */
  speedUpNative: number;
}

export interface AnnResult {
  seed: number;
  chunks: number;
  queries: number;
  textMb: number;
  vocabulary: number;
  embedMs: number;
  buildMs: number;
  graph: { m: number; efConstruction: number };
  /** Baseline: brute-force cosine in JS over one Float32Array. */
  exact: LatencySummary;
  /** Baseline: hnswlib's BruteforceSearch (C++), what the index uses up to EXACT_SEARCH_MAX vectors. */
  nativeExact: LatencySummary;
  sweep: AnnPoint[];
  servingEf: number;
}

/**
 * hnswlib against exact search on a synthetic corpus without duplicates (the replicated real text holds
 * each chunk many times, which makes strict recall meaningless there): the graph built with the serving
 * defaults, recall@10 and latency over a range of ef, beside exact search in JS and in hnswlib's C++.
 */
export async function benchAnn(options: { corpusDir: string; chunks: number; seed?: number; queries?: number; efs?: number[]; log?: (line: string) => void }): Promise<AnnResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20240501;
  const vocabulary = await readCorpusVocabulary(options.corpusDir);
  log(`ANN: ${options.chunks.toLocaleString('en-US')} sentetik parça, gömme…`);
  const { chunks, queries, documents } = generateSyntheticCorpus({ seed, chunkCount: options.chunks, vocabulary, queryCount: options.queries ?? 200 });
  const textMb = documents.reduce((s, d) => s + d.text.length, 0) / (1024 * 1024);
  const embeddings = new LocalHashEmbeddings();
  const embedded = await timeOnce(() => {
    const data = new Float32Array(chunks.length * LOCAL_EMBEDDING_DIMENSIONS);
    chunks.forEach((c, i) => data.set(embeddings.embedText(embeddingText(c)), i * LOCAL_EMBEDDING_DIMENSIONS));
    return new VectorMatrix(data, LOCAL_EMBEDDING_DIMENSIONS);
  });
  const matrix = embedded.value;
  log(`ANN: hnswlib grafı kuruluyor (M ${DEFAULT_GRAPH.m}, efConstruction ${DEFAULT_GRAPH.efConstruction})…`);
  const built = await timeOnce(() => VectorIndex.build(matrix, embeddings, { kind: 'hnsw' }));
  const index = built.value;
  const rows = Array.from({ length: matrix.count }, (_, i) => matrix.row(i));
  const queryVectors = queries.map((q) => embeddings.embedText(`${q.question} ${expandQuery(q.question).expansionText}`));

  log('ANN: kesin arama ve ef taraması…');
  const exactSearch = ExactCosineSearch.build(rows);
  const truth: number[][] = [];
  const exact = summarize(await measureLatency(queryVectors, (v) => truth.push(exactSearch.search(v, 10)), { warmup: 0 }));
  const native = new hnswlib.BruteforceSearch('cosine', matrix.dimensions);
  native.initIndex(matrix.count);
  rows.forEach((row, i) => native.addPoint(row, i));
  const nativeExact = summarize(await measureLatency(queryVectors, (v) => native.searchKnn(v, 10), { warmup: 3 }));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const sweep: AnnPoint[] = [];
  for (const ef of [...new Set([...(options.efs ?? [128, 256, 400, 600, 800]), DEFAULT_EF_SEARCH])].sort((a, b) => a - b)) {
    index.setEf(ef);
    const found: number[][] = [];
    const latency = summarize(await measureLatency(queryVectors, async (v) => found.push((await index.search(v, 10)).map((h) => h.chunkIndex)), { warmup: 0 }));
    const strict = truth.map((t, i) => recallAtK(t, found[i] ?? []));
    const ties = truth.map((t, i) => recallWithTies(exactSearch.similarity(queryVectors[i]!, t.at(-1)!), (found[i] ?? []).map((j) => exactSearch.similarity(queryVectors[i]!, j)), t.length));
    sweep.push({ ef, recallAt10: mean(strict), recallAt10Ties: mean(ties), latency, speedUp: exact.p50 / latency.p50, speedUpNative: nativeExact.p50 / latency.p50 });
  }
  index.setEf(DEFAULT_EF_SEARCH);
  return {
    seed,
    chunks: chunks.length,
    queries: queries.length,
    textMb,
    vocabulary: vocabulary.length,
    embedMs: embedded.ms,
    buildMs: built.ms,
    graph: { ...DEFAULT_GRAPH },
    exact,
    nativeExact,
    sweep,
    servingEf: DEFAULT_EF_SEARCH,
  };
}
