import { asciiFold, findGenres, isGenreHead, lastGenre, type Genre } from './document-genre.js';
import { parsePageMarker } from './page-markers.js';
import { isSectionLine, parseArticleHeader } from './structure.js';
import { toTitleCase } from './title-case.js';
import { forEachLetterRun } from './letter-runs.js';

/**
 * The title of a document from its own heading lines. Real files open with much that is not the title:
 * logos and stamps read by OCR ("RİVER"), letterheads ("T.C.", "FIRAT ÜNİVERSİTESİ REKTÖRLÜĞÜ"), decision
 * lines ("Senato Karar No: 2019/12"), page and converter headers ("Sayfa 1 / 6", "Dönüştürülen Metin:
 * 1644309301"), gazette mastheads ("8 Temmuz 2024 PAZARTESİ Resmî Gazete Sayı : 32596"). So the lines
 * before the first article are filtered, title blocks are assembled from lines that read as one name
 * broken over several lines, and the blocks are scored: naming a genre (Yönetmelik, Yönerge, Kanun,
 * Genelge, Usul ve Esaslar …) at the end scores most, earlier lines beat later ones, sentences and
 * word salad lose. Without a genre, the single "Konu:" of a letter or the first title-like line is taken.
 */

export interface InferredTitle {
  title: string;
  genre: Genre | null;
  /** Where the title came from, for the audit. */
  source: 'heading' | 'konu' | 'first-line' | 'file-name';
}

const HEAD_LINES = 120;
const HEAD_CHARS = 8000;
const MAX_TITLE_LINES = 5;
const MAX_TITLE_WORDS = 30;

// Compared without diacritics (OCR writes "İÇİNDEKİLER" as "IÇINDEKILER").
const GENERIC_HEADINGS = new Set(
  [
    'giriş', 'önsöz', 'sunuş', 'içindekiler', 'takdim', 'kısaltmalar', 'başlangıç', 'amaç', 'kapsam', 'dayanak',
    'tanımlar', 'genel hükümler', 'son hükümler', 'yürürlük', 'yürütme', 'amaç ve kapsam', 'ekler', 'özet',
    'yönetmelik', 'yönerge', 'genelge', 'kanun', 'tebliğ', 'karar', 'duyuru', 'duyurular',
  ].map(asciiFold),
);
// Offices that sign a letter ("… REKTÖRLÜĞÜ") head the page, not the title; a unit's name ("… DAİRE
// BAŞKANLIĞI") can be part of the title of its own working rules.
const LETTERHEAD_END = /(?:rektorlugu|dekanligi|genel sekreterligi|valiligi|kaymakamligi|bakanligi)$/u;
// A line naming an institution ("İnönü Üniversitesi", "İl Sağlık Müdürlüğü") set above the rest of the
// title, often in another case or across a blank line; a report or plan is named after its issuer, office
// or not ("Sağlık Bakanlığı 2025-2029 Stratejik Planı").
const INSTITUTION_END =
  /(?:universitesi|fakultesi|yuksekokulu|enstitusu|konservatuvari|belediyesi|kurumu|kurulu|mudurlugu|baskanligi|bakanligi|valiligi|kaymakamligi|rektorlugu|odasi|birligi|ajansi|merkezi|lisesi|okulu|hastanesi|genel mudurlugu)$/u;
