import { FileDownloadError } from './file-download-error.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * Downloads a file's `url_private_download` with the bot token. The token is only ever sent to a trusted Slack
 * host (or the configured SLACK_API_URL host), and the size is capped before and while reading.
 */
/** A whole download (all hops); a stalled Slack file server cannot hold an upload forever. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

export async function downloadSlackFile(
  deps: Pick<SlackDeps, 'botToken' | 'trustedFileHosts' | 'fetchFn' | 'maxUploadBytes'>,
  startUrl: string,
): Promise<Buffer> {
  let url = startUrl;
  let host: string;
  try {
    host = new URL(url).host;
  } catch (cause) {
    throw new FileDownloadError('FILE_NOT_DOWNLOADABLE', 'dosyanın indirme adresi geçersiz.', { cause });
  }
  if (!deps.trustedFileHosts(host)) {
    throw new FileDownloadError('FILE_HOST_UNTRUSTED', `dosya beklenmeyen bir adreste (${host}); güvenlik için indirilmedi.`);
  }
  let response = await fetchOnce(deps, url);
  // Redirects are followed by hand: each hop must be a Slack file host too, and the token goes only there.
  for (let hops = 0; isRedirect(response.status); hops += 1) {
    const location = response.headers.get('location');
    await response.body?.cancel().catch(() => undefined);
    if (!location || hops >= 3) {
      throw new FileDownloadError('FILE_DOWNLOAD_FAILED', 'dosya Slack’ten indirilemedi (çok fazla yönlendirme).');
    }
    const next = new URL(location, url);
    if (!deps.trustedFileHosts(next.host)) {
      throw new FileDownloadError(
        'FILE_HOST_UNTRUSTED',
        `Slack dosyayı başka bir adrese (${next.host}) yönlendirdi; güvenlik için izlenmedi, belirteç gönderilmedi.`,
      );
    }
    url = next.href;
    response = await fetchOnce(deps, url);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FileDownloadError('FILE_DOWNLOAD_FAILED', `dosya Slack’ten indirilemedi (HTTP ${response.status}).`);
  }
  // Without the files:read scope Slack answers 200 with its HTML login page instead of the file.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    await response.body?.cancel().catch(() => undefined);
    throw new FileDownloadError(
      'FILE_DOWNLOAD_FAILED',
      'Slack dosya yerine bir oturum sayfası döndürdü; uygulamanın files:read izni eksik olabilir.',
    );
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > deps.maxUploadBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(deps.maxUploadBytes);
  }
  return readAtMost(response, deps.maxUploadBytes);
}

async function fetchOnce(deps: Pick<SlackDeps, 'botToken' | 'fetchFn'>, url: string): Promise<Response> {
  try {
    return await deps.fetchFn(url, {
      headers: { Authorization: `Bearer ${deps.botToken}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new FileDownloadError('FILE_DOWNLOAD_FAILED', 'dosya Slack’ten indirilemedi (bağlantı hatası ya da zaman aşımı).', { cause });
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** Streams the body and stops at the limit: a chunked body without Content-Length is never held whole. */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FileDownloadError) throw error;
    throw new FileDownloadError('FILE_DOWNLOAD_FAILED', 'dosya indirilirken bağlantı koptu ya da zaman aşımı oldu.', { cause: error });
  }
  return Buffer.concat(chunks);
}

function tooLarge(max: number): FileDownloadError {
  return new FileDownloadError('FILE_TOO_LARGE', `dosya çok büyük (en çok ${Math.round(max / 1024 / 1024)} MB).`);
}

/** Slack's file hosts, plus the host of a custom SLACK_API_URL (GovSlack, Enterprise, tests). */
export function trustedSlackFileHosts(apiUrl: string | undefined): (host: string) => boolean {
  const custom = apiUrl ? new URL(apiUrl).host : null;
  return (host) =>
    host === custom ||
    host === 'files.slack.com' ||
    host.endsWith('.slack.com') ||
    host === 'slack-gov.com' ||
    host.endsWith('.slack-gov.com');
}
