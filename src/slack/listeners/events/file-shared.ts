import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeAcceptedTypes, findLoader } from '../../../ingest/loaders/document-loaders.js';
import { renderAddedDocument } from '../../blocks/render-admin.js';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { describeError } from '../../describe-error.js';
import { scrubServerDetails } from '../../scrub-server-details.js';
import { downloadSlackFile } from '../../download-slack-file.js';
import { IndexJobFailed, runIndexJob, stageUpload } from '../../index-jobs.js';
import type { AddResult } from '../../../jobs/job-runner.js';
import type { SlackDeps } from '../../slack-deps.js';
import { MESSAGES } from '../../slack-messages.js';
import { sanitizeUploadName } from '../../../indexing/sanitize-upload-name.js';

/**
 * An admin sends a document (PDF, Word, text, saved web page) to the bot's DM → download it with the bot token
 * (files.info, url_private_download), add it to the corpus and index, and confirm with the title, page count
 * and chunk count. Anything unusable (a type no loader reads, a file that is not what its name says, empty,
 * corrupt, encrypted, image-only) gets the reason and leaves the index unchanged.
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
    const loader = findLoader({ name, mimeType: file?.mimetype, slackFileType: file?.filetype });
    if (loader?.sniff && !loader.sniff(bytes)) {
      await say(unchanged(name, `dosya ${loader.label} değil (dosya imzası tutmuyor); uzantısı yanlış olabilir.`));
      return;
    }
    const safe = sanitizeUploadName(name);
    if (safe.changes.length > 0) {
      deps.logger.info(`Yüklenen dosyanın adı değiştirildi: ${JSON.stringify(name)} → ${safe.name} (${safe.changes.join('; ')})`);
      await client.chat
        .postMessage({ channel, text: MESSAGES.uploadRenamed(truncateName(name), safe.name, safe.changes) })
        .catch((error: unknown) => deps.logger.warn(`Ad değişikliği bildirilemedi: ${describeError(error)}`));
      name = safe.name;
    }
    await say(`⏳ *${escapeMrkdwn(name)}* dizine ekleniyor… (bu sırada sorular yanıtlanmaya devam eder)`);
    // A Slack file named without an extension is stored under the one its type calls for.
    const storedName = loader && !/\.[^./]+$/u.test(name) ? `${name}${loader.extensions[0]}` : name;
    const stagedFile = await stageUpload(deps, bytes);
    const job = await runIndexJob(deps, 'add-document', { fileName: storedName, stagedFile }, userId, () =>
      void say(`⏳ *${escapeMrkdwn(name)}* kuyrukta bekliyor: şu an çalışan bir dizin işçisi yok (\`npm run worker\`).`),
    );
    const added = (job.result as AddResult).document;
    deps.logger.info(`Belge eklendi: ${added.id} (${added.chunks} parça) — yükleyen ${userId}`);
    await say(renderAddedDocument(added));
  } catch (error) {
    deps.logger.warn(`Yüklenen dosya eklenemedi (${name}): ${describeError(error)}`);
    await say(unchanged(name, error instanceof IndexJobFailed ? scrubServerDetails(error.message) : describeError(error)));
  }
}

interface SlackFileFacts {
  name?: string;
  filetype?: string;
  mimetype?: string;
  size?: number;
}

/** Checks the metadata Slack already knows against the loader list, so an unusable file is not even downloaded. */
function rejectBeforeDownload(file: SlackFileFacts): string | null {
  if (!findLoader({ name: file.name, mimeType: file.mimetype, slackFileType: file.filetype })) {
    return `bu dosya ${file.filetype ? `“${file.filetype}”` : 'bilinmeyen bir'} türünde; eklenebilen türler: ${describeAcceptedTypes()}.`;
  }
  if (file.size === 0) return 'dosya boş.';
  return null;
}

function truncateName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

function unchanged(name: string, reason: string): string {
  return `❌ *${escapeMrkdwn(truncateName(name))}* eklenemedi: ${escapeMrkdwn(reason)}\nDizin değişmedi.`;
}
