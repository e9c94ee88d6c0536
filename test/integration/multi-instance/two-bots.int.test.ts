import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/slack/slack-messages.js';
import { BOT_USER_ID, SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';
import { startBotProcess, REPO_ROOT, TSX_IMPORT, type BotProcess } from '../../helpers/bot-process.js';
import { createTestDatabase, ENGINES, engineUnavailable, type Engine } from '../../helpers/test-store.js';
import { blocksText, buttonValue, waitForFinal, waitForPlaceholder } from '../slack/block-helpers.js';
import { nextTs } from '../slack/start-e2e-bot.js';

const TOKEN = 'xoxb-test-iki-ornek';
const SECRET = 'iki-ornek-imza-sirri';
const ADMIN = 'UADMIN001';
const CHANNEL = 'CIKIORNK1';
const PAY_CAP = 'Sözleşmeli personelin ücret tavanı ne kadar?';
const LEAVE = 'Sözleşmeli personelim, 8 yıl hizmetim var; yıllık iznim kaç gün?';
const FOLLOW_UP = 'peki 12 yıl olsaydı?';

/** Runs a CLI command (`src/cli/<file>`) like `npm run …` would, in the deployment folder; resolves with its output. */
function runCli(cwd: string, env: Record<string, string>, file: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...TSX_IMPORT, join(REPO_ROOT, 'src/cli', file), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.each(ENGINES)('two bot processes on one %s database', (engine: Engine) => {
  const unavailable = engineUnavailable(engine);
  let root: string;
  let standIn: SlackApiStandIn;
  let env: Record<string, string>;
  let a: BotProcess;
  let b: BotProcess;
  let dropDatabase: (() => Promise<void>) | undefined;
  const start = (name: string) => startBotProcess(name, root, env, SECRET);

  beforeAll(async () => {
    if (unavailable) return;
    root = await mkdtemp(join(tmpdir(), `kurum-iki-${engine}-`));
    await cp(join(REPO_ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
    const target = await createTestDatabase(engine);
    dropDatabase = target.drop;
    standIn = await SlackApiStandIn.start(TOKEN);
    env = {
      CORPUS_DIR: 'corpus',
      DATA_DIR: 'data',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      SLACK_ADMIN_USERS: ADMIN,
      RATE_LIMIT_PER_MINUTE: '4',
      ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    };
    // Both start at once on an empty DATA_DIR: their start-up builds take turns on the build lock.
    [a, b] = await Promise.all([start('A'), start('B')]);
  }, 600_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await standIn?.stop();
    await dropDatabase?.();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const mentionEvent = (user: string, question: string, ts = nextTs()) => ({
    type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${question}`, ts, channel: CHANNEL,
  });

  it.skipIf(unavailable)('the same event delivered to both instances is answered once', async () => {
    const event = mentionEvent('UIKI0001', PAY_CAP);
    const [ra, rb] = await Promise.all([a.sendEvent(event, { eventId: 'EvIKI00001' }), b.sendEvent(event, { eventId: 'EvIKI00001' })]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    const placeholder = await waitForPlaceholder(standIn, CHANNEL, event.ts);
    await waitForFinal(standIn, placeholder);
    // The same message also arrives as a message event, with its own event id, at the other instance.
    await b.sendEvent({ type: 'message', channel_type: 'channel', user: 'UIKI0001', text: event.text, ts: event.ts, channel: CHANNEL }, { eventId: 'EvIKI00002' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
  }, 300_000);

  it.skipIf(unavailable)('a thread follow-up sent to the instance that did not answer is answered with the thread context', async () => {
    const user = 'UIKI0002';
    const event = mentionEvent(user, LEAVE);
    await a.sendEvent(event);
    const first = await standIn.waitFor(() => standIn.callsTo('chat.postEphemeral').find((c) => c.args.user === user && c.args.thread_ts === event.ts), 120_000);
    expect(blocksText(first.args.blocks)).toMatch(/20 gün|yirmi gün/);
    await b.sendEvent({ type: 'message', channel_type: 'channel', channel: CHANNEL, user, text: FOLLOW_UP, ts: nextTs(), thread_ts: event.ts });
    const follow = await standIn.waitFor(
      () => standIn.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && c.args.thread_ts === event.ts)[1],
      120_000,
      'B örneğinin takip yanıtı',
    );
    // 12 years of service → 30 days: only computable with the first question (contract staff, leave) as context.
    expect(blocksText(follow.args.blocks)).toMatch(/30 gün|otuz gün/);
  }, 300_000);

  it.skipIf(unavailable)('the rate limit holds across both instances', async () => {
    const user = 'UIKI0003';
    for (const bot of [a, b, a, b, a]) await bot.sendEvent(mentionEvent(user, `${PAY_CAP} (${nextTs()})`));
    const limited = await standIn.waitFor(
      () => standIn.callsTo('chat.postEphemeral').find((c) => c.args.user === user && String(c.args.text).includes('dakikada en çok 4 soru')),
      120_000,
    );
    expect(limited).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1000));
    expect(standIn.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && String(c.args.text).includes('dakikada en çok'))).toHaveLength(1);
  }, 300_000);

  it.skipIf(unavailable)('after kill -9: in-flight placeholders are replaced, a retried event is not answered again, a limited user stays limited', async () => {
    // A /sor answer made before the crash, to share and vote on after both restart (next test).
    await a.sendCommand({ command: '/sor', text: PAY_CAP, user_id: 'UIKI0004', channel_id: CHANNEL, response_url: standIn.responseUrl('iki-sor') });
    await standIn.waitFor(() => standIn.responsesTo('iki-sor').find((r) => Array.isArray(r.body.blocks)), 120_000);

    const answered = mentionEvent('UIKI0006', PAY_CAP);
    await a.sendEvent(answered, { eventId: 'EvIKI00010' });
    await waitForFinal(standIn, await waitForPlaceholder(standIn, CHANNEL, answered.ts));

    // Last before the crash: the window is a minute, the restart must fit inside it.
    const limitedUser = 'UIKI0005';
    for (let i = 0; i < 5; i += 1) await a.sendEvent(mentionEvent(limitedUser, `${PAY_CAP} #${i}`));
    await standIn.waitFor(() => standIn.callsTo('chat.postEphemeral').find((c) => c.args.user === limitedUser), 120_000);

    // The answers to these two are ready but their chat.update never returns: the process dies with them in flight.
    const killChannel = 'CIKIOLUM1';
    standIn.hold('chat.update', (args) => args.channel === killChannel);
    const inFlight = [mentionEvent('UIKI0007', PAY_CAP), mentionEvent('UIKI0008', PAY_CAP)].map((e) => ({ ...e, channel: killChannel }));
    for (const e of inFlight) await a.sendEvent(e);
    const placeholders = await Promise.all(inFlight.map((e) => waitForPlaceholder(standIn, killChannel, e.ts)));
    await standIn.waitFor(
      () => standIn.callsTo('chat.update:bekletildi').filter((c) => placeholders.some((p) => p.response.ts === c.args.ts)).length >= 2 || undefined,
      60_000,
      'bekletilen iki yanıt',
    );
    await a.kill9();
    standIn.release('chat.update');
    a = await start('A2');

    for (const p of placeholders) {
      await standIn.waitFor(
        () => standIn.callsTo('chat.update').find((c) => c.args.ts === p.response.ts && c.args.text === MESSAGES.interrupted),
        120_000,
        'yarıda kaldı güncellemesi',
      );
    }
    await a.sendEvent(answered, { eventId: 'EvIKI00010', retryNum: 1 });
    const stillLimited = mentionEvent(limitedUser, `${PAY_CAP} sonra`);
    await a.sendEvent(stillLimited);
    // A later question by someone else, answered after the limited one was handled.
    const barrier = mentionEvent('UIKI0009', PAY_CAP);
    await a.sendEvent(barrier);
    await waitForFinal(standIn, await waitForPlaceholder(standIn, CHANNEL, barrier.ts));
    // Still limited after the restart: not answered, and not told again (one notice a window, kept in the store).
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === stillLimited.ts)).toHaveLength(0);
    expect(standIn.callsTo('chat.postEphemeral').filter((c) => c.args.user === limitedUser)).toHaveLength(1);
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === answered.ts)).toHaveLength(1);
  }, 300_000);

  it.skipIf(unavailable)('feedback and Share work after both are restarted', async () => {
    await b.stop();
    b = await start('B2');
    const sor = standIn.responsesTo('iki-sor').find((r) => Array.isArray(r.body.blocks))!;
    const answerId = buttonValue(sor.body.blocks, 'share_answer') ?? buttonValue(sor.body.blocks, 'feedback_down');
    expect(answerId).toBeTruthy();
    await b.click({ action_id: 'share_answer', value: answerId!, user_id: 'UIKI0004', channel_id: CHANNEL, message_ts: nextTs(), response_url: standIn.responseUrl('iki-share') });
    const shared = await standIn.waitFor(() => standIn.responsesTo('iki-share').find((r) => r.body.response_type === 'in_channel'), 120_000);
    expect(blocksText(shared.body.blocks)).toContain('*Kaynaklar*');

    await a.click({ action_id: 'feedback_down', value: answerId!, user_id: 'UIKI0004', channel_id: CHANNEL, message_ts: nextTs(), response_url: standIn.responseUrl('iki-fb') });
    // 👎 is stored at once and opens the "why" window (the window is its acknowledgement, no ephemeral reply).
    await standIn.waitFor(() => standIn.callsTo('views.open')[0], 120_000);
    const exported = await runCli(root, env, 'feedback-command.ts', ['--json']);
    expect(exported.code).toBe(0);
    const votes = JSON.parse(exported.stdout) as { answerId: string; vote: string; question: string; citations: unknown[] }[];
    const vote = votes.find((v) => v.answerId === answerId);
    expect(vote).toMatchObject({ vote: 'down', question: PAY_CAP });
    expect(vote!.citations.length).toBeGreaterThan(0);
  }, 300_000);

  it.skipIf(unavailable)('a CLI ingest is picked up by both instances without a restart', async () => {
    const before = await a.health();
    await writeFile(
      join(root, 'corpus', 'ek-genelge.txt'),
      'KURUM İÇİ UZAKTAN ÇALIŞMA GENELGESİ\n\nMADDE 1 – Uzaktan çalışma talebi birim amirine yazılı olarak yapılır ve en geç on iş günü içinde cevaplanır.\n',
    );
    const ingest = await runCli(root, env, 'ingest-command.ts');
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toMatch(/kuyruğa alındı/);
    const current = (await readFile(join(root, 'data', 'CURRENT'), 'utf8')).trim();
    expect(current).not.toBe(before.version);
    for (const bot of [a, b]) {
      const deadline = Date.now() + 120_000;
      let health = await bot.health();
      while (health.version !== current && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        health = await bot.health();
      }
      expect(health).toMatchObject({ version: current, documents: before.documents + 1 });
    }
  }, 300_000);

  it.skipIf(unavailable)('three concurrent re-index requests end in one consistent new version', async () => {
    const before = (await a.health()).version;
    await writeFile(join(root, 'corpus', 'ek-genelge.txt'), 'KURUM İÇİ UZAKTAN ÇALIŞMA GENELGESİ\n\nMADDE 1 – Talep on beş iş günü içinde cevaplanır.\n');
    const [, , cli] = await Promise.all([
      a.sendCommand({ command: '/dizin', text: 'yenile', user_id: ADMIN, channel_id: CHANNEL, response_url: standIn.responseUrl('iki-yenile-a') }),
      b.sendCommand({ command: '/dizin', text: 'yenile', user_id: ADMIN, channel_id: CHANNEL, response_url: standIn.responseUrl('iki-yenile-b') }),
      runCli(root, env, 'ingest-command.ts'),
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    for (const id of ['iki-yenile-a', 'iki-yenile-b']) {
      const done = await standIn.waitFor(() => standIn.responsesTo(id).find((r) => /Dizin yenilendi|yenilenemedi/.test(String(r.body.text))), 120_000);
      expect(String(done.body.text)).toContain('Dizin yenilendi');
    }
    const current = (await readFile(join(root, 'data', 'CURRENT'), 'utf8')).trim();
    expect(current).not.toBe(before);
    const deadline = Date.now() + 120_000;
    let versions = await Promise.all([a.health(), b.health()]).then((h) => h.map((x) => x.version));
    while (versions.some((v) => v !== current) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      versions = await Promise.all([a.health(), b.health()]).then((h) => h.map((x) => x.version));
    }
    expect(versions).toEqual([current, current]);
    expect((await readdir(join(root, 'data', 'builds'))).filter((n) => n.endsWith('.partial'))).toEqual([]);
  }, 300_000);
});
