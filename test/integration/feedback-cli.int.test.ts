import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { REPO_ROOT, TSX_IMPORT } from '../helpers/bot-process.js';

let dataDir: string;

function feedback(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...TSX_IMPORT, join(REPO_ROOT, 'src/cli/feedback-command.ts'), ...args], {
      cwd: dataDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run feedback', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kurum-geri-bildirim-'));
    const store = await openStore({ dataDir, retentionDays: 3650 });
    const base = { userId: 'U1', channelId: 'C1', messageTs: '1.1', kind: 'answered', answer: 'Yanıt, "tırnaklı"; virgüllü' };
    const citation = { source: 'corpus/a.txt', docId: 'a', chunkId: 'a#1', title: 'Esaslar', locator: 'Madde 3', page: null, quote: 'alıntı' };
    await store.feedback.add({ ...base, at: new Date(Date.now() - 10 * 86_400_000).toISOString(), vote: 'up', answerId: 'eski', question: 'Eski soru?', citations: [] });
    await store.feedback.add({ ...base, at: new Date().toISOString(), vote: 'down', answerId: 'yeni', question: 'Ücret tavanı?', citations: [citation] });
    await store.close();
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('--json prints every vote as one JSON array, oldest first', async () => {
    const r = await feedback(['--json']);
    expect(r.code, r.stderr).toBe(0);
    const votes = JSON.parse(r.stdout) as { answerId: string; citations: { locator: string }[] }[];
    expect(votes.map((v) => v.answerId)).toEqual(['eski', 'yeni']);
    expect(votes[1]!.citations[0]!.locator).toBe('Madde 3');
  }, 120_000);

  it('--csv --since keeps later votes, quotes commas and quotes, and starts with a BOM', async () => {
    const since = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const r = await feedback(['--csv', '--since', since]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Yanıt, ""tırnaklı""; virgüllü"');
    expect(lines[1]).toContain('Esaslar — Madde 3');
  }, 120_000);

  it.each([[['--bogus']], [['--since', 'dün']], [['--json', '--csv']]])('%j: Turkish usage on stderr, exit 2', async (args) => {
    const r = await feedback(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kullanım:');
    expect(r.stdout).toBe('');
  }, 120_000);
});
