import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateSharedCorpus, SharedCorpusNotFoundError } from '../../../src/config/shared-corpora.js';

describe('locateSharedCorpus', () => {
  it('prefers KURUM_SHARED_DIR over the folder beside the repository', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-'));
    fs.mkdirSync(path.join(root, 'elsewhere', 'dev-corpus'), { recursive: true });
    fs.mkdirSync(path.join(root, 'shared', 'dev-corpus'), { recursive: true });
    const repo = path.join(root, 'repo');
    expect(locateSharedCorpus('dev-corpus', repo, { KURUM_SHARED_DIR: path.join(root, 'elsewhere') })).toBe(path.join(root, 'elsewhere', 'dev-corpus'));
    expect(locateSharedCorpus('dev-corpus', repo, {})).toBe(path.join(root, 'shared', 'dev-corpus'));
  });

  it('names every folder it tried when the corpus is nowhere', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'no-shared-'));
    const attempt = () => locateSharedCorpus('dev-corpus', repo, { KURUM_SHARED_DIR: path.join(repo, 'yok') }, path.join(repo, 'fallback'));
    expect(attempt).toThrow(SharedCorpusNotFoundError);
    expect(attempt).toThrow(path.join(repo, 'yok', 'dev-corpus'));
  });
});
