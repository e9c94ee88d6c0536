// Developer helper: for each question id given, which refusal rule fires and what support the best
// passage has. Usage: npx tsx scripts/why-refused.ts shipped|dev|FILE:CORPUS id...
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
import { adHocSet, devSet, evalIndexDir, shippedSet } from '../src/eval/eval-sets.js';
import { parseEvalQuestions } from '../src/eval/eval-question.js';

const repoRoot = process.cwd();
const config = loadConfig();
const [which, ...ids] = process.argv.slice(2);
const set = which === 'dev' ? devSet(repoRoot) : which === 'shipped' ? shippedSet(repoRoot, config.CORPUS_DIR) : adHocSet(repoRoot, which!.split(':')[0]!, which!.split(':')[1]!);
const embedder = await createEmbeddings(config);
const dataDir = evalIndexDir(repoRoot, set, embedder.id);
await createAssistant({ config: { ...config, CORPUS_DIR: path.basename(set.corpusDir), DATA_DIR: dataDir }, repoRoot: set.sourceRoot, embedder });
const index = await openIndex(new IndexStore(dataDir), embedder);
const stats = TermStatistics.fromLexicalIndex(index.lexical);
for (const item of parseEvalQuestions(readFileSync(set.questionsFile, 'utf8'))) {
  if (ids.length > 0 && !ids.includes(item.id)) continue;
  const parsed = understandQuestion(item.question);
  const hits = await hybridSearch(index, parsed, { limit: 8 });
  const sel = selectQuotes(parsed, hits, index.documentsById, stats);
  const terms = questionTerms(parsed, stats);
  console.log(`\n${item.id} ${item.expect.refused ? 'REFUSE' : 'answer'} ${item.question}`);
  console.log(`  support ${sel.support.toFixed(2)} quantity ${sel.statesAskedQuantity} unknown ${sel.unknownKeys} asked-unknown ${sel.askedUnknownKeys} years ${parsed.years} asking ${parsed.askingWords}`);
  console.log('  concepts', terms.concepts.map((c) => `${c.word}:${c.weight.toFixed(1)}`).join(' '));
  for (const h of hits.slice(0, 4)) console.log('  hit', h.score.toFixed(4), h.chunk.locator, '|', h.chunk.text.slice(0, 90).replace(/\s+/g, ' '));
  for (const q of sel.quotes) console.log('  quote', q.score.toFixed(3), q.coverage.toFixed(2), q.doc.text.slice(q.start, q.end).replace(/\s+/g, ' ').slice(0, 160));
}
