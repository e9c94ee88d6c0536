import { z } from 'zod';
import { lira, num, roundToKurus } from '../money.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import { basisOf, ruleValue, say } from '../rules/load-rules.js';
import { CommonOutputShape } from '../tool-types.js';

const text = (id: string, values?: Record<string, string | number>) => say(CONTRACT_STAFF, id, values);

export const SEVERANCE_REASONS = [
  'pension',
  'position_not_needed',
  'resignation_with_notice',
  'resignation_title_change',
  'resignation_relocation_refused',
  'lost_qualification',
  'death',
  'resignation_without_notice',
  'absence',
  'breach_after_warning',
  'qualification_never_met',
  'project_completed',
  'age_limit',
] as const;
export type SeveranceReason = (typeof SEVERANCE_REASONS)[number];

/** How the rule set words each reason, in Turkish. */
export const SEVERANCE_REASON_LABELS: Record<SeveranceReason, string> = Object.fromEntries(
  SEVERANCE_REASONS.map((reason) => [reason, text(`severance.reason.${reason}`)]),
) as Record<SeveranceReason, string>;

type Eligibility = 'eligible' | 'not_eligible' | 'unclear';

/** Each reason: whether it gives end-of-service pay, the rules that say so, and what the text leaves open. */
const DOMESTIC: Record<SeveranceReason, { eligibility: Eligibility; basis: string[]; note?: string }> = {
  pension: { eligibility: 'eligible', basis: ['severance.reason_a_pension'] },
  position_not_needed: { eligibility: 'eligible', basis: ['severance.reason_b_not_needed'] },
  resignation_with_notice: { eligibility: 'eligible', basis: ['severance.reason_c_resignation_ek6', 'severance.resignation_notice_months'] },
  resignation_title_change: {
    eligibility: 'eligible',
    basis: ['severance.reason_c_resignation_ek6', 'severance.resignation_notice_months', 'severance.ek1_title_change'],
  },
  resignation_relocation_refused: {
    eligibility: 'eligible',
    basis: ['severance.reason_c_resignation_ek6', 'severance.resignation_notice_months', 'severance.ek1_relocation_refused'],
  },
  lost_qualification: { eligibility: 'eligible', basis: ['severance.reason_c_lost_qualification'] },
  death: { eligibility: 'eligible', basis: ['severance.reason_d_death', 'severance.death_heirs'], note: text('severance.note.death') },
  resignation_without_notice: {
    eligibility: 'not_eligible',
    basis: ['severance.disqualified', 'severance.resignation_notice_months'],
    note: text('severance.note.resignation_without_notice'),
  },
  absence: { eligibility: 'not_eligible', basis: ['severance.disqualified', 'severance.ek6_absence'] },
  breach_after_warning: { eligibility: 'not_eligible', basis: ['severance.disqualified', 'severance.ek6_breach_after_warning'] },
  qualification_never_met: {
    eligibility: 'not_eligible',
    basis: ['severance.ek6_qualification_never_met', 'severance.reason_c_lost_qualification'],
    note: text('severance.note.qualification_never_met'),
  },
  project_completed: {
    eligibility: 'unclear',
    basis: ['severance.ek6_project_completed', 'severance.reason_b_not_needed', 'severance.ministry_resolves_doubts'],
    note: text('severance.note.project_completed'),
  },
  age_limit: {
    eligibility: 'unclear',
    basis: ['severance.age_limit', 'severance.reason_a_pension', 'severance.ministry_resolves_doubts'],
    note: text('severance.note.age_limit'),
  },
};

/** The reasons for which a contract abroad may provide end-of-service pay to foreign nationals. */
const FOREIGN_REASONS: readonly SeveranceReason[] = ['position_not_needed', 'age_limit', 'pension', 'death'];

