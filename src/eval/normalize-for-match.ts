import { foldTurkish, stripTurkishDiacritics } from '../text/fold-turkish.js';
import { TURKISH_MONTHS, toIsoDate } from '../text/turkish-dates.js';

/** Whitespace runs → one space, NFC, typographic apostrophes unified, soft hyphens dropped. */
export function foldSpaces(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

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

const UNITS: Record<string, number> = {
  sifir: 0, bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9,
};
const TENS: Record<string, number> = {
  on: 10, yirmi: 20, otuz: 30, kirk: 40, elli: 50, altmis: 60, yetmis: 70, seksen: 80, doksan: 90,
};
const SCALES: Record<string, number> = { bin: 1_000, milyon: 1_000_000, milyar: 1_000_000_000 };

function isNumberWord(token: string): boolean {
  return token in UNITS || token in TENS || token === 'yuz' || token in SCALES || token === 'bucuk';
}

/**
 * Turkish number words (and "4 bin 608") become digits: "on alti hafta" → "16 hafta", "bir bucuk" → "1.5".
 * Applied to both the answer and the expected string, so words with a second meaning ("alti" = below,
 * "yuz" = face) change the same way on both sides and never cause a false match.
 */
function numberWordsToDigits(text: string): string {
  const tokens = text.split(' ');
  const isScale = (t: string | undefined) => t !== undefined && t in SCALES;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const startsRun = (isNumberWord(first) && first !== 'bucuk') || (/^\d+$/.test(first) && isScale(tokens[i + 1]));
    if (!startsRun) {
      out.push(first);
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (/^\d+$/.test(t)) {
        // Digits join a run only before a scale word ("4 bin") or right after one ("bin 608"):
        // two bare numbers never merge.
        if (j !== i && !isScale(tokens[j - 1])) break;
        current += Number(t);
      } else if (t in UNITS) current += UNITS[t]!;
      else if (t in TENS) current += TENS[t]!;
      else if (t === 'yuz') current = (current || 1) * 100;
      else if (isScale(t)) {
        total += (current || 1) * SCALES[t]!;
        current = 0;
      } else if (t === 'bucuk') {
        current += 0.5;
        j += 1;
        break;
      } else break;
    }
    out.push(String(total + current));
    i = j;
  }
  return out.join(' ');
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
