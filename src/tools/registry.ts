import type { z } from 'zod';
import { checkLeaveDates, computeLeave, LeaveInputSchema, LeaveOutputSchema } from './leave.js';
import { IndicatorLookupInputSchema, IndicatorLookupOutputSchema, lookupIndicator } from './indicator-lookup.js';
import { payCap, PayCapInputSchema, PayCapOutputSchema } from './pay-cap.js';
import { computeSeverance, SeveranceInputSchema, SeveranceOutputSchema } from './severance.js';
import type { ToolContext } from './tool-types.js';
import { addDays, formatTurkishDate, toIsoDate, type CalendarDate } from '../text/index.js';

export const TOOL_NAMES = ['pay_cap', 'leave', 'severance', 'indicator_lookup'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export const TOOLS = {
  pay_cap: {
    name: 'pay_cap',
    description:
      'Sözleşmeli personel ücret tavanını hesaplar (Sözleşmeli Personel Esasları, Madde 3): pozisyona göre tavan ' +
      '(pilot 3 kat; helikopter makinisti, uçuş teknisyeni, uçuşla ilgili bakım-kontrolörlük, yükseköğretim gemiadamı ' +
      've AR-GE proje pozisyonları 2 kat; diğerleri 1 kat), aylık brüt ücret + yıllık menfaatlerin 1/12\'si toplamının ' +
      'tavanı aşıp aşmadığı, muafiyetler. Taban tutar Ocak 2011 itibarıyla 2.884 TL; daha yeni bir tutar tarihiyle verilebilir.',
    inputSchema: PayCapInputSchema,
    outputSchema: PayCapOutputSchema,
  },
  leave: {
    name: 'leave',
    description:
      'Sözleşmeli personelin izin haklarını hesaplar (Madde 9, 10, 13): yıllık izin (hizmet yılına göre), doğum izni ' +
      '(beklenen doğum tarihinden tarihler, çoğul gebelik, doğumdan önce çalışma), süt izni, mazeret izni (olay ve yakınlık), ' +
      'hastalık izni (yıllık ücretli üst sınır), fazla çalışma karşılığı izin (8 saat = 1 gün). Sözleşmeli öğretmenlere yıllık izin verilmez.',
    inputSchema: LeaveInputSchema,
    outputSchema: LeaveOutputSchema,
  },
  severance: {
    name: 'severance',
    description:
      'Sözleşmeli personelin iş sonu tazminatını hesaplar (Madde 7 ve Ek Madde 6): en az 2 yıl kesintisiz hizmet, ' +
      'tazminat doğuran ve doğurmayan ayrılış nedenleri, son aylık brüt ücret × tam yıl + artan süre için kıst tutar, ' +
      'emeklilik ikramiyesi tavanı ve yurt dışındaki yabancı uyruklu personel için ayrı kural.',
    inputSchema: SeveranceInputSchema,
    outputSchema: SeveranceOutputSchema,
  },
  indicator_lookup: {
    name: 'indicator_lookup',
    description:
      'Stratejik planın performans göstergesi tablolarında kod (1.1.1 … 3.2.16) ya da adla gösterge arar; yıl değerini, ' +
      'iki yıl arasındaki değişimi ve hedef yılına kalan farkı verir. Boş hücre "veri yok" demektir. Maliyetlendirme ' +
      'tablosundan hedef, amaç ve toplam maliyetleri de okur.',
    inputSchema: IndicatorLookupInputSchema,
    outputSchema: IndicatorLookupOutputSchema,
  },
} as const satisfies Record<ToolName, { name: ToolName; description: string; inputSchema: z.ZodType; outputSchema: z.ZodType }>;

export type ToolInput<N extends ToolName> = z.infer<(typeof TOOLS)[N]['inputSchema']>;
export type ToolOutput<N extends ToolName> = z.infer<(typeof TOOLS)[N]['outputSchema']>;

export type RunToolResult<N extends ToolName = ToolName> =
  | { ok: true; tool: N; input: ToolInput<N>; output: ToolOutput<N> }
  | { ok: false; tool: string; field: string; message: string };

/** Turkish name of each argument and an example a person (or a model) can copy. */
const BIRTH_DATE_EXAMPLE_PLACEHOLDER = '«ileri bir tarih»';

export const FIELD_HELP: Record<string, { label: string; example: string }> = {
  position: { label: 'pozisyon unvanı', example: '"pilot", "helikopter makinisti", "mühendis"' },
  monthly_gross_pay: { label: 'aylık brüt ücret', example: '2500 ya da "2.500,50 TL"' },
  annual_other_benefits: { label: 'yıllık diğer parasal ve ayni menfaatler', example: '6000 (yılda 6.000 TL)' },
  base_cap_amount: { label: 'yeni taban tavan tutarı', example: '3500' },
  base_cap_as_of: { label: 'yeni tavanın tarihi', example: '"2026-01"' },
  kind: { label: 'izin türü', example: '"annual", "maternity", "nursing", "excuse", "sick", "compensatory"' },
  years_of_service: { label: 'hizmet süresi (yıl)', example: '12 ya da 5,5 (5 yıl 6 ay)' },
  // Replaced by a date after "today" in runTool: an example must itself be acceptable.
  expected_birth_date: { label: 'beklenen doğum tarihi', example: BIRTH_DATE_EXAMPLE_PLACEHOLDER },
  child_birth_date: { label: 'çocuğun doğum tarihi', example: '"2025-06-15" (15 Haziran 2025)' },
  work_until_weeks_before_birth: { label: 'doğumdan önce çalışılacak son hafta', example: '3 (doğumdan üç hafta öncesine kadar)' },
  doctor_report: { label: 'doktor raporu', example: 'true' },
  event: { label: 'mazeret olayı', example: '"death" (ölüm), "marriage" (evlenme), "birth" (eşin doğumu)' },
  relative: { label: 'yakınlık', example: '"mother", "father", "spouse", "child", "sibling"' },
  sick_days: { label: 'hastalık izni gün sayısı', example: '12' },
  overtime_hours: { label: 'fazla çalışma saati', example: '20' },
  today: { label: 'bugünün tarihi', example: '"2026-03-01"' },
  reason: { label: 'ayrılış nedeni', example: '"position_not_needed", "resignation_with_notice", "pension"' },
  weekly_hours: { label: 'haftalık çalışma saati', example: '40' },
  retirement_bonus_cap_per_year: { label: 'bir hizmet yılı için azami emeklilik ikramiyesi', example: '25000' },
  code: { label: 'gösterge kodu', example: '"1.1.2"' },
  name: { label: 'gösterge adı', example: '"net okullaşma oranı"' },
  sub_row: { label: 'alt satır', example: '"Ortaokul"' },
  year: { label: 'yıl', example: '2013' },
  from_year: { label: 'başlangıç yılı', example: '2012' },
  to_year: { label: 'bitiş yılı', example: '2014' },
  cost: { label: 'maliyet satırı', example: '"1.1", "amaç 2", "toplam"' },
  indicators: { label: 'gösterge deposu', example: '`npm run ingest` ile oluşturulan dizin' },
};

function futureDateExample(today: CalendarDate): string {
  const date = addDays(today, 100);
  return `"${toIsoDate(date)}" (${formatTurkishDate(date)})`;
}

/** "Hizmet süresi (yıl) (years_of_service) geçersiz: … Kabul edilen örnek: 12 ya da 5,5 (5 yıl 6 ay)." */
export function fieldMessage(field: string, problem: string, missing = false): string {
  const help = FIELD_HELP[field];
  const what = help ? `${capitalize(help.label)} (${field})` : `Girdi (${field})`;
  const head = missing ? `${what} eksik: ${problem}.` : `${what} geçersiz: ${problem}.`;
  return help ? `${head} Kabul edilen örnek: ${help.example}.` : head;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('tr-TR') + text.slice(1);
}

/** The first zod issue as a Turkish sentence that names the field and gives an example. */
export function describeInputError(error: z.ZodError, rawArgs: unknown): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? 'girdi');
  const isObject = rawArgs !== null && typeof rawArgs === 'object' && !Array.isArray(rawArgs);
  const missing = isObject && issue.path.length > 0 && (rawArgs as Record<string, unknown>)[field] === undefined;
  const problem = missing && issue.code !== 'custom' ? 'bu bilgi gerekli' : issue.message;
  return { field, message: fieldMessage(field, problem, missing) };
}