export const SeveranceInputSchema = z
  .object({
    monthly_gross_pay: z
      .number({ error: 'aylık brüt ücret sayı olmalı' })
      .positive({ error: 'aylık brüt ücret sıfırdan büyük olmalı' })
      .max(100_000_000, { error: 'aylık brüt ücret makul bir tutar değil' })
      .optional()
      .describe('Ayrılış tarihindeki sözleşmede yazılı aylık brüt ücret (TL); yalnızca hak olup olmadığı soruluyorsa boş bırakılabilir'),
    years_of_service: z
      .number({ error: 'hizmet süresi sayı olmalı' })
      .min(0, { error: 'hizmet süresi negatif olamaz' })
      .max(50, { error: 'hizmet süresi 50 yılı geçemez' })
      .optional()
      .describe('Kurumda fiilen geçen hizmet, ondalıklı yıl (5 yıl 6 ay = 5.5); yalnızca hak olup olmadığı soruluyorsa boş bırakılabilir'),
    reason: z
      .enum(SEVERANCE_REASONS, { error: 'ayrılış nedeni tanınmadı' })
      .describe(
        'Ayrılış nedeni: pension, position_not_needed, resignation_with_notice, resignation_title_change, ' +
          'resignation_relocation_refused, lost_qualification, death, resignation_without_notice, absence, ' +
          'breach_after_warning, qualification_never_met, project_completed, age_limit',
      ),
    uninterrupted: z.boolean().optional().describe('Hizmet, askerlik ve doğum dışında kesintisiz mi (varsayılan: evet)'),
    weekly_hours: z
      .number({ error: 'haftalık çalışma saati sayı olmalı' })
      .positive({ error: 'haftalık çalışma saati sıfırdan büyük olmalı' })
      .max(80, { error: 'haftalık çalışma saati 80\'i geçemez' })
      .optional()
      .describe('Haftalık çalışma saati (varsayılan 40)'),
    contract_teacher: z.boolean().optional().describe('MEB norm kadro açığı için sözleşmeli öğretmen mi (40 saat şartı aranmaz)'),
    foreign_national_abroad: z.boolean().optional().describe('Yurt dışı teşkilatında çalışan yabancı uyruklu personel mi'),
    contract_has_severance_clause: z
      .boolean()
      .optional()
      .describe('Yabancı uyruklu personelin sözleşmesinde iş sonu tazminatı hükmü var mı'),
    retirement_bonus_cap_per_year: z
      .number({ error: 'tavan tutarı sayı olmalı' })
      .positive({ error: 'tavan tutarı sıfırdan büyük olmalı' })
      .optional()
      .describe('Emsal memura 5434 sayılı Kanuna göre bir hizmet yılı için ödenecek azami emeklilik ikramiyesi (TL), biliniyorsa'),
  });
export type SeveranceInput = z.infer<typeof SeveranceInputSchema>;

export const SeveranceOutputSchema = z.object({
  eligibility: z.enum(['eligible', 'not_eligible', 'unclear']),
  eligible: z.boolean(),
  rule: z.enum(['domestic', 'foreign_abroad']),
  reason_label: z.string(),
  full_years: z.number(),
  remainder_years: z.number(),
  per_year_amount: z.number(),
  /** 0 when nothing is due; for foreign nationals abroad the maximum the contract may provide. */
  amount: z.number(),
  cap_status: z.enum(['not_computable', 'within', 'capped', 'not_applicable']),
  asOf: z.string(),
  ...CommonOutputShape,
});
export type SeveranceOutput = z.infer<typeof SeveranceOutputSchema>;

/** Whole years and the rest: 5.5 → 5 and 0.5 (a rounding guard keeps 11.999999 from 6/12 sums at 12). */
function splitYears(years: number): { full: number; rest: number } {
  const full = Math.floor(years + 1e-9);
  return { full, rest: Math.max(0, Math.round((years - full) * 1e6) / 1e6) };
}

/**
 * Eligibility (a minimum of uninterrupted actual service; the listed reasons; none in the disqualifying
 * cases), then monthly gross × full years + the same pro rata for the rest, each year capped by the
 * comparable civil servant's maximum retirement bonus for one year — which the inputs cannot give, so it
 * is applied only when the user supplies it. Foreign nationals abroad: at most a share of pay per year.
 */
export function computeSeverance(input: SeveranceInput): SeveranceOutput {
  const { monthly_gross_pay: monthly, years_of_service: serviceYears } = input;
  if (monthly === undefined || serviceYears === undefined) return severanceEligibility(input);
  return computeAmount({ ...input, monthly_gross_pay: monthly, years_of_service: serviceYears });
}

/**
 * "İstifa eden sözleşmeli personel iş sonu tazminatı alabilir mi?": whether the reason gives the pay at
 * all, which needs neither the pay nor the years; the amount is not computed, and the minimum service
 * is a note, not a guess.
 */
