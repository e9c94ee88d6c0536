import { parseTurkishNumber } from '../text/index.js';

/**
 * Numbers as the verifier compares them: "2.884,50 TL" and 2884.5 are the same key, "yirmi gün" and
 * "20 gün" too, "1.1.1" (an indicator code) stays itself, a dotted date (gg.aa.yyyy) is a date key. The answer side is
 * read strictly (only what surely is a number counts), the evidence side generously (suffixed number words
 * such as "ikide" count): a strict answer side rejects fewer good answers, a generous evidence side too.
 */

const UNITS: Record<string, number> = {
  sıfır: 0, bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9,
};
const TENS: Record<string, number> = {
  on: 10, yirmi: 20, otuz: 30, kırk: 40, elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90,
};
const SCALES: Record<string, number> = { yüz: 100, bin: 1000, milyon: 1e6, milyar: 1e9 };
const ENGLISH: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
const NUMBER_WORDS: Record<string, number> = { ...UNITS, ...TENS, ...SCALES };
// "birinci", "üçüncü", "onuncu", "yirminci": ordinals name the same number.
const ORDINAL = /^(.+?)(?:ıncı|inci|uncu|üncü|nci|ncı|ncu|ncü)$/u;
// Case and possessive endings a number word takes in running text ("on ikide biri", "otuzu", "yirmişer").
const SUFFIX = /^(.+?)(?:'?(?:ı|i|u|ü|yı|yi|yu|yü|sı|si|su|sü|da|de|ta|te|dan|den|tan|ten|a|e|ya|ye|ın|in|un|ün|nın|nin|nun|nün|şar|şer|ar|er))$/u;

const DIGITS = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?!\p{N})/gu;
const DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u;
const WORD = /[\p{L}']+/gu;

export interface NumberMention {
  /** What the answer says ("2.884,50", "yirmi"). */
  text: string;
  key: string;
  /** For dates: the day, month and year keys, any one of which may stand alone in the evidence. */
  parts?: string[];
}

const keyOf = (value: number) => String(Math.round(value * 1e6) / 1e6);

function digitMention(token: string): NumberMention {
  const date = DATE.exec(token);
  if (date) {
    const [, d, m, y] = date;
    const parts = [keyOf(Number(d)), keyOf(Number(m)), keyOf(Number(y))];
    return { text: token, key: `date:${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`, parts };
  }
  const value = parseTurkishNumber(token);
  return { text: token, key: value === null ? token : keyOf(value) };
}

type WordSide = 'answer-tr' | 'answer-en' | 'evidence';

function wordValue(word: string, side: WordSide): number | null {
  const w = word.toLocaleLowerCase('tr-TR').replace(/'/g, '');
  // English "on" is a preposition, Turkish has no "three": each language's answer reads its own words.
  if (side !== 'answer-tr' && w in ENGLISH) return ENGLISH[w]!;
  if (side === 'answer-en') return null;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const ordinal = ORDINAL.exec(w)?.[1];
  if (ordinal) {
    // "birinci" → "bir", "dördüncü" → "dörd" (the t of dört softens), "yirminci" → "yirmi".
    for (const stem of [ordinal, ordinal.replace(/d$/u, 't'), `${ordinal}i`, `${ordinal}ı`]) if (stem in NUMBER_WORDS) return NUMBER_WORDS[stem]!;
  }
  if (side !== 'evidence') return null;
  const stem = SUFFIX.exec(w)?.[1];
  if (!stem) return null;
  for (const s of [stem, stem.replace(/d$/u, 't')]) if (s in NUMBER_WORDS) return NUMBER_WORDS[s]!;
  return null;
}

interface WordRun {
  words: string[];
  values: number[];
  end: number;
}

/** Reads runs of number words as one number: "iki yüz elli" = 250, "on iki" = 12, "bin beş yüz" = 1500. */
function wordMentions(text: string, side: WordSide): NumberMention[] {
  const mentions: NumberMention[] = [];
  let run: WordRun | null = null;
  const flush = (r: WordRun | null) => {
    if (!r) return;
    // "bir" alone is mostly the article "a": on the answer side only a run containing it is a number.
    if (side !== 'evidence' && r.words.length === 1 && /^bir$/iu.test(r.words[0]!)) return;
    mentions.push({ text: r.words.join(' '), key: keyOf(combine(r.values)) });
    if (side === 'evidence' && r.words.length > 1) for (const v of r.values) mentions.push({ text: String(v), key: keyOf(v) });
  };
  for (const match of text.matchAll(WORD)) {
    const value = wordValue(match[0], side);
    if (value === null) {
      flush(run);
      run = null;
      continue;
    }
    if (run && !/^\s+$/u.test(text.slice(run.end, match.index))) {
      flush(run);
      run = null;
    }
    run ??= { words: [], values: [], end: 0 };
    run.words.push(match[0]);
    run.values.push(value);
    run.end = match.index + match[0].length;
  }
  flush(run);
  return mentions;
}

/** "iki yüz elli bin" → 250000: units and tens add up, yüz multiplies what came before it, bin closes a group. */
function combine(values: readonly number[]): number {
  let total = 0;
  let group = 0;
  for (const v of values) {
    if (v === 100) group = (group || 1) * 100;
    else if (v >= 1000) {
      total += (group || 1) * v;
      group = 0;
    } else group += v;
  }
  return total + group;
}

/** Every number an answer states (digits and number words), citation markers and list numbering left out. */
export function numbersInAnswer(text: string, language: 'tr' | 'en'): NumberMention[] {
  const cleaned = text
    .replace(/\[(?:P?\d+)(?:\s*[,;]\s*P?\d+)*\]/giu, ' ')
    .replace(/\(P\d+\)/giu, ' ')
    .replace(/^\s*\d{1,2}[.)]\s+/gmu, ' ');
  return [...[...cleaned.matchAll(DIGITS)].map((m) => digitMention(m[0])), ...wordMentions(cleaned, language === 'en' ? 'answer-en' : 'answer-tr')];
}

/** Every number key evidence text supports (verified quotes, their locators, tool outputs). */
export function numberKeysIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(DIGITS)) {
    const mention = digitMention(m[0]);
    keys.add(mention.key);
    for (const p of mention.parts ?? []) keys.add(p);
  }
  for (const m of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/gu)) keys.add(`date:${m[1]}-${m[2]}-${m[3]}`);
  for (const mention of wordMentions(text, 'evidence')) keys.add(mention.key);
  return keys;
}

/** Numbers of an answer that no evidence supports (a date passes when its day, month and year all do). */
export function unsupportedNumbers(answer: string, language: 'tr' | 'en', evidence: ReadonlySet<string>): string[] {
  const missing = numbersInAnswer(answer, language).filter((m) => !evidence.has(m.key) && !(m.parts?.every((p) => evidence.has(p)) ?? false));
  return [...new Set(missing.map((m) => m.text))];
}
