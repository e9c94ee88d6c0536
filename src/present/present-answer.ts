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
  body: string;
  steps: ToolStep[];
  /** Sources of an answer, or the closest passages of a refusal. */
  sources: { heading: string; hint: string | null; entries: SourceEntry[] } | null;
  footer: string;
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
    steps: answer.toolCalls.map((call, i) => describeToolCall(call, i, answer.language)),
    sources: sourcesFor(answer, body, labels),
    footer: `${labels.basis[answer.mode]}. ${labels.caution}`,
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
