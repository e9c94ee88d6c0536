import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, loadCatalog } from '../../../src/ingest/index.js';
import { extractPdfPages } from '../../../src/ingest/extract-pdf-pages.js';
import { repairLineEndHyphens, type HyphenRepairStats } from '../../../src/text/clean-text.js';
import { CORPUS_DIR, GAZETTE, PLAN, REGULATION, loadCorpusDocument } from './corpus.js';

describe('loadCatalog / listCorpusFiles', () => {
  it('reads every catalog entry with camelCase fields', async () => {
    const catalog = await loadCatalog(CORPUS_DIR);
    expect(catalog.map((e) => e.id)).toContain('sozlesmeli-personel-esaslari');
    expect(catalog.find((e) => e.id === 'sozlesmeli-personel-esaslari')?.asOf).toBe('2011-01');
  });

  it('lists the corpus files sorted, without catalog.json', async () => {
    const files = await listCorpusFiles(CORPUS_DIR);
    expect(files).toEqual([...files].sort());
    expect(files).toContain(GAZETTE);
    expect(files).toContain(REGULATION);
    expect(files).not.toContain('catalog.json');
  });
});

describe('readCorpusDocument › text files', () => {
  it('keeps the catalog metadata, a repo-relative source and the sha256 of the bytes', async () => {
    const { doc } = await loadCorpusDocument(REGULATION);
    expect(doc.source).toBe('corpus/mevzuat/sozlesmeli-personel-esaslari.txt');
    expect(doc.id).toBe('sozlesmeli-personel-esaslari');
    expect(doc.kind).toBe('regulation');
    expect(doc.asOf).toBe('2011-01');
    const bytes = await readFile(path.join(CORPUS_DIR, REGULATION));
    expect(doc.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc.pages).toEqual([]);
    expect(doc.parts).toEqual([]);
  });

  it('drops the comment-form boilerplate after the footnotes', async () => {
    const { doc } = await loadCorpusDocument(REGULATION);
    expect(doc.text).not.toMatch(/Leave a Reply/u);
    expect(doc.text).not.toMatch(/E-posta hesabınız yayımlanmayacak/u);
    expect(doc.text).not.toMatch(/Akismet/u);
    // The text now ends with the last footnote.
    expect(doc.text).toMatch(/\n\(\[9\]\)[^\n]*$/u);
  });

  it('keeps the leading tab of every table cell line in the strategic plan', async () => {
    const { doc } = await loadCorpusDocument(PLAN);
    expect(doc.text).toContain('\t1.1.2\n\tNet okullaşma oranı (%)');
  });
});

describe('readCorpusDocument › gazette PDF', () => {
  it('joins words hyphenated across line ends', async () => {
    const { doc } = await loadCorpusDocument(GAZETTE);
    expect(doc.text).toContain('mesleki');
    expect(doc.text).not.toContain('mes-\nleki');
    expect(doc.text).not.toMatch(/\p{Ll}-\n\p{Ll}/u);
  });

  it('measures the repair on the raw gazette: every break a syllable break, no hyphenated word in it', async () => {
    const raw = (await extractPdfPages(await readFile(path.join(CORPUS_DIR, GAZETTE)), GAZETTE)).map((p) => p.text).join('\f');
    const stats: HyphenRepairStats = { joined: 0, kept: [] };
    repairLineEndHyphens(raw, stats);
    expect(stats.joined).toBe((raw.match(/\p{L}-[ \t]*\n[ \t]*\p{Ll}/gu) ?? []).length);
    expect(stats.joined).toBeGreaterThanOrEqual(80);
    expect(stats.kept).toEqual([]);
  });

  it('maps PDF pages to the printed page numbers 1120…1139', async () => {
    const { doc } = await loadCorpusDocument(GAZETTE);
    expect(doc.pages.map((p) => p.page)).toEqual(Array.from({ length: 20 }, (_, i) => 1120 + i));
    expect(doc.pages.map((p) => p.pdfIndex)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const at = doc.text.indexOf('Bir okul bünyesinde birden fazla merkez oluşturulmaz');
    expect(at).toBeGreaterThan(0);
    expect(doc.pages.find((p) => at >= p.start && at < p.end)?.page).toBe(1128);
    for (const span of doc.pages) expect(doc.text.slice(span.start, span.end).trimEnd().endsWith(String(span.page))).toBe(true);
  });

  it('splits the issue into its four documents with titles, dates and kinds', async () => {
    const { doc } = await loadCorpusDocument(GAZETTE);
    expect(doc.parts.map((p) => [p.title, p.date, p.kind])).toEqual([
      [
        'Bölge Okulu, İhtisas, Sektör İçi ve Sektöre Entegre Özellikli Mesleki ve Teknik Ortaöğretim Kurumlarına İlişkin Usul ve Esaslar Hakkında Yönerge',
        '2024-02-15',
        'directive',
      ],
      ['Sektörel Mükemmeliyet Merkezleri Yönergesi', '2024-04-30', 'directive'],
      ['2023 Yılı Bilanço ve Gelir Tablosu', '2024-05-07', 'other'],
      ['Duyurular', null, 'other'],
    ]);
  });

  it('gives each cover letter to the document it introduces, and leaves the table of contents outside the parts', async () => {
    const { doc } = await loadCorpusDocument(GAZETTE);
    const [first, second, , announcements] = doc.parts;
    expect(doc.text.slice(second!.start, second!.end)).toMatch(/^T\.C\.\n/u);
    expect(doc.text.slice(second!.start, second!.end)).toContain('Konu : Sektörel Mükemmeliyet Merkezleri Yönergesi');
    expect(doc.text.slice(second!.start, second!.end)).toContain('MADDE 13- (1) Bu Yönerge hükümlerini Bakan yürütür.');
    expect(doc.text.slice(first!.start, first!.end)).not.toContain('Sektörel Mükemmeliyet');
    expect(doc.text.slice(announcements!.start, announcements!.end)).not.toContain('İ Ç İ N D E K İ L E R');
    expect(doc.text).toContain('İ Ç İ N D E K İ L E R');
  });
});
