import type { App } from '@slack/bolt';
import { FEEDBACK_MODAL } from '../../blocks/action-ids.js';
import type { SlackDeps } from '../../slack-deps.js';
import { feedbackReasonCallback } from './feedback-reason.js';

export function register(app: App, deps: SlackDeps): void {
  app.view(FEEDBACK_MODAL.callbackId, feedbackReasonCallback(deps));
}
