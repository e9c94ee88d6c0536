import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { foldWhitespace, repairLineEndHyphens, type HyphenRepairStats } from '../text/clean-text.js';
import { findAddressedInstructions, INSTRUCTION_DETECTOR_VERSION } from '../text/find-addressed-instructions.js';
import { assessReadability } from './assess-readability.js';
import type { CatalogEntry } from './catalog.js';
import { inferMetadata } from './infer-metadata.js';
import { IngestError } from './ingest-error.js';
import { findLoader, sniffLoader, unsupportedTypeReason } from './loaders/document-loaders.js';
import type { DocumentLoader } from './loaders/document-loader.js';
import { findTextPages, parsePageMarker } from './page-markers.js';
import { describeRepairs, repairControlCharacters } from './repair-control-characters.js';
import { splitGazetteParts } from './split-gazette.js';
import { stripWebBoilerplate } from './strip-web-boilerplate.js';
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

/**
 * How a file is named in citations, warnings and the index: its path from the repository root
 * ("corpus/mevzuat/x.txt"), or for a corpus outside the repository (CORPUS_DIR=/srv/belgeler) its path
 * inside the corpus — "../../srv/…" or an absolute path would show the server's layout to every reader.
 */
export function citedSourcePath(repoRoot: string, corpusDir: string, relPath: string): string {
  const fromRoot = toPosix(path.relative(repoRoot, path.resolve(repoRoot, corpusDir, relPath)));
  return fromRoot === '..' || fromRoot.startsWith('../') || path.isAbsolute(fromRoot) ? toPosix(relPath) : fromRoot;
}

function trimBlankEdges(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/u, '').replace(/\s+$/u, '');
}

/**
 * The printed number of a page: a page-number line at its foot, else at its head; a labelled one
 * ("Sayfa 3 / 22") may sit a line or two in, under a converter header or a masthead.
 */
function printedPageNumber(pageText: string): number | null {
  const lines = pageText.split('\n').filter((l) => l.trim() !== '');
  for (const line of [lines.at(-1), lines[0]]) {
    const marker = line === undefined ? null : parsePageMarker(line);
    if (marker) return marker.page;
  }
  for (const line of [...lines.slice(-3), ...lines.slice(0, 3)]) {
    const marker = parsePageMarker(line);
    if (marker && !marker.bare) return marker.page;
  }
  return null;
}

/**
 * The text of paged input (PDF pages, or a text file split by form feeds) repaired as one text — so a
 * broken letter or a hyphen break is judged against the whole document's words — then cleaned page by
 * page and joined by newlines, with where each page lies in it.
 */
function assemblePages(rawPages: { pdfIndex: number; text: string }[], stats: HyphenRepairStats): { text: string; pages: PageSpan[]; repairs: string[] } {
  const joined = rawPages.map((p) => p.text.replace(/\f/g, '\n')).join('\f');
  const repaired = repairControlCharacters(joined.normalize('NFC').replace(/\r\n?/g, '\n'));
  const pageTexts = repairLineEndHyphens(repaired.text, stats).split('\f');
  let text = '';
  const pages: PageSpan[] = [];
  pageTexts.forEach((raw, i) => {
    const pageText = trimBlankEdges(foldWhitespace(raw));
    if (text && pageText) text += '\n';
    const start = text.length;
    text += pageText;
    const pdfIndex = rawPages[i]!.pdfIndex;
    pages.push({ page: printedPageNumber(pageText) ?? pdfIndex, pdfIndex, start, end: text.length });
  });
  return { text, pages, repairs: describeRepairs(repaired.repaired) };
}

