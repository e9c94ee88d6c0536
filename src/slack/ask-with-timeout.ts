import type { AnswerEvent, FinalAnswerEvent } from '../answer/answer-stream.js';
import type { AskOptions } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { AnswerTimeoutError } from './answer-timeout-error.js';
import type { SlackDeps } from './slack-deps.js';

type TimeoutDeps = Pick<SlackDeps, 'assistant' | 'answerTimeoutMs' | 'slowNoticeMs'>;

/** Runs `work` with the slow notice and the hard timeout; `abort` is told when the time is up. */
async function withTimeout<T>(deps: TimeoutDeps, work: Promise<T>, onSlow?: () => void, abort?: () => void): Promise<T> {
  const timers: NodeJS.Timeout[] = [];
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        if (onSlow) timers.push(setTimeout(onSlow, deps.slowNoticeMs));
        timers.push(
          setTimeout(() => {
            abort?.();
            reject(new AnswerTimeoutError(deps.answerTimeoutMs));
          }, deps.answerTimeoutMs),
        );
      }),
    ]);
  } finally {
    for (const t of timers) clearTimeout(t);
  }
}

/**
 * Asks the engine; calls `onSlow` once if the answer takes longer than `slowNoticeMs` (so the placeholder can
 * say "still working"), and gives up with AnswerTimeoutError after `answerTimeoutMs`: the bot never goes silent.
 */
export function askWithTimeout(deps: TimeoutDeps, question: string, options: AskOptions, onSlow?: () => void): Promise<Answer> {
  return withTimeout(deps, deps.assistant.ask(question, options), onSlow);
}

/**
 * The same for the answer as events (askStream): `onEvent` sees each text delta and tool step as it comes;
 * resolves with the final, verified answer. On timeout the engine's work is cancelled (its signal).
 */
export function askStreamWithTimeout(
  deps: TimeoutDeps,
  question: string,
  options: AskOptions,
  onEvent: (event: Exclude<AnswerEvent, FinalAnswerEvent>) => void,
  onSlow?: () => void,
): Promise<FinalAnswerEvent> {
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const consume = async (): Promise<FinalAnswerEvent> => {
    for await (const event of deps.assistant.askStream(question, { ...options, signal })) {
      if (event.type === 'final') return event;
      if (!controller.signal.aborted) onEvent(event);
    }
    throw new Error('yanıt akışı son yanıt olmadan bitti');
  };
  return withTimeout(deps, consume(), onSlow, () => controller.abort());
}
