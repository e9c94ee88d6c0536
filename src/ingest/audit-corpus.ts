import path from 'node:path';
import { loadCatalog, listCorpusFiles } from './catalog.js';
import { chunkDocument } from './chunk-document.js';
import { dropDuplicates, markRevisions } from './find-revisions.js';
import { IngestError } from './ingest-error.js';
import { readCorpusDocument } from './read-corpus-document.js';
import { findAddressedInstructions } from '../text/find-addressed-instructions.js';
import type { Chunk, SourceDocument } from './types.js';

/**
 * One line of `npm run ingest -- --audit --json`: what ingestion made of a file. The first eight fields are
 * the public contract (`source, title, kind, as_of, articles, annexes, pages, warnings`); the rest are extras.
 */
export interface AuditRow {
  /** The file, relative to the corpus folder. */
  source: string;
  title: string | null;
  kind: string | null;
  as_of: string | null;
  /** Body articles ("Madde N"), counted once per (sub)document. */
  articles: number;
  /** Annexes after the articles (EK-1, cetvels, lists, tables), footnotes not counted. */
  annexes: number;
  /** Pages the file carries (PDF pages, or printed page numbers found in text), null when none. */
  pages: number | null;
  warnings: string[];
  /** "ok", "failed" (not indexed, the reason in warnings) or "duplicate" (a copy of `duplicate_of`). */
  status: 'ok' | 'failed' | 'duplicate';
  /** Ek, Geçici and added ("43/A") articles. */
  extra_articles: number;
  /** "201-222": first and last printed page. */
  printed_pages: string | null;
  /** How citations name the file (relative to the repository). */
  cited_source: string | null;
  id: string | null;
  number: string | null;
  aliases: string[];
  chunks: number;
  duplicate_of: string | null;
  superseded_by: string | null;
  revision: string | null;
}

export interface AuditCorpusInput {
  repoRoot: string;
  corpusDir: string;
}

/** Distinct article labels per (sub)document: a gazette's two directives may both have a "Madde 1". */
export function countArticles(chunks: readonly Chunk[]): { main: number; extra: number } {
  const main = new Set<string>();
  const extra = new Set<string>();
  for (const c of chunks) {
    if (!c.article) continue;
    const key = `${c.subTitle ?? ''}\u0000${c.article}`;
    if (/^Madde \d+$/u.test(c.article)) main.add(key);
    else extra.add(key);
  }
  return { main: main.size, extra: extra.size };
}

export function countAnnexes(chunks: readonly Chunk[]): number {
  return new Set(chunks.map((c) => c.loc?.annex).filter((a): a is string => Boolean(a) && a !== 'Dipnotlar')).size;
}

const STATUTE_KINDS = new Set(['law', 'regulation', 'directive']);

function rowOf(relPath: string, doc: SourceDocument, chunks: readonly Chunk[]): AuditRow {
  const { main, extra } = countArticles(chunks);
  const warnings = [...(doc.warnings ?? [])];
  if (STATUTE_KINDS.has(doc.kind) && main + extra === 0) warnings.push('madde bulunamadı');
  // Reading the document scanned it already; the lines are looked for only where something was found.
  const instructions = doc.instructionScan?.found === false ? [] : findAddressedInstructions(doc.text);
  for (const hit of instructions.slice(0, 3)) {
    warnings.push(`yapay zekâya hitap eden metin (istem enjeksiyonu olabilir; yanıtlarda alıntılanmaz), satır ${hit.line}: "${hit.excerpt}"`);
  }
  if (doc.supersededBy) warnings.push(`daha yeni bir sürümü var (${doc.supersededBy}); yalnızca eski metin sorulunca kaynak gösterilir`);
  const first = doc.pages[0];
  const last = doc.pages.at(-1);
  return {
    source: relPath,
    title: doc.title,
    kind: doc.kind,
    as_of: doc.asOf,
    articles: main,
    annexes: countAnnexes(chunks),
    pages: doc.pages.length > 0 ? doc.pages.length : null,
    warnings,
    status: 'ok',
    extra_articles: extra,
    printed_pages: first && last ? `${first.page}-${last.page}` : null,
    cited_source: doc.source,
    id: doc.id,
    number: doc.number ?? null,
    aliases: doc.aliases ?? [],
    chunks: chunks.length,
    duplicate_of: null,
    superseded_by: doc.supersededBy ?? null,
    revision: doc.revision?.label ?? null,
  };
}

function emptyRow(relPath: string, status: AuditRow['status'], warnings: string[]): AuditRow {
  return {
    source: relPath, title: null, kind: null, as_of: null, articles: 0, annexes: 0, pages: null, warnings, status,
    extra_articles: 0, printed_pages: null, cited_source: null, id: null, number: null, aliases: [], chunks: 0,
    duplicate_of: null, superseded_by: null, revision: null,
  };
}

/**
 * Reads every file of a corpus as ingestion would — without building or touching an index — and reports
 * per file what came out: title, kind, date, articles, annexes, pages, warnings; unreadable files with the
 * reason, copies with the file they copy. Rows are in path order.
 */
export async function auditCorpus(input: AuditCorpusInput): Promise<AuditRow[]> {
  const corpusDir = path.resolve(input.repoRoot, input.corpusDir);
  const catalog = await loadCatalog(corpusDir);
  const relPaths = await listCorpusFiles(corpusDir, { includeUnsupported: true });
  const read: { doc: SourceDocument; relPath: string }[] = [];
  const rows = new Map<string, AuditRow>();
  for (const relPath of relPaths) {
    try {
      read.push({ doc: await readCorpusDocument({ repoRoot: input.repoRoot, corpusDir, relPath, catalog }), relPath });
    } catch (error) {
      const reason = error instanceof IngestError ? error.message : `okunamadı: ${(error as Error).message}`;
      rows.set(relPath, emptyRow(relPath, 'failed', [reason]));
    }
  }
  const inCatalog = new Set(catalog.map((e) => e.path));
  const { kept, duplicates } = dropDuplicates(read, (doc) => inCatalog.has(read.find((r) => r.doc === doc)!.relPath));
  markRevisions(kept.map((k) => k.doc));
  for (const { doc, relPath } of kept) rows.set(relPath, rowOf(relPath, doc, chunkDocument(doc)));
  for (const duplicate of duplicates) {
    const relPath = read.find((r) => r.doc.source === duplicate.source)!.relPath;
    const of = read.find((r) => r.doc.source === duplicate.of)!.relPath;
    const doc = read.find((r) => r.relPath === relPath)!.doc;
    const row = { ...rowOf(relPath, doc, chunkDocument(doc)), status: 'duplicate' as const, duplicate_of: of, chunks: 0 };
    row.warnings = [`${of} ile aynı içerik; dizine bir kez (${of} olarak) alınır`];
    rows.set(relPath, row);
  }
  return relPaths.map((p) => rows.get(p)!);
}
