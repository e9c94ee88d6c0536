/**
 * Turkish numbers use "." for thousands and "," for decimals: "2.884,50". Inputs written the English way
 * ("2884.50") or without separators are accepted too, since people type both.
 */
export function parseTurkishNumber(input: string): number | null {
  const text = input.trim().replace(/\s*(tl|ytl|₺|try|lira)\.?$/iu, '').replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalized = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(text)) normalized = text.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalized = text.replace(/,/g, '');
  else if (/^-?\d+(\.\d+)?$/.test(text)) normalized = text;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

const TR_NUMBER = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 2 });
const TR_MONEY = new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatTurkishNumber(value: number): string {
  return TR_NUMBER.format(value);
}

/** "2.884,50 TL" — amounts always with two decimals, as on a payslip. */
export function formatTurkishLira(value: number): string {
  return `${TR_MONEY.format(value)} TL`;
}
