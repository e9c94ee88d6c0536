import type { Passage } from '../../answer/assistant.js';
import type { ModalView } from './block-types.js';
import { escapeAndTruncate, escapeMrkdwn, splitMrkdwn } from './escape-mrkdwn.js';
import { formatAsOf, labelsFor, locatorWithoutTitle } from '../../present/index.js';
import { contextBlock } from './render-answer.js';
import { SLACK_LIMITS } from './slack-limits.js';

/** The whole chunk behind a citation, in a modal: title, where in it, date, then the text in ≤3,000-char sections. */
export function renderPassageModal(passage: Passage): ModalView {
  const { citation } = passage;
  const where = locatorWithoutTitle(citation, labelsFor('tr'));
  const meta = [where && escapeMrkdwn(where), formatAsOf(citation.asOf)]
    .filter(Boolean)
    .join(' · ');
  const pieces = splitMrkdwn(escapeMrkdwn(passage.text), SLACK_LIMITS.sectionText);
  const room = SLACK_LIMITS.viewBlocks - 3;
  const sections = pieces.slice(0, room).map((text) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }));
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Tam metin' },
    close: { type: 'plain_text', text: 'Kapat' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeAndTruncate(citation.title, 2900)}*` } },
      contextBlock(meta || 'Konum bilgisi yok'),
      ...sections,
      ...(pieces.length > room ? [contextBlock('…metnin devamı belgede.')] : []),
    ],
  };
}

/** Same content as plain mrkdwn, for when a modal cannot be opened (expired trigger). */
export function renderPassageText(passage: Passage): string {
  const { citation } = passage;
  return escapeAndTruncate(`${citation.title} — ${citation.locator}\n\n${passage.text}`, SLACK_LIMITS.sectionText);
}
