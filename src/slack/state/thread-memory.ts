import type { ConversationTurn } from '../../answer/assistant.js';
import { BoundedLru } from './bounded-lru.js';

export interface ThreadMemoryOptions {
  /** Conversations remembered at once (oldest forgotten first). */
  maxThreads?: number;
  /** Turns kept per conversation, newest last. */
  maxTurns?: number;
}

/**
 * Earlier questions and answers per conversation (a channel thread, a DM), so "peki 12 yıl olsaydı?" is read
 * against them. A conversation is known only once the bot has answered in it: that is what makes a thread
 * one "the bot is part of", whose follow-ups are answered without a mention. In memory and bounded.
 */
export class ThreadMemory {
  readonly #threads: BoundedLru<string, ConversationTurn[]>;
  /** Who received a personal (entitlement) answer in each conversation: their follow-ups stay private too. */
  readonly #personal: BoundedLru<string, Set<string>>;
  readonly #maxTurns: number;

  constructor(options: ThreadMemoryOptions = {}) {
    this.#threads = new BoundedLru(options.maxThreads ?? 2000);
    this.#personal = new BoundedLru(options.maxThreads ?? 2000);
    this.#maxTurns = options.maxTurns ?? 6;
  }

  static key(channel: string, threadTs: string): string {
    return `${channel}:${threadTs}`;
  }

  isKnown(key: string): boolean {
    return this.#threads.has(key);
  }

  history(key: string): ConversationTurn[] {
    return [...(this.#threads.get(key) ?? [])];
  }

  /** Marks the conversation as one the bot takes part in (before the first answer is ready). */
  join(key: string): void {
    if (!this.#threads.has(key)) this.#threads.set(key, []);
  }

  markPersonal(key: string, userId: string): void {
    const users = this.#personal.get(key) ?? new Set<string>();
    users.add(userId);
    this.#personal.set(key, users);
  }

  /** True when `userId` already got a personal answer here ("peki 12 yıl olsaydı?" is about them too). */
  isPersonalFor(key: string, userId: string): boolean {
    return this.#personal.get(key)?.has(userId) ?? false;
  }

  record(key: string, turn: ConversationTurn): void {
    const turns = [...(this.#threads.get(key) ?? []), turn].slice(-this.#maxTurns);
    this.#threads.set(key, turns);
  }
}
