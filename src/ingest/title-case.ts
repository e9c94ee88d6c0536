import { asciiFold } from './document-genre.js';
import { forEachLetterRun } from './letter-runs.js';

/**
 * Titles printed in capitals ("TÜKETİCİNİN KORUNMASI HAKKINDA KANUN") are shown the way people write them
 * ("Tüketicinin Korunması Hakkında Kanun"), with Turkish case rules. Acronyms stay in capitals when the
 * document's own running text writes them so ("YÖK", "TÜBİTAK"); roman numerals and "T.C." stay as they are.
 * A word the running text spells in lower case is spelt as the text spells it, so OCR's "ÜNIVERSITESI"
 * (a dotless I for İ) becomes "Üniversitesi", not "Ünıversıtesı".
 */

const SMALL_WORDS = new Set(['ve', 'ile', 'veya', 'ya', 'da', 'de', 'ki', 'yahut']);
const ROMAN = /^(?=[IVXLC]+$)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;

function hasLower(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

const LOWER_START = /^[a-zçğıöşü]$/u;

// toTitleCase runs once per title and once more per run of capitals in it, each time over the same
// document text: its acronyms are worked out once (the set is only read).
let lastText: string | null = null;
let lastAcronyms: ReadonlySet<string> = new Set();

function acronymsOf(text: string): ReadonlySet<string> {
  if (text !== lastText) {
    lastAcronyms = findAcronyms(text);
    lastText = text;
  }
  return lastAcronyms;
}

/** Words written in capitals inside lines that also hold lower-case letters: the document's acronyms. */
function findAcronyms(text: string): Set<string> {
  const acronyms = new Set<string>();
  const titleCased = new Set<string>();
  for (const line of text.split('\n')) {
    if (!hasLower(line)) continue;
    forEachLetterRun(line, (start, end) => {
      // A word opening in a lower-case letter is neither (most words).
      if (LOWER_START.test(line[start]!)) return;
      const word = line.slice(start, end);
      if (word.length >= 2 && !hasLower(word)) acronyms.add(word);
      else if (/^\p{Lu}\p{Ll}+$/u.test(word)) titleCased.add(word);
    });
  }
  // Upper-cased once per distinct word, not per occurrence.
  for (const word of titleCased) acronyms.delete(word.toLocaleUpperCase('tr-TR'));
  return acronyms;
}

/**
 * How the running text spells the given words (matched without diacritics), first letter raised: only
 * lower-case occurrences count ("üniversitesi", "Üniversitesi"), not other words in capitals.
 */
function spellingsOf(text: string, words: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  const folded = asciiFold(text);
  for (const word of new Set(words.map(asciiFold))) {
    if (word.length < 2 || !/^\p{L}+$/u.test(word)) continue;
    const pattern = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu');
    for (const m of folded.matchAll(pattern)) {
      const original = text.slice(m.index, m.index + word.length);
      if (/^\p{L}\p{Ll}+$/u.test(original)) {
        spellings.set(word, capitalise(original));
        break;
      }
    }
  }
  return spellings;
}

function capitalise(word: string, dotlessOcr = false): string {
  const lower = (dotlessOcr ? word.replace(/I/gu, 'İ') : word).toLocaleLowerCase('tr-TR');
  return lower.charAt(0).toLocaleUpperCase('tr-TR') + lower.slice(1);
}

/** One word of a title in capitals, in title case ("EĞİTİM-ÖĞRETİM" → "Eğitim-Öğretim", "ATATÜRK'ÜN" → "Atatürk'ün"). */
function caseWord(word: string, first: boolean, acronyms: ReadonlySet<string>, spellings: ReadonlyMap<string, string>, dotlessOcr: boolean): string {
  if (/\d/u.test(word) || word.includes('.') || ROMAN.test(word)) return word;
  return word
    .split('-')
    .map((piece, i) => {
      const [stem, ...suffix] = piece.split(/(['’])/u);
      if (!stem) return piece;
      const bare = stem.replace(/[^\p{L}]/gu, '');
      let cased: string;
      if (bare.length >= 2 && acronyms.has(bare)) cased = stem;
      else if (!first && i === 0 && SMALL_WORDS.has(stem.toLocaleLowerCase('tr-TR'))) cased = stem.toLocaleLowerCase('tr-TR');
      else cased = stem.replace(/\p{L}+/u, (letters) => spellings.get(asciiFold(letters)) ?? capitalise(letters, dotlessOcr));
      return cased + suffix.join('').toLocaleLowerCase('tr-TR');
    })
    .join('-');
}

/**
 * The title in title case when it is written in capitals. A title joined from a line in title case and
 * lines in capitals ("İnönü Üniversitesi" / "ÖĞRENCİ DİSİPLİN YÖNERGESİ") has its runs of two or more
 * words in capitals cased; a single word in capitals among lower case is an acronym and kept.
 */
export function toTitleCase(title: string, documentText = ''): string {
  if (!/\p{Lu}/u.test(title)) return title;
  if (hasLower(title)) {
    return title.replace(/(?<![\p{L}\d])\p{Lu}[\p{Lu}\d'’-]*(?:\s+\p{Lu}[\p{Lu}\d'’-]*)+(?![\p{L}\d])/gu, (run) => {
      const cased = toTitleCase(run, documentText);
      const [first, ...rest] = cased.split(' ');
      return SMALL_WORDS.has(first!.toLocaleLowerCase('tr-TR')) ? [first!.toLocaleLowerCase('tr-TR'), ...rest].join(' ') : cased;
    });
  }
  const acronyms = acronymsOf(documentText);
  const spellings = spellingsOf(documentText, title.match(/\p{L}+/gu) ?? []);
  // Turkish has capital İ everywhere ("İlişkin", "BİRİNCİ"); a text with I's and hardly an İ was read by
  // OCR without the dots, so its I's in a title are İ's unless the running text spells the word otherwise.
  const dotted = (documentText.match(/İ/gu)?.length ?? 0) + (title.match(/İ/gu)?.length ?? 0);
  const dotless = (documentText.match(/I/gu)?.length ?? 0) + (title.match(/I/gu)?.length ?? 0);
  const dotlessOcr = !title.includes('İ') && (title.match(/I/gu)?.length ?? 0) >= 2 && dotted * 10 < dotless;
  return title
    .split(/(\s+)/u)
    .map((part, i) => (/^\s+$/u.test(part) ? part : caseWord(part, i === 0, acronyms, spellings, dotlessOcr)))
    .join('');
}
