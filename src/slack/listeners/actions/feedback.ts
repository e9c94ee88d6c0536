import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, FeedbackButtonsAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/action-ids.js';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { parseFeedbackValue, renderFeedbackModal, type FeedbackVote } from '../../blocks/render-feedback.js';
import { describeError } from '../../describe-error.js';
import { feedbackRecord } from '../../feedback-record.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

type FeedbackArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<FeedbackButtonsAction> | BlockButtonAction>;

/** Which vote and answer a click carries: Slack's feedback_buttons ("up:<id>"), or the older plain buttons. */
function readVote(action: FeedbackArgs['action']): { vote: FeedbackVote; answerId: string } | null {
  if (action.type === 'feedback_buttons') return parseFeedbackValue(action.value);
  return { vote: action.action_id === ACTION_IDS.feedbackUp ? 'up' : 'down', answerId: action.value ?? '' };
}

/**
 * 👍 / 👎 → a row in the store's feedback table with the question, the answer, its citations, the mode and the
 * user (`npm run feedback` exports them). 👎 also opens a small window asking why (wrong / incomplete / not cited / other + text);
 * the vote is stored at once, so nothing is lost when the window is closed without an answer.
 */
export function feedbackCallback(deps: SlackDeps) {
  return async ({ ack, action, body, respond, client }: FeedbackArgs): Promise<void> => {
    await ack();
    const parsed = readVote(action);
    if (!parsed) return;
    const channelId = body.channel?.id ?? body.container?.channel_id ?? null;
    const messageTs = body.container?.message_ts ?? body.message?.ts ?? null;
    const record = await feedbackRecord(deps, {
      vote: parsed.vote,
      answerId: parsed.answerId,
      userId: body.user.id,
      channelId,
      messageTs,
      messageText: typeof body.message?.text === 'string' ? body.message.text : null,
    });
    let text: string = MESSAGES.feedbackThanks(parsed.vote);
    try {
      await deps.store.feedback.add(record);
    } catch (error) {
      deps.logger.error(`Geri bildirim kaydedilemedi: ${describeError(error)}`);
      text = '⚠️ Geri bildiriminiz şu an kaydedilemedi; lütfen biraz sonra yeniden deneyin.';
    }
    if (parsed.vote === 'down' && body.trigger_id) {
      try {
        await client.views.open({ trigger_id: body.trigger_id, view: renderFeedbackModal({ answerId: parsed.answerId, channelId, messageTs }) });
        return; // the window is the acknowledgement; its submission thanks the user
      } catch (error) {
        deps.logger.warn(`Geri bildirim penceresi açılamadı: ${describeError(error)}`);
      }
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(async () => {
      if (channelId) await client.chat.postEphemeral({ channel: channelId, user: body.user.id, text }).catch(() => undefined);
    });
  };
}
