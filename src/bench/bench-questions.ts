import fs from 'node:fs/promises';

/** Used when the evaluation set is missing: a mix of article, report, plan and English questions. */
const BUILT_IN = [
  'Sözleşmeli personele ödenebilecek aylık brüt ücretin üst sınırı ne kadardır?',
  'Sözleşmeli personele kaç gün yıllık izin verilir?',
  'Resmi tabip raporu olan sözleşmeli personel yılda kaç gün hastalık izni kullanabilir?',
  'Doğum izni kaç hafta sürer?',
  'Süt izni günde ne kadardır?',
  'Sözleşme hangi durumlarda feshedilir?',
  'Kars İŞKUR raporuna göre kayıtlı işsiz sayısı kaçtır?',
  'İzmir meslek fabrikası hangi kursları açtı?',
  'Erzincan stratejik planında okullaşma oranı hedefi nedir?',
  'Sektörel Mükemmeliyet Merkezleri Yönergesi Madde 4 ne diyor?',
  'How many days of annual leave do contract staff get?',
  'What is the cap on the monthly gross pay of contract staff?',
  'How long is maternity leave?',
  'What does the strategic plan say about vocational education?',
];

/**
 * About `count` questions for latency runs: every English question of the evaluation set, then Turkish
 * ones taken at an even stride so every category is represented. Deterministic.
 */
export async function loadBenchQuestions(jsonlPath: string, count = 60): Promise<{ questions: string[]; from: string }> {
  let lines: string[];
  try {
    lines = (await fs.readFile(jsonlPath, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  } catch {
    return { questions: BUILT_IN, from: 'built-in list' };
  }
  const parsed = lines
    .map((line) => {
      try {
        return JSON.parse(line) as { question?: unknown; lang?: unknown };
      } catch {
        return null;
      }
    })
    .filter((q): q is { question: string; lang?: unknown } => typeof q?.question === 'string');
  if (parsed.length === 0) return { questions: BUILT_IN, from: 'built-in list' };
  const english = parsed.filter((q) => q.lang === 'en').map((q) => q.question);
  const turkish = parsed.filter((q) => q.lang !== 'en').map((q) => q.question);
  const wanted = Math.max(0, count - english.length);
  const stride = turkish.length / Math.max(1, Math.min(wanted, turkish.length));
  const picked: string[] = [];
  for (let i = 0; picked.length < wanted && Math.floor(i * stride) < turkish.length; i++) picked.push(turkish[Math.floor(i * stride)]!);
  return { questions: [...picked, ...english].slice(0, count), from: jsonlPath };
}
