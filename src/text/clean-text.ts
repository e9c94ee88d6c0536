/**
 * Cleaning that keeps every line of the source (so tables stored one cell per line keep their shape)
 * while repairing what extraction broke. Offsets of chunks and citations point into this cleaned text.
 */

// "mes-" / "leki": a word, a hyphen at the line end, and a lower-case continuation on the next line (the
// closing parenthesis tells a list label "a)" from a continuation).
const LINE_END_HYPHEN = /(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}\p{L}*)(\)?)/gu;
const WORD_OR_COMPOUND = /\p{L}+(?:-\p{L}+)*/gu;
// "e-" / "Devlet": a one-letter prefix before a capitalised word is a compound, never a syllable break.
const PREFIX_BEFORE_CAPITAL = /(?<!\p{L})(\p{L})-[ \t]*\n[ \t]*(\p{Lu}\p{Ll}\p{L}*)/gu;

/** Prefixes written with a hyphen in Turkish ("e-beyan", "e-Devlet", "m-imza"): one letter. */
const MAX_PREFIX_LETTERS = 1;

export interface HyphenRepairStats {
  /** Words put back together ("mes-\nleki" → "mesleki"). */
  joined: number;
  /** Hyphenated words kept whole, only the line break removed ("e-\nbeyan" → "e-beyan"). */
  kept: string[];
}

function lower(word: string): string {
  return word.toLocaleLowerCase('tr-TR');
}

/** Words and hyphenated compounds the text uses outside line-end breaks, folded, with counts. */
function vocabularyOf(text: string): Map<string, number> {
  const vocabulary = new Map<string, number>();
  const withoutBreaks = text.replace(/-[ \t]*\n/gu, ' ');
  for (const match of withoutBreaks.matchAll(WORD_OR_COMPOUND)) {
    const word = lower(match[0]);
    vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return vocabulary;
}

/**
 * Rejoins words hyphenated across line ends, keeping real hyphenated words: a break is read as a
 * hyphenated word ("e-\nbeyan" → "e-beyan") when the text writes that compound elsewhere, or its first
 * part is a one-letter prefix or an acronym, unless the text uses the joined word elsewhere;
 * every other break is a syllable break ("mes-\nleki" → "mesleki").
 */
export function repairLineEndHyphens(text: string, stats?: HyphenRepairStats): string {
  if (!/-[ \t]*\n/u.test(text)) return text;
  const vocabulary = vocabularyOf(text);
  const withPrefixes = text.replace(PREFIX_BEFORE_CAPITAL, (_whole, prefix: string, next: string) => {
    stats?.kept.push(`${prefix}-${next}`);
    return `${prefix}-${next}`;
  });
  return withPrefixes.replace(LINE_END_HYPHEN, (whole, left: string, right: string, paren: string) => {
    if (paren && right.length <= 2) return whole;
    const joined = lower(left + right);
    const compound = lower(`${left}-${right}`);
    const isPrefix = left.length <= MAX_PREFIX_LETTERS || (left.length <= 6 && left === left.toLocaleUpperCase('tr-TR'));
    const keepHyphen = !vocabulary.has(joined) && (vocabulary.has(compound) || isPrefix);
    if (keepHyphen) {
      stats?.kept.push(`${left}-${right}`);
      return `${left}-${right}${paren}`;
    }
    if (stats) stats.joined++;
    return left + right + paren;
  });
}

/** Folds runs of spaces (not tabs: a leading tab marks a table cell), trims line ends, NFC. */
export function foldWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .split('\n')
    .map((line) => {
      const lead = /^\t*/.exec(line)![0];
      const rest = line.slice(lead.length).replace(/[ \t]+/g, ' ').trim();
      return lead + rest;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

export function cleanText(text: string, stats?: HyphenRepairStats): string {
  return foldWhitespace(repairLineEndHyphens(text.normalize('NFC').replace(/\r\n?/g, '\n'), stats));
}
