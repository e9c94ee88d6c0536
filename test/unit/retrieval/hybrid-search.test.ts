import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../src/ingest/types.js';
import { hybridSearch, type SearchableIndex } from '../../../src/retrieval/hybrid-search.js';
import { LexicalIndex } from '../../../src/retrieval/lexical-index.js';
import { LocalHashEmbeddings } from '../../../src/retrieval/local-hash-embeddings.js';
import { VectorIndex } from '../../../src/retrieval/vector-index.js';

const chunk = (n: number, article: string, text: string): Chunk => ({
  id: `kanun#${n}`, docId: 'kanun', source: 'kanun.txt', title: 'Meslek Kanunu', subTitle: null, locator: `Meslek Kanunu, ${article}`,
  article, page: null, kind: 'paragraph', headings: [], start: 0, end: text.length, text,
});

async function indexOf(chunks: Chunk[]): Promise<SearchableIndex> {
  const embeddings = new LocalHashEmbeddings();
  const vectors = await embeddings.embedDocuments(chunks.map((c) => c.text));
  return { chunks, lexical: LexicalIndex.build(chunks), vector: await VectorIndex.build(vectors, embeddings), embeddings, targets: [] };
}

describe('hybridSearch › a question that first tells a story', () => {
  it('ranks the passage answering the asking clause above one sharing the story\'s words', async () => {
    const index = await indexOf([
      chunk(0, 'Madde 3', 'Mesleğe kabul için fakültesini hukuk alanında bitirmiş olmak, mesleğe yeni başlayanların sınavına giriş yapmak ve sınavını geçmek gerekir.'),
      chunk(1, 'Madde 15', 'Staj toplam bir yıl sürer; altı ayı mahkemelerde geçer.'),
      chunk(2, 'Madde 40', 'Kurul üyeleri iki yıl için seçilir.'),
    ]);
    const hits = await hybridSearch(index, 'Hukuk fakültesini yeni bitirdim ve mesleğe giriş yapmak istiyorum, giriş sınavını da geçtim; staj toplam ne kadar sürer, nerede geçer?');
    expect(hits[0]!.chunk.article).toBe('Madde 15');
  });
});

describe('hybridSearch › words the question holds side by side', () => {
  it('ranks the passage holding "Anayasa Mahkemesi" as a phrase above one holding both words apart', async () => {
    const index = await indexOf([
      chunk(0, 'Madde 159', 'Kurul, Anayasa ile kurulan bölge mahkemesi üyeleri arasından seçilen üyeden kurulur; Anayasa ve kanun hükümleri saklıdır.'),
      chunk(1, 'Madde 146', 'Anayasa Mahkemesi onbeş üyeden kurulur ve kurulun üyeleri on iki yıl için seçilir; üyelik süresi dolanlar yeniden seçilemez.'),
      chunk(2, 'Madde 40', 'Kurul üyeleri iki yıl için seçilir.'),
    ]);
    const hits = await hybridSearch(index, 'Anayasa Mahkemesi kaç üyeden kurulur?');
    expect(hits[0]!.chunk.article).toBe('Madde 146');
  });
});
