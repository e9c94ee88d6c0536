const ASCII_FOLD: Record<string, string> = {
  ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u', é: 'e',
};

/**
 * Code units whose NFC form is themselves, which never compose with a neighbour and whose Turkish lower
 * case is one code unit that plain `toLowerCase` gives too, but for I and İ: Latin letters with their
 * diacritics, digits, punctuation, quotes and dashes. Text made of these alone is lower-cased without ICU
 * normalisation and the locale's rules (~2× faster; a test compares both on every such unit).
 */
const NOT_SIMPLE = (() => {
  const ranges: string[] = [];
  let from = -1;
  const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
  for (let unit = 0; unit <= 0x2100; unit++) {
    const ch = String.fromCharCode(unit);
    const inRange = unit <= 0x2ff || (unit >= 0x2000 && unit <= 0x20cf);
    const lower = ch.toLocaleLowerCase('tr-TR');
    const simple = unit < 0x2100 && inRange && !/\p{M}/u.test(ch) && ch.normalize('NFC') === ch && lower.length === 1 && (lower === ch.toLowerCase() || ch === 'I' || ch === 'İ');
    if (!simple && from < 0) from = unit;
    if (simple && from >= 0) {
      ranges.push(from === unit - 1 ? hex(from) : `${hex(from)}-${hex(unit - 1)}`);
      from = -1;
    }
  }
  return new RegExp(`[${ranges.join('')}${hex(from)}-\\uffff]`);
})();

/** Lower-cases with Turkish rules: "İ" → "i", "I" → "ı" (plain toLowerCase turns "İ" into "i̇"). */
export function foldTurkish(text: string): string {
  if (NOT_SIMPLE.test(text)) return text.normalize('NFC').toLocaleLowerCase('tr-TR');
  return text.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();
}

/** Upper-cases with Turkish rules: "i" → "İ", "ı" → "I". */
export function upperTurkish(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('tr-TR');
}

const STRIPPED = new RegExp(`[${Object.keys(ASCII_FOLD).join('')}\u0307]`, 'g');

/**
 * Strips Turkish diacritics from already folded text, so "ogretmen" typed on an English keyboard
 * meets "öğretmen" in the corpus.
 */
export function stripTurkishDiacritics(folded: string): string {
  // One regex pass instead of a string built a character at a time (half the cost of checking a 400 KB
  // law for planted instructions); the keys are single BMP characters, so code units are characters here.
  if (folded.length < LONG_TEXT) return folded.replace(STRIPPED, (ch) => ASCII_FOLD[ch] ?? '');
  // Whole document texts (ingest folds every one for its title words): a table over code units, without a
  // callback per letter — a third of the regex pass's time on the scale corpus.
  const bytes = Buffer.allocUnsafe(folded.length * 2);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit === 0x307) continue;
    const out = unit < FOLDED_UNIT.length ? FOLDED_UNIT[unit]! : unit;
    bytes[n++] = out & 0xff;
    bytes[n++] = out >> 8;
  }
  return bytes.toString('utf16le', 0, n);
}

const LONG_TEXT = 256;
/** Code unit → its folded unit, up to the highest folded letter (ş, U+015F). */
const FOLDED_UNIT = (() => {
  const table = new Uint16Array(0x160).map((_, unit) => unit);
  for (const [from, to] of Object.entries(ASCII_FOLD)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();
