import { analyseWords, asciiWords, contentWords, detectLanguage, foldTurkish, indexTerms, isStopword, normaliseText, numberWordsToDigits, parseTurkishNumber, stripTurkishDiacritics, type AnalysedWord } from '../text/index.js';
import { alternativesByWord, expandQuery, type ExpandedQuery } from './expand-query.js';
import { isQuestionFormWord } from './question-form-words.js';
import { findArticleReferences, findDocumentMentions, type ArticleReference, type DocumentMention } from './find-document-mentions.js';

/** An earlier question of the same conversation (a Slack thread, a terminal session). */
export interface EarlierTurn {
  question: string;
}

/** A number with the unit written after it: "20 gün", "on beş gün", "10.000 TL", "%25". */
export interface Quantity {
  value: number;
  /** Folded unit word ("gün", "tl", "yıl", "%"), or null for a bare number. */
  unit: string | null;
  text: string;
}

/** What the question asks for, read off its wording. */
export interface QuestionForm {
  /** "kaç", "ne kadar", "how many": the answer is a number or an amount. */
  wantsNumber: boolean;
  /** "hangi …ler", "nelerdir", "kimlerden": the answer is a list. */
  wantsList: boolean;
  /** "ücret", "tavan", "ne kadar": a money question; the answer says how current its source is. */
  asksAmount: boolean;
  /** The noun counted by "kaç …" ("kaç kişi" → "kişi"), folded. */
  countedNoun: string | null;
  /** The kind of quantity the answer states, when the wording says ("kaç gün", "ne kadar sürer", "yüzde kaç"). */
  unit: 'duration' | 'percent' | 'age' | 'money' | null;
  /** "… açık mı yapılır?", "Can a …?": the answer is yes or no. */
  yesNo: boolean;
  /** The time unit named ("kaç gün", "kaç saattir", "how many days" → "gün"), folded; null when none is. */
  timeUnit: string | null;
  /**
   * The word whose amount a Turkish question asks: the content word right before "kaç", "ne kadar" or
   * "yüzde kaç" ("baro aidatı kaç liradır" → "aidatı", "kira artışı en fazla ne kadar" → "artışı"),
   * folded; null when the question asks no amount or opens with the asking words.
   */
  measuredWord: string | null;
}

/**
 * The question analysed once; every later stage (tool detection, retrieval, quote selection, refusal)
 * reads this instead of re-parsing the raw string.
 */
export interface ParsedQuestion {
  /** As received. */
  raw: string;
  /** NFC, invisible characters dropped, whitespace folded. */
  text: string;
  /** What is searched: the text, or the earlier question and the text for an elliptical follow-up. */
  searchText: string;
  language: 'tr' | 'en';
  /** Words of `searchText`, through the one Turkish analyser. */
  words: AnalysedWord[];
  /** Diacritic-free words of `text`, punctuation dropped (for fixed phrases and trigger words). */
  asciiWords: string[];
  /** Index terms of `searchText` (stems and "~" twins). */
  terms: string[];
  /** Synonym and English→Turkish expansions of `searchText`. */
  expansion: ExpandedQuery;
  /** Per folded content word, the words that may stand for it in a passage. */
  alternatives: Map<string, string[]>;
  /** Documents the question names, as written. */
  documents: DocumentMention[];
  /** Articles it asks for, each tied to the named document it belongs to when there is one. */
  articles: ArticleReference[];
  /** Years it names ("2023", "2015-2019" → 2015, 2019), not counting law numbers. */
  years: number[];
  quantities: Quantity[];
  /**
   * The clause that asks, when the question first tells a story ("Eğer ben … sipariş ettiysem ve …
   * beğenmediysem, sözleşmeden dönmek için kaç günüm var?" → the part after the last comma): folded
   * content words of it, or null for a question that is one clause. The story's words are context, not
   * what the answer must hold.
   */
  askingWords: string[] | null;
  /** A short or "peki …" question read together with the one before it. */
  followUp: boolean;
  /** About the asker's own entitlement ("iznim", "alabilir miyim"): answered privately. */
  personal: boolean;
  form: QuestionForm;
}

