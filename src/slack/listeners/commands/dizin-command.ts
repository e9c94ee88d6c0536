import type { AllMiddlewareArgs, RespondFn, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { renderDocumentList, renderIndexStatus, renderReindexSummary } from '../../blocks/render-admin.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

const USAGE = [
  '*/dizin* — dizin yönetimi (yalnızca yöneticiler)',
  '• `/dizin durum` — belge ve parça sayısı, son güncelleme, dizin boyutu',
  '• `/dizin liste` — belgeler ve kimlikleri',
  '• `/dizin yenile` — belge klasörünü yeniden dizinler',
  '• `/dizin sil <kimlik>` — bir belgeyi dizinden ve klasörden kaldırır',
].join('\n');

/**
 * /dizin durum | liste | yenile | sil <id>. Only SLACK_ADMIN_USERS: anyone else gets "no permission" and
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
        case 'durum':
          await ack({ response_type: 'ephemeral', ...renderIndexStatus(deps.assistant.status()) });
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
  if (deps.assistant.status().reindexing) {
    await ack({ response_type: 'ephemeral', text: '🔄 Zaten bir yeniden dizinleme sürüyor; bitince `/dizin durum` ile bakabilirsiniz.' });
    return;
  }
  await ack({
    response_type: 'ephemeral',
    text: '🔄 Dizin yeniden oluşturuluyor… Bu sırada sorular mevcut dizinle yanıtlanmaya devam eder; bitince haber vereceğim.',
  });
  deps.logger.info(`/dizin yenile başlatıldı: ${userId}`);
  await deps.track(
    deps.assistant
      .reindex()
      .then((summary) => respond({ response_type: 'ephemeral', ...renderReindexSummary(summary, deps.assistant.status()) }))
      .catch((error: unknown) =>
        respond({ response_type: 'ephemeral', text: `⚠️ Dizin yenilenemedi: ${escapeMrkdwn(describeError(error))}. Eski dizin kullanılmaya devam ediyor.` }),
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
    deps.assistant
      .removeDocument(id)
      .then((removed) =>
        respond({
          response_type: 'ephemeral',
          text: removed
            ? `✅ \`${escapeMrkdwn(id)}\` dizinden ve belge klasöründen kaldırıldı.`
            : `❓ \`${escapeMrkdwn(id)}\` kimlikli bir belge yok; dizin değişmedi. Kimlikleri \`/dizin liste\` gösterir.`,
        }),
      )
      .catch((error: unknown) =>
        respond({ response_type: 'ephemeral', text: `⚠️ Belge kaldırılamadı: ${escapeMrkdwn(describeError(error))}. Dizin değişmedi.` }),
      )
      .catch((error: unknown) => deps.logger.error(`/dizin sil sonucu gönderilemedi: ${describeError(error)}`)),
  );
}
