import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { appHomeOpenedCallback } from './app-home-opened.js';
import { appMentionCallback } from './app-mention.js';
import { fileSharedCallback } from './file-shared.js';
import { messageImCallback } from './message-im.js';
import { messageThreadCallback } from './message-thread.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_mention', appMentionCallback(deps));
  app.event('message', messageImCallback(deps));
  app.event('message', messageThreadCallback(deps));
  app.event('app_home_opened', appHomeOpenedCallback(deps));
  app.event('file_shared', fileSharedCallback(deps));
}
