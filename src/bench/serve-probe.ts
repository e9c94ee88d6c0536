/**
 * One serving process, measured from its start: `node --import tsx --expose-gc src/bench/serve-probe.ts '<json>'`
 * opens the index in DATA_DIR as `createAssistant` does, and prints one JSON line — load time, memory, and
 * latencies of hybrid retrieval, BM25 alone, hnswlib alone, exact search and the full offline answer, with
 * hnswlib's recall against exact search. A fresh process per index, so memory is the index's, not the
 * benchmark's. `breakdown` mode loads the parts one after another instead and reports what each adds.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { answerQuestion } from '../answer/answer-question.js';
import { TermStatistics } from '../answer/term-statistics.js';
import { openChunkStore } from '../retrieval/chunk-store.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { hybridSearch } from '../retrieval/hybrid-search.js';
import { IndexStore } from '../retrieval/index-store.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { openIndex } from '../retrieval/open-index.js';
import { DEFAULT_EF_SEARCH, VectorIndex } from '../retrieval/vector-index.js';
import { ExactCosineSearch, recallAtK, recallWithTies } from './exact-search.js';
import { measureLatency, memorySnapshot, summarize, timeOnce, type LatencySummary, type MemorySnapshot } from './measure.js';
import { paraphraseQuestions } from './paraphrase-questions.js';
import { mulberry32 } from './synthetic-corpus.js';

export interface ProbeRequest {
  dataDir: string;
  mode: 'serve' | 'breakdown';
  questions?: number;
  seed?: number;
  /** Wall-time cap of each latency series once 20 runs are done. */
  budgetMs?: number;
  /** Also time exact search and measure recall (needs vectors.f32 read into memory, after the RSS figures). */
  exact?: boolean;
  /** Also time hnswlib's own (C++) brute-force search. */
  nativeExact?: boolean;
  /** Extra ef values to measure recall and latency at (graph indexes only). */
  efs?: number[];
}

export interface EfMeasure {
  ef: number;
  recallAt10: number;
  recallAt10Ties: number;
  latency: LatencySummary;
  speedUp: number;
}

export interface ProbeResult {
  chunks: number;
  documents: number;
  vectorKind: string;
  /** openIndex + term statistics in a fresh process (first call), and the median of two more. */
  loadMs: number;
  warmLoadMs: number;
  /** After imports, before opening the index. */
  baseline: MemorySnapshot;
  afterLoad: MemorySnapshot;
  /** After all the questions below (document texts cached, caches warm); the vector files not yet read. */
  afterQuestions: MemorySnapshot;
  /** After the vector files are read and searched (what serving with a configured embedder adds). */
  afterDense: MemorySnapshot;
  /** Reading the vector files on the first dense search. */
  vectorReadMs: number;
  questions: number;
  retrieval: LatencySummary;
  bm25: LatencySummary;
  dense: LatencySummary;
  answer: LatencySummary;
  answered: number;
  exact?: LatencySummary;
  nativeExact?: LatencySummary;
  servingEf: number;
  recall?: EfMeasure[];
}

export interface BreakdownResult {
  baseline: MemorySnapshot;
  /** RSS each part adds when loaded alone, in MB, in this order. */
  parts: { part: string; rssMb: number; heapMb: number; externalMb: number; onDiskMb: number }[];
}

const embeddings = new LocalHashEmbeddings();
const embedder = { embeddings, id: embeddings.id };

async function currentBuild(dataDir: string): Promise<string> {
  const dir = await new IndexStore(dataDir).currentBuildDir();
  if (!dir) throw new Error(`serve-probe: no index in ${dataDir}`);
  return dir;
}

async function fileMb(...files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += await fs.stat(f).then((s) => s.size, () => 0);
  return total / (1024 * 1024);
}

async function breakdown(request: ProbeRequest): Promise<BreakdownResult> {
  const dir = await currentBuild(request.dataDir);
  const parts: BreakdownResult['parts'] = [];
  const keep: unknown[] = [];
  const baseline = memorySnapshot();
  let last = baseline;
  const step = async <T>(part: string, onDisk: string[], load: () => Promise<T>): Promise<T> => {
    const value = await load();
    keep.push(value);
    const now = memorySnapshot();
    parts.push({
      part,
      rssMb: now.rssMb - last.rssMb,
      heapMb: now.heapUsedMb - last.heapUsedMb,
      externalMb: now.externalMb - last.externalMb,
      onDiskMb: await fileMb(...onDisk.map((f) => path.join(dir, f))),
    });
    last = now;
    return value;
  };
  const stored = await step('chunks and documents (objects, interned strings, headings; not their text)', ['chunks.bin', 'documents.json', 'chunk-extras.json'], () => openChunkStore(dir));
  await step('BM25 terms and offsets (postings stay on disk)', ['lexical.bin'], () => LexicalIndex.load(path.join(dir, 'lexical.bin')));
  const vector = await VectorIndex.deferred(path.join(dir, 'vector'), embeddings);
  if (vector.kind !== 'none') {
    await step('vector index (hnswlib: vectors and graph; read only when a configured embedder searches it)', ['vector/hnswlib.index', 'vector/bruteforce.index'], () => vector.ready());
  }
  // Every document's text read once: what the decoded-text cache holds at most (the rest stays on disk).
  await step('document texts, each read once (decoded-text cache at its cap)', ['text.bin'], async () => stored.documents.reduce((n, d) => n + d.text.length, 0));
  return { baseline, parts };
}

