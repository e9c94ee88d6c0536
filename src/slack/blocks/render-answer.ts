import type { Answer } from '../../answer/types.js';
import { presentAnswer, type AnswerView, type SourceEntry } from '../../present/index.js';
import { ACTION_IDS } from './action-ids.js';
import type { KnownBlock, RenderedMessage } from './block-types.js';
import { escapeAndTruncate, escapeMrkdwn, splitMrkdwn } from './escape-mrkdwn.js';
import { feedbackBlock } from './render-feedback.js';
import { renderStepsPlan } from './render-steps.js';
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
const QUOTE_CHARS = 280;
const QUESTION_CHARS = 300;

const LEAD_EMOJI: Record<Answer['kind'], string> = { answered: '', computed: '🧮', 'needs-input': 'ℹ️', refused: '🔎' };

/**
 * Renders an engine answer as a Block Kit message: lead and answer text, the tool steps as task cards,
 * numbered sources (title once per document, locator, page, document date, the quote unless the answer
 * already quotes it, "show full passage"), native feedback buttons, share button. Pure: every limit
 * (3,000 characters a section, 50 blocks) and all escaping is handled here.
 */
export function renderAnswerBlocks(answer: Answer, options: RenderAnswerOptions): RenderedMessage {
  const view = presentAnswer(answer);
  const head: KnownBlock[] = [];
  if (options.note) head.push(contextBlock(options.note));
  head.push(contextBlock(`❓ ${escapeAndTruncate(singleLine(options.question), QUESTION_CHARS)}`));

  const body = [...bodyBlocks(view)];
  const plan = renderStepsPlan(view.steps, view.labels);
  if (plan) body.push(plan);

  const tail: KnownBlock[] = [];
  if (options.answerId) {
    tail.push(feedbackBlock(options.answerId, view.labels));
    if (options.shareable) tail.push(shareBlock(options.answerId));
  }
  tail.push(contextBlock(`Kurum Asistanı · ${escapeMrkdwn(view.footer)}`));

  const blocks = fitBlocks([...head, ...body], sourceBlocks(view), tail);
  return { text: fallbackText(answer, view), blocks };
}

/**
 * What goes under a streamed answer when chat.stopStream ends it: the text and the tool steps are already in
 * the message (streamed, then verified unchanged), so only the sources, the feedback buttons and the footer.
 */
export function renderStreamTail(answer: Answer, options: Pick<RenderAnswerOptions, 'answerId'>): KnownBlock[] {
  const view = presentAnswer(answer);
  const tail: KnownBlock[] = [...sourceBlocks(view)];
  if (options.answerId) tail.push(feedbackBlock(options.answerId, view.labels));
  tail.push(contextBlock(`Kurum Asistanı · ${escapeMrkdwn(view.footer)}`));
  return tail.slice(0, SLACK_LIMITS.messageBlocks);
}

/**
 * The lead line and the answer: a computed answer in its parts (the answer line in bold, the result, the
 * calculation as code, the notes small), anything else as text in ≤3,000-character sections (cut after four).
 */
export function bodyBlocks(view: AnswerView): KnownBlock[] {
  const lead = view.lead ? `${LEAD_EMOJI[view.kind]} *${escapeMrkdwn(view.lead)}*`.trim() : null;
  if (view.parts) return partBlocks(view.parts, lead);
  const text = escapeMrkdwn(view.body);
  const sections = splitMrkdwn(lead ? `${lead}\n${text}` : text, SLACK_LIMITS.sectionText);
  return sections.slice(0, MAX_ANSWER_SECTIONS).map((piece, i) => {
    const last = i === MAX_ANSWER_SECTIONS - 1 && sections.length > MAX_ANSWER_SECTIONS;
    return section(last ? `${piece.slice(0, SLACK_LIMITS.sectionText - 40)}… _(yanıt kısaltıldı)_` : piece);
  });
}

function partBlocks(parts: NonNullable<AnswerView['parts']>, lead: string | null): KnownBlock[] {
  const head = [lead, `*${escapeAndTruncate(singleLine(parts.line), 500)}*`];
  if (parts.explanation) head.push(escapeAndTruncate(parts.explanation, SLACK_LIMITS.sectionText - 1000));
  const blocks = [section(head.filter(Boolean).join('\n'))];
  if (parts.calculation) blocks.push(section(`\`\`\`${escapeAndTruncate(parts.calculation.replace(/`/g, "'"), SLACK_LIMITS.sectionText - 10)}\`\`\``));
  if (parts.notes.length > 0) blocks.push(contextBlock(parts.notes.map((n) => `• ${escapeMrkdwn(n)}`).join('\n')));
  return blocks;
}

/** "Kaynaklar" (or the closest passages of a refusal) and one section per numbered source. */
export function sourceBlocks(view: AnswerView): KnownBlock[] {
  const { sources, labels } = view;
  if (!sources) return [];
  const heading = `*${escapeMrkdwn(sources.heading)}*${sources.hint ? ` _(${escapeMrkdwn(sources.hint)})_` : ''}`;
  const blocks: KnownBlock[] = [{ type: 'divider' }, section(heading)];
  blocks.push(...sources.entries.slice(0, MAX_CITATIONS).map((entry) => renderSource(entry, labels.showPassage)));
  if (sources.entries.length > MAX_CITATIONS) blocks.push(contextBlock(escapeMrkdwn(labels.moreSources(sources.entries.length - MAX_CITATIONS))));
  return blocks;
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

/** "*[1] Title*", then locator · document date, then the quote as a blockquote; a button for the passage. */
function renderSource(entry: SourceEntry, showPassage: string): KnownBlock {
  const meta = [entry.where, entry.asOf].filter((m): m is string => Boolean(m)).map((m) => escapeAndTruncate(m, 300));
  const lines = [entry.title ? `*[${entry.n}] ${escapeAndTruncate(entry.title, 300)}*` : `*[${entry.n}]*`];
  if (meta.length > 0) lines.push(`_${meta.join(' · ')}_`);
  if (entry.quote) lines.push(`> ${escapeAndTruncate(entry.quote, QUOTE_CHARS)}`);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: lines.join('\n').slice(0, SLACK_LIMITS.sectionText) },
    ...(entry.chunkId && entry.chunkId.length <= SLACK_LIMITS.buttonValue
      ? {
          accessory: {
            type: 'button',
            action_id: ACTION_IDS.showPassage,
            text: { type: 'plain_text', text: showPassage, emoji: true },
            value: entry.chunkId,
          },
        }
      : {}),
  };
}

function shareBlock(answerId: string): KnownBlock {
  return {
    type: 'actions',
    block_id: 'answer_actions',
    elements: [
      {
        type: 'button',
        action_id: ACTION_IDS.shareAnswer,
        text: { type: 'plain_text', text: '📣 Kanalda paylaş', emoji: true },
        value: answerId,
      },
    ],
  };
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

/** Plain fallback for notifications: the lead, the answer and how many sources back it. */
function fallbackText(answer: Answer, view: AnswerView): string {
  const sources = answer.citations.length > 0 ? ` (${answer.citations.length} ${view.language === 'en' ? 'sources' : 'kaynak'})` : '';
  const lead = view.lead ? `${view.lead}: ` : '';
  return escapeAndTruncate(`${lead}${singleLine(view.body)}${sources}`, SLACK_LIMITS.fallbackText);
}
