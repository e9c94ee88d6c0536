import type { Chunk } from '../ingest/types.js';

/**
 * The one place retrieval treats revisions of a document (chunks with `revision`/`superseded`, set at ingest
 * when the corpus holds several revisions of one document). By default only the current revision answers.
 * A question that asks for an earlier text — "eski/önceki/ilk hâli", a revision number, a year or date —
 * may be answered from older revisions: the one whose date holds a year the question names first, and for
 * "eski/önceki" the older ones before the current.
 */
const ASKS_FOR_OLDER = /(?<!\p{L})(?:eski|önceki|evvelki|ilk\s+hal|değişiklikten\s+önce|değişmeden\s+önce|yürürlükten\s+kalk|mülga|revizyon|rev\.?\s*\d|sürüm|versiyon|older|previous|earlier|former)/iu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;

export interface RevisionRequest {
  /** The question asks for an earlier text in words ("eski", "önceki", "revizyon"). */
  older: boolean;
  /** Years the question names. */
  years: Set<string>;
}

/** `years`: the years the question analysis found (understandQuestion), else read from the text. */
export function readRevisionRequest(question: string, years?: readonly number[]): RevisionRequest {
  const named = years ? years.map(String) : [...question.matchAll(YEAR)].map((m) => m[1]!);
  return { older: ASKS_FOR_OLDER.test(question), years: new Set(named) };
}

/** Score factor for a chunk: 0 leaves it out (an older revision nobody asked for), 1 is neutral. */
export function revisionWeight(chunk: Pick<Chunk, 'superseded' | 'revision'>, request: RevisionRequest): number {
  if (!chunk.revision) return 1;
  const asked = request.older || request.years.size > 0;
  if (!asked) return chunk.superseded ? 0 : 1;
  const year = chunk.revision.asOf?.slice(0, 4);
  if (year && request.years.has(year)) return 2;
  if (request.older && !chunk.superseded) return 0.5;
  return 1;
}
