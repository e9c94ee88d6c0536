const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Turkish phone numbers as printed: "0 (312) 413 19 17", "446 2142073", "0532 123 45 67", "+90 ...".
const PHONE =
  /(?<![\p{L}\p{N}./-])(?:\+90[\s-]?)?(?:0\s?)?(?:\(\d{3}\)|\d{3})[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\p{N}./-]|,\d)/gu;

/**
 * Personal contact data found in documents (the strategic plan lists staff e-mails and phones) is never
 * shown: e-mail addresses and phone numbers are replaced by a marker of the same kind.
 */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[e-posta gizlendi]').replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '');
    return digits.length >= 10 ? '[telefon gizlendi]' : match;
  });
}
