import path from 'node:path';
import { foldTurkish, stripTurkishDiacritics } from '../text/fold-turkish.js';
import { TURKISH_MONTHS } from '../text/turkish-dates.js';
import { isPageNumberLine, parseArticleHeader } from './structure.js';
import type { DocumentKind } from './types.js';

export interface InferredMetadata {
  id: string;
  title: string;
  kind: DocumentKind;
  asOf: string | null;
}

/** "Kars İŞKUR 2021 Raporu.txt" → "kars-iskur-2021-raporu". */
export function slugFromFileName(relPath: string): string {
  const base = path.basename(relPath, path.extname(relPath));
  const slug = stripTurkishDiacritics(foldTurkish(base))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'belge';
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function inferKind(text: string): DocumentKind {
  const articles = text.split('\n').filter((line) => parseArticleHeader(line) !== null).length;
  const letters = Math.min(countMatches(text, /^Sayı\s*:/gmu), countMatches(text, /^Konu\s*:/gmu));
  if (letters >= 2 && articles > 0) return 'gazette-issue';
  if (letters === 1 && articles > 0) return 'directive';
  if (articles >= 2) return 'regulation';
  if (/stratejik\s+plan/iu.test(text)) return 'strategic-plan';
  return 'report';
}

function isMeaningfulTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 200 || isPageNumberLine(t) || t === 'T.C.') return false;
  if (/^(https?:|www\.)/iu.test(t)) return false;
  return (t.match(/\p{L}/gu)?.length ?? 0) >= 4;
}

/** The "Konu :" line of a single official letter, else the first meaningful line (joined with its continuation). */
export function inferTitle(text: string, fallback: string): string {
  const konu = /^Konu\s*:\s*(.+)$/mu.exec(text);
  if (konu && countMatches(text, /^Konu\s*:/gmu) === 1) return konu[1]!.trim();
  const lines = text.split('\n').slice(0, 80).map((line) => line.trim());
  const i = lines.findIndex(isMeaningfulTitleLine);
  if (i < 0) return fallback;
  let title = lines[i]!;
  const next = lines[i + 1] ?? '';
  // A title broken over two lines: "Sözleşmeli Personel Çalıştırılmasına" / "İlişkin Esaslar".
  if (next && next.length < 100 && (/(?:\sve|\sile|,)$/u.test(title) || /^\p{Ll}/u.test(next))) title += ` ${next}`;
  title = title.replace(/\(\[\d+\]\)/gu, '').replace(/\s+/g, ' ').trim();
  return title.length > 160 ? `${title.slice(0, title.lastIndexOf(' ', 157))}…` : title;
}

const MONTHS = new Map(TURKISH_MONTHS.map((name, i) => [foldTurkish(name), i + 1]));
const FIRST_PART_CHARS = 5000;

/**
 * How current the document is: the latest plausible date in its first part ("DD.MM.YYYY", "D/M/YYYY",
 * "15 Şubat 2024", "Ocak 2011" → "YYYY-MM"), else the latest plausible year ("YYYY").
 */
export function inferAsOf(text: string, now: Date = new Date()): string | null {
  const head = text.slice(0, FIRST_PART_CHARS);
  const maxYear = now.getUTCFullYear() + 1;
  const stamps: string[] = [];
  const push = (year: number, month: number): void => {
    if (year >= 1950 && year <= maxYear && month >= 1 && month <= 12) {
      stamps.push(`${year}-${String(month).padStart(2, '0')}`);
    }
  };
  for (const m of head.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/gu)) {
    if (Number(m[1]) >= 1 && Number(m[1]) <= 31) push(Number(m[3]), Number(m[2]));
  }
  for (const m of head.matchAll(/(?:\b\d{1,2}\s+)?(\p{L}+)\s+(\d{4})\b/gu)) {
    const month = MONTHS.get(foldTurkish(m[1]!));
    if (month) push(Number(m[2]), month);
  }
  if (stamps.length > 0) return stamps.sort().at(-1)!;
  const years = [...head.matchAll(/\b(19[5-9]\d|20\d\d)\b/gu)].map((m) => Number(m[1])).filter((y) => y <= maxYear);
  return years.length > 0 ? String(Math.max(...years)) : null;
}

export function inferMetadata(text: string, relPath: string): InferredMetadata {
  const id = slugFromFileName(relPath);
  return { id, title: inferTitle(text, id), kind: inferKind(text), asOf: inferAsOf(text) };
}
