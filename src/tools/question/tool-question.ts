import { detectLanguage, foldTurkish, stripTurkishDiacritics } from '../../text/index.js';

/**
 * A question as the tool detectors read it: read once, handed to every tool's `detect` and `readFacts`.
 * A single object on purpose, so that it can be built from the shared question analysis instead.
 */
export interface ToolQuestion {
  /** As asked, whitespace collapsed. */
  text: string;
  /** tr-TR lower-case ("İzin" → "izin", "IŞIK" → "ışık"). */
  folded: string;
  /** `folded` without Turkish diacritics. */
  ascii: string;
  /**
   * Typed without any Turkish letter (an English keyboard): phrases are then matched on `ascii`. A question
   * that has Turkish letters is matched with them, so "olumsuz" never reads as "ölüm".
   */
  asciiOnly: boolean;
  language: 'tr' | 'en';
  /** A yes/no question ("… alabilir mi?", "Can …?"): the answer line starts with Evet/Hayır. */
  yesNo: boolean;
  /** First person ("iznim", "alırım", "my", "I"): a personal question gets its missing facts asked for. */
  personal: boolean;
}

// Checked on the text as typed: an all-caps "IZIN" folds to "ızın" but was typed without Turkish letters.
const TURKISH_LETTER = /[çğıöşüÇĞİÖŞÜâîû]/u;
const YES_NO_TR = /(?<![\p{L}\p{N}])(mı|mi|mu|mü)(yım|yim|yum|yüm|sın|sin|sun|sün|dır|dir|dur|dür|yız|yiz|sınız|siniz)?(?![\p{L}\p{N}])/u;
/** An English clause opening with an auxiliary: "Can I …", "…, can I take leave?". */
const YES_NO_EN = /(^|[,;:]\s*)(can|could|is|are|am|do|does|did|will|would|may|should|shall|has|have)\b/;

// "-ım/-im" endings that are part of a word, not a first-person suffix.
const NOT_FIRST_PERSON = new Set(['eğitim', 'öğretim', 'kurum', 'durum', 'yönetim', 'üretim', 'bilim', 'hüküm', 'sistem', 'iletişim', 'resim', 'izin', 'kim', 'ekim', 'teslim', 'tatbikim', 'devam', 'kadim', 'tanım', 'katılım', 'yatırım', 'bölüm', 'ölüm', 'düğüm', 'dönem', 'görüşüm', 'işlem', 'uyum', 'doğum', 'yardım', 'ilam', 'tutum', 'tüm', 'hizmetim']);

function isPersonal(folded: string, ascii: string): boolean {
  if (/\b(i|my|me|i'm|im|i've|ive|i'll|mine|myself)\b/.test(ascii)) return true;
  const words = folded.match(/[\p{L}]+/gu) ?? [];
  if (words.some((w) => /^(ben|benim|bana|bende|beni)$/u.test(w))) return true;
  return words.some((w) => w.length > 3 && !NOT_FIRST_PERSON.has(w) && /(ım|im|um|üm|yım|yim|yum|yüm|ıyorum|iyorum|uyorum|üyorum|eceğim|acağım|dım|dim|dum|düm|tım|tim|tum|tüm|mıyım|miyim|muyum|müyüm)$/u.test(w));
}

export function readToolQuestion(raw: string): ToolQuestion {
  const text = raw.replace(/\s+/g, ' ').trim();
  const folded = foldTurkish(text);
  const ascii = stripTurkishDiacritics(folded);
  const language = detectLanguage(text);
  return {
    text,
    folded,
    ascii,
    asciiOnly: !TURKISH_LETTER.test(text),
    language,
    yesNo: YES_NO_TR.test(folded) || (language === 'en' && YES_NO_EN.test(ascii)),
    personal: isPersonal(folded, ascii),
  };
}
