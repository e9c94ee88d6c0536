import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Runs CPU-bound tasks one after another, each only after the event loop has had a turn. An answer is
 * ~10 ms of synchronous work; fifty Slack questions arriving together used to be answered back to back
 * before Bolt could acknowledge the later requests (Slack retries after 3 s). Now every pending request is
 * read and acknowledged between two answers, and answers take no longer in all.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(async () => {
      await nextTurn();
      return task();
    });
    tail = run.catch(() => undefined);
    return run;
  };
}
