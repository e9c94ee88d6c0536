import { maskPersonalData } from '../text/index.js';

/**
 * Finds a model's quote in a passage the way a careful reader would check it: the same words in the same
 * order, whatever the whitespace, with words hyphenated across line ends joined ("mes-\nleki" = "mesleki"),
 * typographic quotes and dashes unified and letters compared in tr-TR lower case. The result is the exact
 * span of the source text, so the citation shows the document's own characters, never the model's.
 *
 * A quote may skip text with "…" (each piece must follow the last, at most MAX_ELLIPSIS_GAP apart) and may
 * hold the markers personal data was masked with in what the model saw (the source there must be such
 * data). Everything else must match.
 */

const MAX_ELLIPSIS_GAP = 600;
const MAX_MASKED_GAP = 80;
const MIN_QUOTE_WORDS = 2;
const MIN_QUOTE_CHARS = 8;

const MASK_MARKER = /^\[(?:e-posta|telefon|TC kimlik no|IBAN) gizlendi\]$/u;
const HAS_MASK_MARKER = /\[(?:e-posta|telefon|TC kimlik no|IBAN) gizlendi\]/u;
const HYPHENS = /[-‐‑‒–—−]/u;
const SINGLE_QUOTES = /[’‘ʼ′`´]/gu;
const DOUBLE_QUOTES = /[“”„″«»]/gu;

interface Canonical {
  text: string;
  /** Source offset of each canonical character. */
  at: number[];
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

function foldChar(ch: string): string {
  const unified = ch.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(HYPHENS, '-');
  const lower = unified.toLocaleLowerCase('tr-TR');
  return lower.length === 1 ? lower : unified;
}

/** The comparison form of `text[from, to)` with, for each of its characters, where it came from. */
function canonicalize(text: string, from = 0, to = text.length): Canonical {
  let out = '';
  const at: number[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      while (i < to && /\s/u.test(text[i]!)) i++;
      if (out.length > 0 && !out.endsWith(' ')) {
        out += ' ';
        at.push(i - 1);
      }
      continue;
    }
    if (HYPHENS.test(ch) && isLetter(out.at(-1))) {
      // A hyphen between letters, with or without a line break after it, joins the word on both sides.
      let j = i + 1;
      while (j < to && /\s/u.test(text[j]!)) j++;
      if (isLetter(text[j])) {
        i = j;
        continue;
      }
    }
    out += foldChar(ch);
    at.push(i);
    i++;
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    at.pop();
  }
  return { text: out, at };
}

type Piece = { text: string; gapBefore: 'start' | 'ellipsis' | 'masked' };

const SEPARATOR = /(…|\.\.\.|\[(?:e-posta|telefon|TC kimlik no|IBAN) gizlendi\])/u;
const EDGE_MARKS = /^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/gu;

/** The quote cut at "…" and at mask markers; separators before the first piece or after the last are dropped. */
function piecesOf(quote: string): Piece[] {
  const pieces: Piece[] = [];
  let gap: Piece['gapBefore'] = 'ellipsis';
  for (const part of quote.normalize('NFC').split(SEPARATOR)) {
    if (MASK_MARKER.test(part)) gap = 'masked';
    else if (part === '…' || part === '...') gap = gap === 'masked' ? 'masked' : 'ellipsis';
    else {
      const text = canonicalize(part.replace(EDGE_MARKS, '')).text;
      if (text === '') continue;
      pieces.push({ text, gapBefore: pieces.length === 0 ? 'start' : gap });
      gap = 'ellipsis';
    }
  }
  return pieces;
}

export interface QuoteSpan {
  /** Offsets into the source text passed in. */
  start: number;
  end: number;
}

export type QuoteMatch = { ok: true; span: QuoteSpan } | { ok: false; problem: 'too-short' | 'not-found' };

/**
 * Where `quote` sits in `source[from, to)`, as exact source offsets, or why it does not. `from`/`to` bound
 * the passage the quote claims to come from.
 */
export function matchQuote(quote: string, source: string, from = 0, to = source.length): QuoteMatch {
  const pieces = piecesOf(quote);
  const joined = pieces.map((p) => p.text).join(' ');
  if ((joined.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUOTE_WORDS || joined.length < MIN_QUOTE_CHARS) {
    return { ok: false, problem: 'too-short' };
  }
  const passage = canonicalize(source, from, to);
  const found = chain(pieces, 0, 0, passage, source);
  if (!found) return { ok: false, problem: 'not-found' };
  return { ok: true, span: { start: passage.at[found.start]!, end: passage.at[found.end - 1]! + 1 } };
}

/** Places pieces[k…] in order from canonical offset `from`; backtracks over earlier occurrences. */
function chain(pieces: readonly Piece[], k: number, from: number, passage: Canonical, source: string): { start: number; end: number } | null {
  const piece = pieces[k]!;
  for (let pos = passage.text.indexOf(piece.text, from); pos >= 0; pos = passage.text.indexOf(piece.text, pos + 1)) {
    if (k > 0) {
      const gap = pos - from;
      if (piece.gapBefore === 'masked') {
        if (gap > MAX_MASKED_GAP) break;
        const hidden = source.slice(passage.at[from - 1]! + 1, passage.at[pos]!);
        if (!HAS_MASK_MARKER.test(maskPersonalData(hidden))) continue;
      } else if (gap > MAX_ELLIPSIS_GAP) break;
    }
    const end = pos + piece.text.length;
    if (k === pieces.length - 1) return { start: pos, end };
    const rest = chain(pieces, k + 1, end, passage, source);
    if (rest) return { start: pos, end: rest.end };
  }
  return null;
}
