import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument, IngestError, readCorpusDocument } from '../../../src/ingest/index.js';
import { assessReadability } from '../../../src/ingest/assess-readability.js';
import { repairControlCharacters } from '../../../src/ingest/repair-control-characters.js';
import { encodeWindows1254 } from '../../helpers/encode-windows-1254.js';
import { TRAP_DOCUMENTS } from '../../fixtures/real-world/trap-documents.js';

let root: string;
const read = (relPath: string) => readCorpusDocument({ repoRoot: root, corpusDir: root, relPath, catalog: [] });
const put = async (relPath: string, bytes: Buffer | string) => {
  await mkdir(path.dirname(path.join(root, relPath)), { recursive: true });
  await writeFile(path.join(root, relPath), bytes);
};
async function failure(relPath: string): Promise<IngestError> {
  const error = await read(relPath).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

const REGULATION = TRAP_DOCUMENTS.find((d) => d.path.endsWith('onlisans-lisans-yonetmeligi.txt'))!;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ingest-bytes-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('readCorpusDocument › bytes that stand for letters are repaired, never a reason to refuse', () => {
  it('reads a file where every "i" was written as U+0000 (converted from a broken font)', async () => {
    const text = String(REGULATION.content);
    const broken = text.replace(/i/gu, '\u0000');
    expect(broken.split('\u0000').length - 1).toBeGreaterThan(100);
    await put('nul/yonetmelik.txt', broken);
    const doc = await read('nul/yonetmelik.txt');
    expect(doc.text).not.toMatch(/\u0000/u);
    expect(doc.text).toContain('Bu Yönetmeliğin 1 inci maddesi');
    expect(doc.title).toBe(REGULATION.expected.title);
    expect(doc.kind).toBe('regulation');
    expect(doc.warnings?.join(' ')).toMatch(/bozuk karakter \(U\+0000\) "i" harfi olarak onarıldı/u);
    expect(chunkDocument(doc).filter((c) => c.article).length).toBeGreaterThanOrEqual(5);
  });

  it('reads another control character as the letter the rest of the text confirms', () => {
    const text = 'Öğrenci işleri şube müdürlüğü. Öğrenci \u0001ube müdürlüğü her gün açıktır. İşleri \u0001ube yürütür.';
    const repaired = repairControlCharacters(text);
    expect(repaired.text).toBe('Öğrenci işleri şube müdürlüğü. Öğrenci şube müdürlüğü her gün açıktır. İşleri şube yürütür.');
    expect(repaired.repaired).toEqual([{ char: 'U+0001', letter: 'ş', count: 2 }]);
  });

  it('keeps a capital in a word in capitals and drops control characters that stand between words', () => {
    expect(repairControlCharacters('YÖNETMEL\u0000K ve yönetmelik \u0007 metni').text).toBe('YÖNETMELİK ve yönetmelik  metni');
  });

  it('reads UTF-16 and the Turkish Windows code page', async () => {
    const text = 'ÖRNEK ÜNİVERSİTESİ ÖĞRENCİ İŞLERİ YÖNERGESİ\n\nMadde 1 – Öğrenci işleri şube müdürlüğü kayıtları tutar.\n';
    await put('kodlama/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await put('kodlama/utf16-bomsuz.txt', Buffer.from(text, 'utf16le'));
    await put('kodlama/windows.txt', encodeWindows1254(text));
    for (const file of ['kodlama/utf16.txt', 'kodlama/utf16-bomsuz.txt', 'kodlama/windows.txt']) {
      const doc = await read(file);
      expect(doc.text, file).toContain('Öğrenci işleri şube müdürlüğü kayıtları tutar.');
      expect(doc.title, file).toBe('Örnek Üniversitesi Öğrenci İşleri Yönergesi');
    }
    expect((await read('kodlama/windows.txt')).warnings).toContain('karakter kodlaması Windows-1254 (Türkçe) olarak okundu');
  });

  it('reads a PDF saved under a .txt name as a PDF, and says so', async () => {
    const { makeTestPdf } = await import('./make-test-pdf.js');
    await put('yanlis-ad.txt', await makeTestPdf({ pages: ['ÖRNEK KURUM GENELGESİ\nGenelge metni burada başlar ve uzun bir cümle ile devam eder.\n1'] }));
    const doc = await read('yanlis-ad.txt');
    expect(doc.pages).toHaveLength(1);
    expect(doc.warnings?.join(' ')).toMatch(/içerik PDF; PDF olarak okundu/u);
  });
});

describe('readCorpusDocument › text that is not readable is refused with that reason', () => {
  it('glyph numbers instead of letters', async () => {
    const glyphs = Array.from({ length: 400 }, (_, i) => String((i * 37) % 97 + 3)).join(' ');
    await put('bozuk/glif.txt', glyphs);
    const error = await failure('bozuk/glif.txt');
    expect(error.code).toBe('TEXT_UNREADABLE');
    expect(error.message).toMatch(/^bozuk\/glif\.txt: metin sözcük yerine sayı dizilerinden oluşuyor \(yazı tipi glif numaraları\)/u);
  });

  it('(cid:NN) codes from a PDF whose fonts have no Unicode map', async () => {
    await put('bozuk/cid.txt', Array.from({ length: 200 }, (_, i) => `(cid:${i % 90})`).join(''));
    const error = await failure('bozuk/cid.txt');
    expect(error.code).toBe('TEXT_UNREADABLE');
    expect(error.message).toMatch(/glif numaralarından oluşuyor \(ör\. "\(cid:71\)"\)/u);
  });

  it('binary junk under a text name', async () => {
    await put('bozuk/resim.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    const error = await failure('bozuk/resim.txt');
    expect(error.code).toBe('FILE_BINARY');
    expect(error.message).toMatch(/metin dosyası değil \(ikili içerik var\)/u);
  });

  it('lets prose with many figures through (tables of a report are still words)', () => {
    const report = 'Toplam 1.769 kişi işe yerleştirilmiştir. Erkek 981 kadın 788. '.repeat(20);
    expect(assessReadability(report)).toBeNull();
  });
});

describe('assessReadability › a table of figures is not glyph junk', () => {
  it('keeps a cetvel that is mostly numbers but has its row names', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Birim ${i + 1} ${1000 + i} ${2000 + i} ${3000 + i} ${4000 + i} ${5000 + i} ${6000 + i}`).join('\n');
    expect(assessReadability(`2 SAYILI CETVEL\n${rows}`)).toBeNull();
  });
});
