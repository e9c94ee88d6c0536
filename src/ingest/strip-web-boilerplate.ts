/**
 * Pages saved from a web site end with the site's comment form and footer ("Leave a Reply",
 * "E-posta hesabınız yayımlanmayacak…", "This site uses Akismet…"): not document text.
 */
const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      'Leave a Reply',
      'Leave a Comment',
      'Yorum yap',
      'Yorum Yap',
      'Bir yanıt yazın',
      'Bir Cevap Yazın',
      'Cevap bırakın',
      'Yanıt bırakın',
      'E-posta hesabınız yayımlanmayacak',
      'E-posta adresiniz yayınlanmayacak',
      'Your email address will not be published',
      'This site uses Akismet',
      'Bu site istenmeyenleri azaltmak için Akismet',
      'Cancel reply',
      'Yanıtı iptal et',
    ]
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    ')',
  'imu',
);

/** Only the tail is searched, so a document quoting "Yorum yap" in its body keeps its text. */
const TAIL_SHARE = 0.4;

/** Cuts the text at the first boilerplate line found in its last part; returns the text unchanged otherwise. */
export function stripWebBoilerplate(text: string): string {
  const tailStart = Math.floor(text.length * (1 - TAIL_SHARE));
  const lineStart = text.lastIndexOf('\n', tailStart) + 1;
  const match = BOILERPLATE_LINE.exec(text.slice(lineStart));
  if (!match) return text;
  return text.slice(0, lineStart + match.index).replace(/\s+$/u, '');
}