function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

/**
 * Validates raw arguments (from the router or a model) and runs a tool. Never throws: bad input comes back
 * as `{ ok: false, field, message }` with a Turkish message naming the field and an accepted example.
 */
export function runTool(name: string, rawArgs: unknown, context: ToolContext): RunToolResult {
  const result = runToolUnchecked(name, rawArgs, context);
  return result.ok ? result : { ...result, message: result.message.replace(BIRTH_DATE_EXAMPLE_PLACEHOLDER, futureDateExample(context.today)) };
}

function runToolUnchecked(name: string, rawArgs: unknown, context: ToolContext): RunToolResult {
  if (!isToolName(name)) {
    return { ok: false, tool: name, field: 'tool', message: `Bilinmeyen araç: ${name}. Araçlar: ${TOOL_NAMES.join(', ')}.` };
  }
  try {
    switch (name) {
      case 'pay_cap': {
        const parsed = PayCapInputSchema.safeParse(rawArgs);
        if (!parsed.success) return { ok: false, tool: name, ...describeInputError(parsed.error, rawArgs) };
        return { ok: true, tool: name, input: parsed.data, output: payCap(parsed.data) };
      }
      case 'leave': {
        const parsed = LeaveInputSchema.safeParse(rawArgs);
        if (!parsed.success) return { ok: false, tool: name, ...describeInputError(parsed.error, rawArgs) };
        const dateProblem = checkLeaveDates(parsed.data, context.today);
        if (dateProblem) return { ok: false, tool: name, field: dateProblem.field, message: fieldMessage(dateProblem.field, dateProblem.message) };
        return { ok: true, tool: name, input: parsed.data, output: computeLeave(parsed.data) };
      }
      case 'severance': {
        const parsed = SeveranceInputSchema.safeParse(rawArgs);
        if (!parsed.success) return { ok: false, tool: name, ...describeInputError(parsed.error, rawArgs) };
        return { ok: true, tool: name, input: parsed.data, output: computeSeverance(parsed.data) };
      }
      case 'indicator_lookup': {
        const parsed = IndicatorLookupInputSchema.safeParse(rawArgs);
        if (!parsed.success) return { ok: false, tool: name, ...describeInputError(parsed.error, rawArgs) };
        if (!context.indicators) {
          return { ok: false, tool: name, field: 'indicators', message: fieldMessage('indicators', 'gösterge tabloları yüklenmemiş') };
        }
        return { ok: true, tool: name, input: parsed.data, output: lookupIndicator(parsed.data, context.indicators) };
      }
    }
  } catch (error) {
    // A computation should not fail on validated input; if it does, say so without a trace or a number.
    return { ok: false, tool: name, field: 'hesaplama', message: `Hesaplama yapılamadı (${error instanceof Error ? error.message : 'bilinmeyen hata'}).` };
  }
}
