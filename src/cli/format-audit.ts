import type { AuditRow } from '../ingest/audit-corpus.js';

const KIND_LABEL: Record<string, string> = {
  law: 'kanun',
  regulation: 'yönetmelik',
  directive: 'yönerge',
  circular: 'genelge',
  'gazette-issue': 'dergi sayısı',
  report: 'rapor',
  'strategic-plan': 'stratejik plan',
  other: 'diğer',
};

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text.padEnd(width) : `${chars.slice(0, width - 1).join('')}…`;
}

/** The audit for a person: one row per file, its warnings under it. */
export function formatAuditTable(rows: readonly AuditRow[], corpusDir: string): string {
  const ok = rows.filter((r) => r.status === 'ok').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  const copies = rows.filter((r) => r.status === 'duplicate').length;
  const out = [`Denetim: ${rows.length} dosya — ${ok} belge, ${failed} okunamayan, ${copies} kopya (${corpusDir})`, ''];
  const header = `${fit('dosya', 40)} ${fit('başlık', 48)} ${fit('tür', 14)} ${fit('tarih', 10)} ${fit('madde', 9)} ${fit('ek', 3)} sayfa`;
  out.push(header, '-'.repeat([...header].length + 6));
  for (const r of rows) {
    const articles = r.extra_articles > 0 ? `${r.articles}+${r.extra_articles}` : String(r.articles);
    const pages = r.pages === null ? '—' : `${r.pages}${r.printed_pages ? ` (${r.printed_pages})` : ''}`;
    const kind = r.kind ? (KIND_LABEL[r.kind] ?? r.kind) : r.status === 'duplicate' ? 'kopya' : '—';
    out.push(
      `${fit(r.source, 40)} ${fit(r.title ?? '(okunamadı)', 48)} ${fit(kind, 14)} ${fit(r.as_of ?? '—', 10)} ${fit(articles, 9)} ${fit(String(r.annexes), 3)} ${pages}`,
    );
    for (const w of r.warnings) out.push(`    ⚠ ${w}`);
  }
  out.push('', 'madde: gövde maddeleri (+ ek, geçici ve araya eklenen maddeler); ek: maddelerden sonraki ekler, cetveller, listeler.');
  return `${out.join('\n')}\n`;
}
