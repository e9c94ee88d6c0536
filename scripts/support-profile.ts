// Developer helper: what the refusal decision sees for every question of a set — the best passage's
// support, the question's unknown words, and whether the expected passage was quoted — to calibrate
// the refusal rule on both sets at once.
// Usage: npx tsx scripts/support-profile.ts [shipped|dev]
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/index.js';
import { createAssistant } from '../src/answer/create-assistant.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import { selectQuotes } from '../src/answer/compose-extractive.js';
import { TermStatistics } from '../src/answer/term-statistics.js';
import { understandQuestion } from '../src/question/index.js';
import { devSet, evalIndexDir, shippedSet } from '../src/eval/eval-sets.js';
import { parseEvalQuestions } from '../src/eval/eval-question.js';
import { spansOverlap } from '../src/eval/score-answer.js';

const repoRoot = process.cwd();
const config = loadConfig();
const set = process.argv[2] === 'dev' ? devSet(repoRoot) : shippedSet(repoRoot, config.CORPUS_DIR);
const embedder = await createEmbeddings(config);
const dataDir = evalIndexDir(repoRoot, set, embedder.id);
// Builds the set's index in the eval cache when it is missing.
await createAssistant({ config: { ...config, CORPUS_DIR: path.basename(set.corpusDir), DATA_DIR: dataDir }, repoRoot: set.sourceRoot, embedder });
const index = await openIndex(new IndexStore(dataDir), embedder);
const stats = TermStatistics.fromLexicalIndex(index.lexical);
const rows: string[] = [];
for (const item of parseEvalQuestions(readFileSync(set.questionsFile, 'utf8'))) {
  const parsed = understandQuestion(item.question);
  const hits = await hybridSearch(index, parsed, { limit: 8 });
  const sel = selectQuotes(parsed, hits, index.documentsById, stats);
  const top = sel.quotes[0];
  const quoted = top ? top.doc.text.slice(top.start, top.end) : '';
  const right = item.expect.refused ? '-' : spansOverlap(quoted, item.expect.span) ? 'RIGHT' : 'wrong';
  rows.push(`${sel.support.toFixed(2)}\t${item.expect.refused ? 'REFUSE' : 'answer'}\t${right}\t${item.id}\t${item.category}\tunknown=${sel.unknownKeys.join(',')}`);
}
console.log(rows.sort().join('\n'));
