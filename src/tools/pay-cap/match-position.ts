import { z } from 'zod';
import { asciiWords } from '../../text/index.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import { say } from '../rules/load-rules.js';

/** The position classes of the cap: ×3 (pilot), ×2 (the flight, higher-education ship and R&D posts), ×1. */
export type PositionClass = 'pilot' | 'double' | 'standard';

export interface PositionMatch {
  /** The title as the regulation's tables write it ("HELİKOPTER MAKİNİSTİ"), or the class name for class phrases. */
  title: string;
  positionClass: PositionClass;
  /** Which wording of the cap article the class comes from, in Turkish. */
  classLabel: string;
  /** The rule holding the class's multiplier. */
  multiplierRule: string;
  notes: string[];
}

const PositionVocabularySchema = z.object({
  position_titles: z.array(z.string().min(2)).min(1),
  position_aliases: z.record(z.string(), z.string()),
  /** Checked in order: the first class whose phrase appears wins ("helikopter pilotu" is a pilot). */
  position_classes: z.array(
    z.object({
      class: z.enum(['pilot', 'double']),
      label: z.string(),
      rule: z.string(),
      phrases: z.array(z.string()).min(1),
      /** The class holds only in higher-education institutions. */
      needs_higher_education: z.boolean().optional(),
    }),
  ),
  standard_class: z.object({ label: z.string(), rule: z.string() }),
  higher_education_words: z.array(z.string()),
  /** Titles whose qualification already says they serve higher-education projects. */
  higher_education_titles: z.array(z.string()),
});

const VOCABULARY = PositionVocabularySchema.parse(CONTRACT_STAFF.vocabulary);

const wordsOf = asciiWords;

/**
 * A word of a title matches a word of the text when the text word carries it with inflections ("muhendisi"
 * ⊃ "muhendis") or differs only in the last letter of the title word, as Turkish consonants soften
 * before a vowel ("tabip" → "tabibi", "katip" → "katibi").
 */
function wordMatches(titleWord: string, textWord: string): boolean {
  // "-lık" makes another noun: "avukatlık ücreti" is a fee, "mühendislik" a field, not the post.
  if (textWord.startsWith(titleWord)) return !/^l[iu]k/.test(textWord.slice(titleWord.length));
  if (titleWord.length < 4) return false;
  return textWord.length >= titleWord.length && textWord.startsWith(titleWord.slice(0, -1));
}

function containsPhrase(words: readonly string[], phrase: string | readonly string[]): boolean {
  const target = typeof phrase === 'string' ? wordsOf(phrase) : phrase;
  if (target.length === 0) return false;
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let j = 0; j < target.length; j++) {
      if (!wordMatches(target[j]!, words[i + j]!)) continue outer;
    }
    return true;
  }
  return false;
}

// Normalised once: every question is matched against every title.
const TITLES: { title: string; phrase: string; words: string[] }[] = [
  ...VOCABULARY.position_titles.map((title) => ({ title, phrase: title, words: wordsOf(title) })),
  ...Object.entries(VOCABULARY.position_aliases).map(([alias, title]) => ({ title, phrase: alias, words: wordsOf(alias) })),
].sort((a, b) => b.words.length - a.words.length || b.phrase.length - a.phrase.length);

const HIGHER_EDUCATION_WORDS = VOCABULARY.higher_education_words.flatMap(wordsOf);
const CLASSES = VOCABULARY.position_classes.map((cls) => ({ ...cls, words: cls.phrases.map(wordsOf) }));
const HIGHER_EDUCATION_TITLES = new Set(VOCABULARY.higher_education_titles);

/** The regulation's title named in the text (longest match first), or null. */
export function findPositionTitle(text: string): string | null {
  const words = wordsOf(text);
  return TITLES.find((t) => containsPhrase(words, t.words))?.title ?? null;
}

/** A phrase naming a position class ("pilot", "uçuş teknisyeni") in the text, or null. */
export function findPositionClassPhrase(text: string): string | null {
  const words = wordsOf(text);
  for (const cls of CLASSES) {
    const i = cls.words.findIndex((p) => containsPhrase(words, p));
    if (i >= 0) return cls.phrases[i]!;
  }
  return null;
}

/**
 * Matches free text to a position class of the cap. Null when the text names neither a class nor a title
 * of the regulation's tables (no contract position outside them may be used).
 */
export function matchPosition(text: string, options: { higherEducation?: boolean } = {}): PositionMatch | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const title = findPositionTitle(text);
  const higherEducation =
    options.higherEducation === true ||
    words.some((w) => HIGHER_EDUCATION_WORDS.some((stem) => w.startsWith(stem))) ||
    (title !== null && HIGHER_EDUCATION_TITLES.has(title));
  const standard = VOCABULARY.standard_class;
  for (const cls of CLASSES) {
    if (!cls.words.some((phrase) => containsPhrase(words, phrase))) continue;
    const shown = title ?? cls.label;
    if (cls.needs_higher_education && !higherEducation) {
      return {
        title: shown,
        positionClass: 'standard',
        classLabel: standard.label,
        multiplierRule: standard.rule,
        notes: [say(CONTRACT_STAFF, 'positions.needs_higher_education', { class: cls.label })],
      };
    }
    return { title: shown, positionClass: cls.class, classLabel: cls.label, multiplierRule: cls.rule, notes: [] };
  }
  if (title !== null) return { title, positionClass: 'standard', classLabel: standard.label, multiplierRule: standard.rule, notes: [] };
  return null;
}
