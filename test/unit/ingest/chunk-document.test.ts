import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, type Chunk } from '../../../src/ingest/index.js';
import { CORPUS_DIR, GAZETTE, IZMIR, KARS, PLAN, REGULATION, chunkContaining, loadCorpusDocument } from './corpus.js';

const DIRECTIVE_1 =
  'Bölge Okulu, İhtisas, Sektör İçi ve Sektöre Entegre Özellikli Mesleki ve Teknik Ortaöğretim Kurumlarına İlişkin Usul ve Esaslar Hakkında Yönerge';
const DIRECTIVE_2 = 'Sektörel Mükemmeliyet Merkezleri Yönergesi';

function articleLabels(chunks: Chunk[], subTitle?: string): Set<string> {
  return new Set(
    chunks.filter((c) => c.article && (subTitle === undefined || c.subTitle === subTitle)).map((c) => c.article!),
  );
}

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('chunkDocument › invariants over the whole corpus', () => {
  it('every chunk is a verbatim slice of its document, with ids, page and locator', async () => {
    for (const relPath of await listCorpusFiles(CORPUS_DIR)) {
      const { doc, chunks } = await loadCorpusDocument(relPath);
      expect(chunks.length, relPath).toBeGreaterThan(0);
      chunks.forEach((chunk, n) => {
        expect(chunk.text).toBe(doc.text.slice(chunk.start, chunk.end));
        expect(chunk.text.trim().length).toBeGreaterThan(0);
        expect(chunk.id).toBe(`${doc.id}#${n}`);
        expect(chunk.docId).toBe(doc.id);
        expect(chunk.source).toBe(doc.source);
        expect(chunk.title).toBe(doc.title);
        expect(chunk.locator.length).toBeGreaterThan(0);
        expect(chunk.page === null).toBe(doc.pages.length === 0);
      });
      // Chunks never overlap and never cut a word in two.
      const sorted = [...chunks].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      for (const chunk of chunks) {
        expect(/[\p{L}\d]/u.test(doc.text[chunk.start - 1] ?? ' ') && /[\p{L}\d]/u.test(doc.text[chunk.start]!)).toBe(false);
        expect(/[\p{L}\d]/u.test(doc.text[chunk.end] ?? ' ') && /[\p{L}\d]/u.test(doc.text[chunk.end - 1]!)).toBe(false);
      }
    }
  });

  it('keeps text chunks of plain text between ~500 and ~1000 characters', async () => {
    for (const relPath of [KARS, IZMIR]) {
      const { chunks } = await loadCorpusDocument(relPath);
      for (const chunk of chunks.filter((c) => c.kind === 'text')) expect(chunk.text.length).toBeLessThanOrEqual(1000);
      const sizes = chunks.map((c) => c.text.length).sort((a, b) => a - b);
      expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('chunkDocument › regulation articles', () => {
  it('finds Madde 1–18, Ek Madde 1–6 and Geçici Madde 1–10, as the file has them', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    const labels = articleLabels(chunks);
    const expected = [...range('Madde', 18), ...range('Ek Madde', 6), ...range('Geçici Madde', 10), 'Ek Geçici Madde 1'];
    expect([...labels].sort()).toEqual([...expected].sort());
    // The same labels, read straight off the raw file.
    const raw = await readFile(path.join(CORPUS_DIR, REGULATION), 'utf8');
    const fromFile = new Set(
      [...raw.matchAll(/^[\s\u00a0]*((?:Ek )?(?:Geçici )?Madde \d+)\s*[-–]/gmu)].map((m) => m[1]!),
    );
    expect([...labels].sort()).toEqual([...fromFile].sort());
  });

  it('keeps the paragraphs of Madde 9 with Madde 9 and splits it at blank-line paragraphs', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    const madde9 = chunks.filter((c) => c.article === 'Madde 9');
    expect(madde9.length).toBeGreaterThan(1);
    expect(madde9.every((c) => c.kind === 'paragraph')).toBe(true);
    expect(chunkContaining(chunks, 'Sözleşmeli kadın personele, doğumdan').article).toBe('Madde 9');
    expect(madde9[0]!.locator).toMatch(/^Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 9\(1\)(-\(\d+\))?$/u);
    expect(madde9.every((c) => c.text.length <= 1200)).toBe(true);
  });

  it('carries the caption before an article in its headings', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    const ek1 = chunks.find((c) => c.article === 'Ek Madde 1')!;
    expect(ek1.headings).toContain('Yeniden Hizmete Alınma');
    expect(ek1.text.startsWith('Yeniden Hizmete Alınma')).toBe(true);
    // Field by field too, so ranking can tell the caption from the section headings above it.
    expect(ek1.loc?.caption).toBe('Yeniden Hizmete Alınma');
    expect(chunks.filter((c) => c.article === 'Ek Madde 1').every((c) => c.loc?.caption === 'Yeniden Hizmete Alınma')).toBe(true);
  });

  it('chunks the annex lists and the footnotes as text', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    const annex = chunkContaining(chunks, 'UZMAN TABİP');
    expect(annex.kind).toBe('text');
    expect(annex.article).toBeNull();
    expect(annex.headings.join(' ')).toMatch(/1 SAYILI CETVEL/u);
    const footnote = chunkContaining(chunks, '([2])Ocak 2011 tarihi itibarıyla');
    expect(footnote.kind).toBe('text');
    expect(footnote.headings).toContain('Dipnotlar');
    // Text without printed pages is located by what a reader can find in it, never by a paragraph count.
    expect(footnote.locator).toBe('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Dipnotlar');
    expect(footnote.loc).toEqual({ document: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar', annex: 'Dipnotlar' });
    expect(annex.locator).toBe('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, 1 SAYILI CETVEL (Ek: 11/6/2007 tarihli ve 2007/12251 sayılı BKK)');
  });

  it('makes each "UNVAN Nitelik" line of cetvel 4 a row under its caption and column names', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    const pilot = chunkContaining(chunks, 'PİLOT Pilot lisansına sahip olmak.');
    expect(pilot.kind).toBe('table-row');
    expect(pilot.text).toBe('PİLOT Pilot lisansına sahip olmak.');
    expect(pilot.locator).toBe('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, 4 SAYILI CETVEL, PİLOT');
    expect(pilot.headings.at(-1)).toMatch(/^A –SÖZLEŞMELİ PERSONEL POZİSYON UNVANLARI İLE ASGARİ NİTELİKLERİ GÖSTERİR CETVEL UNVANI NİTELİĞİ$/u);
    // A row whose cell opens with a figure stays in the table ("DİĞER SAĞLIK PERSONELİ 657 sayılı …").
    expect(chunkContaining(chunks, 'DİĞER SAĞLIK PERSONELİ 657').headings.at(-1)).toBe(pilot.headings.at(-1));
    // The second table of the cetvel (abroad) has its own caption.
    const abroad = chunkContaining(chunks, 'SEKRETERTAKİPÇİ');
    expect(abroad.headings.at(-1)).toMatch(/^B – YURTDIŞI TEŞKİLATINDA/u);
    const rows = chunks.filter((c) => c.kind === 'table-row' && c.locator.includes('4 SAYILI CETVEL'));
    expect(rows).toHaveLength(74);
  });

  it('leaves prose that starts with an acronym as prose', async () => {
    const { chunks } = await loadCorpusDocument(REGULATION);
    expect(chunks.filter((c) => c.kind === 'table-row' && !c.locator.includes('CETVEL'))).toEqual([]);
  });
});

describe('chunkDocument › gazette directives', () => {
  it('gives directive 1 MADDE 1–10 and directive 2 MADDE 1–13, each under its own title', async () => {
    const { chunks } = await loadCorpusDocument(GAZETTE);
    expect([...articleLabels(chunks, DIRECTIVE_1)]).toEqual(range('Madde', 10));
    expect([...articleLabels(chunks, DIRECTIVE_2)]).toEqual(range('Madde', 13));
    expect(chunks.filter((c) => c.article).every((c) => c.subTitle === DIRECTIVE_1 || c.subTitle === DIRECTIVE_2)).toBe(true);
  });

  it('locates "hiçbir şekilde beşi geçemez" in Madde 4 of the second directive, page 1128', async () => {
    const { chunks } = await loadCorpusDocument(GAZETTE);
    const chunk = chunkContaining(chunks, 'hiçbir şekilde beşi geçemez');
    expect(chunk.subTitle).toBe(DIRECTIVE_2);
    expect(chunk.article).toBe('Madde 4');
    expect(chunk.page).toBe(1128);
    expect(chunk.locator).toMatch(/^Sektörel Mükemmeliyet Merkezleri Yönergesi, Madde 4(\(\d+\)(-\(\d+\))?)?, s\. 1128$/u);
    expect(chunk.headings).toContain('Merkezlerin kurulması');
    expect(chunk.headings.some((h) => h.startsWith('İKİNCİ BÖLÜM'))).toBe(true);
  });

  it('splits a long article at its numbered paragraphs, each piece naming the article and paragraphs', async () => {
    const { chunks } = await loadCorpusDocument(GAZETTE);
    const madde8 = chunks.filter((c) => c.subTitle === DIRECTIVE_1 && c.article === 'Madde 8');
    expect(madde8.length).toBeGreaterThan(1);
    expect(madde8.map((c) => c.locator)).toEqual([
      `${DIRECTIVE_1}, Madde 8(1)-(4), s. 1124`,
      `${DIRECTIVE_1}, Madde 8(5)-(9), s. 1124`,
    ]);
    for (const piece of madde8.slice(1)) expect(piece.text).toMatch(/^\(\d+\) /u);
  });

  it('puts the cover letter of the second directive (page 1126) in that directive', async () => {
    const { chunks } = await loadCorpusDocument(GAZETTE);
    const letter = chunkContaining(chunks, 'METEK III Teknik Yardım Projesi');
    expect(letter.subTitle).toBe(DIRECTIVE_2);
    expect(letter.page).toBe(1126);
    expect(chunkContaining(chunks, 'Tebliğler Dergisinde').subTitle).toBe('2023 Yılı Bilanço ve Gelir Tablosu');
    expect(chunkContaining(chunks, 'adaylıkları kaldırılmıştır').subTitle).toBe('Duyurular');
  });
});

describe('chunkDocument › strategic plan tables', () => {
  it('makes one table-row chunk per indicator, sub-rows included, with the table header in headings', async () => {
    const { chunks } = await loadCorpusDocument(PLAN);
    const rows = chunks.filter((c) => c.kind === 'table-row');
    const row112 = rows.find((c) => c.text.startsWith('\t1.1.2\n'))!;
    expect(row112.locator).toBe('Gösterge 1.1.2 (Performans Göstergeleri tablosu)');
    expect(row112.text).toContain('Ortaokul');
    expect(row112.text).toContain('Ortaöğretim');
    expect(row112.text).not.toContain('1.1.3');
    expect(row112.headings.at(-1)).toMatch(/Performans Göstergeleri.*2012 2013 2014 2019/u);
    expect(row112.headings.some((h) => h.startsWith('TEMA:'))).toBe(true);
    expect(row112.headings.some((h) => /Stratejik Hedef/iu.test(h))).toBe(true);
    for (const code of ['1.1.1', '3.2.16']) {
      expect(rows.some((c) => c.locator === `Gösterge ${code} (Performans Göstergeleri tablosu)`), code).toBe(true);
    }
  });

  it('names every heading a short region runs over, and locates a chunk by the heading it opens with', async () => {
    const { chunks } = await loadCorpusDocument(PLAN);
    const vision = chunkContaining(chunks, 'Ülkemizdeki eşdeğer kurumlara örnek ve öncü');
    expect(vision.text.startsWith('VİZYON')).toBe(true);
    expect(vision.headings).toEqual(expect.arrayContaining(['VİZYON', 'TEMEL DEĞERLER']));
    expect(vision.locator).toMatch(/, VİZYON$/u);
    expect(vision.loc?.section).toBe('VİZYON');
  });

  it('chunks the costing table row by row', async () => {
    const { chunks } = await loadCorpusDocument(PLAN);
    const cost = chunks.find((c) => c.kind === 'table-row' && c.text.includes('Stratejik Amaç Maliyetleri Toplamı'))!;
    expect(cost.text).toContain('27.737.800,00');
    expect(cost.headings).toContain('Maliyetlendirme Tablosu');
    expect(cost.locator).toBe('Maliyetlendirme Tablosu, Stratejik Amaç Maliyetleri Toplamı');
  });
});

describe('chunkDocument › reports', () => {
  it('packs wrapped report lines into sentence-bounded chunks located by their headings', async () => {
    const { chunks } = await loadCorpusDocument(KARS);
    expect(chunks.every((c) => c.kind === 'text' && c.page === null)).toBe(true);
    const first = chunks[0]!;
    expect(first.headings).toContain('GİRİŞ');
    expect(first.locator).toMatch(/, GİRİŞ$/u);
    expect(chunks.some((c) => /paragraf/u.test(c.locator))).toBe(false);
    const fig = chunkContaining(chunks, '1.848 kişi katılmıştır');
    expect(fig.text).toMatch(/[.:!?)]$|\d$/u);
  });
});
