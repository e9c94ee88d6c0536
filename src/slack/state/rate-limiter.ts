import type { RateDecision, Store } from '../../store/index.js';

export type { RateDecision };

/** How often one user is told to slow down: a flood of 60 mentions gets one notice, not 50 (which drew Slack's own 429). */
export const SLOW_DOWN_NOTICE_MS = 60_000;

/** At most `perMinute` questions per user per minute, counted in the shared store: it holds across instances and restarts. */
export class RateLimiter {
  constructor(
    private readonly store: Pick<Store, 'rateLimits' | 'claims'>,
    readonly perMinute: number,
  ) {}

  check(userId: string): Promise<RateDecision> {
    return this.store.rateLimits.hit(`soru:${userId}`, this.perMinute, 60_000);
  }

  /** True for the first refused request of a user in a notice window (shared store: once across instances). */
  shouldNotify(userId: string): Promise<boolean> {
    return this.store.claims.claim(`yavasla-bildirimi:${userId}`, SLOW_DOWN_NOTICE_MS);
  }
}
