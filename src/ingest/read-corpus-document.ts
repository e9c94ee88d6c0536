import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanText } from '../text/clean-text.js';
import { isSupportedFile, type CatalogEntry } from './catalog.js';
import { extractPdfPages } from './extract-pdf-pages.js';
import { inferMetadata } from './infer-metadata.js';
import { IngestError } from './ingest-error.js';
import { splitGazetteParts } from './split-gazette.js';
import { stripWebBoilerplate } from './strip-web-boilerplate.js';
import { isPageNumberLine } from './structure.js';
import type { PageSpan, SourceDocument } from './types.js';

export interface ReadCorpusDocumentInput {
  /** Absolute path of the repository; `source` is relative to it. */
  repoRoot: string;
  /** The corpus folder, absolute or relative to repoRoot. */
  corpusDir: string;
  /** The file, relative to the corpus folder (as listCorpusFiles returns it). */
  relPath: string;
  catalog: CatalogEntry[];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/').replace(/\\/g, '/');
}

function trimBlankEdges(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/u, '').replace(/\s+$/u, '');
}

/** Cleaned text of each page joined by newlines, and where each page lies in it. */
function assemblePdfText(rawPages: { pdfIndex: number; text: string }[]): { text: string; pages: PageSpan[] } {
  let text = '';
  const pages: PageSpan[] = [];
  for (const raw of rawPages) {
    const pageText = trimBlankEdges(cleanText(raw.text));
    if (text && pageText) text += '\n';
    const start = text.length;
    text += pageText;
    // The printed page number is the footer's last line (the cover or a blank page may have none).
    const lines = pageText.split('\n');
    const last = lines.at(-1) ?? '';
    const first = lines[0] ?? '';
    const printed = isPageNumberLine(last) ? Number(last.trim()) : isPageNumberLine(first) ? Number(first.trim()) : null;
    pages.push({ page: printed ?? raw.pdfIndex, pdfIndex: raw.pdfIndex, start, end: text.length });
  }
  return { text, pages };
}

async function readBytes(abs: string, label: string): Promise<Buffer> {
  try {
    return await readFile(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'dosya bulunamadı' : code === 'EACCES' ? 'okuma izni yok' : code === 'EISDIR' ? 'bir klasör' : 'okunamadı';
    throw new IngestError('FILE_UNREADABLE', label, `${label}: dosya okunamadı (${reason}).`, { cause: error });
  }
}

function decodeText(bytes: Buffer, label: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new IngestError('FILE_UNREADABLE', label, `${label}: metin dosyası değil (ikili içerik var).`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.replace(/^\ufeff/u, '');
}

/**
 * Reads one corpus file into a SourceDocument: cleaned text (hyphenation repaired, web boilerplate dropped),
 * printed page spans for PDFs, catalog metadata (or metadata inferred from the text) and, for a gazette
 * issue, the documents it holds. Throws IngestError with a Turkish message naming the file.
 */
export async function readCorpusDocument(input: ReadCorpusDocumentInput): Promise<SourceDocument> {
  const relPath = toPosix(input.relPath);
  const abs = path.resolve(input.repoRoot, input.corpusDir, relPath);
  const source = toPosix(path.relative(input.repoRoot, abs));
  if (!isSupportedFile(relPath)) {
    const ext = path.extname(relPath) || '(uzantısız)';
    throw new IngestError('UNSUPPORTED_TYPE', source, `${source}: desteklenmeyen dosya türü ${ext}; yalnızca .txt, .md ve .pdf okunur.`);
  }
  const bytes = await readBytes(abs, source);
  if (bytes.length === 0) throw new IngestError('FILE_EMPTY', source, `${source}: dosya boş.`);
  const contentHash = createHash('sha256').update(bytes).digest('hex');

  let text: string;
  let pages: PageSpan[] = [];
  if (path.extname(relPath).toLowerCase() === '.pdf') {
    ({ text, pages } = assemblePdfText(await extractPdfPages(bytes, source)));
  } else {
    text = trimBlankEdges(stripWebBoilerplate(cleanText(decodeText(bytes, source))));
  }
  if (text.trim() === '') throw new IngestError('FILE_EMPTY', source, `${source}: dosyada metin yok (yalnızca boşluk).`);

  const entry = input.catalog.find((e) => toPosix(e.path) === relPath);
  const inferred = inferMetadata(text, relPath);
  const kind = entry?.kind ?? inferred.kind;
  return {
    id: entry?.id ?? inferred.id,
    source,
    title: entry?.title ?? inferred.title,
    kind,
    asOf: entry ? entry.asOf : inferred.asOf,
    issuer: entry?.issuer ?? null,
    text,
    pages,
    parts: kind === 'gazette-issue' ? splitGazetteParts(text) : [],
    contentHash,
  };
}
