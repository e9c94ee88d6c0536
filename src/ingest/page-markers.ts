/**
 * Printed page numbers as they appear on their own line: "201", "Sayfa 3", "Sayfa 1 / 6", "2 / 14",
 * "- 3 -", "Page 4 of 9". PDF pages and text files converted from print both carry them.
 */

export interface PageMarker {
  page: number;
  /** The page count when the marker prints it ("2 / 14"). */
  total: number | null;
  /** Lone numbers are weaker evidence than "Sayfa 3" (a table cell can be a lone number too). */
  bare: boolean;
}

const SAYFA = /^(?:Sayfa|SAYFA|Sf\.|Page|PAGE|s\.)\s*:?\s*(\d{1,5})(?:\s*(?:\/|of|\/\s*Toplam)\s*(\d{1,5}))?$/u;
const SLASH = /^(\d{1,5})\s*\/\s*(\d{1,5})$/u;
const DASHED = /^[-–—]\s*(\d{1,5})\s*[-–—]$/u;
const BARE = /^(\d{1,5})$/u;

export function parsePageMarker(line: string): PageMarker | null {
  const t = line.trim();
  if (t.length === 0 || t.length > 30) return null;
  let m = SAYFA.exec(t);
  if (m) return { page: Number(m[1]), total: m[2] ? Number(m[2]) : null, bare: false };
  m = SLASH.exec(t);
  // "12/2019" is a month and a year, not page 12 of 2019.
  const yearLike = m !== null && Number(m[2]) >= 1900 && Number(m[2]) <= 2100;
  if (m && !yearLike && Number(m[1]) <= Number(m[2]) && Number(m[1]) >= 1) return { page: Number(m[1]), total: Number(m[2]), bare: false };
  m = DASHED.exec(t);
  if (m) return { page: Number(m[1]), total: null, bare: false };
  m = BARE.exec(t);
  if (m) return { page: Number(m[1]), total: null, bare: true };
  return null;
}

export function isPageMarkerLine(line: string): boolean {
  return parsePageMarker(line) !== null;
}

interface MarkerLine {
  start: number;
  end: number;
  marker: PageMarker;
}

export interface TextPage {
  page: number;
  start: number;
  end: number;
}

/** Pages shorter than this (characters between markers) are table cells that happen to count up. */
const MIN_PAGE_CHARS = 250;
const MIN_MARKERS = { labelled: 2, bare: 3 } as const;

/** The longest run of markers whose numbers go up by one, far enough apart to be pages. */
function longestRun(markers: MarkerLine[]): MarkerLine[] {
  const length: number[] = [];
  const previous: number[] = [];
  let bestEnd = -1;
  markers.forEach((m, i) => {
    length.push(1);
    previous.push(-1);
    for (let j = i - 1; j >= 0; j--) {
      const last = markers[j]!;
      if (last.marker.page === m.marker.page - 1 && m.start - last.end >= MIN_PAGE_CHARS && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (bestEnd < 0 || length[i]! > length[bestEnd]!) bestEnd = i;
  });
  const run: MarkerLine[] = [];
  for (let k = bestEnd; k >= 0; k = previous[k]!) run.unshift(markers[k]!);
  return run;
}

/**
 * Pages of a text file from the printed page numbers it carries, or [] when it carries none. Markers are
 * read as headers when the text before the first one is shorter than the text after the last one (a
 * "Sayfa 1 / 6" line opens its page), else as footers (a number closes its page).
 */
export function findTextPages(text: string): TextPage[] {
  const lines: MarkerLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    // A cell of a table stored one per line starts with a tab: never a page number.
    const marker = line.startsWith('\t') ? null : parsePageMarker(line);
    if (marker) lines.push({ start, end, marker });
    start = end + 1;
  }
  const candidates = [lines.filter((l) => !l.marker.bare), lines.filter((l) => l.marker.bare)];
  let run: MarkerLine[] = [];
  for (const [n, group] of candidates.entries()) {
    // Thousands of bare numbers are a table of figures, not page numbers.
    const found = group.length > 4000 ? [] : longestRun(group);
    const needed = n === 0 ? MIN_MARKERS.labelled : MIN_MARKERS.bare;
    // Bare numbers must be most of the bare-number lines in the file, or they are data, not pages.
    if (found.length >= needed && (n === 0 || found.length >= group.length * 0.5) && found.length > run.length) run = found;
  }
  if (run.length === 0) return [];
  const before = run[0]!.start;
  const after = text.length - run.at(-1)!.end;
  const pages: TextPage[] = [];
  if (before <= after) {
    // Headers: page n runs from its marker to the next marker; text before the first belongs to it.
    run.forEach((m, i) => {
      pages.push({ page: m.marker.page, start: i === 0 ? 0 : m.start, end: i + 1 < run.length ? run[i + 1]!.start - 1 : text.length });
    });
  } else {
    // Footers: page n ends with its marker; text after the last one belongs to the last page.
    run.forEach((m, i) => {
      pages.push({ page: m.marker.page, start: i === 0 ? 0 : run[i - 1]!.end + 1, end: i + 1 < run.length ? m.end : text.length });
    });
  }
  return pages.filter((p) => p.end > p.start);
}
