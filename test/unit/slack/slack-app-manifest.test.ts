import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type AnySchema } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../../src/config/shared-corpora.js';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';

interface Manifest {
  features: {
    agent_view?: { agent_description?: string; suggested_prompts?: { title: string; message: string }[] };
    assistant_view?: unknown;
    slash_commands: { command: string; url: string; usage_hint?: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = parse(await readFile(path.join(REPO_ROOT, 'slack-app-manifest.yaml'), 'utf8')) as Manifest;

/**
 * Slack's own manifest schema (github.com/slackapi/manifest-schema), read from ../shared: the top-level file
 * refers to the versioned schemas by their raw.githubusercontent.com URLs, which map to the local copies.
 */
async function compileSlackManifestSchema() {
  const dir = locateSharedCorpus('slack-manifest-schema', REPO_ROOT);
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  for (const file of await readdir(path.join(dir, 'schemas'))) {
    const schema = JSON.parse(await readFile(path.join(dir, 'schemas', file), 'utf8')) as AnySchema;
    ajv.addSchema(schema, `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/${file}`);
  }
  return ajv.compile(JSON.parse(await readFile(path.join(dir, 'manifest.schema.json'), 'utf8')) as AnySchema);
}

let compiled: ReturnType<typeof compileSlackManifestSchema> | undefined;
const slackManifestValidator = () => (compiled ??= compileSlackManifestSchema());

describe('slack-app-manifest.yaml › Slack manifest schema', () => {
  it('is valid against Slack\'s app-manifest JSON schema', async () => {
    const validate = await slackManifestValidator();
    const valid = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validator is real: it rejects a manifest with an unknown feature or five suggested prompts', async () => {
    const validate = await slackManifestValidator();
    expect(validate({ ...manifest, features: { ...manifest.features, chat_view: {} } })).toBe(false);
    const five = Array.from({ length: 5 }, (_, i) => ({ title: `t${i}`, message: `m${i}` }));
    expect(validate({ ...manifest, features: { ...manifest.features, agent_view: { suggested_prompts: five } } })).toBe(false);
  });

  it('uses agent_view (the key the current schema documents for the agent surface), not assistant_view', () => {
    expect(manifest.features.agent_view?.agent_description).toBeTruthy();
    expect(manifest.features.assistant_view).toBeUndefined();
  });

  it('offers the same four suggested prompts the bot sets in a thread (corpus/suggested-prompts.json)', async () => {
    const file = JSON.parse(await readFile(path.join(REPO_ROOT, 'corpus', 'suggested-prompts.json'), 'utf8')) as {
      prompts: { title: string; message: string }[];
    };
    expect(manifest.features.agent_view?.suggested_prompts).toEqual(file.prompts.map(({ title, message }) => ({ title, message })));
    expect(file.prompts).toHaveLength(4);
  });
});

describe('slack-app-manifest.yaml › what the listeners need', () => {
  it('subscribes to every event the listeners handle', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [
        'app_home_opened',
        'app_mention',
        'assistant_thread_context_changed',
        'assistant_thread_started',
        'file_shared',
        'message.channels',
        'message.groups',
        'message.im',
        'message.mpim',
      ].sort(),
    );
  });

  it('asks for the scopes those events and the Web API calls need', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['app_mentions:read', 'assistant:write', 'channels:history', 'chat:write', 'commands', 'files:read', 'groups:history', 'im:history', 'im:write', 'mpim:history'].sort(),
    );
  });

  it('points events, both commands and interactivity at /slack/events, with interactivity and App Home on', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(['/dizin', '/sor']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
