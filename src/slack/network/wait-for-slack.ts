import type { Logger } from '@slack/bolt';
import { AppError } from '../../errors.js';

export class SlackUnreachableError extends AppError<'SLACK_UNREACHABLE' | 'SLACK_AUTH_FAILED'> {}

export interface WaitForSlackOptions {
  apiUrl: string;
  token: string;
  fetch: typeof fetch;
  logger: Logger;
  /** How the proxy is set, named in the message ("HTTPS_PROXY tanımlı değil …"). */
  proxy: string;
  /** Total time allowed (default 20 s): with the last attempt's timeout the process has exited well within 30 s. */
  deadlineMs?: number;
  attemptTimeoutMs?: number;
  /** Called with the reason while still trying (for the health endpoint). */
  onWaiting?: (reason: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * `auth.test` before anything else, retried briefly: a Slack that cannot be reached (closed network, proxy not
 * set, Slack down) becomes one Turkish message naming the URL and the proxy setting instead of a bot that retries
 * forever and never says why. A token Slack refuses is not retried.
 */
export async function waitForSlack(options: WaitForSlackOptions): Promise<void> {
  const url = `${options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`}auth.test`;
  const deadline = Date.now() + (options.deadlineMs ?? 20_000);
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 5_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let reason = '';
  for (let attempt = 1; ; attempt += 1) {
    options.onWaiting?.(`Slack'e bağlanılıyor (auth.test, deneme ${attempt}${reason ? `; son hata: ${reason}` : ''})`);
    try {
      const response = await options.fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: '',
        redirect: 'error',
        signal: AbortSignal.timeout(Math.max(500, Math.min(attemptTimeoutMs, deadline - Date.now()))),
      });
      if (response.status === 200) {
        const body = (await response.json().catch(() => null)) as { ok?: boolean; error?: string } | null;
        if (body?.ok) return;
        if (body?.error) {
          throw new SlackUnreachableError(
            'SLACK_AUTH_FAILED',
            `Slack belirteci doğrulanamadı (auth.test: ${body.error}). SLACK_BOT_TOKEN'ı kontrol edin (xoxb-…).`,
          );
        }
        reason = 'Slack geçersiz bir yanıt döndürdü';
      } else {
        await response.body?.cancel().catch(() => undefined);
        reason = `HTTP ${response.status}`;
      }
    } catch (error) {
      if (error instanceof SlackUnreachableError) throw error;
      reason = networkReason(error);
    }
    options.logger.warn(`Slack'e ulaşılamadı (auth.test, deneme ${attempt}): ${reason}`);
    const pause = Math.min(4_000, 1_000 * attempt);
    if (Date.now() + pause >= deadline) break;
    await sleep(pause);
  }
  throw new SlackUnreachableError(
    'SLACK_UNREACHABLE',
    `Slack'e ulaşılamadı: ${url} (${reason}). Kurum ağı dışarıya bir vekil sunucu üzerinden çıkıyorsa HTTPS_PROXY'yi ` +
      `(gerekirse NO_PROXY'yi) ayarlayın; şu anki ayar: ${options.proxy}. Bot başlatılmadı.`,
  );
}

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'yanıt gelmedi (zaman aşımı)';
  const cause = error instanceof Error ? (error as { cause?: { code?: string; message?: string } }).cause : undefined;
  if (cause?.code) return `bağlantı kurulamadı (${cause.code})`;
  return `bağlantı kurulamadı (${error instanceof Error ? error.message : String(error)})`;
}