function severanceEligibility(input: SeveranceInput): SeveranceOutput {
  const label = SEVERANCE_REASON_LABELS[input.reason];
  const foreign = input.foreign_national_abroad === true;
  const reason = DOMESTIC[input.reason];
  const eligibility: Eligibility = foreign
    ? (FOREIGN_REASONS.includes(input.reason) ? 'unclear' : 'not_eligible')
    : reason.eligibility;
  const basisIds = foreign ? ['severance.foreign_abroad_reasons', 'severance.foreign_abroad_contract_clause'] : ['severance.min_service_years', ...reason.basis];
  const notes: string[] = [];
  if (!foreign && reason.note) notes.push(reason.note);
  if (eligibility !== 'not_eligible') {
    if (!foreign) notes.push(`Tazminat için kurumda kesintisiz en az ${ruleValue('severance.min_service_years')} hizmet yılı gerekir.`);
    notes.push('Tutar için ayrılış tarihindeki aylık brüt ücret ve hizmet süresi gerekir.');
  }
  if (foreign) notes.push(text('severance.foreign.clause'));
  const verdict = eligibility === 'eligible' ? true : eligibility === 'not_eligible' ? false : null;
  const lead = eligibility === 'eligible' ? 'iş sonu tazminatı ödenir' : eligibility === 'not_eligible' ? 'iş sonu tazminatı ödenmez' : 'belirsiz';
  return {
    full_years: 0,
    remainder_years: 0,
    reason_label: label,
    asOf: CONTRACT_STAFF.asOf,
    eligibility,
    eligible: eligibility === 'eligible',
    rule: foreign ? 'foreign_abroad' : 'domestic',
    per_year_amount: 0,
    amount: 0,
    cap_status: 'not_computable',
    lead,
    verdict,
    summary: eligibility === 'eligible'
      ? `"${label}" nedeniyle ayrılan sözleşmeli personele iş sonu tazminatı ödenir (tutar hesaplanmadı).`
      : eligibility === 'not_eligible'
        ? `İş sonu tazminatı ödenmez: ayrılış nedeni (${label}) tazminat doğuran haller arasında değil.`
        : `"${label}" nedeniyle ayrılışta iş sonu tazminatı metinden kesin çıkmıyor.`,
    calculation: `ayrılış nedeni: ${label} → ${lead}`,
    basis: basisOf(...basisIds),
    notes,
  };
}

