import type { Citation } from '../answer/types.js';
import type { Database } from './database.js';

/** A citation as stored with a vote: the answer's citation without its (re-derivable) document date. */
export type FeedbackCitation = Omit<Citation, 'asOf'>;

export interface FeedbackRecord {
  at: string;
  vote: 'up' | 'down';
  userId: string;
  channelId: string | null;
  messageTs: string | null;
  answerId: string;
  question: string | null;
  answer: string | null;
  kind: string | null;
  /** 'extractive' or 'llm': how the answer was made. */
  mode?: string | null;
  /** Why a 👎 answer did not help (the "why" window: yanlis | eksik | kaynaksiz | diger), else null. */
  reason?: string | null;
  /** The free text of the "why" window. */
  comment?: string | null;
  citations: FeedbackCitation[];
}

interface FeedbackRow {
  [k: string]: unknown;
  at: number;
  vote: 'up' | 'down';
  user_id: string;
  channel_id: string | null;
  message_ts: string | null;
  answer_id: string;
  question: string | null;
  answer: string | null;
  kind: string | null;
  mode: string | null;
  reason: string | null;
  comment: string | null;
  citations: string;
}

/**
 * 👍/👎 votes with the question, answer and citations they judge (and, for 👎, the reason from the "why" window). One vote per person and answer: voting again
 * (or a replayed click) replaces the earlier vote instead of adding one. Rows older than the retention period
 * are deleted by the store's sweep (user ids and questions are personal data).
 */
export class FeedbackRepository {
  constructor(private readonly db: Database) {}

  async add(record: FeedbackRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO feedback (at, vote, user_id, channel_id, message_ts, answer_id, question, answer, kind, citations, mode, reason, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (answer_id, user_id) DO UPDATE SET at = excluded.at, vote = excluded.vote,
         question = COALESCE(excluded.question, feedback.question), answer = COALESCE(excluded.answer, feedback.answer),
         kind = COALESCE(excluded.kind, feedback.kind), citations = excluded.citations,
         mode = COALESCE(excluded.mode, feedback.mode),
         reason = CASE WHEN excluded.vote = 'up' THEN NULL ELSE COALESCE(excluded.reason, feedback.reason) END,
         comment = CASE WHEN excluded.vote = 'up' THEN NULL ELSE COALESCE(excluded.comment, feedback.comment) END`,
      [
        Date.parse(record.at), record.vote, record.userId, record.channelId, record.messageTs, record.answerId,
        record.question, record.answer, record.kind, JSON.stringify(record.citations),
        record.mode ?? null, record.reason ?? null, record.comment ?? null,
      ],
    );
  }

  /** Oldest first; `since` is inclusive. */
  async list(since?: Date): Promise<FeedbackRecord[]> {
    const rows = await this.db.query<FeedbackRow>(
      'SELECT * FROM feedback WHERE at >= $1 ORDER BY at, id',
      [since ? since.getTime() : 0],
    );
    return rows.map((r) => ({
      at: new Date(Number(r.at)).toISOString(),
      vote: r.vote,
      userId: r.user_id,
      channelId: r.channel_id,
      messageTs: r.message_ts,
      answerId: r.answer_id,
      question: r.question,
      answer: r.answer,
      kind: r.kind,
      mode: r.mode,
      reason: r.reason,
      comment: r.comment,
      citations: JSON.parse(r.citations) as FeedbackCitation[],
    }));
  }

  async deleteBefore(cutoff: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM feedback WHERE at < $1 RETURNING id', [cutoff.getTime()]);
    return rows.length;
  }
}
