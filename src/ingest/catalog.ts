import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { IngestError } from './ingest-error.js';

const DocumentKindSchema = z.enum(['regulation', 'gazette-issue', 'directive', 'report', 'strategic-plan', 'other']);

/** One entry of corpus/catalog.json as a records clerk wrote it (snake_case on disk, camelCase here). */
export const CatalogEntrySchema = z
  .object({
    path: z.string().min(1),
    id: z.string().min(1),
    title: z.string().min(1),
    kind: DocumentKindSchema,
    issuer: z.string().nullish(),
    as_of: z.string().nullish(),
    notes: z.string().nullish(),
  })
  .transform((entry) => ({
    path: entry.path.replace(/\\/g, '/'),
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    issuer: entry.issuer ?? null,
    asOf: entry.as_of ?? null,
    notes: entry.notes ?? null,
  }));

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

const CatalogSchema = z.object({ about: z.string().optional(), documents: z.array(CatalogEntrySchema) });

export const CATALOG_FILE = 'catalog.json';
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

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

/** Corpus files we can ingest, relative to the corpus folder with forward slashes, sorted. */
export async function listCorpusFiles(corpusDirAbs: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile() && relPath !== CATALOG_FILE && isSupportedFile(entry.name)) found.push(relPath);
    }
  }
  await walk(corpusDirAbs, '');
  return found.sort();
}

export function isSupportedFile(fileName: string): boolean {
  const ext = path.extname(fileName).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext);
}
