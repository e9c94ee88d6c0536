import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNpm } from '../../helpers/spawn-npm.js';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';

const readme = await fs.readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The commands of the README's CLI table: the script each row runs and every flag the row names. */
function cliTable(): Array<{ row: string; script: string; flags: string[] }> {
  const section = readme.slice(readme.indexOf('## CLI contract'), readme.indexOf('\n## ', readme.indexOf('## CLI contract') + 3));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `npm '))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/u).map((c) => c.trim());
      const command = cells[1]!.replace(/`/gu, '');
      const script = /^npm (?:run (?:-s )?([\w:-]+)|(start|test))/u.exec(command);
      const named = `${command} ${cells[2]}`.match(/(?<![\w-])--[a-z][\w-]*/gu) ?? [];
      return { row: command, script: script?.[1] ?? script?.[2] ?? '', flags: [...new Set(named)] };
    });
}

/** Scripts that are not our commands (the compiler, vitest, the install hook) have no Turkish --help. */
const NOT_OURS = new Set(['test', 'typecheck', 'postinstall', 'setup:native']);

describe('README › CLI table', () => {
  const rows = cliTable();

  it('lists every npm script of package.json that users run', () => {
    const listed = new Set(rows.map((r) => r.script));
    expect(scripts.filter((s) => !NOT_OURS.has(s) && !listed.has(s))).toEqual([]);
    for (const s of scripts.filter((x) => NOT_OURS.has(x) && x !== 'postinstall')) expect(readme).toMatch(new RegExp(`npm (run )?${s}\\b`, 'u'));
  });

  const helped = new Map<string, Promise<{ code: number; stdout: string; stderr: string }>>();
  const help = (script: string) => {
    if (!helped.has(script)) helped.set(script, spawnNpm(['run', '-s', script, '--', '--help']));
    return helped.get(script)!;
  };

  it.each(rows.map((r) => [r.row, r] as const))('%s: --help prints Turkish usage with every flag the row names', async (_row, { script, flags }) => {
    const run = await help(script);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Kullanım: /mu);
    expect(run.stdout).toMatch(/^Örnekler:/mu);
    for (const flag of flags.filter((f) => f !== '--help')) expect(run.stdout, `${flag} is in the README but not in ${script} --help`).toContain(flag);
  }, 300_000);

  it('a mistyped flag names the closest valid one and exits 2, through the real npm', async () => {
    const run = await spawnNpm(['run', 'ask', '--', '--jsnl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Bilinmeyen seçenek --jsnl. Bunu mu demek istediniz: --jsonl?');
  }, 300_000);

  it('npm speaks again: an unknown script is reported, not a silent exit 1', async () => {
    const run = await spawnNpm(['run', 'nosuchscript']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Missing script: "nosuchscript"/u);
  }, 300_000);
});

describe('README › machine-readable output through the real npm', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, CORPUS_DIR: 'corpus', LLM_PROVIDER: 'none' });
  const question = 'Sözleşmeli personele hastalık izni yılda en fazla kaç gün verilir?';
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-readme-json-'));
  });
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('`npm run -s ask -- --json` prints nothing but the JSON object', async () => {
    const run = await spawnNpm(['run', '-s', 'ask', '--', '--json', question], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ refused: false, mode: 'extractive' });
  }, 600_000);

  it('`npm run ask -- --json` without -s: npm\'s "> script" banner first, the JSON alone on the last line', async () => {
    const run = await spawnNpm(['run', 'ask', '--', '--json', question], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ refused: false });
    expect(lines.slice(0, -1).every((l) => l === '' || l.startsWith('> '))).toBe(true);
  }, 300_000);

  it('`npm run ask -- --jsonl`: one JSON object per answered line; every other line is npm\'s banner', async () => {
    const stdin = `${JSON.stringify({ id: 'a', question })}\nbozuk satır\n${JSON.stringify({ id: 'b', question: 'Yıllık izin kaç gün?' })}\n`;
    const run = await spawnNpm(['run', 'ask', '--', '--jsonl'], { env: env(), stdin });
    expect(run.code, run.stderr).toBe(0);
    const objects = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { id: string | null; error?: string });
    expect(objects.map((o) => o.id)).toEqual(['a', null, 'b']);
    expect(objects[1]!.error).toMatch(/^Geçersiz satır/u);
    expect(run.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('{')).every((l) => l.startsWith('> '))).toBe(true);
  }, 300_000);

  it('`--output FILE` writes the JSON there and leaves stdout to npm', async () => {
    const file = path.join(dataDir, 'yanit.json');
    const run = await spawnNpm(['run', 'ask', '--', '--json', '--output', file, question], { env: env() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('{');
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ refused: false });
  }, 300_000);
});
