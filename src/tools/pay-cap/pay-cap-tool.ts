import { definedArgs } from '../defined-args.js';
import { phrases } from '../question/phrase-set.js';
import { findAmounts } from '../question/parse-amount.js';
import type { ToolQuestion } from '../question/tool-question.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import type { BuiltArgs, Facts, Tool } from '../tool.js';
import { findPositionClassPhrase, findPositionTitle, matchPosition } from './match-position.js';
import { payCap, PayCapInputSchema, PayCapOutputSchema, type PayCapInput, type PayCapOutput } from './pay-cap.js';

const LEAVE_WORD = phrases('izin', 'izn', 'leave$');
const CAP_WORD = phrases('tavan', 'en fazla', 'en yüksek', 'azami', 'üst sınır', 'limit', 'cap$', 'ceiling', 'maximum', 'highest', 'at most');
const PAY_WORD = phrases('ücret', 'maaş', 'brüt', 'tavan', 'pay$', 'paid$', 'salary', 'wage');
/** "… 9.000 TL verilebilir mi?": an amount offered, to be checked against the cap. */
const OFFER_WORD = phrases('verilebilir', 'ödenebilir', 'öder', 'ödenir', 'ödenmesi', 'verilmesi', 'alabilir', 'olabilir', 'aşar', 'aşıyor', 'aşmaz', 'geçer', 'geçiyor', 'be paid', 'pay$', 'exceed', 'allowed');
const COSTING = phrases('maliyet', 'cost$', 'costing', 'budget');
/** A share ("en fazla yüzde kaçı") is not a monthly pay. */
const PERCENT = phrases('yüzde', 'oran', 'percent', 'percentage', 'share of');
/** End-of-service pay is asked with amounts and "en fazla" too: it belongs to the severance tool. */
const SEVERANCE_WORD = phrases('tazminat', 'severance', 'end of service', 'end-of-service');
const ABROAD = phrases('yurt dış', 'yurtdış', 'abroad', 'overseas');
const GUEST_ARTIST = phrases('misafir şef', 'misafir solist', 'misafir sanatçı', 'guest artist', 'guest conductor', 'guest soloist');
const HIGHER_EDUCATION = phrases('yükseköğretim', 'üniversite', 'university');

function detect(q: ToolQuestion): 'pay_cap' | null {
  if (LEAVE_WORD.test(q) || COSTING.test(q) || SEVERANCE_WORD.test(q) || PERCENT.test(q) || q.text.includes('%')) return null;
  if (CAP_WORD.test(q) && (PAY_WORD.test(q) || findAmounts(q.text).length > 0)) return 'pay_cap';
  if (!OFFER_WORD.test(q) || !findAmounts(q.text).some((a) => a.role === 'monthly')) return null;
  return PAY_WORD.test(q) || findPositionTitle(q.text) !== null || findPositionClassPhrase(q.text) !== null ? 'pay_cap' : null;
}

function readFacts(q: ToolQuestion): Facts {
  const facts: Facts = {};
  for (const amount of findAmounts(q.text)) {
    if (amount.role === 'monthly' && facts.monthly === undefined) facts.monthly = amount.value;
    else if (amount.role === 'annual' && facts.annual === undefined) facts.annual = amount.value;
    else if (amount.role === 'cap' && facts.capAmount === undefined) facts.capAmount = amount.value;
  }
  if (facts.capAmount !== undefined) {
    const month = /\b(\d{4})-(\d{2})\b/.exec(q.text);
    if (month) facts.capAsOf = `${month[1]}-${month[2]}`;
    else if (q.years.length > 0) facts.capAsOf = `${q.years[0]}-01`;
  }
  const title = findPositionTitle(q.text);
  const classPhrase = findPositionClassPhrase(q.text);
  if (title || matchPosition(q.text)) facts.position = title ?? classPhrase ?? q.text;
  // An unknown title ("astronot pozisyonu") is kept so that validation can say it is not a contract position.
  const named = /([\p{L}-]+)\s+(?:pozisyon|unvan|kadro)\p{L}*/iu.exec(q.text);
  if (!facts.position && named && !/^(bu|şu|hangi|her|aynı|sözleşmeli|personel)$/iu.test(named[1]!)) facts.position = named[1]!;
  if (ABROAD.test(q)) facts.abroad = true;
  if (GUEST_ARTIST.test(q)) facts.guestArtist = true;
  if (HIGHER_EDUCATION.test(q)) facts.higherEducation = true;
  return facts;
}

function buildArgs(_intent: 'pay_cap', f: Facts, personal: boolean): BuiltArgs {
  const args = definedArgs({
    position: f.position,
    monthly_gross_pay: f.monthly,
    annual_other_benefits: f.annual,
    base_cap_amount: f.capAmount,
    base_cap_as_of: f.capAsOf,
    abroad: f.abroad,
    foreign_guest_artist: f.guestArtist,
    higher_education_institution: f.higherEducation,
  });
  if (f.position === undefined) {
    if (f.monthly === undefined && !personal) return null;
    return { missing: ['position'], example: 'Aylık brüt 5.000 TL alan helikopter makinisti ücret tavanını aşıyor mu?' };
  }
  return { args };
}

/** The pay cap of contract staff, by position class, and whether a monthly total stays within it. */
export const payCapTool: Tool<PayCapInput, PayCapOutput, 'pay_cap', 'pay_cap'> = {
  name: 'pay_cap',
  description: CONTRACT_STAFF.descriptions.pay_cap!,
  inputSchema: PayCapInputSchema,
  outputSchema: PayCapOutputSchema,
  scope: { staff: CONTRACT_STAFF.staff, documents: { kind: 'rule-set', ruleSet: CONTRACT_STAFF.id } },
  personal: true,
  fieldHelp: {
    position: { label: 'pozisyon unvanı', example: '"pilot", "helikopter makinisti", "mühendis"' },
    monthly_gross_pay: { label: 'aylık brüt ücret', example: '2500 ya da "2.500,50 TL"' },
    annual_other_benefits: { label: 'yıllık diğer parasal ve ayni menfaatler', example: '6000 (yılda 6.000 TL)' },
    base_cap_amount: { label: 'yeni taban tavan tutarı', example: '3500' },
    base_cap_as_of: { label: 'yeni tavanın tarihi', example: (today) => `"${today.year}-01"` },
    higher_education_institution: { label: 'yükseköğretim kurumu', example: 'true' },
    abroad: { label: 'yurtdışı teşkilatı', example: 'true' },
    foreign_guest_artist: { label: 'yabancı misafir sanatçı', example: 'true' },
  },
  missingLabels: { position: 'pozisyon unvanı', monthly_gross_pay: 'aylık brüt ücret' },
  detect,
  readFacts,
  buildArgs,
  run: (input) => payCap(input),
};
