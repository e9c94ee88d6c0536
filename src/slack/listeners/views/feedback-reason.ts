import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { FEEDBACK_MODAL } from '../../blocks/action-ids.js';
import { FEEDBACK_REASONS, parseFeedbackModalContext, type FeedbackReason } from '../../blocks/render-feedback.js';
import { describeError } from '../../describe-error.js';
import { feedbackRecord } from '../../feedback-record.js';
import type { SlackDeps } from '../../slack-deps.js';

const isReason = (value: unknown): value is FeedbackReason => typeof value === 'string' && value in FEEDBACK_REASONS;

/** The 👎 window submitted → the reason and comment added to that person's vote on the answer (one row per person and answer). */
export function feedbackReasonCallback(deps: SlackDeps) {
  return async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const values = view.state.values;
    const reason = values[FEEDBACK_MODAL.reasonBlock]?.[FEEDBACK_MODAL.reasonAction]?.selected_option?.value;
    if (!isReason(reason)) {
      await ack({ response_action: 'errors', errors: { [FEEDBACK_MODAL.reasonBlock]: 'Lütfen bir neden seçin.' } });
      return;
    }
    const context = parseFeedbackModalContext(view.private_metadata);
    if (!context) {
      await ack({ response_action: 'errors', errors: { [FEEDBACK_MODAL.reasonBlock]: 'Bu pencere eski; yanıtın altındaki 👎 düğmesine yeniden basın.' } });
      return;
    }
    const comment = values[FEEDBACK_MODAL.commentBlock]?.[FEEDBACK_MODAL.commentAction]?.value?.trim() || null;
    const record = await feedbackRecord(deps, { vote: 'down', ...context, userId: body.user.id, reason, comment });
    try {
      await deps.store.feedback.add(record);
    } catch (error) {
      deps.logger.error(`Geri bildirim nedeni kaydedilemedi: ${describeError(error)}`);
      await ack({ response_action: 'errors', errors: { [FEEDBACK_MODAL.reasonBlock]: `Kaydedilemedi: ${describeError(error)}` } });
      return;
    }
    await ack({
      response_action: 'update',
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Geri bildirim' },
        close: { type: 'plain_text', text: 'Kapat' },
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '🙏 Teşekkürler, nedeniyle birlikte kaydedildi. Yanıtı iyileştirmek için inceleyeceğiz.' } }],
      },
    });
  };
}
