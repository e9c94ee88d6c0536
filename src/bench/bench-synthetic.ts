import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../answer/answer-question.js';
import { TermStatistics } from '../answer/term-statistics.js';
import { embeddingText } from '../ingest/build-index.js';
import type { Chunk } from '../ingest/types.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { findArticleReferences, findNamedTargets } from '../retrieval/find-named-targets.js';
import { hybridSearch } from '../retrieval/hybrid-search.js';
import { INDEX_SCHEMA_VERSION } from '../retrieval/index-store.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { namedTargetsOf, type IndexSnapshot } from '../retrieval/open-index.js';
import { DEFAULT_EF_SEARCH, VectorIndex } from '../retrieval/vector-index.js';
import { ExactCosineSearch, recallAtK } from './exact-search.js';
import { measureLatency, memorySnapshot, summarize, timeOnce, type LatencySummary, type MemorySnapshot } from './measure.js';
import { generateSyntheticCorpus, readCorpusVocabulary } from './synthetic-corpus.js';

export interface EfPoint {
  ef: number;
  recallAt10: number;
  latency: LatencySummary;
  /** Exact search p50 divided by this p50. */
  speedUp: number;
}

export interface StageTiming {
  stage: string;
  meanMs: number;
  p95Ms: number;
}

export interface SyntheticResult {
  seed: number;
  chunks: number;
  documents: number;
  queries: number;
  textMb: number;
  vocabulary: number;
  generateMs: number;
  embedMs: number;
  vectorBuildMs: number;
  lexicalBuildMs: number;
  /** `TermStatistics.fromLexicalIndex` on the built index (what `createAssistant` runs after loading). */
  termStatsMs: number;
  /** The hnswlib settings `VectorIndex.build` used by default, read back from the saved index's header. */
  vectorParams: { m: number; efConstruction: number };
  exact: LatencySummary;
  efSweep: EfPoint[];
  /** The ef production uses (DEFAULT_EF_SEARCH). */
  servingEf: number;
  retrieval: LatencySummary;
  bm25Only: LatencySummary;
  denseOnly: LatencySummary;
  answer: LatencySummary;
  /** Share of questions whose source chunk is among the 8 hybrid hits. */
  sourceFoundAt8: number;
  stages: StageTiming[];
  load: {
    vectorMs: number;
    chunksMs: number;
    /** Read lexical-terms.json + lexical.bin and `LexicalIndex.deserialize` (as `openIndex` does). */
    lexicalMs: number;
    /** `LexicalIndex.serialize` + writing both files (as `buildIndex` does). */
    lexicalSaveMs: number;
    lexicalOnDiskMb: number;
    termStatsMs: number;
    totalMs: number;
    /** Baseline: what loading cost when BM25 and term statistics were rebuilt from the chunks. */
    rebuildMs: number;
    vectorSaveMs: number;
    onDiskMb: number;
  };
  memory: { before: MemorySnapshot; afterGenerate: MemorySnapshot; afterBuild: MemorySnapshot };
}

export interface SyntheticBenchOptions {
  corpusDir: string;
  chunkCount: number;
  seed?: number;
  queryCount?: number;
  /** Wall-time cap for each slow latency series (hybrid, BM25, answer) once 20 runs are done. */
  budgetMs?: number;
  log?: (line: string) => void;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN);

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

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * A deterministic synthetic corpus at scale (100,000 chunks by default in the CLI): index build times,
 * hnswlib against exact brute-force cosine search (recall@10, speed-up, an ef sweep), hybrid retrieval
 * and full-answer latencies with a per-stage breakdown, index load and memory.
 */
