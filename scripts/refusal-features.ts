// Developer helper: features the refusal decision could read, per question of several sets, to see which
// tell answerable from unanswerable questions on all of them. Usage:
// npx tsx scripts/refusal-features.ts FILE:CORPUS...   (shipped and dev always)
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/index.js';
import { createAssistant } from '../src/answer/create-assistant.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import { selectQuotes, questionTerms } from '../src/answer/compose-extractive.js';
import { TermStatistics } from '../src/answer/term-statistics.js';
import { understandQuestion } from '../src/question/index.js';
import { adHocSet, devSet, evalIndexDir, shippedSet, type EvalSet } from '../src/eval/eval-sets.js';
import { parseEvalQuestions } from '../src/eval/eval-question.js';
import { spansOverlap } from '../src/eval/score-answer.js';
import { chunkHeader } from '../src/ingest/chunk-header.js';
import { keysOf } from '../src/text/index.js';

const repoRoot = process.cwd();
const config = loadConfig();
const sets: EvalSet[] = [shippedSet(repoRoot, config.CORPUS_DIR), devSet(repoRoot)];
for (const a of process.argv.slice(2)) sets.push(adHocSet(repoRoot, a.split(':')[0]!, a.split(':')[1]!));
const embedder = await createEmbeddings(config);
for (const set of sets) {
  const dataDir = evalIndexDir(repoRoot, set, embedder.id);
  await createAssistant({ config: { ...config, CORPUS_DIR: path.basename(set.corpusDir), DATA_DIR: dataDir }, repoRoot: set.sourceRoot, embedder });
  const index = await openIndex(new IndexStore(dataDir), embedder);
  const stats = TermStatistics.fromLexicalIndex(index.lexical);
  for (const item of parseEvalQuestions(readFileSync(set.questionsFile, 'utf8'))) {
    const parsed = understandQuestion(item.question);
    const hits = await hybridSearch(index, parsed, { limit: 8 });
    const sel = selectQuotes(parsed, hits, index.documentsById, stats);
    const top = sel.quotes[0];
    const quoted = top ? top.doc.text.slice(top.start, top.end) : '';
    const right = item.expect.refused ? 'REF' : spansOverlap(quoted, item.expect.span) ? 'ok ' : 'bad';
    const terms = questionTerms(parsed, stats);
    const present = top ? union(keysOf(top.hit.chunk.text), keysOf(`${chunkHeader(top.hit.chunk)} ${top.doc.title}`)) : new Set<string>();
    const known = terms.concepts.filter((c) => [...c.keys].some((k) => stats.documentFrequency(k) > 0));
    const sorted = [...known].sort((a, b) => b.weight - a.weight);
    const has = (c: (typeof known)[number]) => [...c.keys].some((k) => present.has(k));
    const missing = sorted.filter((c) => !has(c)).map((c) => `${c.word}:${c.weight.toFixed(1)}`);
    const mass = sorted.reduce((s, c) => s + c.weight, 0);
    const covered = sorted.filter(has).reduce((s, c) => s + c.weight, 0);
    console.log([set.name.slice(0, 6), item.id, right, sel.support.toFixed(2), (covered / Math.max(mass, 1e-9)).toFixed(2), sorted[0] && has(sorted[0]) ? 'top+' : 'top-', `unk=${sel.unknownKeys.length}`, missing.join(' ')].join('\t'));
  }
}
function union<T>(a: Set<T>, b: Set<T>) { return new Set([...a, ...b]); }
