import type { IndexSnapshot } from '../retrieval/open-index.js';
import { hybridSearch, type SearchHit } from '../retrieval/hybrid-search.js';
import { resolveMentions } from '../retrieval/find-named-targets.js';
import type { DocumentMention } from '../question/index.js';
import { understandQuestion, type ParsedQuestion } from '../question/index.js';
import { foldTurkish, keysOf, looseKey, maskPersonalData, matchKey, suffixRoots } from '../text/index.js';
import type { ConversationTurn, SearchScope } from './assistant.js';
import { citesOnlyWithin, scopeFilter } from './scope-filter.js';
import { selectQuotes, type QuotedSpan } from './compose-extractive.js';
import type { TermStatistics } from './term-statistics.js';
import { createAnswer, type Answer, type Citation } from './types.js';
import { chooseLead } from './lead-line.js';
import { makeCitation } from './verify-citation.js';
import type { ToolAnswerer } from './answer-with-tool.js';

export interface AnswerContext {
  index: IndexSnapshot;
  stats: TermStatistics;
  /** Numeric questions go to typed tools first, when present. */
  tools?: ToolAnswerer;
  /** Overrides MIN_SUPPORT, for the refusal sweep (scripts/refusal-sweep.ts) only. */
  minSupport?: number;
}

export const MAX_QUESTION_CHARS = 1000;
/**
 * Below this share of the question's weighted words in the best passage, we refuse rather than guess.
 * Chosen by `npx tsx scripts/refusal-sweep.ts` over three sets (answers shipped · dev · dev2; false /
 * missed refusals): 0.35 → 82.2 · 71.1 · 66.7 % (3/4 · 5/4 · 2/2); 0.40 → 83.2 · 70.0 · 66.7 % (3/3 · 6/4 ·
 * 2/2); 0.45 → 83.2 · 70.0 · 60.6 % (3/3 · 6/4 · 4/2); 0.50 → 84.2 · 71.1 · 57.6 % (5/1 · 8/3 · 5/2); 0.55 →
 * 84.2 · 65.6 · 60.6 % (8/1 · 14/3 · 6/1). 0.40 makes as many right answers as 0.50 over the three sets
 * (169 vs 168 of 224) with a third fewer false refusals, which cost every answerable question they hit;
 * the missed refusals are left to the rules that read what is asked (quantities, years, unknown names).
 */
export const MIN_SUPPORT = 0.4;

/**
 * Up to this many content words a question is held to MIN_SUPPORT; a longer one tells a story ("Rakip firma
 * ambalajımızı taklit ediyor … zamanaşımı ne zaman doluyor?") whose words no one sentence of a law holds, so
 * it needs the same covered words, not the same share: the bar falls as MIN_SUPPORT · 5 / words, to
 * SCENARIO_MIN_SUPPORT. Measured by `scripts/refusal-sweep.ts` (ROWS=json, replayed per threshold) over the
 * four own sets and a held-out set of 50 questions over the large laws: false refusals shipped · dev · dev2
 * · scale · held-out 1 · 3 · 1 · 1 · 16 → 0 · 2 · 1 · 1 · 8, missed refusals unchanged (2 · 1 · 2 · 3 · 0),
 * right answers 235 → 236. The bar reached from 4 words instead of 5 measured the same; from 6 to 10 words,
 * one to four more false refusals; a floor of 0.25 or 0.3, two to four more.
 */
export const SCENARIO_WORDS = 5;
export const SCENARIO_MIN_SUPPORT = 0.2;

export function supportThreshold(conceptCount: number, base = MIN_SUPPORT): number {
  return conceptCount <= SCENARIO_WORDS ? base : Math.max(Math.min(base, SCENARIO_MIN_SUPPORT), (base * SCENARIO_WORDS) / conceptCount);
}


function citationsFor(quotes: readonly QuotedSpan[]): Citation[] {
  const citations: Citation[] = [];
  for (const q of quotes) {
    const citation = makeCitation(q.doc, q.hit.chunk, q.start, q.end);
    if (citation) citations.push(citation);
  }
  return citations;
}

