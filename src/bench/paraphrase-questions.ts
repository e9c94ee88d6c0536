import type { Chunk } from '../ingest/types.js';

export interface SyntheticQuery {
  question: string;
  /** The chunk whose sentence the question was made from. */
  sourceChunkIndex: number;
}

const WORD = /[\p{L}\p{M}]+/gu;
const TURKISH_QUESTIONS = [
  (w: string) => `${w} nedir?`,
  (w: string) => `${w} ne kadardır?`,
  (w: string) => `Hangi durumlarda ${w}?`,
  (w: string) => `${w} nasıl belirlenir?`,
  (w: string) => `${w} için kaç gün verilir?`,
  (w: string) => `${w} hakkında ne söyleniyor?`,
];
const ENGLISH_QUESTIONS = [(w: string) => `What does the document say about ${w}?`, (w: string) => `How is ${w} regulated?`];
const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('tr-TR') + s.slice(1);

/**
 * Paraphrase-like questions about chunks picked at random: a subset of one sentence's words (about 60%, in
 * order, at most 8) in a Turkish or English question form, some naming the chunk's article. Questions
 * for latency runs on any index, synthetic or real; `random` makes them deterministic.
 */
export function paraphraseQuestions(chunks: readonly Pick<Chunk, 'text' | 'article'>[], random: () => number, count: number): SyntheticQuery[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const queries: SyntheticQuery[] = [];
  for (let q = 0; q < count && chunks.length > 0; q++) {
    const sourceChunkIndex = Math.floor(random() * chunks.length);
    const chunk = chunks[sourceChunkIndex]!;
    const sentences = chunk.text.split(/(?<=\.)\s+/u);
    const words = pick(sentences).replace(/^MADDE \d+ – |\(\d+\) /gu, '').match(WORD) ?? [];
    // Keep about 60% of the words, in order: a paraphrase-ish question, never the verbatim sentence.
    const kept = words.filter(() => random() < 0.6).slice(0, 8).map((w) => w.toLocaleLowerCase('tr-TR'));
    if (kept.length === 0) kept.push(...words.slice(0, 3).map((w) => w.toLocaleLowerCase('tr-TR')));
    const phrase = kept.join(' ');
    let question = random() < 0.2 ? pick(ENGLISH_QUESTIONS)(phrase) : capitalize(pick(TURKISH_QUESTIONS)(phrase));
    if (chunk.article && random() < 0.15) question = `${chunk.article} uyarınca ${question.charAt(0).toLocaleLowerCase('tr-TR')}${question.slice(1)}`;
    queries.push({ question, sourceChunkIndex });
  }
  return queries;
}
