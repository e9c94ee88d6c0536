import { definedArgs } from '../defined-args.js';
import { phrases, type PhraseSet } from '../question/phrase-set.js';
import { findAmounts } from '../question/parse-amount.js';
import { findServiceDuration } from '../question/parse-duration.js';
import type { ToolQuestion } from '../question/tool-question.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import type { BuiltArgs, Facts, Tool } from '../tool.js';
import { computeSeverance, SeveranceInputSchema, SeveranceOutputSchema, type SeveranceInput, type SeveranceOutput, type SeveranceReason } from './severance.js';

const SEVERANCE = phrases('iş sonu tazminat', 'tazminat', 'severance', 'end of service', 'end-of-service');

/** A resignation whose notice is not said, or a termination whose reason is not: both must be asked. */
type ReasonFact = SeveranceReason | 'resignation' | 'terminated';

// How people say why they left, most specific first: "hizmetime gerek kalmadığı için sözleşmem feshedildi"
// is a position no longer needed, not an unexplained termination.
const REASONS: [ReasonFact, PhraseSet][] = [
  ['pension', phrases('emekli', 'malul', 'yaşlılık aylığ', 'toptan ödeme', 'retire', 'pension', 'disability')],
  ['position_not_needed', phrases('gerek kalma', 'ihtiyaç kalma', 'kadro kaldır', 'pozisyon kaldır', 'kadro iptal', 'pozisyon iptal', 'yenilenme', 'not renewed', 'no longer needed', 'laid off', 'redundan', 'position abolished', 'position was abolished')],
  ['death', phrases('vefat', 'ölüm', 'öldü', 'died', 'death')],
  ['resignation_title_change', phrases('unvan değişik', 'title change')],
  ['resignation_relocation_refused', phrases('eş durum', 'sağlık durum', 'yer değişikliğ', 'relocation')],
  ['absence', phrases('devamsız', 'göreve gelme', 'görev gelm', 'işe gelme', 'absent', 'absence')],
  ['breach_after_warning', phrases('yazılı uyarı', 'uyarıya rağmen', 'uyarılara rağmen', 'warning')],
  ['project_completed', phrases('proje bit', 'proje tamamlan', 'proje sona er', 'project ended', 'project completed', 'project finished')],
  ['lost_qualification', phrases('nitelik kaybet', 'lost the qualification', 'lost a qualification')],
  ['qualification_never_met', phrases('nitelik taşımadı', 'nitelikleri taşımadığ', 'never met the qualification', 'never had the qualification')],
  ['age_limit', phrases('65 yaş', 'yaş haddi', 'age limit')],
];
const RESIGNATION = phrases('istifa', 'kendi isteğ', 'ayrılmak istiyorum', 'işi bıraktım', 'işi bırak', 'işten ayrıldım', 'resign', 'quit$', 'quitting');
const WITHOUT_NOTICE = phrases('haber vermeden', 'ihbarsız', 'habersiz', 'without notice', 'no notice');
const WITH_NOTICE = phrases('bir ay önce', '1 ay önce', 'ihbar', 'one month', '1 month', 'notice');
const TERMINATED = phrases('feshedil', 'fesih', 'feshetti', 'işten çıkar', 'sözleşmem sona er', 'sözleşmesi sona er', 'terminated', 'dismissed', 'fired$');
const TEACHER = phrases('öğretmen', 'teacher');
const FOREIGN = phrases('yabancı uyruk', 'foreign national');
const ABROAD = phrases('yurt dış', 'yurtdış', 'abroad', 'overseas');

function findReason(q: ToolQuestion): ReasonFact | undefined {
  const specific = REASONS.find(([, words]) => words.test(q))?.[0];
  if (specific) return specific;
  if (RESIGNATION.test(q)) {
    if (WITHOUT_NOTICE.test(q)) return 'resignation_without_notice';
    if (WITH_NOTICE.test(q)) return 'resignation_with_notice';
    return 'resignation';
  }
  return TERMINATED.test(q) ? 'terminated' : undefined;
}

