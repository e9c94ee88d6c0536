import type { Database } from './database.js';

export interface StoredAnswerRow<A> {
  id: string;
  question: string;
  answer: A;
  userId: string;
  channelId: string;
  createdAt: string;
}

/** Answers behind Share / feedback buttons, by the short id a button value carries; they survive restarts. */
export class AnswerRepository<A = unknown> {
  constructor(private readonly db: Database) {}

  async save(entry: StoredAnswerRow<A>): Promise<void> {
    await this.db.query(
      'INSERT INTO answers (id, question, answer, user_id, channel_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [entry.id, entry.question, JSON.stringify(entry.answer), entry.userId, entry.channelId, Date.parse(entry.createdAt)],
    );
  }

  async get(id: string): Promise<StoredAnswerRow<A> | undefined> {
    const [row] = await this.db.query<{ id: string; question: string; answer: string; user_id: string; channel_id: string; created_at: number }>(
      'SELECT * FROM answers WHERE id = $1',
      [id],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      question: row.question,
      answer: JSON.parse(row.answer) as A,
      userId: row.user_id,
      channelId: row.channel_id,
      createdAt: new Date(Number(row.created_at)).toISOString(),
    };
  }

  async deleteBefore(cutoff: number): Promise<number> {
    return (await this.db.query('DELETE FROM answers WHERE created_at < $1 RETURNING id', [cutoff])).length;
  }
}
