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

const UNITS: Record<string, number> = {
  sifir: 0, bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9,
};
const TENS: Record<string, number> = {
  on: 10, yirmi: 20, otuz: 30, kirk: 40, elli: 50, altmis: 60, yetmis: 70, seksen: 80, doksan: 90,
};
const SCALES: Record<string, number> = { bin: 1_000, milyon: 1_000_000, milyar: 1_000_000_000 };

function isNumberWord(token: string): boolean {
  return token in UNITS || token in TENS || token === 'yuz' || token in SCALES || token === 'bucuk';
}

/**
 * Turkish number words (and "4 bin 608") become digits in folded, diacritic-free text: "on alti hafta" →
 * "16 hafta", "bir bucuk" → "1.5". Words with a second meaning ("alti" = below, "yuz" = face) change too,
 * so callers compare two texts converted alike, or read numbers only next to a unit.
 */
export function numberWordsToDigits(text: string): string {
  const tokens = text.split(' ');
  const isScale = (t: string | undefined) => t !== undefined && t in SCALES;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const startsRun = (isNumberWord(first) && first !== 'bucuk') || (/^\d+$/.test(first) && isScale(tokens[i + 1]));
    if (!startsRun) {
      out.push(first);
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (/^\d+$/.test(t)) {
        // Digits join a run only before a scale word ("4 bin") or right after one ("bin 608"):
        // two bare numbers never merge.
        if (j !== i && !isScale(tokens[j - 1])) break;
        current += Number(t);
      } else if (t in UNITS) current += UNITS[t]!;
      else if (t in TENS) current += TENS[t]!;
      else if (t === 'yuz') current = (current || 1) * 100;
      else if (isScale(t)) {
        total += (current || 1) * SCALES[t]!;
        current = 0;
      } else if (t === 'bucuk') {
        current += 0.5;
        j += 1;
        break;
      } else break;
    }
    out.push(String(total + current));
    i = j;
  }
  return out.join(' ');
}
