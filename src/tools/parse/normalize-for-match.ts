import { foldTurkish, stripTurkishDiacritics } from '../../text/index.js';

/** Lower-case, Turkish letters folded to ASCII, punctuation to spaces: "Uçuş Teknisyeni'nin" → "ucus teknisyeni nin". */
export function normalizeForMatch(text: string): string {
  return stripTurkishDiacritics(foldTurkish(text))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordsForMatch(text: string): string[] {
  const normalized = normalizeForMatch(text);
  return normalized ? normalized.split(' ') : [];
}

/**
 * A word of a title matches a word of the text when the text word carries it with suffixes ("muhendisi"
 * ⊃ "muhendis") or differs only in the last letter of the title word, as Turkish consonants soften
 * before a vowel ("tabip" → "tabibi", "katip" → "katibi").
 */
export function wordMatches(titleWord: string, textWord: string): boolean {
  if (textWord.startsWith(titleWord)) return true;
  if (titleWord.length < 4) return false;
  return textWord.length >= titleWord.length && textWord.startsWith(titleWord.slice(0, -1));
}

/** True when every word of `phrase` matches a word of `words`, in order. */
export function containsPhrase(words: readonly string[], phrase: string): boolean {
  const target = wordsForMatch(phrase);
  if (target.length === 0) return false;
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let j = 0; j < target.length; j++) {
      if (!wordMatches(target[j]!, words[i + j]!)) continue outer;
    }
    return true;
  }
  return false;
}
