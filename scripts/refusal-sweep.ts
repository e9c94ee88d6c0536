// Developer helper: chooses the refusal threshold. Every question of both sets is answered once with the
// support threshold off (other refusal rules stay on), scored, and its support recorded; then each
// candidate threshold is replayed over those answers: answers right, false refusals, missed refusals.
// Usage: npx tsx scripts/refusal-sweep.ts [--questions FILE --corpus DIR]...   (shipped and dev, plus any such set)
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/index.js';
import { createAssistant } from '../src/answer/create-assistant.js';
import { answerQuestion, supportThreshold, type AnswerContext } from '../src/answer/answer-question.js';
import { createToolAnswerer, EXTRA_NAMES } from '../src/answer/tool-wiring.js';
import { toAnswerJson } from '../src/answer/types.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import { selectQuotes } from '../src/answer/compose-extractive.js';
import { TermStatistics } from '../src/answer/term-statistics.js';
import { understandQuestion } from '../src/question/index.js';
import { adHocSet, devSet, evalIndexDir, shippedSet, type EvalSet } from '../src/eval/eval-sets.js';
import { parseEvalQuestions } from '../src/eval/eval-question.js';
import { SourceTextCache } from '../src/eval/read-source-text.js';
import { normalizeSourcePath, scoreAnswer } from '../src/eval/score-answer.js';

const repoRoot = process.cwd();
const config = loadConfig();
const args = process.argv.slice(2);
const sets: EvalSet[] = [shippedSet(repoRoot, config.CORPUS_DIR), devSet(repoRoot)];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--questions') sets.push(adHocSet(repoRoot, args[++i]!, args[i + 1] === '--corpus' ? (i++, args[++i]!) : config.CORPUS_DIR));
}

interface Row { id: string; answerable: boolean; support: number; concepts: number; otherRefusal: boolean; answerOk: boolean; citationOk: boolean }
const embedder = await createEmbeddings(config);
const table: string[] = [];
const thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const results = new Map<string, Row[]>();
for (const set of sets) {
  const dataDir = evalIndexDir(repoRoot, set, embedder.id);
  await createAssistant({ config: { ...config, CORPUS_DIR: path.basename(set.corpusDir), DATA_DIR: dataDir }, repoRoot: set.sourceRoot, embedder });
  const index = await openIndex(new IndexStore(dataDir), embedder, EXTRA_NAMES);
  const context: AnswerContext = { index, stats: TermStatistics.fromLexicalIndex(index.lexical), minSupport: 0 };
  context.tools = createToolAnswerer(() => context, () => new Date());
  const sources = new SourceTextCache(set.sourceRoot, path.basename(set.corpusDir));
  const rows: Row[] = [];
  for (const item of parseEvalQuestions(readFileSync(set.questionsFile, 'utf8'))) {
    const answer = toAnswerJson(await answerQuestion(context, item.question));
    const expected = item.expect.refused ? [] : [normalizeSourcePath(item.expect.source)];
    const texts = await sources.ensure([...expected, ...answer.citations.map((c) => normalizeSourcePath(c.source))]);
    const score = scoreAnswer(item, answer, texts);
    const parsed = understandQuestion(item.question);
    const computed = answer.tool_calls.length > 0;
    const selection = selectQuotes(parsed, await hybridSearch(index, parsed, { limit: 8 }), index.documentsById, context.stats);
    rows.push({
      id: item.id, answerable: !item.expect.refused, support: computed ? 1 : selection.support,
      concepts: selection.conceptCount, otherRefusal: answer.refused,
      answerOk: !item.expect.refused && score.answerOk, citationOk: !item.expect.refused && score.citationOk === true,
    });
  }
  results.set(set.name, rows);
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
table.push(`| MIN_SUPPORT | ${[...results.keys()].map((s) => `${s} answers | ${s} citations | ${s} false refusals | ${s} missed refusals`).join(' | ')} |`);
for (const t of thresholds) {
  const cells: string[] = [];
  for (const rows of results.values()) {
    const refused = (r: Row) => r.otherRefusal || r.support < supportThreshold(r.concepts, t);
    const answerable = rows.filter((r) => r.answerable);
    const unanswerable = rows.filter((r) => !r.answerable);
    const right = answerable.filter((r) => !refused(r) && r.answerOk).length + unanswerable.filter(refused).length;
    cells.push(
      pct(right, rows.length),
      pct(answerable.filter((r) => !refused(r) && r.citationOk).length, answerable.length),
      `${answerable.filter(refused).length}/${answerable.length}`,
      `${unanswerable.filter((r) => !refused(r)).length}/${unanswerable.length}`,
    );
  }
  table.push(`| ${t.toFixed(2)} | ${cells.join(' | ')} |`);
}
console.log(table.join('\n'));
if (process.env.ROWS === 'json') for (const [name, rows] of results) for (const r of rows) console.log(JSON.stringify({ set: name, ...r }));
else if (process.env.ROWS) for (const [name, rows] of results) for (const r of rows) console.log(name, r.id, r.answerable ? 'A' : 'R', r.support.toFixed(2), r.otherRefusal ? 'other' : '', r.answerOk ? 'ok' : '');
