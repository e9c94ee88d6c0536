import { foldTurkish, parseTurkishNumber } from '../../text/index.js';

export type AmountRole = 'monthly' | 'annual' | 'cap';

export interface AmountFinding {
  /** The number, or the text as written when it is not a number ("bin beş yüz TL"), for validation to name. */
  value: number | string;
  raw: string;
  role: AmountRole;
  index: number;
}

// A number written before TL/₺/lira, or after ₺; "2.500 TL", "2500,50 TL", "₺2.500", "2 500 TL".
// Amounts written in words ("bin beş yüz TL") are caught too, so that validation can say they must be digits.
const NUMBER_WORDS = '(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin|milyon|one|two|three|five|ten|hundred|thousand)';
const WITH_CURRENCY = new RegExp(
  String.raw`(?:₺\s*(\d[\d.,]*))|((?:\d{1,3}(?: \d{3})+|\d[\d.,]*\d|\d)|(?:${NUMBER_WORDS}\s+)*${NUMBER_WORDS})\s*(?:tl|₺|lira|ytl|try)(?![\p{L}])`,
  'giu',
);
// "brüt ücretim 2500", "maaşı 3.000,50", "salary of 2500", "gross pay 2500".
const AFTER_KEYWORD = /(?:ücret\p{L}*|maaş\p{L}*|brüt|salary|pay|wage)\s*(?:of|is|:|=)?\s*(\d[\d.,]*\d|\d)\b(?!\s*(?:tl|₺|lira|yıl|yil|ay|gün|saat|year|month|day|hour))/giu;

/**
 * "2.500,50" the Turkish way; "9,000" with three digits after a single kind of comma is an English
 * thousands separator (nobody writes nine lira as "9,000").
 */
function parseAmountNumber(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  return parseTurkishNumber(text);
}

function roleOf(text: string, index: number, length: number): AmountRole {
  const before = foldTurkish(text.slice(Math.max(0, index - 30), index));
  const after = foldTurkish(text.slice(index + length, index + length + 40));
  if (/tavan|cap\b|limit/u.test(before) && !/ücret|maaş|brüt/u.test(before.slice(-12))) return 'cap';
  const nearBefore = before.slice(-20);
  if (/aylık|ayda|monthly|per month|a month/u.test(nearBefore.slice(-14))) return 'monthly';
  if (/yıllık|yılda|senelik|annual|per year|a year|yearly|menfaat|yardım|benefit/u.test(nearBefore) || /^\s*(?:\p{L}+\s+)?(?:menfaat|yardım|ikramiye|ayni|benefit|in-kind|per year|a year)/u.test(after)) {
    return 'annual';
  }
  return 'monthly';
}

/** Money amounts in a question, each with the role its words give it (monthly pay, yearly benefits, a cap). */
export function findAmounts(text: string): AmountFinding[] {
  const found: AmountFinding[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(WITH_CURRENCY)) {
    const numberText = (m[1] ?? m[2] ?? '').trim();
    const value = /\d/.test(numberText) ? parseAmountNumber(numberText.replace(/ (?=\d{3}\b)/g, '.')) : null;
    found.push({ value: value ?? `${numberText} TL`, raw: m[0], role: roleOf(text, m.index!, m[0].length), index: m.index! });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(AFTER_KEYWORD)) {
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const value = parseAmountNumber(m[1]!);
    if (value === null) continue;
    found.push({ value, raw: m[1]!, role: roleOf(text, start, m[1]!.length), index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}
