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

describe('hybridSearch › an article whose caption the question names', () => {
  const captioned = (n: number, article: string, caption: string, body: string, paragraphs?: [number, number]): Chunk => ({
    ...chunk(n, article, `${caption}\n\n${article}- ${body}`),
    kind: paragraphs ? 'paragraph' : 'article',
    headings: ['ONUNCU BÖLÜM', caption],
    loc: { document: 'Meslek Kanunu', article, caption, ...(paragraphs ? { paragraphs } : {}) },
  });
  const theft = () => [
    captioned(0, 'Madde 141', 'Hırsızlık', '(1) Zilyedinin rızası olmadan başkasına ait taşınır bir malı alan kimseye bir yıldan üç yıla kadar hapis cezası verilir.'),
    captioned(1, 'Madde 143', 'Suçun gece vakti işlenmesi', '(1) Hırsızlık suçunun gece vakti işlenmesi halinde, verilecek ceza yarı oranında artırılır.'),
    captioned(2, 'Madde 146', 'Kullanma hırsızlığı', '(1) Hırsızlık suçunun, malın geçici bir süre kullanılıp iade edilmek üzere işlenmesi halinde verilecek ceza yarı oranına kadar indirilir.'),
  ];

  it('ranks the article captioned with the asked topic above those repeating it in their bodies', async () => {
    const index = await indexOf(theft());
    expect((await hybridSearch(index, 'Hırsızlık suçunun cezası nedir?'))[0]!.chunk.article).toBe('Madde 141');
    // Without the caption's vote the body counts win: the signal is what ranks Madde 141 first.
    expect((await hybridSearch(index, 'Hırsızlık suçunun cezası nedir?', { weights: { caption: 0 } }))[0]!.chunk.article).not.toBe('Madde 141');
  });

  it('gives a later paragraph of the article no caption vote, and reads no outline number as a caption word', async () => {
    const [opening, ...rest] = theft();
    const later = { ...opening!, id: 'kanun#0', loc: { ...opening!.loc!, paragraphs: [2, 3] as [number, number] }, kind: 'paragraph' as const };
    const index = await indexOf([later, ...rest]);
    expect((await hybridSearch(index, 'Hırsızlık suçunun cezası nedir?'))[0]!.chunk.article).not.toBe('Madde 141');
    // "2. Yetki" votes as "Yetki" does: the question's "2" finds no caption word.
    const scoreWithCaption = async (caption: string) => {
      const index207 = await indexOf([
        // The same text and headings each time: only the locator's caption differs.
        { ...captioned(0, 'Madde 207', 'Yetki', 'Yetkili mahkeme eşlerden birinin yerleşim yeri mahkemesidir.'), loc: { document: 'Meslek Kanunu', article: 'Madde 207', caption } },
        captioned(1, 'Madde 2', 'Dürüst davranma', 'Herkes, haklarını kullanırken dürüstlük kurallarına uymak zorundadır.'),
      ]);
      return (await hybridSearch(index207, 'Yetki kuralında 2 yazıyor mu?')).find((h) => h.chunk.article === 'Madde 207')!.score;
    };
    const plain = await scoreWithCaption('Yetki');
    expect(await scoreWithCaption('2. Yetki')).toBeCloseTo(plain, 10);
    expect(await scoreWithCaption('Yetki ve görev')).toBeLessThan(plain);
  });
});
