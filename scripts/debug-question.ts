// Developer helper: shows what retrieval and quote selection did for one question.
// Usage: npx tsx scripts/debug-question.ts "soru"
import path from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { createEmbeddings } from '../src/retrieval/create-embeddings.js';
import { IndexStore } from '../src/retrieval/index-store.js';
import { openIndex } from '../src/retrieval/open-index.js';
import { hybridSearch } from '../src/retrieval/hybrid-search.js';
import { selectQuotes, questionTerms } from '../src/answer/compose-extractive.js';
import { TermStatistics } from '../src/answer/term-statistics.js';
import { understandQuestion } from '../src/question/index.js';

const question = process.argv.slice(2).join(' ');
const config = loadConfig();
const index = await openIndex(new IndexStore(path.resolve(config.DATA_DIR)), await createEmbeddings(config));
const stats = TermStatistics.fromLexicalIndex(index.lexical);
const hits = await hybridSearch(index, question, { limit: Number(process.env.LIMIT ?? 8) });
console.log('terms', JSON.stringify(questionTerms(understandQuestion(question), stats)));
for (const h of hits) console.log(h.score.toFixed(4), h.lexicalScore.toFixed(1), h.vectorSimilarity.toFixed(2), h.chunk.kind, '|', h.chunk.locator, '|', h.chunk.text.slice(0, 100).replace(/\s+/g, ' '));
const sel = selectQuotes(understandQuestion(question), hits, index.documentsById, stats);
console.log('support', sel.support.toFixed(2), 'unknown', sel.unknownKeys);
for (const q of sel.quotes) console.log(q.score.toFixed(3), q.coverage.toFixed(2), q.doc.text.slice(q.start, q.end).replace(/\s+/g, ' ').slice(0, 200));
