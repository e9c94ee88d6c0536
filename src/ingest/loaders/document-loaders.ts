import path from 'node:path';
import type { DocumentLoader } from './document-loader.js';
import { docxLoader } from './docx-loader.js';
import { htmlLoader } from './html-loader.js';
import { pdfLoader } from './pdf-loader.js';
import { textLoader } from './text-loader.js';

/** Every format ingestion reads. Uploads, Slack and every message naming accepted types ask this list. */
export const DOCUMENT_LOADERS: readonly DocumentLoader[] = [pdfLoader, textLoader, docxLoader, htmlLoader];

export interface FileFacts {
  name?: string | null;
  mimeType?: string | null;
  /** Slack's `filetype`. */
  slackFileType?: string | null;
}

/** The loader for a file, by extension first, then MIME type or Slack file type; null when none reads it. */
export function findLoader(facts: FileFacts | string): DocumentLoader | null {
  const { name, mimeType, slackFileType } = typeof facts === 'string' ? { name: facts, mimeType: null, slackFileType: null } : facts;
  const ext = name ? path.extname(name).toLocaleLowerCase('tr-TR') : '';
  if (ext) {
    const byExt = DOCUMENT_LOADERS.find((l) => l.extensions.includes(ext));
    if (byExt) return byExt;
  }
  const mime = mimeType?.split(';')[0]?.trim().toLowerCase();
  if (mime) {
    const byMime = DOCUMENT_LOADERS.find((l) => l.mimeTypes.includes(mime));
    if (byMime) return byMime;
  }
  const slack = slackFileType?.toLowerCase();
  if (slack) return DOCUMENT_LOADERS.find((l) => l.slackFileTypes.includes(slack)) ?? null;
  return null;
}

/** The loader whose magic number the bytes carry (a PDF saved as .txt), when it differs from the name's. */
export function sniffLoader(bytes: Buffer): DocumentLoader | null {
  return DOCUMENT_LOADERS.find((l) => l.sniff?.(bytes)) ?? null;
}

export const ACCEPTED_EXTENSIONS: readonly string[] = DOCUMENT_LOADERS.flatMap((l) => l.extensions);

/** ".pdf, .txt, .md, .docx, .html, .htm" — for messages. */
export function describeAcceptedTypes(): string {
  return ACCEPTED_EXTENSIONS.join(', ');
}

// Formats people often try, with what to do instead.
const KNOWN_UNSUPPORTED: [readonly string[], string][] = [
  [['.doc'], 'eski Word biçimi (.doc) okunmuyor; belgeyi .docx ya da PDF olarak kaydedip ekleyin'],
  [['.xls', '.xlsx', '.ods', '.csv'], 'tablo dosyaları okunmuyor; belgeyi PDF ya da .docx olarak ekleyin'],
  [['.odt', '.rtf', '.pages'], 'bu kelime işlemci biçimi okunmuyor; .docx ya da PDF olarak kaydedip ekleyin'],
  [['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.gif', '.bmp', '.webp', '.heic'], 'görüntü dosyası; metni yok, önce OCR ile PDF ya da metne çevrilmeli'],
  [['.zip', '.rar', '.7z', '.gz', '.tar'], 'arşiv dosyası; içindeki belgeleri tek tek ekleyin'],
  [['.ppt', '.pptx', '.key', '.odp'], 'sunum dosyaları okunmuyor; PDF olarak kaydedip ekleyin'],
];

/** Why a file's type is not read, in Turkish, naming the accepted types. */
export function unsupportedTypeReason(fileName: string): string {
  const ext = path.extname(fileName).toLocaleLowerCase('tr-TR');
  const known = KNOWN_UNSUPPORTED.find(([exts]) => exts.includes(ext))?.[1];
  const label = ext || '(uzantısız)';
  return `desteklenmeyen dosya türü ${label}${known ? ` — ${known}` : ''}; okunan türler: ${describeAcceptedTypes()}`;
}
