import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument, listCorpusFiles, loadCatalog, readCorpusDocument } from '../../../src/ingest/index.js';
import { makeTestPdf } from './make-test-pdf.js';

let repoRoot: string;
let corpusAbs: string;

const NEW_REGULATION = [
  'Uzaktan Çalışma Usul ve Esasları',
  '',
  '(Mart 2024 itibarıyla güncellenmiş hali)',
  '',
  'Madde 1- Bu Esasların amacı, personelin uzaktan çalışmasına ilişkin usulleri belirlemektir.',
  '',
  'Madde 2- Uzaktan çalışma haftada iki günü geçemez.',
  '',
  'Geçici Madde 1- 1/1/2024 tarihinden önce başlayan uygulamalar devam eder.',
  '',
  'Leave a Reply',
  'E-posta hesabınız yayımlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir',
  'This site uses Akismet to reduce spam.',
].join('\n');

beforeAll(async () => {
  repoRoot = await mkdtemp(path.join(tmpdir(), 'ingest-infer-'));
  corpusAbs = path.join(repoRoot, 'corpus');
  await mkdir(path.join(corpusAbs, 'yeni'), { recursive: true });
  await writeFile(path.join(corpusAbs, 'yeni', 'Uzaktan Çalışma Esasları.txt'), NEW_REGULATION);
  await writeFile(
    path.join(corpusAbs, 'yeni', 'ilce-raporu.md'),
    'ÇAYIROVA İLÇE MİLLÎ EĞİTİM 2023 FAALİYET RAPORU\n\nİlçemizde 2023 yılında 12 okul açılmıştır. Rapor 15.01.2024 tarihinde hazırlanmıştır.\n',
  );
  await writeFile(
    path.join(corpusAbs, 'yeni', 'plan.pdf'),
    await makeTestPdf({ pages: ['Okul Stratejik Planı 2024-2028\n\nAmaçlarımız ve hedeflerimiz.\n1'] }),
  );
  await writeFile(path.join(corpusAbs, '.gizli.txt'), 'gizli');
  await writeFile(path.join(corpusAbs, 'resim.png'), 'x');
});

afterAll(async () => {
  await rm(repoRoot, { recursive: true, force: true });
});

describe('readCorpusDocument › files without a catalog entry', () => {
  it('a corpus without catalog.json has an empty catalog, and only ingestible files are listed', async () => {
    expect(await loadCatalog(corpusAbs)).toEqual([]);
    expect(await listCorpusFiles(corpusAbs)).toEqual(['yeni/Uzaktan Çalışma Esasları.txt', 'yeni/ilce-raporu.md', 'yeni/plan.pdf']);
  });

  it('infers id, title, kind and date of a regulation, and drops its web boilerplate', async () => {
    const doc = await readCorpusDocument({ repoRoot, corpusDir: 'corpus', relPath: 'yeni/Uzaktan Çalışma Esasları.txt', catalog: [] });
    expect(doc.source).toBe('corpus/yeni/Uzaktan Çalışma Esasları.txt');
    expect(doc.id).toBe('uzaktan-calisma-esaslari');
    expect(doc.title).toBe('Uzaktan Çalışma Usul ve Esasları');
    // "Usul ve Esaslar" are a directive-level text unless the Council of Ministers issues them.
    expect(doc.kind).toBe('directive');
    expect(doc.asOf).toBe('2024-03');
    expect(doc.issuer).toBeNull();
    expect(doc.text).not.toMatch(/Leave a Reply|Akismet|E-posta hesabınız/u);
    const chunks = chunkDocument(doc);
    expect(chunks.filter((c) => c.article).map((c) => c.article)).toEqual(['Madde 1', 'Madde 2', 'Geçici Madde 1']);
    expect(chunks.find((c) => c.article === 'Madde 2')?.locator).toBe('Uzaktan Çalışma Usul ve Esasları, Madde 2');
  });

  it('infers a report and a strategic plan', async () => {
    const report = await readCorpusDocument({ repoRoot, corpusDir: corpusAbs, relPath: 'yeni/ilce-raporu.md', catalog: [] });
    expect(report.kind).toBe('report');
    // A title printed in capitals is shown in title case.
    expect(report.title).toBe('Çayırova İlçe Millî Eğitim 2023 Faaliyet Raporu');
    expect(report.asOf).toBe('2024-01-15');
    const plan = await readCorpusDocument({ repoRoot, corpusDir: corpusAbs, relPath: 'yeni/plan.pdf', catalog: [] });
    expect(plan.kind).toBe('strategic-plan');
    expect(plan.title).toBe('Okul Stratejik Planı 2024-2028');
    // A plan's target years lie ahead: the latest year that is not in the future (2024 here).
    expect(Number(plan.asOf)).toBeLessThanOrEqual(new Date().getUTCFullYear() + 1);
    expect(plan.asOf).toMatch(/^20(24|28)$/u);
    expect(chunkDocument(plan)[0]!.page).toBe(1);
  });
});

describe('readCorpusDocument › the shipped files read as if the catalog did not exist', () => {
  const shipped = async (relPath: string) => {
    const { REPO_ROOT } = await import('./corpus.js');
    return readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: 'corpus', relPath, catalog: [] });
  };

  it('infers the kind of every file and never a stray old date', async () => {
    const expected: Record<string, string> = {
      'gazete/tebligler-dergisi-2024-s1120.pdf': 'gazette-issue',
      'mevzuat/sozlesmeli-personel-esaslari.txt': 'regulation',
      'raporlar/kars-iskur-2021-raporu.txt': 'report',
      'raporlar/izmir-meslek-fabrikasi-2025.txt': 'report',
      'stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt': 'strategic-plan',
    };
    for (const [relPath, kind] of Object.entries(expected)) {
      const doc = await shipped(relPath);
      expect(doc.kind, relPath).toBe(kind);
      // The plan quotes a 1927 speech: a quotation's date is not the plan's.
      expect(Number(doc.asOf?.slice(0, 4)), relPath).toBeGreaterThanOrEqual(2011);
    }
    expect((await shipped('mevzuat/sozlesmeli-personel-esaslari.txt')).title).toBe('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar');
    expect((await shipped('stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt')).asOf).toBe('2015');
    // No sentence fragment for a title: the report has no title line, so its file name stands in.
    expect((await shipped('raporlar/kars-iskur-2021-raporu.txt')).title).toBe('Kars İskur 2021 Raporu');
  });
});