/** Plain text: repaired and cleaned as a whole; pages from the printed page numbers it carries. */
function assembleText(raw: string, stats: HyphenRepairStats): { text: string; pages: PageSpan[]; repairs: string[] } {
  // Text converted from print keeps its page breaks as form feeds: those are the pages.
  const formFeeds = raw.split('\f');
  if (formFeeds.filter((p) => p.trim() !== '').length >= 2) {
    return assemblePages(formFeeds.map((text, i) => ({ pdfIndex: i + 1, text })), stats);
  }
  const repaired = repairControlCharacters(raw.normalize('NFC').replace(/\r\n?/g, '\n'));
  const text = trimBlankEdges(stripWebBoilerplate(foldWhitespace(repairLineEndHyphens(repaired.text, stats))));
  const pages = findTextPages(text).map((p, i) => ({ page: p.page, pdfIndex: i + 1, start: p.start, end: p.end }));
  return { text, pages, repairs: describeRepairs(repaired.repaired) };
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

/** A PDF or Word file saved under a text name is read as what it is. */
function chooseLoader(named: DocumentLoader, bytes: Buffer): { loader: DocumentLoader; warning: string | null } {
  if (named.sniff) return { loader: named, warning: null };
  const sniffed = sniffLoader(bytes);
  if (!sniffed || sniffed === named) return { loader: named, warning: null };
  return { loader: sniffed, warning: `dosya adı ${named.label} diyor ama içerik ${sniffed.label}; ${sniffed.label} olarak okundu` };
}

/**
 * Reads one corpus file into a SourceDocument: the loader for its type, then bad bytes repaired, hyphenation
 * repaired (real hyphenated words kept), web boilerplate dropped, printed page spans (PDF pages, or page
 * numbers a text file carries), catalog metadata (or metadata inferred from the text) and, for a gazette
 * issue, the documents it holds. Throws IngestError with a Turkish message naming the file.
 */
export async function readCorpusDocument(input: ReadCorpusDocumentInput): Promise<SourceDocument> {
  const relPath = toPosix(input.relPath);
  const abs = path.resolve(input.repoRoot, input.corpusDir, relPath);
  const source = citedSourcePath(input.repoRoot, input.corpusDir, relPath);
  const named = findLoader(relPath);
  if (!named) throw new IngestError('UNSUPPORTED_TYPE', source, `${source}: ${unsupportedTypeReason(relPath)}.`);
  const bytes = await readBytes(abs, source);
  if (bytes.length === 0) throw new IngestError('FILE_EMPTY', source, `${source}: dosya boş.`);
  const contentHash = createHash('sha256').update(bytes).digest('hex');

  const { loader, warning } = chooseLoader(named, bytes);
  const loaded = await loader.load(bytes, source);
  const stats: HyphenRepairStats = { joined: 0, kept: [] };
  const { text, pages, repairs } = loaded.pages ? assemblePages(loaded.pages, stats) : assembleText(loaded.text, stats);
  if (text.trim() === '') throw new IngestError('FILE_EMPTY', source, `${source}: dosyada metin yok (yalnızca boşluk).`);
  const unreadable = assessReadability(text);
  if (unreadable) throw new IngestError('TEXT_UNREADABLE', source, `${source}: ${unreadable.message}`);

  const entry = input.catalog.find((e) => toPosix(e.path) === relPath);
  const inferred = inferMetadata(text, relPath);
  const kind = entry?.kind ?? inferred.kind;
  const warnings = [
    ...(warning ? [warning] : []),
    ...loaded.warnings,
    ...repairs,
    ...(stats.kept.length > 0 ? [`satır sonunda tireli ${stats.kept.length} sözcük tireli bırakıldı (${[...new Set(stats.kept)].slice(0, 3).join(', ')})`] : []),
    ...(entry ? [] : inferred.warnings),
  ];
  return {
    id: entry?.id ?? inferred.id,
    source,
    title: entry?.title ?? inferred.title,
    kind,
    asOf: entry?.asOf ?? inferred.asOf,
    issuer: entry?.issuer ?? null,
    text,
    pages,
    parts: kind === 'gazette-issue' ? splitGazetteParts(text) : [],
    contentHash,
    aliases: entry?.aliases ?? [],
    number: inferred.number,
    warnings,
    instructionScan: { detector: INSTRUCTION_DETECTOR_VERSION, found: findAddressedInstructions(text).length > 0 },
  };
}
