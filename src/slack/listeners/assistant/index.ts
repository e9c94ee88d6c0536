import { Assistant, type App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { memoryThreadContextStore } from './thread-context-store.js';
import { threadStartedCallback } from './thread-started.js';
import { userMessageCallback } from './user-message.js';

/**
 * Slack's agent view (Agents & AI Apps: top-bar entry, split view, app threads) through Bolt's Assistant.
 * It takes the DM's thread messages before the plain DM listener sees them; top-level DMs stay with it.
 */
export function register(app: App, deps: SlackDeps): void {
  const threadContextStore = memoryThreadContextStore();
  app.assistant(
    new Assistant({
      threadContextStore,
      threadStarted: threadStartedCallback(deps),
      threadContextChanged: async ({ saveThreadContext }) => saveThreadContext(),
      userMessage: userMessageCallback(deps),
    }),
  );
}
