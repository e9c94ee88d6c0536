import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../answer/answer-question.js';
import { TermStatistics } from '../answer/term-statistics.js';
import { buildIndex } from '../ingest/build-index.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { hybridSearch } from '../retrieval/hybrid-search.js';
import { IndexStore } from '../retrieval/index-store.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { openIndex } from '../retrieval/open-index.js';
import { readAndClean, stageCorpus } from './bench-ingest.js';
import { measureLatency, medianOf, memorySnapshot, summarize, timeOnce, type LatencySummary, type MemorySnapshot } from './measure.js';

export interface RealCorpusResult {
  files: number;
  bytes: number;
  documents: number;
  chunks: number;
  /** Median of full builds into an empty DATA_DIR. */
  ingestMs: number;
  ingestRuns: number;
  /** Baseline: read every file and clean its text (PDFs: text extraction too), nothing else. */
  floorMs: number;
  /** buildIndex again over an unchanged corpus (hash check only). */
  noopReingestMs: number;
  /** openIndex (files, hnswlib, saved BM25 postings) and the answer's term statistics (from the lexical index). */
  loadMs: number;
  termStatsMs: number;
  questionsFrom: string;
  retrieval: LatencySummary;
  /** Baseline: query expansion and BM25 alone, the same depth hybrid retrieval asks for. */
  bm25Only: LatencySummary;
  answer: LatencySummary;
  answered: number;
  memoryAfterLoad: MemorySnapshot;
}

export interface RealCorpusBenchOptions {
  repoRoot: string;
  corpusDir: string;
  questions: readonly string[];
  questionsFrom: string;
  ingestRuns?: number;
  log?: (line: string) => void;
}

/**
 * The shipped corpus, end to end, in a throw-away copy: ingest throughput against the read-and-clean
 * floor, a no-op re-ingest, index load, and question latencies (hybrid retrieval against BM25 alone,
 * and the full offline answer).
 */
export async function benchRealCorpus(options: RealCorpusBenchOptions): Promise<RealCorpusResult> {
  const log = options.log ?? (() => {});
  const runs = options.ingestRuns ?? 3;
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-bench-'));
  try {
    const { corpusDir, relPaths, bytes } = await stageCorpus(options.corpusDir, root);
    const embeddings = new LocalHashEmbeddings();
    const embedder = { embeddings, id: embeddings.id };

    log(`gerçek derlem: ${relPaths.length} dosya, ${(bytes / 1024).toFixed(0)} KiB; okuma+temizleme tabanı…`);
    await readAndClean(corpusDir, relPaths); // warm-up: pdf-parse loads its worker once
    const floor = await medianOf(runs, () => readAndClean(corpusDir, relPaths));

    log(`tam ingest ×${runs}…`);
    let summary = { documents: 0, chunks: 0 };
    const ingest = await medianOf(runs, async (run) => {
      const store = new IndexStore(path.join(root, `data-${run}`));
      summary = await buildIndex({ repoRoot: root, corpusDir, store, embedder });
    });
    const store = new IndexStore(path.join(root, `data-${runs - 1}`));
    const noop = await medianOf(runs, async () => {
      const again = await buildIndex({ repoRoot: root, corpusDir, store, embedder });
      if (again.rebuilt) throw new Error('bench: an unchanged corpus was rebuilt');
    });

    log('dizin yükleme ve sorular…');
    const loads: number[] = [];
    let snapshot = await openIndex(store, embedder);
    loads.push(snapshot.loadMs);
    for (let r = 1; r < runs; r++) {
      snapshot.close();
      snapshot = await openIndex(store, embedder);
      loads.push(snapshot.loadMs);
    }
    const stats = await timeOnce(() => TermStatistics.fromLexicalIndex(snapshot.lexical));
    const memoryAfterLoad = memorySnapshot();
    const context = { index: snapshot, stats: stats.value };

    const retrieval = await measureLatency(options.questions, (q) => hybridSearch(snapshot, q, { limit: 8 }), { warmup: 5 });
    const bm25Only = await measureLatency(options.questions, (q) => {
      const expanded = expandQuery(q);
      return snapshot.lexical.search([...expanded.terms, ...expanded.terms, ...expanded.expansions], 50);
    }, { warmup: 5 });
    let answered = 0;
    const answer = await measureLatency(options.questions, async (q) => {
      if ((await answerQuestion(context, q)).kind === 'answered') answered++;
    }, { warmup: 0 });

    snapshot.close();
    return {
      files: relPaths.length,
      bytes,
      documents: summary.documents,
      chunks: summary.chunks,
      ingestMs: ingest.median,
      ingestRuns: runs,
      floorMs: floor.median,
      noopReingestMs: noop.median,
      loadMs: summarize(loads).p50,
      termStatsMs: stats.ms,
      questionsFrom: options.questionsFrom,
      retrieval: summarize(retrieval),
      bm25Only: summarize(bm25Only),
      answer: summarize(answer),
      answered,
      memoryAfterLoad,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
