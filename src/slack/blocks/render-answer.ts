import type { Answer, Citation, ToolCall } from '../../answer/types.js';
import { ACTION_IDS } from './action-ids.js';
import type { KnownBlock, RenderedMessage } from './block-types.js';
import { escapeAndTruncate, escapeMrkdwn, splitMrkdwn } from './escape-mrkdwn.js';
import { formatAsOf } from './format-turkish.js';
import { SLACK_LIMITS } from './slack-limits.js';

export interface RenderAnswerOptions {
  question: string;
  /** Key of the stored answer: carried by the feedback and share buttons. Omit to render without buttons. */
  answerId?: string;
  /** Adds "Kanalda paylaş" (answers shown only to the asker, e.g. /sor). */
  shareable?: boolean;
  /** Shown above the answer ("Kişisel haklarla ilgili olduğu için…", "<@U1> paylaştı"). Already mrkdwn. */
  note?: string;
}

/** How much of each part we show; the rest is one click away ("Tam metni göster"). */
const MAX_ANSWER_SECTIONS = 4;
const MAX_CITATIONS = 8;
const MAX_TOOL_CALLS = 3;
const QUOTE_CHARS = 280;
const QUESTION_CHARS = 300;

/**
 * Renders an engine answer as a Block Kit message: the answer, tool calculations, numbered sources (title,
 * locator, page, document date, trimmed verbatim quote, "show full passage"), feedback and share buttons.
 * Pure: every limit (3,000 characters a section, 50 blocks) and all escaping is handled here.
 */
export function renderAnswerBlocks(answer: Answer, options: RenderAnswerOptions): RenderedMessage {
  const head: KnownBlock[] = [];
  if (options.note) head.push(contextBlock(options.note));
  head.push(contextBlock(`❓ ${escapeAndTruncate(singleLine(options.question), QUESTION_CHARS)}`));

  const body: KnownBlock[] = [];
  const lead = leadFor(answer);
  if (answer.lead !== undefined && answer.calculation !== undefined) {
    // A computed answer comes in parts: each is shown once, not again from the tool call's output.
    body.push(...renderComputedParts(answer, lead));
  } else {
    const text = escapeMrkdwn(answer.answer.trim() || 'Yanıt metni boş döndü.');
    const sections = splitMrkdwn(lead ? `${lead}\n${text}` : text, SLACK_LIMITS.sectionText);
    for (const [i, piece] of sections.slice(0, MAX_ANSWER_SECTIONS).entries()) {
      const last = i === MAX_ANSWER_SECTIONS - 1 && sections.length > MAX_ANSWER_SECTIONS;
      body.push(section(last ? `${piece.slice(0, SLACK_LIMITS.sectionText - 40)}… _(yanıt kısaltıldı)_` : piece));
    }
    for (const call of answer.toolCalls.slice(0, MAX_TOOL_CALLS)) {
      const rendered = renderToolCall(call);
      if (rendered) body.push(rendered);
    }
  }

  const sourceBlocks: KnownBlock[] = [];
  const citations = answer.citations;
  const closest = answer.kind === 'refused' ? answer.closest : [];
  if (citations.length > 0) {
    sourceBlocks.push({ type: 'divider' }, section('*Kaynaklar*'));
    sourceBlocks.push(...citations.slice(0, MAX_CITATIONS).map((c, i) => renderCitation(c, i + 1)));
    if (citations.length > MAX_CITATIONS) {
      sourceBlocks.push(contextBlock(`…ve ${citations.length - MAX_CITATIONS} kaynak daha.`));
    }
  } else if (closest.length > 0) {
    sourceBlocks.push({ type: 'divider' }, section('*Belgelerde en yakın bölümler* _(sorunuzu yanıtlamıyor olabilir)_'));
    sourceBlocks.push(...closest.slice(0, MAX_CITATIONS).map((c, i) => renderCitation(c, i + 1)));
  }

  const tail: KnownBlock[] = [];
  if (options.answerId) tail.push(actionsBlock(options.answerId, options.shareable ?? false));
  tail.push(contextBlock(footerFor(answer)));

  const blocks = fitBlocks([...head, ...body], sourceBlocks, tail);
  return { text: fallbackText(answer), blocks };
}

/** Keeps the message within 50 blocks by dropping sources from the end (the answer and buttons stay). */
function fitBlocks(front: KnownBlock[], sources: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = SLACK_LIMITS.messageBlocks - front.length - tail.length;
  if (sources.length <= room) return [...front, ...sources, ...tail];
  const kept = sources.slice(0, Math.max(0, room - 1));
  return [...front, ...kept, contextBlock(`…ve ${sources.length - kept.length} bölüm daha.`), ...tail].slice(
    0,
    SLACK_LIMITS.messageBlocks,
  );
}

function leadFor(answer: Answer): string | null {
  switch (answer.kind) {
    case 'answered':
      return null;
    case 'computed':
      return '🧮 *Hesaplama sonucu*';
    case 'needs-input':
      return 'ℹ️ *Hesaplamak için biraz daha bilgi gerekiyor*';
    case 'refused':
      return '🔎 *Belgelerde bu sorunun yanıtını bulamadım*';
  }
}

