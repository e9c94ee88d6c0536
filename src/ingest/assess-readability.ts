/**
 * A text layer can exist and still say nothing: PDFs whose fonts lack a Unicode map extract as glyph
 * numbers ("(cid:71)(cid:72)", "/G21/G44", "3 17 44 2 …"). Such text must not be indexed as if it were
 * the document; the admin gets the reason and what to do.
 */

export type Unreadable = { reason: 'glyph-codes' | 'numbers' | 'no-words'; message: string };

const GLYPH_CODE = /\(cid:\d+\)|\/(?:g|G|gid|glyph)\d+|\bgid\d{2,}\b|\buni[0-9A-F]{4}\b/gu;
// A Turkish word has a vowel; OCR and glyph junk mostly does not.
const WORD = /^[\p{L}][\p{L}'’.\-]*$/u;
const VOWEL = /[aeıioöuüâîûAEIİOÖUÜÂÎÛ]/u;

const MIN_TOKENS = 20;
const MIN_WORDS = 30;

/** Null when the text reads as words; otherwise why not, in Turkish. */
export function assessReadability(text: string): Unreadable | null {
  const glyphCodes = text.match(GLYPH_CODE)?.length ?? 0;
  const tokens = text.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  if (glyphCodes >= 20 && glyphCodes > tokens.length * 0.3) {
    return {
      reason: 'glyph-codes',
      message:
        'metin harf yerine yazı tipi glif numaralarından oluşuyor (ör. "(cid:71)"); PDF\'in yazı tipi eşlemesi yok. ' +
        'Belgeyi OCR ile ya da başka bir programla yeniden PDF\'e çevirip ekleyin.',
    };
  }
  if (tokens.length < MIN_TOKENS) return null;
  let words = 0;
  let numbers = 0;
  for (const token of tokens) {
    const bare = token.replace(/^[("“«\[]+|[)"”»\].,;:!?]+$/gu, '');
    if (bare.length >= 2 && WORD.test(bare) && VOWEL.test(bare)) words++;
    else if (/^\d+$/u.test(bare)) numbers++;
  }
  // A table-heavy document (a budget, a cetvel of figures) still has its words; glyph junk has next to none.
  if (words >= MIN_WORDS || words >= tokens.length * 0.1) return null;
  if (numbers >= tokens.length * 0.5) {
    return {
      reason: 'numbers',
      message:
        'metin sözcük yerine sayı dizilerinden oluşuyor (yazı tipi glif numaraları); çıkarılan metin okunamıyor. ' +
        'Belgeyi OCR ile ya da başka bir programla yeniden PDF\'e çevirip ekleyin.',
    };
  }
  return {
    reason: 'no-words',
    message: 'metinde okunabilir sözcük yok (bozuk kodlama ya da taranmış görüntü); belgenin metin içeren bir kopyası gerekli.',
  };
}
