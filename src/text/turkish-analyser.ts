import { foldTurkish, stripTurkishDiacritics } from './fold-turkish.js';

/**
 * The one Turkish analyser: how every part of the engine (index, query analysis, sentence scoring, the
 * offline embedder, tool detection, the eval's answer matching) turns text into words, stems and keys.
 * Anything that compares a question with a passage must go through these functions, so the two sides
 * can never be cut differently.
 */

// Zero-width characters, the soft hyphen, the BOM and bidi marks are invisible in the text but split or
// glue words: "doküman\u00adtasyon" must be "dokümantasyon", "hak\u200bkında" must be "hakkında".
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]/gu;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/gu;

/** NFC, invisible characters dropped, typographic apostrophes unified, whitespace folded and trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(ODD_SPACES, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Words, and numbers kept whole with their Turkish separators ("2.884", "98,54", "1.1.1", "2015-2019"
 * stays two numbers). A trailing dot of a sentence is not part of a number.
 */
export const TOKEN = /\d+(?:[.,/]\d+)*|[\p{L}\p{M}]+/gu;
// The case ending written after an apostrophe belongs to the name before it: "Kars'ta", "2021'de",
// "TCK'nın" are "Kars", "2021", "TCK" (Turkish spelling sets suffixes of proper nouns and numbers apart).
export const APOSTROPHE_SUFFIX = /(?<=[\p{L}\p{M}\d])['’‘`´][\p{L}\p{M}]+/gu;
// Most chunks hold no apostrophe at all: test for one before running the look-behind regex.
const APOSTROPHE = /['’‘`´]/;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 code unit: 1 letter or mark, 2 other; 0 not yet looked up (filled on first sight). */
const unitClass = new Uint8Array(0x10000);
const isLetterUnit = (unit: number): boolean => {
  let k = unitClass[unit]!;
  if (k === 0) unitClass[unit] = k = LETTER_OR_MARK.test(String.fromCharCode(unit)) ? 1 : 2;
  return k === 1;
};
const isDigit = (unit: number) => unit >= 48 && unit <= 57;
const isSeparator = (unit: number) => unit === 46 || unit === 44 || unit === 47; // . , /
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
/** Length (1 or 2 units) of the letter or mark at `i`, or 0 when none starts there. */
function letterAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (!isHighSurrogate(unit)) return isLetterUnit(unit) ? 1 : 0;
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return isLetterUnit(unit) ? 1 : 0;
  return LETTER_OR_MARK.test(String.fromCodePoint(point)) ? 2 : 0;
}

/**
 * Turkish-folded words and numbers of a text, invisible characters and apostrophe suffixes ignored:
 * `folded.match(TOKEN)`, by a
 * scan over code units — the Unicode regex was a third of an index build's tokenising time
 * (docs/BENCHMARKS.md). A property test checks both give the same tokens.
 */
export function tokenizeRaw(text: string): string[] {
  const visible = text.replace(INVISIBLE, '');
  const folded = foldTurkish(APOSTROPHE.test(visible) ? visible.replace(APOSTROPHE_SUFFIX, '') : visible);
  const tokens: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const unit = folded.charCodeAt(i);
    let j = i;
    if (isDigit(unit)) {
      j++;
      for (;;) {
        while (j < n && isDigit(folded.charCodeAt(j))) j++;
        if (j + 1 < n && isSeparator(folded.charCodeAt(j)) && isDigit(folded.charCodeAt(j + 1))) j += 2;
        else break;
      }
    } else {
      for (let step = letterAt(folded, j); step > 0; step = j < n ? letterAt(folded, j) : 0) j += step;
      if (j === i) {
        const low = folded.charCodeAt(i + 1);
        i += isHighSurrogate(unit) && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        continue;
      }
    }
    tokens.push(folded.slice(i, j));
    i = j;
  }
  return tokens;
}

/**
 * Published Turkish IR results (Can et al., "Information retrieval on Turkish texts", JASIST 2008)
 * show that truncating words to their first five letters works as well as a full morphological stemmer
 * (about +25% over raw words), because Turkish morphology is suffixing: "öğretmenlerin" → "öğret".
 */
export const STEM_PREFIX_LENGTH = 5;

