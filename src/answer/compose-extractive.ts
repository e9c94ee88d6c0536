import type { SourceDocument } from '../ingest/types.js';
import type { SearchHit } from '../retrieval/hybrid-search.js';
import { splitClauses, splitSentences, type Span } from './split-sentences.js';
import { addressesAssistant, findAddressedInstructions, INSTRUCTION_DETECTOR_VERSION } from '../text/find-addressed-instructions.js';
import type { TermStatistics } from './term-statistics.js';
import { isEnglishFunctionWord, questionWordPairs, type ParsedQuestion } from '../question/index.js';
import { contentWords, foldTurkish, isStopword, keysOf, looseKey, matchKey, suffixRoots } from '../text/index.js';
import { chunkHeader } from '../ingest/chunk-header.js';
import { withListBefore, withListItems } from './list-items.js';

export interface QuotedSpan extends Span {
  hit: SearchHit;
  doc: SourceDocument;
  score: number;
  /** Share of the question's IDF mass this quote covers (0…1). */
  coverage: number;
}

export interface ExtractiveSelection {
  quotes: QuotedSpan[];
  /** Share of the question's IDF mass found in the best passage (text and context). */
  support: number;
  /** How many content words of the question count towards support (known or not). */
  conceptCount: number;
  /** Question words found nowhere in the corpus. */
  unknownKeys: string[];
  /** Of those, the ones in the asking clause (all of them for a one-clause question). */
  askedUnknownKeys: string[];
  /**
   * For a question asking a kind of quantity ("kaç gün", "yüzde kaç", "ne kadar ücret"): whether a quote
   * states one of that kind; null when the question asks none.
   */
  statesAskedQuantity: boolean | null;
}

const MAX_QUOTE_CHARS = 420;
const NUMBER_WORDS = 'bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin';
// A number in digits or in words, words written apart or joined as older laws print them ("onbeş", "yirmibeş").
const NUMBER = `(?:\\d[\\d.,]*|(?:${NUMBER_WORDS})+(?:\\s+(?:${NUMBER_WORDS})+)*|bir\\s+buçuk)`;
const QUANTITY: Record<NonNullable<ParsedQuestion['form']['unit']>, RegExp> = {
  // "iki hizmet yılı", "otuz iş günü": one word may stand between the number and its unit.
  duration: new RegExp(`(?:^|[^\\p{L}])${NUMBER}\\s*(?:\\p{L}+\\s+)?(?:gün|hafta|ay|yıl|saat|dakika)`, 'iu'),
  percent: new RegExp(`%\\s*\\d|yüzde\\s*${NUMBER}|${NUMBER}\\s*oranında`, 'iu'),
  age: new RegExp(`${NUMBER}\\s*yaş`, 'iu'),
  money: new RegExp(`${NUMBER}\\s*(?:türk\\s+)?(?:lira|tl|ytl)`, 'iu'),
};
/** The words that ask for a kind of quantity ("ne kadar sürer", "süresi", "oranı", "yaşı"), not what it is of. */
const FORM_WORD: Record<NonNullable<ParsedQuestion['form']['unit']>, RegExp> = {
  duration: /^(?:sür|süre|duration|long)/u,
  percent: /^(?:oran|yüzde|percent|rate)/u,
  age: /^(?:yaş|age|old)/u,
  money: /^(?:tutar|miktar|amount)/u,
};
// Letters around a number word, not \b: JavaScript's \b knows only ASCII letters, so "beş", "üç" or "altı"
// next to a space never matched; joined words as older laws print them ("onbeş") are numbers too.
const HAS_NUMBER = new RegExp(`\\d|(?<!\\p{L})(?:${NUMBER_WORDS})+(?!\\p{L})`, 'iu');

/** Whether a sentence states a number, in digits or in words ("beş üyeden", "onbeş gün", "2 ay"). */
export const holdsNumber = (text: string): boolean => HAS_NUMBER.test(text);

// "Madde 9- (Değişik: 9/2/1979 tarihli ve 7/17150 sayılı BKK) " — where the rule is, not what it says.
// Laws printed article by article put the article's caption on the line above "Madde 5 –" (and the
// splitter may keep the two together): the caption is where the rule is too, not what it says.
const ARTICLE_HEADER =
  /^(?:(?:[^\n.;]{1,100}\n\s*)?(?:Ek\s+|Geçici\s+|Ek\s+Geçici\s+)?Madde\s+\d+(?:\/[A-Z])?\s*[-–—]\s*)?(?:\((?:Değişik|Ek|Mülga)[^)]{0,120}\)\s*)*/iu;

