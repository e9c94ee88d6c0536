export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Sliding one-minute window per user: at most `perMinute` questions in any 60 seconds. */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(userId: string): RateDecision {
    const now = this.now();
    const windowStart = now - 60_000;
    const recent = (this.#hits.get(userId) ?? []).filter((t) => t > windowStart);
    if (recent.length >= this.perMinute) {
      this.#hits.set(userId, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000)) };
    }
    recent.push(now);
    this.#hits.set(userId, recent);
    if (this.#hits.size > 10_000) this.#sweep(windowStart);
    return { allowed: true };
  }

  #sweep(windowStart: number): void {
    for (const [user, hits] of this.#hits) {
      if (!hits.some((t) => t > windowStart)) this.#hits.delete(user);
    }
  }
}
