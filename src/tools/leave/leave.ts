import { z } from 'zod';
import { addDays, compareDates, formatTurkishDate, toIsoDate, type CalendarDate } from '../../text/index.js';
import { num } from '../money.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import { basisOf, ruleValue, say } from '../rules/load-rules.js';
import { CommonOutputShape, IsoDateSchema, parseIsoDate } from '../tool-types.js';

const text = (id: string, values?: Record<string, string | number>) => say(CONTRACT_STAFF, id, values);

export const LEAVE_KINDS = ['annual', 'maternity', 'nursing', 'excuse', 'sick', 'compensatory'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const EXCUSE_EVENTS = ['birth', 'marriage', 'death'] as const;
export type ExcuseEvent = (typeof EXCUSE_EVENTS)[number];

export const RELATIVES = [
  'self', 'spouse', 'child', 'mother', 'father', 'sibling',
  'grandparent', 'grandchild', 'parent_in_law', 'sibling_in_law', 'uncle_aunt', 'cousin', 'other',
] as const;
export type Relative = (typeof RELATIVES)[number];

export const RELATIVE_LABELS: Record<Relative, string> = {
  self: 'kendisi', spouse: 'eşi', child: 'çocuğu', mother: 'annesi', father: 'babası', sibling: 'kardeşi',
  grandparent: 'büyükannesi/büyükbabası', grandchild: 'torunu', parent_in_law: 'kayınvalidesi/kayınpederi',
  sibling_in_law: 'eşinin kardeşi/kardeşinin eşi', uncle_aunt: 'amcası/dayısı/halası/teyzesi', cousin: 'kuzeni',
  other: 'diğer bir yakını',
};

const RELATIVE_GENITIVE: Record<Relative, string> = {
  self: 'kendisinin', spouse: 'eşinin', child: 'çocuğunun', mother: 'annesinin', father: 'babasının',
  sibling: 'kardeşinin', grandparent: 'büyükannesinin/büyükbabasının', grandchild: 'torununun',
  parent_in_law: 'kayınvalidesinin/kayınpederinin', sibling_in_law: 'eşinin kardeşinin/kardeşinin eşinin',
  uncle_aunt: 'amcasının/dayısının/halasının/teyzesinin', cousin: 'kuzeninin', other: 'diğer bir yakınının',
};

const EVENT_LABELS: Record<ExcuseEvent, string> = { birth: 'doğum', marriage: 'evlenme', death: 'ölüm' };
const EVENT_NOUNS: Record<ExcuseEvent, string> = { birth: 'doğum yapması', marriage: 'evlenmesi', death: 'ölümü' };

export const LeaveInputSchema = z
  .object({
    kind: z
      .enum(LEAVE_KINDS, { error: 'izin türü annual, maternity, nursing, excuse, sick ya da compensatory olmalı' })
      .describe('İzin türü: annual (yıllık), maternity (doğum), nursing (süt), excuse (mazeret), sick (hastalık), compensatory (fazla çalışma karşılığı)'),
    years_of_service: z
      .number({ error: 'hizmet süresi sayı olmalı' })
      .min(0, { error: 'hizmet süresi negatif olamaz' })
      .max(50, { error: 'hizmet süresi 50 yılı geçemez' })
      .optional()
      .describe('Yıllık izin için hizmet süresi, ondalıklı yıl (5 yıl 6 ay = 5.5)'),
    contract_teacher: z.boolean().optional().describe('MEB norm kadro açığı için sözleşmeli çalıştırılan öğretmen mi'),
    expected_birth_date: IsoDateSchema.optional().describe('Beklenen doğum tarihi, YYYY-AA-GG'),
    multiple_pregnancy: z.boolean().optional().describe('Çoğul (ikiz, üçüz) gebelik mi'),
    work_until_weeks_before_birth: z
      .number({ error: 'doğumdan önce çalışılacak hafta sayı olmalı' })
      .int({ error: 'doğumdan önce çalışılacak hafta tam sayı olmalı' })
      .min(3, { error: 'doğumdan önceki üç haftaya kadar çalışılabilir, daha az olamaz' })
      .max(8, { error: 'en fazla sekiz hafta olabilir' })
      .optional()
      .describe('Doktor raporuyla doğumdan önce kaç hafta kalana kadar çalışılacağı (3-8)'),
    doctor_report: z.boolean().optional().describe('Sağlık durumunun uygun olduğunu gösteren doktor raporu var mı'),
    child_birth_date: IsoDateSchema.optional().describe('Süt izni için çocuğun doğum tarihi, YYYY-AA-GG'),
    event: z
      .enum(EXCUSE_EVENTS, { error: 'olay birth, marriage ya da death olmalı' })
      .optional()
      .describe('Mazeret izni olayı: birth (eşin doğum yapması), marriage (evlenme), death (ölüm)'),
    relative: z
      .enum(RELATIVES, { error: 'yakınlık derecesi tanınmadı' })
      .optional()
      .describe('Olayın kimi ilgilendirdiği: self, spouse, child, mother, father, sibling, grandparent, grandchild, parent_in_law, sibling_in_law, uncle_aunt, cousin, other'),
    sick_days: z
      .number({ error: 'hastalık izni gün sayısı sayı olmalı' })
      .int({ error: 'hastalık izni gün sayısı tam sayı olmalı' })
      .min(0, { error: 'hastalık izni gün sayısı negatif olamaz' })
      .max(366, { error: 'bir yılda 366 günden fazla olamaz' })
      .optional()
      .describe('Bu yıl raporla geçen (veya istenen) hastalık izni günleri toplamı'),
    overtime_hours: z
      .number({ error: 'fazla çalışma saati sayı olmalı' })
      .min(0, { error: 'fazla çalışma saati negatif olamaz' })
      .max(5000, { error: 'fazla çalışma saati makul değil' })
      .optional()
      .describe('Normal çalışma süresini aşan toplam saat'),
    today: IsoDateSchema.optional().describe('Bugünün tarihi (süt izninin sürüp sürmediğini, tarihlerin geçmişte kalıp kalmadığını söylemek için)'),
  })
  .superRefine((input, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (input.kind === 'annual' && input.years_of_service === undefined && !input.contract_teacher) {
      need('years_of_service', 'yıllık izin için hizmet süresi gerekli');
    }
    if (input.kind === 'excuse') {
      if (input.event === undefined) need('event', 'mazeret izni için olay (doğum, evlenme, ölüm) gerekli');
      else if (input.relative === undefined && input.event !== 'birth') need('relative', 'mazeret izni için olayın kimi ilgilendirdiği gerekli');
    }
    if (input.kind === 'compensatory' && input.overtime_hours === undefined) {
      need('overtime_hours', 'fazla çalışma karşılığı izin için saat gerekli');
    }
    if (input.work_until_weeks_before_birth !== undefined && input.work_until_weeks_before_birth < 8 && input.doctor_report !== true) {
      need('doctor_report', 'doğumdan önceki sekiz haftada çalışmak için sağlık durumunun uygun olduğunu gösteren doktor raporu gerekli');
    }
  });
export type LeaveInput = z.infer<typeof LeaveInputSchema>;

export const LeaveOutputSchema = z.object({
  kind: z.enum(LEAVE_KINDS),
  /** Days of leave (annual, excuse, paid sick days, compensatory); null for maternity and nursing. */
  days: z.number().nullable(),
  entitled: z.boolean(),
  weeks_before_birth: z.number().optional(),
  weeks_after_birth: z.number().optional(),
  total_weeks: z.number().optional(),
  weeks_moved_after_birth: z.number().optional(),
  start_date: z.string().optional(),
  end_date: z.string().optional(),
  hours_per_day: z.number().optional(),
  unpaid_days: z.number().optional(),
  remainder_hours: z.number().optional(),
  asOf: z.string(),
  ...CommonOutputShape,
});
export type LeaveOutput = z.infer<typeof LeaveOutputSchema>;

type Parts = Omit<LeaveOutput, 'kind' | 'asOf' | 'basis' | 'verdict'> & { basisIds: string[] };

/** Annual, maternity, nursing and excuse leave, sick leave and leave for overtime, from the rule set. */
export function computeLeave(input: LeaveInput): LeaveOutput {
  const parts = computeParts(input);
  const { basisIds, ...rest } = parts;
  return { kind: input.kind, asOf: CONTRACT_STAFF.asOf, ...rest, verdict: rest.entitled, basis: basisOf(...basisIds) };
}

function computeParts(input: LeaveInput): Parts {
  switch (input.kind) {
    case 'annual':
      return annualLeave(input);
    case 'maternity':
      return maternityLeave(input);
    case 'nursing':
      return nursingLeave(input);
    case 'excuse':
      return excuseLeave(input);
    case 'sick':
      return sickLeave(input);
    case 'compensatory':
      return compensatoryLeave(input);
  }
}

/**
 * Short service (from the minimum up to and including the threshold) gets the short-service days, longer
 * service the long-service days; under the minimum the text grants nothing.
 */
export function annualLeaveDays(yearsOfService: number): number {
  if (yearsOfService < ruleValue('leave.annual.min_service_years')) return 0;
  return yearsOfService > ruleValue('leave.annual.threshold_years')
    ? ruleValue('leave.annual.long_service_days')
    : ruleValue('leave.annual.short_service_days');
}

function annualLeave(input: LeaveInput): Parts {
  if (input.contract_teacher) {
    return {
      days: 0,
      entitled: false,
      lead: text('leave.annual.teacher_lead'),
      summary: text('leave.annual.teacher'),
      calculation: text('leave.annual.teacher_calculation'),
      notes: [text('leave.annual.teacher_note')],
      basisIds: ['leave.annual.teacher_holidays'],
    };
  }
  const years = input.years_of_service!;
  const minYears = ruleValue('leave.annual.min_service_years');
  const threshold = ruleValue('leave.annual.threshold_years');
  const days = annualLeaveDays(years);
  const notes = [text('leave.annual.service_counted')];
  const basisIds = ['leave.annual.short_service_days', 'leave.annual.service_counted'];
  const shown = `${num(years)} yıl`;
  if (years < minYears) {
    notes.unshift(text('leave.annual.under_minimum_note'));
    return {
      days: 0,
      entitled: false,
      lead: `yıllık izin yok (hak ${num(minYears)} yıl hizmetle başlar)`,
      summary: text('leave.annual.under_minimum', { service: shown }),
      calculation: `${shown} < ${num(minYears)} yıl → yıllık izin yok`,
      notes,
      basisIds,
    };
  }
  if (years === threshold) notes.unshift(text('leave.annual.exactly_threshold'));
  return {
    days,
    entitled: true,
    lead: `${days} gün`,
    summary: text('leave.annual.entitled', { service: shown, days }),
    calculation:
      years > threshold
        ? `${shown} > ${num(threshold)} yıl → ${days} gün`
        : `${num(minYears)} yıl ≤ ${shown} ≤ ${num(threshold)} yıl → ${days} gün`,
    notes,
    basisIds,
  };
}

/**
 * 8 weeks before + 8 after; multiple pregnancy adds 2 weeks before birth. With a doctor's report she may work
 * until 3 weeks before birth; the worked weeks of the eight-week part (at most 5) move to after birth. The two
 * weeks added for a multiple pregnancy stay before birth (our reading: the work-on clause speaks of the
 * eight weeks). Dates: the leave starts 7 × weeks-before days before the expected birth date; the after-birth
 * part starts on that date and ends 7 × weeks-after − 1 days later.
 */
function maternityLeave(input: LeaveInput): Parts {
  const before = ruleValue('leave.maternity.before_birth_weeks');
  const after = ruleValue('leave.maternity.after_birth_weeks');
  const extra = input.multiple_pregnancy ? ruleValue('leave.maternity.multiple_pregnancy_extra_weeks') : 0;
  const workUntil = input.work_until_weeks_before_birth ?? before;
  const moved = before - workUntil;
  const weeksBefore = workUntil + extra;
  const weeksAfter = after + moved;
  const total = weeksBefore + weeksAfter;
  const basisIds = ['leave.maternity.before_birth_weeks'];
  if (extra > 0) basisIds.push('leave.maternity.multiple_pregnancy_extra_weeks');
  if (moved > 0) basisIds.push('leave.maternity.work_until_weeks_before_birth', 'leave.maternity.worked_weeks_move_after_birth');
  basisIds.push('leave.maternity.sgk_deduction');
  const notes = [text('leave.maternity.sgk')];
  if (moved > 0) notes.push(`Doğumdan önce çalışılan ${moved} hafta, isteğe bağlı olarak doğum sonrasına eklendi.`);
  if (extra > 0 && moved > 0) notes.push(text('leave.maternity.multiple_and_work_on'));
  const calculation =
    `${weeksBefore} hafta doğum öncesi` +
    (extra > 0 ? ` (${workUntil} + çoğul gebelik için ${extra} hafta)` : moved > 0 ? ` (${before} − ${moved} çalışılan)` : '') +
    ` + ${weeksAfter} hafta doğum sonrası` +
    (moved > 0 ? ` (${after} + ${moved})` : '') +
    ` = ${total} hafta`;
  const parts: Parts = {
    days: null,
    entitled: true,
    weeks_before_birth: weeksBefore,
    weeks_after_birth: weeksAfter,
    total_weeks: total,
    weeks_moved_after_birth: moved,
    lead: `${total} hafta`,
    summary:
      `Toplam ${total} hafta ücretli doğum izni: doğumdan önce ${weeksBefore}, doğumdan sonra ${weeksAfter} hafta.` +
      (extra > 0 ? ` Çoğul gebelik doğum öncesi izne ${extra} hafta ekler.` : ''),
    calculation,
    notes,
    basisIds,
  };
  const due = input.expected_birth_date ? parseIsoDate(input.expected_birth_date) : null;
  if (due) {
    const start = addDays(due, -7 * weeksBefore);
    const end = addDays(due, 7 * weeksAfter - 1);
    parts.start_date = toIsoDate(start);
    parts.end_date = toIsoDate(end);
    parts.lead = `${total} hafta: ${formatTurkishDate(start)} – ${formatTurkishDate(end)}`;
    parts.summary +=
      ` Beklenen doğum tarihi ${formatTurkishDate(due)} ise izin ${formatTurkishDate(start)} günü başlar, ` +
      `${formatTurkishDate(end)} günü biter.`;
    notes.push('Doğum sonrası süre gerçek doğum tarihinden sayılır; doğum beklenenden önce ya da sonra olursa bitiş tarihi kayar.');
    // HR computes past leave all the time: a date before today is computed and said to be in the past.
    const today = input.today ? parseIsoDate(input.today) : null;
    if (today && compareDates(due, today) < 0) {
      notes.unshift(`Beklenen doğum tarihi (${formatTurkishDate(due)}) bugünden (${formatTurkishDate(today)}) önce: tarihler geçmişteki bir doğum için hesaplandı.`);
    }
  }
  return parts;
}

/** The first birthday: the same day a year later; a child born on 29 February turns one on 1 March. */
export function firstBirthday(birth: CalendarDate): CalendarDate {
  const d = new Date(Date.UTC(birth.year + 1, birth.month - 1, birth.day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "bir yaşından küçük çocuklarını emzirmeleri için": the last day is the day before the first birthday. */
function nursingLeave(input: LeaveInput): Parts {
  const hours = ruleValue('leave.nursing.hours_per_day');
  const notes = [text('leave.nursing.mother_chooses'), text('leave.nursing.until_first_birthday')];
  const parts: Parts = {
    days: null,
    entitled: true,
    hours_per_day: hours,
    lead: `günde ${num(hours)} saat`,
    summary: text('leave.nursing.entitled', { hours: num(hours) }),
    calculation: `günde ${num(hours)} saat × çocuk bir yaşına girene kadar`,
    notes,
    basisIds: ['leave.nursing.hours_per_day', 'leave.nursing.mother_chooses_hours'],
  };
  const birth = input.child_birth_date ? parseIsoDate(input.child_birth_date) : null;
  if (birth) {
    const end = addDays(firstBirthday(birth), -1);
    parts.start_date = toIsoDate(birth);
    parts.end_date = toIsoDate(end);
    parts.lead = `günde ${num(hours)} saat, ${formatTurkishDate(end)} gününe kadar`;
    parts.summary = `${formatTurkishDate(birth)} doğumlu çocuk için günde ${num(hours)} saat süt izni ${formatTurkishDate(end)} gününe kadar (bu gün dahil) kullanılabilir.`;
    parts.calculation = `${formatTurkishDate(birth)} + 1 yıl − 1 gün = ${formatTurkishDate(end)}; günde ${num(hours)} saat`;
    const today = input.today ? parseIsoDate(input.today) : null;
    if (today && compareDates(today, end) > 0) {
      parts.entitled = false;
      parts.lead = `süt izni ${formatTurkishDate(end)} günü sona erdi`;
      notes.unshift(`Çocuk ${formatTurkishDate(firstBirthday(birth))} tarihinde bir yaşını doldurduğu için süt izni sona ermiştir.`);
    }
  }
  return parts;
}

const THREE_DAY_DEATH: readonly Relative[] = ['mother', 'father', 'spouse', 'child', 'sibling'];
const THREE_DAY_MARRIAGE: readonly Relative[] = ['self', 'child'];

/** Excuse leave days for one event, as the rule lists them; relatives it does not list get 0. */
export function excuseLeaveDays(event: ExcuseEvent, relative: Relative | undefined): number {
  if (event === 'birth') return relative === undefined || relative === 'spouse' ? ruleValue('leave.excuse.spouse_birth_days') : 0;
  const listed = event === 'death' ? THREE_DAY_DEATH : THREE_DAY_MARRIAGE;
  return relative !== undefined && listed.includes(relative) ? ruleValue('leave.excuse.marriage_or_death_days') : 0;
}

function excuseLeave(input: LeaveInput): Parts {
  const event = input.event!;
  const relative = input.relative ?? (event === 'birth' ? 'spouse' : undefined);
  const days = excuseLeaveDays(event, relative);
  const who = relative ? RELATIVE_LABELS[relative] : '';
  const basisIds = [event === 'birth' ? 'leave.excuse.spouse_birth_days' : 'leave.excuse.marriage_or_death_days'];
  const notes = [text('leave.excuse.per_event')];
  const what = relative ? `${RELATIVE_GENITIVE[relative]} ${EVENT_NOUNS[event]}` : EVENT_NOUNS[event];
  const What = what.charAt(0).toLocaleUpperCase('tr-TR') + what.slice(1);
  if (days === 0) {
    notes.unshift(text(event === 'birth' && relative === 'self' ? 'leave.excuse.own_birth' : `leave.excuse.${event}_listed`));
    return {
      days: 0,
      entitled: false,
      lead: `0 gün: ${what} mazeret izni verilen haller arasında değil`,
      summary: text('leave.excuse.not_listed', { what: What }),
      calculation: text('leave.excuse.not_listed_calculation', { event: EVENT_LABELS[event], who }),
      notes,
      basisIds,
    };
  }
  return {
    days,
    entitled: true,
    lead: `${days} gün`,
    summary: text('leave.excuse.entitled', { what: What, days }),
    calculation: `${EVENT_LABELS[event]} (${who}) → ${days} gün (olay başına)`,
    notes,
    basisIds,
  };
}

function sickLeave(input: LeaveInput): Parts {
  const cap = ruleValue('leave.sick.max_paid_days_per_year');
  const basisIds = ['leave.sick.max_paid_days_per_year', 'leave.sick.sgk_deduction'];
  const notes = [text('leave.sick.report'), text('leave.sick.sgk')];
  if (input.sick_days === undefined) {
    return {
      days: cap,
      entitled: true,
      lead: `yılda en fazla ${cap} gün`,
      summary: text('leave.sick.cap', { days: cap }),
      calculation: `yıllık üst sınır ${cap} gün`,
      notes,
      basisIds,
    };
  }
  const paid = Math.min(input.sick_days, cap);
  const unpaid = input.sick_days - paid;
  if (unpaid > 0) notes.unshift(`${cap} günü aşan ${unpaid} gün için bu maddede ücretli hastalık izni öngörülmemiştir.`);
  return {
    days: paid,
    entitled: paid > 0,
    unpaid_days: unpaid,
    lead: unpaid > 0 ? `${paid} gün ücretli, ${unpaid} gün sınırı aşıyor` : `${paid} gün, ${cap} günlük sınırın içinde`,
    summary:
      unpaid > 0
        ? `Yılda ${input.sick_days} günlük raporun ${paid} günü ücretli hastalık izni sınırı içindedir; ${unpaid} gün sınırı aşar.`
        : `Yılda ${input.sick_days} günlük hastalık izni, ${cap} günlük ücretli izin sınırı içindedir.`,
    calculation: `min(${input.sick_days}, ${cap}) = ${paid} gün ücretli; aşan ${unpaid} gün`,
    notes,
    basisIds,
  };
}

function compensatoryLeave(input: LeaveInput): Parts {
  const perDay = ruleValue('leave.compensatory.hours_per_day');
  const hours = input.overtime_hours!;
  const days = Math.floor(hours / perDay);
  const remainder = Math.round((hours - days * perDay) * 100) / 100;
  return {
    days,
    entitled: days > 0,
    remainder_hours: remainder,
    lead: `${days} gün` + (remainder > 0 ? ` (artan ${num(remainder)} saat)` : ''),
    summary:
      `${num(hours)} saat fazla çalışma için ${days} gün izin verilir` +
      (remainder > 0 ? `; artan ${num(remainder)} saat bir güne tamamlanmaz.` : '.'),
    calculation: `${num(hours)} saat ÷ ${perDay} = ${days} gün, kalan ${num(remainder)} saat`,
    notes: [text('leave.compensatory.reservation'), 'Artan saatlerin sonraki fazla çalışmalarla birleştirilip birleştirilmeyeceğini metin söylemez.'],
    basisIds: ['leave.compensatory.hours_per_day'],
  };
}

/**
 * Checks that need "today". A past expected birth date is computed (HR computes past leave), with a note;
 * a child's birth date in the future is a mistake in the question and is named.
 */
export function checkLeaveDates(input: LeaveInput, today: CalendarDate): { field: string; message: string } | null {
  if (input.kind === 'nursing' && input.child_birth_date) {
    const birth = parseIsoDate(input.child_birth_date);
    if (birth && compareDates(birth, today) > 0) {
      return { field: 'child_birth_date', message: `çocuğun doğum tarihi (${formatTurkishDate(birth)}) gelecekte olamaz` };
    }
  }
  return null;
}