function footerFor(answer: Answer): string {
  const basis = answer.mode === 'llm' ? 'Yanıt, belgelerden doğrulanmış alıntılarla üretildi' : 'Yanıt, belgelerden alıntıyla derlendi';
  return `Kurum Asistanı · ${basis}. Kaynağı kontrol etmeden resmî işlem yapmayın.`;
}

/** The answer line in bold, the result sentence, the calculation as code, the notes small. */
function renderComputedParts(answer: Answer, heading: string | null): KnownBlock[] {
  const head = [heading, `*${escapeAndTruncate(singleLine(answer.lead!), 500)}*`];
  if (answer.explanation) head.push(escapeAndTruncate(answer.explanation, SLACK_LIMITS.sectionText - 1000));
  const blocks = [section(head.filter(Boolean).join('\n'))];
  if (answer.calculation) blocks.push(section(`\`\`\`${escapeAndTruncate(answer.calculation.replace(/`/g, "'"), SLACK_LIMITS.sectionText - 10)}\`\`\``));
  if (answer.notes && answer.notes.length > 0) blocks.push(contextBlock(answer.notes.map((n) => `• ${escapeMrkdwn(n)}`).join('\n')));
  return blocks;
}

/** One tool call as a small calculation: the summary line and, when given, the worked calculation. */
function renderToolCall(call: ToolCall): KnownBlock | null {
  const summary = typeof call.output.summary === 'string' ? call.output.summary : null;
  const calculation = typeof call.output.calculation === 'string' ? call.output.calculation : null;
  if (!summary && !calculation) return null;
  const lines = [`🧮 *${escapeAndTruncate(singleLine(summary ?? call.name), 400)}*`];
  if (calculation) {
    lines.push(`\`\`\`${escapeAndTruncate(calculation.replace(/`/g, "'"), SLACK_LIMITS.sectionText - 500)}\`\`\``);
  }
  return section(lines.join('\n'));
}

/** "*[1] Title*", then locator · page · document date, then the quote as a blockquote; a button for the passage. */
function renderCitation(citation: Citation, n: number): KnownBlock {
  const meta: string[] = [];
  if (citation.locator) meta.push(escapeAndTruncate(singleLine(citation.locator), 300));
  if (citation.page !== null && !locatorHasPage(citation.locator, citation.page)) meta.push(`s. ${citation.page}`);
  const asOf = formatAsOf(citation.asOf);
  if (asOf) meta.push(`Belge tarihi: ${escapeMrkdwn(asOf)}`);
  const lines = [`*[${n}] ${escapeAndTruncate(singleLine(citation.title), 300)}*`];
  if (meta.length > 0) lines.push(`_${meta.join(' · ')}_`);
  const quote = singleLine(citation.quote);
  if (quote) lines.push(`> ${escapeAndTruncate(quote, QUOTE_CHARS)}`);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: lines.join('\n').slice(0, SLACK_LIMITS.sectionText) },
    ...(citation.chunkId && citation.chunkId.length <= SLACK_LIMITS.buttonValue
      ? {
          accessory: {
            type: 'button',
            action_id: ACTION_IDS.showPassage,
            text: { type: 'plain_text', text: 'Tam metni göster', emoji: true },
            value: citation.chunkId,
          },
        }
      : {}),
  };
}

function locatorHasPage(locator: string, page: number): boolean {
  return new RegExp(`\\bs\\.\\s*${page}\\b`).test(locator);
}

function actionsBlock(answerId: string, shareable: boolean): KnownBlock {
  const elements: { type: 'button'; action_id: string; text: { type: 'plain_text'; text: string; emoji: boolean }; value: string }[] = [
    {
      type: 'button' as const,
      action_id: ACTION_IDS.feedbackUp,
      text: { type: 'plain_text' as const, text: '👍 İşime yaradı', emoji: true },
      value: answerId,
    },
    {
      type: 'button' as const,
      action_id: ACTION_IDS.feedbackDown,
      text: { type: 'plain_text' as const, text: '👎 Yaramadı', emoji: true },
      value: answerId,
    },
  ];
  if (shareable) {
    elements.push({
      type: 'button' as const,
      action_id: ACTION_IDS.shareAnswer,
      text: { type: 'plain_text' as const, text: '📣 Kanalda paylaş', emoji: true },
      value: answerId,
    });
  }
  return { type: 'actions', block_id: 'answer_actions', elements };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

export function contextBlock(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: text.slice(0, SLACK_LIMITS.sectionText) }] };
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain fallback for notifications: the answer and how many sources back it. */
function fallbackText(answer: Answer): string {
  const sources = answer.citations.length > 0 ? ` (${answer.citations.length} kaynak)` : '';
  return escapeAndTruncate(`${singleLine(answer.answer)}${sources}`, SLACK_LIMITS.fallbackText);
}
