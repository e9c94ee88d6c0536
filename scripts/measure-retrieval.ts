// Developer helper: retrieval alone, per signal, on both question sets — the figures behind the named
// weights in src/retrieval/ranking-weights.ts. For each answerable question: is the first hit the
// passage holding the expected span (hit@1), is it in the top 8 (recall@8), and is the first hit from
// the expected file and article (the peer benchmark's rule)?
// Usage: npx tsx scripts/measure-retrieval.ts        (all four own sets; ONLY=ranking for the shipped
// weights alone, MISSES=1 to list each question whose passage is not first, with the rank it has; an extra
// set: SET=questions.jsonl:corpus-folder)
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/index.js';
import { buildIndex } from '../src/ingest/build-index.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import type { RankingWeights } from '../src/retrieval/ranking-weights.js';
import { understandQuestion } from '../src/question/index.js';
import { locateSharedCorpus } from '../src/config/shared-corpora.js';
import { adHocSet, devSet, evalIndexDir, shippedSet, type EvalSet } from '../src/eval/eval-sets.js';
import { parseEvalQuestions } from '../src/eval/eval-question.js';
import { articleAtSpan, articleOf, spansOverlap } from '../src/eval/score-answer.js';

const VARIANTS: Record<string, Partial<RankingWeights>> = process.env.ONLY === 'ranking' ? { ranking: {} } : {
  ranking: {},
  'BM25F alone': { dense: 0 },
  'dense alone': { lexical: 0 },
  'fused 0.6': { dense: 0.6 },
  'fused 0.3': { dense: 0.3 },
  'fused 0.15': { dense: 0.15 },
  ...(process.env.VARIANTS ? JSON.parse(process.env.VARIANTS) : {}),
};

const repoRoot = process.cwd();
const config = loadConfig();
const embedder = await createEmbeddings(config);
const sets: EvalSet[] = [
  shippedSet(repoRoot, config.CORPUS_DIR),
  devSet(repoRoot),
  adHocSet(repoRoot, 'test/eval/dev2-questions.jsonl', locateSharedCorpus('dev-corpus', repoRoot)),
  adHocSet(repoRoot, 'test/eval/scale-questions.jsonl', locateSharedCorpus('scale-corpus', repoRoot)),
  ...(process.env.SET ? [adHocSet(repoRoot, process.env.SET.split(':')[0]!, process.env.SET.split(':')[1]!)] : []),
];
for (const set of sets) {
  // Its own index, with vectors even when the dense vote is 0 (ingest leaves them out then): the variants
  // below weigh the dense list.
  const dataDir = `${evalIndexDir(repoRoot, set, embedder.id)}-vectors`;
  await buildIndex({ repoRoot: set.sourceRoot, corpusDir: set.corpusDir, store: new IndexStore(dataDir), embedder, vectors: true });
  const index = await openIndex(new IndexStore(dataDir), embedder);
  const items = parseEvalQuestions(readFileSync(set.questionsFile, 'utf8')).filter((q) => !q.expect.refused && q.category !== 'tool');
  for (const [name, weights] of Object.entries(VARIANTS)) {
    let hit1 = 0, recall8 = 0, peer = 0;
    for (const item of items) {
      const { expect } = item;
      if (expect.refused) continue;
      const hits = await hybridSearch(index, understandQuestion(item.question), { limit: 8, weights });
      const doc = index.documents.find((d) => `${path.basename(set.corpusDir)}/${path.relative(set.corpusDir, path.resolve(set.sourceRoot, d.source))}` === expect.source || d.source === expect.source);
      const spans = [expect.span, ...(expect.also_spans ?? [])];
      const holds = (i: number) => hits[i] !== undefined && hits[i]!.chunk.docId === doc?.id && spans.some((s) => spansOverlap(hits[i]!.chunk.text, s) || hits[i]!.chunk.text.replace(/\s+/g, ' ').includes(s));
      if (holds(0)) hit1++;
      else if (process.env.MISSES === '1') console.log(`  ${item.id} rank ${hits.findIndex((_, i) => holds(i)) + 1 || '-'}: ${item.question.slice(0, 90)}`);
      if (hits.some((_, i) => holds(i))) recall8++;
      const want = doc ? articleAtSpan(doc.text, expect.span) : null;
      if (hits[0] && hits[0].chunk.docId === doc?.id && articleOf(hits[0].chunk.locator) === want) peer++;
    }
    const pct = (n: number) => `${((100 * n) / items.length).toFixed(1)}%`;
    console.log(`${set.name.padEnd(8)} ${name.padEnd(14)} hit@1 ${pct(hit1)}  recall@8 ${pct(recall8)}  peer rule ${pct(peer)}  (n=${items.length})`);
  }
}
