import type { Database } from './database.js';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-user limit shared by every instance: a fixed window that opens at a user's first question and lasts
 * `windowMs`. One upsert counts the hit and reads the count back, so two instances never both let the
 * (limit+1)th question through. (rate-limiter-flexible does the same with one more dependency and a table of
 * its own per engine; one statement in our schema serves both engines.)
 */
export class RateLimits {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = this.now();
    const [row] = await this.db.query<{ hits: number; window_start: number }>(
      `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
         window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
       RETURNING hits, window_start`,
      [key, now, now - windowMs],
    );
    const hits = Number(row?.hits ?? 1);
    if (hits <= limit) return { allowed: true };
    const windowEnd = Number(row!.window_start) + windowMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
  }

  async deleteExpired(windowMs: number): Promise<number> {
    return (await this.db.query('DELETE FROM rate_limits WHERE window_start <= $1 RETURNING key', [this.now() - windowMs])).length;
  }
}
