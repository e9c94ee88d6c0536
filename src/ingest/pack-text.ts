/** A half-open range [start, end) of the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface PackOptions {
  /** A piece is cut no earlier than this many characters… */
  min: number;
  /** …and no later than this many, unless one word is longer. */
  max: number;
}

const WS = /\s/u;

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && WS.test(text[pos]!)) pos++;
  return pos;
}

function trimEndSpace(text: string, start: number, end: number): number {
  while (end > start && WS.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Where to end a piece inside [lo, hi]: at the end of a paragraph that ends a sentence, else at a sentence
 * end, else at any paragraph or line break, else between words; the latest of the best kind wins.
 */
function chooseCut(text: string, lo: number, hi: number, end: number): number {
  let best = -1;
  let bestScore = 0;
  for (let i = lo; i <= hi && i < end; i++) {
    if (!WS.test(text[i]!) || WS.test(text[i - 1] ?? ' ')) continue;
    let j = i;
    let newlines = 0;
    while (j < end && WS.test(text[j]!)) {
      if (text[j] === '\n') newlines++;
      j++;
    }
    const before = text[i - 1]!;
    const after = text[j] ?? '';
    // A full stop before a line break ends a sentence even when a list item ("c) …") follows.
    const sentenceEnd = /[.!?…:;]/u.test(before) && (after === '' || newlines > 0 || /^[\p{Lu}\d("“«\-–•\t]/u.test(after));
    let score = 1;
    if (newlines >= 2 && sentenceEnd) score = 5;
    else if (sentenceEnd) score = 4;
    else if (newlines >= 2) score = 3;
    else if (newlines === 1) score = 2;
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // One "word" longer than the window: cut at the next whitespace rather than inside it.
  let i = hi;
  while (i < end && !WS.test(text[i]!)) i++;
  return i;
}

/**
 * Splits text[start, end) into pieces of about min–max characters at paragraph or sentence boundaries,
 * never inside a word. Pieces exclude surrounding whitespace.
 */
export function packText(text: string, start: number, end: number, { min, max }: PackOptions): Span[] {
  const spans: Span[] = [];
  let pos = skipSpace(text, start, end);
  const stop = trimEndSpace(text, pos, end);
  while (pos < stop) {
    const remaining = stop - pos;
    if (remaining <= max) {
      spans.push({ start: pos, end: stop });
      break;
    }
    // Avoid a short tail: when less than max + min is left, cut near the middle.
    const lo = remaining < max + min ? pos + Math.max(Math.floor(remaining / 2) - Math.floor(min / 2), Math.floor(min / 3)) : pos + min;
    const hi = remaining < max + min ? Math.min(pos + Math.floor(remaining / 2) + Math.floor(min / 2), pos + max) : pos + max;
    const cut = chooseCut(text, lo, hi, stop);
    const pieceEnd = trimEndSpace(text, pos, cut);
    if (pieceEnd > pos) spans.push({ start: pos, end: pieceEnd });
    pos = skipSpace(text, Math.max(cut, pos + 1), stop);
  }
  return spans;
}
