import type { Answer, Citation } from '../answer/types.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function renderSource(c: Citation, i: number): string {
  const meta = [c.locator, c.page !== null && !c.locator.includes(`s. ${c.page}`) ? `s. ${c.page}` : null, c.asOf ? `güncellik: ${c.asOf}` : null]
    .filter(Boolean)
    .join(' · ');
  return `  [${i + 1}] ${c.title}\n      ${meta}\n      ${c.source}\n      “${oneLine(c.quote)}”`;
}

/** The human-readable answer of `npm run ask` and the terminal chat: answer, calculation, numbered sources. */
export function renderAnswerText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', answer.language === 'en' ? 'Sources:' : 'Kaynaklar:');
    answer.citations.forEach((c, i) => lines.push(renderSource(c, i)));
  }
  if (answer.closest.length > 0) {
    lines.push('', answer.language === 'en' ? 'Closest passages:' : 'En yakın bölümler:');
    answer.closest.forEach((c, i) => lines.push(renderSource(c, i)));
  }
  return lines.join('\n');
}
