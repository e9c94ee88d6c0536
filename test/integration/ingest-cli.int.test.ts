import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../src/config/shared-corpora.js';
import { REPO_ROOT } from '../helpers/temp-corpus.js';

function runIngest(cwd: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/cli/ingest-command.ts'), ...args], {
      cwd,
      env: { ...process.env, CI: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const CONTRACT_FIELDS = ['source', 'title', 'kind', 'as_of', 'articles', 'annexes', 'pages', 'warnings'];

describe('npm run ingest -- --audit › public contract', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-audit-data-'));
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('--json prints one object per document of any CORPUS_DIR with the documented fields, building nothing', async () => {
    const dev = locateSharedCorpus('dev-corpus', REPO_ROOT);
    const { code, stdout, stderr } = await runIngest(REPO_ROOT, ['--audit', '--json'], { CORPUS_DIR: dev, DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(Object.keys(row).slice(0, CONTRACT_FIELDS.length)).toEqual(CONTRACT_FIELDS);
      expect(typeof row.title).toBe('string');
      expect(row.kind).toBe('law');
      expect(row.as_of).toMatch(/^\d{4}(-\d{2}){0,2}$/u);
      expect(row.articles).toBeGreaterThan(40);
      expect(Array.isArray(row.warnings)).toBe(true);
      // A corpus outside the repository is cited by its path inside CORPUS_DIR, never by the server's layout.
      expect(row.cited_source).toBe(row.source);
      for (const text of [row.cited_source, ...row.warnings]) expect(text).not.toMatch(/\.\.\/|^\/|\/work\//u);
    }
    const pdf = rows.find((r) => r.source === 'kanunlar/kabahatler-kanunu-5326.pdf');
    expect(pdf).toMatchObject({ title: 'Kabahatler Kanunu', articles: 45, pages: 22, printed_pages: '201-222' });
    expect(await fs.readdir(dataDir)).toEqual([]);
  }, 180_000);

  it('refuses --json without --audit (exit 2, before reading anything)', async () => {
    const bad = await runIngest(REPO_ROOT, ['--json'], { CORPUS_DIR: dataDir, DATA_DIR: dataDir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--json yalnızca --audit ile kullanılır/u);
  }, 120_000);
});

describe('npm run ingest › new formats, copies, revisions and unreadable files in one corpus', () => {
  let root: string;
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-ingest-mix-'));
    const corpus = path.join(root, 'corpus');
    await fs.mkdir(path.join(corpus, 'kopya'), { recursive: true });
    const directive = (date: string, days: string) =>
      `ÖRNEK ÜNİVERSİTESİ İZİN YÖNERGESİ\n\nAmaç\nMADDE 1 – (1) Bu Yönergenin amacı personel izinlerini düzenlemektir.\nİzin süresi\nMADDE 2 – (1) Yıllık izin ${days} gündür.\nYürürlük\nMADDE 3 – (1) Bu Yönerge Senatonun ${date} tarihli kararı ile yürürlüğe girer.\n`;
    await fs.writeFile(path.join(corpus, 'izin-yonergesi-2019.txt'), directive('12.03.2019', 'yirmi'));
    await fs.writeFile(path.join(corpus, 'izin-yonergesi-2023.txt'), directive('04.05.2023', 'yirmi beş'));
    await fs.writeFile(path.join(corpus, 'kopya', 'izin-yonergesi-2023.txt'), directive('04.05.2023', 'yirmi beş'));
    await fs.writeFile(path.join(corpus, 'sunum.pptx'), 'PK\u0003\u0004');
    await fs.writeFile(path.join(corpus, 'glif.txt'), Array.from({ length: 300 }, (_, i) => String(i % 50)).join(' '));
  });
  afterAll(() => fs.rm(root, { recursive: true, force: true }));

  it('reports unreadable files by name with the Turkish reason and copies once, in the summary and the audit', async () => {
    const env = { CORPUS_DIR: 'corpus', DATA_DIR: 'data' };
    const { code, stdout, stderr } = await runIngest(root, [], env);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Dizin oluşturuldu: 2 belge/u);
    expect(stdout).toContain('⧉ corpus/kopya/izin-yonergesi-2023.txt: corpus/izin-yonergesi-2023.txt ile aynı içerik; bir kez dizinlendi.');
    expect(stdout).toMatch(/⚠ corpus\/sunum\.pptx: desteklenmeyen dosya türü \.pptx — sunum dosyaları okunmuyor/u);
    expect(stdout).toMatch(/⚠ corpus\/glif\.txt: metin sözcük yerine sayı dizilerinden oluşuyor/u);
    // Nothing changed: nothing rebuilt, and the copy is still known as a copy.
    expect((await runIngest(root, [], env)).stdout).toMatch(/Dizin güncel: 2 belge/u);

    const audit = await runIngest(root, ['--audit', '--json'], env);
    const rows = audit.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const bySource = Object.fromEntries(rows.map((r) => [r.source, r]));
    expect(bySource['sunum.pptx']).toMatchObject({ status: 'failed', title: null });
    expect(bySource['glif.txt'].warnings[0]).toMatch(/glif numaraları/u);
    expect(bySource['kopya/izin-yonergesi-2023.txt']).toMatchObject({ status: 'duplicate', duplicate_of: 'izin-yonergesi-2023.txt' });
    expect(bySource['izin-yonergesi-2019.txt']).toMatchObject({ status: 'ok', revision: '12.03.2019', superseded_by: 'izin-yonergesi-2023' });
    expect(bySource['izin-yonergesi-2019.txt'].warnings.join(' ')).toMatch(/daha yeni bir sürümü var/u);
    expect(bySource['izin-yonergesi-2023.txt']).toMatchObject({ status: 'ok', revision: '04.05.2023', superseded_by: null, articles: 3 });

    const table = await runIngest(root, ['--audit'], env);
    expect(table.stdout).toMatch(/Denetim: 5 dosya — 2 belge, 2 okunamayan, 1 kopya/u);
    expect(table.stdout).toMatch(/izin-yonergesi-2023\.txt\s+Örnek Üniversitesi İzin Yönergesi\s+yönerge\s+2023-05-04\s+3\s+0\s+—/u);
    expect(table.stdout).toMatch(/⚠ corpus\/sunum\.pptx: desteklenmeyen dosya türü/u);
  }, 240_000);
});
