import { describe, expect, it } from 'vitest';
import { retryAfterMs, toModelCallError } from '../../../src/llm/model-call-error.js';

describe('retryAfterMs', () => {
  const now = () => Date.parse('2026-03-01T10:00:00Z');

  it('reads seconds, an HTTP date and retry-after-ms; null when absent or unreadable', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sun, 01 Mar 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150', 'retry-after': '9' }), now)).toBe(150);
    expect(retryAfterMs(new Headers({}), now)).toBeNull();
    expect(retryAfterMs({ 'retry-after': 'yakında' }, now)).toBeNull();
  });
});

describe('toModelCallError', () => {
  it('maps provider failures onto fallback codes', () => {
    expect(toModelCallError({ status: 429, message: '429 slow down', headers: new Headers({ 'retry-after': '3' }) })).toMatchObject({ code: 'rate_limited', retryAfterMs: 3000 });
    expect(toModelCallError({ status: 503, message: '503 busy' })).toMatchObject({ code: 'http_error', detail: '503 busy', transient: true });
    expect(toModelCallError({ status: 401, message: 'bad key' })).toMatchObject({ code: 'http_error', transient: false });
    expect(toModelCallError(new SyntaxError('Unexpected token h in JSON'))).toMatchObject({ code: 'malformed_reply', transient: true });
    expect(toModelCallError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toMatchObject({ code: 'connection_error' });
    expect(toModelCallError(new Error('something else'))).toMatchObject({ code: 'model_error' });
  });
});
