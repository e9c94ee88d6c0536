import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { buildIndex } from '../../src/ingest/build-index.js';
import { IndexStore } from '../../src/retrieval/index-store.js';
import { LocalHashEmbeddings } from '../../src/retrieval/local-hash-embeddings.js';
import type { NamedEmbeddings } from '../../src/retrieval/create-embeddings.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { openIndex } from '../../src/retrieval/open-index.js';
import { hybridSearch } from '../../src/retrieval/hybrid-search.js';
import { createTempProject, type TempProject } from '../helpers/temp-corpus.js';

const local = (): NamedEmbeddings => {
  const embeddings = new LocalHashEmbeddings();
  return { embeddings, id: embeddings.id };
};

/** An embedder that fails after a number of batches: a crash in the middle of a re-index. */
class FailingEmbeddings extends Embeddings {
  private calls = 0;
  constructor(private readonly failAfter: number) {
    super({});
  }
  private readonly inner = new LocalHashEmbeddings();
  override async embedDocuments(texts: string[]) {
    if (++this.calls > this.failAfter) throw new Error('gömme sunucusu yanıt vermedi');
    return this.inner.embedDocuments(texts);
  }
  override async embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

/** An embedder whose dense vote counts (not the offline hash one), counting the texts it embeds. */
class CountingEmbeddings extends Embeddings {
  embedded = 0;
  private readonly inner = new LocalHashEmbeddings();
  constructor() {
    super({});
  }
  override async embedDocuments(texts: string[]) {
    this.embedded += texts.length;
    return this.inner.embedDocuments(texts);
  }
  override async embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

const SMALL = ['mevzuat/sozlesmeli-personel-esaslari.txt', 'raporlar/izmir-meslek-fabrikasi-2025.txt'];

describe('buildIndex › incremental and atomic', () => {
  let project: TempProject;
  afterEach(async () => project?.cleanup());

  const buildOptions = (embedder = local()) => ({ repoRoot: project.root, corpusDir: project.corpusDir, store: new IndexStore(project.dataDir), embedder });
  const build = (embedder = local()) => buildIndex(buildOptions(embedder));

  it('an unchanged corpus is a no-op; a change re-reads only that file; a removal drops it', async () => {
    project = await createTempProject(SMALL);
    const first = await build();
    expect(first.rebuilt).toBe(true);
    expect(first.added).toHaveLength(2);

    const second = await build();
    expect(second.rebuilt).toBe(false);
    expect(second.buildDir).toBe(first.buildDir);

    // `ingest --yeniden`: the same corpus read again from scratch, into a new build.
    const forced = await buildIndex({ ...buildOptions(), full: true });
    expect(forced.rebuilt).toBe(true);
    expect(forced.buildDir).not.toBe(first.buildDir);
    expect((await build()).rebuilt).toBe(false);

    const izmir = path.join(project.corpusDir, 'raporlar/izmir-meslek-fabrikasi-2025.txt');
    await fs.appendFile(izmir, '\n\nMeslek Fabrikası 2026 yılında zeytinyağı tadım kursu açacak.\n');
    const third = await build();
    expect(third.rebuilt).toBe(true);
    expect(third.changed).toEqual(['corpus/raporlar/izmir-meslek-fabrikasi-2025.txt']);
    expect(third.unchanged).toEqual(['corpus/mevzuat/sozlesmeli-personel-esaslari.txt']);
    const afterChange = await openIndex(new IndexStore(project.dataDir), local());
    expect(afterChange.chunks.some((c) => c.text.includes('zeytinyağı tadım kursu'))).toBe(true);
    // Chunks carried over from the unchanged file keep their locators (read from the columns, written again).
    const carried = afterChange.chunks.filter((c) => c.source.endsWith('sozlesmeli-personel-esaslari.txt'));
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((c) => c.loc?.document !== undefined)).toBe(true);
    // The offline embedder's dense vote is 0: answering never reads the vector files.
    expect((await hybridSearch(afterChange, 'zeytinyağı tadım kursu')).length).toBeGreaterThan(0);
    expect(afterChange.vector.isLoaded).toBe(false);

    await fs.rm(izmir);
    const fourth = await build();
    expect(fourth.removed).toEqual(['corpus/raporlar/izmir-meslek-fabrikasi-2025.txt']);
    const afterRemoval = await openIndex(new IndexStore(project.dataDir), local());
    expect(afterRemoval.documents.map((d) => d.id)).toEqual(['sozlesmeli-personel-esaslari']);
    // Old builds are pruned: the serving build and the one before it remain (an instance may still be loading that one).
    expect(await fs.readdir(path.join(project.dataDir, 'builds'))).toHaveLength(2);
  });

  it('a crash midway leaves the previous index serving answers', async () => {
    project = await createTempProject(SMALL);
    await build();
    const assistant = await createAssistant({ config: project.config, repoRoot: project.root });
    const before = await assistant.ask('Sözleşmeli personele hastalık izni kaç gün verilir?');
    expect(before.refused).toBe(false);

    await fs.writeFile(path.join(project.corpusDir, 'raporlar/yeni-rapor.txt'), 'Yeni rapor.\n\n'.repeat(400));
    const failing = { embeddings: new FailingEmbeddings(0), id: local().id };
    await expect(build(failing)).rejects.toThrow(/gömme sunucusu/);

    // The same engine still answers from the old build, and a fresh process opens it too.
    const after = await assistant.ask('Sözleşmeli personele hastalık izni kaç gün verilir?');
    expect(after.citations).toEqual(before.citations);
    const reopened = await openIndex(new IndexStore(project.dataDir), local());
    expect(reopened.documents.map((d) => d.id).sort()).toEqual(['izmir-meslek-fabrikasi-2025', 'sozlesmeli-personel-esaslari']);
  });

  it('a bad file is reported in Turkish and the rest of the corpus is still indexed', async () => {
    project = await createTempProject(SMALL);
    await fs.writeFile(path.join(project.corpusDir, 'bozuk.pdf'), Buffer.from('%PDF-1.4\n1 0 obj <<'));
    await fs.writeFile(path.join(project.corpusDir, 'bos.txt'), '');
    const summary = await build();
    expect(summary.documents).toBe(2);
    expect(summary.failed.map((f) => f.source).sort()).toEqual(['corpus/bos.txt', 'corpus/bozuk.pdf']);
    for (const f of summary.failed) expect(f.reason).toMatch(/[çğışöüÇĞİŞÖÜ]/u);
    // An unchanged bad file is not a reason to rebuild.
    expect((await build()).rebuilt).toBe(false);
  });

  it('builds no vector files while the dense vote is 0, and adds them when an embedder whose vote counts asks', async () => {
    project = await createTempProject(SMALL);
    const first = await build();
    const files = await fs.readdir(first.buildDir);
    expect(files).not.toContain('vectors.f32');
    expect(files).not.toContain('vector');
    expect((await new IndexStore(project.dataDir).readManifest(first.buildDir)).vectors).toBe(false);
    const assistant = await createAssistant({ config: project.config, repoRoot: project.root });
    expect((await assistant.ask('Sözleşmeli personele hastalık izni kaç gün verilir?')).refused).toBe(false);

    // Same embedder id, but its vote counts: the vectorless build cannot serve it, and is not up to date for it.
    const counting = new CountingEmbeddings();
    const dense = { embeddings: counting, id: local().id };
    await expect(openIndex(new IndexStore(project.dataDir), dense)).rejects.toThrow(/Vektör dizini yok/);
    const second = await build(dense);
    expect(second.rebuilt).toBe(true);
    expect(second.unchanged).toHaveLength(2);
    expect(counting.embedded).toBe(second.chunks);
    expect(await fs.readdir(second.buildDir)).toEqual(expect.arrayContaining(['vectors.f32', 'vector']));
    const served = await openIndex(new IndexStore(project.dataDir), dense);
    expect(served.vector.size).toBe(second.chunks);
    expect((await build(dense)).rebuilt).toBe(false);
    // A build that has vectors also serves the offline embedder, which does not search them.
    expect((await build()).rebuilt).toBe(false);
  });

  it('refuses to query an index built by another embedder', async () => {
    project = await createTempProject(SMALL);
    await build();
    const other = { embeddings: new LocalHashEmbeddings(64), id: 'local-hash-v1-64' };
    await expect(openIndex(new IndexStore(project.dataDir), other)).rejects.toThrow(/karıştırılamaz/);
  });
});
