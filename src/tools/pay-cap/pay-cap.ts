import { z } from 'zod';
import { formatAsOf } from '../../text/index.js';
import { lira, num, roundToKurus } from '../money.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import { basisOf, getRule, ruleValue, say } from '../rules/load-rules.js';
import { ToolInputNotValidatedError } from '../tool-input-error.js';
import { CommonOutputShape, parseIsoDate } from '../tool-types.js';
import { matchPosition } from './match-position.js';

const MAX_AMOUNT = 100_000_000;

const amount = (what: string) =>
  z
    .number({ error: `${what} sayı olmalı` })
    .nonnegative({ error: `${what} negatif olamaz` })
    .max(MAX_AMOUNT, { error: `${what} makul bir tutar değil` });

export const PayCapInputSchema = z
  .object({
    position: z
      .string({ error: 'pozisyon unvanı metin olmalı' })
      .trim()
      .min(2, { error: 'pozisyon unvanı boş olamaz' })
      .max(200, { error: 'pozisyon unvanı çok uzun' })
      .describe('Pozisyon unvanı, serbest metin: "pilot", "helikopter makinisti", "mühendis", "öğretmen"'),
    monthly_gross_pay: amount('aylık brüt ücret').optional().describe('Önerilen aylık brüt ücret (TL)'),
    annual_other_benefits: amount('yıllık diğer menfaatler')
      .optional()
      .describe('Ücret dışındaki parasal ve ayni menfaatlerin yıllık brüt toplamı (TL)'),
    base_cap_amount: z
      .number({ error: 'yeni tavan tutarı sayı olmalı' })
      .positive({ error: 'yeni tavan tutarı sıfırdan büyük olmalı' })
      .max(MAX_AMOUNT, { error: 'yeni tavan tutarı makul değil' })
      .optional()
      .describe('Kullanıcının bildirdiği daha yeni taban tavan tutarı (TL); verilmezse mevzuat metnindeki tutar kullanılır'),
    base_cap_as_of: z
      .string({ error: 'yeni tavanın tarihi metin olmalı' })
      .refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || parseIsoDate(s) !== null, {
        error: 'yeni tavanın tarihi YYYY-AA ya da YYYY-AA-GG biçiminde olmalı',
      })
      .optional()
      .describe('Yeni tavanın geçerli olduğu tarih, YYYY-AA'),
    higher_education_institution: z
      .boolean()
      .optional()
      .describe('Kurum bir yükseköğretim kurumu mu (gemiadamı ve AR-GE proje pozisyonlarında iki kat tavan için)'),
    abroad: z.boolean().optional().describe('Yurtdışı teşkilatında mı çalışıyor'),
    foreign_guest_artist: z
      .boolean()
      .optional()
      .describe('Devlet orkestra, opera-bale veya konservatuvarlarında yabancı misafir şef, solist ya da sanatçı mı'),
  })
  .superRefine((input, ctx) => {
    if (!matchPosition(input.position, { higherEducation: input.higher_education_institution })) {
      ctx.addIssue({ code: 'custom', path: ['position'], message: say(CONTRACT_STAFF, 'positions.not_in_tables', { position: input.position }) });
    }
    if (input.base_cap_amount !== undefined && input.base_cap_as_of === undefined) {
      ctx.addIssue({ code: 'custom', path: ['base_cap_as_of'], message: 'yeni tavan tutarının hangi tarihten geçerli olduğu belirtilmeli' });
    }
  });
export type PayCapInput = z.infer<typeof PayCapInputSchema>;

export const PayCapOutputSchema = z.object({
  position_title: z.string(),
  position_class: z.enum(['pilot', 'double', 'standard']),
  class_label: z.string(),
  base_cap: z.number(),
  base_cap_as_of: z.string(),
  base_cap_source: z.enum(['regulation', 'user']),
  multiplier: z.number(),
  /** Null when the cap does not apply (abroad, foreign guest artists). */
  applicable_cap: z.number().nullable(),
  cap_applies: z.boolean(),
  exemptions: z.array(z.string()),
  monthly_total: z.number().nullable(),
  /** monthly_total − applicable_cap: positive = over the cap. */
  difference: z.number().nullable(),
  within_cap: z.boolean().nullable(),
  asOf: z.string(),
  ...CommonOutputShape,
});
export type PayCapOutput = z.infer<typeof PayCapOutputSchema>;

/**
 * Monthly gross pay + one twelfth of the yearly other cash and in-kind benefits may not exceed the base
 * cap × the multiplier of the position class. Equal to the cap is within it.
 */
