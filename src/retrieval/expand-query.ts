import expansionData from './query-expansion.json' with { type: 'json' };
import { foldTurkish, indexTerms, stemTurkish, tokenizeRaw } from '../text/index.js';

interface ExpansionData {
  synonyms: string[][];
  english: Record<string, string>;
  /** "birinci stratejik amaç" is printed "Stratejik Amaç1": ordinal words also search their number. */
  ordinals: Record<string, string>;
}

const data = expansionData as ExpansionData;
// Synonym members compared in folded form, worked out once.
const foldedMember = new Map(data.synonyms.flat().map((m) => [m, foldTurkish(m)]));

// Phrases are fixed by the data file: each one's pattern is compiled once, not once per question.
const phrasePatterns = new Map<string, RegExp>();
const containsPhrase = (foldedText: string, phrase: string) => {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    phrasePatterns.set(phrase, pattern);
  }
  return pattern.test(foldedText);
};

/**
 * A question word is a form of a one-word synonym member: the same 5-letter stem, or the member followed by
 * a suffix when the member is shorter than a stem ("maaşım" → "maaş", whose stem is "maaş", not "maaşı").
 */
const stems = new Map<string, string>();
const stemOf = (word: string) => {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemTurkish(word);
    if (stems.size < 50_000) stems.set(word, stem);
  }
  return stem;
};
const isFormOf = (word: string, member: string) =>
  stemOf(word) === stemOf(member) || ([...member].length >= 4 && word.startsWith(member));

/** "birinci", "ikincisi", "üçüncü" → "1", "2", "3"; null for other words. */
function ordinalNumber(word: string): string | null {
  for (const [ordinal, number] of Object.entries(data.ordinals)) {
    if (word === ordinal || (word.startsWith(ordinal) && [...word].length - [...ordinal].length <= 4)) return number;
  }
  return null;
}

const ENGLISH_PHRASES = Object.keys(data.english).sort((a, b) => b.length - a.length);

/**
 * The English map's phrases in a question, longest first; words inside a matched phrase do not match
 * again on their own ("vision statement" is "vizyon", not also "statement" → "tablo").
 */
function englishPhrasesIn(foldedQuestion: string): string[] {
  let rest = foldedQuestion;
  const found: string[] = [];
  for (const phrase of ENGLISH_PHRASES) {
    if (!containsPhrase(rest, phrase)) continue;
    found.push(phrase);
    rest = rest.split(phrase).join(' '.repeat(phrase.length));
  }
  return found;
}

export interface ExpandedQuery {
  /** Index terms of the question itself. */
  terms: string[];
  /** Index terms added by synonyms and the English map. */
  expansions: string[];
  /** Turkish text the expansions came from (for the dense query). */
  expansionText: string;
}

/**
 * Adds domain synonyms (maaş ↔ ücret, tavan ↔ azami/geçemez …) and Turkish equivalents of English
 * keywords. A synonym group fires when one of its members appears in the question: a single word by
 * its stem (so "maaşım" fires "maaş"), a phrase literally.
 */
export function expandQuery(question: string): ExpandedQuery {
  const folded = foldTurkish(question);
  const questionWords = tokenizeRaw(question);
  const added: string[] = [];

  for (const group of data.synonyms) {
    const fires = group.some((member) => {
      const memberFolded = foldedMember.get(member)!;
      return memberFolded.includes(' ')
        ? containsPhrase(folded, memberFolded)
        : questionWords.some((w) => isFormOf(w, memberFolded));
    });
    if (fires) added.push(...group);
  }

  for (const phrase of englishPhrasesIn(folded)) added.push(data.english[phrase]!);
  for (const word of questionWords) {
    const number = ordinalNumber(word);
    if (number) added.push(number);
  }

  const terms = indexTerms(question);
  const own = new Set(terms);
  const expansions = [...new Set(indexTerms(added.join(' ')))].filter((t) => !own.has(t));
  return { terms, expansions, expansionText: added.join(' ') };
}

/**
 * For each content word of a question, the words that may stand for it in a passage: its synonym
 * group (a phrase group when the question holds the phrase) and, for English words, their Turkish
 * equivalents. Keys are raw folded words; callers stem them as they match.
 */
export function alternativesByWord(question: string): Map<string, string[]> {
  const folded = foldTurkish(question);
  const words = tokenizeRaw(question);
  const result = new Map<string, string[]>(words.map((w) => [w, []]));
  for (const group of data.synonyms) {
    for (const member of group) {
      const memberFolded = foldedMember.get(member)!;
      const memberWords = tokenizeRaw(memberFolded);
      const present = memberFolded.includes(' ') ? containsPhrase(folded, memberFolded) : false;
      for (const w of words) {
        const matches = present ? memberWords.includes(w) : memberWords.length === 1 && isFormOf(w, memberFolded);
        // A phrase member ("ücretli yıllık izin") stands for the whole phrase, not for each of its words:
        // only single-word members can stand in for one question word.
        if (matches) result.get(w)!.push(...group.filter((g) => g !== member && !g.includes(' ')));
      }
    }
  }
  for (const phrase of englishPhrasesIn(folded)) {
    for (const w of tokenizeRaw(phrase)) result.get(w)?.push(data.english[phrase]!);
  }
  for (const w of words) {
    const number = ordinalNumber(w);
    if (number) result.get(w)!.push(number);
  }
  return result;
}
