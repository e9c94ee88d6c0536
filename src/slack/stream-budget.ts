/**
 * Slack limits the chat.*Stream methods per workspace (chat.appendStream is Tier 4: 100+ calls a minute),
 * and every answer streaming at once draws from that same allowance. One budget per workspace, a sliding
 * one-minute window of calls: a new stream starts only when it can count on a start, an append and a stop;
 * an append is skipped (its text waits for the next one) when the window is full; a "ratelimited" reply
 * from Slack closes the budget until its Retry-After has passed. Over budget, answers are posted as one
 * final message instead of streamed.
 */
export class StreamBudget {
  /** A stream needs at least chat.startStream, one chat.appendStream and chat.stopStream. */
  static readonly MIN_CALLS_PER_STREAM = 3;

  readonly #calls = new Map<string, number[]>();
  readonly #closedUntil = new Map<string, number>();

  constructor(
    readonly callsPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Calls still allowed in the current window (0 while closed after a rate-limit reply). */
  remaining(team: string): number {
    const now = this.now();
    if ((this.#closedUntil.get(team) ?? 0) > now) return 0;
    return Math.max(0, this.callsPerMinute - this.#recent(team, now).length);
  }

  /** Reserves the start of a stream; false means: post one final message instead. */
  tryStart(team: string): boolean {
    if (this.remaining(team) < StreamBudget.MIN_CALLS_PER_STREAM) return false;
    this.#record(team);
    return true;
  }

  /** An append, if the window has room. */
  tryAppend(team: string): boolean {
    if (this.remaining(team) < 1) return false;
    this.#record(team);
    return true;
  }

  /** chat.stopStream always goes out (a stream must end); it still counts. */
  chargeStop(team: string): void {
    this.#record(team);
  }

  /** Slack answered "ratelimited": nothing streams in this workspace until the wait is over. */
  rateLimited(team: string, retryAfterSeconds: number): void {
    this.#closedUntil.set(team, this.now() + Math.max(1, retryAfterSeconds) * 1000);
  }

  #recent(team: string, now: number): number[] {
    const recent = (this.#calls.get(team) ?? []).filter((t) => t > now - 60_000);
    this.#calls.set(team, recent);
    return recent;
  }

  #record(team: string): void {
    const now = this.now();
    this.#recent(team, now).push(now);
  }
}
