import { understandQuestion, type EarlierTurn, type ParsedQuestion } from '../../question/index.js';
import { foldTurkish, stripTurkishDiacritics } from '../../text/index.js';

/**
 * A question as the tool detectors read it: the shared analysis (language, words and stems, ASCII words,
 * years, quantities, follow-up, personal) plus the few readings only tools need, made once and handed to
 * every tool's `detect` and `readFacts`.
 */
export interface ToolQuestion extends ParsedQuestion {
  // `years` also holds years glued to a suffix ("YYYYe"), in the order written.
  /** `text` in tr-TR lower case ("İzin" → "izin", "IŞIK" → "ışık"), punctuation kept. */
  folded: string;
  /** `folded` without Turkish diacritics, punctuation kept. */
  ascii: string;
  /**
   * Typed without any Turkish letter (an English keyboard): phrases are then matched on `ascii`. A question
   * that has Turkish letters is matched with them, so "olumsuz" never reads as "ölüm".
   */
  asciiOnly: boolean;
  /** A yes/no question ("… alabilir mi?", "Can …?"): the answer line starts with Evet/Hayır. */
  yesNo: boolean;
  /**
   * Speaks of the asker's own case ("annem vefat etti", "12 yıldır çalışıyorum", "my", "I"): a fact it
   * lacks is asked for. Broader than `personal` (answer privately), which needs an entitlement word.
   */
  firstPerson: boolean;
}

// Checked on the text as typed: an all-caps "IZIN" folds to "ızın" but was typed without Turkish letters.
const TURKISH_LETTER = /[çğıöşüÇĞİÖŞÜâîû]/u;
const YES_NO_TR = /(?<![\p{L}\p{N}])(mı|mi|mu|mü)(yım|yim|yum|yüm|sın|sin|sun|sün|dır|dir|dur|dür|yız|yiz|sınız|siniz)?(?![\p{L}\p{N}])/u;
/** An English clause opening with an auxiliary: "Can I …", "…, can I take leave?". */
const YES_NO_EN = /(^|[,;:]\s*)(can|could|is|are|am|do|does|did|will|would|may|should|shall|has|have)\b/;

// "-ım/-im" endings that are part of a word, not a first-person suffix.
const NOT_FIRST_PERSON = new Set(['eğitim', 'öğretim', 'kurum', 'durum', 'yönetim', 'üretim', 'bilim', 'hüküm', 'sistem', 'iletişim', 'resim', 'izin', 'kim', 'ekim', 'teslim', 'devam', 'kadim', 'tanım', 'katılım', 'yatırım', 'bölüm', 'ölüm', 'düğüm', 'dönem', 'işlem', 'uyum', 'doğum', 'yardım', 'ilam', 'tutum', 'tüm']);
const FIRST_PERSON_ENDING = /(ım|im|um|üm|yım|yim|yum|yüm|ıyorum|iyorum|uyorum|üyorum|eceğim|acağım|dım|dim|dum|düm|tım|tim|tum|tüm|mıyım|miyim|muyum|müyüm)$/u;

function speaksInFirstPerson(parsed: ParsedQuestion): boolean {
  if (parsed.asciiWords.some((w) => /^(i|my|me|im|ive|ill|mine|myself)$/.test(w))) return true;
  const words = foldTurkish(parsed.text).match(/\p{L}+/gu) ?? [];
  if (words.some((w) => /^(ben|benim|bana|bende|beni)$/u.test(w))) return true;
  return words.some((w) => w.length > 3 && !NOT_FIRST_PERSON.has(w) && FIRST_PERSON_ENDING.test(w));
}

/** "…den …e" after a year ("YYYYden"): a year glued to its suffix without an apostrophe, which the shared analysis skips. */
const GLUED_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?=\p{L})(?!\s*sayılı)/gu;

function yearsOf(parsed: ParsedQuestion): number[] {
  const glued = [...parsed.text.matchAll(GLUED_YEAR)].map((m) => ({ year: Number(m[1]), at: m.index }));
  if (glued.length === 0) return parsed.years;
  const all = [...parsed.text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => ({ year: Number(m[1]), at: m.index }));
  return all.filter((y) => parsed.years.includes(y.year) || glued.some((g) => g.at === y.at)).map((y) => y.year);
}

export function toolQuestionOf(parsed: ParsedQuestion): ToolQuestion {
  const folded = foldTurkish(parsed.text);
  const ascii = stripTurkishDiacritics(folded);
  return {
    ...parsed,
    years: yearsOf(parsed),
    folded,
    ascii,
    asciiOnly: !TURKISH_LETTER.test(parsed.text),
    yesNo: YES_NO_TR.test(folded) || (parsed.language === 'en' && YES_NO_EN.test(ascii)),
    firstPerson: parsed.personal || speaksInFirstPerson(parsed),
  };
}

/** Analyses a question for the tools; `history` are the questions before it in the conversation. */
export function readToolQuestion(raw: string, history: readonly EarlierTurn[] = []): ToolQuestion {
  return toolQuestionOf(understandQuestion(raw, history));
}
