import type { AddedDocument, DocumentSummary, IndexStatus, ReindexSummary, SearchScope } from '../../answer/assistant.js';
import { kindLabel } from '../../present/index.js';
import type { KnownBlock, RenderedMessage } from './block-types.js';
import { escapeAndTruncate, escapeMrkdwn, splitMrkdwn } from './escape-mrkdwn.js';
import { formatAsOf, formatBytes, formatDuration, formatTimestamp } from './format-turkish.js';
import { contextBlock } from './render-answer.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { scrubServerDetails } from '../scrub-server-details.js';

/** /dizin durum */
export function renderIndexStatus(status: IndexStatus): RenderedMessage {
  const lines = [
    `*Belgeler:* ${status.documents}`,
    `*Parçalar:* ${status.chunks}`,
    `*Son dizin güncellemesi:* ${escapeMrkdwn(formatTimestamp(status.builtAt))}`,
    `*Dizin boyutu:* ${formatBytes(status.sizeBytes)}`,
    `*Gömme yöntemi:* ${escapeMrkdwn(status.embedder)}`,
  ];
  if (status.reindexing) lines.push('🔄 _Şu anda yeniden dizinleme sürüyor; sorular eski dizinle yanıtlanmaya devam ediyor._');
  if (status.problem) lines.push(`⚠️ *Son dizinleme başarısız, son sağlam dizin kullanılıyor:* ${escapeMrkdwn(scrubServerDetails(status.problem))}`);
  return {
    text: `Dizin: ${status.documents} belge, ${status.chunks} parça`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: '*📚 Dizin durumu*' } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
    ],
  };
}

/** One line per document: id, title, date, pages, chunks. Used by /dizin liste and App Home. */
export function documentLines(documents: DocumentSummary[], withIds: boolean): string[] {
  return documents.map((d) => {
    const facts = [formatAsOf(d.asOf), d.pages !== null ? `${d.pages} sayfa` : null, `${d.chunks} parça`]
      .filter(Boolean)
      .map((f) => escapeMrkdwn(String(f)));
    const id = withIds ? ` — \`${escapeMrkdwn(d.id)}\`` : '';
    const parts = d.parts.length > 0 ? `\n    ↳ ${escapeAndTruncate(d.parts.join('; '), 600)}` : '';
    return `• *${escapeAndTruncate(d.title, 300)}*${id}\n    _${facts.join(' · ')}_${parts}`;
  });
}

/** /dizin liste */
export function renderDocumentList(documents: DocumentSummary[]): RenderedMessage {
  if (documents.length === 0) {
    return { text: 'Dizinde belge yok.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Dizinde henüz belge yok.' } }] };
  }
  const text = documentLines(documents, true).join('\n');
  const sections = splitMrkdwn(text, SLACK_LIMITS.sectionText);
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*📄 Dizindeki belgeler (${documents.length})*` } },
    ...sections.slice(0, SLACK_LIMITS.messageBlocks - 2).map((t) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text: t } })),
    contextBlock('Bir belgeyi kaldırmak için: `/dizin sil <kimlik>`'),
  ];
  return { text: `Dizinde ${documents.length} belge var.`, blocks };
}

/** The result of /dizin yenile. */
export function renderReindexSummary(summary: ReindexSummary, status: IndexStatus): RenderedMessage {
  const list = (items: string[]) => (items.length > 0 ? escapeAndTruncate(items.join(', '), 800) : '—');
  const lines = [
    `*Eklenen:* ${list(summary.added)}`,
    `*Değişen:* ${list(summary.changed)}`,
    `*Kaldırılan:* ${list(summary.removed)}`,
    `*Değişmeyen:* ${summary.unchanged.length} belge`,
    ...(summary.duplicates.length > 0
      ? [`*Kopyalar (bir kez dizinlendi):* ${list(summary.duplicates.map((d) => `${d.source} = ${d.of}`))}`]
      : []),
    `*Süre:* ${formatDuration(summary.durationMs)}`,
    `*Şimdi:* ${status.documents} belge, ${status.chunks} parça`,
  ];
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: '*✅ Dizin yenilendi*' } },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
  ];
  if (summary.failed.length > 0) {
    const failed = summary.failed.map((f) => `• \`${escapeMrkdwn(f.source)}\`: ${escapeMrkdwn(f.reason)}`).join('\n');
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: escapeAndTruncateMrkdwn(`*⚠️ Dizine alınamayan dosyalar* (diğerleri dizinde):\n${failed}`) },
    });
  }
  return { text: `Dizin yenilendi: ${status.documents} belge, ${status.chunks} parça.`, blocks };
}

