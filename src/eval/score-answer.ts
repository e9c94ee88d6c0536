import type { AnswerJson } from '../answer/types.js';
import { foldTurkish } from '../text/fold-turkish.js';
import type { EvalQuestion } from './eval-question.js';
import { answerContainsAny, foldSpaces } from './normalize-for-match.js';

/** What the scorer reads of an answer: the public `--json` shape; extra fields are ignored. */
export type ScoredAnswer = Pick<AnswerJson, 'answer' | 'refused'> & {
  citations: (Pick<AnswerJson['citations'][number], 'source' | 'quote'> & { locator?: string })[];
};

export interface AnswerScore {
  /** Refusal decision right and, for answerable questions, an expected string in the answer. */
  answerOk: boolean;
  /** A citation of the expected source overlaps the expected span; null for refusal items. */
  citationOk: boolean | null;
  /** Every quote found verbatim in its cited source; null when the answer cites nothing. */
  grounded: boolean | null;
  refusalOk: boolean;
  /**
   * The peer benchmark's rule: the first citation is from the expected file and names the article the
   * expected span sits in (file alone for documents without articles); null for refusal items.
   */
  firstCitationOk: boolean | null;
  /** Quotes not found in their source, for the failure report. */
  ungroundedQuotes: { source: string; quote: string }[];
}

/** Two spans share this many contiguous characters (or one contains the other) to count as overlapping. */
export const MIN_SHARED_CHARS = 30;

// Markers the engine puts in place of personal data (src/text/mask-personal-data.ts).
const MASK_MARKER = /\[(?:e-posta|telefon) gizlendi\]/gu;

export function normalizeSourcePath(source: string): string {
  return source.replace(/\\/g, '/').replace(/^\.\//, '').trim();
}

function foldForOverlap(text: string): string {
  return foldSpaces(foldTurkish(foldSpaces(text)));
}

/** Length of the longest common substring (dynamic programming over two rows). */
export function longestCommonSubstring(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const value = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? Math.min(previous[j - 1]! + 1, 65_535) : 0;
      current[j] = value;
      if (value > best) best = value;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Whitespace-folded and case-folded: one contains the other, or they share MIN_SHARED_CHARS characters. */
export function spansOverlap(quote: string, expected: string): boolean {
  const a = foldForOverlap(quote);
  const b = foldForOverlap(expected);
  if (a === '' || b === '') return false;
  if (a.includes(b) || b.includes(a)) return true;
  return longestCommonSubstring(a, b) >= MIN_SHARED_CHARS;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The quote is a substring of the (whitespace-folded) source. A masked personal-data marker stands for
 * whatever the source has there, so "Tel: [telefon gizlendi]" is grounded in "Tel: 0 (446) 214 20 73".
 */
export function isQuoteGrounded(quote: string, sourceText: string): boolean {
  const q = foldSpaces(quote);
  if (q === '') return false;
  const source = foldSpaces(sourceText);
  const pieces = q.split(MASK_MARKER);
  if (pieces.length === 1) return source.includes(q);
  const pattern = pieces.map((piece) => escapeRegExp(piece)).join('.{1,80}?');
  return new RegExp(pattern, 'u').test(source);
}

/**
 * Scores one answer against its evaluation item. `sourceTexts` maps a source path ("corpus/…") to the
 * cleaned text the engine cites from; a citation of a source not in the map counts as ungrounded.
 */
export function scoreAnswer(
  item: EvalQuestion,
  answer: ScoredAnswer,
  sourceTexts: ReadonlyMap<string, string>,
): AnswerScore {
  const refusalOk = answer.refused === item.expect.refused;
  const ungroundedQuotes = answer.citations
    .filter((c) => {
      const text = sourceTexts.get(normalizeSourcePath(c.source));
      return text === undefined || !isQuoteGrounded(c.quote, text);
    })
    .map(({ source, quote }) => ({ source, quote }));
  const grounded = answer.citations.length === 0 ? null : ungroundedQuotes.length === 0;

  const { expect } = item;
  if (expect.refused) return { answerOk: refusalOk, citationOk: null, grounded, refusalOk, firstCitationOk: null, ungroundedQuotes };

  const answerOk = refusalOk && answerContainsAny(answer.answer, expect.answer_any);
  const wantedSource = normalizeSourcePath(expect.source);
  const spans = [expect.span, ...(expect.also_spans ?? [])];
  const citationOk =
    !answer.refused &&
    answer.citations.some((c) => normalizeSourcePath(c.source) === wantedSource && spans.some((span) => spansOverlap(c.quote, span)));
  const first = answer.refused ? undefined : answer.citations[0];
  const expectedText = sourceTexts.get(wantedSource);
  const firstCitationOk =
    first !== undefined &&
    normalizeSourcePath(first.source) === wantedSource &&
    (expectedText === undefined || articleOf(first.locator ?? '') === articleAtSpan(expectedText, expect.span));
  return { answerOk, citationOk, grounded, refusalOk, firstCitationOk, ungroundedQuotes };
}

// "Madde 4", "MADDE 4", "Ek Madde 6", "Geçici Madde 4", "Madde 20/A": an article label.
const ARTICLE_LABEL = /(?:(?:ek|geçici)\s+)*madde\s+\d+(?:\/[a-zçğıöşü])?/u;

const canonicalArticle = (label: string) => foldTurkish(label).replace(/\s+/g, ' ');

/** The article a citation's locator names ("Kabahatler Kanunu, Madde 27(1), s. 209" → "madde 27"), or null. */
export function articleOf(locator: string): string | null {
  const found = ARTICLE_LABEL.exec(foldTurkish(locator));
  return found ? canonicalArticle(found[0]) : null;
}

/**
 * The article an expected span sits in: the last article heading ("Madde 27 –", "MADDE 5-") before the
 * span in the source, or null when the source has none before it (reports, plans).
 */
export function articleAtSpan(sourceText: string, span: string): string | null {
  const text = foldForOverlap(sourceText);
  const at = text.indexOf(foldForOverlap(span));
  if (at < 0) return null;
  const heading = /(?:(?:ek|geçici) )*madde \d+(?:\/[a-zçğıöşü])? ?[-–—]/gu;
  let last: string | null = null;
  for (const m of text.slice(0, at).matchAll(heading)) last = m[0];
  return last === null ? null : canonicalArticle(last.replace(/ ?[-–—]$/u, ''));
}
