export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a dot does not end a sentence ("s. 1128", "vb.", "No.", "Dr.").
const ABBREVIATIONS = /(?:^|[\s(])(?:s|vb|vs|no|dr|prof|doç|av|md|bkz|örn|yy|sy|ss|mad|st|ltd|şti|a\.ş|t\.c|inc|ör)\.$/iu;

const LABEL_MAX_CHARS = 60;

/**
 * Sentence spans of a text, as offsets into it. A sentence ends at ".", "!" or "?" followed by space
 * and a capital or an opening mark, at a blank line, or at a line that starts a list item or an
 * article. Dots inside numbers ("2.884", "1.1.1") and after abbreviations never end one.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      const rest = text.slice(i + 1, i + 40);
      const paragraphBreak = /^[ \t]*\n/u.test(rest);
      const newItem = /^[ \t]*(?:\(\d+\)|[a-zçğıöşü]\)|\d+[.)-]\s|madde\s+\d|ek\s+madde|geçici\s+madde|[A-ZÇĞİÖŞÜ]{3,}|\t)/iu.test(rest);
      const lineTail = text.slice(Math.max(0, i - 3), i);
      const prevEndsClause = /[.:;!?)]\s*$/u.test(lineTail);
      // "Stratejik Amaç1:" over its text is a label, not a sentence: it is quoted with what it introduces.
      const label = /:\s*$/u.test(lineTail) && i - start <= LABEL_MAX_CHARS;
      if (label && !/^[ \t]*(?:\(\d+\)|[a-zçğıöşü]\)|\d+[.)-]\s|[-•·])/u.test(rest)) continue;
      if (paragraphBreak && prevEndsClause) push(i);
      else if (newItem && (prevEndsClause || /^[ \t]*\t/u.test(rest))) push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/u.test(next)) continue;
    const before = text.slice(Math.max(0, i - 12), i + 1);
    if (ch === '.' && ABBREVIATIONS.test(before)) continue;
    if (ch === '.' && /\d\.$/u.test(before) && /^\s*\d/u.test(text.slice(i + 1, i + 4))) continue;
    const after = text.slice(i + 1, i + 6);
    if (next === undefined || /^\s+[\p{Lu}(“"'‘\d]/u.test(after) || /^\s*\n/u.test(after)) push(i + 1);
  }
  push(text.length);
  return spans;
}

/** Clause spans inside a long sentence (split after ";", ":" and ", "), for quoting only the part that answers. */
export function splitClauses(span: Span, documentText: string): Span[] {
  const sentence = documentText.slice(span.start, span.end);
  const spans: Span[] = [];
  let start = 0;
  const re = /[;:,]\s+/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const end = m.index + 1;
    if (end - start >= 25) {
      spans.push({ start: span.start + start, end: span.start + end });
      start = m.index + m[0].length;
    }
  }
  spans.push({ start: span.start + start, end: span.end });
  return spans;
}
