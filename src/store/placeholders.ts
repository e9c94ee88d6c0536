import type { Database } from './database.js';

export interface PendingPlaceholder {
  channel: string;
  /** The question being answered. */
  questionTs: string;
  /** Where the answer goes (a channel thread), or null for a top-level DM reply. */
  threadTs: string | null;
  /** The "⏳ Belgelere bakıyorum…" message, once posted. */
  placeholderTs: string | null;
  instanceId: string;
  createdAt: string;
}

/**
 * Answers in flight, recorded before the "⏳ Belgelere bakıyorum…" message is posted and cleared once the answer
 * replaced it. If the instance dies in between (kill -9, a crash), a live one finds the row: it replaces the
 * placeholder with "yanıt yarıda kaldı", or — when the process died before it learnt the placeholder's ts —
 * says so in the thread. Nothing is left hanging, whatever instant the crash hit.
 */
export class Placeholders {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async begin(channel: string, questionTs: string, threadTs: string | null, instanceId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO placeholders (channel, question_ts, thread_ts, instance_id, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel, question_ts) DO UPDATE SET instance_id = excluded.instance_id`,
      [channel, questionTs, threadTs, instanceId, this.now()],
    );
  }

  async posted(channel: string, questionTs: string, placeholderTs: string): Promise<void> {
    await this.db.query('UPDATE placeholders SET placeholder_ts = $1 WHERE channel = $2 AND question_ts = $3', [placeholderTs, channel, questionTs]);
  }

  async finish(channel: string, questionTs: string): Promise<void> {
    await this.db.query('DELETE FROM placeholders WHERE channel = $1 AND question_ts = $2', [channel, questionTs]);
  }

  /** Atomically takes the rows of instances not in `liveIds` (each is returned to one caller only). */
  async takeOrphans(liveIds: readonly string[]): Promise<PendingPlaceholder[]> {
    const list = liveIds.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await this.db.query<{
      channel: string; question_ts: string; thread_ts: string | null; placeholder_ts: string | null; instance_id: string; created_at: number;
    }>(`DELETE FROM placeholders ${liveIds.length ? `WHERE instance_id NOT IN (${list})` : ''} RETURNING *`, liveIds);
    return rows.map((r) => ({
      channel: r.channel, questionTs: r.question_ts, threadTs: r.thread_ts, placeholderTs: r.placeholder_ts,
      instanceId: r.instance_id, createdAt: new Date(Number(r.created_at)).toISOString(),
    }));
  }
}
