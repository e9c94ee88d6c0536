import { foldTurkish } from '../text/fold-turkish.js';
import { TURKISH_MONTHS } from '../text/turkish-dates.js';

/**
 * How current a document is, from what the text itself says, strongest evidence first:
 *   1. an explicit as-of note ("Ocak 2011 itibariyle güncellenmiş hali", "Son güncelleme: …");
 *   2. otherwise the latest of the document's own dates — amendment notes anywhere in the text
 *      ("(Değişik: 2/5/2001 - 4667/1 md.)", "(Ek:22/11/2010 tarihli …)", footnotes "[3] 24/10/2024 tarihli ve
 *      7529 sayılı Kanunun … değiştirilmiştir"), acceptance and publication dates ("Kabul Tarihi", "Resmî
 *      Gazete … Tarih", a gazette masthead), senate and board decision dates, the date of an official letter;
 *   3. otherwise the latest date in the first part that does not cite another act ("14/7/1965 tarihli ve
 *      657 sayılı …" is a reference, not this document's date) or set a deadline;
 *   4. otherwise the year in the title ("2021 Yılı Faaliyet Raporu", the first year of "2015-2019"), or of
 *      a period the opening pages name.
 * A loose date decades before the years the text keeps naming is a quotation's, not the document's.
 * Dates after `now` are never taken (effective dates ahead, targets of a plan).
 */

const MONTHS = new Map(TURKISH_MONTHS.map((name, i) => [foldTurkish(name), i + 1]));
const FIRST_PART_CHARS = 5000;
const MIN_YEAR = 1920;

interface Stamp {
  year: number;
  month: number | null;
  day: number | null;
}

const NUMERIC = /\b(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})\b/gu;
const WORDED = /(?:\b(\d{1,2})\s+)?(\p{L}+)\s+(\d{4})\b/gu;

function valid(s: Stamp, now: Date): boolean {
  if (s.year < MIN_YEAR) return false;
  if (s.month !== null && (s.month < 1 || s.month > 12)) return false;
  if (s.day !== null && (s.day < 1 || s.day > 31)) return false;
  const limit = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Date.UTC(s.year, (s.month ?? 1) - 1, s.day ?? 1) <= limit;
}

