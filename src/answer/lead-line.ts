import type { ParsedQuestion } from '../question/index.js';
import type { Citation } from './types.js';
import { foldTurkish, isStopword, keysOf, looseKey, matchKey, suffixRoots } from '../text/index.js';

const NUMBER_WORDS = 'bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin';
// Digits ("4 bin 608", "20-24" as reports print counts and age groups), or number words apart or joined
// ("on altı", "onbeş", "yirmibeş"), or "bir buçuk".
const DIGITS = String.raw`\d[\d.,]*(?:\s+(?:bin|milyon|milyar)(?:\s+\d[\d.,]*)?)?(?:\s*[-–]\s*\d[\d.,]*)?`;
const NUMBER = `(?:%\\s*\\d[\\d.,]*|${DIGITS}|(?:${NUMBER_WORDS})+(?:\\s+(?:${NUMBER_WORDS})+)*(?:\\s+buçuk)?)`;
// Not inside a word, a date ("22/4/1962 gün ve 2797 sayılı") or a longer number.
const NOT_AFTER = String.raw`(?<![\p{L}\d/.,])`;
const UNIT_WORDS: Record<NonNullable<ParsedQuestion['form']['unit']>, string> = {
  // The unit without its case ending: "bir yıldır" → "bir yıl", "altı ayı" → "altı ay".
  duration: '(?:iş\\s+)?(?:gün|hafta|ay|yıl|saat|dakika)',
  percent: 'oranında',
  age: 'yaş',
  money: '(?:türk\\s+)?(?:lirası|lira|tl|ytl)',
};
// "ücret tavanı ne kadar?", "ne kadar ödeme yapıldı?": a money question the wording does not type as one.
const MONEY_HINT = /(?<!\p{L})(?:ücret|maaş|tavan|tutar|ceza|bedel|ödeme|ödenek|para|harç|aidat|salary|pay|fee|fine|amount|cap|cost)/u;
// "süre ne kadar?" is a duration, whatever else the question names.
const TIME_HINT = /(?<!\p{L})(?:süre|zaman|vade|how long)/u;
// "kaç farklı kurs", "kaç yeni kreş": the word after "kaç" qualifies the counted noun, it is not the noun.
const COUNT_QUALIFIER = /^(?:yeni|farklı|ayrı|toplam|adet|tane|different|new|total)$/u;

// "yapamaz", "verilemez", "yasaktır", "durdurmaz", "hükümsüzdür": the text says no.
const NO = /\b\p{L}+(?:amaz|emez|amazlar|emezler|yamaz|yemez)\b|\byasak(?:tır)?\b|\bdurdurmaz\b|\bhükümsüzdür\b|\bgeçersizdir\b|\bsayılmaz\b|\bengel(?:dir)?\b/iu;
// "yapabilir", "verilebilir", "hakkına sahiptir", "uygulanır": the text says yes.
const YES = /\b\p{L}+(?:abilir|ebilir|abilirler|ebilirler)\b|\bhakkına sahiptir\b|\buygulanır\b|\bzorunludur\b|\bmecburdur\b/iu;
const LIST_ITEM = /^\s*(?:\(?[a-zçğıöşü]\)|\d+[.)-]\s|[-•·])\s*/u;
const MAX_LEAD_CHARS = 300;

const clip = (text: string) => (text.length <= MAX_LEAD_CHARS ? text : `${text.slice(0, MAX_LEAD_CHARS - 1).trimEnd()}…`);

// "(Değişik: 23/1/2008-5728/326 md.)" before an item's text: the amendment history, not the item.
const AMENDMENT_NOTE = /^\((?:Değişik|Ek|Mülga|İptal)[^)]*\)\s*/iu;
/** An item is shown up to this many characters, at a word boundary: the line names every item; the quote holds them whole. */
const MAX_ITEM_CHARS = 90;
/** A list line may be longer than another line: it is all the items. */
const MAX_LIST_LEAD_CHARS = 700;

