import type { EvalQuestion } from './eval-question.js';
import { normalizeSourcePath, scoreAnswer, type AnswerScore, type ScoredAnswer } from './score-answer.js';
import type { ScoredItem } from './summarize-scores.js';

export interface RunEvalInput {
  questions: readonly EvalQuestion[];
  /** Produces the public-shape answer for one item (the engine's `ask` + `toAnswerJson`, or a saved file). */
  answer: (item: EvalQuestion) => Promise<ScoredAnswer>;
  /** Loads the cleaned texts of the given sources (once each) and returns every text loaded so far. */
  loadSources: (sources: string[]) => Promise<ReadonlyMap<string, string>>;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

const FAILED: AnswerScore = { answerOk: false, citationOk: null, grounded: null, refusalOk: false, firstCitationOk: null, ungroundedQuotes: [] };

/** Asks every question in turn and scores it; an exception from the engine scores the item as wrong. */
export async function runEval(input: RunEvalInput): Promise<ScoredItem[]> {
  const now = input.now ?? (() => performance.now());
  const results: ScoredItem[] = [];
  for (const [index, item] of input.questions.entries()) {
    const started = now();
    try {
      const answer = await input.answer(item);
      const durationMs = now() - started;
      const cited = answer.citations.map((c) => normalizeSourcePath(c.source));
      const expected = item.expect.refused ? [] : [normalizeSourcePath(item.expect.source)];
      const texts = await input.loadSources([...new Set([...expected, ...cited])]);
      results.push({ item, score: scoreAnswer(item, answer, texts), answer, durationMs });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const citationOk = item.expect.refused ? null : false;
      results.push({ item, score: { ...FAILED, citationOk, firstCitationOk: citationOk }, error: message, durationMs: now() - started });
    }
    input.onProgress?.(index + 1, input.questions.length);
  }
  return results;
}
