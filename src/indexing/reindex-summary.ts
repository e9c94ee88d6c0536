import type { ReindexSummary } from '../answer/assistant.js';
import type { OperationSummary } from './index-operations.js';

/** What callers of a re-index see of a build: the file lists, failures and copies, without build internals. */
export const toReindexSummary = (s: OperationSummary): ReindexSummary => ({
  added: s.added,
  changed: s.changed,
  removed: s.removed,
  unchanged: s.unchanged,
  failed: s.failed,
  duplicates: s.duplicates,
  durationMs: s.durationMs,
});