/**
 * The last line of a passage that is a short caption without closing punctuation ("Avukatlığa kabulde
 * engeller:", "Satıştan kaçınma") heads the next article, not this one: it answers nothing here.
 */
function isTrailingCaption(span: Span, text: string, chunkEnd: number): boolean {
  const line = text.slice(span.start, span.end).trim();
  return text.slice(span.end, chunkEnd).trim() === '' && line.length <= 100 && !line.includes('\n') && !/[.;!?)]$/u.test(line);
}

/** A unit that is an article header (with its caption and amendment notes) and nothing more. */
function isHeaderOnly(span: Span, text: string): boolean {
  const unit = text.slice(span.start, span.end);
  const header = ARTICLE_HEADER.exec(unit)?.[0] ?? '';
  return /madde\s+\d/iu.test(header) && unit.slice(header.length).replace(/[\s\p{P}]/gu, '').length < 4;
}

/** Starts a quote after the article header and amendment notes, when text follows them. */
function skipArticleHeader(span: Span, text: string): Span {
  const header = ARTICLE_HEADER.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  return header > 0 && span.end - (span.start + header) >= 20 ? { start: span.start + header, end: span.end } : span;
}

const LOOSE_MATCH_CREDIT = 0.7;
/** How well a neighbour sentence stating the asked quantity must score, against the best one, to lead. */
const QUANTITY_NEIGHBOUR_SHARE = 0.5;
/** How much the asking clause's support of a story question counts against the whole question's. */
const ASKED_CLAUSE_CREDIT = 0.8;
// Measured at 0.3, 0.75 and 1.5 on both sets: no difference in answers beyond one question; kept.
const UNKNOWN_WORD_WEIGHT = 1.5;
/** The same for an English word with no Turkish equivalent in the glossary (its IDF is unknown too). */
const ENGLISH_UNKNOWN_WORD_WEIGHT = 1.0;

/** One content word of the question and the keys that may stand for it in a passage. */
interface Concept {
  word: string;
  keys: Set<string>;
  weight: number;
}

interface QuestionTerms {
  concepts: Concept[];
  /** Words of the question that neither the corpus nor the synonym maps know. */
  unknown: string[];
}

export function questionTerms(question: ParsedQuestion, stats: TermStatistics): QuestionTerms {
  const english = question.language === 'en';
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  for (const [word, alternatives] of question.alternatives) {
    if (isStopword(word) || (english && isEnglishFunctionWord(word))) continue;
    const keys = new Set([matchKey(word)]);
    // Derived "-lık" words point at their root: "aylık" ödemeler are paid "her ay başında".
    const root = /^(\p{L}{2,})l[ıiuü]k$/u.exec(word)?.[1];
    if (root) keys.add(matchKey(root));
    for (const alt of alternatives) for (const k of keysOf(alt)) keys.add(k);
    let known = [...keys].filter((k) => stats.documentFrequency(k) > 0);
    // "kaç günüm var?": a word unknown as written may be known by its root ("gün").
    if (known.length === 0) {
      const root = suffixRoots(word).map(matchKey).find((k) => stats.documentFrequency(k) > 0);
      if (root) {
        keys.add(root);
        known = [root];
      }
    }
    if (known.length === 0) {
      unknown.push(matchKey(word));
      // A word the corpus never uses still counts against support: it is part of what was asked.
      // So does an English content word the glossary cannot put into Turkish: nothing checked it is there.
      if (!/^\d+$/u.test(word) && [...word].length >= 4) concepts.push({ word, keys, weight: english ? ENGLISH_UNKNOWN_WORD_WEIGHT : UNKNOWN_WORD_WEIGHT });
      continue;
    }
    concepts.push({ word, keys, weight: Math.max(...known.map((k) => stats.idf(k))) });
  }
  return { concepts, unknown };
}

/**
 * The terms of the asking clause of a story question ("…, sözleşmeden dönmek için kaç günüm var?"); null
 * when the question is one clause.
 */
function askedTermsOf(question: ParsedQuestion, terms: QuestionTerms): QuestionTerms | null {
  if (!question.askingWords) return null;
  const asked = new Set(question.askingWords);
  const concepts = terms.concepts.filter((c) => asked.has(c.word));
  if (concepts.length === 0) return null;
  const askedKeys = new Set(question.askingWords.map(matchKey));
  return { concepts, unknown: terms.unknown.filter((k) => askedKeys.has(k)) };
}

