import { describe, expect, it } from 'vitest';
import { chunkDocument, dropDuplicates, markRevisions, type SourceDocument } from '../../../src/ingest/index.js';

const BODY = 'Amaç\nMADDE 1 – (1) Bu Yönergenin amacı lisansüstü eğitimde danışman atamasını düzenlemektir.\nMADDE 2 – (1) Danışman en geç ikinci yarıyıl sonunda atanır.';

function doc(source: string, over: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: source.replace(/\W+/gu, '-'), source, title: 'Örnek Üniversitesi Danışmanlık Yönergesi', kind: 'directive', asOf: '2019-03-12',
    issuer: null, text: `ÖRNEK ÜNİVERSİTESİ DANIŞMANLIK YÖNERGESİ\n${BODY}`, pages: [], parts: [], contentHash: source, ...over,
  };
}

describe('dropDuplicates', () => {
  it('indexes a byte-identical or text-identical copy once and says which file it copies', () => {
    const a = { doc: doc('corpus/a.txt', { contentHash: 'h1' }) };
    const copy = { doc: doc('corpus/kopya/a.txt', { contentHash: 'h1' }) };
    const sameText = { doc: doc('corpus/c.txt', { contentHash: 'h2' }) };
    const other = { doc: doc('corpus/b.txt', { contentHash: 'h3', text: `${BODY}\nMADDE 3 – (1) Ek hüküm.` }) };
    const { kept, duplicates } = dropDuplicates([a, copy, sameText, other]);
    expect(kept.map((e) => e.doc.source)).toEqual(['corpus/a.txt', 'corpus/b.txt']);
    expect(duplicates).toEqual([
      { source: 'corpus/c.txt', of: 'corpus/a.txt' },
      { source: 'corpus/kopya/a.txt', of: 'corpus/a.txt' },
    ]);
  });

  it('keeps the copy the catalog describes', () => {
    const a = { doc: doc('corpus/a.txt', { contentHash: 'h1' }) };
    const b = { doc: doc('corpus/z.txt', { contentHash: 'h1' }) };
    expect(dropDuplicates([a, b], (d) => d.source === 'corpus/z.txt').kept.map((e) => e.doc.source)).toEqual(['corpus/z.txt']);
  });
});

describe('markRevisions', () => {
  const revisions = () => [
    doc('corpus/yonerge-2019.txt', { asOf: '2019-03-12' }),
    doc('corpus/yonerge-2023.txt', { asOf: '2023-05-04', text: `ÖRNEK ÜNİVERSİTESİ DANIŞMANLIK YÖNERGESİ\n${BODY.replace('ikinci', 'birinci')}` }),
    doc('corpus/yonerge-2021.txt', { asOf: '2021-10-01', text: `ÖRNEK ÜNİVERSİTESİ DANIŞMANLIK YÖNERGESİ\n${BODY}\nMADDE 3 – (1) Eş danışman atanabilir.` }),
  ];

  it('marks all but the newest as superseded by it, with a label that shows the date', () => {
    const docs = markRevisions(revisions());
    const byDate = Object.fromEntries(docs.map((d) => [d.asOf, d]));
    expect(byDate['2023-05-04']!.supersededBy).toBeNull();
    expect(byDate['2021-10-01']!.supersededBy).toBe(byDate['2023-05-04']!.id);
    expect(byDate['2019-03-12']!.supersededBy).toBe(byDate['2023-05-04']!.id);
    expect(docs.map((d) => [d.revision!.label, d.revision!.rank, d.revision!.of])).toEqual([
      ['12.03.2019', 3, 3],
      ['04.05.2023', 1, 3],
      ['01.10.2021', 2, 3],
    ]);
  });

  it('puts the revision in every locator and flags the older chunks', () => {
    const docs = markRevisions(revisions());
    const old = chunkDocument(docs[0]!);
    expect(old.every((c) => c.superseded === true)).toBe(true);
    expect(old.find((c) => c.article === 'Madde 2')!.locator).toBe('Örnek Üniversitesi Danışmanlık Yönergesi (12.03.2019), Madde 2');
    expect(chunkDocument(docs[1]!).some((c) => c.superseded)).toBe(false);
  });

  it('tells revisions with one date apart by their revision numbers', () => {
    const docs = markRevisions([
      doc('corpus/yonerge-rev2.txt', { asOf: '2020', text: `Revizyon No: 2\n${BODY}` }),
      doc('corpus/yonerge-rev3.txt', { asOf: '2020', text: `Revizyon No: 3\n${BODY}` }),
    ]);
    expect(docs.find((d) => d.source.endsWith('rev3.txt'))!.supersededBy).toBeNull();
    expect(docs.find((d) => d.source.endsWith('rev2.txt'))!.revision!.label).toBe('2020, Rev. 2');
  });

  it('leaves alone same-titled texts that differ, annual reports, and single documents', () => {
    const other = doc('corpus/baska.txt', { text: 'Tamamen farklı bir metin: sınav takvimi, yemekhane, kütüphane, spor salonu saatleri ve ulaşım.' });
    const reports = [
      doc('corpus/r2023.txt', { kind: 'report', title: 'Faaliyet Raporu', asOf: '2023' }),
      doc('corpus/r2024.txt', { kind: 'report', title: 'Faaliyet Raporu', asOf: '2024' }),
    ];
    const docs = markRevisions([doc('corpus/a.txt'), other, ...reports, doc('corpus/tek.txt', { title: 'Tek Yönerge' })]);
    expect(docs.every((d) => d.supersededBy === null && d.revision === null)).toBe(true);
  });
});

describe('markRevisions › titles an OCR slip apart', () => {
  it('groups them when the texts are nearly the same, not when only the boilerplate is', () => {
    const a = doc('corpus/rev-a.txt', { asOf: '2019', title: 'Örnek Üniversitesi Danışmanlık Yönergesi' });
    const b = doc('corpus/rev-b.txt', { asOf: '2022', title: 'Örnek Ünıversitesi Danışmanlık Yönergesi' });
    expect(markRevisions([a, b]).find((d) => d === a)!.supersededBy).toBe(b.id);
    const fen = doc('corpus/fen.txt', { asOf: '2019', title: 'Fen Bilimleri Enstitüsü Yönergesi', text: `${BODY} Fen bilimleri enstitüsü laboratuvar dersleri.` });
    const saglik = doc('corpus/saglik.txt', { asOf: '2022', title: 'Sağlık Bilimleri Enstitüsü Yönergesi', text: `${BODY} Sağlık kurumlarında uygulama, hasta güvenliği, klinik staj ve nöbet.` });
    expect(markRevisions([fen, saglik]).every((d) => d.revision === null)).toBe(true);
  });
});