function closestPassages(hits: readonly SearchHit[], index: IndexSnapshot): Citation[] {
  const out: Citation[] = [];
  for (const hit of hits.slice(0, 3)) {
    const doc = index.documentsById.get(hit.chunk.docId);
    if (!doc) continue;
    const end = Math.min(hit.chunk.end, hit.chunk.start + 300);
    const citation = makeCitation(doc, hit.chunk, hit.chunk.start, end);
    if (citation) out.push(citation);
  }
  return out;
}

// "ne kadar" asks durations as often as sums of money, so the note names neither.
function currencyNote(citations: readonly Citation[], language: 'tr' | 'en'): string {
  const asOf = citations.find((c) => c.asOf)?.asOf;
  if (!asOf) return '';
  return language === 'en'
    ? ` (Source current as of ${asOf}; the figure may have changed since.)`
    : ` (Kaynak ${asOf} itibarıyla günceldir; bu değer sonradan değişmiş olabilir.)`;
}

function composeText(citations: readonly Citation[], language: 'tr' | 'en', question: ParsedQuestion, lead: string | null, leadSource = 1): string {
  const parts = citations.map((c, i) => `“${c.quote.replace(/\s+/g, ' ').trim()}” [${i + 1}]`);
  const first = citations[0]!;
  const where = `${first.locator}`;
  const body = language === 'en' ? `According to ${where}: ${parts.join(' ')}` : `${where} uyarınca: ${parts.join(' ')}`;
  const withNote = question.form.asksAmount ? body + currencyNote(citations, language) : body;
  if (!lead) return withNote;
  return `${language === 'en' ? 'Answer (from the Turkish text)' : 'Yanıt'}: ${lead} [${leadSource}]\n${withNote}`;
}

/**
 * "2547 sayılı Kanun elimde yok": a question about a document that is not indexed gets that said, with
 * the documents it may have meant (those of the closest passages) — never an answer from another one.
 */
function missingDocumentText(mentions: readonly DocumentMention[], closest: readonly Citation[], language: 'tr' | 'en'): string {
  const names = mentions.map((m) => `“${m.name}”`).join(', ');
  const titles = [...new Set(closest.map((c) => c.title))].slice(0, 3);
  if (language === 'en') {
    return `I do not have ${names} among my documents, so I cannot answer from it.` +
      (titles.length > 0 ? ` The closest documents I have: ${titles.join('; ')}.` : '');
  }
  return `${names} elimdeki belgeler arasında yok; bu soruyu ondan yanıtlayamam.` +
    (titles.length > 0 ? ` Elimdeki en yakın belgeler: ${titles.join('; ')}.` : '');
}

function refusalText(language: 'tr' | 'en'): string {
  return language === 'en'
    ? 'The documents I have do not answer this question. The closest passages are listed below; please check them or ask the responsible unit.'
    : 'Elimdeki belgeler bu soruyu yanıtlamıyor. En yakın bölümler aşağıda; lütfen onlara bakın veya ilgili birime danışın.';
}

/**
 * The engine's core, knowing nothing of Slack or the terminal: typed tools for computations, otherwise
 * hybrid retrieval and an extractive answer whose every quote is checked verbatim against the source.
 * Weak support is a refusal with the closest passages, never a guess.
 */
