import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { IngestError } from './ingest-error.js';
import { ACCEPTED_EXTENSIONS, findLoader } from './loaders/document-loaders.js';
import { DOCUMENT_KINDS } from './types.js';

const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/**
 * One entry of corpus/catalog.json as a records clerk wrote it (snake_case on disk, camelCase here). Only
 * `path` is required: whatever an entry leaves out is inferred from the text, whatever it gives wins.
 * `aliases` are the other names staff use for the document ("KVKK", "SMM"); they live here, never in code.
 */
export const CatalogEntrySchema = z
  .object({
    path: z.string().min(1),
    id: z.string().min(1).nullish(),
    title: z.string().min(1).nullish(),
    kind: DocumentKindSchema.nullish(),
    issuer: z.string().nullish(),
    as_of: z.string().nullish(),
    aliases: z.array(z.string().trim().min(1)).nullish(),
    notes: z.string().nullish(),
  })
  .transform((entry) => ({
    path: entry.path.replace(/\\/g, '/'),
    id: entry.id ?? null,
    title: entry.title ?? null,
    kind: entry.kind ?? null,
    issuer: entry.issuer ?? null,
    asOf: entry.as_of ?? null,
    aliases: entry.aliases ?? [],
    notes: entry.notes ?? null,
  }));

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

const CatalogSchema = z.object({ about: z.string().optional(), documents: z.array(CatalogEntrySchema) });

export const CATALOG_FILE = 'catalog.json';
/** @deprecated ask the loader list (ACCEPTED_EXTENSIONS); kept for callers that imported it. */
export const SUPPORTED_EXTENSIONS = ACCEPTED_EXTENSIONS;

// Files the operating system leaves in folders: never documents, never worth a warning.
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);

/** Reads corpus/catalog.json; a corpus without one is allowed (every file then gets inferred metadata). */
export async function loadCatalog(corpusDirAbs: string): Promise<CatalogEntry[]> {
  const file = path.join(corpusDirAbs, CATALOG_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new IngestError('FILE_UNREADABLE', file, `Katalog dosyası okunamadı: ${file}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new IngestError('FILE_UNREADABLE', file, `Katalog dosyası geçerli JSON değil: ${file}`, { cause: error });
  }
  const parsed = CatalogSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new IngestError('FILE_UNREADABLE', file, `Katalog dosyası beklenen biçimde değil (${file}): ${problems}`, {
      cause: parsed.error,
    });
  }
  return parsed.data.documents;
}

export interface ListCorpusOptions {
  /** Also list files no loader reads, so ingestion can report them instead of skipping them silently. */
  includeUnsupported?: boolean;
}

/** Corpus files relative to the corpus folder with forward slashes, sorted (hidden and system files left out). */
export async function listCorpusFiles(corpusDirAbs: string, options: ListCorpusOptions = {}): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SYSTEM_FILES.has(entry.name.toLowerCase())) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile() && relPath !== CATALOG_FILE && (options.includeUnsupported || isSupportedFile(entry.name))) found.push(relPath);
    }
  }
  await walk(corpusDirAbs, '');
  return found.sort();
}

export function isSupportedFile(fileName: string): boolean {
  return findLoader(fileName) !== null;
}
