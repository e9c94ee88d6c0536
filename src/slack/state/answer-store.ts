import { randomUUID } from 'node:crypto';
import type { Answer } from '../../answer/types.js';
import type { Store, StoredAnswerRow } from '../../store/index.js';

export type StoredAnswer = StoredAnswerRow<Answer>;

/**
 * Answers by a short id carried in button values (Slack caps a value at 2,000 characters): the feedback and
 * share actions look the answer up here. In the shared store, so a 👎 or "Kanalda paylaş" works on any
 * instance and after a restart; deleted with the other personal data after FEEDBACK_RETENTION_DAYS.
 */
export class AnswerStore {
  constructor(
    private readonly store: Pick<Store, 'answers'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async save(entry: Omit<StoredAnswer, 'id' | 'createdAt'>): Promise<StoredAnswer> {
    const stored: StoredAnswer = { ...entry, id: randomUUID().replace(/-/g, '').slice(0, 16), createdAt: this.clock().toISOString() };
    await this.store.answers.save(stored);
    return stored;
  }

  async get(id: string): Promise<StoredAnswer | undefined> {
    if (!id) return undefined;
    return (await this.store.answers.get(id)) as StoredAnswer | undefined;
  }
}
