import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/index.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface TempProject {
  root: string;
  corpusDir: string;
  dataDir: string;
  config: Config;
  cleanup(): Promise<void>;
}

/**
 * A throw-away project folder holding a copy of the shipped corpus (or the named files of it), so
 * tests can add, change and break documents without touching the repository.
 */
export async function createTempProject(only?: string[]): Promise<TempProject> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-test-'));
  const corpusDir = path.join(root, 'corpus');
  await fs.cp(path.join(REPO_ROOT, 'corpus'), corpusDir, {
    recursive: true,
    filter: (src) => {
      if (!only) return true;
      const rel = path.relative(path.join(REPO_ROOT, 'corpus'), src).split(path.sep).join('/');
      return rel === '' || rel === 'catalog.json' || only.some((o) => o === rel || o.startsWith(`${rel}/`));
    },
  });
  const config = loadConfig({ CORPUS_DIR: 'corpus', DATA_DIR: 'data' });
  return { root, corpusDir, dataDir: path.join(root, 'data'), config, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}
