import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog, readCorpusDocument, type SourceDocument } from '../../../src/ingest/index.js';
import { openChunkStore, writeChunkStore } from '../../../src/retrieval/chunk-store.js';
import { namedTargetsOf, TARGET_TEXT_HEAD_CHARS } from '../../../src/retrieval/open-index.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const doc = (id: string, title: string, text: string): SourceDocument => ({
  id, source: `corpus/${id}.txt`, title, kind: 'law', asOf: null, issuer: null, text, pages: [], parts: [], contentHash: id,
});

describe('openIndex › named targets from the start of each text', () => {
  it('are the targets the whole texts give', async () => {
    const catalog = await loadCatalog(path.join(REPO_ROOT, 'corpus'));
    const documents = [
      // The number near the end of the masthead that lawNumberOf reads (its first 400 characters).
      doc('a', 'Birinci Kanun', `KANUN\n${'Başlık satırı. '.repeat(23)}Kanun Numarası : 5678\n${'Madde metni. '.repeat(2000)}`),
      doc('b', '1234 sayılı Kanunun Uygulama Yönetmeliği', 'Yönetmelik metni.'),
      // A number past the masthead is not the law's number.
      doc('c', 'Üçüncü Kanun', `${'Giriş metni. '.repeat(100)}Kanun Numarası : 4321`),
      await readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: 'corpus', relPath: 'gazete/tebligler-dergisi-2024-s1120.pdf', catalog }),
    ];
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'open-index-targets-'));
    dirs.push(dir);
    await writeChunkStore(dir, documents, []);
    const stored = await openChunkStore(dir);
    const targets = namedTargetsOf(stored.documents.map((d) => d.withTextHead(TARGET_TEXT_HEAD_CHARS)));
    expect(targets).toEqual(namedTargetsOf(documents));
    expect([targets[0]!.lawNumber, targets[2]!.lawNumber]).toEqual(['5678', null]);
    expect(targets.length).toBeGreaterThan(4);
    stored.texts.close();
  });
});
