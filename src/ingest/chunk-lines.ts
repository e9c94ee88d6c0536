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

/** Lines looked at on each side of a page break for a running header or footer. */
const EDGE_LINES = 3;

/**
 * Running headers and footers: the same line at the head or foot of most pages ("Dönüştürülen Metin:
 * 1644309301", a gazette masthead, the document's name over every page). They are page furniture.
 */
function runningLines(doc: Pick<SourceDocument, 'text' | 'pages'>): Set<string> {
  if (doc.pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const page of doc.pages) {
    const pageLines = doc.text.slice(page.start, page.end).split('\n').map((l) => l.trim()).filter(Boolean);
    const edges = new Set([...pageLines.slice(0, EDGE_LINES), ...pageLines.slice(-EDGE_LINES)]);
    for (const line of edges) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(doc.pages.length * 0.5));
  return new Set([...counts].filter(([line, n]) => n >= needed && line.length >= 4 && !line.startsWith('\t')).map(([line]) => line));
}

export function splitLines(doc: Pick<SourceDocument, 'text' | 'pages'>): Line[] {
  const pageEdges = new Set(doc.pages.flatMap((p) => [p.start, p.end]));
  const running = runningLines(doc);
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
      footer:
        !text.startsWith('\t') && (((pageEdges.has(end) || pageEdges.has(start)) && parsePageMarker(text) !== null) || running.has(text.trim())),
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

/** Whitespace folded, cut at a word boundary before `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, t.lastIndexOf(' ', max - 1) > 0 ? t.lastIndexOf(' ', max - 1) : max)}…`;
}
