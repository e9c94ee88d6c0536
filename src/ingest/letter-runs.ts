/**
 * The runs of letters in a text — what `text.matchAll(/\p{L}+/gu)` finds — by a scan over code units with a
 * per-unit table: profile inference reads every word of every document for title stems and acronyms, and
 * the Unicode regex's match objects were most of that time. A property test checks both give the same runs.
 */

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit: 1 letter, 2 other; 0 not yet looked up (filled on first sight). */
const unitClass = new Uint8Array(0x10000);

function isLetterUnit(unit: number): boolean {
  let k = unitClass[unit]!;
  if (k === 0) unitClass[unit] = k = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return k === 1;
}

/** Length (1 or 2 units) of the letter at `i`, or 0 when none starts there. */
function letterAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return isLetterUnit(unit) ? 1 : 0;
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return isLetterUnit(unit) ? 1 : 0;
  return LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Calls `visit(start, end, letters)` for each maximal run of letters, in order (`letters`: code points). */
export function forEachLetterRun(text: string, visit: (start: number, end: number, letters: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    while (step > 0) {
      i += step;
      letters++;
      step = i < n ? letterAt(text, i) : 0;
    }
    visit(start, i, letters);
  }
}
