import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';

/** How long an event id is remembered: Slack retries within minutes; an hour covers slow retries and restarts. */
export const EVENT_CLAIM_MS = 3600_000;

/**
 * Global middleware: Slack re-delivers an event (X-Slack-Retry-Num, same event_id) when it did not see an ack
 * in time, possibly to another instance or after a restart. The claim is in the shared store, so the copy is
 * dropped wherever it lands and every event is answered once.
 */
export function dedupeEvents(claimOnce: (key: string) => Promise<boolean>, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown } | null)?.event_id;
    if (typeof eventId === 'string' && !(await claimOnce(`olay:${eventId}`))) {
      logger.debug(`Yinelenen olay atlandı: ${eventId} (deneme ${String(context.retryNum ?? 0)})`);
      return;
    }
    await next();
  };
}
