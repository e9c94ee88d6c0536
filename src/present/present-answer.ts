import type { Answer } from '../answer/types.js';
import { describeToolCall, type ToolStep } from './describe-tool-call.js';
import { labelsFor, type AnswerLabels } from './labels.js';
import { sourceEntries, type SourceEntry } from './source-entries.js';

/**
 * What an answer shows, decided once for both edges (Slack blocks, the terminal): the lead line for its
 * kind, the body, one step per tool call, numbered sources — each fact once, in the question's language.
 * Renderers only lay it out (escaping, wrapping, colour); they decide nothing about content.
 */
export interface AnswerView {
  kind: Answer['kind'];
  language: 'tr' | 'en';
  labels: AnswerLabels;
  lead: string | null;
  /** The answer as one text (what shows when it has no parts). */
  body: string;
  /**
   * A computed answer in its parts, each shown once: the direct answer line ("20 gün"), the tool's result
   * sentence, the arithmetic, the notes. Null when the answer has no parts (documents, LLM mode).
   */
  parts: { line: string; explanation: string | null; calculation: string | null; notes: string[] } | null;
  steps: ToolStep[];
  /** Sources of an answer, or the closest passages of a refusal. */
  sources: { heading: string; hint: string | null; entries: SourceEntry[] } | null;
  footer: string;
  /** Why a configured language model was not used for this answer ("Not: … [code]"), else null. */
  note: string | null;
}

export function presentAnswer(answer: Answer): AnswerView {
  const labels = labelsFor(answer.language);
  const body = answer.answer.trim() || labels.emptyAnswer;
  return {
    kind: answer.kind,
    language: answer.language,
    labels,
    lead: labels.lead[answer.kind],
    body,
    parts: partsOf(answer),
    steps: answer.toolCalls.map((call, i) => describeToolCall(call, i, answer.language)),
    sources: sourcesFor(answer, body, labels),
    footer: `${labels.basis[answer.mode]}. ${labels.caution}`,
    note: answer.fallbackReason ? `${labels.fallback} — ${answer.fallbackReason.message} [${answer.fallbackReason.code}]` : null,
  };
}

function partsOf(answer: Answer): AnswerView['parts'] {
  if (answer.lead === undefined || answer.lead === null || answer.calculation === undefined) return null;
  return {
    line: answer.lead,
    explanation: answer.explanation?.trim() || null,
    calculation: answer.calculation.trim() || null,
    notes: answer.notes ?? [],
  };
}

function sourcesFor(answer: Answer, body: string, labels: AnswerLabels): AnswerView['sources'] {
  if (answer.citations.length > 0) {
    return { heading: labels.sources, hint: null, entries: sourceEntries(answer.citations, body, labels) };
  }
  if (answer.closest.length > 0) {
    return { heading: labels.closest, hint: labels.closestHint, entries: sourceEntries(answer.closest, body, labels) };
  }
  return null;
}
