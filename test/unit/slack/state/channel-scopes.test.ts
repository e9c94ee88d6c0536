import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChannelScopeStore } from '../../../../src/slack/state/channel-scopes.js';
import { openStore } from '../../../../src/store/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kapsam-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const scope = (channelId: string, documentIds: string[] = [], kinds: string[] = []) => ({ channelId, documentIds, kinds, setBy: 'UADMIN' });

describe('ChannelScopeStore', () => {
  it('survives a reopen of the store (a restart); clearing reports whether there was a scope', async () => {
    const first = await openStore({ dataDir: dir, retentionDays: 30 });
    const scopes = new ChannelScopeStore(first, () => new Date('2026-01-01T00:00:00.000Z'));
    await Promise.all([scopes.set(scope('C1', ['a'])), scopes.set(scope('C2', [], ['report'])), scopes.set(scope('C3', ['b']))]);
    expect(await scopes.clear('C3')).toBe(true);
    expect(await scopes.clear('C3')).toBe(false);
    await first.close();

    const second = await openStore({ dataDir: dir, retentionDays: 30 });
    const reopened = new ChannelScopeStore(second);
    expect((await reopened.all()).map((s) => s.channelId)).toEqual(['C1', 'C2']);
    expect(await reopened.get('C2')).toEqual({ channelId: 'C2', documentIds: [], kinds: ['report'], setBy: 'UADMIN', setAt: '2026-01-01T00:00:00.000Z' });
    expect(await reopened.get('C3')).toBeUndefined();
    await second.close();
  });

  it('setting a channel again replaces its scope (one row per channel)', async () => {
    const store = await openStore({ dataDir: dir, retentionDays: 30 });
    const scopes = new ChannelScopeStore(store);
    await scopes.set(scope('C1', ['a']));
    await scopes.set(scope('C1', [], ['yonetmelik']));
    expect(await scopes.all()).toHaveLength(1);
    expect((await scopes.get('C1'))?.kinds).toEqual(['yonetmelik']);
    expect((await scopes.get('C1'))?.documentIds).toEqual([]);
    await store.close();
  });
});
