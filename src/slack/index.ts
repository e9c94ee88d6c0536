/** The Slack edge's public surface. */
export { createSlackApp, type CreateSlackAppOptions, type SlackAppHandle } from './create-slack-app.js';
export { runSlack, type RunSlackOptions } from './run-slack.js';
export { SlackConfigError } from './slack-config-error.js';
export { renderAnswerBlocks, type RenderAnswerOptions } from './blocks/render-answer.js';
export { renderHomeView } from './blocks/render-home.js';
export { ACTION_IDS } from './blocks/action-ids.js';
export type { FeedbackRecord } from './state/feedback-store.js';