/** Every date written in `text` with its offset: "2/5/2001", "15.02.2024", "15 Şubat 2024", "Ocak 2011". */
function datesIn(text: string): { stamp: Stamp; index: number; end: number }[] {
  const found: { stamp: Stamp; index: number; end: number }[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    found.push({ stamp: { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORDED)) {
    const month = MONTHS.get(foldTurkish(m[2]!));
    if (month) found.push({ stamp: { year: Number(m[3]), month, day: m[1] ? Number(m[1]) : null }, index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

function format(s: Stamp): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s.month === null) return String(s.year);
  return s.day === null ? `${s.year}-${pad(s.month)}` : `${s.year}-${pad(s.month)}-${pad(s.day)}`;
}

function compare(a: Stamp, b: Stamp): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

function latest(stamps: Stamp[], now: Date): Stamp | null {
  const ok = stamps.filter((s) => valid(s, now));
  return ok.length === 0 ? null : ok.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
}

// "(Değişik: 2/5/2001 - 4667/1 md.)", "(Ek:22/11/2010 tarihli …)", "(Başlığı ile Birlikte Değişik:8/5/2025-…)",
// "(İptal fıkra: Anayasa Mahkemesinin 18/1/2024 Tarihli …)", "(2/7/2018-KHK-703/20 md.)".
const AMENDMENT_NOTE =
  /\((?=[^()]{0,200}\))[^()]*?(?:(?<!\p{L})(?:Değişik|Değiştirilen|Değişiklik|Ek|Eklenen|Mülga|İptal|Yeniden\s+[Dd]üzenleme|Yürürlükten\s+kaldırılan)(?!\p{L})[^():]{0,40}:|\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*[\p{L}\d/-]+\s+md\.)([^()]*)\)/gu;
const FOOTNOTE_LINE = /^\s*(?:\(\[\d+\]\)|\[\d+\])\s*(.+)$/gmu;
const AMENDMENT_VERB = /(?:değiştiril|eklen|kaldırıl|iptal\s+edil|çıkarıl|teselsül|yeniden\s+düzenlen|işlen|ilga\s+edil|yayımlanan)/iu;
/** A date as part of "… tarihli ve 657 sayılı …": the act being cited, which is not this document. */
const ACT_REFERENCE_AFTER = /^\s*(?:tarih(?:li|inde)?|gün(?:lü)?)\s*(?:ve|,)?\s*(?:[\d/]+\s*)?(?:sayılı|sayı\s+ile|no(?:\.|lu)?)/iu;
const DEADLINE_AFTER = /^\s*(?:tarihin(?:e|den)|tarihi(?:ne|nden)|gününe|günü)\s*(?:kadar|itibaren|sonra|önce)/iu;
const OWN_DATE_LABEL =
  /(?:Kabul\s+Tarihi|Karar\s+Tarihi|Onay\s+Tarihi|Yürürlük\s+Tarihi|Yayım(?:lanma)?\s+Tarihi|Resm[iî]\s+Gazete(?:'?(?:nin|de|’de))?[^\n]{0,30}?Tarih(?:i)?|Yayımlandığı\s+Resm[iî]\s+Gazete|Senato(?:su|nun)?[^\n]{0,40}?|Yönetim\s+Kurulu(?:nun)?[^\n]{0,40}?|Kurulu(?:nun)?\s+(?=\d)|Sayı\s*:[^\n]{0,40}?|Tarih\s*:\s*)$/iu;
const AS_OF_AFTER = /^\s*(?:tarihi\s+)?(?:itibar[ıi]y?la|itibariyle|itibarıyle)\s+(?:\p{L}+\s+){0,2}?(?:güncel|işlenmiş|derlenmiş|hali\b|halidir)/iu;
const AS_OF_BEFORE = /(?:Son\s+güncel+eme(?:\s+tarihi)?|Güncelleme\s+tarihi)\s*:?\s*$/iu;
const MASTHEAD = /^\s*(\d{1,2}\s+\p{L}+\s+\d{4})\s+\p{L}+\s+Resm[iî]\s+Gazete\b/gmu;

function explicitAsOf(text: string): Stamp[] {
  const part = text.slice(0, FIRST_PART_CHARS * 2);
  return datesIn(part)
    .filter((d) => AS_OF_AFTER.test(part.slice(d.end, d.end + 60)) || AS_OF_BEFORE.test(part.slice(Math.max(0, d.index - 40), d.index)))
    .map((d) => d.stamp);
}

function amendmentDates(text: string): Stamp[] {
  const stamps: Stamp[] = [];
  for (const note of text.matchAll(AMENDMENT_NOTE)) for (const d of datesIn(note[0])) stamps.push(d.stamp);
  for (const line of text.matchAll(FOOTNOTE_LINE)) {
    const body = line[1]!;
    if (!AMENDMENT_VERB.test(body)) continue;
    for (const d of datesIn(body)) {
      const after = body.slice(d.end, d.end + 30);
      // "1/1/2026 tarihinden itibaren": when a change applies, not when it was made.
      if (!DEADLINE_AFTER.test(after)) stamps.push(d.stamp);
    }
  }
  return stamps;
}

/** Dates the document gives itself: in its opening part and its closing lines (senate approval notes). */
function ownDates(text: string): Stamp[] {
  const stamps: Stamp[] = [];
  const tailStart = Math.max(FIRST_PART_CHARS, text.length - FIRST_PART_CHARS);
  for (const [offset, part] of [[0, text.slice(0, FIRST_PART_CHARS)], [tailStart, text.slice(tailStart)]] as const) {
    for (const d of datesIn(part)) {
      const lineStart = part.lastIndexOf('\n', d.index) + 1;
      if (OWN_DATE_LABEL.test(part.slice(lineStart, d.index).slice(-80))) stamps.push(d.stamp);
    }
    if (offset === 0) for (const m of part.matchAll(MASTHEAD)) for (const d of datesIn(m[1]!)) stamps.push(d.stamp);
  }
  return stamps;
}

/** The latest year the text keeps coming back to (3 times or more, not after today): its own period. */
function recurringYear(text: string, now: Date): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const recurring = [...counts].filter(([y, n]) => n >= 3 && y <= now.getUTCFullYear()).map(([y]) => y);
  return recurring.length > 0 ? Math.max(...recurring) : null;
}

/** Stray old dates ("Ankara, 20 Ekim 1927" under a quotation) lie decades before the years the text is about. */
const STRAY_YEARS = 10;

function unlabelledDates(text: string, now: Date): Stamp[] {
  const head = text.slice(0, FIRST_PART_CHARS);
  const recent = recurringYear(text, now);
  return datesIn(head)
    .filter((d) => {
      const after = head.slice(d.end, d.end + 40);
      return !ACT_REFERENCE_AFTER.test(after) && !DEADLINE_AFTER.test(after) && (recent === null || d.stamp.year >= recent - STRAY_YEARS);
    })
    .map((d) => d.stamp);
}

/** "2015-2019 yıllarını kapsayan": the first year of the period the opening pages name. */
function periodStart(text: string): Stamp | null {
  const period = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?!\d)/u.exec(text.slice(0, FIRST_PART_CHARS * 3));
  return period ? { year: Number(period[1]), month: null, day: null } : null;
}

function titleYear(title: string, now: Date): Stamp | null {
  const period = /\b((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\b/u.exec(title);
  if (period) return { year: Number(period[1]), month: null, day: null };
  const years = [...title.matchAll(/\b((?:19|20)\d{2})\b/gu)].map((m) => Number(m[1])).filter((y) => y <= now.getUTCFullYear());
  return years.length > 0 ? { year: Math.max(...years), month: null, day: null } : null;
}

/** "Kabul Tarihi : 19/3/1969": the day a law was passed. */
function acceptanceDate(text: string, now: Date): Stamp | null {
  const m = /Kabul\s+Tarihi\s*:?\s*(\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})/u.exec(text.slice(0, FIRST_PART_CHARS));
  return m ? latest(datesIn(m[1]!).map((d) => d.stamp), now) : null;
}

/**
 * A law is as current as its latest amendment note; without one it stands as accepted ("Kabul Tarihi"),
 * not as of its printing in the gazette days later.
 */
export function inferAsOf(text: string, now: Date = new Date(), title = '', kind: string | null = null): string | null {
  const explicit = latest(explicitAsOf(text), now);
  if (explicit) return format(explicit);
  if (kind === 'law') {
    const amended = latest(amendmentDates(text), now);
    const accepted = acceptanceDate(text, now);
    if (amended && (!accepted || compare(amended, accepted) >= 0)) return format(amended);
    if (accepted) return format(accepted);
  }
  const own = latest([...amendmentDates(text), ...ownDates(text)], now);
  if (own) return format(own);
  const loose = latest(unlabelledDates(text, now), now);
  if (loose) return format(loose);
  const fromTitle = titleYear(title || text.slice(0, 300), now) ?? periodStart(text);
  return fromTitle && valid(fromTitle, now) ? format(fromTitle) : null;
}
