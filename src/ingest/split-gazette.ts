import { foldTurkish } from '../text/fold-turkish.js';
import { splitGazetteIssue } from './split-gazette-issue.js';
import { parseArticleHeader } from './structure.js';
import type { SubDocument } from './types.js';

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ text: text_, start });
    start += text_.length + 1;
  }
  return lines;
}

const SAYI = /^Sayı\s*:\s*(.*)$/u;
const KONU = /^Konu\s*:\s*(.*)$/u;
const LETTER_DATE = /(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/u;
// "D U Y U R U L A R", "İ Ç İ N D E K İ L E R": a title set in letter-spaced capitals.
const SPACED_TITLE = /^(?:\p{Lu} ){3,}\p{Lu}$/u;

/** A Konu title ends at the addressee line in capitals ("BAKANLIK MAKAMINA") or a blank line. */
function isKonuContinuation(line: string): boolean {
  const t = line.trim();
  if (!t || t.startsWith('(')) return false;
  return t !== t.toLocaleUpperCase('tr-TR');
}

interface PartStart {
  start: number;
  title: string;
  date: string | null;
  tableOfContents: boolean;
}

function findLetterHead(lines: Line[], i: number): PartStart | null {
  let sayiDate: string | null = null;
  let sayiSeen = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
    const t = lines[j]!.text.trim();
    const sayi = SAYI.exec(t);
    if (sayi) {
      sayiSeen = true;
      const date = LETTER_DATE.exec(sayi[1]!);
      if (date) sayiDate = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
      continue;
    }
    const konu = KONU.exec(t);
    if (konu && sayiSeen) {
      const words = [konu[1]!.trim()];
      for (let k = j + 1; k < Math.min(lines.length, j + 7) && isKonuContinuation(lines[k]!.text); k++) {
        words.push(lines[k]!.text.trim());
      }
      return { start: lines[i]!.start, title: words.join(' ').replace(/\s+/g, ' '), date: sayiDate, tableOfContents: false };
    }
  }
  return null;
}

function spacedTitle(line: Line): PartStart | null {
  const t = line.text.trim();
  if (!SPACED_TITLE.test(t)) return null;
  const word = foldTurkish(t.replace(/ /g, ''));
  const title = word.charAt(0).toLocaleUpperCase('tr-TR') + word.slice(1);
  return { start: line.start, title, date: null, tableOfContents: word === 'içindekiler' };
}

/**
 * The documents inside one gazette issue: a part starts at each official letter head ("T.C." followed by
 * "Sayı : … DD.MM.YYYY" and "Konu : …"), so a cover letter belongs to the document it introduces, and at
 * letter-spaced section titles (D U Y U R U L A R). The table of contents (İ Ç İ N D E K İ L E R) ends the
 * previous part but is not a document of its own.
 */
export function splitGazetteParts(text: string): SubDocument[] {
  // A print of the Official Gazette is split at its regulations instead.
  const regulations = splitGazetteIssue(text);
  if (regulations.length >= 2) return regulations;
  const lines = linesOf(text);
  const starts: PartStart[] = [];
  lines.forEach((line, i) => {
    const head = line.text.trim() === 'T.C.' ? findLetterHead(lines, i) : spacedTitle(line);
    if (head) starts.push(head);
  });
  const parts: SubDocument[] = [];
  starts.forEach((head, n) => {
    if (head.tableOfContents) return;
    const end = starts[n + 1]?.start ?? text.length;
    const body = text.slice(head.start, end);
    const hasArticles = body.split('\n').some((line) => parseArticleHeader(line) !== null);
    parts.push({
      title: head.title,
      date: head.date,
      kind: hasArticles ? 'directive' : 'other',
      start: head.start,
      end: end - (/\n*$/u.exec(body)?.[0].length ?? 0),
    });
  });
  return parts;
}
