import type { Chunk } from './types.js';

/** Where a chunk sits — its (sub)document, article and headings — as searched and scored beside its text. */
export function chunkHeader(chunk: Pick<Chunk, 'title' | 'subTitle' | 'article' | 'headings'>): string {
  return [chunk.subTitle ?? chunk.title, chunk.article ?? '', ...chunk.headings].filter(Boolean).join('\n');
}
