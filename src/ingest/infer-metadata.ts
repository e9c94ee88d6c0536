import path from 'node:path';
import { foldTurkish, stripTurkishDiacritics } from '../text/fold-turkish.js';
import { asciiFold, lastGenre, type Genre } from './document-genre.js';
import { inferAsOf } from './infer-as-of.js';
import { circularNumber, circularTitle, isSubjectLine, looksLikeCircular, namesItselfGenelge } from './infer-circular.js';
import { inferTitleDetails } from './infer-title.js';
import { findGazetteMasthead, gazetteIssueTitle, splitGazetteIssue } from './split-gazette-issue.js';
import { parseArticleHeader } from './structure.js';
import type { DocumentKind } from './types.js';

export { inferAsOf } from './infer-as-of.js';
export { inferTitle } from './infer-title.js';

export interface InferredMetadata {
  id: string;
  title: string;
  kind: DocumentKind;
  asOf: string | null;
  /** The number of a law ("Kanun Numarası : 1136") or circular ("Genelge 2024/5"). */
  number: string | null;
  /** What inference could not decide, in Turkish (for the audit). */
  warnings: string[];
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

const HEAD_CHARS = 4000;

/**
 * The genre the title names decides (Kanun → law, Yönetmelik → regulation, Yönerge → directive, Genelge →
 * circular …). Without one: several official letters holding articles make a gazette issue, one letter with
 * articles a directive, an acceptance date or law number a law, articles a regulation, "stratejik plan" a
 * plan, anything else a report.
 */
function countArticles(text: string): number {
  return text.split('\n').filter((line) => !line.startsWith('\t') && parseArticleHeader(line) !== null).length;
}

export function inferKind(text: string, genre: Genre | null = null, title = ''): DocumentKind {
  const articles = countArticles(text);
  const letters = Math.min(countMatches(text, /^Sayı\s*:/gmu), countMatches(text, /^Konu\s*:/gmu));
  if (letters >= 2 && articles > 0) return 'gazette-issue';
  const head = text.slice(0, HEAD_CHARS);
  if (genre) {
    // "Esaslar" issued by the Council of Ministers or the President are a regulation, not a directive.
    // Only the "Esaslar" word goes either way: a Yönerge is a directive whatever its Dayanak article cites.
    const named = lastGenre(title);
    const esaslar = genre.kind === 'directive' && (!named || /^(?:usul|esas)/u.test(asciiFold(title.slice(named.start))));
    if (esaslar && /Bakanlar\s+Kurulu|Cumhurbaşkanı\s+Kararı|\bBKK\b/u.test(head)) return 'regulation';
    return genre.kind;
  }
  // A plan opens with an anthem, a motto and a foreword before it names itself.
  if (/stratejik\s+plan/iu.test(text.slice(0, HEAD_CHARS * 3))) return 'strategic-plan';
  if (letters === 1 && articles > 0) return 'directive';
  if (/Kanun\s+(?:Numarası|No)\s*[:.]|Kabul\s+Tarihi\s*:/u.test(head) && articles > 0) return 'law';
  if (articles >= 2) return 'regulation';
  return 'report';
}

/** "Kanun Numarası : 1136", "5326 SAYILI KANUN", "Genelge No: 2024/5" → the number. */
export function inferNumber(text: string, title: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const labelled = /(?:Kanun|Karar|Genelge|Yönetmelik|Tebliğ)\s+(?:Numarası|No|Sayısı)\s*[:.]?\s*(\d+(?:\/\d+)?)/u.exec(head);
  if (labelled) return labelled[1]!;
  const inTitle = /^(\d{3,5})\s+sayılı/iu.exec(title);
  if (inTitle) return inTitle[1]!;
  const circular = /^GENELGE\s*\n?\s*(\d{4}\/\d{1,3})\s*$/mu.exec(head);
  return circular ? circular[1]! : null;
}

export function inferMetadata(text: string, relPath: string, now: Date = new Date()): InferredMetadata {
  const id = slugFromFileName(relPath);
  const fileTitle = path.basename(relPath, path.extname(relPath));
  const details = inferTitleDetails(text, fileTitle);
  const { genre, source } = details;
  let { title } = details;
  let kind = inferKind(text, genre, title);
  // A gazette print holding several regulations is one issue, named by its masthead.
  const masthead = findGazetteMasthead(text);
  if (masthead && splitGazetteIssue(text).length >= 2) {
    return { id, title: gazetteIssueTitle(masthead), kind: 'gazette-issue', asOf: masthead.date, number: masthead.number, warnings: [] };
  }
  // A letter's subject ("Konu: … Esaslar") names no genre of its own: the letter form decides.
  const subject = source === 'konu' || isSubjectLine(text, title);
  const formDecides = subject || genre === null || genre.kind === 'circular' || namesItselfGenelge(text);
  if (kind !== 'gazette-issue' && formDecides && looksLikeCircular(text, countArticles(text))) {
    kind = 'circular';
    const number = circularNumber(text);
    if (subject) title = circularTitle(text, title);
    else if (number && !title.includes(number)) title = `${title} ${number}`;
  }
  const warnings: string[] = [];
  if (source === 'file-name') warnings.push('başlık metinden çıkarılamadı; dosya adı kullanıldı');
  const asOf = inferAsOf(text, now, title, kind);
  if (!asOf) warnings.push('belge tarihi metinden çıkarılamadı');
  return { id, title, kind, asOf, number: inferNumber(text, title) ?? (kind === 'circular' ? circularNumber(text) : null), warnings };
}
