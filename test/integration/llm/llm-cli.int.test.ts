import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageIdWith, passagesSeen, reply, startOpenAiStandIn, submit, textOf, toolCall, type OpenAiStandIn, type RecordedRequest, type Step } from '../../fakes/openai-stand-in.js';
import { spawnCli } from '../../helpers/spawn-cli.js';
import { createTempProject, REPO_ROOT, type TempProject } from '../../helpers/temp-corpus.js';

const SICK = 'Sözleşmeli personele hastalık izni yılda en fazla kaç gün verilir?';
const SICK_QUOTE = 'Resmi tabip raporu ile kanıtlanan hastalıklar için yılda 30 günü geçmemek üzere ücretli hastalık izni verilebilir.';
const WORK = 'Sözleşmeli personel dışarıda kazanç getirici başka bir iş yapabilir mi?';
const WORK_QUOTE = 'Sözleşme ile çalıştırılan personel dışarıda kazanç getirici başka bir iş yapamaz';

/** Spawned CLIs start tsx and load the index: on a busy 2-core machine that alone can take a minute. */
const CLI_TEST_MS = 240_000;

const questionOf = (req: RecordedRequest) => /Soru: (.*)/u.exec(textOf(req.body.messages.find((m) => m.role === 'user')!))![1]!;
const isFirstRound = (req: RecordedRequest) => req.body.messages.length === 2;

/** Replies by question, as a model would: a search then a cited answer; a made-up quote; silence. */
function byQuestion(req: RecordedRequest): Step {
  const question = questionOf(req);
  if (question === WORK) {
    return isFirstRound(req)
      ? reply([toolCall('search_documents', { query: 'kazanç getirici iş' })])
      : submit('Hayır, sözleşmeli personel dışarıda kazanç getirici başka bir iş yapamaz [1].', [{ passage_id: passageIdWith(req, 'kazanç getirici'), quote: WORK_QUOTE }]);
  }
  if (question === SICK) return submit('Yılda 90 gün [1].', [{ passage_id: 'P1', quote: 'Hastalık izni yılda doksan gündür.' }]);
  return { hang: true };
}

