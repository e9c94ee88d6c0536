import { asciiWords } from '../../text/index.js';

const normalizeForMatch = (text: string) => asciiWords(text).join(' ');

const ONES: Record<string, number> = { bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9 };
const TENS: Record<string, number> = { on: 10, yirmi: 20, otuz: 30, kirk: 40, elli: 50 };
const ENGLISH: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};

/** "12", "5,5", "on iki", "twelve" → number (in normalized text: lower-case ASCII, words space-separated). */
const NUMBER_WORD = String.raw`\d+(?:[.,]\d+)?|(?:(?:on|yirmi|otuz|kirk|elli)\s+)?(?:bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz)|on|yirmi|otuz|kirk|elli|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty`;
const NUMBER = String.raw`(-\s*)?(${NUMBER_WORD})`;

export function wordOrDigitsToNumber(token: string): number | null {
  const t = token.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (ENGLISH[t] !== undefined) return ENGLISH[t]!;
  const parts = t.split(/\s+/);
  let total = 0;
  for (const p of parts) {
    if (TENS[p] !== undefined) total += TENS[p]!;
    else if (ONES[p] !== undefined) total += ONES[p]!;
    else return null;
  }
  return total;
}

export type DurationFinding = { years: number; text: string } | null;

// The normalized text keeps digits and letters only: "5,5 yıl" becomes "5 5 yil", so decimals are read
// from the raw text first.
const RAW_DECIMAL_YEARS = /(-\s*)?(\d+[.,]\d+)\s*(?:yıl|yil|sene|years?|yrs?)\b/iu;
const YEARS = new RegExp(String.raw`(?:^|\s)${NUMBER}\s+(?:tam\s+|full\s+)?(?:yil|sene|year|years|yr|yrs)(?:\s+(?:ve\s+)?(?:(${NUMBER_WORD})\s+(?:ay|month|months)))?(?:\s+(?:ve\s+)?(\d+)\s+(?:gun|day|days))?`, 'u');
const YEAR_SUFFIXED = /(?:^|\s)(-\s*)?(\d+)\s*(?:yillik|yildir|yilik|senelik|yilim|yillik|years?)\b/u;
const MONTHS_ONLY = new RegExp(String.raw`(?:^|\s)${NUMBER}\s+(?:ay|aylik|aydir|month|months)\b`, 'u');

/**
 * Length of service in a question, as decimal years: "12 yıl" → 12, "5 yıl 6 ay" → 5.5, "18 aylık" → 1.5,
 * "2 yıl 3 ay 10 gün" → 2 + 3/12 + 10/365. Calendar years ("YYYY yılı") are not durations. Negative values
 * are returned as they are written so that validation can name them.
 */
export function findServiceDuration(text: string): DurationFinding {
  const raw = RAW_DECIMAL_YEARS.exec(text);
  if (raw) {
    const value = Number(raw[2]!.replace(',', '.'));
    return { years: raw[1] ? -value : value, text: raw[0] };
  }
  const normalized = normalizeForMatch(text.replace(/(\d)\s*-\s*(?=\d)/g, '$1 ').replace(/(^|\s)-\s*(?=\d)/g, '$1minus'))
    .replace(/minus\s*/g, '- ');
  const years = YEARS.exec(normalized);
  if (years) {
    const sign = years[1] ? -1 : 1;
    const y = wordOrDigitsToNumber(years[2]!);
    if (y !== null && y < 1900) {
      const months = years[3] ? wordOrDigitsToNumber(years[3]) ?? 0 : 0;
      const days = years[4] ? Number(years[4]) : 0;
      return { years: sign * (y + months / 12 + days / 365), text: years[0].trim() };
    }
  }
  const suffixed = YEAR_SUFFIXED.exec(normalized);
  if (suffixed && Number(suffixed[2]) < 1900) {
    return { years: (suffixed[1] ? -1 : 1) * Number(suffixed[2]), text: suffixed[0].trim() };
  }
  const months = MONTHS_ONLY.exec(normalized);
  if (months) {
    const m = wordOrDigitsToNumber(months[2]!);
    if (m !== null) return { years: ((months[1] ? -1 : 1) * m) / 12, text: months[0].trim() };
  }
  return null;
}
