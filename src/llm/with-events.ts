/**
 * Runs a callback-style task inside an async generator: whatever it emits is yielded as it happens, its
 * result is the return value of `yield*`, its error is thrown there. Bridges "onToken" callbacks of a
 * streaming call to the event iterator the edges consume.
 */
export async function* withEvents<E, T>(run: (emit: (event: E) => void) => Promise<T>): AsyncGenerator<E, T> {
  const queue: E[] = [];
  let wake: (() => void) | null = null;
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  const emit = (event: E) => {
    queue.push(event);
    wake?.();
  };
  void run(emit).then(
    (value) => {
      outcome = { ok: true, value };
      wake?.();
    },
    (error: unknown) => {
      outcome = { ok: false, error };
      wake?.();
    },
  );
  for (;;) {
    while (queue.length > 0) yield queue.shift()!;
    if (outcome) break;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
  const done = outcome as { ok: true; value: T } | { ok: false; error: unknown };
  if (!done.ok) throw done.error;
  return done.value;
}
