import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../src/answer/one-at-a-time.js';

describe('oneAtATime', () => {
  it('runs tasks in order, one at a time, and lets pending callbacks run between two of them', async () => {
    const run = oneAtATime();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      // A request that arrives while this answer is being worked out.
      if (name === 'a') setImmediate(() => log.push('io'));
      await Promise.resolve();
      log.push(`end ${name}`);
      return name;
    };
    const results = Promise.all([run(task('a')), run(task('b')), run(task('c'))]);
    expect(await results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'io', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on after a failed task', async () => {
    const run = oneAtATime();
    await expect(run(async () => Promise.reject(new Error('bozuk')))).rejects.toThrow('bozuk');
    expect(await run(async () => 'sonra')).toBe('sonra');
  });
});
