import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/spawn-cli.js';
import { REPO_ROOT } from '../helpers/temp-corpus.js';

/** Settings that point nowhere are named before any work starts: the setting, its value and the path. */
describe('CLI › settings checked first', () => {
  let dir: string;
  const noSlack = { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', LLM_PROVIDER: 'none', EMBEDDINGS_PROVIDER: 'local' };
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-settings-'));
    await fs.writeFile(path.join(dir, 'a-file'), 'x');
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it('a missing CORPUS_DIR: ask and ingest name the path and the setting, nothing is built', async () => {
    const env = { ...noSlack, CORPUS_DIR: path.join(dir, 'belgeler'), DATA_DIR: path.join(dir, 'data1') };
    for (const [entry, args] of [['src/cli/ask-command.ts', ['Yıllık izin kaç gün?']], ['src/cli/ingest-command.ts', []]] as const) {
      const run = await spawnCli(entry, [...args], { cwd: REPO_ROOT, env });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`Belge klasörü bulunamadı: ${path.join(dir, 'belgeler')} (CORPUS_DIR=${path.join(dir, 'belgeler')})`);
    }
    await expect(fs.readdir(path.join(dir, 'data1'))).resolves.not.toContain('CURRENT');
  }, 300_000);

  it('a DATA_DIR that cannot be written names DATA_DIR', async () => {
    const env = { ...noSlack, CORPUS_DIR: 'corpus', DATA_DIR: path.join(dir, 'a-file', 'data') };
    const run = await spawnCli('src/cli/ask-command.ts', ['Yıllık izin kaç gün?'], { cwd: REPO_ROOT, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Dizin klasörüne yazılamıyor: .*a-file\/data \(DATA_DIR=.*; ENOTDIR\)/u);
  }, 300_000);

  it('npm run slack without Slack settings fails before the index is built (exit 2)', async () => {
    const dataDir = path.join(dir, 'data2');
    const run = await spawnCli('src/main.ts', ['--slack'], { cwd: REPO_ROOT, env: { ...noSlack, DATA_DIR: dataDir } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Slack ayarları eksik: SLACK_BOT_TOKEN');
    await expect(fs.access(path.join(dataDir, 'CURRENT'))).rejects.toThrow();
  }, 300_000);

  it('an embedding server that does not answer is named with its provider and URL', async () => {
    const env = { ...noSlack, EMBEDDINGS_PROVIDER: 'ollama', OLLAMA_BASE_URL: 'http://127.0.0.1:9', DATA_DIR: path.join(dir, 'data3'), CORPUS_DIR: 'corpus' };
    const run = await spawnCli('src/cli/ask-command.ts', ['Yıllık izin kaç gün?'], { cwd: REPO_ROOT, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Gömme sağlayıcısı kullanılamadı: ollama (nomic-embed-text), http://127.0.0.1:9');
    expect(run.stderr).toContain('OLLAMA_BASE_URL');
  }, 300_000);
});
