import type { EvalReport, Metrics, Ratio, ScoredItem } from './summarize-scores.js';
import { isFailure } from './summarize-scores.js';

function percent(r: Ratio): string {
  if (r.rate === null) return '—';
  return `${(r.rate * 100).toFixed(1)}% (${r.correct}/${r.total})`;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** The per-category table; the last row is the whole set. */
export function formatMetricsTable(report: EvalReport): string {
  const header = ['kategori', 'soru', 'answer', 'citation', 'ilk atıf', 'grounding', 'refusal', 'yersiz ret', 'kaçan ret', 'ort. ms'];
  const line = (name: string, m: Metrics) => [
    name,
    String(m.questions),
    percent(m.answerAccuracy),
    percent(m.citationAccuracy),
    percent(m.firstCitation),
    percent(m.grounding),
    percent(m.refusalAccuracy),
    String(m.falseRefusals),
    String(m.missedRefusals),
    String(m.meanMs),
  ];
  const rows = [
    ...Object.entries(report.byCategory)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, m]) => line(name, m)),
    line('TOPLAM', report.overall),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [row(header, widths), rule, ...rows.slice(0, -1).map((r) => row(r, widths)), rule, row(rows.at(-1)!, widths)].join(
    '\n',
  );
}

/** The overall figures of several sets next to each other, one column per set. */
export function formatSideBySide(sets: readonly { name: string; report: EvalReport }[]): string {
  const metrics: [string, (m: Metrics) => string][] = [
    ['soru', (m) => String(m.questions)],
    ['answer', (m) => percent(m.answerAccuracy)],
    ['citation', (m) => percent(m.citationAccuracy)],
    ['ilk atıf', (m) => percent(m.firstCitation)],
    ['grounding', (m) => percent(m.grounding)],
    ['refusal', (m) => percent(m.refusalAccuracy)],
    ['yersiz ret', (m) => String(m.falseRefusals)],
    ['kaçan ret', (m) => String(m.missedRefusals)],
  ];
  const header = ['ölçüm', ...sets.map((s) => s.name)];
  const rows = metrics.map(([name, cell]) => [name, ...sets.map((s) => cell(s.report.overall))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [row(header, widths), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => row(r, widths))].join('\n');
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One block per failed item: what was expected, what came back, and which metric failed. */
export function formatFailures(items: readonly ScoredItem[]): string {
  const failures = items.filter(isFailure);
  if (failures.length === 0) return 'Hatalı yanıt yok.';
  const blocks = failures.map(({ item, score, answer, error }) => {
    const failed = [
      !score.answerOk && 'answer',
      score.citationOk === false && 'citation',
      score.firstCitationOk === false && 'ilk atıf',
      score.grounded === false && 'grounding',
      !score.refusalOk && 'refusal',
    ].filter(Boolean);
    const expected = item.expect.refused
      ? 'ret (belgelerde yok)'
      : `${item.expect.answer_any.map((a) => `"${a}"`).join(' | ')} — ${item.expect.source}: "${item.expect.span}"`;
    const lines = [`${item.id} [${item.category}] ✗ ${failed.join(', ')}`, `  soru:     ${item.question}`, `  beklenen: ${expected}`];
    if (error !== undefined) lines.push(`  hata:     ${clip(error, 200)}`);
    if (answer) {
      lines.push(`  gelen:    ${answer.refused ? '[ret] ' : ''}${clip(answer.answer, 220)}`);
      const cited = answer.citations.map((c) => `${c.source}${c.locator ? ` (${clip(c.locator, 60)})` : ''}: "${clip(c.quote, 90)}"`);
      lines.push(`  kaynak:   ${cited.length === 0 ? '(yok)' : cited.join('\n            ')}`);
    }
    for (const q of score.ungroundedQuotes) lines.push(`  birebir değil: ${q.source}: "${clip(q.quote, 120)}"`);
    return lines.join('\n');
  });
  return [`Hatalı yanıtlar (${failures.length}):`, ...blocks].join('\n\n');
}
