/** Document kinds as staff name them; `/dizin kanal` accepts either the code or one of these words. */
export const KIND_LABELS: Record<string, string> = {
  regulation: 'mevzuat',
  'gazette-issue': 'gazete sayısı',
  directive: 'yönerge',
  report: 'rapor',
  'strategic-plan': 'stratejik plan',
  other: 'diğer',
};

const KIND_ALIASES: Record<string, string> = {
  mevzuat: 'regulation',
  yonetmelik: 'regulation',
  esaslar: 'regulation',
  kanun: 'regulation',
  gazete: 'gazette-issue',
  dergi: 'gazette-issue',
  yonerge: 'directive',
  genelge: 'directive',
  rapor: 'report',
  'stratejik-plan': 'strategic-plan',
  stratejikplan: 'strategic-plan',
  plan: 'strategic-plan',
  diger: 'other',
};

const fold = (word: string) =>
  word
    .toLocaleLowerCase('tr-TR')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i');

/** "Yönerge", "rapor", "strategic-plan" → the kind code; null for a word that names no kind. */
export function kindFromWord(word: string): string | null {
  const folded = fold(word);
  if (folded in KIND_LABELS) return folded;
  return KIND_ALIASES[folded] ?? null;
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}
