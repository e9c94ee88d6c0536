import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '@slack/bolt';
import type { BoundedLru } from './state/bounded-lru.js';

/**
 * Global middleware: Slack re-delivers an event (X-Slack-Retry-Num, same event_id) when it did not see an ack
 * in time. Bolt has already acknowledged it; here the copy is dropped so every event is answered once.
 */
export function dedupeEvents(seen: BoundedLru<string, true>, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.claim(eventId, true)) {
      logger.debug(`Yinelenen olay atlandı: ${eventId} (deneme ${String(context.retryNum ?? 0)})`);
      return;
    }
    await next();
  };
}
