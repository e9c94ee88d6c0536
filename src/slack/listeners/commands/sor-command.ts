import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { askWithTimeout } from '../../ask-with-timeout.js';
import { renderAnswerBlocks } from '../../blocks/render-answer.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { questionFromSlackText } from '../../slack-incoming-text.js';
import { MESSAGES } from '../../slack-messages.js';

/**
 * /sor <soru> → acknowledged at once with "⏳ Belgelere bakıyorum…" (visible to the asker only), then replaced
 * by the answer with a "Kanalda paylaş" button. Private by default, so entitlement answers stay private too.
 */
export function sorCommandCallback(deps: SlackDeps) {
  return async ({ command, ack, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const question = questionFromSlackText(command.text);
    if (question === '') {
      await ack({ response_type: 'ephemeral', text: MESSAGES.sorUsage });
      return;
    }
    const rate = await deps.rateLimiter.check(command.user_id);
    if (!rate.allowed) {
      await ack({ response_type: 'ephemeral', text: MESSAGES.rateLimited(deps.rateLimiter.perMinute, rate.retryAfterSeconds) });
      return;
    }
    await ack({ response_type: 'ephemeral', text: MESSAGES.working });
    await deps.track(
      (async () => {
        try {
          const scope = await deps.channelScopes.get(command.channel_id);
          const answer = await askWithTimeout(deps, question, scope ? { scope } : {});
          const stored = await deps.answers.save({ question, answer, userId: command.user_id, channelId: command.channel_id });
          const rendered = renderAnswerBlocks(answer, {
            question,
            answerId: stored.id,
            shareable: true,
            ...(answer.personal ? { note: MESSAGES.personalNote } : {}),
          });
          await respond({ response_type: 'ephemeral', replace_original: true, ...rendered });
        } catch (error) {
          deps.logger.error(`/sor yanıtlanamadı: ${describeError(error)}`);
          await respond({ response_type: 'ephemeral', replace_original: true, text: MESSAGES.failed(describeError(error)) }).catch(
            (e: unknown) => deps.logger.error(`/sor hata mesajı gönderilemedi: ${describeError(e)}`),
          );
        }
      })(),
    );
  };
}
