import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, TSX_IMPORT } from '../../helpers/bot-process.js';

/**
 * Red team › an unhandled error anywhere is logged and the process keeps serving; only a fatal state exits 1.
 * A real process (guards are process-wide), serving HTTP while errors fly past it.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kurum-korumalar-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(body: string): Promise<{ code: number | null; output: string }> {
  const guards = pathToFileURL(join(REPO_ROOT, 'src/slack/crash-guards.ts')).href;
  const script = join(dir, `senaryo-${Math.random().toString(36).slice(2)}.ts`);
  await writeFile(
    script,
    `import { createServer } from 'node:http';
import { installCrashGuards } from '${guards}';
const line = (level: string) => (...m: unknown[]) => console.log(level, ...m);
installCrashGuards({ debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error'), setLevel() {}, getLevel: () => 'info' as never, setName() {} });
${body}`,
  );
  const child = spawn(process.execPath, [...TSX_IMPORT, script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, output };
}

describe('red team › crash guards', () => {
  it('a rejected promise and a throw in a timer are logged; the server still answers', async () => {
    const { code, output } = await run(`
const server = createServer((_req, res) => res.end('hâlâ burada'));
server.listen(0, '127.0.0.1', async () => {
  void Promise.reject(new Error('dinleyicide kaçan hata'));
  setTimeout(() => { throw new TypeError("Cannot read properties of null (reading 'type')"); }, 10);
  await new Promise((r) => setTimeout(r, 200));
  const port = (server.address() as { port: number }).port;
  console.log('yanıt:', await (await fetch('http://127.0.0.1:' + port + '/')).text());
  server.close();
});`);
    expect(code, output).toBe(0);
    expect(output).toMatch(/error Yakalanmamış hata \(promise\), bot çalışmaya devam ediyor: .*dinleyicide kaçan hata/);
    expect(output).toMatch(/error Yakalanmamış hata, bot çalışmaya devam ediyor: .*reading 'type'/);
    expect(output).toContain('yanıt: hâlâ burada');
  }, 60_000);

  it('a fatal state (the port is taken) exits 1 for the supervisor, with the reason', async () => {
    const { code, output } = await run(`
const first = createServer().listen(0, '127.0.0.1', () => {
  const port = (first.address() as { port: number }).port;
  setTimeout(() => createServer().listen(port, '127.0.0.1'), 0);
});`);
    expect(code, output).toBe(1);
    expect(output).toMatch(/Onarılamaz hata \(EADDRINUSE\)/);
  }, 60_000);
});