async function serve(request: ProbeRequest): Promise<ProbeResult> {
  const baseline = memorySnapshot();
  const store = new IndexStore(request.dataDir);
  const open = async () => {
    const started = performance.now();
    const snapshot = await openIndex(store, embedder);
    const stats = TermStatistics.fromLexicalIndex(snapshot.lexical);
    return { snapshot, stats, ms: performance.now() - started };
  };
  const first = await open();
  const afterLoad = memorySnapshot();
  const warm: number[] = [];
  for (let r = 0; r < 2; r++) {
    const again = await open();
    again.snapshot.close();
    warm.push(again.ms);
  }
  const { snapshot, stats } = first;
  const budgetMs = request.budgetMs ?? 15_000;

  const queries = paraphraseQuestions(snapshot.chunks, mulberry32(request.seed ?? 20240501), request.questions ?? 200);
  const questions = queries.map((q) => q.question);
  const queryVectors = questions.map((q) => embeddings.embedText(`${q} ${expandQuery(q).expansionText}`));
  const retrieval = summarize(await measureLatency(questions, (q) => hybridSearch(snapshot, q, { limit: 8 }), { warmup: 5, budgetMs }));
  const bm25 = summarize(
    await measureLatency(questions, (q) => {
      const expanded = expandQuery(q);
      return snapshot.lexical.search([...expanded.terms, ...expanded.terms, ...expanded.expansions], 50);
    }, { warmup: 5, budgetMs }),
  );
  const context = { index: snapshot, stats };
  let answered = 0;
  const answer = summarize(
    await measureLatency(questions, async (q) => {
      if ((await answerQuestion(context, q)).kind === 'answered') answered++;
    }, { warmup: 5, budgetMs }),
  );
  const afterQuestions = memorySnapshot();
  // Serving with the offline embedder never reads the vector files (open-index.ts): the dense search is
  // timed last, so the memory above is what serving holds; its first search reads the graph.
  // A build without vector files (nothing would search them) has no dense figures.
  const hasVectors = snapshot.vector.kind !== 'none';
  const vectorReadMs = hasVectors ? (await timeOnce(() => snapshot.vector.ready())).ms : Number.NaN;
  const dense = summarize(hasVectors ? await measureLatency(queryVectors, (v) => snapshot.vector.search(v, 50), { warmup: 5, budgetMs }) : []);
  const afterDense = memorySnapshot();

  const result: ProbeResult = {
    chunks: snapshot.chunks.length,
    documents: snapshot.documents.length,
    vectorKind: snapshot.vector.kind,
    loadMs: first.ms,
    warmLoadMs: warm.sort((a, b) => a - b)[0]!,
    baseline,
    afterLoad,
    afterQuestions,
    afterDense,
    vectorReadMs,
    questions: questions.length,
    retrieval,
    bm25,
    dense,
    answer,
    answered,
    servingEf: DEFAULT_EF_SEARCH,
  };

  if ((request.exact || request.nativeExact) && hasVectors) {
    const dims = snapshot.manifest.dimensions;
    const matrix = await store.readVectors(snapshot.buildDir, dims);
    const rows = Array.from({ length: matrix.count }, (_, i) => matrix.row(i));
    if (request.exact) {
      const exact = ExactCosineSearch.build(rows);
      const truth: number[][] = [];
      result.exact = summarize(await measureLatency(queryVectors, (v) => truth.push(exact.search(v, 10)), { warmup: 0, budgetMs: budgetMs * 2 }));
      if (snapshot.vector.kind === 'hnsw') {
        const sample = queryVectors.slice(0, truth.length);
        const recall: EfMeasure[] = [];
        for (const ef of [...new Set([DEFAULT_EF_SEARCH, ...(request.efs ?? [])])].sort((a, b) => a - b)) {
          snapshot.vector.setEf(ef);
          const found: number[][] = [];
          const latency = summarize(await measureLatency(sample, async (v) => found.push((await snapshot.vector.search(v, 10)).map((h) => h.chunkIndex)), { warmup: 0 }));
          const strict = truth.map((t, i) => recallAtK(t, found[i] ?? []));
          const ties = truth.map((t, i) => recallWithTies(exact.similarity(sample[i]!, t.at(-1)!), (found[i] ?? []).map((j) => exact.similarity(sample[i]!, j)), t.length));
          const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
          recall.push({ ef, recallAt10: mean(strict), recallAt10Ties: mean(ties), latency, speedUp: result.exact.p50 / latency.p50 });
        }
        snapshot.vector.setEf(DEFAULT_EF_SEARCH);
        result.recall = recall;
      }
    }
    if (request.nativeExact) {
      const native = new hnswlib.BruteforceSearch('cosine', dims);
      native.initIndex(Math.max(rows.length, 1));
      rows.forEach((row, i) => native.addPoint(row, i));
      result.nativeExact = summarize(await measureLatency(queryVectors, (v) => native.searchKnn(v, 10), { warmup: 3, budgetMs }));
    }
  }
  snapshot.close();
  return result;
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as ProbeRequest;
  const result = request.mode === 'breakdown' ? await breakdown(request) : await serve(request);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
