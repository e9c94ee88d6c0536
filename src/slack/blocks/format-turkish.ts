const MONTHS = [
  'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran',
  'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık',
];

/** "2011-01" → "Ocak 2011", "2024-05-07" → "7 Mayıs 2024", "2015" and "Ocak 2011" stay as they are. */
export function formatAsOf(asOf: string | null): string | null {
  if (!asOf) return null;
  const ym = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(asOf.trim());
  if (!ym) return asOf.trim();
  const month = MONTHS[Number(ym[2]) - 1];
  if (!month) return asOf.trim();
  return ym[3] ? `${Number(ym[3])} ${month} ${ym[1]}` : `${month} ${ym[1]}`;
}

/** An ISO timestamp as Turkish staff read it, in Türkiye time: "23 Kasım 2026 18:23". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('tr-TR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Istanbul',
  }).format(date);
}

/** 1536 → "1,5 KB" (Turkish decimal comma). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('tr-TR', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** 1234 → "1,2 sn", 250 → "250 ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toLocaleString('tr-TR', { maximumFractionDigits: 1 })} sn`;
}