function computeAmount(input: SeveranceInput & { monthly_gross_pay: number; years_of_service: number }): SeveranceOutput {
  const { full, rest } = splitYears(input.years_of_service);
  const notes: string[] = [];
  const basisIds: string[] = [];
  const label = SEVERANCE_REASON_LABELS[input.reason];
  const base = { full_years: full, remainder_years: rest, reason_label: label, asOf: CONTRACT_STAFF.asOf };
  const years = `${num(input.years_of_service)} yıl`;

  if (input.foreign_national_abroad) {
    const share = ruleValue('severance.foreign_abroad_max_share');
    basisIds.push('severance.min_weekly_hours', 'severance.foreign_abroad_reasons', 'severance.foreign_abroad_contract_clause', 'severance.foreign_abroad_max_share');
    const perYear = roundToKurus(input.monthly_gross_pay * share);
    const amount = roundToKurus(perYear * full + perYear * rest);
    const reasonOk = FOREIGN_REASONS.includes(input.reason);
    const eligibility: Eligibility = !reasonOk
      ? 'not_eligible'
      : input.contract_has_severance_clause === false
        ? 'not_eligible'
        : input.contract_has_severance_clause === true
          ? 'eligible'
          : 'unclear';
    if (!reasonOk) notes.push(text('severance.foreign.reasons_listed'));
    if (input.contract_has_severance_clause !== true) notes.push(text('severance.foreign.clause'));
    notes.push(text('severance.foreign.local_law'));
    const calculation = `${lira(input.monthly_gross_pay)} × %${num(share * 100)} = ${lira(perYear)}; ${lira(perYear)} × ${full} tam yıl + ${lira(perYear)} × ${num(rest)} yıl = ${lira(amount)} (üst sınır)`;
    const payable = eligibility === 'not_eligible' ? 0 : amount;
    return {
      ...base,
      eligibility,
      eligible: eligibility === 'eligible',
      rule: 'foreign_abroad',
      per_year_amount: perYear,
      amount: payable,
      cap_status: 'not_applicable',
      lead: eligibility === 'not_eligible' ? 'iş sonu tazminatı ödenmez' : `en fazla ${lira(amount)}`,
      verdict: eligibility === 'eligible' ? true : eligibility === 'not_eligible' ? false : null,
      summary:
        eligibility === 'not_eligible'
          ? text('severance.foreign.not_eligible', { reason: label })
          : text('severance.foreign.max', { amount: lira(amount), share: num(share * 100) }),
      calculation,
      basis: basisOf(...basisIds),
      notes,
    };
  }

  const minYears = ruleValue('severance.min_service_years');
  const minHours = ruleValue('severance.min_weekly_hours');
  const weeklyHours = input.weekly_hours ?? minHours;
  basisIds.push('severance.min_service_years');
  const notEligible = (why: string, extraBasis: string[]): SeveranceOutput => ({
    ...base,
    eligibility: 'not_eligible',
    eligible: false,
    rule: 'domestic',
    per_year_amount: 0,
    amount: 0,
    cap_status: 'not_applicable',
    lead: 'iş sonu tazminatı ödenmez',
    verdict: false,
    summary: `İş sonu tazminatı ödenmez: ${why}.`,
    calculation: `${why} → 0,00 TL`,
    basis: basisOf(...basisIds, ...extraBasis),
    notes,
  });

  if (weeklyHours < minHours && !input.contract_teacher) {
    return notEligible(`haftalık çalışma süresi ${num(weeklyHours)} saat, ${minHours} saatin altında`, ['severance.min_weekly_hours']);
  }
  if (weeklyHours < minHours) basisIds.push('severance.teacher_hours_exception');
  if (input.uninterrupted === false) {
    notes.push(text('severance.interruptions'));
    return notEligible('hizmet kesintisiz değil', []);
  }
  if (input.years_of_service < minYears) {
    return notEligible(`kesintisiz hizmet ${years}, en az ${minYears} hizmet yılı gerekir`, []);
  }

  const reason = DOMESTIC[input.reason];
  if (reason.note) notes.push(reason.note);
  if (reason.eligibility === 'not_eligible') {
    return notEligible(`ayrılış nedeni (${label}) tazminat doğuran haller arasında değil`, reason.basis);
  }
  basisIds.push(...reason.basis, 'severance.monthly_pay_per_full_year', 'severance.pro_rata_remainder', 'severance.cap_retirement_bonus');
  notes.push(text('severance.prior_periods'));
  basisIds.push('severance.prior_periods_excluded');

  const monthsPerYear = ruleValue('severance.monthly_pay_per_full_year');
  const gross = input.monthly_gross_pay * monthsPerYear;
  const cap = input.retirement_bonus_cap_per_year;
  const perYear = cap !== undefined ? Math.min(gross, cap) : gross;
  const capStatus = cap === undefined ? 'not_computable' : gross > cap ? 'capped' : 'within';
  const amount = roundToKurus(perYear * full + perYear * rest);
  if (capStatus === 'not_computable') {
    notes.push(text('severance.cap_not_computable'));
  } else if (capStatus === 'capped') {
    notes.push(`Aylık brüt ücret yıllık tavanı (${lira(cap!)}) aştığı için her yıl için tavan tutarı esas alındı.`);
  }
  const eligible = reason.eligibility === 'eligible';
  const calculation = `${lira(perYear)} × ${full} tam yıl + ${lira(perYear)} × ${num(rest)} yıl = ${lira(amount)}`;
  return {
    ...base,
    eligibility: reason.eligibility,
    eligible,
    rule: 'domestic',
    per_year_amount: roundToKurus(perYear),
    amount,
    cap_status: capStatus,
    lead: eligible ? lira(amount) : `belirsiz: sayılırsa ${lira(amount)}`,
    verdict: eligible ? true : null,
    summary: eligible
      ? `${years} hizmet ve "${label}" nedeniyle iş sonu tazminatı ${lira(amount)}` +
        (capStatus === 'not_computable' ? ' (emeklilik ikramiyesi tavanı uygulanmadan).' : '.')
      : text('severance.unclear', { reason: label, amount: lira(amount) }),
    calculation,
    basis: basisOf(...basisIds),
    notes,
  };
}