export function payCap(input: PayCapInput): PayCapOutput {
  const position = matchPosition(input.position, { higherEducation: input.higher_education_institution });
  if (!position) throw new ToolInputNotValidatedError('pay_cap', 'position');
  const baseRule = getRule('pay_cap.base_cap');
  const userCap = input.base_cap_amount !== undefined && input.base_cap_as_of !== undefined;
  const baseCap = userCap ? input.base_cap_amount! : ruleValue('pay_cap.base_cap');
  const baseCapAsOf = userCap ? input.base_cap_as_of! : baseRule.asOf;
  const multiplier = ruleValue(position.multiplierRule);
  const divisor = ruleValue('pay_cap.benefits_divisor');
  const notes = [...position.notes];
  const basisIds = ['pay_cap.base_cap', 'pay_cap.base_cap_footnote', position.multiplierRule];

  const exemptions: string[] = [];
  if (input.abroad) exemptions.push(say(CONTRACT_STAFF, 'pay_cap.exemption_abroad'));
  if (input.foreign_guest_artist) exemptions.push(say(CONTRACT_STAFF, 'pay_cap.exemption_guest_artists'));
  const capApplies = exemptions.length === 0;
  if (!capApplies) basisIds.push('pay_cap.exemption_abroad_guest_artists');

  if (userCap) {
    basisIds.push('pay_cap.increase_by_approval');
    notes.push(
      `Taban tavan olarak sizin verdiğiniz ${lira(baseCap)} (${formatAsOfLoose(baseCapAsOf)}) kullanıldı; ` +
        `mevzuat metnindeki tutar ${lira(ruleValue('pay_cap.base_cap'))} (${formatAsOf(baseRule.asOf)}).`,
    );
  } else {
    notes.push(say(CONTRACT_STAFF, 'pay_cap.base_cap_as_of', { amount: lira(baseCap), as_of: formatAsOf(baseRule.asOf) }));
    if (baseRule.note) notes.push(baseRule.note);
  }

  const applicableCap = capApplies ? roundToKurus(multiplier * baseCap) : null;
  const pay = input.monthly_gross_pay;
  const benefits = input.annual_other_benefits ?? 0;
  const monthlyTotal = pay === undefined ? null : roundToKurus(pay + benefits / divisor);
  const difference = monthlyTotal !== null && applicableCap !== null ? roundToKurus(monthlyTotal - applicableCap) : null;
  const withinCap = difference === null ? null : difference <= 0;
  if (withinCap === false) basisIds.push('pay_cap.excess_recovered');

  const shownTitle = position.title.toLocaleLowerCase('tr-TR');
  const capLine = `${num(multiplier)} × ${lira(baseCap)} = ${lira(multiplier * baseCap)}`;
  const totalLine =
    monthlyTotal === null
      ? null
      : benefits > 0
        ? `${lira(pay!)} + ${lira(benefits)} ÷ ${divisor} = ${lira(monthlyTotal)}`
        : `${lira(monthlyTotal)}`;

  let lead: string;
  let summary: string;
  let calculation: string;
  if (!capApplies) {
    lead = 'ücret tavanı uygulanmaz';
    summary = say(CONTRACT_STAFF, 'pay_cap.exempt', { who: exemptions.join(' ve ') });
    calculation = totalLine ? `aylık toplam: ${totalLine}; tavan uygulanmaz` : 'tavan uygulanmaz';
  } else if (monthlyTotal === null || difference === null) {
    lead = lira(applicableCap!);
    summary = `${shownTitle} için uygulanacak tavan ${lira(applicableCap!)} (${num(multiplier)} × ${lira(baseCap)}, ${formatAsOfLoose(baseCapAsOf)} itibarıyla).`;
    calculation = capLine;
  } else {
    const verdict =
      difference > 0
        ? `tavanı ${lira(difference)} aşıyor`
        : difference === 0
          ? 'tavana tam eşit, tavanın içinde'
          : `tavanın ${lira(-difference)} altında`;
    lead = `aylık ${lira(monthlyTotal)}, ${lira(applicableCap!)} olan tavanı ${difference > 0 ? `${lira(difference)} aşıyor` : difference === 0 ? 'aşmıyor (tam eşit)' : 'aşmıyor'}`;
    summary = `${shownTitle} için aylık toplam ${lira(monthlyTotal)}; tavan ${lira(applicableCap!)} olduğundan ${verdict}.`;
    calculation = `tavan: ${capLine}; aylık toplam: ${totalLine} ${difference > 0 ? '>' : '≤'} ${lira(applicableCap!)}`;
  }

  return {
    position_title: position.title,
    position_class: position.positionClass,
    class_label: position.classLabel,
    base_cap: baseCap,
    base_cap_as_of: baseCapAsOf,
    base_cap_source: userCap ? 'user' : 'regulation',
    multiplier,
    applicable_cap: applicableCap,
    cap_applies: capApplies,
    exemptions,
    monthly_total: monthlyTotal,
    difference,
    within_cap: withinCap,
    asOf: baseCapAsOf,
    lead,
    // An amount is allowed when within the cap or when no cap applies; a cap alone is not a yes/no.
    verdict: monthlyTotal === null ? null : capApplies ? withinCap : true,
    summary,
    calculation,
    basis: basisOf(...basisIds),
    notes,
  };
}

/** "YYYY-01" → "Ocak YYYY"; "YYYY-03-01" → "Mart YYYY". */
function formatAsOfLoose(asOf: string): string {
  return formatAsOf(asOf.slice(0, 7));
}
