import type { AskOptions } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { AnswerTimeoutError } from './answer-timeout-error.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * Asks the engine; calls `onSlow` once if the answer takes longer than `slowNoticeMs` (so the placeholder can
 * say "still working"), and gives up with AnswerTimeoutError after `answerTimeoutMs`: the bot never goes silent.
 */
export async function askWithTimeout(
  deps: Pick<SlackDeps, 'assistant' | 'answerTimeoutMs' | 'slowNoticeMs'>,
  question: string,
  options: AskOptions,
  onSlow?: () => void,
): Promise<Answer> {
  const timers: NodeJS.Timeout[] = [];
  try {
    return await Promise.race([
      deps.assistant.ask(question, options),
      new Promise<never>((_, reject) => {
        if (onSlow) timers.push(setTimeout(onSlow, deps.slowNoticeMs));
        timers.push(setTimeout(() => reject(new AnswerTimeoutError(deps.answerTimeoutMs)), deps.answerTimeoutMs));
      }),
    ]);
  } finally {
    for (const t of timers) clearTimeout(t);
  }
}
