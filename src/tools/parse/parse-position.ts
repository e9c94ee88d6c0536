import positionTitles from '../rules/position-titles.json' with { type: 'json' };
import { containsPhrase, wordsForMatch } from './normalize-for-match.js';

/** The position classes Madde 3 names: pilot ×3; the flight, higher-education ship and R&D posts ×2; others ×1. */
export type PositionClass = 'pilot' | 'double' | 'standard';

export interface PositionMatch {
  /** The title as the regulation's tables write it ("HELİKOPTER MAKİNİSTİ"), or the class name for class phrases. */
  title: string;
  positionClass: PositionClass;
  /** Which wording of Madde 3 the class comes from, in Turkish. */
  classLabel: string;
  notes: string[];
}

const HIGHER_EDUCATION_WORDS = ['yuksekogretim', 'universite'];

interface ClassPhrase {
  phrases: string[];
  positionClass: PositionClass;
  classLabel: string;
  /** Madde 3 ¶3 ties the ship and R&D posts to higher-education institutions. */
  needsHigherEducation?: boolean;
}

// Order matters: the first class whose phrase appears wins, so "helikopter pilotu" is a pilot.
const CLASS_PHRASES: ClassPhrase[] = [
  { phrases: ['pilot'], positionClass: 'pilot', classLabel: 'pilot pozisyonu' },
  { phrases: ['helikopter makinisti'], positionClass: 'double', classLabel: 'helikopter makinisti' },
  { phrases: ['ucus teknisyeni'], positionClass: 'double', classLabel: 'uçuş teknisyeni' },
  {
    phrases: ['ucak kontrol ve bakim', 'ucus bakim', 'ucak bakim', 'ucus kontrolor', 'ucus ile ilgili bakim', 'hava trafik kontrolor'],
    positionClass: 'double',
    classLabel: 'uçuş ile ilgili bakım ve kontrolörlük',
  },
  {
    phrases: ['gemi adami', 'gemiadami'],
    positionClass: 'double',
    classLabel: 'yükseköğretim kurumlarının gemiadamı pozisyonları',
    needsHigherEducation: true,
  },
  {
    phrases: ['arastirma gelistirme', 'ar ge', 'arge', 'bilimsel proje uzmani', 'proje destek uzmani', 'yardimci proje elemani'],
    positionClass: 'double',
    classLabel: 'yükseköğretim kurumlarının araştırma-geliştirme proje hizmetlerine ilişkin pozisyonlar',
    needsHigherEducation: true,
  },
];

// The cetvel titles of R&D posts say in their qualification that they serve higher-education projects.
const HIGHER_EDUCATION_TITLES = new Set(['BİLİMSEL PROJE UZMANI', 'PROJE DESTEK UZMANI', 'YARDIMCI PROJE ELEMANI']);

const TITLES: { title: string; phrase: string }[] = [
  ...positionTitles.titles.map((title) => ({ title, phrase: title })),
  ...Object.entries(positionTitles.aliases as Record<string, string>).map(([alias, title]) => ({ title, phrase: alias })),
].sort((a, b) => wordsForMatch(b.phrase).length - wordsForMatch(a.phrase).length || b.phrase.length - a.phrase.length);

/** The regulation's title named in the text (longest match first), or null. */
export function findPositionTitle(text: string): string | null {
  const words = wordsForMatch(text);
  return TITLES.find(({ phrase }) => containsPhrase(words, phrase))?.title ?? null;
}

/**
 * Matches free text to a Madde 3 position class. Null when the text names neither a class of Madde 3 nor
 * a title of the regulation's tables (Madde 15: no contract position outside the (4) sayılı cetvel).
 */
export function matchPosition(text: string, options: { higherEducation?: boolean } = {}): PositionMatch | null {
  const words = wordsForMatch(text);
  if (words.length === 0) return null;
  const title = findPositionTitle(text);
  const higherEducation =
    options.higherEducation === true ||
    words.some((w) => HIGHER_EDUCATION_WORDS.some((stem) => w.startsWith(stem))) ||
    (title !== null && HIGHER_EDUCATION_TITLES.has(title));
  for (const cls of CLASS_PHRASES) {
    if (!cls.phrases.some((phrase) => containsPhrase(words, phrase))) continue;
    const shown = title ?? cls.classLabel;
    if (cls.needsHigherEducation && !higherEducation) {
      return {
        title: shown,
        positionClass: 'standard',
        classLabel: 'diğer pozisyonlar',
        notes: [
          `Madde 3'teki iki kat tavan ${cls.classLabel} içindir; kurumun yükseköğretim kurumu olduğu belirtilmediği için ` +
            'genel tavan uygulandı (yükseköğretim kurumuysa "yükseköğretim" diye belirtin).',
        ],
      };
    }
    return { title: shown, positionClass: cls.positionClass, classLabel: cls.classLabel, notes: [] };
  }
  if (title !== null) return { title, positionClass: 'standard', classLabel: 'diğer pozisyonlar', notes: [] };
  return null;
}
