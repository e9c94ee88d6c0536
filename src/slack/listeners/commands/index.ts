import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.js';
import { dizinCommandCallback } from './dizin-command.js';
import { sorCommandCallback } from './sor-command.js';

export function register(app: App, deps: SlackDeps): void {
  app.command('/sor', sorCommandCallback(deps));
  app.command('/dizin', dizinCommandCallback(deps));
}
