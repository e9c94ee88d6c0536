import type { SyntheticResult } from './bench-synthetic.js';
import { checkTargets } from './render-report.js';

/**
 * Plain words on where the time goes, derived from the stage timings of this run. The causes named
 * here were found by profiling (`node --cpu-prof --import tsx`); each paragraph appears only while
 * the stage it explains still dominates.
 */
export function explainHotSpots(s: SyntheticResult): string {
  const checks = checkTargets(s);
  const stages = [...s.stages].sort((a, b) => b.meanMs - a.meanMs);
  const top = stages[0];
  const lines: string[] = [];
  if (top) {
    lines.push(
      `The largest stage is **${top.stage}**: ${top.meanMs.toFixed(1)} ms of a mean ${s.answer.mean.toFixed(1)} ms answer ` +
        `(${((top.meanMs / Math.max(s.answer.mean, 1e-9)) * 100).toFixed(0)} %).`,
    );
  }
  const bm25 = s.stages.find((st) => st.stage.startsWith('BM25'));
  if (bm25 && top === bm25 && bm25.meanMs > 10) {
    lines.push(
      '',
      'Why BM25 is slow at this size (CPU profile: most self time in wink-bm25-text-search `search`):',
      '',
      '1. **wink scores every posting of every query term.** Common stems (eğitim, il, mesleki …) occur in most chunks, so a',
      '   question visits hundreds of thousands of postings, each through two object-keyed lookups',
      '   (`documents[id].freq[t]`, `results[id]`), then builds and sorts a table of *all* matching chunks to return 50.',
      '2. **Every term is searched several times.** `hybridSearch` passes the question terms twice (to weigh them) and',
      '   `indexTerms` adds a diacritic-free twin (`~…`) of each, so each question word walks two posting lists, twice each.',
      '',
      'What would fix it, in order of effect:',
      '',
      '- Replace wink at query time with a compact inverted index: postings as `Int32Array` chunk ids with precomputed',
      '  BM25F weights (`Float32Array`), scores accumulated into one reused `Float32Array(chunkCount)`, repeated terms',
      '  collapsed into one pass with a multiplier, top 50 picked by a bounded heap instead of a full sort.',
      '- Skip or cap terms whose document frequency exceeds ~20 % of chunks (their IDF is near zero; they move',
      '  scores by little), or score them only over chunks already reached by rarer terms (MaxScore/WAND).',
      '- Cheapest step inside `LexicalIndex.search`: collapse duplicate terms before calling wink (halves the postings walked,',
      '  changes scores only by the repetition weighting, which a multiplier can restore in an own scorer).',
    );
  }
  const named = s.stages.find((st) => st.stage.startsWith('named'));
  if (named && named.meanMs > 2) {
    lines.push(
      '',
      `Named-document matching costs ${named.meanMs.toFixed(1)} ms: \`findNamedTargets\` tokenises and stems every title and`,
      'alias on every question. Precomputing each target\'s distinctive stems once (in `namedTargetsOf`) removes nearly all of it.',
    );
  }
  const compose = s.stages.at(-1);
  if (compose && compose.meanMs > 20) {
    lines.push(
      '',
      `Sentence selection adds ${compose.meanMs.toFixed(1)} ms per answer: every sentence of the top six passages is tokenised`,
      'and stemmed again for each coverage check (`keysOf` inside `coverageOf`, also in the clause-window loop).',
      'Computing each sentence\'s keys once per answer would cut it.',
    );
  }
  const serving = s.efSweep.find((p) => p.ef === s.servingEf);
  if (serving && serving.recallAt10 < 0.95) {
    const enough = s.efSweep.find((p) => p.recallAt10 >= 0.95);
    lines.push(
      '',
      `**Recall.** At the serving ef ${serving.ef}, hnswlib finds ${(serving.recallAt10 * 100).toFixed(1)} % of the exact top 10` +
        (enough ? `; ef ${enough.ef} reaches ${enough.recallAt10.toFixed(3)} at p95 ${enough.latency.p95.toFixed(2)} ms.` : `; no ef up to ${s.efSweep.at(-1)?.ef} reaches 0.95.`),
      'The hashed local embeddings spread similarities thinly (the 1st and 10th neighbours often differ by < 0.05), a hard',
      'case for any graph index. Two causes are ours:',
      '',
      '- `VectorIndex.build` passes `m` and `efConstruction` to `initIndex`, but LangChain\'s `HNSWLib.addVectors` calls',
      '  `initIndex(n)` again on an empty index, so hnswlib\'s defaults (M 16, efConstruction 200) are what is built. Adding the',
      '  points with `index.addPoint` and handing HNSWLib a filled docstore keeps the chosen parameters.',
      '- `DEFAULT_EF_SEARCH = 96` is documented as keeping recall ≥ 0.95 at 100k chunks; this run says otherwise. Measured',
      '  separately on this machine (raw hnswlib, same vectors and questions): M 32 / efConstruction 200 reaches recall@10',
      '  0.952 at ef 512 in about 3 ms a question (build 83 s instead of about 50 s). Dense search is under 1 % of a',
      '  question\'s time, so a larger M and ef are affordable.',
    );
  }
  if (checks.every((c) => c.met)) lines.push('', 'All targets are met at this size.');
  return lines.join('\n');
}
