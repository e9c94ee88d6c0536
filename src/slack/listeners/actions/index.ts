import type { App, BlockAction, BlockButtonAction, FeedbackButtonsAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/action-ids.js';
import type { SlackDeps } from '../../slack-deps.js';
import { feedbackCallback } from './feedback.js';
import { shareAnswerCallback } from './share-answer.js';
import { showPassageCallback } from './show-passage.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<FeedbackButtonsAction>>(ACTION_IDS.feedback, feedbackCallback(deps));
  app.action<BlockButtonAction>(ACTION_IDS.feedbackUp, feedbackCallback(deps));
  app.action<BlockButtonAction>(ACTION_IDS.feedbackDown, feedbackCallback(deps));
  app.action<BlockButtonAction>(ACTION_IDS.showPassage, showPassageCallback(deps));
  app.action<BlockButtonAction>(ACTION_IDS.shareAnswer, shareAnswerCallback(deps));
}
