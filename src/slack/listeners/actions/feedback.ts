import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/action-ids.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';
import type { FeedbackRecord } from '../../state/feedback-store.js';

/** 👍 / 👎 → a row in the store's feedback table with the question, the answer and its citations (`npm run feedback` exports them). */
export function feedbackCallback(deps: SlackDeps) {
  return async ({ ack, action, body, respond, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const vote = action.action_id === ACTION_IDS.feedbackUp ? 'up' : 'down';
    const stored = await deps.answers.get(action.value ?? '');
    const channelId = body.channel?.id ?? body.container?.channel_id ?? null;
    const record: FeedbackRecord = {
      at: deps.clock().toISOString(),
      vote,
      userId: body.user.id,
      channelId,
      messageTs: body.container?.message_ts ?? body.message?.ts ?? null,
      answerId: action.value ?? '',
      question: stored?.question ?? null,
      answer: stored?.answer.answer ?? (typeof body.message?.text === 'string' ? body.message.text : null),
      kind: stored?.answer.kind ?? null,
      citations: (stored?.answer.citations ?? []).map(({ source, docId, chunkId, title, locator, page, quote }) => ({
        source,
        docId,
        chunkId,
        title,
        locator,
        page,
        quote,
      })),
    };
    let text: string = MESSAGES.feedbackThanks(vote);
    try {
      await deps.store.feedback.add(record);
    } catch (error) {
      deps.logger.error(`Geri bildirim kaydedilemedi: ${describeError(error)}`);
      text = '⚠️ Geri bildiriminiz şu an kaydedilemedi; lütfen biraz sonra yeniden deneyin.';
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(async () => {
      if (channelId) await client.chat.postEphemeral({ channel: channelId, user: body.user.id, text });
    });
  };
}
