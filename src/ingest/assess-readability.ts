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

const bare = (token: string) => token.replace(/^[("“«\[]+|[)"”»\].,;:!?]+$/gu, '');

function isWord(token: string): boolean {
  const b = bare(token);
  return b.length >= 2 && WORD.test(b) && VOWEL.test(b);
}

/** At least MIN_WORDS words among the tokens, read only until they are found. */
function hasWords(text: string): boolean {
  let words = 0;
  for (const m of text.matchAll(/\S+/gu)) if (isWord(m[0]) && ++words >= MIN_WORDS) return true;
  return false;
}

/** Null when the text reads as words; otherwise why not, in Turkish. */
export function assessReadability(text: string): Unreadable | null {
  const glyphCodes = text.match(GLYPH_CODE)?.length ?? 0;
  // Few glyph codes: only "enough words" is asked, and a readable text shows it in its first tokens.
  if (glyphCodes < 20 && hasWords(text)) return null;
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
    if (isWord(token)) words++;
    else if (/^\d+$/u.test(bare(token))) numbers++;
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
