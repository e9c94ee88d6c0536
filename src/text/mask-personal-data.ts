/**
 * Personal data found in documents (the strategic plan lists staff e-mails and phones; forms and decisions
 * carry TC kimlik numbers and IBANs) is never shown: each is replaced by a marker of its kind. Numbers are
 * masked only when they are what they look like: a TC kimlik number passes its checksum, an IBAN its mod-97
 * check, a phone number is written as one (a +90 or 0 prefix, an area code in parentheses, the usual
 * grouping, or a "Tel:" label) — a 10-digit file id, an article number or an amount stays.
 */

/** The markers that stand in for masked data, one per kind (code matching masked quotes reads this list). */
export const PERSONAL_DATA_MARKERS = ['[e-posta gizlendi]', '[telefon gizlendi]', '[TC kimlik no gizlendi]', '[IBAN gizlendi]'] as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// "TR33 0006 1005 1978 6457 8413 26", "TR330006100519786457841326": TR, two check digits, 22 more digits.
const IBAN = /(?<![\p{L}\p{N}])TR\s?\d{2}(?:\s?\d){22}(?![\p{N}])/gu;
const ELEVEN_DIGITS = /(?<![\p{N}.,/-])[1-9]\d{10}(?![\p{N}]|[.,]\d)/gu;
// A Turkish area code or mobile prefix: 2xx-4xx landlines, 5xx mobiles, 8xx service numbers.
const AREA = '[2-58]\\d{2}';
const PHONE_PATTERNS = [
  // "+90 532 123 45 67", "+90 (312) 413 19 17", "0090 312 4131917"
  new RegExp(`(?:\\+90|0090)[\\s-]?\\(?${AREA}\\)?[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}`, 'gu'),
  // "0 (312) 413 19 17", "0532 123 45 67", "05321234567", "0312-413-19-17"
  new RegExp(`(?<![\\p{N}.,/-])0[\\s-]?\\(?${AREA}\\)?[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}(?![\\p{N}]|[.,]\\d)`, 'gu'),
  // "(312) 413 19 17"
  new RegExp(`\\(${AREA}\\)[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}(?![\\p{N}])`, 'gu'),
  // "312 413 19 17", "446 2142073": the area code set apart, the subscriber number grouped as phones are.
  new RegExp(`(?<![\\p{N}.,/-])${AREA}[\\s-](?:\\d{3}[\\s-]\\d{2}[\\s-]\\d{2}|\\d{7})(?![\\p{N}]|[.,]\\d)`, 'gu'),
];
// "Tel: 3124131917", "Telefon: 312 4131917", "GSM 5321234567": a label makes a bare number a phone number.
const LABELLED_PHONE = new RegExp(
  `((?:Tel|Telefon|Tlf|GSM|Cep|Faks|Fax|Santral|Dahili|Phone|Mobile)\\.?\\s*(?:No\\.?|Numarası)?\\s*[:.]?\\s*)((?:\\+?90|0)?[\\s-]?\\(?${AREA}\\)?[\\s-]?\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2})(?![\\p{N}])`,
  'giu',
);

/** The official TC kimlik checksum: digit 10 from the odd and even digit sums, digit 11 from the first ten. */
export function isTcKimlikNo(digits: string): boolean {
  if (!/^[1-9]\d{10}$/u.test(digits)) return false;
  const d = [...digits].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

/** ISO 13616 mod-97 check of a Turkish IBAN (26 characters). */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/gu, '').toUpperCase();
  if (!/^TR\d{24}$/u.test(compact)) return false;
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`.replace(/[A-Z]/gu, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const ch of rearranged) remainder = (remainder * 10 + Number(ch)) % 97;
  return remainder === 1;
}

export function maskPersonalData(text: string): string {
  let out = text.replace(EMAIL, '[e-posta gizlendi]');
  out = out.replace(IBAN, (match) => (isValidIban(match) ? '[IBAN gizlendi]' : match));
  out = out.replace(ELEVEN_DIGITS, (match) => (isTcKimlikNo(match) ? '[TC kimlik no gizlendi]' : match));
  out = out.replace(LABELLED_PHONE, (_m, label: string) => `${label}[telefon gizlendi]`);
  for (const pattern of PHONE_PATTERNS) out = out.replace(pattern, '[telefon gizlendi]');
  return out;
}