const FOLLOW_UP = /^(peki|ya|o zaman|and|what about)\b/iu;
// Letters around the words, not \b: JavaScript's \b knows only ASCII letters ("ücretim", "hakkım" never matched).
const PERSONAL_QUESTION = /(?<!\p{L})(benim|bana|iznim|maaşım|ücretim|tazminatım|hakkım|alabilir miyim|my|am i)(?!\p{L})/iu;
const ENTITLEMENT_TOPIC = /(?<!\p{L})(izin|izni|ücret|maaş|tazminat|leave|salary|pay|severance)/iu;
const AMOUNT_QUESTION = /(?<!\p{L})(ücret|maaş|tavan|tutar|miktar|ne kadar|kaç tl|kaç lira|salary|pay|cap|amount)/iu;
const NUMBER_QUESTION = /\b(kaç|ne kadar|miktar|tutar|oran|yüzde|süre|how many|how much|how long|rate|amount|percentage|minimum|maximum|at most|at least|what age|how old|time limit|deadline)/iu;
const LIST_QUESTION = /(?:^|\s)(?:hangi|hangileri|neler|nelerdir|kimler|kimlerdir|kimlerden|which|what are|who are)(?:\s|$|\?)/iu;
const COUNTED_NOUN = /\b(?:kaç|how many)\s+([\p{L}]+)/iu;
const DURATION_QUESTION = /\b(?:kaç|how many)\s+(?:gün|hafta|ay|yıl|sene|saat|dakika|days?|weeks?|months?|years?|hours?)|\bne\s+kadar\s+(?:süre|sürer|sürüyor|sürecek|zaman)|\bsüresi\s+(?:ne|nedir|kaç)|\bhow\s+long|\btime\s+limit|\bdeadline|\bwithin\s+what\s+(?:period|time)|\bne\s+zamana?\s+kadar|\bkaç\s+(?:günde|günlük|haftalık|aylık|yıllık|günüm|gün içinde)/iu;
const PERCENT_QUESTION = /\byüzde\s+kaç|\boranı\s+(?:ne|nedir|kaç)|\bpercent/iu;
const AGE_QUESTION = /\bkaç\s+yaş|\byaş(?:ı|ında|ını)?\s+(?:şartı|sınırı|kaç)|\bhangi\s+yaş|\bwhat\s+age|\bhow\s+old|\b(?:minimum|maximum)\s+age|\bage\s+(?:limit|of\s+majority)/iu;
const MONEY_QUESTION = /\bkaç\s+(?:tl|lira)|(?<!\p{L})(?:ücret|maaş|ceza|tutar|bedel|ödene[kğ]|aidat|harç|harc)\p{L}*(?:\s+(?:tavan|üst\s+sınır|miktar|tutar)\p{L}*)?\s+ne\s+kadar|\bne\s+kadar\s+(?:ücret|para|ceza|maaş|ödenek|aylık)|\bhow\s+much/iu;

function unitOf(text: string): QuestionForm['unit'] {
  if (AGE_QUESTION.test(text)) return 'age';
  if (PERCENT_QUESTION.test(text)) return 'percent';
  if (DURATION_QUESTION.test(text)) return 'duration';
  if (MONEY_QUESTION.test(text)) return 'money';
  return null;
}

const YES_NO_QUESTION = /(?<!\p{L})(?:mı|mi|mu|mü|mıdır|midir|mudur|müdür)(?!\p{L})|^(?:can|may|is|are|does|do|must|should|shall)\b/iu;
const TURKISH_TIME_UNIT = /^(?:gün|hafta|ay|yıl|saat|dakika)/u;
const ENGLISH_TIME_UNITS: Record<string, string> = { day: 'gün', week: 'hafta', month: 'ay', year: 'yıl', hour: 'saat', minute: 'dakika' };

/** "kaç günüm" → "gün", "kaç saattir" → "saat", "how many days" → "gün". */
function timeUnitOf(countedNoun: string | null): string | null {
  if (!countedNoun) return null;
  return TURKISH_TIME_UNIT.exec(countedNoun)?.[0] ?? ENGLISH_TIME_UNITS[countedNoun.replace(/s$/u, '')] ?? null;
}

// "en fazla", "en az", "azami", "toplam" qualify the amount; the word before them is what is measured.
const AMOUNT_QUALIFIER = /^(?:en|fazla|az|çok|azami|asgari|toplam|yüzde|yıllık|aylık|günlük)$/u;
const ASKS_AMOUNT_AT = /(?<!\p{L})(?:kaç|ne\s+kadar)/u;

/** "baro aidatı kaç liradır" → "aidatı"; see QuestionForm.measuredWord. */
function measuredWordOf(text: string, language: 'tr' | 'en'): string | null {
  if (language !== 'tr') return null;
  const folded = foldTurkish(text);
  const at = ASKS_AMOUNT_AT.exec(folded);
  if (!at) return null;
  // A parenthesis or a comma between them ends the phrase: "güvence (depozito) en fazla kaç" is about "güvence".
  const before = folded.slice(0, at.index).replace(/\([^)]*\)/gu, ' ').split(/[,;:]/u).at(-1)!;
  const words = before.match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (AMOUNT_QUALIFIER.test(word)) continue;
    // Only the head of a noun compound ("baro aidatı", "görev süresi", "kira artışı"), which Turkish marks
    // with the possessive ending: a word before "kaç" without it is rather a time, a place or a manner
    // ("yılda kaç taksit", "kuruma ne kadar önceden", "kesintisiz en az ne kadar").
    return isStopword(word) || [...word].length < 4 || !/[ıiuü]$/u.test(word) ? null : word;
  }
  return null;
}