// "… Belediyesi 2023 Yılı" / "Faaliyet Raporu": a line ending in a year or period names the rest below.
const PERIOD_END = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(?:yili|donemi)$/u;
const ISSUER_NAMED_GENRES = new Set(['report', 'strategic-plan']);
// Rules of a university, a school or a municipality carry its name ("İnönü Üniversitesi … Yönergesi"); an
// office's circular does not ("Temel Eğitim Genel Müdürlüğü" over "OKUL GÜVENLİĞİ GENELGESİ").
const NAMED_IN_RULES = /(?:universitesi|fakultesi|yuksekokulu|enstitusu|konservatuvari|belediyesi|lisesi)$/u;
const NEEDS_PREVIOUS = new Set(['hakkinda', 'iliskin', 'dair', 'ait', 'yonelik', 've', 'ile', 'veya', 'icin', 'ilgili']);
const NEEDS_NEXT = new Set(['ve', 'ile', 'veya', 'ya', 'iliskin', 'dair', 'hakkinda', 'ait', 'yonelik', 'ilgili', 'icin']);
const SENTENCE_VERB =
  /(?:dır|dir|dur|dür|tır|tir|tur|tür|mıştır|miştir|muştur|müştür|ecektir|acaktır|ılır|ilir|ulur|ülür|nır|nir|nur|nür|maktadır|mektedir|edilir|yapılır|eder|olur|girer|yürütür)$/u;

const fold = (s: string) => s.toLocaleLowerCase('tr-TR');

