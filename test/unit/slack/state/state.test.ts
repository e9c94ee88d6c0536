import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedLru } from '../../../../src/slack/state/bounded-lru.js';
import { FeedbackStore, type FeedbackRecord } from '../../../../src/slack/state/feedback-store.js';
import { RateLimiter } from '../../../../src/slack/state/rate-limiter.js';
import { ThreadMemory } from '../../../../src/slack/state/thread-memory.js';

describe('BoundedLru', () => {
  it('forgets the least recently used entry and lets the first claim win', () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect(lru.has('b')).toBe(false);
    expect(lru.has('a')).toBe(true);
    expect(lru.claim('a', 9)).toBe(false);
    expect(lru.claim('d', 4)).toBe(true);
    expect(lru.size).toBe(2);
  });
});

describe('ThreadMemory', () => {
  it('knows a thread once joined, keeps the newest turns, and remembers who got a personal answer', () => {
    const memory = new ThreadMemory({ maxTurns: 2 });
    const key = ThreadMemory.key('C1', '1.1');
    expect(memory.isKnown(key)).toBe(false);
    memory.join(key);
    expect(memory.isKnown(key)).toBe(true);
    memory.record(key, { question: 'q1' });
    memory.record(key, { question: 'q2' });
    memory.record(key, { question: 'q3' });
    expect(memory.history(key).map((t) => t.question)).toEqual(['q2', 'q3']);
    memory.markPersonal(key, 'U1');
    expect(memory.isPersonalFor(key, 'U1')).toBe(true);
    expect(memory.isPersonalFor(key, 'U2')).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows N questions per sliding minute per user and says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect(limiter.check('U1').allowed).toBe(true);
    now = 10_000;
    expect(limiter.check('U1').allowed).toBe(true);
    expect(limiter.check('U2').allowed).toBe(true);
    now = 20_000;
    expect(limiter.check('U1')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    now = 60_001;
    expect(limiter.check('U1').allowed).toBe(true);
  });
});

describe('FeedbackStore', () => {
  it('appends one JSON line per vote, creating DATA_DIR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedback-'));
    try {
      const store = new FeedbackStore(join(dir, 'yeni', 'feedback.jsonl'));
      const record: FeedbackRecord = {
        at: '2026-01-01T00:00:00.000Z', vote: 'down', userId: 'U1', channelId: 'C1', messageTs: '1.1', answerId: 'a',
        question: 'İzin?', answer: 'Yirmi gün', kind: 'answered', citations: [],
      };
      await Promise.all([store.append(record), store.append({ ...record, vote: 'up' })]);
      const lines = (await readFile(join(dir, 'yeni', 'feedback.jsonl'), 'utf8')).trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as FeedbackRecord).vote)).toEqual(['down', 'up']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