function shortItem(item: string): string {
  if (item.length <= MAX_ITEM_CHARS) return item;
  const cut = item.slice(0, MAX_ITEM_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_ITEM_CHARS / 2)).replace(/[,;:]$/u, '')}…`;
}

/** The items of a list in the quote ("a) …", "1. …"), amendment notes dropped, each shortened to a name. */
function listItems(quote: string): string[] {
  return quote
    .split('\n')
    .filter((line) => LIST_ITEM.test(line))
    .map((line) => line.replace(LIST_ITEM, '').trim())
    // A repealed item ("(İptal: … Kararı ile.)", "(Mülga: …)") is no longer one of the list.
    .filter((item) => !/^\((?:mülga|iptal)/iu.test(item))
    .map((item) => item.replace(AMENDMENT_NOTE, '').replace(/[,;.]\s*$/u, '').trim())
    .filter((item) => item.length > 0)
    .map(shortItem);
}

/** Keys of the question's content words and of the words that may stand for them, loosely matched. */
function questionKeys(question: ParsedQuestion): Set<string> {
  const keys = new Set<string>();
  for (const [word, alternatives] of question.alternatives) {
    if (isStopword(word) || /^\d/u.test(word)) continue;
    keys.add(looseKey(matchKey(word)));
    for (const alt of alternatives) for (const k of keysOf(alt)) keys.add(looseKey(k));
  }
  return keys;
}

/**
 * "eşinin doğum yapması halinde iki gün, … annesinin, babasının … ölümü halinde üç gün": a quote stating
 * several quantities of the asked kind gives each the case written before it (back to the quantity before
 * or the last ";"/":"), and the one whose case holds most of the question's words answers it. Ties go to
 * the first, as the text reads.
 */
function bestMatch(quote: string, pattern: RegExp, question: ParsedQuestion): string | null {
  const matches = [...quote.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length <= 1) return matches[0]?.[0] ?? null;
  const keys = questionKeys(question);
  let best = matches[0]!;
  let bestHits = -1;
  let previousEnd = 0;
  for (const m of matches) {
    const before = quote.slice(previousEnd, m.index);
    const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    let hits = 0;
    for (const k of keysOf(before.slice(clauseStart))) if (keys.has(looseKey(k))) hits++;
    if (hits > bestHits) {
      best = m;
      bestHits = hits;
    }
    previousEnd = m.index + m[0].length;
  }
  return best[0];
}

/** The noun "kaç …" counts, as a pattern for its forms ("kaç üyeden" → "üye…"); null when none. */
function countedNounPattern(question: ParsedQuestion): string | null {
  let noun = question.form.countedNoun;
  if (!noun) return null;
  let between = '';
  if (COUNT_QUALIFIER.test(noun)) {
    between = `(?:${noun}\\s+)?`;
    const after = new RegExp(`(?:^|\\s)${noun}\\s+(\\p{L}+)`, 'iu').exec(foldTurkish(question.searchText));
    if (!after) return null;
    noun = after[1]!;
  }
  // "how many members" counts "üye" in the Turkish text.
  if (question.language === 'en') noun = question.alternatives.get(noun)?.[0]?.split(' ')[0] ?? noun;
  const root = suffixRoots(noun).at(-1) ?? noun;
  const stem = [...(root.length < noun.length && [...root].length >= 3 ? root : noun)].slice(0, 4).join('');
  // "409 farklı kurs": the qualifier the question put between may stand between in the text too.
  return `${between}${stem}\\p{L}*`;
}

/** The quantity the question asks for, as the quote writes it ("bir yıl", "otuz gün", "yüzde yirmibeşi"). */
function quantityIn(quote: string, question: ParsedQuestion): string | null {
  const { unit } = question.form;
  // "kaç gün?" asks for days even when the quote also counts years ("Bir yıldan beş yıla … ondört gün").
  const named = unit === 'duration' && question.form.timeUnit;
  const unitWords = named || (unit ? UNIT_WORDS[unit] : countedNounPattern(question));
  if (unit === 'percent') {
    const percent = bestMatch(quote, new RegExp(`%\\s*\\d[\\d.,]*|yüzde\\s+(?:${NUMBER_WORDS})+\\p{L}*|${NUMBER}\\s*oranında`, 'iu'), question);
    if (percent) return percent;
  }
  if (unitWords) {
    const found = bestMatch(quote, new RegExp(`${NOT_AFTER}${NUMBER}\\s+${unitWords}`, 'iu'), question);
    if (found) return found;
  }
  // "… ücreti ne kadar?", "tavanı ne kadar?": an amount of money before any other number.
  if (unit === null && MONEY_HINT.test(foldTurkish(question.searchText)) && !TIME_HINT.test(foldTurkish(question.searchText))) {
    const money = bestMatch(quote, new RegExp(`${NOT_AFTER}${NUMBER}\\s*${UNIT_WORDS.money}(?!\\p{L})`, 'iu'), question);
    if (money) return money;
  }
  if (question.form.wantsNumber) {
    // Only a number with a unit: a bare one is as likely an article ("3 üncü madde") or a date.
    const number = bestMatch(quote, new RegExp(`${NOT_AFTER}${NUMBER}\\s+(?:tl|ytl|lira|gün|ay|yıl|hafta|saat|kişi)(?!\\p{L})|%\\s*\\d[\\d.,]*`, 'iu'), question);
    if (number) return number;
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
    if (items.length >= 2) {
      const line = items.join('; ');
      return line.length <= MAX_LIST_LEAD_CHARS ? line : `${line.slice(0, MAX_LIST_LEAD_CHARS - 1).trimEnd()}…`;
    }
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

// "hangi maddesinde", "kaçıncı maddede", "which article": the answer is where the rule is.
const ASKS_ARTICLE = /(?<!\p{L})(?:hangi|kaçıncı)\s+madde|\bwhich\s+(?:article|section|provision)/iu;
const ARTICLE_IN_LOCATOR = /(?:(?:Ek|Geçici)\s+)*Madde\s+\d+(?:\/[A-ZÇĞİÖŞÜa-zçğıöşü])?/u;

/**
 * The answer line of an extractive answer and the citation it comes from (1-based), or null. Quotes of
 * one passage read in document order: the line comes from the first that holds one. Only a neighbour
 * sentence of the first quote's passage may give it — another passage's number answers another question.
 * "Hangi maddede …?" is answered by the first citation's article, which the citation check has verified.
 */
export function chooseLead(question: ParsedQuestion, citations: readonly Citation[]): { lead: string; source: number } | null {
  const first = citations[0];
  if (!first) return null;
  if (ASKS_ARTICLE.test(question.searchText)) {
    const article = ARTICLE_IN_LOCATOR.exec(first.locator)?.[0];
    if (article) return { lead: article, source: 1 };
  }
  for (const [i, c] of citations.entries()) {
    if (c.locator !== first.locator) continue;
    const lead = leadLine(question, c.quote);
    if (lead !== null) return { lead, source: i + 1 };
  }
  return null;
}
