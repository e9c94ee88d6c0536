import type { AuditEntry, InstanceInfo, Job } from '../../store/index.js';
import type { KnownBlock, RenderedMessage } from './block-types.js';
import { escapeAndTruncate, escapeMrkdwn } from './escape-mrkdwn.js';
import { formatTimestamp } from './format-turkish.js';

const JOB_KIND: Record<Job['kind'], string> = { reindex: 'yeniden dizinleme', 'add-document': 'belge ekleme', 'remove-document': 'belge silme' };
const JOB_STATE: Record<Job['state'], string> = { queued: 'kuyrukta', running: 'çalışıyor', done: 'bitti', failed: 'başarısız', merged: 'başka işle karşılandı' };

/** The part of /dizin durum about the deployment: every live instance with the index version it serves, and the job queue. */
export function renderDeployment(instances: InstanceInfo[], jobs: Job[], selfId: string): KnownBlock[] {
  const instanceLines = instances.map(
    (i) => `• \`${escapeMrkdwn(i.host)}:${i.pid}\` (${escapeMrkdwn(i.role)})${i.id === selfId ? ' ← bu yanıt' : ''}: sürüm \`${escapeMrkdwn(i.indexVersion ?? '—')}\``,
  );
  const jobLines = jobs.map((j) => {
    const progress = j.state === 'running' && j.progress ? ` — ${escapeMrkdwn(j.progress.phase)} ${j.progress.done}/${j.progress.total}` : '';
    const error = j.state === 'failed' && j.error ? ` — ${escapeAndTruncate(j.error, 200)}` : '';
    return `• #${j.id} ${JOB_KIND[j.kind]}: *${JOB_STATE[j.state]}*${progress}${error} _(${escapeMrkdwn(j.requestedBy)}, ${escapeMrkdwn(formatTimestamp(j.createdAt))})_`;
  });
  return [
    { type: 'section', text: { type: 'mrkdwn', text: `*🖥️ Çalışan örnekler (${instances.length})*\n${instanceLines.join('\n') || '—'}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `*📋 Dizin işleri*\n${jobLines.join('\n') || 'Kuyruk boş.'}` } },
  ];
}

/** /dizin denetim: the last admin operations, newest first. */
export function renderAuditLog(entries: AuditEntry[]): RenderedMessage {
  if (entries.length === 0) {
    return { text: 'Henüz kayıtlı yönetici işlemi yok.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Henüz kayıtlı yönetici işlemi yok.' } }] };
  }
  const actor = (a: string) => (/^[UW][A-Z0-9]+$/.test(a) ? `<@${a}>` : `\`${escapeMrkdwn(a)}\``);
  const lines = entries.map(
    (e) =>
      `• ${escapeMrkdwn(formatTimestamp(e.at))} — ${actor(e.actor)} *${escapeMrkdwn(e.action)}*${e.target ? ` \`${escapeAndTruncate(e.target, 200)}\`` : ''}${e.detail ? `: ${escapeAndTruncate(e.detail, 300)}` : ''}`,
  );
  return {
    text: `Son ${entries.length} yönetici işlemi`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*🧾 Son yönetici işlemleri (${entries.length})*` } },
      { type: 'section', text: { type: 'mrkdwn', text: fitLines(lines, 2900) } },
    ],
  };
}

/** Whole lines (already escaped) up to `max` characters: never cuts inside an entity or a mention. */
function fitLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max) break;
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}
