import { stripTurkishDiacritics } from '../text/fold-turkish.js';
import type { DocumentKind } from './types.js';

/**
 * The word a document uses to name what it is — "… Yönetmeliği", "… Hakkında Kanun", "… Usul ve Esasları"
 * — in the nominative forms a title uses. Inflected forms ("Kanununun", "Yönergesinde") are mentions of
 * a document inside a sentence, not a title. Matched without Turkish diacritics: OCR writes "YÖNETMELIĞI"
 * and "ÜNIVERSITESI" with a dotless I.
 */
export interface Genre {
  kind: DocumentKind;
  /** Legal genres outrank reports and plans when both are named. */
  strength: number;
  /** Where the genre phrase ends in the line. */
  end: number;
  start: number;
}

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
const GENRES: { pattern: string; kind: DocumentKind; strength: number }[] = [
  { pattern: 'kanun hukmunde kararname(?:si)?', kind: 'law', strength: 3 },
  { pattern: 'cumhurbaskanligi kararnamesi', kind: 'law', strength: 3 },
  { pattern: 'anayasa(?:si)?', kind: 'law', strength: 3 },
  { pattern: 'kanun(?:u|lari?)?', kind: 'law', strength: 3 },
  { pattern: 'yonetmeli(?:k|gi)', kind: 'regulation', strength: 3 },
  { pattern: 'tuzu(?:k|gu)', kind: 'regulation', strength: 3 },
  { pattern: 'tebli(?:g|gi)', kind: 'regulation', strength: 3 },
  { pattern: 'yonerge(?:si)?', kind: 'directive', strength: 3 },
  { pattern: 'usul(?:ler)? ve esas(?:lari?)', kind: 'directive', strength: 3 },
  { pattern: 'esas(?:lari?)', kind: 'directive', strength: 3 },
  { pattern: 'ilkeler(?:i)?', kind: 'directive', strength: 2 },
  { pattern: 'talimat(?:i|name(?:si)?)?', kind: 'directive', strength: 2 },
  { pattern: 'prosedur(?:u)?', kind: 'directive', strength: 2 },
  { pattern: 'genelge(?:si)?', kind: 'circular', strength: 3 },
  { pattern: 'stratejik plan(?:i)?', kind: 'strategic-plan', strength: 2 },
  { pattern: 'rapor(?:u)?', kind: 'report', strength: 1 },
];
const GENRE_PATTERNS = GENRES.map((g) => ({ ...g, regex: new RegExp(`${L}${g.pattern}${R}`, 'gu') }));

/** Lower case without diacritics, one character for one character (offsets stay those of the line). */
export function asciiFold(text: string): string {
  const lower = text.toLocaleLowerCase('tr-TR');
  // Turkish lower-casing keeps lengths; a character that does not (rare outside Turkish) is folded alone.
  const folded = lower.length === text.length ? lower : [...text].map((c) => (c.toLocaleLowerCase('tr-TR').length === c.length ? c.toLocaleLowerCase('tr-TR') : c)).join('');
  const stripped = stripTurkishDiacritics(folded);
  return stripped.length === folded.length ? stripped : [...folded].map((c) => (stripTurkishDiacritics(c).length === 1 ? stripTurkishDiacritics(c) : c)).join('');
}

/** Every genre phrase in a line (matched on its tr-TR lower case), left to right. */
export function findGenres(line: string): Genre[] {
  const folded = asciiFold(line);
  const found: Genre[] = [];
  for (const g of GENRE_PATTERNS) {
    for (const m of folded.matchAll(g.regex)) found.push({ kind: g.kind, strength: g.strength, start: m.index, end: m.index + m[0].length });
  }
  // "Usul ve Esaslar" also matches "Esaslar": keep the longer phrase.
  return found
    .filter((g) => !found.some((o) => o !== g && o.start <= g.start && o.end >= g.end && o.end - o.start > g.end - g.start))
    .sort((a, b) => a.start - b.start);
}

/** The genre a title ends with, or its last one: "… Kanununda Değişiklik Yapılmasına Dair Yönetmelik" → regulation. */
export function lastGenre(line: string): Genre | null {
  return findGenres(line).at(-1) ?? null;
}

/** The words of a genre that open a line and need the line before ("YÖNERGESİ", "Hakkında Yönetmelik"). */
export function isGenreHead(word: string): boolean {
  return /^(?:yonergesi|yonetmeligi|esaslari|kanunu|genelgesi|tuzugu|tebligi|plani|raporu|ilkeleri|talimati|proseduru)$/u.test(asciiFold(word));
}
