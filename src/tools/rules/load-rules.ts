import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Basis } from '../tool-types.js';
import { RuleNotFoundError } from './rule-not-found-error.js';

/**
 * Legal rules are data: every number a tool uses, the verbatim clause it comes from and every sentence that
 * names the document's articles live in dated files under the repository's `rules/` folder
 * (`<rule-set>.<YYYY-MM>.json`). Tool code holds formulas only.
 */
export const RULES_DIR = fileURLToPath(new URL('../../../rules/', import.meta.url));

export const RuleSchema = z.object({
  id: z.string().min(1),
  /** The number the rule fixes; null for rules that only state a condition (an exemption, a deduction). */
  value: z.number().nullable(),
  unit: z.enum(['TL', 'gün', 'hafta', 'saat', 'yıl', 'ay', 'kat', 'oran', 'yok']),
  /** How current the text is ("YYYY-MM"). */
  asOf: z.string().regex(/^\d{4}(-\d{2})?$/),
  effectiveFrom: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  article: z.string().min(1),
  paragraph: z.string().nullable(),
  /** A verbatim span of the source document's cleaned text. */
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type Rule = z.infer<typeof RuleSchema> & { ruleSet: string };

export const RuleSetSchema = z.object({
  /** Named after the staff and rules it holds, never after a file or a document id. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  asOf: z.string().regex(/^\d{4}-\d{2}$/),
  about: z.string().optional(),
  /**
   * The document the quotes come from, as a person names it. Which indexed document that is, is decided by
   * the quotes: the rule set is usable only when one indexed document holds every quote verbatim.
   */
  source: z.object({ title: z.string().min(1), kind: z.string().min(1), legal_basis: z.string().optional() }),
  /** Staff groups (rules/staff-groups.json) the rules apply to. */
  staff: z.array(z.string()).min(1),
  /** One line saying whom and which document a computation covers; shown under every result. */
  scope_note: z.string().min(1),
  /** Shown when a question is about staff the rules do not cover; {asked} names that staff. */
  out_of_scope: z.string().includes('{asked}'),
  /** Tool descriptions for models and the README, by tool name. */
  descriptions: z.record(z.string(), z.string().min(1)),
  /** Sentences that name the document's articles, other laws or bodies, by id; {name} placeholders. */
  texts: z.record(z.string(), z.string()),
  /** Words of the document a tool reads questions with (position titles and classes), validated by that tool. */
  vocabulary: z.record(z.string(), z.unknown()).default({}),
  rules: z.array(RuleSchema).min(1),
});
export type RuleSet = Omit<z.infer<typeof RuleSetSchema>, 'rules'> & { rules: Rule[]; file: string };

const FILE_NAME = /^([a-z][a-z0-9-]*)\.(\d{4}-\d{2})\.json$/;

/** Reads and validates every rule set of a folder: a malformed file fails at start-up, not in a computation. */
export function loadRuleSets(dir: string = RULES_DIR): RuleSet[] {
  const sets: RuleSet[] = [];
  for (const file of readdirSync(dir).sort()) {
    const name = FILE_NAME.exec(file);
    if (!name) continue;
    const parsed = RuleSetSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) throw new RuleNotFoundError(file, `kural dosyası geçersiz: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const set = parsed.data;
    if (set.id !== name[1] || set.asOf !== name[2]) throw new RuleNotFoundError(file, `dosya adı kimlik ve tarihle (${set.id}.${set.asOf}.json) uyuşmuyor`);
    if (sets.some((s) => s.id === set.id)) throw new RuleNotFoundError(file, `${set.id} kural kümesi iki kez tanımlı`);
    sets.push({ ...set, file, rules: set.rules.map((rule) => ({ ...rule, ruleSet: set.id })) });
  }
  return sets;
}

export const RULE_SETS: readonly RuleSet[] = loadRuleSets();

/** Every rule of every set; rule ids are unique across sets (a test keeps them so). */
export const RULES: readonly Rule[] = RULE_SETS.flatMap((set) => set.rules);

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleSet(id: string): RuleSet {
  const set = RULE_SETS.find((s) => s.id === id);
  if (!set) throw new RuleNotFoundError(id, 'kural kümesi rules/ klasöründe yok');
  return set;
}

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

/**
 * The legal basis of a result, one entry per distinct quote. `docId` is the rule set's id here; runTool
 * replaces it by the indexed document that holds the quotes (ToolContext.sources).
 */
export function basisOf(...ids: string[]): Basis[] {
  const seen = new Set<string>();
  const out: Basis[] = [];
  for (const id of ids) {
    const { ruleSet: docId, article, paragraph, quote } = getRule(id);
    if (seen.has(quote)) continue;
    seen.add(quote);
    out.push(paragraph === null ? { docId, article, quote } : { docId, article, paragraph, quote });
  }
  return out;
}

/** A sentence of a rule set with its placeholders filled: `say(set, 'leave.excuse.not_listed', { what })`. */
export function say(set: RuleSet, id: string, values: Record<string, string | number> = {}): string {
  const template = set.texts[id];
  if (template === undefined) throw new RuleNotFoundError(id, `${set.file} metinleri arasında yok`);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new RuleNotFoundError(id, `"${key}" değeri verilmedi`);
    return String(value);
  });
}