/**
 * Share of the question's concepts (IDF-weighted) present in a text. Concepts already satisfied by the
 * passage's context (the document title, headings) are left out when others remain: naming the
 * directive in the question is no evidence that a sentence of it answers the question.
 */
function coverageOf(text: string, terms: QuestionTerms, contextKeys: ReadonlySet<string> = new Set()): number {
  return coverageOfKeys(keysOf(text), terms, contextKeys);
}

/** coverageOf over keys already worked out, so a sentence and its passage context are tokenised once. */
function coverageOfKeys(present: ReadonlySet<string>, terms: QuestionTerms, contextKeys: ReadonlySet<string>): number {
  const presentLoose = new Set([...present].map(looseKey));
  const focus = terms.concepts.filter((c) => ![...c.keys].some((k) => contextKeys.has(k)));
  const concepts = focus.length > 0 ? focus : terms.concepts;
  let mass = 0;
  let covered = 0;
  for (const c of concepts) {
    mass += c.weight;
    if ([...c.keys].some((k) => present.has(k))) covered += c.weight;
    else if ([...c.keys].some((k) => presentLoose.has(looseKey(k)))) covered += LOOSE_MATCH_CREDIT * c.weight;
  }
  return mass === 0 ? 0 : covered / mass;
}

const union = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => new Set([...a, ...b]);

/** "kaç kişi" → the keys of "kişi" and its synonyms: the unit the answer must count. */
function countedNounKeys(question: ParsedQuestion, terms: QuestionTerms): Set<string> {
  const noun = question.form.countedNoun;
  if (!noun) return new Set();
  const concept = terms.concepts.find((c) => c.word === noun);
  return new Set([...(concept?.keys ?? [matchKey(noun)])].map(looseKey));
}

/** "466 kişiye", "dört defa": a number right before the asked-for unit is the likeliest answer. */
function countsTheAskedNoun(text: string, countedKeys: ReadonlySet<string>): boolean {
  if (countedKeys.size === 0) return false;
  const pattern = new RegExp(`(?:^|[^\\p{L}])${NUMBER}\\s+([\\p{L}]+)`, 'giu');
  for (const m of foldTurkish(text).matchAll(pattern)) {
    if (countedKeys.has(looseKey(matchKey(m[1]!)))) return true;
  }
  return false;
}

/**
 * The heading printed on the line right above a sentence ("VİZYON" over "Ülkemizdeki eşdeğer kurumlara
 * örnek…"): it names what the sentence is, so it counts as part of the sentence's own words.
 */
function headingAbove(span: Span, text: string, chunkStart: number, headings: readonly string[]): string {
  const before = text.slice(chunkStart, span.start).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  if (line === '' || line.length > 110 || /[.;:,]$/u.test(line)) return '';
  return headings.some((h) => h === line || h.startsWith(`${line} `) || h.endsWith(` ${line}`)) ? line : '';
}

// Words that place a passage in its law ("İKİNCİ KISIM", "Madde", "fıkra") rather than say anything.
const STRUCTURAL_WORD = /^(?:kısım|kisim|bölüm|bolum|madde|fıkra|fikra|bent|birinci|ikinci|üçüncü|ucuncu|dördüncü|dorduncu|beşinci|besinci|altıncı|altinci|yedinci|sekizinci|dokuzuncu|onuncu|genel|hükümler|hukumler)$/u;
/**
 * Fewer words than this beyond the question's own, and a quote only restates what was asked. Measured
 * (answers shipped · dev · dev2): 1 → 84.2 · 68.9 · 54.5 %; 2 → 84.2 · 67.8 · 54.5 %; 3 → 81.2 · 65.6 · 54.5 %.
 */
const MIN_NEW_WORDS = 1;
/** What a quote that only restates the question (or is a bare heading) keeps of its score. */
const RESTATEMENT_SHARE = 0.5;

/**
 * "Devletin temel amaç ve görevleri," for "Devletin temel amaç ve görevleri nelerdir?", "ÜÇÜNCÜ KISIM
 * Ayıplı Mal ve Hizmetler" for "Ayıplı hizmet nedir?": a span whose words are the question's own (or the
 * law's structure) says nothing the asker did not know.
 */
function restatesQuestion(text: string, terms: QuestionTerms): boolean {
  const asked = new Set(terms.concepts.flatMap((c) => [...c.keys].map(looseKey)));
  let fresh = 0;
  for (const word of contentWords(text)) {
    if (STRUCTURAL_WORD.test(word) || /^\d/u.test(word) || asked.has(looseKey(matchKey(word)))) continue;
    if (++fresh >= MIN_NEW_WORDS) return false;
  }
  return true;
}

