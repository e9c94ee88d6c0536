import { foldTurkish, stripTurkishDiacritics } from './fold-turkish.js';

export const TURKISH_MONTHS = [
  'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran',
  'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık',
] as const;

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

// Month names as typed: Turkish, Turkish without its letters ("subat"), and English.
const MONTH_BY_NAME = new Map<string, number>(
  TURKISH_MONTHS.flatMap((name, i) => {
    const folded = foldTurkish(name);
    return [[folded, i + 1], [stripTurkishDiacritics(folded), i + 1], [ENGLISH_MONTHS[i]!, i + 1]] as [string, number][];
  }),
);

/** A calendar date without time zone; months are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/u;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
const WORD_DATE = /\b(\d{1,2})\s+([\p{L}]+)\s+(\d{4})\b/u;

/**
 * Finds the first date in free text: "1 Mart 2026", "01.03.2026", "15/02/2024", "2026-03-01".
 * Returns null when there is none; `{ invalid: true }` when one is written but impossible (31.02.2026).
 */
export function findTurkishDate(text: string): CalendarDate | { invalid: true; text: string } | null {
  const iso = ISO_DATE.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  const word = WORD_DATE.exec(text);
  let candidate: { date: CalendarDate; text: string } | null = null;
  if (iso) candidate = { date: { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, text: iso[0] };
  else if (numeric) {
    candidate = { date: { year: +numeric[3]!, month: +numeric[2]!, day: +numeric[1]! }, text: numeric[0] };
  } else if (word) {
    const month = MONTH_BY_NAME.get(foldTurkish(word[2]!).replace(/[’'].*$/u, ''));
    if (month) candidate = { date: { year: +word[3]!, month, day: +word[1]! }, text: word[0] };
  }
  if (!candidate) return null;
  return isValidDate(candidate.date) ? candidate.date : { invalid: true, text: candidate.text };
}

export function parseTurkishDate(text: string): CalendarDate | null {
  const found = findTurkishDate(text);
  return found && !('invalid' in found) ? found : null;
}

/** "1 Mart 2026" */
export function formatTurkishDate({ year, month, day }: CalendarDate): string {
  return `${day} ${TURKISH_MONTHS[month - 1]} ${year}`;
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** "Ocak 2011" from an as-of stamp like "2011-01" or "2015". */
export function formatAsOf(asOf: string): string {
  const [year, month] = asOf.split('-');
  return month ? `${TURKISH_MONTHS[Number(month) - 1]} ${year}` : `${year}`;
}
