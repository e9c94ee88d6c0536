import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { renderAddedDocument } from '../../blocks/render-admin.js';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { describeError } from '../../describe-error.js';
import { downloadSlackFile } from '../../download-slack-file.js';
import { IndexJobFailed, runIndexJob, stageUpload } from '../../index-jobs.js';
import type { AddResult } from '../../../jobs/job-runner.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';

const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * An admin sends a PDF to the bot's DM → download it with the bot token (files.info, url_private_download),
 * add it to the corpus and index, and confirm with the title, page count and chunk count. Anything unusable
 * (not a PDF, empty, corrupt, encrypted, image-only) gets the reason and leaves the index unchanged.
 */
export function fileSharedCallback(deps: SlackDeps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'file_shared'>): Promise<void> => {
    // Only files sent to the bot's own DM: files shared in channels are none of its business.
    if (!event.channel_id.startsWith('D') || event.user_id === context.botUserId) return;
    if (!(await deps.claimOnce(`dosya:${event.file_id}`))) return;
    const channel = event.channel_id;
    if (!deps.isAdmin(event.user_id)) {
      deps.logger.warn(`Yönetici olmayan ${event.user_id} belge yüklemeyi denedi; yok sayıldı.`);
      await client.chat.postMessage({ channel, text: MESSAGES.uploadNoPermission });
      return;
    }
    await deps.track(addUploadedFile(deps, client, channel, event.file_id, event.user_id));
  };
}

async function addUploadedFile(deps: SlackDeps, client: WebClient, channel: string, fileId: string, userId: string) {
  const progress = await client.chat.postMessage({ channel, text: '⏳ Dosyayı alıyorum…' }).catch(() => undefined);
  const say = async (text: string) => {
    if (progress?.ts) {
      try {
        await client.chat.update({ channel, ts: progress.ts, text });
        return;
      } catch {
        // fall through to a new message
      }
    }
    await client.chat.postMessage({ channel, text });
  };
  let name = 'dosya';
  try {
    const info = await client.files.info({ file: fileId });
    const file = info.file;
    name = file?.name ?? file?.title ?? name;
    const rejection = file ? rejectBeforeDownload(file) : 'dosya bilgisi alınamadı.';
    if (rejection) {
      await say(unchanged(name, rejection));
      return;
    }
    const url = file?.url_private_download ?? file?.url_private;
    if (!url) {
      await say(unchanged(name, 'dosyanın indirme adresi yok (harici bir bağlantı olabilir).'));
      return;
    }
    const bytes = await downloadSlackFile(deps, url);
    if (bytes.length === 0) {
      await say(unchanged(name, 'dosya boş.'));
      return;
    }
    if (!bytes.subarray(0, 1024).includes(PDF_MAGIC)) {
      await say(unchanged(name, 'dosya PDF değil (PDF imzası yok). Yalnızca PDF belgeler eklenebilir.'));
      return;
    }
    await say(`⏳ *${escapeMrkdwn(name)}* dizine ekleniyor… (bu sırada sorular yanıtlanmaya devam eder)`);
    const stagedFile = await stageUpload(deps, bytes);
    const job = await runIndexJob(deps, 'add-document', { fileName: name, stagedFile }, userId, () =>
      void say(`⏳ *${escapeMrkdwn(name)}* kuyrukta bekliyor: şu an çalışan bir dizin işçisi yok (\`npm run worker\`).`),
    );
    const added = (job.result as AddResult).document;
    deps.logger.info(`Belge eklendi: ${added.id} (${added.chunks} parça) — yükleyen ${userId}`);
    await say(renderAddedDocument(added));
  } catch (error) {
    deps.logger.warn(`Yüklenen dosya eklenemedi (${name}): ${describeError(error)}`);
    await say(unchanged(name, error instanceof IndexJobFailed ? error.message : describeError(error)));
  }
}

interface SlackFileFacts {
  name?: string;
  filetype?: string;
  mimetype?: string;
  size?: number;
}

/** Checks the metadata Slack already knows, so an obviously wrong file is not even downloaded. */
function rejectBeforeDownload(file: SlackFileFacts): string | null {
  const isPdf =
    file.filetype === 'pdf' || file.mimetype === 'application/pdf' || (file.name ?? '').toLocaleLowerCase('tr-TR').endsWith('.pdf');
  if (!isPdf) {
    return `yalnızca PDF belgeler eklenebilir; bu dosya ${file.filetype ? `“${file.filetype}”` : 'başka bir'} türünde.`;
  }
  if (file.size === 0) return 'dosya boş.';
  return null;
}

function unchanged(name: string, reason: string): string {
  return `❌ *${escapeMrkdwn(name)}* eklenemedi: ${escapeMrkdwn(reason)}\nDizin değişmedi.`;
}
