import { foldTurkish, stripTurkishDiacritics } from '../text/fold-turkish.js';
import { TURKISH_MONTHS, toIsoDate } from '../text/turkish-dates.js';
import { numberWordsToDigits } from '../text/turkish-numbers.js';
import { normaliseText } from '../text/turkish-analyser.js';

/** Whitespace runs → one space, NFC, typographic apostrophes unified, invisible characters dropped. */
export const foldSpaces = normaliseText;

const MONTHS = new Map<string, number>(
  TURKISH_MONTHS.map((name, i) => [stripTurkishDiacritics(foldTurkish(name)), i + 1]),
);
[
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
].forEach((name, i) => MONTHS.set(name, i + 1));

function isoOrNull(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return toIsoDate({ year, month, day });
}

/** "5 ocak 2024", "05.01.2024", "5/1/2024", "January 5, 2024" → "2024-01-05" (text already folded, ASCII). */
function datesToIso(text: string): string {
  return text
    .replace(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g, (m, d: string, mo: string, y: string) => isoOrNull(+y, +mo, +d) ?? m)
    .replace(/\b(\d{1,2}) ([a-z]+)(?:'[a-z]*)? (\d{4})\b/g, (m, d: string, name: string, y: string) => {
      const month = MONTHS.get(name);
      return month ? (isoOrNull(+y, month, +d) ?? m) : m;
    })
    .replace(/\b([a-z]+) (\d{1,2}),? (\d{4})\b/g, (m, name: string, d: string, y: string) => {
      const month = MONTHS.get(name);
      return month ? (isoOrNull(+y, month, +d) ?? m) : m;
    });
}

/**
 * Numbers to one canonical form: "2.884" / "2,884" / "2884" → "2884"; "1,5" / "1.5" → "1.5";
 * "27.737.800,00" → "27737800". Codes like "1.1.1" and dates already in ISO form are left alone.
 */
function canonicalNumbers(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)*/g, (m) => {
    let value: string | null = null;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(m)) value = m.replace(/\./g, '').replace(',', '.');
    else if (/^\d+,\d+$/.test(m)) value = m.replace(',', '.');
    else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(m)) value = m.replace(/,/g, '');
    else if (/^\d+(\.\d+)?$/.test(m)) value = m;
    if (value === null) return m;
    return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  });
}

/**
 * The forms an answer and an expected string are compared in, from strict to loose: Turkish-folded;
 * then without diacritics (English keyboards); then with number words, number separators and dates
 * canonicalised. A match in any one form counts.
 */
export function matchForms(text: string): string[] {
  const folded = foldSpaces(foldTurkish(foldSpaces(text)));
  const ascii = stripTurkishDiacritics(folded);
  const canonical = canonicalNumbers(numberWordsToDigits(datesToIso(ascii)));
  return [folded, ascii, canonical];
}

/**
 * `needle` occurs in `haystack`, and a number at either end of the needle is not part of a longer number
 * there ("16" does not match "160" or "2.016", "5" does not match "1.5").
 */
export function containsWithNumberBoundaries(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  const startsWithDigit = /^\d/.test(needle);
  const endsWithDigit = /\d$/.test(needle);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + needle.length, at + needle.length + 2);
    if (startsWithDigit && (/\d$/.test(before) || /\d[.,]$/.test(before))) continue;
    if (endsWithDigit && (/^\d/.test(after) || /^[.,]\d/.test(after))) continue;
    return true;
  }
  return false;
}

/** Some expected string appears in the answer in one of the compared forms. */
export function answerContainsAny(answer: string, expected: readonly string[]): boolean {
  const answerForms = matchForms(answer);
  return expected.some((want) => {
    const wantForms = matchForms(want);
    return wantForms.some((form, k) => containsWithNumberBoundaries(answerForms[k]!, form));
  });
}
