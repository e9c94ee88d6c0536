import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';

/** How long an event id is remembered: Slack retries within minutes; an hour covers slow retries and restarts. */
export const EVENT_CLAIM_MS = 3600_000;

/** Context key set by the HTTP receiver when it claimed the event id before acknowledging the request. */
export const EVENT_CLAIMED = 'eventClaimed';

/** The store key of an Events API event id: one claim per event, whichever part of the bot takes it. */
export function eventClaimKey(eventId: string): string {
  return `olay:${eventId}`;
}

/**
 * Global middleware: Slack re-delivers an event (X-Slack-Retry-Num, same event_id) when it did not see an ack
 * in time, possibly to another instance or after a restart. The claim is in the shared store, so the copy is
 * dropped wherever it lands and every event is answered once. In HTTP mode the receiver has claimed it already,
 * before the ack; Socket Mode events are claimed here.
 */
export function dedupeEvents(claimOnce: (key: string) => Promise<boolean>, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown } | null)?.event_id;
    if (context[EVENT_CLAIMED] === true) return next();
    if (typeof eventId === 'string' && !(await claimOnce(eventClaimKey(eventId)))) {
      logger.debug(`Yinelenen olay atlandı: ${eventId} (deneme ${String(context.retryNum ?? 0)})`);
      return;
    }
    await next();
  };
}
