import { spawn } from 'node:child_process';
import { REPO_ROOT } from './temp-corpus.js';

export interface NpmRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real npm in the repository, as a newcomer types it (`npm run ask -- --help`, `npm start`). Slack
 * settings are removed from the environment so `npm start` is the terminal chat unless a test sets them.
 */
export function spawnNpm(args: string[], options: { env?: Record<string, string>; stdin?: string; cwd?: string } = {}): Promise<NpmRun> {
  const env: Record<string, string | undefined> = { ...process.env, CI: '1', ...options.env };
  for (const name of Object.keys(env)) if (name.startsWith('SLACK_') && !options.env?.[name]) delete env[name];
  // vitest runs under `npm test`: npm's own npm_config_* of that run must not leak into the one under test.
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd: options.cwd ?? REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
