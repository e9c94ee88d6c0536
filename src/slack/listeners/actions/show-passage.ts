import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderPassageModal, renderPassageText } from '../../blocks/render-passage.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

/** "Tam metni göster" → the whole cited chunk in a modal (or, if the modal cannot open, as a private message). */
export function showPassageCallback(deps: SlackDeps) {
  return async ({ ack, action, body, respond, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const passage = deps.assistant.passage(action.value ?? '');
    if (!passage) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.passageGone });
      return;
    }
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: renderPassageModal(passage) });
    } catch (error) {
      deps.logger.warn(`Tam metin penceresi açılamadı: ${describeError(error)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, text: renderPassageText(passage) });
    }
  };
}
