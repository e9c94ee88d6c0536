import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCorpus, chunkDocument, readCorpusDocument, type AuditRow } from '../../../src/ingest/index.js';
import { makeDocx } from '../../helpers/make-docx.js';
import { SECOND_ROUND_TRAPS, TRAP_DOCUMENTS, type TrapDocument } from '../../fixtures/real-world/trap-documents.js';

let root: string;
let rows: AuditRow[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ingest-traps-'));
  for (const d of [...TRAP_DOCUMENTS, ...SECOND_ROUND_TRAPS]) {
    await mkdir(path.dirname(path.join(root, d.path)), { recursive: true });
    await writeFile(path.join(root, d.path), d.content);
  }
  rows = await auditCorpus({ repoRoot: root, corpusDir: root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const chunksOf = async (relPath: string) => chunkDocument(await readCorpusDocument({ repoRoot: root, corpusDir: root, relPath, catalog: [] }));

function expectProfile(d: TrapDocument): void {
  const row = rows.find((r) => r.source === d.path)!;
  expect(row.status).toBe('ok');
  expect(row.title).toBe(d.expected.title);
  expect(row.kind).toBe(d.expected.kind);
  if (d.expected.asOf) expect(row.as_of?.startsWith(d.expected.asOf), `${row.as_of}`).toBe(true);
  if (d.expected.articles !== undefined) expect(row.articles).toBe(d.expected.articles);
  if (d.expected.annexes !== undefined) expect(row.annexes).toBe(d.expected.annexes);
}

describe('ingestion › second-round traps (logo lines, cut titles, years, circulars, gazette prints, genre decides kind)', () => {
  for (const d of SECOND_ROUND_TRAPS) it(`${d.path}: ${d.expected.title}`, () => expectProfile(d));

  it('cites each article of a gazette print under its own regulation', async () => {
    const chunks = await chunksOf('resmi-gazete/gazete-sayisi.txt');
    const second = chunks.filter((c) => c.subTitle === 'Örnek Teknik Üniversitesi Sürekli Eğitim Merkezi Yönetmeliği');
    expect(second.map((c) => c.article).filter(Boolean)).toEqual(['Madde 1', 'Madde 2', 'Madde 3']);
    expect(second.find((c) => c.article === 'Madde 2')!.loc).toMatchObject({ part: 'Örnek Teknik Üniversitesi Sürekli Eğitim Merkezi Yönetmeliği' });
    expect(second.find((c) => c.article === 'Madde 2')!.locator).toContain('Örnek Teknik Üniversitesi Sürekli Eğitim Merkezi Yönetmeliği');
    const first = chunks.filter((c) => c.subTitle === 'Örnek Üniversitesi Kütüphane Yönetmeliği');
    expect(first.map((c) => c.article).filter(Boolean)).toEqual(['Madde 1', 'Madde 2', 'Madde 3', 'Madde 4', 'Madde 5']);
    expect(first.some((c) => c.text.includes('sürekli eğitim kursları'))).toBe(false);
  });

  it('reads a Word circular in letter form as a circular named by institution, number and subject', async () => {
    const letter = await makeDocx([
      'T.C.', 'ÖRNEK VALİLİĞİ', 'İl Sağlık Müdürlüğü', 'Sayı : E-55512345-010.06-77', 'Konu : Aile Hekimliği Nöbetleri',
      'GENELGE', '2023/12', 'İlimizdeki aile hekimliği birimlerinde hafta sonu nöbetleri aşağıdaki şekilde tutulacaktır.',
      '1. Nöbet çizelgeleri her ayın ilk haftasında ilan edilir.', 'Bilgilerinizi ve gereğini rica ederim.', 'Tarih: 03.04.2023',
    ]);
    await mkdir(path.join(root, 'word'), { recursive: true });
    await writeFile(path.join(root, 'word/nobet-genelgesi.docx'), letter);
    const doc = await readCorpusDocument({ repoRoot: root, corpusDir: root, relPath: 'word/nobet-genelgesi.docx', catalog: [] });
    expect(doc).toMatchObject({ kind: 'circular', title: 'Örnek Valiliği Genelge 2023/12: Aile Hekimliği Nöbetleri', number: '2023/12', asOf: '2023-04-03' });
  });

  it('takes no logo or stamp word into a title, even when it recurs on every page', () => {
    for (const d of SECOND_ROUND_TRAPS) expect(rows.find((r) => r.source === d.path)!.title, d.path).not.toMatch(/River|SX/u);
  });
});

describe('ingestion › documents with the traps of real files', () => {
  for (const d of TRAP_DOCUMENTS) {
    it(`${d.path}: ${d.expected.title}`, () => {
      const row = rows.find((r) => r.source === d.path)!;
      expect(row.status).toBe('ok');
      expect(row.title).toBe(d.expected.title);
      expect(row.kind).toBe(d.expected.kind);
      if (d.expected.asOf) expect(row.as_of?.startsWith(d.expected.asOf), `${row.as_of}`).toBe(true);
      if (d.expected.articles !== undefined) expect(row.articles).toBe(d.expected.articles);
      if (d.expected.annexes !== undefined) expect(row.annexes).toBe(d.expected.annexes);
      if (d.expected.pages) expect(row.printed_pages).toBe(`${d.expected.pages[0]}-${d.expected.pages[1]}`);
    });
  }

  it('files a form printed after the last article as an annex, never as that article', async () => {
    const chunks = await chunksOf('universite/staj-yonergesi.txt');
    const form = chunks.find((c) => c.text.includes('Adı Soyadı'))!;
    expect(form.article).toBeNull();
    expect(form.loc).toMatchObject({ annex: 'EK-1 STAJ BAŞVURU FORMU' });
    expect(form.locator).toBe('Ankara Üniversitesi Mühendislik Fakültesi Staj Yönergesi, EK-1 STAJ BAŞVURU FORMU');
    expect(chunks.find((c) => c.article === 'Madde 7')!.text).not.toContain('Adı Soyadı');
  });

  it('gives each cetvel its own locator and keeps page and converter headers out of the article text', async () => {
    const cetvels = await chunksOf('kurum/ucret-esaslari.txt');
    expect(new Set(cetvels.map((c) => c.loc?.annex).filter(Boolean))).toEqual(new Set(['1 SAYILI CETVEL', '2 SAYILI CETVEL']));
    const paged = await chunksOf('universite/uzaktan-egitim-yonergesi.txt');
    const m3 = paged.find((c) => c.article === 'Madde 3')!;
    expect(m3.page).toBe(1);
    expect(paged.find((c) => c.article === 'Madde 4')!.page).toBe(2);
    expect(paged.find((c) => c.article === 'Madde 4')!.locator).toMatch(/, Madde 4, s\. 2$/u);
  });

  it('puts the caption printed above "Madde N" with article N', async () => {
    const chunks = await chunksOf('kanun/ornek-meslek-kanunu.txt');
    const m2 = chunks.find((c) => c.article === 'Madde 2')!;
    expect(m2.text.startsWith('Mesleğin amacı:')).toBe(true);
    expect(m2.headings).toContain('Mesleğin amacı');
    expect(chunks.find((c) => c.article === 'Madde 1')!.text).not.toContain('Mesleğin amacı');
    expect(chunks.find((c) => c.article === 'Madde 1')!.text).not.toContain('Kabul Tarihi');
    expect(chunks.map((c) => c.article).filter(Boolean)).toEqual(['Madde 1', 'Madde 2', 'Madde 3', 'Ek Madde 1', 'Geçici Madde 1', 'Madde 4']);
  });

  it('no locator counts paragraphs the text does not print, or runs backwards', async () => {
    for (const d of TRAP_DOCUMENTS) {
      for (const c of await chunksOf(d.path)) {
        expect(c.locator, d.path).not.toMatch(/paragraf/u);
        const range = /\((\d+)\)-\((\d+)\)/u.exec(c.locator);
        if (range) expect(Number(range[1])).toBeLessThan(Number(range[2]));
        expect(c.loc?.document, d.path).toBeTruthy();
      }
    }
  });

  it('titles right on at least 90% of these documents (the bar of the held-out audit)', () => {
    const right = TRAP_DOCUMENTS.filter((d) => rows.find((r) => r.source === d.path)?.title === d.expected.title).length;
    expect(right / TRAP_DOCUMENTS.length).toBeGreaterThanOrEqual(0.9);
  });
});
