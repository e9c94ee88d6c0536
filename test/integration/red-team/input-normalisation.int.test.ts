import { spawn } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/answer/assistant.js';
import { createAssistant } from '../../../src/answer/create-assistant.js';
import type { Answer } from '../../../src/answer/types.js';
import { REPO_ROOT, createTempProject, type TempProject } from '../../helpers/temp-corpus.js';

/**
 * Red team › invisible differences in a question. Before: zero-width characters, soft hyphens or decomposed (NFD)
 * letters inside words changed which article was cited, and a `--jsonl` line opening with a BOM after a CRLF got
 * no output at all.
 */
const QUESTIONS = [
  'Sözleşmeli personele kaç gün yıllık izin verilir?',
  'Sözleşmeli personelin ücret tavanı ne kadar?',
  'Bir okul bünyesinde birden fazla sektörel mükemmeliyet merkezi kurulabilir mi?',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];

let project: TempProject;
let assistant: Assistant;
beforeAll(async () => {
  project = await createTempProject();
  assistant = await createAssistant({ config: project.config, repoRoot: project.root, clock: () => new Date('2026-11-23T09:00:00Z') });
}, 300_000);
afterAll(async () => {
  await assistant?.close?.();
  await project?.cleanup();
});

const gist = (a: Answer) => ({ refused: a.refused, answer: a.answer, lead: a.lead ?? null, first: a.citations[0]?.chunkId ?? null, quote: a.citations[0]?.quote ?? null });

/** A variant a person could paste: invisible marks inside words, NFD letters, a BOM in front, CRLF between words. */
const variant = (question: string) =>
  fc
    .record({
      inserts: fc.array(fc.tuple(fc.nat({ max: question.length }), fc.constantFrom(...INVISIBLE)), { maxLength: 6 }),
      nfd: fc.boolean(),
      bom: fc.boolean(),
      crlf: fc.boolean(),
    })
    .map(({ inserts, nfd, bom, crlf }) => {
      const chars = [...question];
      for (const [at, mark] of [...inserts].sort((a, b) => b[0] - a[0])) chars.splice(Math.min(at, chars.length), 0, mark);
      let text = chars.join('');
      if (nfd) text = text.normalize('NFD');
      if (crlf) text = text.replace(' ', '\r\n');
      return `${bom ? '\ufeff' : ''}${text}${crlf ? '\r\n' : ''}`;
    });

describe('red team › a question’s invisible variants get the same answer (fast-check)', () => {
  it.each(QUESTIONS)('%s', async (question) => {
    const expected = gist(await assistant.ask(question));
    expect(expected.first).not.toBeNull();
    await fc.assert(
      fc.asyncProperty(variant(question), async (text) => {
        expect(gist(await assistant.ask(text))).toEqual(expected);
      }),
      { numRuns: 25, seed: 1411 },
    );
  }, 120_000);

  it('the streamed path normalises too', async () => {
    const expected = gist(await assistant.ask(QUESTIONS[0]!));
    let last: Answer | undefined;
    for await (const event of assistant.askStream(`\ufeffSözleş\u00admeli perso\u200bnele kaç gün yıllık izin verilir?`.normalize('NFD'))) {
      if (event.type === 'final') last = event.answer;
    }
    expect(last && gist(last)).toEqual(expected);
  });
});

describe('red team › --jsonl lines with a BOM after CRLF', () => {
  it('every line is answered with its id', async () => {
    const input = [
      `\ufeff${JSON.stringify({ id: 'bir', question: QUESTIONS[0] })}`,
      `\ufeff${JSON.stringify({ id: 'iki', question: QUESTIONS[1] })}`,
      JSON.stringify({ id: 'üç', question: `Sözleşmeli personelin ücret\u200b tava\u00adnı ne kadar?` }),
    ].join('\r\n');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'src/cli/ask-command.ts'), '--jsonl'], {
        cwd: project.root,
        env: { ...process.env, CORPUS_DIR: 'corpus', DATA_DIR: 'data', CI: '1' },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (c) => resolve({ code: c ?? -1, stdout: out, stderr: err }));
      child.stdin.end(`${input}\r\n`);
    });
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; answer?: string; citations?: { quote: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['bir', 'iki', 'üç']);
    for (const l of lines) expect(l.error, l.id).toBeUndefined();
    expect(lines[2]!.citations?.[0]?.quote).toEqual(lines[1]!.citations?.[0]?.quote);
  }, 300_000);
});
