import type { Citation } from '../answer/types.js';
import { formatAsOf } from './format-as-of.js';
import type { AnswerLabels } from './labels.js';

/** One numbered source as both edges show it: never a repository path, the document named once. */
export interface SourceEntry {
  n: number;
  chunkId: string;
  /** The document's title; null when the entry before it is from the same document (shown once). */
  title: string | null;
  /** Where in the document: "Madde 3(2), s. 1129" (the title is not repeated here). */
  where: string;
  /** "Belge tarihi: Ocak 2011", with the title; null when unknown or already shown. */
  asOf: string | null;
  /** The verbatim quote, or null when the answer text already quotes it (each quote appears once). */
  quote: string | null;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const withoutEllipsis = (text: string) => text.replace(/…$/u, '').trim();

/**
 * The locator without the document name it starts with: "Sözleşmeli Personel …, Madde 3(2)" → "Madde 3(2)";
 * a gazette part named first ("Sektörel … Yönergesi, Madde 1, s. 1127") is part of the title too.
 */
export function locatorWithoutTitle(citation: Pick<Citation, 'title' | 'locator' | 'page'>, labels: AnswerLabels): string {
  const locator = oneLine(citation.locator);
  const title = oneLine(citation.title);
  let where = locator;
  const comma = locator.indexOf(', ');
  if (locator.startsWith(title)) where = locator.slice(title.length).replace(/^[,\s—-]+/u, '');
  else if (comma > 0) {
    const head = withoutEllipsis(locator.slice(0, comma));
    if (head.length > 0 && (title.includes(head) || title.startsWith(head))) where = locator.slice(comma + 2);
  }
  if (citation.page !== null && !new RegExp(`\\bs\\.\\s*${citation.page}\\b`).test(where)) {
    where = where ? `${where}, ${labels.page(citation.page)}` : labels.page(citation.page);
  }
  return where;
}

/**
 * Numbers the citations, names each document once (consecutive citations of one document share the title)
 * and leaves out quotes the answer text already carries.
 */
export function sourceEntries(citations: readonly Citation[], answerText: string, labels: AnswerLabels): SourceEntry[] {
  const body = oneLine(answerText);
  return citations.map((c, i) => {
    const sameAsBefore = i > 0 && citations[i - 1]!.docId === c.docId && citations[i - 1]!.title === c.title;
    const quote = oneLine(c.quote);
    const asOf = formatAsOf(c.asOf);
    return {
      n: i + 1,
      chunkId: c.chunkId,
      title: sameAsBefore ? null : oneLine(c.title),
      where: locatorWithoutTitle(c, labels),
      asOf: sameAsBefore || !asOf ? null : `${labels.documentDate}: ${asOf}`,
      quote: quote === '' || body.includes(quote) ? null : quote,
    };
  });
}
