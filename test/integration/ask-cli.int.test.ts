import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, createTempProject, type TempProject } from '../helpers/temp-corpus.js';

function runAsk(project: TempProject, args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/cli/ask-command.ts'), ...args], {
      cwd: project.root,
      env: { ...process.env, CORPUS_DIR: 'corpus', DATA_DIR: 'data', CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const CitationShape = {
  source: expect.any(String), title: expect.any(String), locator: expect.any(String), quote: expect.any(String),
};

describe('npm run ask › public contract', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject();
  });
  afterAll(async () => project.cleanup());

  it('--json prints one object with the documented fields, building the index first', async () => {
    const { code, stdout, stderr } = await runAsk(project, ['--json', 'Sözleşmeli personele hastalık izni yılda en fazla kaç gün verilir?']);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Belgeler okunuyor/);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'closest', 'fallback_reason', 'lead', 'mode', 'refused', 'timings_ms', 'tool_calls']);
    expect(answer.fallback_reason).toBeNull();
    expect(answer.refused).toBe(false);
    expect(answer.mode).toBe('extractive');
    expect(answer.citations[0]).toMatchObject({ ...CitationShape, source: 'corpus/mevzuat/sozlesmeli-personel-esaslari.txt' });
    expect(answer.citations[0].quote).toContain('30 günü geçmemek');
    const source = await fs.readFile(path.join(project.root, answer.citations[0].source), 'utf8');
    expect(source.replace(/\s+/g, ' ')).toContain(answer.citations[0].quote.replace(/\s+/g, ' '));
  });

  it('--jsonl answers every line with its id, loading the index once, and survives bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', question: 'Sektörel Mükemmeliyet Merkezleri Yönergesine göre bir merkezde en fazla kaç öğretmen görevlendirilebilir?' }),
      'bu satır JSON değil',
      JSON.stringify({ id: 7, question: 'İstanbul Büyükşehir Belediyesinin 2026 bütçesi ne kadar?' }),
      JSON.stringify({ id: 'long', question: 'ç'.repeat(10_000) }),
      JSON.stringify({ id: 'empty', question: '   ' }),
      JSON.stringify({ id: 'tool', question: 'Aylık brüt ücreti 10.000 TL olan ve 6 yıl çalışan personelin sözleşmesi hizmetine gerek kalmadığı için feshedildi; iş sonu tazminatı ne kadar?' }),
      JSON.stringify({ id: 'bad-date', question: 'Beklenen doğum tarihi 31.02.2027 olan personelin doğum izni ne zaman başlar?' }),
    ].join('\n');
    const { code, stdout, stderr } = await runAsk(project, ['--jsonl'], input);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/Belgeler okunuyor/); // the index from the first test is fresh: no rebuild
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'long', 'empty', 'tool', 'bad-date']);
    expect(lines[0].refused).toBe(false);
    expect(lines[0].citations[0].locator).toMatch(/Sektörel Mükemmeliyet Merkezleri Yönergesi, Madde 4/);
    expect(lines[0].citations[0].page).toBe(1128);
    expect(lines[1].error).toMatch(/Geçersiz satır/);
    expect(lines[2].refused).toBe(true);
    expect(lines[3].answer).toMatch(/Soru çok uzun/);
    expect(lines[4].answer).toMatch(/Soru boş/);
    // A computation goes through the severance tool; the call is listed and its legal basis cited.
    expect(lines[5].tool_calls).toHaveLength(1);
    expect(lines[5].tool_calls[0]).toMatchObject({ name: 'severance', input: expect.any(Object), output: expect.any(Object) });
    expect(lines[5].answer).toMatch(/60\.000,00 TL/);
    expect(lines[5].citations.some((c: { locator: string }) => /Madde 7/.test(c.locator))).toBe(true);
    // An impossible date is named, with an accepted example, and nothing is computed.
    expect(lines[6].tool_calls).toEqual([]);
    expect(lines[6].answer).toMatch(/31\.02\.2027|tarih/i);
  });

  it('prints a readable answer with numbered sources, and exits 2 on bad usage', async () => {
    const human = await runAsk(project, ['Sözleşmeli personel dışarıda kazanç getirici başka bir iş yapabilir mi?']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Kaynaklar:\n {2}\[1\] Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar/);
    const usage = await runAsk(project, ['--bilinmeyen']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Kullanım/);
  });
});
