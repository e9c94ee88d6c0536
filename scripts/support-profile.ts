// Developer helper: support of the best passage for every eval question, to calibrate MIN_SUPPORT.
// Usage: npx tsx scripts/support-profile.ts [test/eval/questions.jsonl]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import { selectQuotes } from '../src/answer/compose-extractive.js';
import { TermStatistics } from '../src/answer/term-statistics.js';
import { understandQuestion } from '../src/question/index.js';

const file = process.argv[2] ?? 'test/eval/questions.jsonl';
const config = loadConfig();
const index = await openIndex(new IndexStore(path.resolve(config.DATA_DIR)), await createEmbeddings(config));
const stats = TermStatistics.fromLexicalIndex(index.lexical);
const rows: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const item = JSON.parse(line) as { id: string; question: string; category: string; expect: { refused: boolean } };
  const hits = await hybridSearch(index, item.question, { limit: 8 });
  const sel = selectQuotes(understandQuestion(item.question), hits, index.documentsById, stats);
  rows.push(`${sel.support.toFixed(2)}\t${item.expect.refused ? 'REFUSE' : 'answer'}\t${item.id}\t${item.category}\t${sel.unknownKeys.join(',')}`);
}
console.log(rows.sort().join('\n'));
