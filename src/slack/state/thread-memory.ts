import type { ConversationTurn } from '../../answer/assistant.js';
import type { Store } from '../../store/index.js';

/**
 * Earlier questions and answers per conversation (a channel thread, a DM), so "peki 12 yıl olsaydı?" is read
 * against them. A conversation is known once the bot has answered in it: that makes it one "the bot is part
 * of", whose follow-ups are answered without a mention — by whichever instance receives them, also after a
 * restart, because the turns live in the shared store.
 */
export class ThreadMemory {
  constructor(
    private readonly store: Pick<Store, 'threads'>,
    private readonly maxTurns = 6,
  ) {}

  static key(channel: string, threadTs: string): string {
    return `${channel}:${threadTs}`;
  }

  isKnown(key: string): Promise<boolean> {
    return this.store.threads.isKnown(key);
  }

  history(key: string): Promise<ConversationTurn[]> {
    return this.store.threads.history(key, this.maxTurns);
  }

  /** Marks the conversation as one the bot takes part in (before the first answer is ready). */
  join(key: string): Promise<void> {
    return this.store.threads.join(key);
  }

  markPersonal(key: string, userId: string): Promise<void> {
    return this.store.threads.markPersonal(key, userId);
  }

  /** True when `userId` already got a personal answer here ("peki 12 yıl olsaydı?" is about them too). */
  isPersonalFor(key: string, userId: string): Promise<boolean> {
    return this.store.threads.isPersonalFor(key, userId);
  }

  record(key: string, turn: ConversationTurn): Promise<void> {
    return this.store.threads.record(key, turn);
  }
}
