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
