import type { Line } from './chunk-lines.js';
import { isAnnexHeading, isFootnoteLine, parseArticleHeader } from './structure.js';

const MIN_CAPS_LETTERS = 6;

function isCapsLine(line: Line): boolean {
  const t = line.text.trim();
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const lower = t.match(/\p{Ll}/gu)?.length ?? 0;
  return !line.tab && letters >= MIN_CAPS_LETTERS && lower <= letters * 0.1;
}

/**
 * Where the material after the articles starts (annexes: EK-1, cetvels, forms, "… İŞLENEMEYEN HÜKÜMLER",
 * the table of amendments; footnotes), or null. An annex heading counts only when no body article with a
 * higher number follows it (an EK-1 table printed between articles 5 and 6 is not the end of the articles),
 * and it takes the heading lines in capitals just above it ("6502 SAYILI … / … İLGİLİ TABLO"). From there on
 * article headers are the annex's content (provisions of other laws quoted in it), not articles.
 */
export function findAnnexStart(lines: readonly Line[], first: number, last: number): number | null {
  const mainAfter: number[] = new Array(last + 2).fill(0);
  for (let k = last; k >= first; k--) {
    const header = lines[k]!.tab ? null : parseArticleHeader(lines[k]!.text);
    mainAfter[k] = Math.max(mainAfter[k + 1] ?? 0, header?.main && !header.bare ? header.number : 0);
  }
  let articlesSeen = 0;
  let highestMain = 0;
  for (let k = first; k <= last; k++) {
    const line = lines[k]!;
    if (line.blank || line.footer) continue;
    const header = line.tab ? null : parseArticleHeader(line.text);
    if (header && !header.bare) {
      articlesSeen++;
      if (header.main) highestMain = Math.max(highestMain, header.number);
      continue;
    }
    if (articlesSeen === 0 || line.tab) continue;
    if (!isAnnexHeading(line.text) && !isFootnoteLine(line.text)) continue;
    if ((mainAfter[k + 1] ?? 0) > highestMain) continue;
    if (isFootnoteLine(line.text)) return k;
    let top = k;
    for (let p = k - 1, gap = 0; p > first; p--) {
      const above = lines[p]!;
      if (above.blank) {
        if (++gap > 1) break;
        continue;
      }
      if (!isCapsLine(above) || parseArticleHeader(above.text)) break;
      top = p;
      gap = 0;
    }
    return top;
  }
  return null;
}
