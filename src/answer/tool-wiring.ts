import type { SourceDocument } from '../ingest/types.js';
import { extractIndicatorTables, routeToolQuestion, runTool, type Basis, type IndicatorStore } from '../tools/index.js';
import type { CalendarDate } from '../text/index.js';
import type { ConversationTurn } from './assistant.js';
import type { AnswerContext } from './answer-question.js';
import type { ToolAnswerer } from './answer-with-tool.js';
import { createAnswer, type Answer, type Citation, type ToolCall } from './types.js';
import { chunkAt, locateQuote, makeCitation } from './verify-citation.js';

/** Derived data saved with each index build, by name: the strategic plans' indicator tables. */
export const EXTRA_NAMES = ['indicators'];

export function indexExtras(documents: readonly SourceDocument[]): Record<string, unknown> {
  const stores = documents.filter((d) => d.kind === 'strategic-plan').map((d) => extractIndicatorTables(d.text, d.id));
  return { indicators: stores };
}

/** Entitlements are personal matters: Slack answers them privately in public channels. */
const PERSONAL_TOOLS = new Set(['pay_cap', 'leave', 'severance']);

const toCalendarDate = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/** A tool's legal basis becomes citations only where its quote is found verbatim in the indexed document. */
function citeBasis(context: AnswerContext, basis: readonly Basis[]): Citation[] {
  const citations: Citation[] = [];
  for (const b of basis) {
    const doc = context.index.documentsById.get(b.docId);
    if (!doc) continue;
    const start = locateQuote(doc, b.quote);
    const chunk = start >= 0 ? chunkAt(context.index.chunks, doc.id, start) : undefined;
    const citation = chunk && makeCitation(doc, chunk, start, start + b.quote.length);
    if (citation && !citations.some((c) => c.quote === citation.quote)) citations.push(citation);
  }
  return citations;
}

function indicatorStore(context: AnswerContext, question: string): IndicatorStore | null {
  const stores = (context.index.extras.get('indicators') as IndicatorStore[] | null) ?? [];
  if (stores.length <= 1) return stores[0] ?? null;
  const folded = question.toLocaleLowerCase('tr-TR');
  return stores.find((s) => folded.includes(context.index.documentsById.get(s.docId)?.title.split(' ')[0]?.toLocaleLowerCase('tr-TR') ?? '\u0000')) ?? stores[0]!;
}

function asksForMissingYear(output: unknown): boolean {
  const matches = (output as { matches?: { requested: { in_table: boolean } | null }[] }).matches ?? [];
  return matches.length > 0 && matches.every((m) => m.requested !== null && !m.requested.in_table);
}

/**
 * Computation questions go to the typed tools: the router fills the arguments from the question (and the
 * thread), the tool computes from the rules file, and the answer shows result, calculation and the
 * verified legal basis. A missing or invalid argument is answered with what is missing and an example.
 */
export function createToolAnswerer(context: () => AnswerContext, clock: () => Date): ToolAnswerer {
  return {
    async tryAnswer(question: string, history: readonly ConversationTurn[], language: 'tr' | 'en'): Promise<Answer | null> {
      const route = routeToolQuestion(question, history.map((h) => h.question));
      if (!route) return null;
      const personal = PERSONAL_TOOLS.has(route.tool);
      if ('missing' in route) return createAnswer({ kind: 'needs-input', answer: route.message, language, personal });

      const ctx = context();
      const result = runTool(route.tool, route.args, { indicators: indicatorStore(ctx, question), today: toCalendarDate(clock()) });
      if (!result.ok) return createAnswer({ kind: 'needs-input', answer: result.message, language, personal });

      const output = result.output as { summary: string; calculation: string; basis: Basis[]; notes: string[]; found?: boolean };
      // A question that only looked like an indicator lookup ("birinci stratejik amaç nedir?") is
      // answered from the text instead of with "not found".
      if (output.found === false) return null;
      const citations = citeBasis(ctx, output.basis);
      // The rules engine words its results in Turkish; an English question gets an English lead line.
      const lines = language === 'en' ? [`Result of the ${result.tool} calculation (details in Turkish):`, output.summary] : [output.summary];
      if (output.calculation) lines.push(`Hesap: ${output.calculation}`);
      lines.push(...output.notes.slice(0, 3).map((n) => `Not: ${n}`));
      if (citations.length < output.basis.length) lines.push('Not: Dayanağın bir bölümü dizindeki metinde bulunamadı; yalnızca doğrulanan alıntılar gösteriliyor.');
      const call: ToolCall = { name: result.tool, input: result.input as Record<string, unknown>, output: result.output as Record<string, unknown> };
      // A year the table does not have is a question the documents cannot answer: say so, show the row.
      if (asksForMissingYear(result.output)) {
        return createAnswer({ kind: 'refused', answer: lines.join('\n'), language, personal, toolCalls: [call], closest: citations });
      }
      return createAnswer({ kind: 'computed', answer: lines.join('\n'), language, personal, toolCalls: [call], citations });
    },
  };
}
