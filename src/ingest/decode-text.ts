import { IngestError } from './ingest-error.js';

/**
 * Turns the bytes of a text file into a string without losing it to a wrong guess: UTF-8 (with or without
 * BOM), UTF-16 (BOM, or the NUL pattern of ASCII in UTF-16), and Windows-1254 — the Turkish code page older
 * Windows tools still write — when the bytes are not valid UTF-8. A file of binary junk is refused; scattered
 * NUL or control characters are left for `repairControlCharacters`, which reads them as the letters they
 * stand for.
 */

const SAMPLE = 64 * 1024;

function utf16Order(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, SAMPLE);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  // ASCII letters in UTF-16 leave every other byte NUL; a few NULs standing for letters do not.
  if (oddNul > half * 0.3 && evenNul < oddNul * 0.1) return 'utf-16le';
  if (evenNul > half * 0.3 && oddNul < evenNul * 0.1) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Buffer, order: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(order).decode(bytes);
}

/** Share of characters no text file holds: control characters other than tab/newline/CR/FF, and U+FFFD. */
function junkShare(text: string): number {
  if (text.length === 0) return 0;
  const junk = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/gu)?.length ?? 0;
  return junk / text.length;
}

export interface DecodedText {
  text: string;
  warnings: string[];
}

/** Decodes a text file; throws FILE_BINARY when the bytes are not text in any encoding we read. */
export function decodeTextBytes(bytes: Buffer, file: string): DecodedText {
  const warnings: string[] = [];
  const order = utf16Order(bytes);
  let text: string;
  if (order) {
    text = decodeUtf16(bytes, order);
    warnings.push(`karakter kodlaması ${order.toUpperCase()} olarak okundu`);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const asUtf8 = new TextDecoder('utf-8').decode(bytes);
      const invalid = asUtf8.match(/\ufffd/gu)?.length ?? 0;
      // Mostly valid UTF-8 with a few bad bytes stays UTF-8 (the bad bytes become U+FFFD and are repaired).
      if (invalid / Math.max(asUtf8.length, 1) < 0.002) text = asUtf8;
      else {
        text = new TextDecoder('windows-1254').decode(bytes);
        warnings.push('karakter kodlaması Windows-1254 (Türkçe) olarak okundu');
      }
    }
  }
  text = text.replace(/^\ufeff/u, '');
  if (junkShare(text) > 0.1) {
    throw new IngestError('FILE_BINARY', file, `${file}: metin dosyası değil (ikili içerik var); uzantısı yanlış olabilir.`);
  }
  return { text, warnings };
}
