import { textStart, type Line } from './chunk-lines.js';
import { isListItem, listItemLetter, parseDottedParagraphNumber, parseParagraphNumber, type ArticleHeader } from './structure.js';

/** A paragraph (fıkra) of an article: its number as the text numbers it, and where it lies. */
export interface ArticleParagraph {
  start: number;
  end: number;
  n: number;
}

type Style = 'parenthesised' | 'dotted' | 'blocks';

// What may stand on a header line before the article's own words: amendment notes in parentheses.
const LEADING_NOTES = /^(?:\s*\([^()]*\)\s*)+/u;
const HEADER_LABEL = /^[^\d]*\d{1,4}(?:\s*\/\s*\p{Lu})?\s*[-–—−‐‑―.:]?\s*/u;

/** True when the header line holds only the label and amendment notes: paragraph 1 starts below it. */
function headerHasOwnText(line: string): boolean {
  const rest = line.trim().replace(HEADER_LABEL, '').replace(LEADING_NOTES, '').replace(/\[\d+\]/gu, '').trim();
  return /\p{L}/u.test(rest);
}

function styleOf(lines: readonly Line[], i: number, j: number, header: ArticleHeader): Style {
  if (header.firstParagraph !== null) return 'parenthesised';
  const body = lines.slice(i + 1, j);
  if (body.some((l) => parseParagraphNumber(l.text) === 1 || parseParagraphNumber(l.text) === 2)) return 'parenthesised';
  const headerRest = lines[i]!.text.trim().replace(HEADER_LABEL, '').replace(LEADING_NOTES, '');
  if (/^1\.\s/u.test(headerRest) || body.some((l) => parseDottedParagraphNumber(l.text) === 2)) return 'dotted';
  return 'blocks';
}

/**
 * The paragraphs of the article whose header is line i and whose text ends before line j (from `start`,
 * which may include its caption). A new paragraph starts only at the next number in sequence — "(3)" after
 * "(2)" — so a "(1)" inside a list item never restarts the count ("Madde 4(6)-(1)" cannot happen); text
 * with unnumbered paragraphs counts blank-line blocks, lettered items (bentler) staying with their paragraph.
 */
export function splitArticleParagraphs(lines: readonly Line[], i: number, j: number, header: ArticleHeader, start: number): ArticleParagraph[] {
  const style = styleOf(lines, i, j, header);
  const numberOf = (line: string) => (style === 'parenthesised' ? parseParagraphNumber(line) : style === 'dotted' ? parseDottedParagraphNumber(line) : null);
  const headerNumber = style === 'parenthesised' ? header.firstParagraph : style === 'dotted' && /[-–—−:]\s*1\.\s/u.test(lines[i]!.text) ? 1 : null;
  // 0: the header line carries no paragraph of its own yet (only the label and amendment notes).
  const firstN = headerNumber ?? (headerHasOwnText(lines[i]!.text) ? 1 : 0);
  const paragraphs: ArticleParagraph[] = [];
  let current: ArticleParagraph = { start, end: lines[i]!.end, n: firstN };
  for (let k = i + 1; k < j; k++) {
    const line = lines[k]!;
    if (line.blank || line.footer) continue;
    let starts: boolean;
    if (style === 'blocks') starts = lines[k - 1]!.blank && !isListItem(line.text.trim()) && listItemLetter(line.text) === null;
    else starts = numberOf(line.text) === current.n + 1;
    if (starts) {
      paragraphs.push(current);
      current = { start: textStart(line), end: line.end, n: current.n + 1 };
    } else {
      current.end = line.end;
    }
  }
  paragraphs.push(current);
  // The header line alone (label and notes) belongs to the paragraph that follows it.
  if (paragraphs.length > 1 && paragraphs[0]!.n === 0) {
    const [head, next] = paragraphs;
    paragraphs.splice(0, 2, { start: head!.start, end: next!.end, n: next!.n });
  }
  if (paragraphs[0]!.n === 0) paragraphs[0]!.n = 1;
  return paragraphs;
}

/** The lettered items a span of text opens with ("c) …" at its first line), for a locator "Madde 3(1)(c)". */
export function firstItemOf(text: string): string | null {
  return listItemLetter(text.split('\n')[0] ?? '');
}
