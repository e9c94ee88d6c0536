import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNpm } from '../../helpers/spawn-npm.js';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';

const README = path.join(REPO_ROOT, 'README.md');
const START = '<!-- sample-answer:start (written by test/integration/readme/readme-sample.int.test.ts; UPDATE_README=1 rewrites it) -->';
const END = '<!-- sample-answer:end -->';

/** The question of the sample, read from the README block itself ("soru> …" on its first line). */
function sampleBlock(readme: string): { question: string; transcript: string } {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start, 'README has the sample-answer markers').toBeGreaterThan(-1);
  const block = readme.slice(start + START.length, end);
  const transcript = /```\n([\s\S]*?)\n```/u.exec(block)?.[1] ?? '';
  const question = /^soru> (.+)$/mu.exec(transcript)?.[1] ?? '';
  return { question, transcript };
}

describe('README › quick-start sample answer', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-readme-'));
  });
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('is what `npm start` prints for its question over the shipped corpus', async () => {
    const readme = await fs.readFile(README, 'utf8');
    const { question, transcript } = sampleBlock(readme);
    expect(question).not.toBe('');
    const run = await spawnNpm(['start', '-s'], { env: { DATA_DIR: dataDir, CORPUS_DIR: 'corpus', LLM_PROVIDER: 'none' }, stdin: `${question}\nçıkış\n` });
    expect(run.code, run.stderr).toBe(0);
    // The chat writes "soru> " as a prompt (stdin is not echoed): the answer runs up to the next prompt.
    const afterPrompt = run.stdout.split('soru> ')[1] ?? '';
    const actual = `soru> ${question}\n${afterPrompt.replace(/\s+$/u, '')}`;
    if (process.env.UPDATE_README) {
      const start = readme.indexOf(START) + START.length;
      await fs.writeFile(README, `${readme.slice(0, start)}\n\`\`\`\n${actual}\n\`\`\`\n${readme.slice(readme.indexOf(END))}`);
      return;
    }
    expect(transcript, 'README sample is stale: run UPDATE_README=1 npx vitest run test/integration/readme/readme-sample.int.test.ts').toBe(actual);
  }, 600_000);
});
