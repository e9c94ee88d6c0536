import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, readCorpusDocument, type IngestErrorCode } from '../../../src/ingest/index.js';
import { makeTestPdf } from './make-test-pdf.js';

let repoRoot: string;
const corpusDir = 'corpus';

async function put(relPath: string, bytes: Buffer | string): Promise<void> {
  const file = path.join(repoRoot, corpusDir, relPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

async function failureOf(relPath: string): Promise<IngestError> {
  try {
    await readCorpusDocument({ repoRoot, corpusDir, relPath, catalog: [] });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error(`${relPath} was read without error`);
}

beforeAll(async () => {
  repoRoot = await mkdtemp(path.join(tmpdir(), 'ingest-bad-'));
  const good = await makeTestPdf({ pages: ['MADDE 1 – Öğretmenlerin görev yeri değişikliği ışığında …'] });
  await put('sifreli.pdf', await makeTestPdf({ pages: ['Gizli yönerge metni'], userPassword: 'parola' }));
  await put('taranmis.pdf', await makeTestPdf({ imageOnly: true }));
  await put('yarim.pdf', good.subarray(0, Math.floor(good.length / 3)));
  await put('bos.pdf', Buffer.alloc(0));
  await put('bos.txt', Buffer.alloc(0));
  await put('bosluk.txt', '  \n\t\n \u00a0\n');
  await put('rapor.docx', Buffer.from('PK\u0003\u0004 not really a docx'));
  await put('eski.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await put('tablo.xlsx', Buffer.from('PK\u0003\u0004'));
  await put('metin.pdf', 'Bu bir PDF değil, düz metin.\n');
});

afterAll(async () => {
  await rm(repoRoot, { recursive: true, force: true });
});

describe('readCorpusDocument › bad input', () => {
  const cases: [string, IngestErrorCode, RegExp][] = [
    ['sifreli.pdf', 'PDF_ENCRYPTED', /parola/u],
    ['taranmis.pdf', 'PDF_IMAGE_ONLY', /metin içermiyor/u],
    ['yarim.pdf', 'PDF_CORRUPT', /bozuk/u],
    ['bos.pdf', 'FILE_EMPTY', /boş/u],
    ['bos.txt', 'FILE_EMPTY', /boş/u],
    ['bosluk.txt', 'FILE_EMPTY', /metin yok/u],
    ['rapor.docx', 'FILE_CORRUPT', /Word \(\.docx\) belgesi okunamadı/u],
    ['eski.doc', 'UNSUPPORTED_TYPE', /desteklenmeyen dosya türü \.doc — eski Word biçimi.*\.docx/u],
    ['tablo.xlsx', 'UNSUPPORTED_TYPE', /desteklenmeyen dosya türü \.xlsx.*okunan türler: \.pdf, \.txt, \.md, \.docx, \.html, \.htm/u],
    ['metin.pdf', 'PDF_CORRUPT', /PDF değil/u],
    ['yok.txt', 'FILE_UNREADABLE', /bulunamadı/u],
  ];
  for (const [file, code, message] of cases) {
    it(`${file} → ${code} with a Turkish message naming the file`, async () => {
      const error = await failureOf(file);
      expect(error.code).toBe(code);
      expect(error.file).toBe(`corpus/${file}`);
      expect(error.message).toContain(`corpus/${file}`);
      expect(error.message).toMatch(message);
    });
  }

  it('reads a well-formed PDF made with an embedded font, Turkish letters intact', async () => {
    await put('iyi.pdf', await makeTestPdf({ pages: ['Birinci sayfa ğüşıöç İĞÜŞÖÇ\n7', 'İkinci sayfa\n8'] }));
    const doc = await readCorpusDocument({ repoRoot, corpusDir, relPath: 'iyi.pdf', catalog: [] });
    expect(doc.text).toContain('ğüşıöç İĞÜŞÖÇ');
    expect(doc.pages.map((p) => [p.page, p.pdfIndex])).toEqual([
      [7, 1],
      [8, 2],
    ]);
  });
});
