/**
 * Slack mrkdwn treats `&`, `<` and `>` as control characters: `<!channel>` pings a channel and `<http://x|y>`
 * becomes a link. Every piece of user or document text goes through here before it reaches a block.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes `text` and cuts it so the escaped result fits in `max` characters, ending with "…" when cut. */
export function escapeAndTruncate(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  // Walk code points of the raw text so neither an entity (&amp;) nor a surrogate pair is split.
  for (const ch of text) {
    const piece = escapeMrkdwn(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${trimToWordBoundary(out)}…`;
}

/** Cuts back to the last space when one is reasonably close, so a word is not chopped in half. */
function trimToWordBoundary(text: string): string {
  const space = text.lastIndexOf(' ');
  return space > text.length * 0.7 ? text.slice(0, space).trimEnd() : text.trimEnd();
}

/** Plain text (e.g. `plain_text` objects, modal titles): no entities, just a hard length cap with "…". */
export function truncatePlain(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Splits already-escaped mrkdwn into pieces of at most `max` characters, preferring paragraph, then line,
 * then word boundaries; never inside an `&…;` entity.
 */
export function splitMrkdwn(escaped: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = escaped.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), -1);
    if (cut < max * 0.5) cut = window.lastIndexOf('\n');
    if (cut < max * 0.5) cut = window.lastIndexOf(' ');
    if (cut < max * 0.5) {
      cut = max;
      const amp = window.lastIndexOf('&');
      if (amp > max - 6 && !window.slice(amp).includes(';')) cut = amp;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
