import { FileDownloadError } from './file-download-error.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * Downloads a file's `url_private_download` with the bot token. The token is only ever sent to a trusted Slack
 * host (or the configured SLACK_API_URL host), and the size is capped before and while reading.
 */
export async function downloadSlackFile(
  deps: Pick<SlackDeps, 'botToken' | 'trustedFileHosts' | 'fetchFn' | 'maxUploadBytes'>,
  url: string,
): Promise<Buffer> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch (cause) {
    throw new FileDownloadError('FILE_NOT_DOWNLOADABLE', 'dosyanın indirme adresi geçersiz.', { cause });
  }
  if (!deps.trustedFileHosts(host)) {
    throw new FileDownloadError('FILE_HOST_UNTRUSTED', `dosya beklenmeyen bir adreste (${host}); güvenlik için indirilmedi.`);
  }
  let response: Response;
  try {
    response = await deps.fetchFn(url, { headers: { Authorization: `Bearer ${deps.botToken}` }, redirect: 'follow' });
  } catch (cause) {
    throw new FileDownloadError('FILE_DOWNLOAD_FAILED', 'dosya Slack’ten indirilemedi (bağlantı hatası).', { cause });
  }
  if (!response.ok) {
    throw new FileDownloadError('FILE_DOWNLOAD_FAILED', `dosya Slack’ten indirilemedi (HTTP ${response.status}).`);
  }
  // Without the files:read scope Slack answers 200 with its HTML login page instead of the file.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new FileDownloadError(
      'FILE_DOWNLOAD_FAILED',
      'Slack dosya yerine bir oturum sayfası döndürdü; uygulamanın files:read izni eksik olabilir.',
    );
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes);
  return bytes;
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