const YEAR = /\b(19\d{2}|20\d{2})\b(?!\s*sayılı)/gu;
// Units as read in diacritic-free text ("gün" → "gun"), by the start of the word ("günlük", "yıldır").
const UNIT = /^(tl|lira|ytl|gun|hafta|ay|yil|saat|dakika|kisi|yuzde|day|week|month|year|hour)/u;

/** "20 gün", "on beş gün" (number words read), "%25", "10.000 TL". */
function quantitiesOf(text: string): Quantity[] {
  const words = stripTurkishDiacritics(foldTurkish(text)).replace(/[^\p{L}\d.,% ]+/gu, ' ');
  const digits = numberWordsToDigits(words.replace(/\s+/g, ' ').trim());
  const found: Quantity[] = [];
  for (const m of digits.matchAll(/(%\s*)?(\d+(?:[.,]\d+)*)\s*(\p{L}+|%)?/gu)) {
    const value = parseTurkishNumber(m[2]!);
    if (value === null) continue;
    const unit = m[1] || m[3] === '%' ? '%' : (UNIT.exec(m[3] ?? '')?.[0] ?? null);
    // "2023 yılında" is a year, not a quantity.
    if (/^(19|20)\d{2}$/u.test(m[2]!) && (unit === null || unit === 'yil')) continue;
    found.push({ value, unit, text: m[0].trim() });
  }
  return found;
}

// Where a told situation ends and the asking begins: a comma, a semicolon, or "… ise," / "… olursa".
const CLAUSE_BREAK = /[,;:]|\s(?=(?:peki|acaba)\s)/u;
/** Content words a clause needs to stand as the question on its own ("süre ne kadar?" does not). */
const MIN_ASKING_WORDS = 3;
/** A question with fewer content words is not a story with a question at its end. */
const MIN_STORY_WORDS = 8;

/** The asking clause's content words, when the question is a story followed by a question; else null. */
function askingWordsOf(text: string): string[] | null {
  if (contentWords(text).length < MIN_STORY_WORDS) return null;
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return null;
  let asking: string[] = [];
  for (let i = clauses.length - 1; i > 0 && asking.length < MIN_ASKING_WORDS; i--) {
    asking = [...contentWords(clauses[i]!), ...asking];
  }
  return asking.length >= MIN_ASKING_WORDS && asking.length < contentWords(text).length ? asking : null;
}

/** The alternatives of the words that say what is asked: the words that only shape the question have none. */
function contentAlternatives(searchText: string, language: 'tr' | 'en'): Map<string, string[]> {
  const alternatives = alternativesByWord(searchText, language);
  for (const word of alternatives.keys()) if (isQuestionFormWord(word)) alternatives.delete(word);
  return alternatives;
}

/**
 * Reads a question once: normalises it, joins an elliptical follow-up to the question before it,
 * analyses its words with the one Turkish analyser, expands it, and finds the documents, articles,
 * years and quantities it names and what kind of answer it wants.
 */
export function understandQuestion(raw: string, history: readonly EarlierTurn[] = []): ParsedQuestion {
  const text = normaliseText(raw);
  const language = detectLanguage(text);
  const letters = foldTurkish(text).match(/\p{L}+/gu) ?? [];
  const previous = history.at(-1)?.question;
  const followUp = previous !== undefined && (FOLLOW_UP.test(text) || letters.length <= 3);
  const searchText = followUp ? `${normaliseText(previous)} ${text}` : text;
  const documents = findDocumentMentions(text);
  const counted = COUNTED_NOUN.exec(searchText)?.[1];
  return {
    raw,
    text,
    searchText,
    language,
    words: analyseWords(searchText),
    asciiWords: asciiWords(text),
    terms: indexTerms(searchText),
    expansion: expandQuery(searchText, language),
    alternatives: contentAlternatives(searchText, language),
    documents,
    articles: findArticleReferences(searchText === text ? text : searchText, searchText === text ? documents : []),
    years: [...text.matchAll(YEAR)].map((m) => Number(m[1])),
    quantities: quantitiesOf(text),
    askingWords: askingWordsOf(text),
    followUp,
    personal: PERSONAL_QUESTION.test(text) && ENTITLEMENT_TOPIC.test(text),
    form: {
      wantsNumber: NUMBER_QUESTION.test(searchText),
      wantsList: LIST_QUESTION.test(searchText),
      asksAmount: AMOUNT_QUESTION.test(text),
      countedNoun: counted ? foldTurkish(counted) : null,
      unit: unitOf(searchText),
      yesNo: YES_NO_QUESTION.test(text),
      timeUnit: timeUnitOf(counted ? foldTurkish(counted) : null),
      measuredWord: measuredWordOf(text, language),
    },
  };
}
