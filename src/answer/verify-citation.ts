import type { Chunk, SourceDocument } from '../ingest/types.js';
import type { Citation } from './types.js';
import { maskPersonalData, formatAsOf } from '../text/index.js';

/**
 * True when the passage a quote is cited by still says, character for character, what the document says
 * at its offsets, and the quote starts inside it: chunks and documents are stored apart, and an index whose
 * two halves disagree must not produce citations.
 */
export function passageMatchesSource(doc: SourceDocument, chunk: Chunk, start: number, end: number): boolean {
  return (
    chunk.docId === doc.id &&
    start >= chunk.start && start < chunk.end && end > start && end <= doc.text.length &&
    doc.text.slice(chunk.start, chunk.end) === chunk.text
  );
}

/** Where a quote sits in its document, or -1. Tools and models name quotes without offsets. */
export function locateQuote(doc: SourceDocument, quote: string): number {
  return quote.trim() === '' ? -1 : doc.text.indexOf(quote);
}

/** The chunk holding an offset (a quote is cited by the passage it sits in). */
export function chunkAt(chunks: readonly Chunk[], docId: string, offset: number): Chunk | undefined {
  return chunks.find((c) => c.docId === docId && c.start <= offset && offset < c.end);
}

/**
 * Builds a citation only after checking its passage against the source; the quote is the source text
 * itself at [start, end), so it is verbatim by construction. Personal data is masked after the check (the
 * check is against the real text, the output never shows the contacts).
 */
export function makeCitation(doc: SourceDocument, chunk: Chunk, start: number, end: number): Citation | null {
  if (!passageMatchesSource(doc, chunk, start, end)) return null;
  const quote = doc.text.slice(start, end);
  if (quote.trim() === '') return null;
  return {
    source: doc.source,
    docId: doc.id,
    chunkId: chunk.id,
    title: chunk.subTitle ? `${doc.title} — ${chunk.subTitle}` : doc.title,
    locator: chunk.locator,
    page: pageAt(doc, start) ?? chunk.page,
    quote: maskPersonalData(quote),
    asOf: doc.asOf ? formatAsOf(doc.asOf) : null,
  };
}

function pageAt(doc: SourceDocument, offset: number): number | null {
  const span = doc.pages.find((p) => p.start <= offset && offset < p.end);
  return span ? span.page : null;
}
