import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type FeedbackRecord, type Store } from '../../../src/store/index.js';
import { MIGRATIONS } from '../../../src/store/migrations.js';
import { ENGINES, engineUnavailable, openTestStore, type Engine } from '../../helpers/test-store.js';

const vote = (over: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  at: '2026-03-01T10:00:00.000Z', vote: 'down', userId: 'U1', channelId: 'C1', messageTs: '1.1', answerId: 'a1',
  question: 'Ücret tavanı ne kadar?', answer: 'Tavan …', kind: 'answered',
  citations: [{ source: 'corpus/x.txt', docId: 'x', chunkId: 'x#1', title: 'X', locator: 'Madde 3', page: null, quote: 'alıntı' }],
  ...over,
});

describe.each(ENGINES)('store (%s)', (engine: Engine) => {
  const unavailable = engineUnavailable(engine);
  let cleanup: (() => Promise<void>) | undefined;
  let clock = Date.parse('2026-03-01T10:00:00Z');
  const now = () => clock;

  async function fresh(): Promise<Store> {
    const t = await openTestStore(engine, now);
    cleanup = t.cleanup;
    return t.store;
  }
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
    clock = Date.parse('2026-03-01T10:00:00Z');
  });

  it.skipIf(unavailable)('applies migrations once, also when opened again and twice at the same moment', async () => {
    const t = await openTestStore(engine, now);
    cleanup = t.cleanup;
    const [a, b] = await Promise.all([
      openStore({ databaseUrl: t.databaseUrl, dataDir: t.dataDir, retentionDays: 30 }),
      openStore({ databaseUrl: t.databaseUrl, dataDir: t.dataDir, retentionDays: 30 }),
    ]);
    const rows = await a.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2]);
    await a.close();
    await b.close();
  });

  it.skipIf(unavailable)('keeps one vote per person and answer, lists since a date, deletes past retention', async () => {
    const store = await fresh();
    await store.feedback.add(vote());
    await store.feedback.add(vote({ vote: 'up', at: '2026-03-01T10:05:00.000Z', question: null }));
    await store.feedback.add(vote({ answerId: 'a2', at: '2026-04-01T00:00:00.000Z' }));
    const all = await store.feedback.list();
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ vote: 'up', question: 'Ücret tavanı ne kadar?', answerId: 'a1' });
    expect(all[0]!.citations[0]!.locator).toBe('Madde 3');
    expect(await store.feedback.list(new Date('2026-03-15'))).toHaveLength(1);
    clock = Date.parse('2026-04-10T00:00:00Z');
    expect((await store.sweep()).feedback).toBe(1);
    expect((await store.feedback.list()).map((f) => f.answerId)).toEqual(['a2']);
  });

  it.skipIf(unavailable)('claims a key once until it expires', async () => {
    const store = await fresh();
    expect(await store.claims.claim('event:Ev1', 1000)).toBe(true);
    expect(await store.claims.claim('event:Ev1', 1000)).toBe(false);
    clock += 1001;
    expect(await store.claims.claim('event:Ev1', 1000)).toBe(true);
    const results = await Promise.all(Array.from({ length: 10 }, () => store.claims.claim('event:Ev2', 1000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it.skipIf(unavailable)('remembers thread turns, personal marks and answers', async () => {
    const store = await fresh();
    expect(await store.threads.isKnown('C1:1.1')).toBe(false);
    await store.threads.join('C1:1.1');
    for (let i = 1; i <= 8; i += 1) await store.threads.record('C1:1.1', { question: `s${i}`, answer: `y${i}` });
    expect(await store.threads.isKnown('C1:1.1')).toBe(true);
    expect((await store.threads.history('C1:1.1', 6)).map((t) => t.question)).toEqual(['s3', 's4', 's5', 's6', 's7', 's8']);
    await store.threads.markPersonal('C1:1.1', 'U1');
    await store.threads.markPersonal('C1:1.1', 'U1');
    expect(await store.threads.isPersonalFor('C1:1.1', 'U1')).toBe(true);
    expect(await store.threads.isPersonalFor('C1:1.1', 'U2')).toBe(false);
    await store.answers.save({ id: 'abc', question: 'q', answer: { kind: 'answered', citations: [] }, userId: 'U1', channelId: 'C1', createdAt: new Date(clock).toISOString() });
    expect(await store.answers.get('abc')).toMatchObject({ question: 'q', answer: { kind: 'answered' } });
    expect(await store.answers.get('yok')).toBeUndefined();
  });

  it.skipIf(unavailable)('rate limit: concurrent hits never let more than the limit through', async () => {
    const store = await fresh();
    const decisions = await Promise.all(Array.from({ length: 12 }, () => store.rateLimits.hit('U1', 5, 60_000)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    const denied = decisions.find((d) => !d.allowed);
    expect(denied && !denied.allowed && denied.retryAfterSeconds).toBe(60);
    clock += 60_001;
    expect((await store.rateLimits.hit('U1', 5, 60_000)).allowed).toBe(true);
  });

  it.skipIf(unavailable)('job queue: claims in order, merges queued re-indexes, requeues orphans', async () => {
    const store = await fresh();
    const first = await store.jobs.enqueue('reindex', {}, 'U1');
    const second = await store.jobs.enqueue('reindex', {}, 'U2');
    const full = await store.jobs.enqueue('reindex', { full: true }, 'U3');
    const claimed = await store.jobs.claimNext('w1');
    expect(claimed?.id).toBe(first.id);
    expect((await store.jobs.get(second.id))?.state).toBe('merged');
    expect((await store.jobs.get(full.id))?.state).toBe('queued');
    await store.jobs.finish(first.id, { version: 'v1' });
    expect(await store.jobs.outcome(second.id)).toMatchObject({ id: first.id, state: 'done', result: { version: 'v1' } });
    const next = await store.jobs.claimNext('w1');
    expect(next?.id).toBe(full.id);
    expect(await store.jobs.requeueOrphans('w2')).toBe(1);
    const [a, b] = await Promise.all([store.jobs.claimNext('w2'), store.jobs.claimNext('w3')]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it.skipIf(unavailable)('lease: one holder until it expires or releases', async () => {
    const store = await fresh();
    expect(await store.leases.acquire('index-worker', 'x:1:a', 10_000)).toBe(true);
    expect(await store.leases.acquire('index-worker', 'x:2:b', 10_000)).toBe(false);
    expect(await store.leases.acquire('index-worker', 'x:1:a', 10_000)).toBe(true);
    clock += 10_001;
    expect(await store.leases.liveHolderOf('index-worker')).toBeNull();
    expect(await store.leases.acquire('index-worker', 'x:2:b', 10_000)).toBe(true);
    await store.leases.release('index-worker', 'x:2:b');
    expect(await store.leases.liveHolderOf('index-worker')).toBeNull();
  });

  it.skipIf(unavailable)('placeholders of dead instances are taken once; audit log newest first', async () => {
    const store = await fresh();
    await store.placeholders.begin('C1', '1.1', '1.1', 'live');
    await store.placeholders.begin('C1', '1.2', '1.2', 'dead');
    await store.placeholders.posted('C1', '1.2', '9.2');
    await store.placeholders.begin('C2', '1.3', null, 'dead');
    await store.placeholders.begin('C2', '1.4', null, 'dead');
    await store.placeholders.finish('C2', '1.4');
    const taken = await store.placeholders.takeOrphans(['live']);
    expect(taken.map((p) => [p.questionTs, p.placeholderTs]).sort()).toEqual([['1.2', '9.2'], ['1.3', null]]);
    expect(await store.placeholders.takeOrphans(['live'])).toEqual([]);
    await store.audit.add({ actor: 'U1', action: 'belge-ekle', target: 'a.pdf', detail: null });
    await store.audit.add({ actor: 'U2', action: 'dizin-yenile', target: null, detail: 'v2' });
    expect((await store.audit.recent(5)).map((e) => e.action)).toEqual(['dizin-yenile', 'belge-ekle']);
    await store.instances.heartbeat('bot-a', 'bot', 'v2');
    expect((await store.instances.live()).map((i) => [i.id, i.indexVersion])).toEqual([['bot-a', 'v2']]);
  });
});
