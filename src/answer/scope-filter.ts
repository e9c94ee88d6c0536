import type { Chunk, SourceDocument } from '../ingest/types.js';
import type { SearchScope } from './assistant.js';
import type { Answer } from './types.js';

/**
 * The scope as a passage test for retrieval, or undefined when it limits nothing. A gazette issue's part
 * counts with its own kind, so "directive" reaches a directive printed inside an issue.
 */
export function scopeFilter(
  scope: SearchScope | undefined,
  documentsById: ReadonlyMap<string, SourceDocument>,
): ((chunk: Chunk) => boolean) | undefined {
  if (!scope || (scope.documentIds.length === 0 && scope.kinds.length === 0)) return undefined;
  const ids = new Set(scope.documentIds);
  const kinds = new Set(scope.kinds);
  return (chunk) => {
    if (ids.has(chunk.docId)) return true;
    const doc = documentsById.get(chunk.docId);
    if (!doc) return false;
    if (kinds.has(doc.kind)) return true;
    const part = chunk.subTitle ? doc.parts.find((p) => p.title === chunk.subTitle) : undefined;
    return part !== undefined && kinds.has(part.kind);
  };
}

/**
 * A scoped question keeps a tool's answer only when it cites something and every passage it cites is in
 * scope; otherwise (a rule outside the scope, or a request for more input) retrieval answers in scope.
 */
export function citesOnlyWithin(answer: Answer, accept: ((chunk: Chunk) => boolean) | undefined, chunksById: ReadonlyMap<string, Chunk>): boolean {
  if (!accept) return true;
  const cited = [...answer.citations, ...answer.closest];
  return cited.length > 0 && cited.every((c) => {
    const chunk = chunksById.get(c.chunkId);
    return chunk !== undefined && accept(chunk);
  });
}
