import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { renderDocumentList, renderIndexStatus, renderReindexSummary } from '../../blocks/render-admin.js';
import { renderAuditLog, renderDeployment } from '../../blocks/render-operations.js';
import { IndexJobFailed, runIndexJob } from '../../index-jobs.js';
import type { ReindexResult, RemoveResult } from '../../../jobs/job-runner.js';
import { describeError } from '../../describe-error.js';
import { scrubServerDetails } from '../../scrub-server-details.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';
import { channelScopeCommand } from './dizin-kanal.js';

const USAGE = [
  '*/dizin* — dizin yönetimi (yalnızca yöneticiler)',
  '• `/dizin durum` — belge ve parça sayısı, son güncelleme, dizin boyutu, örneklerin sürümleri, iş kuyruğu',
  '• `/dizin denetim` — son yönetici işlemleri (kim neyi ne zaman ekledi, sildi, yeniledi)',
  '• `/dizin liste` — belgeler ve kimlikleri',
  '• `/dizin yenile` — belge klasörünü yeniden dizinler',
  '• `/dizin sil <kimlik>` — bir belgeyi dizinden ve klasörden kaldırır',
  '• `/dizin kanal <kimlikler|türler>` — bu kanaldaki yanıtları bazı belgelerle sınırlar; `/dizin kanal sıfırla` sınırı kaldırır',
].join('\n');

/**
 * /dizin durum | liste | yenile | sil <id> | denetim | kanal <ids|kinds> | kanal sıfırla. Only SLACK_ADMIN_USERS: anyone else gets "no permission" and
 * nothing happens. Long operations are acknowledged at once and finish with a follow-up message.
 */
export function dizinCommandCallback(deps: SlackDeps) {
  return async ({ command, ack, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    if (!deps.isAdmin(command.user_id)) {
      deps.logger.warn(`Yetkisiz /dizin denemesi: ${command.user_id} "${command.text}"`);
      await ack({ response_type: 'ephemeral', text: MESSAGES.noPermission });
      return;
    }
    const [rawSub = '', ...args] = command.text.trim().split(/\s+/).filter(Boolean);
    const sub = rawSub.toLocaleLowerCase('tr-TR');
    try {
      switch (sub) {
        case 'durum': {
          const status = renderIndexStatus(deps.assistant.status());
          const deployment = renderDeployment(await deps.store.instances.live(), await deps.store.jobs.overview(5), deps.instanceId);
          await ack({ response_type: 'ephemeral', text: status.text, blocks: [...status.blocks, ...deployment] });
          return;
        }
        case 'denetim':
          await ack({ response_type: 'ephemeral', ...renderAuditLog(await deps.store.audit.recent(20)) });
          return;
        case 'liste':
          await ack({ response_type: 'ephemeral', ...renderDocumentList(deps.assistant.documents()) });
          return;
        case 'yenile':
          await reindex(deps, command.user_id, ack, respond);
          return;
        case 'sil':
          await remove(deps, command.user_id, args[0], ack, respond);
          return;
        case 'kanal':
          await ack({ response_type: 'ephemeral', ...(await channelScopeCommand(deps, command.channel_id, command.user_id, args)) });
          return;
        default:
          await ack({ response_type: 'ephemeral', text: USAGE });
      }
    } catch (error) {
      // ack() may not have happened yet (status() threw): acknowledging twice is harmless, silence is not.
      await ack({ response_type: 'ephemeral', text: `⚠️ Komut çalıştırılamadı: ${escapeMrkdwn(describeError(error))}` }).catch(
        () => respond({ response_type: 'ephemeral', text: `⚠️ Komut çalıştırılamadı: ${escapeMrkdwn(describeError(error))}` }),
      );
    }
  };
}

type AckFn = SlackCommandMiddlewareArgs['ack'];

async function reindex(deps: SlackDeps, userId: string, ack: AckFn, respond: RespondFn): Promise<void> {
  const active = (await deps.store.jobs.overview(0)).filter((j) => j.kind === 'reindex' && j.state === 'queued');
  await ack({
    response_type: 'ephemeral',
    text:
      active.length > 0
        ? '🔄 Bir yeniden dizinleme zaten kuyrukta; isteğiniz onunla birlikte karşılanacak. Bitince haber vereceğim.'
        : '🔄 Dizin yeniden oluşturuluyor… Bu sırada sorular mevcut dizinle yanıtlanmaya devam eder; bitince haber vereceğim.',
  });
  deps.logger.info(`/dizin yenile istendi: ${userId}`);
  await deps.track(
    runIndexJob(deps, 'reindex', {}, userId, () =>
      void respond({ response_type: 'ephemeral', text: '⏳ İstek kuyrukta: şu an çalışan bir dizin işçisi yok (`npm run worker`).' }).catch(() => undefined),
    )
      .then((job) => respond({ response_type: 'ephemeral', ...renderReindexSummary((job.result as ReindexResult).summary, deps.assistant.status()) }))
      .catch((error: unknown) =>
        respond({ response_type: 'ephemeral', text: `⚠️ Dizin yenilenemedi: ${escapeMrkdwn(reasonOf(error))}. Eski dizin kullanılmaya devam ediyor.` }),
      )
      .catch((error: unknown) => deps.logger.error(`/dizin yenile sonucu gönderilemedi: ${describeError(error)}`)),
  );
}

async function remove(deps: SlackDeps, userId: string, id: string | undefined, ack: AckFn, respond: RespondFn): Promise<void> {
  if (!id) {
    await ack({ response_type: 'ephemeral', text: 'Kullanım: `/dizin sil <kimlik>` — kimlikleri `/dizin liste` gösterir.' });
    return;
  }
  await ack({ response_type: 'ephemeral', text: `🗑️ \`${escapeMrkdwn(id)}\` kaldırılıyor…` });
  deps.logger.info(`/dizin sil ${id}: ${userId}`);
  await deps.track(
    runIndexJob(deps, 'remove-document', { id }, userId)
      .then((job) =>
        respond({
          response_type: 'ephemeral',
          text: (job.result as RemoveResult).removed
            ? `✅ \`${escapeMrkdwn(id)}\` dizinden ve belge klasöründen kaldırıldı.`
            : `❓ \`${escapeMrkdwn(id)}\` kimlikli bir belge yok; dizin değişmedi. Kimlikleri \`/dizin liste\` gösterir.`,
        }),
      )
      .catch((error: unknown) =>
        respond({ response_type: 'ephemeral', text: `⚠️ Belge kaldırılamadı: ${escapeMrkdwn(reasonOf(error))}. Dizin değişmedi.` }),
      )
      .catch((error: unknown) => deps.logger.error(`/dizin sil sonucu gönderilemedi: ${describeError(error)}`)),
  );
}

function reasonOf(error: unknown): string {
  return error instanceof IndexJobFailed ? scrubServerDetails(error.message) : describeError(error);
}
