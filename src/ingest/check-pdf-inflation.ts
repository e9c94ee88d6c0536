import { inflateSync } from 'node:zlib';
import { IngestError } from './ingest-error.js';

/** One stream may inflate to this much (a full-page 8-bit scan at 300 dpi is ~9 MB). */
export const MAX_STREAM_INFLATED_BYTES = 64 * 1024 * 1024;
/** All streams together; a 2,000-page text PDF inflates to well under this. */
export const MAX_TOTAL_INFLATED_BYTES = 512 * 1024 * 1024;
/** A stream inflating past this ratio and over 8 MB is a bomb, not a page: real content compresses far less. */
const BOMB_RATIO = 1000;

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
const FLATE = Buffer.from('/FlateDecode', 'latin1');
const OBJ = Buffer.from(' obj', 'latin1');

/**
 * Refuses a PDF whose Flate streams inflate to far more than any document needs — a 0.4 MB "Flate bomb" made
 * pdf.js allocate 445 MB. Each stream is inflated here with a hard output cap (zlib's maxOutputLength), so the
 * check itself never holds more than one capped stream; only then does pdf-parse see the file.
 */
export function checkPdfInflation(bytes: Buffer, file: string): void {
  let total = 0;
  let at = 0;
  for (;;) {
    const start = bytes.indexOf(STREAM, at);
    if (start < 0) return;
    at = start + STREAM.length;
    // "endstream" also contains "stream"; a data start is "stream" followed by an end of line.
    if (start >= 3 && bytes.subarray(start - 3, start).toString('latin1') === 'end') continue;
    let dataStart = at;
    if (bytes[dataStart] === 0x0d) dataStart += 1;
    if (bytes[dataStart] !== 0x0a) continue;
    dataStart += 1;
    // This stream's own dictionary: from its "obj" keyword (at most 4 KiB back) to the "stream" keyword.
    const window = bytes.subarray(Math.max(0, start - 4096), start);
    const dictionary = window.subarray(Math.max(0, window.lastIndexOf(OBJ)));
    const end = bytes.indexOf(END_STREAM, dataStart);
    if (end < 0) return;
    at = end + END_STREAM.length;
    if (dictionary.indexOf(FLATE) < 0) continue;
    const compressed = bytes.subarray(dataStart, end);
    const inflated = inflatedSize(compressed, Math.min(MAX_STREAM_INFLATED_BYTES, MAX_TOTAL_INFLATED_BYTES - total));
    if (inflated === 'too-large' || (inflated > 8 * 1024 * 1024 && inflated > compressed.length * BOMB_RATIO)) {
      throw bomb(file);
    }
    total += inflated;
  }
}

function inflatedSize(compressed: Buffer, cap: number): number | 'too-large' {
  if (cap <= 0) return 'too-large';
  try {
    return inflateSync(compressed, { maxOutputLength: cap, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a truncated tail */ }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
    return 0; // a damaged stream is pdf.js's to judge
  }
}

function bomb(file: string): IngestError {
  return new IngestError(
    'PDF_CORRUPT',
    file,
    `${file}: PDF'in sıkıştırılmış içeriği açıldığında olağan dışı büyüyor (sıkıştırma bombası olabilir); güvenlik için okunmadı.`,
  );
}
