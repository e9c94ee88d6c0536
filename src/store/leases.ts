import type { Database } from './database.js';
import { isDeadLocalProcess } from './process-identity.js';

export interface LeaseHolder {
  holder: string;
  expiresAt: number;
}

/**
 * Named leases with an expiry: "only one index worker at a time" across processes and hosts. The holder renews
 * before expiry; a holder that died lets the lease lapse (or, on the same host, is detected at once).
 */
export class Leases {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  /** True when `holder` now holds `name` (newly or renewed). */
  async acquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const current = await this.holderOf(name);
    const takeOver = current && current.holder !== holder && isDeadLocalProcess(current.holder) ? current.holder : '';
    const now = this.now();
    const rows = await this.db.query(
      `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at <= $4 OR leases.holder = $5
       RETURNING holder`,
      [name, holder, now + ttlMs, now, takeOver],
    );
    return rows.length === 1;
  }

  async release(name: string, holder: string): Promise<void> {
    await this.db.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
  }

  /** The recorded holder, live or not. */
  async holderOf(name: string): Promise<LeaseHolder | null> {
    const [row] = await this.db.query<{ holder: string; expires_at: number }>('SELECT holder, expires_at FROM leases WHERE name = $1', [name]);
    return row ? { holder: row.holder, expiresAt: Number(row.expires_at) } : null;
  }

  /** The holder if it is live: not expired and not a dead process on this host. */
  async liveHolderOf(name: string): Promise<string | null> {
    const row = await this.holderOf(name);
    if (!row || row.expiresAt <= this.now() || isDeadLocalProcess(row.holder)) return null;
    return row.holder;
  }
}
