const ASCII_FOLD: Record<string, string> = {
  ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u', é: 'e',
};

/** Lower-cases with Turkish rules: "İ" → "i", "I" → "ı" (plain toLowerCase turns "İ" into "i̇"). */
export function foldTurkish(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('tr-TR');
}

/** Upper-cases with Turkish rules: "i" → "İ", "ı" → "I". */
export function upperTurkish(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('tr-TR');
}

/**
 * Strips Turkish diacritics from already folded text, so "ogretmen" typed on an English keyboard
 * meets "öğretmen" in the corpus.
 */
export function stripTurkishDiacritics(folded: string): string {
  let out = '';
  for (const ch of folded) out += ASCII_FOLD[ch] ?? ch;
  return out.replace(/\u0307/g, '');
}
