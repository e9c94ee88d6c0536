import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkDocument, loadCatalog, readCorpusDocument, type Chunk, type SourceDocument } from '../../../src/ingest/index.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');

export const REGULATION = 'mevzuat/sozlesmeli-personel-esaslari.txt';
export const GAZETTE = 'gazete/tebligler-dergisi-2024-s1120.pdf';
export const PLAN = 'stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt';
export const KARS = 'raporlar/kars-iskur-2021-raporu.txt';
export const IZMIR = 'raporlar/izmir-meslek-fabrikasi-2025.txt';

const cache = new Map<string, Promise<{ doc: SourceDocument; chunks: Chunk[] }>>();

/** Reads and chunks a real corpus document once per test file. */
export function loadCorpusDocument(relPath: string): Promise<{ doc: SourceDocument; chunks: Chunk[] }> {
  let entry = cache.get(relPath);
  if (!entry) {
    entry = (async () => {
      const catalog = await loadCatalog(CORPUS_DIR);
      const doc = await readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: CORPUS_DIR, relPath, catalog });
      return { doc, chunks: chunkDocument(doc) };
    })();
    cache.set(relPath, entry);
  }
  return entry;
}

export function chunkContaining(chunks: Chunk[], needle: string): Chunk {
  const found = chunks.find((c) => c.text.includes(needle));
  if (!found) throw new Error(`no chunk contains ${JSON.stringify(needle)}`);
  return found;
}
