import { AppError } from '../errors.js';
import { scrubServerDetails } from './scrub-server-details.js';

/**
 * Turns any failure into a short Turkish reason for the person who asked: never silence, never a stack trace.
 * Our own errors carry a Turkish message; Slack Web API errors are named by their error code. Server paths and raw
 * system errors never reach Slack (scrubServerDetails); `logDetail` keeps them for the log.
 */
export function describeError(error: unknown): string {
  return scrubServerDetails(describeRaw(error));
}

function describeRaw(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (isSlackApiError(error)) {
    const code = error.data?.error ?? error.code;
    return `Slack isteği başarısız oldu (${code}).`;
  }
  if (error instanceof Error && /ENOENT|index|dizin/i.test(error.message)) {
    return `dizine ulaşılamadı (${truncate(error.message)}). Bir yönetici \`/dizin yenile\` çalıştırabilir.`;
  }
  const detail = error instanceof Error ? truncate(error.message) : truncate(String(error));
  return `beklenmeyen bir hata oluştu (${detail}). Sorun sürerse yöneticinize haber verin.`;
}

function isSlackApiError(error: unknown): error is { code: string; data?: { error?: string } } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof (error as { code: unknown }).code === 'string' &&
    (error as { code: string }).code.startsWith('slack_')
  );
}

function truncate(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** For the log: the raw message (paths and system codes kept) — never for Slack. */
export function logDetail(error: unknown): string {
  if (error instanceof Error) return truncate(error.message);
  return truncate(String(error));
}
