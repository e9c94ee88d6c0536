import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../src/config/shared-corpora.js';
import { auditCorpus, chunkDocument, listCorpusFiles, readCorpusDocument, type AuditRow, type Chunk, type SourceDocument } from '../../src/ingest/index.js';
import { extractPdfPages } from '../../src/ingest/extract-pdf-pages.js';
import { REPO_ROOT } from '../helpers/temp-corpus.js';

/**
 * The dev corpus (five real laws the code was never tuned on, read where it lies — never copied here) must
 * come out right: titles, kinds, article counts (counted here straight from the text, and as CORPORA.md gives
 * them), printed pages of the PDF, captions with their own article, nothing skipped. Fails loudly when the
 * corpus is missing (locateSharedCorpus throws).
 */
const DEV = locateSharedCorpus('dev-corpus', REPO_ROOT);

const EXPECTED: Record<string, { title: string; number: string; articles: number; asOfYear: string }> = {
  'kanunlar/turkiye-cumhuriyeti-anayasasi.txt': { title: 'Türkiye Cumhuriyeti Anayasası', number: '2709', articles: 177, asOfYear: '2017' },
  'kanunlar/avukatlik-kanunu-1136.txt': { title: 'Avukatlık Kanunu', number: '1136', articles: 200, asOfYear: '2025' },
  'kanunlar/idari-yargilama-usulu-kanunu-2577.txt': { title: 'İdari Yargılama Usulü Kanunu', number: '2577', articles: 65, asOfYear: '2025' },
  'kanunlar/tuketicinin-korunmasi-hakkinda-kanun-6502.txt': { title: 'Tüketicinin Korunması Hakkında Kanun', number: '6502', articles: 88, asOfYear: '2025' },
  'kanunlar/kabahatler-kanunu-5326.pdf': { title: 'Kabahatler Kanunu', number: '5326', articles: 45, asOfYear: '2025' },
};

// Counted without the chunker: header lines of the body, up to the material printed after the last article.
const HEADER = /^[\s\u00a0]*((?:(?:Ek|Geçici|GEÇİCİ)\s+)*)(?:MADDE|Madde)[\s\u00a0]*(\d+)(\/[A-Z])?[\s\u00a0]*[-–]/gmu;
const AFTER_ARTICLES = /İŞLENEMEYEN HÜKÜMLER|YÜRÜRLÜĞE GİRİŞ|MADDESİNDEKİ İDARİ PARA CEZALARI/u;

async function rawText(file: string): Promise<string> {
  const abs = path.join(DEV, file);
  if (file.endsWith('.pdf')) return (await extractPdfPages(await readFile(abs), file)).map((p) => p.text).join('\n');
  return readFile(abs, 'utf8');
}

function countFromText(text: string): { main: number; extra: number } {
  const cut = text.search(AFTER_ARTICLES);
  const body = cut > 0 ? text.slice(0, cut) : text;
  const main = new Set<string>();
  const extra = new Set<string>();
  for (const m of body.matchAll(HEADER)) {
    if (m[1]!.trim() === '' && !m[3]) main.add(m[2]!);
    else extra.add(`${m[1]!.trim().toLocaleLowerCase('tr-TR')} ${m[2]}${m[3] ?? ''}`);
  }
  return { main: main.size, extra: extra.size };
}

let rows: AuditRow[];
const docs = new Map<string, { doc: SourceDocument; chunks: Chunk[] }>();

beforeAll(async () => {
  rows = await auditCorpus({ repoRoot: REPO_ROOT, corpusDir: DEV });
  for (const file of Object.keys(EXPECTED)) {
    const doc = await readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: DEV, relPath: file, catalog: [] });
    docs.set(file, { doc, chunks: chunkDocument(doc) });
  }
}, 120_000);

