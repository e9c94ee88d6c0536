/**
 * Two-column tables saved as plain text lose their columns: "PİLOT Pilot lisansına sahip olmak." is the
 * row "unvan | nitelik" of a cetvel. The label is the run of words in capitals at the start of the line;
 * what follows, in ordinary case, is its cell.
 */

/** Fewer consecutive label-led lines than this are prose that happens to start with an acronym. */
export const MIN_LABEL_ROWS = 3;

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

export interface LabelRow {
  label: string;
}

/** "HAVA TRAFİK KONTROLÖRÜ Hava Trafik …" → label "HAVA TRAFİK KONTROLÖRÜ"; null for a line of another shape. */
export function parseLabelRow(line: string): LabelRow | null {
  if (line.startsWith('\t')) return null;
  const words = line.trim().split(/\s+/u);
  let n = 0;
  while (n < words.length && HAS_UPPER.test(words[n]!) && !HAS_LOWER.test(words[n]!)) n++;
  if (n === 0 || n === words.length) return null;
  const label = words.slice(0, n).join(' ');
  const cell = words.slice(n).join(' ');
  if ((label.match(/\p{L}/gu)?.length ?? 0) < 3) return null;
  // The cell reads as text: it opens with a capitalised word or a number ("1- Denizcilikle …", "657 sayılı …").
  if (!/^(?:\p{Lu}\p{Ll}|\d)/u.test(cell)) return null;
  if ((cell.match(/\p{Ll}/gu)?.length ?? 0) < 8) return null;
  return { label: label.replace(/[,;:]$/u, '') };
}

/** A line entirely in capitals ("UNVANI", "A –SÖZLEŞMELİ PERSONEL … CETVEL"): a table's caption or column names. */
export function isCapsOnlyLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && HAS_UPPER.test(t) && !HAS_LOWER.test(t) && !line.startsWith('\t');
}
