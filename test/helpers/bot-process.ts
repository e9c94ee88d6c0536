import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buttonClick, eventEnvelope, postSigned, slashCommand, type SignedPostOptions } from '../fakes/slack-requests.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Node flags that run TypeScript sources from any working directory (tsx's loader by absolute URL). */
export const TSX_IMPORT = ['--import', TSX];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BotProcess {
  name: string;
  port: number;
  child: ChildProcess;
  output(): string;
  health(): Promise<{ ok: boolean; version: string; documents: number; problem: string | null }>;
  sendEvent(event: Record<string, unknown>, options?: SignedPostOptions & { eventId?: string }): ReturnType<typeof postSigned>;
  sendCommand(fields: Parameters<typeof slashCommand>[0]): ReturnType<typeof postSigned>;
  click(fields: Parameters<typeof buttonClick>[0]): ReturnType<typeof postSigned>;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** kill -9: no cleanup at all, as a crash. */
  kill9(): Promise<void>;
}

/**
 * `npm run slack` as a real process (tsx src/main.ts --slack) in `cwd`, on a free port: the bot exactly as it is
 * deployed, configured only by environment variables. Resolves when /healthz answers.
 */
export async function startBotProcess(name: string, cwd: string, env: Record<string, string>, signingSecret: string): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX, MAIN, '--slack'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const events = `${base}/slack/events`;
  const bot: BotProcess = {
    name,
    port,
    child,
    output: () => log,
    async health() {
      const r = await fetch(`${base}/healthz`);
      return (await r.json()) as Awaited<ReturnType<BotProcess['health']>>;
    },
    // An event carries its id, so resending after a connection reset is safe (a second copy is dropped by the claim).
    sendEvent: (event, opts = {}) => {
      const envelope = eventEnvelope(event, opts.eventId);
      return postSigned(events, signingSecret, { json: envelope }, opts).catch((error: unknown) => {
        if (!isConnectionReset(error)) throw error;
        return postSigned(events, signingSecret, { json: envelope }, opts);
      });
    },
    sendCommand: (fields) => postSigned(events, signingSecret, { form: slashCommand(fields) }),
    click: (fields) => postSigned(events, signingSecret, { form: buttonClick(fields) }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} başlamadan çıktı (${child.exitCode}):\n${log}`);
    try {
      if ((await bot.health()).ok) return bot;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await bot.kill9();
      throw new Error(`${name} 240 s içinde hazır olmadı:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A keep-alive socket the server closed just as the request went out (Node's 5 s keepAliveTimeout race). */
function isConnectionReset(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
}

export { REPO_ROOT };