describe('npm run ask › LLM mode through the CLI (LLM_PROVIDER=openai, a local stand-in server)', () => {
  let project: TempProject;
  let server: OpenAiStandIn;
  // A budget no loaded machine runs out of; only the hang test uses a short one.
  const env = (timeout = '60000') => ({ CORPUS_DIR: 'corpus', DATA_DIR: 'data', LLM_PROVIDER: 'openai', LLM_MODEL: 'yerel-model', OPENAI_BASE_URL: server.url, LLM_TIMEOUT_MS: timeout });
  const ask = (args: string[], stdin = '', timeout?: string) => spawnCli('src/cli/ask-command.ts', args, { cwd: project.root, env: env(timeout), stdin });

  beforeAll(async () => {
    project = await createTempProject(['mevzuat/sozlesmeli-personel-esaslari.txt']);
    server = await startOpenAiStandIn(byQuestion);
  });
  afterAll(async () => {
    await server?.close();
    await project?.cleanup();
  });

  it('--json: "mode": "llm", fallback_reason null, every quote verbatim in the cited file', async () => {
    const { code, stdout, stderr } = await ask(['--json', WORK]);
    expect(code, stderr).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'closest', 'fallback_reason', 'lead', 'mode', 'refused', 'timings_ms', 'tool_calls']);
    expect(answer).toMatchObject({ mode: 'llm', fallback_reason: null, refused: false });
    expect(answer.answer).toMatch(/yapamaz \[1\]/);
    const source = await fs.readFile(path.join(project.root, answer.citations[0].source), 'utf8');
    expect(source).toContain(answer.citations[0].quote);
    expect(server.requests.some((r) => r.body.model === 'yerel-model')).toBe(true);
  }, CLI_TEST_MS);

  it('--jsonl: each line keeps its id; a made-up quote ends in the extractive answer with the reason', async () => {
    const input = [
      JSON.stringify({ id: 'llm', question: WORK }),
      JSON.stringify({ id: 'uydurma', question: SICK }),
      'bu satır JSON değil',
    ].join('\n');
    const { code, stdout, stderr } = await ask(['--jsonl'], input);
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['llm', 'uydurma', null]);
    expect(lines[0]).toMatchObject({ mode: 'llm', fallback_reason: null });
    expect(lines[1].mode).toBe('extractive');
    expect(lines[1].fallback_reason).toMatch(/^no_citation: /);
    expect(lines[1].answer).not.toMatch(/90|doksan/);
    expect(lines[1].answer).toMatch(/30/);
    expect(lines[2].error).toMatch(/Geçersiz satır/);
  }, CLI_TEST_MS);

  it('--json: a hanging server ends at LLM_TIMEOUT_MS in the extractive answer, and the process exits', async () => {
    const { code, stdout, stderr } = await ask(['--json', 'Sözleşmeli personelin iş sonu tazminatı nasıl hesaplanır?'], '', '1500');
    expect(code, stderr).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.mode).toBe('extractive');
    expect(answer.fallback_reason).toMatch(/^timeout: /);
    expect(answer.answer.length).toBeGreaterThan(0);
  }, CLI_TEST_MS);

  it('the human answer says when and why the model was not used', async () => {
    const { code, stdout } = await ask([SICK]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kaynaklar:/);
    expect(stdout).toMatch(/Not: yanıt dil modeli olmadan, alıntılardan derlendi — .*\[no_citation\]/);
  }, CLI_TEST_MS);

  it('reports every LLM setting problem at start-up and exits 1', async () => {
    const { code, stderr } = await spawnCli('src/cli/ask-command.ts', ['--json', WORK], {
      cwd: project.root,
      env: { CORPUS_DIR: 'corpus', DATA_DIR: 'data', LLM_PROVIDER: 'openai', LLM_MODEL: '', OPENAI_BASE_URL: '', OPENAI_API_KEY: '', LLM_TIMEOUT_MS: 'çabuk' },
    });
    expect(code).toBe(1);
    for (const name of ['LLM_MODEL', 'OPENAI_BASE_URL', 'LLM_TIMEOUT_MS']) expect(stderr).toContain(name);
  }, CLI_TEST_MS);

  it('the terminal chat prints the model\'s answer as it streams, then the verified sources; a withdrawn draft is said so', async () => {
    server.play(byQuestion);
    const { code, stdout, stderr } = await spawnCli('src/main.ts', [], { cwd: project.root, env: env(), stdin: `${WORK}\n${SICK}\nçıkış\n` });
    expect(code, stderr).toBe(0);
    expect(server.requests.filter((r) => questionOf(r) === WORK).every((r) => r.body.stream === true)).toBe(true);
    const [first, second] = stdout.split(`soru> `).slice(1);
    // Tool steps in the words staff read (src/present): the tool's Turkish name and its inputs.
    expect(first).toMatch(/✓ Belgelerde arama — aranan: kazanç getirici iş → \d+ parça bulundu/);
    expect(first).toMatch(/Hayır, sözleşmeli personel dışarıda kazanç getirici başka bir iş yapamaz \[1\]\.\n\nKaynaklar:\n {2}\[1\] Sözleşmeli Personel/);
    expect(second).toMatch(/geri çekildi/);
    expect(second).toMatch(/\[no_citation\]/);
  }, CLI_TEST_MS);
});

describe('npm run eval -- --mode llm', () => {
  let server: OpenAiStandIn;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-eval-llm-'));
    // A model that repeats the first sentence of the first passage it is given, quoted and cited.
    server = await startOpenAiStandIn((req) => {
      const first = passagesSeen(req)[0]!;
      const text = first.text.replace(/\s+/g, ' ');
      const sentence = (/^.{20,400}?[.:;](?=\s|$)/u.exec(text)?.[0] ?? text.slice(0, 200)).trim();
      return submit(`${sentence} [1]`, [{ passage_id: first.passage_id, quote: sentence }]);
    });
  });
  afterAll(async () => {
    await server?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('runs the eval through the configured endpoint and keeps grounding at 100 %; without a provider it is a usage error', async () => {
    const env = { DATA_DIR: dataDir, LLM_PROVIDER: 'openai', LLM_MODEL: 'papagan', OPENAI_BASE_URL: server.url };
    const run = await spawnCli('src/cli/eval-command.ts', ['--mode', 'llm', '--set', 'shipped', '--filter', 'tool', '--json'], { cwd: REPO_ROOT, env });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.overall.questions).toBe(7);
    expect(report.overall.grounding.rate).toBe(1);
    expect(server.requests.length).toBeGreaterThanOrEqual(7);

    const usage = await spawnCli('src/cli/eval-command.ts', ['--mode', 'llm', '--set', 'shipped', '--filter', 'tool'], { cwd: REPO_ROOT, env: { DATA_DIR: dataDir, LLM_PROVIDER: 'none' } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/LLM_PROVIDER/);
  }, CLI_TEST_MS);
});
