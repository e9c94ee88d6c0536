import type { AssistantThreadStartedMiddleware } from '@slack/bolt';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

/**
 * The agent view opened (assistant_thread_started): remember which channel the user is looking at, greet,
 * and offer four questions the shipped documents answer (each checked by a test against the real engine).
 */
export function threadStartedCallback(deps: SlackDeps): AssistantThreadStartedMiddleware {
  return async ({ saveThreadContext, say, setSuggestedPrompts }) => {
    await saveThreadContext();
    try {
      await say(MESSAGES.agentGreeting);
      const prompts = deps.suggestedQuestions().map(({ title, message }) => ({ title, message }));
      if (prompts.length > 0) await setSuggestedPrompts({ title: MESSAGES.suggestedPromptsTitle, prompts });
    } catch (error) {
      deps.logger.warn(`Asistan konusu açılışı tamamlanamadı: ${describeError(error)}`);
    }
  };
}
