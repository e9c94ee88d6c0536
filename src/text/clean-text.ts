/**
 * Cleaning that keeps every line of the source (so tables stored one cell per line keep their shape)
 * while repairing what extraction broke. Offsets of chunks and citations point into this cleaned text.
 */

/** "mes-\nleki" → "mesleki": a letter, a hyphen at the line end, and a lower-case letter on the next line. */
export function repairLineEndHyphens(text: string): string {
  return text.replace(/(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2');
}

/** Folds runs of spaces (not tabs: a leading tab marks a table cell), trims line ends, NFC. */
export function foldWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .split('\n')
    .map((line) => {
      const lead = /^\t*/.exec(line)![0];
      const rest = line.slice(lead.length).replace(/[ \t]+/g, ' ').trim();
      return lead + rest;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

export function cleanText(text: string): string {
  return foldWhitespace(repairLineEndHyphens(text.normalize('NFC')));
}
