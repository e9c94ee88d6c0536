import type { Database } from './database.js';

export interface PendingPlaceholder {
  channel: string;
  ts: string;
  instanceId: string;
  createdAt: string;
}

/**
 * "⏳ Belgelere bakıyorum…" messages whose answer is still being prepared, with the instance preparing it. If
 * that instance dies (kill -9, a crash), a live one replaces them with "yanıt yarıda kaldı" instead of leaving
 * them forever.
 */
export class Placeholders {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async add(channel: string, ts: string, instanceId: string): Promise<void> {
    await this.db.query('INSERT INTO placeholders (channel, ts, instance_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      channel, ts, instanceId, this.now(),
    ]);
  }

  async remove(channel: string, ts: string): Promise<void> {
    await this.db.query('DELETE FROM placeholders WHERE channel = $1 AND ts = $2', [channel, ts]);
  }

  /** Atomically takes the placeholders of instances not in `liveIds` (each is returned to one caller only). */
  async takeOrphans(liveIds: readonly string[]): Promise<PendingPlaceholder[]> {
    const list = liveIds.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await this.db.query<{ channel: string; ts: string; instance_id: string; created_at: number }>(
      `DELETE FROM placeholders ${liveIds.length ? `WHERE instance_id NOT IN (${list})` : ''} RETURNING *`,
      liveIds,
    );
    return rows.map((r) => ({ channel: r.channel, ts: r.ts, instanceId: r.instance_id, createdAt: new Date(Number(r.created_at)).toISOString() }));
  }
}
