import type { SourceDocument } from '../ingest/types.js';
import type { IndexSnapshot } from '../retrieval/open-index.js';
import { understandQuestion, type ParsedQuestion } from '../question/index.js';
import {
  decideToolAnswer, extractIndicatorTables, toolQuestionOf, resolveRuleSources, findQuoteSpan, ruleSet, RULE_SETS,
  type Basis, type IndicatorStore, type Tool, type ToolContext, type ToolDecision, type ToolQuestion,
} from '../tools/index.js';
import { foldTurkish, type CalendarDate } from '../text/index.js';
import { answerQuestion, type AnswerContext } from './answer-question.js';
import type { ConversationTurn } from './assistant.js';
import type { ToolAnswerer } from './answer-with-tool.js';
import { createAnswer, type Answer, type Citation, type ToolCall } from './types.js';
import { chunkAt, makeCitation } from './verify-citation.js';

/** Derived data saved with each index build, by name: the strategic plans' indicator tables. */
export const EXTRA_NAMES = ['indicators'];

export function indexExtras(documents: readonly SourceDocument[]): Record<string, unknown> {
  const stores = documents.filter((d) => d.kind === 'strategic-plan').map((d) => extractIndicatorTables(d.text, d.id));
  return { indicators: stores };
}

const toCalendarDate = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/** Which indexed document holds each rule set's quotes: found once per index snapshot. */
const SOURCES = new WeakMap<IndexSnapshot, ReadonlyMap<string, string>>();

/**
 * `ToolContext.sources` for an index: without it a tool runs whether or not its source is indexed, and its
 * basis names the rule set instead of the document (so no citation can be made from it).
 */
export function ruleSources(index: IndexSnapshot): ReadonlyMap<string, string> {
  let sources = SOURCES.get(index);
  if (!sources) SOURCES.set(index, (sources = resolveRuleSources(RULE_SETS, index.documents)));
  return sources;
}

/** With several plans indexed, the one whose title words the question uses (the first otherwise). */
function indicatorStore(index: IndexSnapshot, question: string): IndicatorStore | null {
  const stores = ((index.extras.get('indicators') as IndicatorStore[] | null) ?? []).filter((s) => s.indicators.length > 0 || s.costRows.length > 0);
  if (stores.length <= 1) return stores[0] ?? null;
  const asked = foldTurkish(question);
  const score = (store: IndicatorStore) =>
    (foldTurkish(index.documentsById.get(store.docId)?.title ?? '').match(/\p{L}{4,}/gu) ?? []).filter((w) => asked.includes(w)).length;
  return [...stores].sort((a, b) => score(b) - score(a))[0]!;
}

/** The context tools run in over an index: its plans' tables, the documents holding the rule sets, today. */
export function toolContextFor(index: IndexSnapshot, question: string, today: CalendarDate): ToolContext {
  return { indicators: indicatorStore(index, question), today, sources: ruleSources(index) };
}

/** A tool's legal basis becomes citations only where its quote is found verbatim in the indexed document. */
function citeBasis(index: IndexSnapshot, basis: readonly Basis[]): Citation[] {
  const citations: Citation[] = [];
  for (const b of basis) {
    const doc = index.documentsById.get(b.docId);
    const span = doc ? findQuoteSpan(doc.text, b.quote) : null;
    const chunk = doc && span ? chunkAt(index.chunks, doc.id, span.start) : undefined;
    const citation = doc && span && chunk ? makeCitation(doc, chunk, span.start, span.end) : null;
    if (citation && !citations.some((c) => c.quote === citation.quote)) citations.push(citation);
  }
  return citations;
}

function asksForMissingYear(output: unknown): boolean {
  const matches = (output as { matches?: { requested: { in_table: boolean } | null }[] }).matches ?? [];
  return matches.length > 0 && matches.every((m) => m.requested !== null && !m.requested.in_table);
}

interface CommonOutput {
  lead: string;
  verdict: boolean | null;
  summary: string;
  calculation: string;
  basis: Basis[];
  notes: string[];
}

/** "… tavanı aşar mı?" asks the opposite of "… verilebilir mi?": Evet means over the cap. */
const ASKS_ABOUT_EXCEEDING = /(?<![\p{L}])(aşar|aşıyor|aşmış|aşılır|aşılıyor|aşabilir|geçer|geçiyor|geçebilir|exceed\p{L}*|over the)(?![\p{L}])/u;

/** The answer line: the result first ("20 gün"), Evet/Hayır first when the question is a yes/no one. */
export function directLine(question: ToolQuestion, output: CommonOutput): string {
  const lead = output.lead.charAt(0).toLocaleUpperCase('tr-TR') + output.lead.slice(1);
  if (!question.yesNo || output.verdict === null) return lead;
  const yes = ASKS_ABOUT_EXCEEDING.test(question.folded) ? !output.verdict : output.verdict;
  // An English question gets its yes or no in English; the result after it is the rules' Turkish.
  const word = question.language === 'en' ? (yes ? 'Yes' : 'No') : yes ? 'Evet' : 'Hayır';
  return `${word}: ${output.lead}`;
}

