import type { ParsedQuestion } from '../question/index.js';
import { foldTurkish } from '../text/index.js';

const NUMBER_WORDS = 'bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin';
// Digits, or number words apart or joined ("on altı", "onbeş", "yirmibeş"), or "bir buçuk".
const NUMBER = `(?:%\\s*\\d[\\d.,]*|\\d[\\d.,]*|(?:${NUMBER_WORDS})+(?:\\s+(?:${NUMBER_WORDS})+)*(?:\\s+buçuk)?)`;
const UNIT_WORDS: Record<NonNullable<ParsedQuestion['form']['unit']>, string> = {
  // The unit without its case ending: "bir yıldır" → "bir yıl", "altı ayı" → "altı ay".
  duration: '(?:iş\\s+)?(?:gün|hafta|ay|yıl|saat|dakika)',
  percent: 'oranında',
  age: 'yaş',
  money: '(?:türk\\s+)?(?:lirası|lira|tl|ytl)',
};

// "yapamaz", "verilemez", "yasaktır", "durdurmaz", "hükümsüzdür": the text says no.
const NO = /\b\p{L}+(?:amaz|emez|amazlar|emezler|yamaz|yemez)\b|\byasak(?:tır)?\b|\bdurdurmaz\b|\bhükümsüzdür\b|\bgeçersizdir\b|\bsayılmaz\b|\bengel(?:dir)?\b/iu;
// "yapabilir", "verilebilir", "hakkına sahiptir", "uygulanır": the text says yes.
const YES = /\b\p{L}+(?:abilir|ebilir|abilirler|ebilirler)\b|\bhakkına sahiptir\b|\buygulanır\b|\bzorunludur\b|\bmecburdur\b/iu;
const LIST_ITEM = /^\s*(?:\(?[a-zçğıöşü]\)|\d+[.)-]\s|[-•·])\s*/u;
const MAX_LEAD_CHARS = 300;

const clip = (text: string) => (text.length <= MAX_LEAD_CHARS ? text : `${text.slice(0, MAX_LEAD_CHARS - 1).trimEnd()}…`);

/** The items of a list in the quote ("a) …", "1. …"), each up to its first comma-free clause. */
function listItems(quote: string): string[] {
  return quote
    .split('\n')
    .filter((line) => LIST_ITEM.test(line))
    .map((line) => line.replace(LIST_ITEM, '').replace(/[,;.]\s*$/u, '').trim())
    .filter((item) => item.length > 0 && !/^\((?:mülga|iptal)/iu.test(item));
}

/** The quantity the question asks for, as the quote writes it ("bir yıl", "otuz gün", "yüzde yirmibeşi"). */
function quantityIn(quote: string, question: ParsedQuestion): string | null {
  const { unit } = question.form;
  // "how many members" counts "üye" in the Turkish text.
  const counted = question.form.countedNoun;
  const countedNoun = counted && question.language === 'en' ? (question.alternatives.get(counted)?.[0]?.split(' ')[0] ?? counted) : counted;
  // "kaç gün?" asks for days even when the quote also counts years ("Bir yıldan beş yıla … ondört gün").
  const named = unit === 'duration' && question.form.timeUnit;
  const unitWords = named || (unit ? UNIT_WORDS[unit] : countedNoun ? `${[...countedNoun].slice(0, 4).join('')}\\p{L}*` : null);
  if (unit === 'percent') {
    const percent = new RegExp(`%\\s*\\d[\\d.,]*|yüzde\\s+(?:${NUMBER_WORDS})+\\p{L}*|${NUMBER}\\s*oranında`, 'iu').exec(quote);
    if (percent) return percent[0];
  }
  if (unitWords) {
    const found = new RegExp(`(?<![\\p{L}\\d])${NUMBER}\\s+${unitWords}`, 'iu').exec(quote);
    if (found) return found[0];
  }
  if (question.form.wantsNumber) {
    // Only a number with a unit: a bare one is as likely an article ("3 üncü madde") or a date.
    const number = new RegExp(`(?<![\\p{L}\\d])${NUMBER}\\s+(?:tl|lira|gün|ay|yıl|hafta|saat|kişi)(?!\\p{L})|%\\s*\\d[\\d.,]*`, 'iu').exec(quote);
    if (number) return number[0];
  }
  return null;
}

/**
 * The direct answer line printed before the quotes: the number with its unit, the items of a list, or
 * yes/no where the text says so — taken only from the verified quote, so it can never say more than the
 * source does. Null when the quote holds no such part (the quote is then the answer).
 */
export function leadLine(question: ParsedQuestion, quote: string): string | null {
  const english = question.language === 'en';
  if (question.form.wantsList) {
    const items = listItems(quote);
    if (items.length >= 2) return clip(items.join('; '));
  }
  const quantity = quantityIn(quote, question);
  if (quantity) return quantity.replace(/\s+/gu, ' ').trim();
  if (question.form.yesNo) {
    const folded = foldTurkish(quote);
    const no = NO.exec(folded);
    if (no) return english ? `No (“${quote.slice(no.index, no.index + no[0].length)}”)` : `Hayır (“${quote.slice(no.index, no.index + no[0].length)}”)`;
    const yes = YES.exec(folded);
    if (yes) return english ? `Yes (“${quote.slice(yes.index, yes.index + yes[0].length)}”)` : `Evet (“${quote.slice(yes.index, yes.index + yes[0].length)}”)`;
  }
  return null;
}
