import { parsePageMarker } from './page-markers.js';
import type { SourceDocument } from './types.js';

/** One line of a document's cleaned text, with what the chunker needs to know about it. */
export interface Line {
  text: string;
  start: number;
  end: number;
  blank: boolean;
  /** A table cell stored one per line starts with a tab. */
  tab: boolean;
  /** The printed page number at the head or foot of a page: furniture, never content. */
  footer: boolean;
}

export function splitLines(doc: Pick<SourceDocument, 'text' | 'pages'>): Line[] {
  const pageEdges = new Set(doc.pages.flatMap((p) => [p.start, p.end]));
  const lines: Line[] = [];
  let start = 0;
  for (const text of doc.text.split('\n')) {
    const end = start + text.length;
    lines.push({
      text,
      start,
      end,
      // A line holding only a tab is an empty table cell, not a blank line.
      blank: text.trim() === '' && !text.startsWith('\t'),
      tab: text.startsWith('\t'),
      footer: (pageEdges.has(end) || pageEdges.has(start)) && !text.startsWith('\t') && parsePageMarker(text) !== null,
    });
    start = end + 1;
  }
  return lines;
}

/** Offset of a line's first non-space character. */
export const textStart = (line: Line): number => line.start + (line.text.length - line.text.trimStart().length);

/** Index of the next line from i on holding text (blanks, empty cells and page numbers skipped), or -1. */
export function nextContentLine(lines: readonly Line[], i: number, last: number): number {
  for (let k = i; k <= last; k++) {
    const line = lines[k]!;
    if (!line.blank && !line.footer && line.text.trim() !== '') return k;
  }
  return -1;
}
