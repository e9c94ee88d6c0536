import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/answer/create-assistant.js';
import type { Assistant } from '../../../src/answer/assistant.js';
import { buildIndex } from '../../../src/ingest/build-index.js';
import { createEmbeddings } from '../../../src/retrieval/create-embeddings.js';
import { IndexStore } from '../../../src/retrieval/index-store.js';
import { createTempProject, type TempProject } from '../../helpers/temp-corpus.js';

const circular = (topic: string, days: string) =>
  Buffer.from(`KURUM GENELGESİ\n\nMADDE 1 – ${topic} başvurusu birim amirine yapılır ve ${days} içinde sonuçlandırılır.\n`);

describe('index lifecycle', () => {
  let project: TempProject;
  let assistant: Assistant;

  beforeAll(async () => {
    project = await createTempProject(['mevzuat/sozlesmeli-personel-esaslari.txt']);
    assistant = await createAssistant({ config: project.config, repoRoot: project.root, watchIntervalMs: 0 });
  }, 300_000);

  afterAll(async () => {
    await assistant?.close?.();
    await project?.cleanup();
  });

  it('two different uploads with the same name never overwrite each other; the same bytes twice add nothing', async () => {
    const first = await assistant.addDocument('genelge.txt', circular('Uzaktan çalışma', 'on gün'));
    const second = await assistant.addDocument('genelge.txt', circular('Esnek mesai', 'beş gün'));
    expect(first.versionOf ?? null).toBeNull();
    expect(second).toMatchObject({ versionOf: 'genelge.txt', storedAs: 'genelge-2.txt' });
    expect(second.id).not.toBe(first.id);
    const sources = assistant.documents().map((d) => d.source);
    expect(sources).toEqual(expect.arrayContaining(['corpus/yuklenenler/genelge.txt', 'corpus/yuklenenler/genelge-2.txt']));
    expect((await fs.readFile(path.join(project.corpusDir, 'yuklenenler', 'genelge.txt'), 'utf8'))).toContain('Uzaktan çalışma');

    const again = await assistant.addDocument('genelge.txt', circular('Esnek mesai', 'beş gün'));
    expect(again).toMatchObject({ duplicateOf: 'genelge-2.txt', id: second.id });
    expect(assistant.documents()).toHaveLength(3);
  }, 300_000);

  it('three builds started at once on one DATA_DIR all succeed and leave one consistent version', async () => {
    const store = new IndexStore(project.dataDir);
    const embedder = await createEmbeddings(project.config);
    await fs.writeFile(path.join(project.corpusDir, 'yeni.txt'), circular('İzin devri', 'üç gün'));
    const options = { repoRoot: project.root, corpusDir: project.corpusDir, store, embedder, full: true };
    const results = await Promise.allSettled([buildIndex(options), buildIndex(options), buildIndex(options)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const current = await store.currentVersion();
    const names = await fs.readdir(store.buildsDir);
    expect(names).toContain(current);
    expect(names.filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect((await store.readManifest(path.join(store.buildsDir, current!))).files['corpus/yeni.txt']).toBeTruthy();
    // The engine notices the version another build published, without a restart.
    expect(await assistant.refresh?.()).toBe(true);
    expect(assistant.status().version).toBe(current);
  }, 300_000);
});
