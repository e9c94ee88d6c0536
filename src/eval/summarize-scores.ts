import type { EvalQuestion } from './eval-question.js';
import type { AnswerScore } from './score-answer.js';

export interface ScoredItem {
  item: EvalQuestion;
  score: AnswerScore;
  /** Set when `ask` threw: the item counts as wrong on every applicable metric. */
  error?: string;
  answer?: { answer: string; refused: boolean; citations: { source: string; quote: string; locator?: string }[] };
  durationMs: number;
}

/** Correct / applicable; `rate` is null when nothing applied (e.g. citations in a refusal-only slice). */
export interface Ratio {
  correct: number;
  total: number;
  rate: number | null;
}

export interface Metrics {
  questions: number;
  answerAccuracy: Ratio;
  citationAccuracy: Ratio;
  grounding: Ratio;
  refusalAccuracy: Ratio;
  /** The peer benchmark's rule: first citation from the right file and article (answerable items). */
  firstCitation: Ratio;
  /** Answerable questions the engine refused. */
  falseRefusals: number;
  /** Questions the documents do not answer that got an answer anyway. */
  missedRefusals: number;
  meanMs: number;
}

export interface EvalReport {
  overall: Metrics;
  byCategory: Record<string, Metrics>;
}

function ratio(values: (boolean | null)[]): Ratio {
  const applicable = values.filter((v): v is boolean => v !== null);
  const correct = applicable.filter(Boolean).length;
  return { correct, total: applicable.length, rate: applicable.length === 0 ? null : correct / applicable.length };
}

export function computeMetrics(items: readonly ScoredItem[]): Metrics {
  return {
    questions: items.length,
    answerAccuracy: ratio(items.map((s) => s.score.answerOk)),
    citationAccuracy: ratio(items.map((s) => s.score.citationOk)),
    grounding: ratio(items.map((s) => s.score.grounded)),
    refusalAccuracy: ratio(items.map((s) => s.score.refusalOk)),
    firstCitation: ratio(items.map((s) => s.score.firstCitationOk)),
    falseRefusals: items.filter((s) => !s.item.expect.refused && !s.score.refusalOk).length,
    missedRefusals: items.filter((s) => s.item.expect.refused && !s.score.refusalOk).length,
    meanMs: items.length === 0 ? 0 : Math.round(items.reduce((sum, s) => sum + s.durationMs, 0) / items.length),
  };
}

export function summarizeScores(items: readonly ScoredItem[]): EvalReport {
  const categories = [...new Set(items.map((s) => s.item.category))];
  return {
    overall: computeMetrics(items),
    byCategory: Object.fromEntries(
      categories.map((c) => [c, computeMetrics(items.filter((s) => s.item.category === c))]),
    ),
  };
}

/** An item that failed any metric that applies to it. */
export function isFailure(s: ScoredItem): boolean {
  return (
    s.error !== undefined ||
    !s.score.answerOk ||
    s.score.citationOk === false ||
    s.score.grounded === false ||
    !s.score.refusalOk
  );
}