/**
 * How much holding all of the question's word pairs in order raises a sentence's score. Measured (answers
 * shipped · dev · dev2, false refusals dev): 0 → 84.2 · 68.9 · 54.5 % (8); 0.3 → 84.2 · 71.1 · 57.6 % (8);
 * 0.6 → 83.2 · 72.2 · 57.6 % (10).
 */
const PHRASE_BONUS = 0.3;

/** Share of the question's word pairs a text holds next to each other. */
function phraseShare(text: string, phrases: readonly [string, string][]): number {
  const sequence = contentWords(text).map(matchKey);
  const adjacent = new Set<string>();
  for (let i = 1; i < sequence.length; i++) adjacent.add(`${sequence[i - 1]} ${sequence[i]}`);
  let found = 0;
  for (const [a, b] of phrases) if (adjacent.has(`${a} ${b}`)) found++;
  return found / phrases.length;
}

/** The best window of consecutive clauses of a long sentence, within the quote length limit. */
function trimToBestWindow(span: Span, text: string, terms: QuestionTerms, yesNo: boolean): Span {
  if (span.end - span.start <= MAX_QUOTE_CHARS) return span;
  const clauses = splitClauses(span, text);
  let best = span;
  let bestScore = -1;
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      const window = { start: clauses[i]!.start, end: clauses[j]!.end };
      if (window.end - window.start > MAX_QUOTE_CHARS) break;
      const windowText = text.slice(window.start, window.end);
      const restates = !yesNo && restatesQuestion(windowText, terms);
      const score = coverageOf(windowText, terms) * (restates ? RESTATEMENT_SHARE : 1) - (window.end - window.start) / 5000;
      if (score > bestScore) {
        bestScore = score;
        best = window;
      }
    }
  }
  return bestScore < 0 ? { start: span.start, end: span.start + MAX_QUOTE_CHARS } : best;
}

/** Weights for text near an injected instruction: low enough that a clean passage answering as well wins. */
const PLANTED_PASSAGE_WEIGHT = 0.2;
const PLANTED_DOCUMENT_WEIGHT = 0.5;
const plantedDocuments = new WeakMap<SourceDocument, boolean>();

function plantedIn(text: string): boolean {
  return addressesAssistant(text);
}

function plantedInDocument(doc: SourceDocument): boolean {
  let planted = plantedDocuments.get(doc);
  if (planted === undefined) {
    const scan = doc.instructionScan;
    planted = scan?.detector === INSTRUCTION_DETECTOR_VERSION ? scan.found : findAddressedInstructions(doc.text).length > 0;
    plantedDocuments.set(doc, planted);
  }
  return planted;
}

/**
 * Picks the sentences that answer: every sentence of the top passages is scored by the share of the
 * question's (IDF-weighted) words it holds, helped by its passage's rank and, for "how many / how
 * much" questions, by holding a number. The best one, plus up to two more that score nearly as well,
 * become the quotes — verbatim spans of the cleaned source.
 */
