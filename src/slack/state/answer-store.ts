import { randomUUID } from 'node:crypto';
import type { Answer } from '../../answer/types.js';
import { BoundedLru } from './bounded-lru.js';

export interface StoredAnswer {
  id: string;
  question: string;
  answer: Answer;
  userId: string;
  channelId: string;
  createdAt: string;
}

/**
 * Recent answers by a short id carried in button values (Slack caps a value at 2,000 characters): the
 * feedback, share and passage actions look the answer up here. Bounded; lost on restart.
 */
export class AnswerStore {
  readonly #answers: BoundedLru<string, StoredAnswer>;

  constructor(
    capacity = 1000,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.#answers = new BoundedLru(capacity);
  }

  save(entry: Omit<StoredAnswer, 'id' | 'createdAt'>): StoredAnswer {
    const stored: StoredAnswer = { ...entry, id: randomUUID().replace(/-/g, '').slice(0, 16), createdAt: this.clock().toISOString() };
    this.#answers.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredAnswer | undefined {
    return this.#answers.get(id);
  }
}
