import { foldTurkish, isStopword, matchKey } from '../text/index.js';
import type { ParsedQuestion } from './understand-question.js';

/**
 * Pairs of consecutive content words of the question, as matching keys ("Anayasa Mahkemesi" → ["anaya",
 * "mahke"]); for an English question, of the Turkish its glossary phrases stand for. Retrieval raises the
 * passages holding them side by side, quote selection the sentences.
 */
export function questionWordPairs(question: ParsedQuestion): [string, string][] {
  const source = question.language === 'en' ? question.expansion.expansionText : question.searchText;
  const pairs: [string, string][] = [];
  // Pairs are taken within a run of content words: a stopword or punctuation ends a phrase.
  for (const run of foldTurkish(source).split(/[^\p{L}\p{M}\d\s]+/u)) {
    let previous: string | null = null;
    for (const word of run.split(/\s+/u).filter(Boolean)) {
      if (isStopword(word)) {
        previous = null;
        continue;
      }
      const key = matchKey(word);
      if (previous !== null && previous !== key) pairs.push([previous, key]);
      previous = key;
    }
  }
  return pairs;
}