export function selectQuotes(
  question: ParsedQuestion,
  rankedHits: readonly SearchHit[],
  documents: ReadonlyMap<string, SourceDocument>,
  stats: TermStatistics,
): ExtractiveSelection {
  let hits = rankedHits;
  const terms = questionTerms(question, stats);
  const unknownKeys = terms.unknown;
  const wantsNumber = question.form.wantsNumber;
  const askedUnit = question.form.unit;
  const countedKeys = countedNounKeys(question, terms);
  // Passages speaking to the assistant go last, so they cannot push the passage that answers out of the top six.
  const planted = new Set(hits.filter((h) => plantedIn(h.chunk.text)).map((h) => h.chunk.id));
  if (planted.size > 0) hits = [...hits.filter((h) => !planted.has(h.chunk.id)), ...hits.filter((h) => planted.has(h.chunk.id))];
  const topScore = hits[0]?.score ?? 1;

  const formKeys = askedUnit ? new Set(terms.concepts.filter((c) => FORM_WORD[askedUnit].test(c.word)).flatMap((c) => [...c.keys])) : new Set<string>();
  const askedTerms = askedTermsOf(question, terms);
  const phrases = questionWordPairs(question);
  const candidates: QuotedSpan[] = [];
  let support = 0;
  let askedSupport = 0;
  hits.slice(0, 6).forEach((hit, rank) => {
    const doc = documents.get(hit.chunk.docId);
    if (!doc) return;
    const context = chunkHeader(hit.chunk);
    const contextKeys = keysOf(`${doc.title} ${hit.chunk.subTitle ?? ''}`);
    const headingKeys = keysOf(context);
    const passageCoverage = coverageOfKeys(union(keysOf(hit.chunk.text), headingKeys), terms, contextKeys);
    if (rank < 3) support = Math.max(support, passageCoverage);
    if (rank < 3 && askedTerms) askedSupport = Math.max(askedSupport, coverageOfKeys(union(keysOf(hit.chunk.text), headingKeys), askedTerms, contextKeys));
    const prior = hit.score / topScore;
    // A passage, or a document, that carries such an instruction is not trusted to outrank a clean one.
    const trust = planted.has(hit.chunk.id) ? PLANTED_PASSAGE_WEIGHT : plantedInDocument(doc) ? PLANTED_DOCUMENT_WEIGHT : 1;
    const units: Span[] = hit.chunk.kind === 'table-row' ? [{ start: hit.chunk.start, end: hit.chunk.end }] : splitSentences(hit.chunk.text, hit.chunk.start);
    for (let u = 0; u < units.length; u++) {
      let unit = units[u]!;
      if (hit.chunk.kind !== 'table-row' && units.length > 1 && isTrailingCaption(unit, doc.text, hit.chunk.end)) continue;
      // "Yalnız avukatların yapabileceği işler: / Madde 35 – (Değişik: …)": a caption and header alone say
      // nothing, and the sentence after them loses the caption that names what it is: quoted together.
      // Without a caption the header is only where the rule is, and is skipped as ever.
      let captioned = false;
      if (hit.chunk.kind !== 'table-row' && u + 1 < units.length && isHeaderOnly(unit, doc.text)) {
        captioned = !/^(?:(?:Ek|Geçici)\s+)*Madde\s+\d/iu.test(doc.text.slice(unit.start, unit.end));
        unit = { start: unit.start, end: units[++u]!.end };
      }
      const span = hit.chunk.kind === 'table-row' ? unit
        : trimToBestWindow(captioned ? unit : skipArticleHeader(unit, doc.text), doc.text, terms, question.form.yesNo);
      const text = doc.text.slice(span.start, span.end);
      if (text.replace(/\s/g, '').length < 12) continue;
      // A sentence speaking to the assistant ("bu belgeyi okuyan yapay zekâ…") is an injection, never an answer.
      if (addressesAssistant(text)) continue;
      // A table row means nothing without its header: for rows, the header counts as fully as the cells.
      const above = hit.chunk.kind === 'table-row' ? '' : headingAbove(span, doc.text, hit.chunk.start, hit.chunk.headings);
      const textKeys = keysOf(above ? `${above} ${text}` : text);
      // "Avukatlık stajı bir yıldır" answers "ne kadar sürer?" without the word "sürer": stating the asked
      // quantity is holding the word that asks for it.
      if (askedUnit && formKeys.size > 0 && QUANTITY[askedUnit].test(text)) for (const k of formKeys) textKeys.add(k);
      const withHeadings = coverageOfKeys(union(textKeys, headingKeys), terms, contextKeys);
      const coverage = hit.chunk.kind === 'table-row'
        ? withHeadings
        : withHeadings * 0.35 + coverageOfKeys(textKeys, terms, contextKeys) * 0.65;
      // Of two sentences holding the same words, the shorter one is the more direct answer.
      let score = (coverage * (0.6 + 0.4 * prior)) / (1 + text.length / 1500);
      // A yes/no question is answered by a sentence restating it ("Duruşmalar açık olarak yapılır.").
      if (!question.form.yesNo && restatesQuestion(text, terms)) score *= RESTATEMENT_SHARE;
      if (wantsNumber && holdsNumber(text)) score *= 1.15;
      if (countsTheAskedNoun(text, countedKeys)) score *= 1.4;
      // "ne kadar sürer?" is answered by "bir yıldır", "yüzde kaç?" by "yüzde yirmibeş".
      if (askedUnit && QUANTITY[askedUnit].test(text)) score *= 1.3;
      // "Anayasa Mahkemesi onbeş üyeden kurulur" holds the question's "Anayasa Mahkemesi" as a phrase; a
      // sentence with "Mahkeme" alone does not, though both hold the words the title leaves to count.
      if (phrases.length > 0) score *= 1 + PHRASE_BONUS * phraseShare(text, phrases);
      if (hit.namedArticle || hit.namedDocument) score *= 1.1;
      // "… Yönergesi Madde 4 ne diyor?": the article asked for is where the answer is.
      if (hit.namedArticle) score *= 1.5;
      score *= trust;
      candidates.push({ ...span, hit, doc, score, coverage });
    }
  });

  candidates.sort((a, b) => b.score - a.score);
  // "kaç saattir?" is answered by hours, not by "bir haftalık süre"; "ne kadar sürede?" by a duration.
  const timeUnit = question.form.timeUnit;
  const statesQuantity = (text: string) =>
    askedUnit !== null && QUANTITY[askedUnit].test(text) &&
    (timeUnit === null || askedUnit !== 'duration' || new RegExp(`${NUMBER}\\s*(?:\\p{L}+\\s+)?${timeUnit}`, 'iu').test(text));
  // The rule's sentence may sit next to the one stating its number ("… teslim edilmesi zorunludur. Bu süre
  // … kırk sekiz ayı geçemez."): a sentence of the same passage that states the asked quantity and scores
  // nearly as well answers better.
  if (askedUnit && candidates[0] && !statesQuantity(candidates[0].doc.text.slice(candidates[0].start, candidates[0].end))) {
    const first = candidates[0];
    const stating = candidates.findIndex((c) => c.hit.chunk.id === first.hit.chunk.id && c.score >= first.score * QUANTITY_NEIGHBOUR_SHARE && statesQuantity(c.doc.text.slice(c.start, c.end)));
    if (stating > 0) candidates.unshift(...candidates.splice(stating, 1).map((c) => ({ ...c, score: first.score, coverage: Math.max(c.coverage, first.coverage) })));
  }
  const top = candidates[0];
  const askedUnknownKeys = askedTerms ? askedTerms.unknown : unknownKeys;
  if (!top) return { quotes: [], support: 0, conceptCount: terms.concepts.length, unknownKeys, askedUnknownKeys, statesAskedQuantity: askedUnit ? false : null };
  // "… feshedebilir:", "Personelin;": a sentence opening a list.
  const introducesList = (q: QuotedSpan) => /[:;]\s*$/u.test(q.doc.text.slice(q.start, q.end));
  const before = withListBefore(top);
  const joined = before ? { ...top, ...before } : top;
  const listed = question.form.wantsList || introducesList(joined) ? withListItems(joined) : joined;
  // A header the extended quote now starts with is where the rule is, not what it says.
  const best = listed === top ? top : { ...listed, ...skipArticleHeader(listed, top.doc.text) };
  support = Math.max(best.coverage, support * 0.8);
  // A story question is supported when the passage answers what it asks; the story's words need not be there.
  if (askedTerms) support = Math.max(support, askedSupport * ASKED_CLAUSE_CREDIT);
  const quotes: QuotedSpan[] = [best];
  for (const c of candidates.slice(1)) {
    if (quotes.length >= 3) break;
    const sameChunk = c.hit.chunk.id === best.hit.chunk.id;
    // Another passage must be nearly as good to be worth a second source; a neighbour sentence less so.
    if (c.score < best.score * (sameChunk ? 0.85 : 0.97)) continue;
    if (quotes.some((q) => q.start < c.end && c.start < q.end && q.doc.id === c.doc.id)) continue;
    // The same words in two articles ("b) Adaylık süresi dâhil en az dört yıl…") are one quote, not two.
    const text = c.doc.text.slice(c.start, c.end);
    if (quotes.some((q) => q.doc.text.slice(q.start, q.end) === text)) continue;
    const quote = introducesList(c) ? withListItems(c) : c;
    if (quotes.some((q) => q.start < quote.end && quote.start < q.end && q.doc.id === quote.doc.id)) continue;
    quotes.push(quote);
  }
  // The best passage leads; sentences of one passage read in document order.
  const rankOf = (q: QuotedSpan) => (q.hit.chunk.id === best.hit.chunk.id ? 0 : 1);
  quotes.sort((a, b) => rankOf(a) - rankOf(b) || (a.hit.chunk.id === b.hit.chunk.id ? a.start - b.start : 0));
  const statesAskedQuantity = askedUnit ? quotes.some((q) => statesQuantity(q.doc.text.slice(q.start, q.end))) : null;
  return { quotes, support, conceptCount: terms.concepts.length, unknownKeys, askedUnknownKeys, statesAskedQuantity };
}
