import { createHash } from 'node:crypto';
import { foldTurkish, stripTurkishDiacritics } from '../text/fold-turkish.js';
import type { DocumentKind, RevisionInfo, SourceDocument } from './types.js';

/**
 * Two corpus files can hold the same document: a copy (byte- or text-identical: indexed once, reported), or
 * successive revisions of it (same title, other dates or revision numbers: all kept, the newest answering by
 * default, the older ones marked `supersededBy` so retrieval can leave them out unless a question asks).
 */

export interface Duplicate {
  source: string;
  /** The file indexed in its place. */
  of: string;
}

/** Normative texts are revised in place; a 2024 report does not replace the 2023 one. */
const REVISED_KINDS: ReadonlySet<DocumentKind> = new Set(['law', 'regulation', 'directive', 'circular', 'other']);
/** Share of words two revisions of one document have in common, at least. */
const MIN_SHARED_WORDS = 0.5;

function textKey(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, ' ').trim()).digest('hex');
}

/**
 * Splits the documents into those to index and the copies of an earlier one. The copy a catalog entry
 * describes is kept (`preferred`), else the first in path order.
 */
export function dropDuplicates<T extends { doc: SourceDocument }>(entries: readonly T[], preferred: (doc: SourceDocument) => boolean = () => false): { kept: T[]; duplicates: Duplicate[] } {
  const ordered = [...entries].sort((a, b) => Number(preferred(b.doc)) - Number(preferred(a.doc)) || a.doc.source.localeCompare(b.doc.source));
  const seen = new Map<string, string>();
  const keptSet = new Set<T>();
  const duplicates: Duplicate[] = [];
  for (const entry of ordered) {
    const keys = [`bytes:${entry.doc.contentHash}`, `text:${textKey(entry.doc.text)}`];
    const original = keys.map((k) => seen.get(k)).find(Boolean);
    if (original) {
      duplicates.push({ source: entry.doc.source, of: original });
      continue;
    }
    for (const k of keys) seen.set(k, entry.doc.source);
    keptSet.add(entry);
  }
  return { kept: entries.filter((e) => keptSet.has(e)), duplicates: duplicates.sort((a, b) => a.source.localeCompare(b.source)) };
}

function titleKey(title: string): string {
  return stripTurkishDiacritics(foldTurkish(title))
    .replace(/\((?:rev|revizyon|surum|versiyon)[^)]*\)/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordSet(text: string): Set<string> {
  return new Set(foldTurkish(text).match(/\p{L}{3,}/gu) ?? []);
}

function sharedShare(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** "Revizyon No: 3", "Rev. 02", "Sürüm 2" in the opening lines, or "rev3", "v2" in the file name. */
export function revisionNumber(doc: Pick<SourceDocument, 'text' | 'source'>): number | null {
  const head = doc.text.slice(0, 3000);
  const inText = /(?:Revizyon|REVİZYON|Rev\.?|REV\.?|Sürüm|SÜRÜM|Versiyon)\s*(?:No|NO|Numarası)?\s*[:.]?\s*(\d{1,3})\b/u.exec(head);
  if (inText) return Number(inText[1]);
  const base = doc.source.split('/').at(-1) ?? '';
  const inName = /(?:^|[-_ .])(?:rev|revizyon|v|surum|sürüm)[-_ ]?(\d{1,3})(?=[-_ .]|$)/iu.exec(base.replace(/\.[^.]+$/u, ''));
  return inName ? Number(inName[1]) : null;
}

/** "2019-03-12" → "12.03.2019", "2019-03" → "03.2019"; "Rev. 3" when the date does not tell revisions apart. */
function revisionLabel(doc: SourceDocument, number: number | null, dateIsUnique: boolean): string {
  const asOf = doc.asOf ?? '';
  const [y, m, d] = asOf.split('-');
  const date = d ? `${d}.${m}.${y}` : m ? `${m}.${y}` : y ?? '';
  if (date && dateIsUnique) return number !== null ? `${date}, Rev. ${number}` : date;
  if (number !== null) return date ? `${date}, Rev. ${number}` : `Rev. ${number}`;
  return date || doc.source.split('/').at(-1)!;
}

/**
 * Groups revisions of one document (same title, most words shared, a normative kind) and marks them: every
 * member gets `revision` (label, rank, count); all but the newest get `supersededBy` = the newest's id. Newest
 * means the latest as-of date, then the highest revision number, then the later file name. Documents without
 * another revision get neither field. Mutates and returns the documents.
 */
export function markRevisions(documents: SourceDocument[]): SourceDocument[] {
  for (const doc of documents) {
    doc.revision = null;
    doc.supersededBy = null;
  }
  const byTitle = new Map<string, SourceDocument[]>();
  for (const doc of documents) {
    if (!REVISED_KINDS.has(doc.kind) || doc.parts.length > 0) continue;
    const key = titleKey(doc.title);
    if (!key) continue;
    byTitle.set(key, [...(byTitle.get(key) ?? []), doc]);
  }
  for (const [key, docs] of byTitle) {
    if (docs.length < 2) continue;
    const words = new Map(docs.map((d) => [d, wordSet(d.text)]));
    // Same title but different texts (two faculties' "Staj Yönergesi") are not revisions of each other.
    const newestFirst = [...docs].sort(
      (a, b) =>
        (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
        (revisionNumber(b) ?? -1) - (revisionNumber(a) ?? -1) ||
        b.source.localeCompare(a.source),
    );
    const group = newestFirst.filter((d) => d === newestFirst[0] || sharedShare(words.get(d)!, words.get(newestFirst[0]!)!) >= MIN_SHARED_WORDS);
    if (group.length < 2) continue;
    const dates = group.map((d) => d.asOf);
    group.forEach((doc, i) => {
      const number = revisionNumber(doc);
      const info: RevisionInfo = { group: key, label: revisionLabel(doc, number, dates.filter((x) => x === doc.asOf).length === 1), rank: i + 1, of: group.length };
      doc.revision = info;
      doc.supersededBy = i === 0 ? null : group[0]!.id;
    });
  }
  return documents;
}
