import { foldTurkish, stripTurkishDiacritics } from '../../text/index.js';

/**
 * Lower-case, Turkish letters folded to ASCII, everything but letters and digits to single spaces:
 * "Uçuş Teknisyeni'nin" → "ucus teknisyeni nin". For matching titles, names and numbers written with or
 * without Turkish letters; trigger words use PhraseSet, which keeps the letters.
 */
export function toAsciiText(text: string): string {
  return stripTurkishDiacritics(foldTurkish(text)).replace(/[^a-z0-9]+/g, ' ').trim();
}

export function asciiWords(text: string): string[] {
  const normalized = toAsciiText(text);
  return normalized ? normalized.split(' ') : [];
}

/** An arguments object without the facts the question did not state. */
export function definedArgs(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));
}
