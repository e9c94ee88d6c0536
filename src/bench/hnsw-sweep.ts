/**
 * hnswlib parameter sweep on the synthetic corpus: recall@10 against exact cosine search, with search
 * latency, per ef. Build `serving` is `VectorIndex.build` with its defaults (the path the engine uses, through
 * LangChain's store); a build `M:efC` is a raw hnswlib-node index initialised with those settings and searched
 * with `searchKnn` (the same graph `VectorIndex.build` would make with them, without the docstore lookups).
 * `npx tsx src/bench/hnsw-sweep.ts --chunks 50000 --builds serving,32:200 --efs 96,128,200,256,400`
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import hnswlib from 'hnswlib-node';
import { embeddingText } from '../ingest/build-index.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { VectorIndex } from '../retrieval/vector-index.js';
import { ExactCosineSearch, recallAtK, recallWithTies } from './exact-search.js';
import { measureLatency, summarize, timeOnce } from './measure.js';
import { generateSyntheticCorpus, readCorpusVocabulary } from './synthetic-corpus.js';

const { values } = parseArgs({
  options: {
    chunks: { type: 'string', default: '50000' },
    builds: { type: 'string', default: '16:100,24:200,32:200,48:200' },
    efs: { type: 'string', default: '96,128,160,200,256,320,400' },
  },
});
const chunkCount = Number(values.chunks);
const vocabulary = await readCorpusVocabulary(path.join(process.cwd(), 'corpus'));
const { chunks, queries } = generateSyntheticCorpus({ seed: 20240501, chunkCount, vocabulary, queryCount: 200 });
const embeddings = new LocalHashEmbeddings();
const vectors = chunks.map((c) => embeddings.embedText(embeddingText(c)));
const queryVectors = queries.map((q) => embeddings.embedText(`${q.question} ${expandQuery(q.question).expansionText}`));
const exact = ExactCosineSearch.build(vectors);
const truth = queryVectors.map((v) => exact.search(v, 10));
const exactLatency = summarize(await measureLatency(queryVectors.slice(0, 60), (v) => exact.search(v, 10), { warmup: 2 }));
console.log(`exact p50=${exactLatency.p50.toFixed(2)} p95=${exactLatency.p95.toFixed(2)}`);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
interface Searcher {
  setEf(ef: number): void;
  search(v: number[], k: number): Promise<number[]> | number[];
}
for (const build of values.builds.split(',')) {
  let searcher: Searcher;
  let ms: number;
  if (build === 'serving') {
    const built = await timeOnce(() => VectorIndex.build(vectors, embeddings));
    ms = built.ms;
    searcher = { setEf: (ef) => built.value.setEf(ef), search: async (v, k) => (await built.value.search(v, k)).map((h) => h.chunkIndex) };
  } else {
    const [m, efConstruction] = build.split(':').map(Number) as [number, number];
    const built = await timeOnce(() => {
      const index = new hnswlib.HierarchicalNSW('cosine', vectors[0]!.length);
      index.initIndex(vectors.length, m, efConstruction, 100);
      vectors.forEach((v, i) => index.addPoint(v, i));
      return index;
    });
    ms = built.ms;
    searcher = { setEf: (ef) => built.value.setEf(ef), search: (v, k) => built.value.searchKnn(v, k).neighbors };
  }
  for (const ef of values.efs.split(',').map(Number)) {
    searcher.setEf(ef);
    const found: number[][] = [];
    for (const v of queryVectors) found.push(await searcher.search(v, 10));
    const latency = summarize(await measureLatency(queryVectors, (v) => searcher.search(v, 10), { warmup: 5 }));
    const k50 = summarize(await measureLatency(queryVectors, (v) => searcher.search(v, 50), { warmup: 5 }));
    const recall = mean(truth.map((t, i) => recallAtK(t, found[i] ?? [])));
    const tied = mean(truth.map((t, i) => recallWithTies(exact.similarity(queryVectors[i]!, t[9] ?? t.at(-1)!), (found[i] ?? []).map((j) => exact.similarity(queryVectors[i]!, j)), 10)));
    console.log(`n=${chunkCount} build=${build} ${(ms / 1000).toFixed(1)}s ef=${ef} recall@10=${recall.toFixed(3)} tied=${tied.toFixed(3)} p50=${latency.p50.toFixed(2)} p95=${latency.p95.toFixed(2)} k50p95=${k50.p95.toFixed(2)} speedup=${(exactLatency.p50 / latency.p50).toFixed(1)}`);
  }
}
