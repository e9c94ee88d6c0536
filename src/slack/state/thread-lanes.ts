/**
 * One answer at a time per conversation, in the order the messages arrived. Without it two quick messages in
 * one thread are answered side by side: both read the thread's history before either answer is recorded (the
 * follow-up loses its context), and their answers can be posted in either order. Conversations do not wait
 * for each other; the engine's own queue decides how answers of different threads share the CPU. Per process:
 * a thread's messages that land on two instances are ordered only by when each instance answers them.
 */
export class ThreadLanes {
  readonly #tails = new Map<string, Promise<void>>();

  /** Runs `work` after every earlier `run` of the same key has settled (fulfilled or rejected). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // The map holds only conversations with an answer pending: the last one out removes its key.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Conversations with an answer in progress or waiting (for /dizin durum-style diagnostics and tests). */
  get busy(): number {
    return this.#tails.size;
  }
}
