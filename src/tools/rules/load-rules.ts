import { z } from 'zod';
import rulesFile from './sozlesmeli-personel.rules.json' with { type: 'json' };
import type { Basis } from '../tool-types.js';
import { RuleNotFoundError } from './rule-not-found-error.js';

export const RuleSchema = z.object({
  id: z.string().min(1),
  /** The number the rule fixes; null for rules that only state a condition (an exemption, a deduction). */
  value: z.number().nullable(),
  unit: z.enum(['TL', 'gün', 'hafta', 'saat', 'yıl', 'ay', 'kat', 'oran', 'yok']),
  /** How current the text is ("2011-01"). */
  asOf: z.string().regex(/^\d{4}(-\d{2})?$/),
  effectiveFrom: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  docId: z.string().min(1),
  article: z.string().min(1),
  paragraph: z.string().nullable(),
  /** A verbatim span of cleanText(corpus file). */
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const RulesFileSchema = z.object({
  docId: z.string(),
  asOf: z.string(),
  about: z.string().optional(),
  rules: z.array(RuleSchema).min(1),
});

/** Validated once at load: a malformed rules file fails the first import, not a computation. */
export const RULES: readonly Rule[] = RulesFileSchema.parse(rulesFile).rules;

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new RuleNotFoundError(id, 'kurallar dosyasında yok');
  return rule;
}

/** The number of a rule; rules without a number are a programming error here. */
export function ruleValue(id: string): number {
  const { value } = getRule(id);
  if (value === null) throw new RuleNotFoundError(id, 'sayısal değeri yok');
  return value;
}

export function basisOf(...ids: string[]): Basis[] {
  const seen = new Set<string>();
  const out: Basis[] = [];
  for (const id of ids) {
    const { docId, article, paragraph, quote } = getRule(id);
    if (seen.has(quote)) continue;
    seen.add(quote);
    out.push(paragraph === null ? { docId, article, quote } : { docId, article, paragraph, quote });
  }
  return out;
}

export const RULES_AS_OF: string = RulesFileSchema.parse(rulesFile).asOf;