const TURKISH_THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** The stem of one folded word; numbers keep their digits ("2.884" and "2884" are one amount). */
export function stemTurkish(foldedWord: string): string {
  if (TURKISH_THOUSANDS.test(foldedWord)) return foldedWord.replace(/\./g, '');
  if (/^\d/.test(foldedWord)) return foldedWord;
  return [...foldedWord].slice(0, STEM_PREFIX_LENGTH).join('');
}

// "sürüyor", "oluşuyor", "kapsayabiliyormuş": a verb in the progressive, as people ask; the root before it.
const PROGRESSIVE = /^(\p{L}+?[^aeıioöuü])[ıiuü]yor\p{L}*$/u;
const AORIST_ENDINGS: Record<string, [string, string]> = {
  a: ['ar', 'ır'], ı: ['ar', 'ır'], o: ['ar', 'ur'], u: ['ar', 'ur'],
  e: ['er', 'ir'], i: ['er', 'ir'], ö: ['er', 'ür'], ü: ['er', 'ür'],
};

/**
 * The aorist forms a statute writes for a verb a question puts in the progressive: "sürüyor" → "sürer",
 * "sürür"; "oluşuyor" → "oluşar", "oluşur"; "bekliyor" → "bekler", "beklir". Both vowels of the ending are
 * given (which one a root takes is lexical); the five-letter keys of the wrong one match nothing. Empty for
 * other words and for negatives ("gelmiyor": the root's own "m" cannot be told from the negation).
 */
export function aoristFormsOf(foldedWord: string): string[] {
  const root = PROGRESSIVE.exec(foldedWord)?.[1];
  if (!root || root.endsWith('m')) return [];
  const vowel = [...root].reverse().find((c) => c in AORIST_ENDINGS);
  if (!vowel) return [];
  return AORIST_ENDINGS[vowel]!.map((ending) => root + ending);
}

const STOPWORDS = new Set(
  (
    've veya ile bir bu şu o da de ki mi mı mu mü için gibi kadar olan olarak ise ya hem ne çok daha en ' +
    'her ancak dair ait göre üzere sonra önce the a an of to in on for is are what how which who does do ' +
    'nedir nelerdir hangi kaç kim nasıl neden midir mıdır var mı mi olur olabilir ' +
    'is was were be been did get gets got can could should would will per take takes with under by at from into ' +
    'zaman önce sonra have has there their they it its this that and or if as so than after before me my i you your we our ' +
    // Pronouns, conjunctions and particles of everyday questions ("Eğer ben … ise, … miyim?").
    'eğer şayet ben sen biz siz onlar bana sana ona bize size onlara beni seni onu bizi sizi benim senin onun bizim sizin ' +
    'kendim kendisi ama fakat lakin yani çünkü acaba hâlâ hala yine hep hiç bile artık diye şey neyi neye nereye nerede ' +
    'nereden niçin niye hangisi miyim mıyım muyum müyüm misin mısın musun müsün miyiz mıyız muyuz müyüz mıdır mudur'
  ).split(' '),
);

// Inflected question words ("kaçtı", "nelerdir", "hangisidir") carry no content either.
const QUESTION_WORD = /^(kaç(ı|tı|tır|ta|ar|ıncı|inci|ıncıdır)?|ne(dir|ydi|ler|lerdir|reye|rede|den)|hangi(si|sidir|leri|lerdir)?|nasıl(dır)?|kim(dir|ler|lerdir)?|mı(dır)?|mi(dir)?|mu(dur)?|what|how|which|who|whom|whose|when|where|why|does|do|are|the|an?|of|to|in|on|for|many|much)$/u;

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord) || QUESTION_WORD.test(foldedWord);
}

/** Diacritic-free stem: the unit of matching between a question and a sentence ("öğretmenin" → "ogret"). */
export const matchKey = (foldedWord: string) => stripTurkishDiacritics(stemTurkish(foldedWord));

/**
 * A shorter, looser key: the first four letters. Five-letter prefixes split some words from their
 * inflections ("süreyle"/"süreleri", "izni"/"iznine"); a four-letter match counts as partial evidence.
 */
export const looseKey = (key: string) => ([...key].length > 4 && !/^\d/.test(key) ? [...key].slice(0, 4).join('') : key);

/** One word of a text as every stage compares it. */
export interface AnalysedWord {
  /** Turkish lower-case, as written ("öğretmenlerin", "2.884"). */
  folded: string;
  /** Without Turkish letters ("ogretmenlerin"): what a user on an English keyboard types. */
  ascii: string;
  /** Index stem ("öğret"; "2884" for both "2.884" and "2884"). */
  stem: string;
  /** Diacritic-free stem, the matching key ("ogret"). */
  key: string;
  stop: boolean;
  number: boolean;
}