describe('dev corpus › every law comes out right', () => {
  it('has exactly the five files, none skipped or failed', async () => {
    expect((await listCorpusFiles(DEV, { includeUnsupported: true })).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: title, kind, number, as-of and article counts`, async () => {
      const row = rows.find((r) => r.source === file)!;
      expect(row.title).toBe(expected.title);
      expect(row.kind).toBe('law');
      expect(row.number).toBe(expected.number);
      // A law consolidated with recent amendments is as current as its latest amendment, not its acceptance.
      expect(row.as_of?.slice(0, 4)).toBe(expected.asOfYear);
      const counted = countFromText(await rawText(file));
      expect(counted.main).toBe(expected.articles);
      expect(row.articles).toBe(counted.main);
      expect(row.extra_articles).toBe(counted.extra);
      expect(row.annexes).toBeGreaterThanOrEqual(1);
      expect(row.warnings).toEqual([]);
    });
  }

  it('gives the PDF its printed pages 201–222 and cites each passage by the page it is printed on', () => {
    const { doc, chunks } = docs.get('kanunlar/kabahatler-kanunu-5326.pdf')!;
    expect(doc.pages.map((p) => p.page)).toEqual(Array.from({ length: 22 }, (_, i) => 201 + i));
    expect(doc.pages.map((p) => p.pdfIndex)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(chunks.find((c) => c.article === 'Madde 2')!.page).toBe(201);
    const m44 = chunks.find((c) => c.article === 'Madde 44')!;
    expect(m44.page).toBe(217);
    expect(m44.locator).toBe('Kabahatler Kanunu, Madde 44, s. 217');
    expect(chunks.find((c) => c.article === 'Madde 43/B')).toBeDefined();
    // An article that ends where its page ends does not carry the printed page number.
    for (const c of chunks.filter((x) => x.article)) expect(c.text, c.locator).not.toMatch(/\n2[0-2]\d$/u);
  });

  it('puts the caption at the end of each block with the article below it', () => {
    const { chunks } = docs.get('kanunlar/avukatlik-kanunu-1136.txt')!;
    const m1 = chunks.filter((c) => c.article === 'Madde 1');
    const m2 = chunks.filter((c) => c.article === 'Madde 2');
    expect(m1.map((c) => c.text).join('\n')).not.toContain('Avukatlığın amacı');
    expect(m2[0]!.text.startsWith('Avukatlığın amacı:')).toBe(true);
    expect(m2[0]!.headings).toContain('Avukatlığın amacı');
    const anayasa = docs.get('kanunlar/turkiye-cumhuriyeti-anayasasi.txt')!.chunks;
    expect(anayasa.find((c) => c.article === 'Madde 2')!.headings).toContain('II. Cumhuriyetin nitelikleri');
    expect(anayasa.find((c) => c.article === 'Madde 1')!.text).not.toContain('Cumhuriyetin nitelikleri');
    const kabahat = docs.get('kanunlar/kabahatler-kanunu-5326.pdf')!.chunks;
    expect(kabahat.find((c) => c.article === 'Madde 2')!.text.startsWith('Tanım\n')).toBe(true);
  });

  it('keeps the provisions of other laws printed after the last article out of the articles', () => {
    const { chunks } = docs.get('kanunlar/avukatlik-kanunu-1136.txt')!;
    const annexed = chunks.filter((c) => c.loc?.annex?.includes('İŞLENEMEYEN HÜKÜMLER'));
    expect(annexed.length).toBeGreaterThan(0);
    expect(annexed.every((c) => c.article === null)).toBe(true);
    expect(annexed.some((c) => c.text.includes('Geçici Madde 1 –'))).toBe(true);
    const footnotes = chunks.filter((c) => c.loc?.annex === 'Dipnotlar');
    expect(footnotes.some((c) => c.text.startsWith('[1] 2/5/2001 tarihli ve 4667 sayılı Kanunun'))).toBe(true);
  });

  it('numbers paragraphs as printed: "1." paragraphs of İYUK, blank-line paragraphs of the constitution', () => {
    const iyuk = docs.get('kanunlar/idari-yargilama-usulu-kanunu-2577.txt')!.chunks;
    const split = iyuk.filter((c) => c.loc?.paragraphs);
    expect(split.length).toBeGreaterThan(0);
    for (const c of split) {
      const [from] = c.loc!.paragraphs!;
      // A piece starting a numbered paragraph starts with that number (or the article header for paragraph 1).
      if (c.text.match(/^\d+\. /u)) expect(c.text.startsWith(`${from}. `), c.locator).toBe(true);
    }
  });

  it('loses no sentence of any law: every line that ends a sentence lies inside a chunk', () => {
    for (const [file, { doc, chunks }] of docs) {
      const covered = new Uint8Array(doc.text.length);
      for (const c of chunks) covered.fill(1, c.start, c.end);
      let offset = 0;
      for (const line of doc.text.split('\n')) {
        if (/\.$/u.test(line.trim()) && line.trim().split(/\s+/u).length >= 5) {
          const at = offset + line.indexOf(line.trim());
          expect(covered[at] === 1 && covered[at + line.trim().length - 1] === 1, `${file}: ${line.slice(0, 60)}`).toBe(true);
        }
        offset += line.length + 1;
      }
    }
  });
});