/** Confirmation after an admin's document upload. */
export function renderAddedDocument(added: AddedDocument): string {
  const pages = added.pages !== null ? `${added.pages} sayfa` : 'sayfa bilgisi yok';
  if (added.duplicateOf) {
    return [
      `✅ *${escapeAndTruncate(added.title, 500)}* zaten dizinde (aynı dosya \`${escapeMrkdwn(added.duplicateOf)}\` adıyla yüklenmiş); yeni bir şey eklenmedi.`,
      `${pages} · ${added.chunks} parça · kimlik: \`${escapeMrkdwn(added.id)}\``,
    ].join('\n');
  }
  return [
    `✅ *${escapeAndTruncate(added.title, 500)}* dizine eklendi.`,
    `${pages} · ${added.chunks} parça · kimlik: \`${escapeMrkdwn(added.id)}\``,
    ...(added.versionOf
      ? [`ℹ️ \`${escapeMrkdwn(added.versionOf)}\` adında başka bir belge zaten vardı; o korundu, bu dosya \`${escapeMrkdwn(added.storedAs ?? '')}\` adıyla eklendi.`]
      : []),
    'Bu belgeyle ilgili soruları artık yanıtlayabilirim.',
  ].join('\n');
}

/** Cuts already-escaped mrkdwn at a line or word boundary (never inside an entity) to fit one section. */
function escapeAndTruncateMrkdwn(mrkdwn: string): string {
  if (mrkdwn.length <= SLACK_LIMITS.sectionText) return mrkdwn;
  return `${splitMrkdwn(mrkdwn, SLACK_LIMITS.sectionText - 1)[0] ?? ''}…`;
}

/** "belgeler: A, B · türler: rapor": what a channel's answers may come from (App Home and /dizin kanal). */
export function describeScope(scope: SearchScope, documents: readonly DocumentSummary[]): string {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const parts: string[] = [];
  if (scope.documentIds.length > 0) {
    const docs = scope.documentIds.map((id) => (titles.has(id) ? `${escapeAndTruncate(titles.get(id)!, 120)} (\`${escapeMrkdwn(id)}\`)` : `\`${escapeMrkdwn(id)}\` _(artık dizinde değil)_`));
    parts.push(`belgeler: ${docs.join('; ')}`);
  }
  if (scope.kinds.length > 0) parts.push(`türler: ${scope.kinds.map((k) => escapeMrkdwn(kindLabel(k))).join(', ')}`);
  return parts.join(' · ');
}

/** /dizin kanal: the channel's scope, or that it has none. */
export function renderChannelScope(channelId: string, scope: SearchScope | null, documents: readonly DocumentSummary[], justSet = false): RenderedMessage {
  const text = scope
    ? `${justSet ? '✅ Kaydedildi. ' : ''}📌 <#${channelId}> kanalındaki yanıtlar yalnızca şunlardan: ${describeScope(scope, documents)}`
    : `<#${channelId}> kanalının bir sınırı yok: yanıtlar bütün belgelerden.`;
  return {
    text: justSet ? 'Kanal kapsamı kaydedildi.' : 'Kanal kapsamı',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: escapeAndTruncateMrkdwn(text) } },
      contextBlock('Değiştirmek: `/dizin kanal <kimlikler|türler>` · kaldırmak: `/dizin kanal sıfırla` · kimlikler: `/dizin liste`'),
    ],
  };
}
