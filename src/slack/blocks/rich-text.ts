import type { types } from '@slack/bolt';

/** A rich_text block with plain lines (task cards take their details and output in this form). */
export function richText(lines: readonly string[]): types.RichTextBlock {
  return {
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: lines.join('\n') }] }],
  };
}
