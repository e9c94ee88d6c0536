import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's rule: a request whose timestamp is more than five minutes from our clock, either way, is refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export type SignatureVerdict = { ok: true; timestampSec: number; signature: string } | { ok: false; reason: string };

/**
 * Slack's v0 request signature (HMAC-SHA256 of `v0:{timestamp}:{raw body}`), with the timestamp window enforced
 * both ways: Bolt's own check only refuses stale timestamps, so a request signed for the future (a captured
 * signature kept for later, or a skewed sender) would otherwise pass for years.
 */
export function verifySlackSignature(options: {
  signingSecret: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  rawBody: Buffer;
  nowMs: number;
}): SignatureVerdict {
  const { timestampHeader, signatureHeader } = options;
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader)) return { ok: false, reason: 'zaman damgası başlığı yok ya da sayı değil' };
  if (!signatureHeader || !signatureHeader.startsWith('v0=')) return { ok: false, reason: 'imza başlığı yok ya da sürümü bilinmiyor' };
  const timestampSec = Number(timestampHeader);
  const skew = timestampSec - Math.floor(options.nowMs / 1000);
  if (Math.abs(skew) > SIGNATURE_WINDOW_SECONDS) {
    return { ok: false, reason: `zaman damgası saatimizden ${Math.abs(skew)} sn ${skew > 0 ? 'ileride' : 'geride'} (en çok ${SIGNATURE_WINDOW_SECONDS} sn)` };
  }
  const expected = createHmac('sha256', options.signingSecret)
    .update(`v0:${timestampHeader}:`)
    .update(options.rawBody)
    .digest();
  const given = Buffer.from(signatureHeader.slice(3), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'imza uyuşmuyor' };
  return { ok: true, timestampSec, signature: signatureHeader };
}
