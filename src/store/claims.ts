import type { Database } from './database.js';

/**
 * First-wins claims with an expiry, shared by every instance: an event id, a message (`channel:ts`), an uploaded
 * file. One atomic statement: the insert wins, or it takes over an expired claim, or it loses.
 */
export class Claims {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  /** True when this call claimed `key` (nobody holds an unexpired claim on it). */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const rows = await this.db.query(
      `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= $3
       RETURNING key`,
      [key, now + ttlMs, now],
    );
    return rows.length === 1;
  }

  async release(key: string): Promise<void> {
    await this.db.query('DELETE FROM claims WHERE key = $1', [key]);
  }

  async deleteExpired(): Promise<number> {
    return (await this.db.query('DELETE FROM claims WHERE expires_at <= $1 RETURNING key', [this.now()])).length;
  }
}
