import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';

const script = path.join(REPO_ROOT, 'scripts/build-native.mjs');

function check(env: Record<string, string | undefined>) {
  const clean = { ...process.env, ...env };
  // The machine's own ~/.npmrc may set nodedir; the script must find the headers without it.
  delete clean.npm_config_nodedir;
  return spawnSync(process.execPath, [script, '--check'], { env: clean as NodeJS.ProcessEnv, encoding: 'utf8' });
}

describe('scripts/build-native.mjs › --check', () => {
  it('finds the running Node\'s own headers beside its binary, without any nodedir setting', () => {
    const run = check({ HOME: os.tmpdir() });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`Node ${process.version}; başlıklar: ${path.resolve(path.dirname(process.execPath), '..', 'include', 'node')}`);
  });

  it('names each missing build tool with the package that provides it', () => {
    const run = check({ PATH: '/nonexistent', PYTHON: undefined, CXX: undefined });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Python 3 \(node-gyp için\)/u);
    expect(run.stdout).toMatch(/make: Debian\/Ubuntu "apt install build-essential"/u);
    expect(run.stdout).toMatch(/C\+\+ derleyicisi/u);
  });
});
