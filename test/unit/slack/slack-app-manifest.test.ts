import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const manifest = await readFile(new URL('../../../slack-app-manifest.yaml', import.meta.url), 'utf8');
const listItems = (section: string) => {
  const match = new RegExp(`\\n(\\s*)${section}:\\n((?:\\1\\s+- .*\\n)+)`).exec(manifest);
  return (match?.[2] ?? '').split('\n').map((l) => l.replace(/#.*/, '').replace(/^\s*- /, '').trim()).filter(Boolean);
};

describe('slack-app-manifest.yaml', () => {
  it('subscribes to every event the listeners handle', () => {
    expect(listItems('bot_events').sort()).toEqual(
      ['app_home_opened', 'app_mention', 'file_shared', 'message.channels', 'message.groups', 'message.im', 'message.mpim'].sort(),
    );
  });

  it('asks for the scopes those events and the Web API calls need', () => {
    expect(listItems('bot').sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'groups:history', 'im:history', 'im:write', 'mpim:history'].sort(),
    );
  });

  it('points events, both commands and interactivity at /slack/events, with interactivity on', () => {
    expect(manifest).toMatch(/- command: \/sor\n\s+url: https:\/\/[^\n]+\/slack\/events/);
    expect(manifest).toMatch(/- command: \/dizin\n\s+url: https:\/\/[^\n]+\/slack\/events/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true\n\s+request_url: https:\/\/[^\n]+\/slack\/events/);
    expect(manifest).toMatch(/event_subscriptions:\n\s+request_url: https:\/\/[^\n]+\/slack\/events/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
  });
});
