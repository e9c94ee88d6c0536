import type { QuotedSpan } from './compose-extractive.js';

/**
 * A list is quoted whole past its colon ("… reddolunur:" and items a) to h)), one verbatim span; an item
 * of a law runs to several hundred characters, so the limit is a list's, not a sentence's.
 */
const MAX_LIST_QUOTE_CHARS = 2000;

const LIST_MARKER = /^(?:\(?[a-zçğıöşü\d]{1,2}\)|\d+[.-]\s|[-•·])/u;

/** How a list line is marked: a letter, a number in brackets, a numbered line, a bullet, or capitals. */
function markerKind(line: string): string {
  if (/^\(?[a-zçğıöşü]{1,2}\)/u.test(line)) return 'letter';
  if (/^\(\d{1,2}\)/u.test(line)) return 'paragraph';
  if (/^\d/u.test(line)) return 'number';
  if (/^[-•·]/u.test(line)) return 'bullet';
  return 'caps';
}

/** "a) …", "(2) …", "- …", or a short line mostly in capitals ("DİŞ TABİBİ"): one item of a list. */
function isListLine(line: string): boolean {
  if (LIST_MARKER.test(line)) return true;
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = line.match(/\p{Ll}/gu)?.length ?? 0;
  return line.length <= 120 && upper >= 3 && upper > lower;
}

/**
 * "Hangi pozisyonlar…?", "kimlerden oluşur?": when the best sentence introduces a list, the answer is the
 * list. The quote runs on, line by line, over the items that follow it in the passage: one verbatim span.
 * A sentence ending in a colon ("… feshedebilir:") introduces one whatever was asked: cut there, it
 * says nothing.
 */
export function withListItems(quote: QuotedSpan): QuotedSpan {
  const text = quote.doc.text;
  const chunkEnd = quote.hit.chunk.end;
  let end = quote.end;
  let at = quote.end;
  let firstKind: string | null = null;
  while (at < chunkEnd) {
    const newline = text.indexOf('\n', at + 1);
    const lineEnd = newline === -1 ? chunkEnd : Math.min(chunkEnd, newline);
    const line = text.slice(at, lineEnd).trim();
    // A printed page number between items ("1129") is skipped, not taken for the end of the list.
    if (line !== '' && !/^\d{1,4}$/u.test(line)) {
      if (!isListLine(line) || lineEnd - quote.start > MAX_LIST_QUOTE_CHARS) break;
      // "(2) …" after items a) to c) is the article's next paragraph, not a fourth item.
      const kind = markerKind(line);
      if (firstKind !== null && kind !== firstKind) break;
      firstKind ??= kind;
      end = lineEnd;
    }
    at = lineEnd;
  }
  return end === quote.end ? quote : { ...quote, end };
}
