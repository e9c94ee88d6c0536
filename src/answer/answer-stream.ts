import type { Answer } from './types.js';

/**
 * What `Assistant.askStream` yields, in order: any number of `tool` and `text` events (and a `text-reset`
 * when a draft is rejected and rewritten), then exactly one `final`.
 *
 * Built for two renderers: the terminal prints `text` deltas as they come and the sources at `final`;
 * Slack maps them onto chat.startStream (first event) → appendStream (`text` as markdown_text, `tool` as
 * task updates keyed by `id`) → stopStream (blocks rendered from `final.answer`). Streamed text is the
 * model's draft before verification: only `final.answer` is verified, so a renderer must show it whenever
 * `final.streamed` is not 'kept'.
 */
export type AnswerEvent =
  | { type: 'text'; delta: string }
  /** The text streamed since the last reset is void (its draft failed verification); a rewrite follows. */
  | { type: 'text-reset'; reason: string }
  | ToolEvent
  | FinalAnswerEvent;

/** Progress of one tool call the model made: `started`, then `succeeded` or `failed` with the same `id`. */
export interface ToolEvent {
  type: 'tool';
  id: string;
  name: string;
  status: 'started' | 'succeeded' | 'failed';
  input: unknown;
  /** The tool's result (succeeded), for search_documents the passages found. */
  output?: unknown;
  /** The Turkish validation or failure message the model was given (failed). */
  error?: string;
}

export interface FinalAnswerEvent {
  type: 'final';
  /** The verified answer: the model's (mode 'llm') or the extractive replacement (mode 'extractive'). */
  answer: Answer;
  /**
   * What became of the streamed text: 'none' nothing was streamed; 'kept' it is `answer.answer` exactly;
   * 'revised' it was accepted but `answer.answer` differs (citation numbers renumbered, an unverified
   * marker removed, personal data masked); 'withdrawn' it was rejected and `answer` replaces it.
   */
  streamed: 'none' | 'kept' | 'revised' | 'withdrawn';
  /** True when the streamed text was rejected by verification and must be taken back. */
  withdrawn: boolean;
}

/** The final answer of a stream: what `ask` returns. */
export async function finalAnswerOf(events: AsyncIterable<AnswerEvent>): Promise<Answer> {
  let final: Answer | null = null;
  for await (const event of events) if (event.type === 'final') final = event.answer;
  if (!final) throw new Error('answer stream ended without a final answer');
  return final;
}

/** A stream holding only an already-made answer (the extractive mode has nothing to stream). */
export async function* streamOfAnswer(answer: Promise<Answer> | Answer): AsyncGenerator<AnswerEvent> {
  yield { type: 'final', answer: await answer, streamed: 'none', withdrawn: false };
}