export async function benchSynthetic(options: SyntheticBenchOptions): Promise<SyntheticResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 20240501;
  const budgetMs = options.budgetMs ?? 30_000;
  const before = memorySnapshot();

  log(`sentetik derlem: ${options.chunkCount.toLocaleString('tr-TR')} parça üretiliyor…`);
  const vocabulary = await readCorpusVocabulary(options.corpusDir);
  const generated = await timeOnce(() =>
    generateSyntheticCorpus({ seed, chunkCount: options.chunkCount, vocabulary, queryCount: options.queryCount ?? 200 }),
  );
  const { documents, chunks, queries } = generated.value;
  const textMb = documents.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / (1024 * 1024);
  const afterGenerate = memorySnapshot();

  const embeddings = new LocalHashEmbeddings();
  log('gömme vektörleri…');
  const embedded = await timeOnce(() => chunks.map((c) => embeddings.embedText(embeddingText(c))));
  const vectors = embedded.value;
  log('hnswlib dizini kuruluyor…');
  const vectorBuild = await timeOnce(() => VectorIndex.build(vectors, embeddings));
  const vector = vectorBuild.value;
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-bench-synth-'));
  const vectorDir = path.join(tmp, 'vector');
  const saved = await timeOnce(() => vector.save(vectorDir));
  const vectorParams = await readHnswParams(path.join(vectorDir, 'hnswlib.index'));
  log('BM25 dizini kuruluyor…');
  const lexicalBuild = await timeOnce(() => LexicalIndex.build(chunks));
  const termStats = await timeOnce(() => TermStatistics.fromLexicalIndex(lexicalBuild.value));
  const afterBuild = memorySnapshot();

  const snapshot: IndexSnapshot = {
    buildDir: '(bellek)',
    manifest: {
      schemaVersion: INDEX_SCHEMA_VERSION, builtAt: new Date(0).toISOString(), embedder: embeddings.id, dimensions: vectors[0]?.length ?? 0,
      catalogHash: 'synthetic', files: {}, failed: [], chunkCount: chunks.length,
    },
    documents,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    chunks,
    chunksById: new Map(chunks.map((c) => [c.id, c])),
    lexical: lexicalBuild.value,
    vector,
    embeddings,
    // As openIndex builds them: every document can be named in a question.
    targets: namedTargetsOf(documents),
    extras: new Map(),
    sizeBytes: 0,
    loadMs: 0,
    close: () => undefined,
  };
  const context = { index: snapshot, stats: termStats.value };

  log('kesin arama ve hnswlib karşılaştırması…');
  const questions = queries.map((q) => q.question);
  const queryVectors = questions.map((q) => embeddings.embedText(`${q} ${expandQuery(q).expansionText}`));
  const exactSearch = ExactCosineSearch.build(vectors);
  const truth: number[][] = [];
  const exactLatency = await measureLatency(queryVectors, (v) => truth.push(exactSearch.search(v, 10)), { warmup: 0 });
  const exact = summarize(exactLatency);
  const efSweep: EfPoint[] = [];
  for (const ef of [...new Set([64, 96, 128, 256, 400, 500, 600, 800, DEFAULT_EF_SEARCH])].sort((a, b) => a - b)) {
    vector.setEf(ef);
    const found: number[][] = [];
    const latency = summarize(
      await measureLatency(queryVectors, async (v) => found.push((await vector.search(v, 10)).map((h) => h.chunkIndex)), { warmup: 0 }),
    );
    const recallAt10 = mean(truth.map((t, i) => recallAtK(t, found[i] ?? [])));
    efSweep.push({ ef, recallAt10, latency, speedUp: exact.p50 / latency.p50 });
  }
  vector.setEf(DEFAULT_EF_SEARCH);

  log('hibrit arama, BM25 ve tam yanıt gecikmeleri…');
  let foundSource = 0;
  const retrievalSamples = await measureLatency(queries, async (q) => {
    const hits = await hybridSearch(snapshot, q.question, { limit: 8 });
    if (hits.some((h) => h.chunkIndex === q.sourceChunkIndex)) foundSource++;
  }, { warmup: 0, budgetMs });
  const retrieval = summarize(retrievalSamples);
  const bm25Samples = await measureLatency(questions, (q) => {
    const expanded = expandQuery(q);
    return snapshot.lexical.search([...expanded.terms, ...expanded.terms, ...expanded.expansions], 50);
  }, { warmup: 3, budgetMs });
  const bm25Only = summarize(bm25Samples);
  const denseOnly = summarize(await measureLatency(queryVectors, (v) => vector.search(v, 50), { warmup: 3 }));
  const composeMs: number[] = [];
  const answer = summarize(
    await measureLatency(questions, async (q) => {
      const started = performance.now();
      const result = await answerQuestion(context, q);
      const total = performance.now() - started;
      const retrievalMs = result.timingsMs.retrieval;
      if (retrievalMs !== undefined) composeMs.push(total - retrievalMs);
    }, { warmup: 3, budgetMs }),
  );

  // Where a hybrid query's time goes: each stage alone, on the same questions (means add up, p95s do not).
  log('aşama dökümü…');
  const stageQuestions = questions.slice(0, 40);
  const expansions = stageQuestions.map((q) => expandQuery(q));
  const stage = async (name: string, task: (i: number) => unknown): Promise<StageTiming> => {
    const s = summarize(await measureLatency(stageQuestions.map((_, i) => i), task, { warmup: 2 }));
    return { stage: name, meanMs: s.mean, p95Ms: s.p95 };
  };
  const stages: StageTiming[] = [
    await stage('expandQuery (synonyms, English map)', (i) => expandQuery(stageQuestions[i]!)),
    await stage('embedQuery (local hash embedding)', (i) => embeddings.embedText(`${stageQuestions[i]} ${expansions[i]!.expansionText}`)),
    { stage: 'BM25 search (LexicalIndex typed-array scorer, depth 50; expandQuery included)', meanMs: bm25Only.mean, p95Ms: bm25Only.p95 },
    { stage: `hnswlib search (k 50, ef ${DEFAULT_EF_SEARCH})`, meanMs: denseOnly.mean, p95Ms: denseOnly.p95 },
    await stage(`named document/article matching (${snapshot.targets.length} targets)`, (i) => {
      findNamedTargets(stageQuestions[i]!, snapshot.targets);
      return findArticleReferences(stageQuestions[i]!);
    }),
  ];
  // Hybrid minus BM25 on the same questions (sample i is question i in both series), minus the small stages.
  const common = Math.min(retrievalSamples.length, bm25Samples.length);
  const hybridOverBm25 = mean(retrievalSamples.slice(0, common)) - mean(bm25Samples.slice(0, common));
  const small = stages.filter((st) => !st.stage.startsWith('BM25') && !st.stage.startsWith('expandQuery')).reduce((sum, st) => sum + st.meanMs, 0);
  stages.push({ stage: 'fusion, article candidates, sorting (hybrid − BM25 − the stages above)', meanMs: Math.max(0, hybridOverBm25 - small), p95Ms: Number.NaN });
  const composeSummary = summarize(composeMs);
  stages.push({ stage: 'answer: sentence selection + quote check (answer − retrieval)', meanMs: composeSummary.mean, p95Ms: composeSummary.p95 });

  log('dizin kaydetme/yükleme…');
  let load: SyntheticResult['load'];
  try {
    await fs.writeFile(path.join(tmp, 'chunks.json'), JSON.stringify(chunks));
    const lexicalSaved = await timeOnce(() => snapshot.lexical.save(path.join(tmp, 'lexical.bin')));
    const lexicalOnDiskMb = (await fs.stat(path.join(tmp, 'lexical.bin'))).size / (1024 * 1024);
    const onDiskMb = (await dirSize(tmp)) / (1024 * 1024);
    const loadedVector = await timeOnce(() => VectorIndex.load(vectorDir, embeddings));
    const loadedChunks = await timeOnce(async () => JSON.parse(await fs.readFile(path.join(tmp, 'chunks.json'), 'utf8')) as Chunk[]);
    // As openIndex loads the saved postings.
    const loadedLexical = await timeOnce(() => LexicalIndex.load(path.join(tmp, 'lexical.bin')));
    // As createAssistant derives them after openIndex.
    const loadedStats = await timeOnce(() => TermStatistics.fromLexicalIndex(loadedLexical.value));
    if (loadedVector.value.size !== chunks.length || loadedChunks.value.length !== chunks.length || loadedLexical.value.size !== chunks.length) {
      throw new Error('bench: the reloaded index does not hold every chunk');
    }
    // The reloaded postings must rank exactly as the built ones.
    for (const q of questions.slice(0, 5)) {
      const expanded = expandQuery(q);
      const terms = [...expanded.terms, ...expanded.expansions];
      const a = snapshot.lexical.search(terms, 10).map((h) => h.chunkIndex).join();
      const b = loadedLexical.value.search(terms, 10).map((h) => h.chunkIndex).join();
      if (a !== b) throw new Error('bench: the deserialized lexical index ranks differently from the built one');
    }
    // Baseline in this run: the old load path rebuilt BM25 and term statistics from the chunks.
    const statsFromChunks = await timeOnce(() => TermStatistics.fromChunks(chunks));
    load = {
      vectorMs: loadedVector.ms,
      chunksMs: loadedChunks.ms,
      lexicalMs: loadedLexical.ms,
      lexicalSaveMs: lexicalSaved.ms,
      lexicalOnDiskMb,
      termStatsMs: loadedStats.ms,
      totalMs: loadedVector.ms + loadedChunks.ms + loadedLexical.ms + loadedStats.ms,
      rebuildMs: loadedVector.ms + loadedChunks.ms + lexicalBuild.ms + statsFromChunks.ms,
      vectorSaveMs: saved.ms,
      onDiskMb,
    };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }

  return {
    seed,
    chunks: chunks.length,
    documents: documents.length,
    queries: queries.length,
    textMb,
    vocabulary: vocabulary.length,
    generateMs: generated.ms,
    embedMs: embedded.ms,
    vectorBuildMs: vectorBuild.ms,
    lexicalBuildMs: lexicalBuild.ms,
    termStatsMs: termStats.ms,
    vectorParams,
    exact,
    efSweep,
    servingEf: DEFAULT_EF_SEARCH,
    retrieval,
    bm25Only,
    denseOnly,
    answer,
    sourceFoundAt8: retrieval.n ? foundSource / retrieval.n : Number.NaN,
    stages,
    load,
    memory: { before, afterGenerate, afterBuild },
  };
}
