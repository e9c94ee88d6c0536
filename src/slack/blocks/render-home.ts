import type { DocumentSummary, IndexStatus } from '../../answer/assistant.js';
import { describeAcceptedTypes } from '../../ingest/loaders/document-loaders.js';
import type { HomeView, KnownBlock } from './block-types.js';
import { escapeAndTruncate, splitMrkdwn } from './escape-mrkdwn.js';
import { formatTimestamp } from './format-turkish.js';
import { contextBlock } from './render-answer.js';
import { documentLines } from './render-admin.js';
import { SLACK_LIMITS } from './slack-limits.js';

export interface RenderHomeOptions {
  status: IndexStatus | null;
  documents: DocumentSummary[];
  isAdmin: boolean;
  botUserId?: string;
  /** The suggested questions (the same ones the agent view offers). */
  examples: readonly string[];
  /** Channels an admin limited to some documents, each already described ("belgeler: … · türler: …"). */
  scopes?: readonly { channelId: string; description: string }[];
}

/** The App Home tab: what the bot knows (documents, dates, last re-index), how to ask, example questions. */
export function renderHomeView(options: RenderHomeOptions): HomeView {
  const mention = options.botUserId ? `<@${options.botUserId}>` : '@Kurum Asistanı';
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Kurum Asistanı', emoji: true } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          'Kurumun mevzuatı, genelgeleri, raporları ve planları üzerine sorularınızı yanıtlarım. ' +
          'Her yanıtta belgenin adını, maddesini ve sayfasını gösteririm; belgelerde olmayan bir şeyi uydurmam.',
      },
    },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: '*Nasıl sorulur?*' } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [
          `• Bir kanalda ${mention} yazıp sorun; yanıtı mesajınızın altındaki konuya (thread) yazarım. Aynı konudaki devam sorularında yeniden etiketlemenize gerek yok.`,
          '• Bana doğrudan mesaj (DM) atın; devam sorularını da anlarım ("peki 12 yıl olsaydı?").',
          '• `/sor <soru>` yazın; yanıtı yalnızca siz görürsünüz, isterseniz kanalda paylaşırsınız.',
          '• İzin, ücret, kıdem gibi kişisel haklarla ilgili yanıtları ortak kanallarda yalnızca size gösteririm.',
        ].join('\n'),
      },
    },
  ];
  if (options.examples.length > 0) {
    const examples = options.examples.map((q) => `• _${escapeAndTruncate(q, 300)}_`).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Örnek sorular*\n${examples}` } });
  }
  if (options.scopes && options.scopes.length > 0) {
    const lines = options.scopes.map((s) => `• <#${s.channelId}>: ${s.description}`).join('\n');
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: splitMrkdwn(`*Kanallara göre sınırlar*\nBu kanallarda yanıtlar yalnızca belirtilen belgelerden gelir:\n${lines}`, SLACK_LIMITS.sectionText)[0] ?? '' },
    });
  }
  blocks.push({ type: 'divider' });

  if (options.status) {
    const s = options.status;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Bildiğim belgeler* (${s.documents} belge, ${s.chunks} parça)\nSon dizin güncellemesi: ${formatTimestamp(s.builtAt)}${s.reindexing ? ' · 🔄 _şu anda yenileniyor_' : ''}`,
      },
    });
  } else {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Bildiğim belgeler*\n_Dizin bilgisi şu anda alınamadı._' } });
  }
  const lines = documentLines(options.documents, options.isAdmin).join('\n');
  const room = SLACK_LIMITS.viewBlocks - blocks.length - 3;
  for (const piece of splitMrkdwn(lines, SLACK_LIMITS.sectionText).slice(0, room)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  }

  if (options.isAdmin) {
    blocks.push(
      { type: 'divider' },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            '*Yönetici komutları*',
            '• `/dizin durum` — belge ve parça sayısı, son güncelleme, dizin boyutu',
            '• `/dizin liste` — belgeler ve kimlikleri',
            '• `/dizin yenile` — belge klasörünü yeniden dizinler (bu sırada sorular yanıtlanır)',
            '• `/dizin sil <kimlik>` — bir belgeyi kaldırır',
            '• `/dizin kanal <kimlikler|türler>` — komutu yazdığınız kanaldaki yanıtları bu belgelerle sınırlar; `/dizin kanal sıfırla` kaldırır',
            `• Bana DM ile belge gönderin (${describeAcceptedTypes()}) — dizine eklerim (ör. yeni bir genelge ya da yönerge)`,
          ].join('\n'),
        },
      },
    );
  }
  blocks.push(contextBlock('Yanıtlar bilgilendirme amaçlıdır; resmî işlemden önce kaynağı kontrol edin.'));
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.viewBlocks) };
}
