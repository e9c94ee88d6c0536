/**
 * Slack sends message text with `&`, `<`, `>` escaped and with mentions and links in angle brackets. The engine
 * wants what the person typed: mentions removed (the bot's own and others'), links reduced to their label.
 */
export function questionFromSlackText(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<![^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text @mentions the given user (the bot): such a message is handled as an app_mention. */
export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  return Boolean(text && userId && text.includes(`<@${userId}`));
}
