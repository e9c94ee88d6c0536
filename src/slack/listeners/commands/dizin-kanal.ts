import type { DocumentSummary } from '../../../answer/assistant.js';
import { kindFromWord, kindLabel, KIND_LABELS } from '../../../present/index.js';
import { renderChannelScope } from '../../blocks/render-admin.js';
import type { RenderedMessage } from '../../blocks/block-types.js';
import { escapeMrkdwn } from '../../blocks/escape-mrkdwn.js';
import { describeError } from '../../describe-error.js';
import type { SlackDeps } from '../../slack-deps.js';

const RESET_WORDS = new Set(['sıfırla', 'sifirla', 'kaldır', 'kaldir', 'reset']);

type Parsed = { documentIds: string[]; kinds: string[]; unknown: string[] };

/** Each word is a document id (as `/dizin liste` shows it) or a kind ("rapor", "directive"). */
function parseScopeWords(words: readonly string[], documents: readonly DocumentSummary[]): Parsed {
  const ids = new Map(documents.map((d) => [d.id.toLocaleLowerCase('tr-TR'), d.id]));
  const parsed: Parsed = { documentIds: [], kinds: [], unknown: [] };
  for (const word of words) {
    const id = ids.get(word.toLocaleLowerCase('tr-TR'));
    const kind = id ? null : kindFromWord(word);
    if (id && !parsed.documentIds.includes(id)) parsed.documentIds.push(id);
    else if (kind && !parsed.kinds.includes(kind)) parsed.kinds.push(kind);
    else if (!id && !kind) parsed.unknown.push(word);
  }
  return parsed;
}

/**
 * `/dizin kanal [<kimlikler|türler> | sıfırla]` in a channel: shows, sets or clears which documents answers
 * there may come from. Unknown words change nothing and get the list of valid ids and kinds.
 */
export async function channelScopeCommand(deps: SlackDeps, channelId: string, userId: string, args: readonly string[]): Promise<RenderedMessage | { text: string }> {
  const documents = deps.assistant.documents();
  const words = args.join(' ').split(/[\s,;]+/u).filter(Boolean);
  if (words.length === 0) return renderChannelScope(channelId, (await deps.channelScopes.get(channelId)) ?? null, documents);

  if (words.length === 1 && RESET_WORDS.has(words[0]!.toLocaleLowerCase('tr-TR'))) {
    try {
      const cleared = await deps.channelScopes.clear(channelId);
      deps.logger.info(`/dizin kanal sıfırla <#${channelId}>: ${userId}`);
      if (cleared) await audit(deps, userId, 'kanal-sifirla', channelId, null);
      return { text: cleared ? '✅ Bu kanalın sınırı kaldırıldı: yanıtlar artık bütün belgelerden.' : 'Bu kanalın zaten bir sınırı yok; yanıtlar bütün belgelerden.' };
    } catch (error) {
      return { text: `⚠️ Kanal sınırı kaldırılamadı: ${escapeMrkdwn(describeError(error))}. Hiçbir şey değişmedi.` };
    }
  }

  const parsed = parseScopeWords(words, documents);
  if (parsed.unknown.length > 0) {
    const known = documents.map((d) => `\`${escapeMrkdwn(d.id)}\``).join(', ');
    return {
      text: [
        `❓ Tanınmayan: ${parsed.unknown.map((w) => `\`${escapeMrkdwn(w)}\``).join(', ')}. Kanalın kapsamı değişmedi.`,
        `Belge kimlikleri: ${known || '—'}`,
        `Türler: ${Object.keys(KIND_LABELS).map((k) => `\`${k}\` (${kindLabel(k)})`).join(', ')}`,
      ].join('\n'),
    };
  }
  const scope = { channelId, documentIds: parsed.documentIds, kinds: parsed.kinds, setBy: userId, setAt: deps.clock().toISOString() };
  try {
    await deps.channelScopes.set(scope);
  } catch (error) {
    return { text: `⚠️ Kanal sınırı kaydedilemedi: ${escapeMrkdwn(describeError(error))}. Hiçbir şey değişmedi.` };
  }
  const detail = `belgeler [${scope.documentIds.join(', ')}] türler [${scope.kinds.join(', ')}]`;
  deps.logger.info(`/dizin kanal <#${channelId}> → ${detail}: ${userId}`);
  await audit(deps, userId, 'kanal-sinirla', channelId, detail);
  return renderChannelScope(channelId, scope, documents, true);
}

/** `/dizin denetim` lists who limited which channel; a failed audit write is logged, the change stands. */
async function audit(deps: SlackDeps, actor: string, action: string, channelId: string, detail: string | null): Promise<void> {
  await deps.store.audit
    .add({ actor, action, target: channelId, detail })
    .catch((error: unknown) => deps.logger.warn(`Denetim kaydı yazılamadı: ${describeError(error)}`));
}
