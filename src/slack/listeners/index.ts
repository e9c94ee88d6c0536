import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import * as actions from './actions/index.js';
import * as assistant from './assistant/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  // First: the agent view's thread messages must not reach the plain DM listener as well.
  assistant.register(app, deps);
  events.register(app, deps);
  commands.register(app, deps);
  actions.register(app, deps);
  views.register(app, deps);
}
