import type { RateDecision, Store } from '../../store/index.js';

export type { RateDecision };

/** At most `perMinute` questions per user per minute, counted in the shared store: it holds across instances and restarts. */
export class RateLimiter {
  constructor(
    private readonly store: Pick<Store, 'rateLimits'>,
    readonly perMinute: number,
  ) {}

  check(userId: string): Promise<RateDecision> {
    return this.store.rateLimits.hit(`soru:${userId}`, this.perMinute, 60_000);
  }
}
