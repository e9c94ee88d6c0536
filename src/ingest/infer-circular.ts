import { asciiFold } from './document-genre.js';
import { toTitleCase } from './title-case.js';

/**
 * Circulars as institutions print them: a letterhead ("T.C." / "İSTANBUL VALİLİĞİ" / "İl Millî Eğitim
 * Müdürlüğü"), then "GENELGE" with its number ("GENELGE" / "2023/7", "Genelge 2023/7", "Sayı: 2023/7"), or
 * the letter form "Sayı: … Konu: …" sent to all units, and a subject. Such a text names no genre in a title
 * line, so it is told by its form and named "Institution Genelge N: subject".
 */

const HEAD_CHARS = 3000;
const GENELGE_LINE = /^\s*GENELGE(?:S[İI])?\s*(?:(?:No|Numarası|Sayısı)\s*[:.]?\s*)?(\d{4}\s*\/\s*\d{1,4})?\s*$/imu;
const ISSUER_END = /(?:valiligi|kaymakamligi|mudurlugu|bakanligi|baskanligi|rektorlugu|belediyesi|universitesi|genel sekreterligi)$/u;

function headOf(text: string): string {
  return text.slice(0, HEAD_CHARS);
}

/** The number of a circular: "GENELGE" over "2023/7", "Genelge 2023/7", "Genelge No: 2023/7", a "Sayı: 2023/7" beside "GENELGE". */
export function circularNumber(text: string): string | null {
  const head = headOf(text);
  const lines = head.split('\n').map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    const m = GENELGE_LINE.exec(line);
    if (!m) continue;
    if (m[1]) return m[1].replace(/\s+/gu, '');
    const next = lines.slice(i + 1).find((l) => l !== '');
    const below = next ? /^(?:(?:No|Sayı)\s*[:.]?\s*)?(\d{4}\s*\/\s*\d{1,4})$/iu.exec(next) : null;
    if (below) return below[1]!.replace(/\s+/gu, '');
  }
  if (!lines.some((l) => GENELGE_LINE.test(l))) return null;
  const sayi = /^Sayı\s*:\s*(\d{4}\s*\/\s*\d{1,4})\s*$/mu.exec(head);
  return sayi ? sayi[1]!.replace(/\s+/gu, '') : null;
}

/** The office the letterhead names first ("İSTANBUL VALİLİĞİ" → "İstanbul Valiliği"), "T.C." left out. */
export function letterheadIssuer(text: string): string | null {
  for (const raw of headOf(text).split('\n').slice(0, 12)) {
    const line = raw.trim().replace(/^T\.\s?C\.\s*/u, '');
    if (!line || /:/u.test(line) || line.split(/\s+/u).length > 8) continue;
    if (ISSUER_END.test(asciiFold(line))) return toTitleCase(line, text);
  }
  return null;
}

/**
 * A circular by its form: a "GENELGE" line in the opening lines, or one official letter (a single "Sayı:"
 * and "Konu:") from an office's letterhead with no articles.
 */
export function looksLikeCircular(text: string, articles: number): boolean {
  if (namesItselfGenelge(text) && articles === 0) return true;
  const head = headOf(text);
  const sayi = head.match(/^Sayı\s*:/gmu)?.length ?? 0;
  const konu = head.match(/^Konu\s*:/gmu)?.length ?? 0;
  return articles === 0 && sayi === 1 && konu === 1 && letterheadIssuer(text) !== null;
}

/** "İstanbul Valiliği Genelge 2023/7: Okul Servis Araçlarının Denetimi". */
export function circularTitle(text: string, subject: string): string {
  const issuer = letterheadIssuer(text);
  const number = circularNumber(text);
  const label = namesItselfGenelge(text) ? (number ? `Genelge ${number}` : issuer ? 'Genelgesi' : 'Genelge') : null;
  const prefix = [issuer, label].filter(Boolean).join(' ');
  return prefix ? `${prefix}: ${subject}` : subject;
}

/** The title is the letter's subject line ("Konu: Resmî Yazışmalarda Uyulacak Esaslar"). */
export function isSubjectLine(text: string, title: string): boolean {
  const konu = /^Konu\s*:\s*(.+)$/mu.exec(headOf(text));
  return konu !== null && asciiFold(konu[1]!).startsWith(asciiFold(title).slice(0, 20));
}

export function namesItselfGenelge(text: string): boolean {
  return headOf(text).split('\n').some((l) => GENELGE_LINE.test(l.trim()));
}
