import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './temp-corpus.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point of the repository (src/main.ts, src/cli/…) in `cwd`, as npm scripts do. */
export function spawnCli(entry: string, args: string[], options: { cwd: string; env: Record<string, string>; stdin?: string }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, entry), ...args], {
      cwd: options.cwd,
      env: { ...process.env, CI: '1', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