export async function answerQuestion(
  context: AnswerContext,
  rawQuestion: string,
  history: readonly ConversationTurn[] = [],
  scope?: SearchScope,
): Promise<Answer> {
  const started = performance.now();
  const parsed = understandQuestion(rawQuestion, history);
  const { text: question, language } = parsed;
  if (question === '') {
    return createAnswer({ kind: 'needs-input', answer: 'Soru boş. Örnek: "Sözleşmeli personele kaç gün yıllık izin verilir?"', language });
  }
  if (question.length > MAX_QUESTION_CHARS) {
    return createAnswer({
      kind: 'needs-input',
      answer: `Soru çok uzun (${question.length.toLocaleString('tr-TR')} karakter). Lütfen ${MAX_QUESTION_CHARS.toLocaleString('tr-TR')} karakteri aşmayan, tek bir soru sorun.`,
      language,
    });
  }

  const { personal } = parsed;
  const accept = scopeFilter(scope, context.index.documentsById);
  if (context.tools) {
    const toolAnswer = await context.tools.tryAnswer(question, history, language, parsed);
    if (toolAnswer && citesOnlyWithin(toolAnswer, accept, context.index.chunksById)) {
      toolAnswer.timingsMs.total = Math.round(performance.now() - started);
      return toolAnswer;
    }
  }

  const searchStarted = performance.now();
  const hits = await hybridSearch(context.index, parsed, { limit: 8, accept });
  const retrievalMs = performance.now() - searchStarted;
  // A question naming only documents we do not have is about them, however well other passages match.
  const mentions = resolveMentions(parsed, context.index.targets);
  if (mentions.unresolved.length > 0 && mentions.resolved.length === 0) {
    // The nearest documents are named, not quoted: a passage of another law (a 4/B leave article for a
    // Labour Act question) would be read as the answer.
    const nearest = closestPassages(hits, context.index);
    return createAnswer({
      kind: 'refused', answer: missingDocumentText(mentions.unresolved, nearest, language), language, closest: [], personal,
      timingsMs: { retrieval: round(retrievalMs), total: round(performance.now() - started) },
    });
  }
  const selection = selectQuotes(parsed, hits, context.index.documentsById, context.stats);
  const citations = citationsFor(selection.quotes);
  const timingsMs = { retrieval: round(retrievalMs), total: round(performance.now() - started) };

  if (
    citations.length === 0 ||
    selection.support < supportThreshold(selection.conceptCount, context.minSupport ?? MIN_SUPPORT) ||
    selection.statesAskedQuantity === false ||
    asksAboutUnknown(question, withoutNamesOf(mentions.named, selection.askedUnknownKeys), language, selection.conceptCount) ||
    measuresWhatNoPassageHolds(parsed, selection.quotes) ||
    namesYearMissingFrom(parsed, yearContext(selection.quotes[0])) ||
    namesWhatNoQuoteHolds(parsed, mentions.named, selection.quotes)
  ) {
    return createAnswer({
      kind: 'refused', answer: refusalText(language), language, closest: closestPassages(hits, context.index), personal, timingsMs,
    });
  }
  const chosen = chooseLead(parsed, citations);
  const lead = chosen?.lead ?? null;
  return createAnswer({
    kind: 'answered', answer: maskPersonalData(composeText(citations, language, parsed, lead, chosen?.source ?? 1)), lead: lead && maskPersonalData(lead),
    language, citations, personal, timingsMs,
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * "Bir avukatın yıllık baro aidatı kaç liradır?" quoted "onbin liradan yüzbin liraya kadar para cezası":
 * an amount of something else. The word whose amount is asked (or a synonym, or its root) must be in a
 * cited passage, its headings or its document's title — loosely, by its first four letters, as
 * inflection changes its end ("artışı" / "artırılır").
 */
function measuresWhatNoPassageHolds(question: ParsedQuestion, quotes: readonly QuotedSpan[]): boolean {
  const word = question.form.measuredWord;
  if (!word || quotes.length === 0) return false;
  const own = [word, ...suffixRoots(word), ...(question.alternatives.get(word) ?? [])];
  const wanted = new Set(own.flatMap((w) => [...keysOf(w)]).map(looseKey));
  // "üst sınırı" fires a phrase group ("tavan", "geçemez", …) whose members stand for the phrase as a whole.
  const expansionKeys = [...keysOf(question.expansion.expansionText)].map(looseKey);
  if (expansionKeys.some((k) => wanted.has(k))) for (const k of expansionKeys) wanted.add(k);
  return !quotes.some((q) => {
    const { chunk } = q.hit;
    const present = keysOf([chunk.text, ...chunk.headings, q.doc.title].join(' '));
    return [...present].some((k) => wanted.has(looseKey(k)));
  });
}

/**
 * "İstanbul’daki ilkokul sayısı kaçtır?" answered from another province's plan: a place or a body the
 * question names (a capitalised word inside the sentence, not the name of a document it resolved) must be
 * in a cited passage, its headings or its document's title, or the passages are about something else.
 */
function namesWhatNoQuoteHolds(question: ParsedQuestion, named: readonly DocumentMention[], quotes: readonly QuotedSpan[]): boolean {
  if (question.language !== 'tr' || quotes.length === 0) return false;
  const nameKeys = new Set([...nameWordKeys(named)].map(looseKey));
  // Turkish sets a proper noun's endings off with an apostrophe ("Kars’ta", "İstanbul’daki"), wherever it stands.
  const proper = [...question.text.matchAll(/(\p{Lu}[\p{L}\p{M}]+)['’]\p{L}/gu)].map((m) => m[1]!)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && [...w].length >= 3)
    .map((w) => looseKey(matchKey(foldTurkish(w))))
    .filter((k) => !nameKeys.has(k));
  if (proper.length === 0) return false;
  const present = new Set(quotes.flatMap((q) => [...keysOf([q.hit.chunk.text, ...q.hit.chunk.headings, q.hit.chunk.subTitle ?? '', q.doc.title].join(' '))].map(looseKey)));
  return proper.some((k) => !present.has(k));
}

/** Where a year the question names must appear: the cited passage, its headings, or its document's title. */
function yearContext(quote: QuotedSpan | undefined): string {
  if (!quote) return '';
  const { chunk } = quote.hit;
  return [chunk.text, ...chunk.headings, chunk.subTitle ?? '', quote.doc.title].join(' ');
}

/**
 * "2025 yılı tavanı", "2023'te kaç kişi": a year the cited passage and its document's title never mention
 * means the passage is about another period, however well the rest matches.
 */
function namesYearMissingFrom(question: ParsedQuestion, documentText: string): boolean {
  return question.years.some((year) => !documentText.includes(String(year)));
}

/**
 * The words of a document's name the question used ("TCK" for the indexed Türk Ceza Kanunu) are known,
 * though no passage prints them: the name was already matched against the titles.
 */
function withoutNamesOf(named: readonly DocumentMention[], unknownKeys: readonly string[]): string[] {
  const nameKeys = nameWordKeys(named);
  return unknownKeys.filter((k) => !nameKeys.has(k));
}

/** The match keys of the words of the document names a question used and the index resolved. */
function nameWordKeys(named: readonly DocumentMention[]): Set<string> {
  return new Set(named.flatMap((m) => (m.text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => matchKey(foldTurkish(w)))));
}

/**
 * Unknown words name something else only when they are many for the question's length: two of a short
 * question's, a third of a story's ("Oğlum 14 yaşında … scooter …", "… bizde kalsın …": everyday words a law
 * never writes). Measured (answers held-out shipped · dev · scale laws, 50 questions each; own sets
 * unchanged): always two → 30 · 24 · 22; a third → 32 · 25 · 26, false refusals 6 · 8 · 8 → 3 · 3 · 4,
 * missed refusals 4 · 4 · 0 → 4 · 4 · 0; a quarter → 32 · 25 · 26 with one more false refusal; a fifth or
 * a sixth → 31 and 30 · 25 · 26.
 */
const WORDS_PER_UNKNOWN_WORD = 3;

/**
 * A question naming something the corpus never mentions — a year, an amount, a place or a body
 * ("2026", "İstanbul") or several unknown words — is about something else, however well its other
 * words match.
 */
function asksAboutUnknown(question: string, unknownKeys: readonly string[], language: 'tr' | 'en', conceptCount: number): boolean {
  const unknown = new Set(unknownKeys);
  if (unknownKeys.some((k) => /^\d{3,}/.test(k))) return true;
  if (language === 'en') return false;
  const words = question.match(/[\p{L}\p{M}]+/gu) ?? [];
  const properNounUnknown = words.slice(1).some((w) => /^\p{Lu}/u.test(w) && unknown.has(matchKey(foldTurkish(w))));
  const longUnknown = unknownKeys.filter((k) => k.length >= 5).length;
  // "kaç yeni kreş açıldı?": the thing counted is what the question is about; unknown, nothing counts it.
  const counted = /\bkaç\s+(?:(?:yeni|farklı|ayrı|toplam|adet|tane)\s+)?([\p{L}]+)/iu.exec(foldTurkish(question));
  const countedUnknown = counted !== null && [...counted[1]!].length >= 4 && unknown.has(matchKey(counted[1]!));
  return properNounUnknown || longUnknown >= Math.max(2, Math.ceil(conceptCount / WORDS_PER_UNKNOWN_WORD)) || countedUnknown;
}
