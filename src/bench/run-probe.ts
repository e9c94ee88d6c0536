import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BuildProbeRequest, BuildProbeResult } from './build-probe.js';
import type { BreakdownResult, ProbeRequest, ProbeResult } from './serve-probe.js';

/** Runs serve-probe.ts in a fresh Node process (so memory is the index's alone) and returns its JSON. */
export function runProbe(repoRoot: string, request: ProbeRequest & { mode: 'serve' }): Promise<ProbeResult>;
export function runProbe(repoRoot: string, request: ProbeRequest & { mode: 'breakdown' }): Promise<BreakdownResult>;
export function runProbe(repoRoot: string, request: ProbeRequest): Promise<ProbeResult | BreakdownResult> {
  return runChild(repoRoot, 'src/bench/serve-probe.ts', request);
}

/** Runs build-probe.ts (one buildIndex) in a fresh Node process. */
export function runBuild(repoRoot: string, request: BuildProbeRequest): Promise<BuildProbeResult> {
  return runChild(repoRoot, 'src/bench/build-probe.ts', request);
}

/**
 * Runs one of the bench's scripts in a fresh Node process with `request` as JSON (its last argument, or on stdin
 * for requests too long for one), and returns the JSON object of its last stdout line.
 */
export function runChild<T>(repoRoot: string, script: string, request: unknown, input: 'argv' | 'stdin' = 'argv'): Promise<T> {
  return new Promise((resolve, reject) => {
    const json = JSON.stringify(request);
    // Large builds hold a million chunks' texts at once: give V8 room beyond its default heap limit.
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.join(repoRoot, script), ...(input === 'argv' ? [json] : [])], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${err.trim().slice(-2000)}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as T);
      } catch (cause) {
        reject(new Error(`${script} printed no JSON: ${out.slice(-500)} ${err.slice(-500)}`, { cause }));
      }
    });
    child.stdin.end(input === 'stdin' ? json : undefined);
  });
}
