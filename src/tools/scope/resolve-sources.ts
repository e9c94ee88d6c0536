import type { RuleSet } from '../rules/load-rules.js';

/** What source resolution needs of an indexed document. */
export interface IndexedText {
  id: string;
  text: string;
}

/** Whitespace differs between loaders (line breaks in a PDF, double spaces): quotes are compared without it. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The indexed document each rule set's numbers come from: the first document that holds every quote of the
 * set verbatim (whitespace aside). A rule set none holds is absent from the map, and its tools do not run —
 * they would print numbers nobody could check. Documents are never recognised by id or title: a renamed or
 * uploaded copy of the regulation works, an amended text whose quotes changed does not.
 */
export function resolveRuleSources(ruleSets: readonly RuleSet[], documents: readonly IndexedText[]): Map<string, string> {
  const sources = new Map<string, string>();
  const squashed = new Map<string, string>();
  const textOf = (doc: IndexedText) => {
    let text = squashed.get(doc.id);
    if (text === undefined) squashed.set(doc.id, (text = squash(doc.text)));
    return text;
  };
  for (const set of ruleSets) {
    const quotes = [...new Set(set.rules.map((r) => squash(r.quote)))].sort((a, b) => b.length - a.length);
    const anchor = quotes[0]!;
    // A long word of the longest quote is looked for in the raw text first: most documents fail there,
    // and only the rest are squashed and checked quote by quote.
    const probe = anchor.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    const holder = documents.find(
      (doc) => doc.text.includes(probe) && textOf(doc).includes(anchor) && quotes.every((q) => textOf(doc).includes(q)),
    );
    if (holder) sources.set(set.id, holder.id);
  }
  return sources;
}

/** Where a quote sits in a document's text, whitespace aside: [start, end) of the original text, or null. */
export function findQuoteSpan(text: string, quote: string): { start: number; end: number } | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return null;
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
