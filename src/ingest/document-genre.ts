import type { DocumentKind } from './types.js';

/**
 * The word a document uses to name what it is — "… Yönetmeliği", "… Hakkında Kanun", "… Usul ve Esasları"
 * — in the nominative forms a title uses. Inflected forms ("Kanununun", "Yönergesinde") are mentions of
 * a document inside a sentence, not a title.
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
  { pattern: 'kanun hükmünde kararname(?:si)?', kind: 'law', strength: 3 },
  { pattern: 'cumhurbaşkanlığı kararnamesi', kind: 'law', strength: 3 },
  { pattern: 'anayasa(?:sı)?', kind: 'law', strength: 3 },
  { pattern: 'kanun(?:u|lar[ıi]?)?', kind: 'law', strength: 3 },
  { pattern: 'yönetmeli(?:k|ği)', kind: 'regulation', strength: 3 },
  { pattern: 'tüzü(?:k|ğü)', kind: 'regulation', strength: 3 },
  { pattern: 'tebli(?:ğ|ği)', kind: 'regulation', strength: 3 },
  { pattern: 'yönerge(?:si)?', kind: 'directive', strength: 3 },
  { pattern: 'usul(?:ler)? ve esas(?:lar[ıi]?|ları)', kind: 'directive', strength: 3 },
  { pattern: 'esas(?:lar[ıi]?|ları)', kind: 'directive', strength: 3 },
  { pattern: 'ilkeler(?:i)?', kind: 'directive', strength: 2 },
  { pattern: 'talimat(?:ı|name(?:si)?)?', kind: 'directive', strength: 2 },
  { pattern: 'prosedür(?:ü)?', kind: 'directive', strength: 2 },
  { pattern: 'genelge(?:si)?', kind: 'circular', strength: 3 },
  { pattern: 'stratejik plan(?:ı)?', kind: 'strategic-plan', strength: 2 },
  { pattern: 'rapor(?:u)?', kind: 'report', strength: 1 },
];
const GENRE_PATTERNS = GENRES.map((g) => ({ ...g, regex: new RegExp(`${L}${g.pattern}${R}`, 'gu') }));

/** Every genre phrase in a line (matched on its tr-TR lower case), left to right. */
export function findGenres(line: string): Genre[] {
  const folded = line.toLocaleLowerCase('tr-TR');
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
  const folded = word.toLocaleLowerCase('tr-TR');
  return /^(?:yönergesi|yönetmeliği|esasları|kanunu|genelgesi|tüzüğü|tebliği|planı|raporu|ilkeleri|talimatı|prosedürü)$/u.test(folded);
}
