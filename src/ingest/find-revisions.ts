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
/** Titles this many character edits apart may still be one document (OCR slips)… */
const MAX_TITLE_SLIPS = 2;
/** …when their texts share at least this share of words. */
const NEAR_TITLE_SHARED_WORDS = 0.8;

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
 * Groups revisions of one document (same or nearly the same title, most words shared, a normative kind) and marks them: every
 * member gets `revision` (label, rank, count); all but the newest get `supersededBy` = the newest's id. Newest
 * means the latest as-of date, then the highest revision number, then the later file name. Documents without
 * another revision get neither field. Mutates and returns the documents.
 */
export function markRevisions(documents: SourceDocument[]): SourceDocument[] {
  for (const doc of documents) {
    doc.revision = null;
    doc.supersededBy = null;
  }
  const eligible = documents.filter((d) => REVISED_KINDS.has(d.kind) && d.parts.length === 0 && titleKey(d.title));
  const keys = new Map(eligible.map((d) => [d, titleKey(d.title)]));
  // Word sets only for pairs whose titles match: reading every text for them cost more than the rest.
  const words = new Map<SourceDocument, Set<string>>();
  const wordsOf = (d: SourceDocument) => {
    let set = words.get(d);
    if (!set) words.set(d, (set = wordSet(d.text)));
    return set;
  };
  // Same title — or titles an OCR slip or two apart — and mostly the same words: one document in several
  // revisions. Two faculties' same-named directives share boilerplate, so a near title needs more shared text.
  const parent = new Map(eligible.map((d) => [d, d]));
  const find = (d: SourceDocument): SourceDocument => (parent.get(d) === d ? d : find(parent.get(d)!));
  for (let i = 0; i < eligible.length; i++) {
    for (let j = i + 1; j < eligible.length; j++) {
      const a = eligible[i]!;
      const b = eligible[j]!;
      const exact = keys.get(a) === keys.get(b);
      const near = !exact && withinEdits(keys.get(a)!, keys.get(b)!, MAX_TITLE_SLIPS);
      const shared = exact || near ? sharedShare(wordsOf(a), wordsOf(b)) : 0;
      if ((exact && shared >= MIN_SHARED_WORDS) || (near && shared >= NEAR_TITLE_SHARED_WORDS)) parent.set(find(b), find(a));
    }
  }
  const groups = new Map<SourceDocument, SourceDocument[]>();
  for (const d of eligible) groups.set(find(d), [...(groups.get(find(d)) ?? []), d]);
  for (const docs of groups.values()) {
    if (docs.length < 2) continue;
    const group = [...docs].sort(
      (a, b) =>
        (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
        (revisionNumber(b) ?? -1) - (revisionNumber(a) ?? -1) ||
        b.source.localeCompare(a.source),
    );
    const dates = group.map((d) => d.asOf);
    group.forEach((doc, i) => {
      const number = revisionNumber(doc);
      const unique = dates.filter((x) => x === doc.asOf).length === 1;
      doc.revision = { group: keys.get(group[0]!)!, label: revisionLabel(doc, number, unique), rank: i + 1, of: group.length } satisfies RevisionInfo;
      doc.supersededBy = i === 0 ? null : group[0]!.id;
    });
  }
  return documents;
}

/** True when a and b are at most `max` single-character edits apart (OCR slips in a title). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
