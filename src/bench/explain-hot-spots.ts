import type { SyntheticResult } from './bench-synthetic.js';
import { checkTargets } from './render-report.js';

/**
 * Plain words on where the time goes, derived from the stage timings of this run. The causes named
 * here come from reading the current code of each stage (profile with `node --cpu-prof --import tsx`); each
 * paragraph appears only while the stage it explains is large enough to matter.
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
  if (bm25 && bm25.meanMs > 5) {
    lines.push(
      '',
      `BM25 (\`LexicalIndex.search\`, mean ${bm25.meanMs.toFixed(1)} ms, p95 ${bm25.p95Ms.toFixed(1)} ms) walks the whole posting list of every`,
      'distinct query term (repeats are already collapsed into a multiplier) and adds one precomputed BM25F weight per posting',
      'into a reused `Float32Array`; the time is proportional to the summed document frequency of the question\'s stems and their',
      '`~` twins. Common stems occur in a large share of chunks, so they dominate the work while moving scores by little (low IDF).',
      'Next steps, in order of effect: score terms in decreasing IDF order and stop adding postings of terms whose maximal weight',
      'cannot lift a chunk into the top 50 (MaxScore), or cap terms above ~20 % document frequency to chunks already reached.',
    );
  }
  const fusion = s.stages.find((st) => st.stage.startsWith('fusion'));
  if (fusion && fusion.meanMs > 3) {
    lines.push(
      '',
      `Fusion and article candidates cost ${fusion.meanMs.toFixed(1)} ms a question. When a question names an article ("Madde 7")`,
      '`hybridSearch` walks all chunks (`index.chunks.forEach`) and, unless a document is also named, adds *every* chunk labelled',
      'with that article number in any document as a fusion candidate; each then gets a hit object, an `inNamedTarget` check and a',
      'place in a full sort, to return 8. An article → chunk-indices map built once per index, and ranking those candidates only',
      'when a document is named (or keeping at most the best few), removes nearly all of it.',
    );
  }
  const named = s.stages.find((st) => st.stage.startsWith('named'));
  if (named && named.meanMs > 2) {
    lines.push(
      '',
      `Named-document matching costs ${named.meanMs.toFixed(1)} ms: \`findNamedTargets\` stems the question once but compares it with the`,
      'cached stem sets of every title and alias; an inverted map from stem to targets would visit only targets sharing a stem.',
    );
  }
  const compose = s.stages.at(-1);
  if (compose && compose.meanMs > 10) {
    lines.push(
      '',
      `Sentence selection adds ${compose.meanMs.toFixed(1)} ms per answer (p95 ${compose.p95Ms.toFixed(1)} ms): every sentence of the top passages is`,
      'tokenised and stemmed again for each coverage check (`keysOf` inside `coverageOf`, also for every clause window in',
      '`trimToBestWindow`). Computing each sentence\'s and clause\'s keys once per answer would cut it.',
    );
  }
  if (checks.every((c) => c.met)) lines.push('', 'All targets are met at this size.');
  return lines.join('\n');
}
