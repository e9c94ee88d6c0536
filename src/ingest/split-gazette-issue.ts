import { TURKISH_MONTHS } from '../text/turkish-dates.js';
import { lastGenre } from './document-genre.js';
import { inferTitleDetails } from './infer-title.js';
import { parseArticleHeader } from './structure.js';
import type { SubDocument } from './types.js';

/**
 * A print of the Official Gazette: a masthead ("8 Temmuz 2024 PAZARTESİ Resmî Gazete Sayı : 32596") over
 * several regulations, each with its issuer line ("Fırat Üniversitesinden:"), its title and articles that
 * start again at MADDE 1. Each regulation is a section of its own, so its articles are counted and cited
 * under its own title.
 */

export interface GazetteMasthead {
  /** "8 Temmuz 2024" as printed (day, month name, year). */
  printedDate: string;
  /** ISO date. */
  date: string;
  number: string;
}

const MASTHEAD_LINES = 8;
const MONTH_NAMES = TURKISH_MONTHS.map((m) => m.toLocaleLowerCase('tr-TR'));

function isoDate(day: number, month: number, year: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The masthead in the opening lines, with its date and issue number. */
export function findGazetteMasthead(text: string): GazetteMasthead | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, MASTHEAD_LINES);
  for (const [i, line] of lines.entries()) {
    if (!/Resm[iîİ]\s*Gazete/iu.test(line)) continue;
    // The date and number may sit on the lines above and below a bare "Resmî Gazete" line.
    const around = [lines[i - 1] ?? '', line, lines[i + 1] ?? ''].join(' ');
    const number = /Sayı\s*:?\s*(\d{4,6})\b/iu.exec(around)?.[1];
    if (!number) continue;
    const worded = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(around);
    const month = worded ? MONTH_NAMES.indexOf(worded[2]!.toLocaleLowerCase('tr-TR')) + 1 : 0;
    if (worded && month > 0) {
      const printedDate = `${Number(worded[1])} ${TURKISH_MONTHS[month - 1]} ${worded[3]}`;
      return { printedDate, date: isoDate(Number(worded[1]), month, Number(worded[3])), number };
    }
    const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4})/u.exec(around);
    if (numeric) {
      const [d, m, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
      if (m >= 1 && m <= 12) return { printedDate: `${d} ${TURKISH_MONTHS[m - 1]} ${y}`, date: isoDate(d, m, y), number };
    }
  }
  return null;
}

export function gazetteIssueTitle(masthead: GazetteMasthead): string {
  return `Resmî Gazete, ${masthead.printedDate}, Sayı ${masthead.number}`;
}

interface Line {
  text: string;
  start: number;
}

/**
 * Where the heading block above a "MADDE 1" begins: up over the issuer line, the title, section headings,
 * captions and page furniture, to the line after the previous regulation's last sentence.
 */
function blockStart(lines: Line[], first: number, floor: number): number {
  let start = first;
  for (let i = first - 1; i >= floor; i--) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    if (parseArticleHeader(t) || /^\(\d+\)/u.test(t) || /^\p{Ll}/u.test(t)) break;
    // A sentence of the regulation above ("… Rektör yürütür."), a list item ("a) …"): not a heading.
    if (/[.;]$/u.test(t) && t.split(/\s+/u).length >= 6) break;
    if (/^[a-zçğıöşü]\)\s/u.test(t)) break;
    start = i;
  }
  return start;
}

/** The regulations of a gazette print, or [] when it holds fewer than two. */
export function splitGazetteIssue(text: string): SubDocument[] {
  const masthead = findGazetteMasthead(text);
  if (!masthead) return [];
  const lines: Line[] = [];
  let offset = 0;
  for (const t of text.split('\n')) {
    lines.push({ text: t, start: offset });
    offset += t.length + 1;
  }
  const firsts = lines.flatMap((l, i) => {
    const header = l.text.startsWith('\t') ? null : parseArticleHeader(l.text.trim());
    return header && header.main && header.number === 1 ? [i] : [];
  });
  const starts: { line: number; title: string; kind: SubDocument['kind'] }[] = [];
  let floor = 0;
  for (const first of firsts) {
    const startLine = blockStart(lines, first, floor);
    const heading = lines.slice(startLine, first).map((l) => l.text).join('\n');
    const genre = heading.split('\n').map((l) => lastGenre(l)).filter(Boolean).at(-1) ?? null;
    if (genre) {
      const { title } = inferTitleDetails(`${heading}\n${lines[first]!.text}`, '');
      starts.push({ line: startLine, title, kind: genre.kind });
    }
    floor = first + 1;
  }
  if (starts.length < 2) return [];
  return starts.map((s, n) => {
    const endLine = starts[n + 1]?.line ?? lines.length;
    const end = endLine < lines.length ? lines[endLine]!.start - 1 : text.length;
    return { title: s.title, date: masthead.date, kind: s.kind, start: lines[s.line]!.start, end: Math.max(lines[s.line]!.start, end) };
  });
}
