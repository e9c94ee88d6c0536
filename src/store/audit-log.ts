import type { Database } from './database.js';

export interface AuditEntry {
  at: string;
  /** A Slack user id, or `cli:<user>@<host>` for the command line. */
  actor: string;
  /** What was done: belge-ekle, belge-sil, dizin-yenile, ingest … */
  action: string;
  target: string | null;
  detail: string | null;
}

/** Who added, removed or re-indexed what, and when: admin operations, newest last. Kept indefinitely. */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async add(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    await this.db.query('INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)', [
      this.now(), entry.actor, entry.action, entry.target, entry.detail,
    ]);
  }

  /** The last `limit` entries, newest first. */
  async recent(limit = 20): Promise<AuditEntry[]> {
    const rows = await this.db.query<{ at: number; actor: string; action: string; target: string | null; detail: string | null }>(
      'SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({ at: new Date(Number(r.at)).toISOString(), actor: r.actor, action: r.action, target: r.target, detail: r.detail }));
  }
}
