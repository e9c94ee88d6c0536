import { AppError } from '../errors.js';
import type { FallbackCode } from './fallback-reason.js';

/**
 * A model call that cannot produce an answer, with the fallback code it ends in. Never shown as an error:
 * the turn ends in the extractive answer carrying this code and `detail`.
 */
export class ModelCallError extends AppError<FallbackCode> {
  constructor(
    code: FallbackCode,
    readonly detail: string,
    options?: { cause?: unknown; retryAfterMs?: number | null },
  ) {
    super(code, detail, options);
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }

  /** For 429s: how long the server asked us to wait, when it said. */
  readonly retryAfterMs: number | null;

  /**
   * Worth sending the same request again: a 5xx, a broken body, a dropped connection (a server closing an
   * idle keep-alive socket just as the next request goes out resets it, and fetch never resends a POST).
   */
  get transient(): boolean {
    return this.code === 'malformed_reply' || this.code === 'connection_error' || (this.code === 'http_error' && /^5\d\d/.test(this.detail));
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  status_code?: unknown;
  code?: unknown;
  headers?: unknown;
  cause?: unknown;
}

/**
 * Maps whatever a provider SDK threw (openai APIError, Anthropic errors, ollama ResponseError, fetch
 * failures, JSON syntax errors) onto a fallback code. The SDKs differ in shape, so this reads fields, not
 * classes.
 */
export function toModelCallError(error: unknown, now: () => number = Date.now): ModelCallError {
  if (error instanceof ModelCallError) return error;
  const e = (error && typeof error === 'object' ? error : {}) as ErrorLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const status = typeof e.status === 'number' ? e.status : typeof e.status_code === 'number' ? e.status_code : null;
  if (status === 429) {
    return new ModelCallError('rate_limited', `HTTP 429`, { cause: error, retryAfterMs: retryAfterMs(e.headers, now) });
  }
  if (status !== null && status >= 400) {
    const text = oneLine(message);
    return new ModelCallError('http_error', text.startsWith(String(status)) ? text : `${status} ${text}`.trim(), { cause: error });
  }
  if (error instanceof SyntaxError || /JSON|Unexpected token|Unterminated string/i.test(message)) {
    return new ModelCallError('malformed_reply', oneLine(message), { cause: error });
  }
  if (isConnectionFailure(e, message)) return new ModelCallError('connection_error', oneLine(message), { cause: error });
  return new ModelCallError('model_error', oneLine(message), { cause: error });
}

function isConnectionFailure(e: ErrorLike, message: string): boolean {
  const cause = (e.cause && typeof e.cause === 'object' ? e.cause : {}) as ErrorLike;
  const code = String(cause.code ?? e.code ?? '');
  return (
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|UND_ERR/.test(code) ||
    e.name === 'APIConnectionError' ||
    /Connection error|fetch failed|ECONNREFUSED|socket hang up|other side closed/i.test(message)
  );
}

/** Retry-After as seconds or an HTTP date (RFC 9110), or OpenAI's retry-after-ms; null when absent. */
export function retryAfterMs(headers: unknown, now: () => number = Date.now): number | null {
  const get = (name: string): string | null => {
    if (!headers || typeof headers !== 'object') return null;
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : null;
  };
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = get('retry-after');
  if (raw === null || raw.trim() === '') return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now());
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
