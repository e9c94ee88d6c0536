import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderAnswerBlocks } from '../../blocks/render-answer.js';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

/**
 * "Kanalda paylaş" on a /sor answer → the same answer posted in the channel for everyone (through the
 * response_url, so it works even where the bot is not a member), and the private copy removed.
 */
export function shareAnswerCallback(deps: SlackDeps) {
  return async ({ ack, action, body, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const stored = await deps.answers.get(action.value ?? '');
    if (!stored) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.answerExpired });
      return;
    }
    const rendered = renderAnswerBlocks(stored.answer, {
      question: stored.question,
      answerId: stored.id,
      note: MESSAGES.sharedBy(body.user.id),
    });
    try {
      await respond({ response_type: 'in_channel', replace_original: false, ...rendered });
      await respond({ delete_original: true }).catch(() => undefined);
    } catch (error) {
      deps.logger.warn(`Yanıt paylaşılamadı: ${describeError(error)}`);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `⚠️ Yanıt kanalda paylaşılamadı: ${escapeMrkdwn(describeError(error))}`,
      }).catch(() => undefined);
    }
  };
}