function readFacts(q: ToolQuestion): Facts {
  const facts: Facts = {};
  const duration = findServiceDuration(q.text);
  if (duration) facts.years = Math.round(duration.years * 1e6) / 1e6;
  const monthly = findAmounts(q.text).find((a) => a.role === 'monthly');
  if (monthly) facts.monthly = monthly.value;
  const reason = findReason(q);
  if (reason) facts.reason = reason;
  if (TEACHER.test(q)) facts.teacher = true;
  if (FOREIGN.test(q) && ABROAD.test(q)) facts.foreignAbroad = true;
  // "… alabilir mi?": whether the reason gives the pay at all; the amount is not asked.
  if (q.yesNo) facts.asksWhether = true;
  const weekly = /haftalik (\d+) saat|haftada (\d+) saat|(\d+) hours? (a|per) week/.exec(q.ascii);
  if (weekly) facts.weeklyHours = Number(weekly[1] ?? weekly[2] ?? weekly[3]);
  return facts;
}

function buildArgs(_intent: 'severance', f: Facts, personal: boolean): BuiltArgs {
  const known = f.reason !== 'resignation' && f.reason !== 'terminated';
  const args = definedArgs({
    monthly_gross_pay: f.monthly,
    years_of_service: f.years,
    reason: known ? f.reason : undefined,
    foreign_national_abroad: f.foreignAbroad,
    contract_teacher: f.teacher,
    weekly_hours: f.weeklyHours,
  });
  const reasonMissing = f.reason === undefined || f.reason === 'terminated' ? ['reason'] : f.reason === 'resignation' ? ['resignation_notice'] : [];
  // "İstifa eden sözleşmeli personel iş sonu tazminatı alabilir mi?" is answered by the reason alone; without
  // one, "Sözleşmeli personel iş sonu tazminatı alabilir mi?" is a question about the rule, for the documents.
  if (f.asksWhether === true && f.reason !== undefined && (f.monthly === undefined || f.years === undefined)) {
    return reasonMissing.length === 0 ? { args } : { missing: reasonMissing, example: 'Bir ay önceden haber vererek istifa eden sözleşmeli personel iş sonu tazminatı alabilir mi?' };
  }
  const missing = [
    ...(f.monthly === undefined ? ['monthly_gross_pay'] : []),
    ...(f.years === undefined ? ['years_of_service'] : []),
    ...reasonMissing,
  ];
  if (missing.length === 0) return { args };
  // "İş sonu tazminatı nasıl hesaplanır?" states nothing: the article answers it.
  if (missing.length === 3 && !personal) return null;
  return {
    missing,
    example: '12 yıl çalıştım, aylık brüt ücretim 5.000 TL, hizmetime gerek kalmadığı için sözleşmem feshedildi; iş sonu tazminatım ne kadar?',
  };
}

/** End-of-service pay of contract staff. */
export const severanceTool: Tool<SeveranceInput, SeveranceOutput, 'severance', 'severance'> = {
  name: 'severance',
  description: CONTRACT_STAFF.descriptions.severance!,
  inputSchema: SeveranceInputSchema,
  outputSchema: SeveranceOutputSchema,
  scope: { staff: CONTRACT_STAFF.staff, documents: { kind: 'rule-set', ruleSet: CONTRACT_STAFF.id } },
  personal: true,
  fieldHelp: {
    monthly_gross_pay: { label: 'aylık brüt ücret', example: '2500 ya da "2.500,50 TL"' },
    years_of_service: { label: 'hizmet süresi (yıl)', example: '12 ya da 5,5 (5 yıl 6 ay)' },
    reason: { label: 'ayrılış nedeni', example: '"position_not_needed", "resignation_with_notice", "pension"' },
    uninterrupted: { label: 'kesintisiz hizmet', example: 'true' },
    weekly_hours: { label: 'haftalık çalışma saati', example: '40' },
    contract_teacher: { label: 'sözleşmeli öğretmen', example: 'true' },
    foreign_national_abroad: { label: 'yurt dışındaki yabancı uyruklu personel', example: 'true' },
    contract_has_severance_clause: { label: 'sözleşmede tazminat hükmü', example: 'true' },
    retirement_bonus_cap_per_year: { label: 'bir hizmet yılı için azami emeklilik ikramiyesi', example: '25000' },
  },
  missingLabels: {
    monthly_gross_pay: 'aylık brüt ücret',
    years_of_service: 'hizmet süresi',
    reason: 'sözleşmenin hangi nedenle sona erdiği (hizmete gerek kalmaması, emeklilik, istifa, devamsızlık, yazılı uyarıya rağmen ihlal …)',
    resignation_notice: 'istifada bir ay önceden haber verilip verilmediği',
  },
  detect: (q) => (SEVERANCE.test(q) ? 'severance' : null),
  readFacts,
  buildArgs,
  run: (input) => computeSeverance(input),
};
