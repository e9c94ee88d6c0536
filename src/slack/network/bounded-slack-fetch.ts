import type { Logger } from '@slack/bolt';

export interface BoundedFetchOptions {
  logger: Logger;
  /** The transport (proxy-aware); default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Per attempt (default 20 s): a hung Slack call is given up on, not waited for; long enough that a busy event loop is not mistaken for a hung Slack (the timer fires first when the loop was blocked). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** A Retry-After longer than this is not waited for (default 30 s): the call fails and says why. */
  maxRetryAfterMs?: number;
  /** Calls in flight at once, including those waiting out a Retry-After (default 200); past it a call fails at once. */
  maxInFlight?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Methods that may be sent again after a timeout without risk of a second message or view. */
const SAFE_TO_REPEAT = /^(auth\.test|.*\.(info|list|history|replies|get)|chat\.update|chat\.delete|views\.publish|views\.update|assistant\.threads\.set\w+)$/;

export class SlackCallRefused extends Error {}

/**
 * The fetch behind every Web API client: each attempt has a timeout; network errors, 5xx and 429 are retried
 * with backoff, a 429 waiting its own Retry-After — only this call waits. (The WebClient, left alone, pauses its
 * whole queue on one 429, so one user's rate limit delayed everyone.) Every retry and every failure is logged with
 * the method and the reason; a cap on calls in flight keeps hung calls from filling memory.
 */
export function createBoundedSlackFetch(options: BoundedFetchOptions): typeof fetch {
  const transport = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const retries = options.retries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const maxInFlight = options.maxInFlight ?? 200;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const { logger } = options;
  let inFlight = 0;

  return (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = methodName(url);
    if (inFlight >= maxInFlight) {
      logger.error(`Slack API çağrısı reddedildi (${method}): aynı anda ${maxInFlight} çağrı zaten bekliyor`);
      throw new SlackCallRefused(`çok fazla bekleyen Slack çağrısı (${maxInFlight})`);
    }
    inFlight += 1;
    try {
      for (let attempt = 0; ; attempt += 1) {
        const last = attempt >= retries;
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        let response: Response;
        try {
          response = await transport(input, { ...init, signal });
        } catch (error) {
          const timedOut = timeout.aborted;
          const reason = timedOut ? `${timeoutMs} ms içinde yanıt yok` : errorReason(error);
          if (init?.signal?.aborted) throw error;
          if (last || (timedOut && !SAFE_TO_REPEAT.test(method))) {
            logger.error(`Slack API çağrısı başarısız (${method}): ${reason}${timedOut && !last ? ' — ikinci bir mesaj göndermemek için yeniden denenmedi' : ''}`);
            throw error;
          }
          const wait = backoffMs(attempt);
          logger.warn(`Slack API çağrısı yeniden denenecek (${method}, deneme ${attempt + 2}/${retries + 1}, ${wait} ms sonra): ${reason}`);
          await sleep(wait);
          continue;
        }
        if (response.status === 429 || response.status >= 500) {
          const retryAfterMs = response.status === 429 ? retryAfterOf(response) : backoffMs(attempt);
          const reason = response.status === 429 ? `hız sınırı (429, Retry-After ${Math.round(retryAfterMs / 1000)} sn)` : `HTTP ${response.status}`;
          if (last || retryAfterMs > maxRetryAfterMs) {
            logger.error(`Slack API çağrısı başarısız (${method}): ${reason}`);
            return response;
          }
          await response.body?.cancel().catch(() => undefined);
          logger.warn(`Slack API çağrısı yeniden denenecek (${method}, deneme ${attempt + 2}/${retries + 1}, ${retryAfterMs} ms sonra): ${reason}`);
          await sleep(retryAfterMs);
          continue;
        }
        if (response.status !== 200) logger.warn(`Slack API çağrısı başarısız (${method}): HTTP ${response.status}`);
        else await logPlatformError(response, method, logger);
        return response;
      }
    } finally {
      inFlight -= 1;
    }
  }) as typeof fetch;
}

/** `https://slack.com/api/chat.postMessage` → `chat.postMessage`; other URLs (response_url) by their kind. */
function methodName(url: string): string {
  const match = /\/api\/([\w.]+)(?:\?|$)/.exec(url);
  if (match) return match[1]!;
  return url.includes('/commands/') || url.includes('/actions/') || url.includes('/response') ? 'response_url' : new URL(url).host;
}

function backoffMs(attempt: number): number {
  return Math.min(8_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

function retryAfterOf(response: Response): number {
  const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = typeof cause === 'object' && cause && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
  return code ? `${error.message} (${code})` : error.message;
}

/** `{ ok: false, error }` with HTTP 200 is a failed call too: logged here so every failure leaves a line. */
async function logPlatformError(response: Response, method: string, logger: Logger): Promise<void> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return;
  try {
    const body = (await response.clone().json()) as { ok?: unknown; error?: unknown };
    if (body && body.ok === false) logger.warn(`Slack API çağrısı başarısız (${method}): ${String(body.error)}`);
  } catch {
    // an unreadable body is the WebClient's to report
  }
}
