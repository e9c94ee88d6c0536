import { foldTurkish } from '../text/fold-turkish.js';

/**
 * Extraction and conversion tools sometimes write a control character (most often U+0000) where a font or
 * code page had a letter they could not map: "Yönetmel\0ğ\0n" is "Yönetmeliğin". Each such character is
 * read as the letter that turns the most of its words into words the document (or everyday Turkish) uses
 * elsewhere; with no evidence at all a NUL is read as "i", the letter it stands for in practice.
 */

const LOWER_LETTERS = [...'abcçdefgğhıijklmnoöprsştuüvyz'];

// Everyday words of Turkish official prose: evidence when a broken letter is missing from the whole text.
const COMMON_WORDS = new Set(
  (
    'bir bu ve ile için gibi olan olarak olup ilgili ilişkin göre kadar sonra önce itibaren tarihinde tarihli sayılı ' +
    'madde maddesi maddesinin fıkra fıkrası bent bendi birinci ikinci üçüncü dördüncü beşinci altıncı hükümleri hüküm ' +
    'yönetmelik yönetmeliği yönetmeliğin yönerge yönergesi yönergenin kanun kanunu kanunun esaslar esasları usul ' +
    'üniversite üniversitesi üniversitesinin rektör rektörlük senato senatosu kurul kurulu kurulunun karar kararı ' +
    'öğrenci öğrenciler öğrencinin öğretim eğitim dekan dekanlık enstitü enstitüsü fakülte fakültesi bölüm bölümü ' +
    'amaç kapsam dayanak tanımlar yürürlük yürütme yürürlüğe girer yürütür uygulanır belirlenir verilir yapılır ' +
    'her veya ya da değil daha en çok az gün ay yıl süre süresi içinde dışında üzere halinde hâlinde durumunda ' +
    'personel memur görev görevi görevli yetki yetkili sorumlu başkan başkanı başkanlığı müdür müdürlüğü genel ' +
    'işlem işlemleri iş ilk son diğer ise ancak şekilde biçimde tarafından hakkında dair ait bağlı üye üyeleri ' +
    'sınav sınavı ders dersi dönem yarıyıl kayıt başvuru belge belgesi ödeme ücret izin hizmet hizmetleri ' +
    'bilgi sistem merkez merkezi program programı proje çalışma esas ilke ilkeleri şartı şartları en az'
  ).split(' '),
);

const BROKEN = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/u;
const BROKEN_GLOBAL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/gu;
// A word that holds broken characters between or next to letters.
const BROKEN_WORD = /[\p{L}\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]+/gu;

export interface ControlCharacterRepair {
  text: string;
  /** Per broken character: what it was read as and how often ("U+0000 → i × 237"). */
  repaired: { char: string; letter: string | null; count: number }[];
}

function codeOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How many words containing `char` become known words when it is read as each candidate letter. */
function bestLetter(char: string, words: Map<string, number>, vocabulary: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const letter of LOWER_LETTERS) {
    let score = 0;
    for (const [word, count] of words) {
      if (!word.includes(char)) continue;
      const candidate = word.split(char).join(letter);
      if (vocabulary.has(candidate)) score += 2 * Math.min(count, 5);
      else if (COMMON_WORDS.has(candidate)) score += Math.min(count, 5);
    }
    if (score > bestScore) {
      best = letter;
      bestScore = score;
    }
  }
  if (best) return best;
  return char === '\u0000' ? 'i' : null;
}

/** A broken letter inside a word in capitals ("YÖNETMEL\0K") is a capital too. */
function isUpperContext(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  const upper = (c: string) => /\p{Lu}/u.test(c);
  const letter = (c: string) => /\p{L}/u.test(c);
  return (upper(before) || !letter(before)) && (upper(after) || !letter(after)) && (upper(before) || upper(after));
}

/**
 * Replaces control characters that stand inside words by the letter they stand for; other control
 * characters (outside words) are dropped. Tabs, line feeds, carriage returns and form feeds are kept.
 */
export function repairControlCharacters(text: string): ControlCharacterRepair {
  if (!BROKEN.test(text)) return { text, repaired: [] };
  const vocabulary = new Map<string, number>();
  const brokenWords = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(BROKEN_WORD)) {
    const word = foldTurkish(match[0]);
    if (!BROKEN.test(word)) {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      continue;
    }
    if (!/\p{L}/u.test(word)) continue;
    for (const char of new Set(word.match(BROKEN_GLOBAL) ?? [])) {
      const words = brokenWords.get(char) ?? new Map<string, number>();
      words.set(word, (words.get(word) ?? 0) + 1);
      brokenWords.set(char, words);
    }
  }
  const letterOf = new Map<string, string | null>();
  for (const [char, words] of brokenWords) letterOf.set(char, bestLetter(char, words, vocabulary));

  const counts = new Map<string, number>();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!BROKEN.test(char)) {
      out += char;
      continue;
    }
    counts.set(char, (counts.get(char) ?? 0) + 1);
    const inWord = /\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + 1] ?? '');
    const letter = inWord ? letterOf.get(char) : null;
    if (letter) out += isUpperContext(text, i) ? letter.toLocaleUpperCase('tr-TR') : letter;
  }
  return {
    text: out,
    repaired: [...counts].map(([char, count]) => ({ char: codeOf(char), letter: letterOf.get(char) ?? null, count })),
  };
}

/** "237 bozuk karakter (U+0000) "i" harfi olarak onarıldı" — one warning per broken character. */
export function describeRepairs(repaired: ControlCharacterRepair['repaired']): string[] {
  return repaired.map(({ char, letter, count }) =>
    letter
      ? `${count} bozuk karakter (${char}) "${letter}" harfi olarak onarıldı`
      : `${count} denetim karakteri (${char}) metinden çıkarıldı`,
  );
}