function scopeNote(tool: Tool): string | null {
  return tool.scope.documents.kind === 'rule-set' ? ruleSet(tool.scope.documents.ruleSet).scope_note : null;
}

function computedAnswer(decision: Extract<ToolDecision, { kind: 'computed' }>, index: IndexSnapshot, question: ParsedQuestion, language: 'tr' | 'en'): Answer {
  const { tool, result } = decision;
  const output = result.output as unknown as CommonOutput;
  const citations = citeBasis(index, output.basis);
  const line = directLine(toolQuestionOf(question), output);
  // The rules engine words its results in Turkish; an English question gets an English frame.
  const lead = language === 'en' ? `Result of the ${tool.name} calculation (details in Turkish): ${line}` : line;
  const notes = output.notes.slice(0, 3);
  if (citations.length < output.basis.length) notes.push('Dayanağın bir bölümü dizindeki metinde bulunamadı; yalnızca doğrulanan alıntılar gösteriliyor.');
  const scope = scopeNote(tool);
  if (scope) notes.push(scope);
  const lines = [lead, output.summary, ...(output.calculation ? [`Hesap: ${output.calculation}`] : []), ...notes.map((n) => `Not: ${n}`)];
  const call: ToolCall = { name: tool.name, input: result.input as Record<string, unknown>, output: result.output as Record<string, unknown> };
  const parts = { lead, explanation: output.summary, calculation: output.calculation, notes };
  const shared = { answer: lines.join('\n'), language, personal: tool.personal, toolCalls: [call], ...parts };
  // A year the table does not have is a question the documents cannot answer: say so, show the row.
  if (asksForMissingYear(result.output)) return createAnswer({ kind: 'refused', ...shared, closest: citations });
  return createAnswer({ kind: 'computed', ...shared, citations });
}

/**
 * A computation for staff the tool does not cover. The documents may hold that staff's rules (a labour
 * act, civil-servant rules): they answer then, but never from the tool's own source document, whose
 * numbers are the wrong rules for them. Otherwise the answer says whom the calculator is for.
 */
async function outOfScopeAnswer(
  decision: Extract<ToolDecision, { kind: 'out-of-scope' }>,
  context: AnswerContext,
  toolContext: ToolContext,
  question: string,
  history: readonly ConversationTurn[],
  language: 'tr' | 'en',
): Promise<Answer> {
  const documents = decision.tool.scope.documents;
  const ownSource = documents.kind === 'rule-set' ? toolContext.sources?.get(documents.ruleSet) : undefined;
  const fromOwnSource = (c: Citation) => c.docId === ownSource;
  const fromDocuments = await answerQuestion({ ...context, tools: undefined }, question, history);
  if (fromDocuments.kind === 'answered' && !fromDocuments.citations.some(fromOwnSource)) return fromDocuments;
  const closest = [...fromDocuments.citations, ...fromDocuments.closest].filter((c) => !fromOwnSource(c)).slice(0, 3);
  const documentsSay = closest.length > 0
    ? 'Belgelerde bu personel için doğrudan bir yanıt bulamadım; en yakın bölümler aşağıda.'
    : 'Dizindeki belgelerde bu personel için bir hüküm bulamadım; ilgili mevzuat eklenirse oradan yanıtlarım.';
  const message = `${decision.message} ${documentsSay}`;
  const text = language === 'en' ? `This calculator does not cover the staff you ask about (details in Turkish):\n${message}` : message;
  return createAnswer({ kind: 'refused', answer: text, language, personal: decision.tool.personal, closest });
}

/**
 * Computation questions go to the typed tools: the router fills the arguments from the question (and the
 * thread), the tool computes from the rules data, and the answer shows the result line, the calculation
 * and the verified legal basis. A missing or invalid argument is answered with what is missing and an
 * example; a tool whose source document is not indexed leaves the question to the documents.
 */
export function createToolAnswerer(context: () => AnswerContext, clock: () => Date): ToolAnswerer {
  return {
    async tryAnswer(question: string, history: readonly ConversationTurn[], language: 'tr' | 'en', analysed?: ParsedQuestion): Promise<Answer | null> {
      const ctx = context();
      const parsed = analysed ?? understandQuestion(question, history);
      const toolContext = toolContextFor(ctx.index, parsed.text, toCalendarDate(clock()));
      const decision = decideToolAnswer(parsed, history.map((h) => h.question), toolContext);
      if (!decision) return null;
      switch (decision.kind) {
        case 'needs-input':
          return createAnswer({ kind: 'needs-input', answer: decision.message, language, personal: decision.tool.personal });
        case 'out-of-scope':
          return outOfScopeAnswer(decision, ctx, toolContext, question, history, language);
        case 'computed':
          return computedAnswer(decision, ctx.index, parsed, language);
      }
    },
  };
}