/** Strips footnote marks, stars and notes in parentheses about dates or amendments from a title. */
export function cleanTitleText(text: string): string {
  return text
    // Markdown heading marks and emphasis ("# ÖRNEK YÖNERGE", "**Yönerge**").
    .replace(/^#{1,6}\s+/u, '')
    // "T.C. İzmir Valiliği …": the state's name heads every letterhead, never a document's name.
    .replace(/^T\.\s?C\.\s+/u, '')
    .replace(/\(\[\d+\]\)|\[\d+\]|\*+|_{2,}/gu, ' ')
    .replace(/\(\s*\d{1,2}\s*\)\s*$/u, ' ')
    // "(2025-2029)" is the plan's period, part of its name; "(Değişik: 2/5/2001)" is a note.
    .replace(/\(\s*((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\s*\)/gu, '$1')
    .replace(/\s*\([^()]*(?:\d{4}|[Dd]eğişik|[Gg]üncel|itibar|[Mm]ülga|Ek\s*:|[Rr]esm[iî]\s+[Gg]azete)[^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/(?<!\d)((?:19|20)\d{2}) ?([-–]) ?((?:19|20)\d{2})(?!\d)/gu, '$1$2$3')
    .replace(/^[\s\-–—:;,.]+|[\s\-–—:;,]+$/gu, '')
    .trim();
}

function words(line: string): string[] {
  return line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
}

function isCaps(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * A line that is never part of a title. "skip": furniture around the title block (page and converter
 * headers, mastheads, decision lines, dates, "T.C.", OCR of logos and stamps) — a title may run on across
 * it. "break": a heading of the body (BİRİNCİ BÖLÜM, GİRİŞ, an article) — the title block has ended.
 */
export function titleNoise(line: string): 'skip' | 'break' | null {
  const t = line.trim();
  if (isPeriodLine(t)) return null;
  if (t === '' || parsePageMarker(t)) return 'skip';
  if (/^T\.?\s?C\.?$/u.test(t) || /^https?:|^www\.|@/u.test(t)) return 'skip';
  if (/Resm[iî]\s+Gazete/iu.test(t) && (/Sayı/iu.test(t) || /\d{4}/u.test(t))) return 'skip';
  if (/\bKarar\s*(?:No|Sayısı|Tarihi|Numarası|Tarih)(?!\p{L})|^Senato\b|\bSenato\s+Karar|\bToplantı\s+(?:No|Sayısı|Tarihi)(?!\p{L})/iu.test(t)) return 'skip';
  // "Dönüştürülen Metin: 1644309301", "Kanun Numarası : 1136", "Kabul Tarihi : 7/3/2014", "Sayı: 2019/12".
  if (/^[\p{L}\s.'’]{2,40}:\s*[\p{L}\d\s./-]*\d[\p{L}\d\s./()-]*$/u.test(t) && !/^Konu\s*:/iu.test(t)) return 'skip';
  if (/^(?:Sayı|Tarih|İlgi|Ek|Dağıtım|Sayfa)\s*:/iu.test(t)) return 'skip';
  if (/^[\d\s./:-]+$/u.test(t)) return 'skip';
  if (GENERIC_HEADINGS.has(asciiFold(t).replace(/[:.]$/u, ''))) return 'break';
  if (isSectionLine(t) || parseArticleHeader(t)) return 'break';
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const visible = t.replace(/\s/gu, '').length;
  // OCR of logos and stamps: few letters among symbols, or no word of two letters or more.
  if (letters < visible * 0.6 || words(t).every((w) => w.replace(/[^\p{L}]/gu, '').length < 2)) return 'skip';
  return null;
}

/**
 * "2023", "2025-2029", "2023 YILI": the year or period of a report or plan, set on its own line between the
 * institution and "FAALİYET RAPORU" — part of the title, not a page number.
 */
export function isPeriodLine(line: string): boolean {
  return /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?:\s+(?:yili|yillari|donemi))?$/u.test(asciiFold(line.trim()));
}

export function isTitleNoise(line: string): boolean {
  return titleNoise(line) !== null;
}

/** Word stems (first five letters) with how often the text uses them: real words of a title recur in the body. */
function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // A logo read again on every page ("RİVER" over each page) repeats one line, never a word of the prose.
  const distinct = [...new Set(text.split('\n').map((l) => l.trim()))].join('\n');
  const folded = asciiFold(distinct);
  // = each match of /\p{L}{2,}/gu, its first five code units.
  forEachLetterRun(folded, (start, end, letters) => {
    if (letters < 2) return;
    const stem = folded.slice(start, Math.min(end, start + 5));
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  });
  return counts;
}

interface HeadLine {
  text: string;
  /** Blank lines right before it. */
  gap: number;
  /** Ordinal among the non-noise lines (0 = first). */
  rank: number;
  noise: boolean;
}

/**
 * The lines before the first article. Furniture lines are left out and counted as a gap (a title in
 * capitals may run on across a decision line), body headings stay in as breaks.
 */
function headLines(text: string): HeadLine[] {
  const lines: HeadLine[] = [];
  let gap = 0;
  let rank = 0;
  let chars = 0;
  for (const raw of text.split('\n')) {
    if (lines.length >= HEAD_LINES || chars > HEAD_CHARS) break;
    chars += raw.length + 1;
    const t = raw.trim();
    if (!raw.startsWith('\t') && t !== '' && parseArticleHeader(t)) break;
    let noise = titleNoise(t);
    // A bare genre word ("YÖNERGE") is a section label over a gazette page, but after "… YÜRÜTÜLMESİNE İLİŞKİN"
    // it is the last word of the title broken over lines.
    const above = lines.at(-1);
    if (noise === 'break' && gap === 0 && above && !above.noise && lastGenre(t) && needsNext(above.text)) noise = null;
    if (noise === 'skip') {
      gap++;
      continue;
    }
    lines.push({ text: t, gap, rank: noise ? -1 : rank++, noise: noise === 'break' });
    gap = 0;
  }
  return lines;
}

function firstWord(line: string): string {
  return asciiFold(words(line)[0] ?? '').replace(/[^\p{L}]/gu, '');
}

function lastWord(line: string): string {
  return asciiFold(words(line).at(-1) ?? '').replace(/[^\p{L}]/gu, '');
}

/** The line cannot start a title: it continues the one before ("YÖNERGESİ", "Hakkında Yönetmelik", "merkezi …"). */
function needsPrevious(line: string): boolean {
  const first = words(line)[0] ?? '';
  if (/^\p{Ll}/u.test(first)) return true;
  const w = firstWord(line);
  if (NEEDS_PREVIOUS.has(w) || isGenreHead(w)) return true;
  // A compound head in capitals ("MERKEZİ YÖNETMELİĞİ"): a possessive-marked first word needs its modifier.
  return isCaps(line) && words(line).length <= 3 && /(?:si|su|i|u)$/u.test(w) && w.length >= 5;
}

function needsNext(line: string): boolean {
  const t = line.trim();
  // "… Bildirimlerinin e-Beyan" / "Yoluyla Verilmesi": a hyphenated compound is never the last word of a title.
  return NEEDS_NEXT.has(lastWord(t)) || /[,\-–]$/u.test(t) || /\p{L}-\p{L}+$/u.test(t) || isPeriodLine(t) || PERIOD_END.test(asciiFold(t));
}

/** Opens with a joining word or in lower case: certainly the rest of the line before. */
function continuesForSure(line: string): boolean {
  return /^\p{Ll}/u.test(words(line)[0] ?? '') || NEEDS_PREVIOUS.has(firstWord(line));
}

function isInstitution(line: string): boolean {
  return INSTITUTION_END.test(asciiFold(cleanTitleText(line)).replace(/^t\.?\s?c\.?\s+/u, '')) && lastGenre(line) === null && !/[:;.]$/u.test(line.trim());
}

function isLetterhead(line: string): boolean {
  return LETTERHEAD_END.test(asciiFold(cleanTitleText(line))) && lastGenre(line) === null;
}

function joinLines(lines: string[]): string {
  return lines.reduce((joined, line) => (joined === '' ? line : /\p{L}-$/u.test(joined) ? `${joined}${line}` : `${joined} ${line}`), '');
}

function knownShare(text: string, stems: ReadonlyMap<string, number>): number {
  const ws = words(text).map((w) => asciiFold(w).replace(/[^\p{L}]/gu, '')).filter((w) => w.length >= 2);
  if (ws.length === 0) return 0;
  return ws.filter((w) => (stems.get(w.slice(0, 5)) ?? 0) >= 2).length / ws.length;
}

interface Candidate {
  text: string;
  score: number;
  genre: Genre | null;
  lines: number[];
}

/** First two words, folded: a line repeating the block's opening words is a letterhead above a full title. */
function opening(line: string): string {
  return words(line).slice(0, 2).map(fold).join(' ');
}

/**
 * The title block around line g: lines above that read as the start of the same name (a title in capitals
 * broken over lines, OCR's blank lines between them allowed), lines below that finish it.
 */
function assemble(lines: HeadLine[], g: number, stems: ReadonlyMap<string, number>, checkWords: boolean): number[] {
  const block = [g];
  const genreKind = lastGenre(lines[g]!.text)?.kind ?? '';
  const issuerNamed = ISSUER_NAMED_GENRES.has(genreKind);
  let institutionJoined = false;
  while (block.length < MAX_TITLE_LINES) {
    const top = lines[block[0]!]!;
    const p = block[0]! - 1;
    const prev = lines[p];
    if (!prev || prev.noise || institutionJoined) break;
    const t = prev.text;
    // The institution above the name, across a stamp or a blank line or two: "İnönü Üniversitesi" /
    // "Senato Karar No: …" / "Öğrenci Disiplin Yönergesi".
    const institution =
      isInstitution(t) && (issuerNamed || (genreKind !== 'circular' && NAMED_IN_RULES.test(asciiFold(cleanTitleText(t))))) && top.gap <= 3 && !isInstitution(top.text);
    if (top.gap > 1 && !institution) break;
    if (/[:;.]$/u.test(t) || (isLetterhead(t) && !(issuerNamed && institution)) || opening(t) === opening(top.text)) break;
    const continues = needsPrevious(top.text) || needsNext(t);
    const sameCapsBlock = isCaps(t) && isCaps(top.text) && !lastGenre(t);
    const sameLine = top.gap === 0 && isCaps(t) === isCaps(top.text) && !lastGenre(t);
    if (!continues && !sameCapsBlock && !sameLine && !institution) break;
    // Stamp and logo OCR ("RİVER") are words the document never uses again; a short line is judged even
    // in a short text. A line the next one certainly continues, an institution and a year are not judged.
    const judged = !continuesForSure(top.text) && !(needsNext(t) && !NEEDS_NEXT.has(lastWord(t))) && !institution && !isPeriodLine(t) && !isPeriodLine(top.text);
    if (judged && (checkWords || words(t).length <= 2) && knownShare(t, stems) < 0.5) break;
    block.unshift(p);
    institutionJoined = institution && !isCaps(t) !== !isCaps(top.text);
  }
  while (block.length < MAX_TITLE_LINES) {
    const bottom = lines[block.at(-1)!]!;
    const next = lines[block.at(-1)! + 1];
    if (!next || next.noise || next.gap > 1 || !needsNext(bottom.text) || /[:;.]$/u.test(bottom.text)) break;
    block.push(block.at(-1)! + 1);
  }
  return block;
}

function scoreTitle(text: string, firstRank: number, stems: ReadonlyMap<string, number>, checkWords: boolean): { score: number; genre: Genre | null } {
  const genre = lastGenre(text);
  const ws = words(text);
  if (ws.length > MAX_TITLE_WORDS) return { score: -Infinity, genre };
  let score = 0;
  if (genre) {
    score += 10 + genre.strength;
    // Only years, numbers or a note may follow the genre at the end of a title.
    const tail = fold(text).slice(genre.end).replace(/[\d\s/().,–-]+/gu, '');
    // "… Hakkında Yönetmelik kapsamında oluşturulması": words after the genre make a sentence that cites it.
    score += tail === '' ? 4 : -8;
    // A genre word with no name before it ("YÖNETMELİK" over a gazette page) is a label, not a title.
    // A period before it names it well enough ("2024-2028 Stratejik Planı").
    const named = fold(text).slice(0, genre.start).replace(/[^\p{L}\d]/gu, '');
    if (named.length < 3 && tail.length < 3) return { score: -Infinity, genre };
  }
  score -= 0.3 * firstRank;
  if (isCaps(text)) score += 1;
  const last = fold(ws.at(-1) ?? '').replace(/[^\p{L}]/gu, '');
  if (/\.$/u.test(text.trim()) || /^(?:bu|işbu|söz)$/u.test(fold(ws[0] ?? '')) || (!genre && SENTENCE_VERB.test(last))) score -= 8;
  if (checkWords && knownShare(text, stems) < 0.4) score -= 6;
  // "4904 sayılı … Kanunu ve 3308 sayılı … Kanunu": a list of acts the text cites, not its own name.
  if ((asciiFold(text).match(/sayili/gu)?.length ?? 0) >= 2) score -= 8;
  return { score, genre };
}

function konuTitle(text: string): string | null {
  const all = [...text.matchAll(/^Konu\s*:\s*(.+)$/gmu)];
  if (all.length !== 1) return null;
  const match = all[0]!;
  const rest = text.slice(match.index + match[0].length + 1).split('\n');
  const parts = [match[1]!.trim()];
  // A subject wrapped onto the next lines, until the addressee in capitals or a blank line.
  for (const line of rest.slice(0, 3)) {
    const t = line.trim();
    if (!t || isCaps(t) || /^[(\d]/u.test(t) || /:$/u.test(t)) break;
    if (!/^\p{Ll}/u.test(t) && !needsNext(parts.at(-1)!)) break;
    parts.push(t);
  }
  return cleanTitleText(parts.join(' '));
}

const FILE_NAME_WEIGHT = 2;

/** The stems of a file name's words, counted as known ("ogrenci-disiplin_yonergesi" → ogren, disip, yoner). */
function fileNameStems(fileName: string): Map<string, number> {
  const stems = new Map<string, number>();
  for (const m of asciiFold(fileName).matchAll(/\p{L}{2,}/gu)) stems.set(m[0].slice(0, 5), 2);
  return stems;
}

function clipTitle(title: string): string {
  return title.length > 200 ? `${title.slice(0, title.lastIndexOf(' ', 197))}…` : title;
}

/** "uzaktan-calisma_esaslari" → "Uzaktan Calisma Esaslari": the last resort. */
function titleFromFileName(fallback: string): string {
  const spaced = fallback.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return spaced ? spaced.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toLocaleUpperCase('tr-TR')) : fallback;
}

/** At least `count` words of two letters or more: counted only that far, not over a whole law. */
function hasWordCount(text: string, count: number): boolean {
  const word = /\p{L}{2,}/gu;
  let found = 0;
  while (found < count && word.exec(text)) found++;
  return found >= count;
}

export function inferTitleDetails(text: string, fallback: string): InferredTitle {
  const lines = headLines(text);
  const stems = stemCounts(text);
  // A short text gives too few repeats to tell real words from noise.
  const checkWords = hasWordCount(text, 300);
  const candidates: Candidate[] = [];
  lines.forEach((line, g) => {
    if (line.noise || findGenres(line.text).length === 0) return;
    const block = assemble(lines, g, stems, checkWords);
    // "Konu : … Yönerge" is a letter's subject naming the document: the name without its label.
    const joined = cleanTitleText(joinLines(block.map((i) => lines[i]!.text)).replace(/^Konu\s*:\s*/iu, ''));
    // A block opening in lower case is the tail of a sentence ("inci maddesi, 4904 sayılı … Kanunu").
    if (!joined || /^\p{Ll}/u.test(joined)) return;
    const { score, genre } = scoreTitle(joined, lines[block[0]!]!.rank, stems, checkWords);
    if (score > -Infinity && genre) candidates.push({ text: joined, score, genre, lines: block });
  });
  // A block that lies inside a longer one is the same title cut short.
  const whole = candidates.filter((c) => !candidates.some((o) => o !== c && o.lines.length > c.lines.length && c.lines.every((l) => o.lines.includes(l))));
  // The file name breaks ties: "kutuphane-yonergesi.pdf" names the block that says "Kütüphane … Yönergesi".
  const named = fileNameStems(fallback);
  for (const c of whole) c.score += FILE_NAME_WEIGHT * knownShare(c.text, named);
  const best = whole.sort((a, b) => b.score - a.score)[0];
  if (best && best.score > 5) return { title: clipTitle(toTitleCase(best.text, text)), genre: best.genre, source: 'heading' };

  const konu = konuTitle(text);
  if (konu) return { title: clipTitle(konu), genre: lastGenre(konu), source: 'konu' };
  // A line naming a genre beats any line that names none (a logo, a stamp, the institution alone), unless
  // it reads as a sentence or a list of cited acts.
  if (best && best.score > 0) return { title: clipTitle(toTitleCase(best.text, text)), genre: best.genre, source: 'heading' };

  for (const [g, line] of lines.entries()) {
    if (line.noise || line.rank > 15) continue;
    const ws = words(line.text);
    if (ws.length > 20 || /[.;:,]$/u.test(line.text) || (checkWords && knownShare(line.text, stems) < 0.5)) continue;
    // A title capitalises its words; a line of running prose ("Günümüzde toplumların ekonomik …") does not.
    const capitalised = ws.filter((w) => /^[\p{Lu}\d]/u.test(w) || NEEDS_NEXT.has(asciiFold(w))).length;
    if (capitalised < ws.length * 0.6 || /^\p{Ll}/u.test(line.text) || (asciiFold(line.text).match(/sayili/gu)?.length ?? 0) >= 2) continue;
    if (ws.length === 1 && ws[0]!.length < 4) continue;
    // "RİVER" over the first page: a short line of words the text never uses again is a logo or a stamp.
    if (ws.length <= 2 && findGenres(line.text).length === 0 && knownShare(line.text, stems) < 0.5) continue;
    const block = [g];
    const next = lines[g + 1];
    // A title broken over two lines: "Sözleşmeli Personel Çalıştırılmasına" / "İlişkin Esaslar".
    if (next && !next.noise && next.gap === 0 && next.text.length < 100 && (needsNext(line.text) || /^\p{Ll}/u.test(next.text))) block.push(g + 1);
    const title = cleanTitleText(joinLines(block.map((i) => lines[i]!.text)));
    if (title.length >= 4) return { title: clipTitle(toTitleCase(title, text)), genre: lastGenre(title), source: 'first-line' };
  }
  return { title: titleFromFileName(fallback), genre: null, source: 'file-name' };
}

export function inferTitle(text: string, fallback: string): string {
  return inferTitleDetails(text, fallback).title;
}
