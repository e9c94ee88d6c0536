/**
 * Characters that are invisible in a question yet split or change its words: soft hyphen (pasted from a PDF),
 * zero-width space/joiners, word joiner, bidi marks, BOM (also in mid-text when files or lines are joined).
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * One form for text a person typed or pasted: NFC (a decomposed "ı̇" or "ş" matches the composed one), invisible
 * characters removed, CRLF/CR as LF, other spacing folded. "yıl\u00adlık iz\u200bin" asks what "yıllık izin" asks.
 */
export function normalizeInputText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}
