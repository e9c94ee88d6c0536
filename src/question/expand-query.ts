import expansionData from './query-expansion.json' with { type: 'json' };
import { aoristFormsOf, foldTurkish, indexTerms, stemTurkish, tokenizeRaw } from '../text/index.js';

interface ExpansionData {
  synonyms: string[][];
  english: Record<string, string>;
  /** "birinci stratejik amaç" is printed "Stratejik Amaç1": ordinal words also search their number. */
  ordinals: Record<string, string>;
  /** English words that carry no content ("the", "within", "according"): not evidence either way. */
  english_function_words: string[];
}

const data = expansionData as ExpansionData;
/** A synonym member as it is compared, worked out once from the data file. */
interface Member {
  folded: string;
  stem: string;
  words: string[];
  phrase: boolean;
}
const MEMBERS = new Map<string, Member>(
  data.synonyms.flat().map((m) => {
    const folded = foldTurkish(m);
    return [m, { folded, stem: stemTurkish(folded), words: tokenizeRaw(folded), phrase: folded.includes(' ') }];
  }),
);

// Phrases are fixed by the data file: each one's pattern is compiled once, not once per question.
const phrasePatterns = new Map<string, RegExp>();
const containsPhrase = (foldedText: string, phrase: string) => {
  // Most phrases are not in a question at all: a plain substring test settles those without the regex.
  if (!foldedText.includes(phrase)) return false;
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    phrasePatterns.set(phrase, pattern);
  }
  return pattern.test(foldedText);
};

/** A question word with its stem, worked out once per question. */
interface QuestionWord {
  word: string;
  stem: string;
}
const questionWordsOf = (question: string): QuestionWord[] =>
  tokenizeRaw(question).map((word) => ({ word, stem: stemTurkish(word) }));

/**
 * A question word is a form of a one-word synonym member: the same 5-letter stem, or the member followed by
 * a suffix when the member is shorter than a stem ("maaşım" → "maaş", whose stem is "maaş", not "maaşı").
 */
const isFormOf = (q: QuestionWord, member: Member) =>
  q.stem === member.stem || ([...member.folded].length >= 4 && q.word.startsWith(member.folded));

/** "birinci", "ikincisi", "üçüncü" → "1", "2", "3"; null for other words. */
function ordinalNumber(word: string): string | null {
  for (const [ordinal, number] of Object.entries(data.ordinals)) {
    if (word === ordinal || (word.startsWith(ordinal) && [...word].length - [...ordinal].length <= 4)) return number;
  }
  return null;
}

const ENGLISH_FUNCTION_WORDS = new Set(data.english_function_words);

/** An English word that says nothing about what is asked ("does", "within", "according"). */
export const isEnglishFunctionWord = (foldedWord: string) => ENGLISH_FUNCTION_WORDS.has(foldedWord);

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
export function expandQuery(question: string, language: 'tr' | 'en' = 'tr'): ExpandedQuery {
  const folded = foldTurkish(question);
  const englishPhrases = englishPhrasesIn(folded);
  const translations = englishPhrases.map((phrase) => data.english[phrase]!);
  // An English question's words are not Turkish: "person" shares a stem with "personel" and would fire
  // the staff synonyms. Its synonyms fire on the Turkish the English map gives for it instead.
  const synonymSource = language === 'en' ? foldTurkish(translations.join(' ')) : folded;
  const questionWords = questionWordsOf(synonymSource);
  const added: string[] = [];

  for (const group of data.synonyms) {
    const fires = group.some((name) => {
      const member = MEMBERS.get(name)!;
      return member.phrase ? containsPhrase(synonymSource, member.folded) : questionWords.some((q) => isFormOf(q, member));
    });
    if (fires) added.push(...group);
  }

  added.push(...translations);
  // "ne kadar sürüyor?" is answered by "… sürer": a statute writes the aorist.
  if (language === 'tr') for (const { word } of questionWords) added.push(...aoristFormsOf(word));
  for (const { word } of questionWords) {
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
export function alternativesByWord(question: string, language: 'tr' | 'en' = 'tr'): Map<string, string[]> {
  const folded = foldTurkish(question);
  const questionWords = questionWordsOf(question);
  const words = questionWords.map((q) => q.word);
  const result = new Map<string, string[]>(words.map((w) => [w, []]));
  // An English word stands for its Turkish equivalents only, never for a Turkish synonym group its
  // spelling shares a stem with (measured: giving it the equivalents' synonyms too let unanswerable
  // English questions through on common words).
  const synonymGroups = language === 'en' ? [] : data.synonyms;
  for (const group of synonymGroups) {
    for (const name of group) {
      const member = MEMBERS.get(name)!;
      const present = member.phrase ? containsPhrase(folded, member.folded) : false;
      for (const q of questionWords) {
        const matches = present ? member.words.includes(q.word) : member.words.length === 1 && isFormOf(q, member);
        // A phrase member ("ücretli yıllık izin") stands for the whole phrase, not for each of its words:
        // only single-word members can stand in for one question word.
        if (matches) result.get(q.word)!.push(...group.filter((g) => g !== name && !g.includes(' ')));
      }
    }
  }
  for (const phrase of englishPhrasesIn(folded)) {
    for (const w of tokenizeRaw(phrase)) result.get(w)?.push(data.english[phrase]!);
  }
  if (language === 'tr') for (const w of words) result.get(w)!.push(...aoristFormsOf(w));
  for (const w of words) {
    const number = ordinalNumber(w);
    if (number) result.get(w)!.push(number);
  }
  return result;
}
