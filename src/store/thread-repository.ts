import type { Database } from './database.js';

export interface StoredTurn {
  question: string;
  answer?: string;
}

/**
 * Conversations the bot takes part in (a channel thread, a DM): their turns and who got a personal answer.
 * Any instance can answer a follow-up because all of them read the same rows.
 */
export class ThreadRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async isKnown(key: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 AS known FROM threads WHERE key = $1', [key])).length > 0;
  }

  async join(key: string): Promise<void> {
    await this.db.query('INSERT INTO threads (key, created_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, this.now()]);
  }

  /** The last `maxTurns` turns, oldest first. */
  async history(key: string, maxTurns: number): Promise<StoredTurn[]> {
    const rows = await this.db.query<{ question: string; answer: string | null }>(
      'SELECT question, answer FROM thread_turns WHERE thread_key = $1 ORDER BY id DESC LIMIT $2',
      [key, maxTurns],
    );
    return rows.reverse().map((r) => (r.answer === null ? { question: r.question } : { question: r.question, answer: r.answer }));
  }

  async record(key: string, turn: StoredTurn): Promise<void> {
    await this.join(key);
    await this.db.query('INSERT INTO thread_turns (thread_key, question, answer, at) VALUES ($1, $2, $3, $4)', [
      key, turn.question, turn.answer ?? null, this.now(),
    ]);
  }

  async markPersonal(key: string, userId: string): Promise<void> {
    await this.db.query('INSERT INTO thread_personal (thread_key, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, userId]);
  }

  async isPersonalFor(key: string, userId: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 AS yes FROM thread_personal WHERE thread_key = $1 AND user_id = $2', [key, userId])).length > 0;
  }

  /** Forgets conversations created before `cutoff` (with their turns and marks). */
  async deleteBefore(cutoff: number): Promise<number> {
    const old = 'SELECT key FROM threads WHERE created_at < $1';
    await this.db.query(`DELETE FROM thread_turns WHERE thread_key IN (${old})`, [cutoff]);
    await this.db.query(`DELETE FROM thread_personal WHERE thread_key IN (${old})`, [cutoff]);
    return (await this.db.query('DELETE FROM threads WHERE created_at < $1 RETURNING key', [cutoff])).length;
  }
}
