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
      if (lineEnd - quote.start > MAX_LIST_QUOTE_CHARS) break;
      // "… hallerinden birinin gerçekleşmesi halinde … iptal edilir.": the sentence the items belong to ends
      // after them, in lower case; it is what the list is for.
      if (!isListLine(line)) {
        if (firstKind !== null && /^\p{Ll}/u.test(line)) end = lineEnd;
        break;
      }
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

/**
 * "Personelin; a) … e) … hallerinden herhangi birinin gerçekleşmesi halinde … feshedilir.": a sentence that
 * starts in lower case right after a list finishes that list's sentence, and an item is part of it; quoted
 * alone either names cases it does not show. The quote starts back at the line that opens the list (the
 * caller skips an article header printed on it); null when no list stands right above.
 */
export function withListBefore(quote: QuotedSpan): { start: number; end: number } | null {
  const text = quote.doc.text;
  const head = text.slice(quote.start, quote.end);
  // An item of the list ("a) …") is quoted with the list too: it answers only with the sentence it is in.
  const isItem = LIST_MARKER.test(head);
  if (!isItem && !/^\p{Ll}/u.test(head)) return null;
  const chunkStart = quote.hit.chunk.start;
  let start = quote.start;
  let items = isItem ? 1 : 0;
  let kind: string | null = isItem ? markerKind(head) : null;
  for (let lineEnd = quote.start; lineEnd > chunkStart;) {
    const lineStart = Math.max(chunkStart, text.lastIndexOf('\n', lineEnd - 1) + 1);
    const line = text.slice(lineStart, lineEnd).trim();
    lineEnd = lineStart - 1;
    if (line === '') continue;
    if (quote.end - lineStart > MAX_LIST_QUOTE_CHARS) return null;
    if (LIST_MARKER.test(line) && (kind === null || markerKind(line) === kind)) {
      kind = markerKind(line);
      items++;
      start = lineStart;
      continue;
    }
    // The line that opens the list ("Personelin;", "… şunlardır:") belongs to the sentence.
    if (items >= 1 && /[;:]$/u.test(line)) return { start: lineStart, end: quote.end };
    return null;
  }
  return items >= 2 && !isItem ? { start, end: quote.end } : null;
}
