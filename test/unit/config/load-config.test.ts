import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_DOCS, loadConfig } from '../../../src/config/index.js';

describe('loadConfig', () => {
  it('works with an empty environment: offline defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ CORPUS_DIR: 'corpus', DATA_DIR: 'data', EMBEDDINGS_PROVIDER: 'local', PORT: 3000 });
    expect(config.SLACK_ADMIN_USERS).toEqual([]);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATA_DIR: '', PORT: ' ' })).toMatchObject({ DATA_DIR: 'data', PORT: 3000 });
  });

  it('splits SLACK_ADMIN_USERS', () => {
    expect(loadConfig({ SLACK_ADMIN_USERS: 'U1, U2,,U3 ' }).SLACK_ADMIN_USERS).toEqual(['U1', 'U2', 'U3']);
  });

  it('reports every problem at once, in Turkish', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', EMBEDDINGS_PROVIDER: 'gpt', SLACK_APP_TOKEN: 'xoxb-1', SLACK_API_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'EMBEDDINGS_PROVIDER', 'SLACK_APP_TOKEN', 'SLACK_API_URL']) expect(problems).toContain(name);
    expect(problems).toContain('xapp- ile başlamalı');
  });

  it('asks for a key or base URL when the OpenAI provider is chosen', () => {
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY/);
    expect(loadConfig({ EMBEDDINGS_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }).EMBEDDINGS_PROVIDER).toBe('openai');
  });
});

describe('configuration documentation stays in sync with the schema', () => {
  const names = Object.keys(ENV_DOCS).sort();

  it('.env.example lists exactly the variables the schema reads', () => {
    const example = fs.readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(names);
  });

  it('the README configuration table lists exactly the variables the schema reads', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Yapılandırma'));
    const listed = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(names);
  });
});