export function analyseWords(text: string): AnalysedWord[] {
  return tokenizeRaw(text).map((folded) => {
    const stem = stemTurkish(folded);
    return { folded, ascii: stripTurkishDiacritics(folded), stem, key: stripTurkishDiacritics(stem), stop: isStopword(folded), number: /^\d/u.test(folded) };
  });
}

/**
 * Index terms for lexical search: stem of every non-stopword word, plus a diacritic-free twin
 * prefixed with "~" so that a query typed without Turkish letters still matches.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenizeRaw(text)) {
    if (isStopword(word)) continue;
    const stem = stemTurkish(word);
    terms.push(stem, `~${stripTurkishDiacritics(stem)}`);
    const long = longStem(word);
    if (long) terms.push(long);
  }
  return terms;
}

/**
 * Five letters cut long words to a prefix many words share ("cumhurbaşkanı" and "cumhuriyet" are both
 * "cumhu", "yönetmelik" and "yönetim" both "yönet"). Words longer than that also get a longer,
 * diacritic-free prefix term ("+cumhurba", "+cumhuriy"), so an exact long word outranks a mere shared
 * prefix while the short stem keeps matching inflected forms.
 */
export const LONG_STEM_LENGTH = 8;

export function longStem(foldedWord: string): string | null {
  const letters = [...stripTurkishDiacritics(foldedWord)];
  return letters.length > LONG_STEM_LENGTH - 1 && !/^\d/u.test(foldedWord) ? `+${letters.slice(0, LONG_STEM_LENGTH).join('')}` : null;
}

/** Content words of a text (folded, stopwords removed). */
export function contentWords(text: string): string[] {
  return tokenizeRaw(text).filter((w) => !isStopword(w));
}

/** The matching keys of a text's content words. */
export const keysOf = (text: string) => new Set(contentWords(text).map(matchKey));

/**
 * Diacritic-free words with punctuation dropped ("Uçuş Teknisyeni'nin" → ["ucus", "teknisyeni", "nin"]):
 * for matching fixed phrases (position titles, trigger words) against what people type.
 */
export function asciiWords(text: string): string[] {
  return stripTurkishDiacritics(foldTurkish(text.replace(INVISIBLE, '')))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

// Inflectional endings of nouns and verbal nouns, longest first: possessives, cases, plurals, "-mek".
// Prefix stems cut "günüm", "okula", "izinde" short of the four-letter roots the text writes bare.
const SUFFIXES = [
  'larımız', 'lerimiz', 'larınız', 'leriniz', 'ımız', 'imiz', 'umuz', 'ümüz', 'ınız', 'iniz', 'unuz', 'ünüz',
  'ları', 'leri', 'ların', 'lerin', 'lara', 'lere', 'larda', 'lerde', 'lar', 'ler',
  'nın', 'nin', 'nun', 'nün', 'dan', 'den', 'tan', 'ten', 'yla', 'yle', 'mak', 'mek', 'maz', 'mez',
  'ım', 'im', 'um', 'üm', 'ın', 'in', 'un', 'ün', 'sı', 'si', 'su', 'sü', 'ya', 'ye', 'da', 'de', 'ta', 'te',
  'la', 'le', 'ma', 'me', 'ı', 'i', 'u', 'ü', 'a', 'e',
];
const MIN_ROOT_LETTERS = 3;

/**
 * Roots a folded word may have under one or two inflectional endings ("günüm" → "gün", "okula" →
 * "okul", "izinlerinde" → "izin"), longest first, never shorter than three letters. For a question word
 * the index does not know as written: its root may be.
 */
export function suffixRoots(foldedWord: string): string[] {
  const roots: string[] = [];
  const strip = (word: string, depth: number) => {
    for (const suffix of SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const root = word.slice(0, word.length - suffix.length);
      if ([...root].length < MIN_ROOT_LETTERS || roots.includes(root)) continue;
      roots.push(root);
      if (depth < 2) strip(root, depth + 1);
    }
  };
  if (!/^\d/u.test(foldedWord)) strip(foldedWord, 1);
  return roots.sort((a, b) => b.length - a.length);
}
