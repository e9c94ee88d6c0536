import type { Chunk } from '../ingest/types.js';

/**
 * The one place retrieval treats older revisions of a document (chunks with `superseded`, set at ingest when
 * the corpus holds a newer revision): they answer only when the question asks for an earlier text — by a
 * year or date, "eski/önceki/ilk hâli", a revision number. Otherwise the current revision alone is cited.
 */
const ASKS_FOR_OLDER =
  /(?<!\p{L})(?:eski|önceki|evvelki|ilk\s+hal|değişiklikten\s+önce|değişmeden\s+önce|yürürlükten\s+kalk|mülga|revizyon|rev\.?\s*\d|sürüm|versiyon|older|previous|earlier|former)|(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/iu;

export function asksForOlderRevision(question: string): boolean {
  return ASKS_FOR_OLDER.test(question);
}

/** False for a chunk of a superseded revision when the question does not ask for older texts. */
export function isCitableRevision(chunk: Pick<Chunk, 'superseded'>, olderAsked: boolean): boolean {
  return !chunk.superseded || olderAsked;
}
