import { addDays, findTurkishDate, formatTurkishDate, toIsoDate } from '../../text/index.js';
import { phrases } from '../question/phrase-set.js';
import { findServiceDuration, wordOrDigitsToNumber } from '../question/parse-duration.js';
import type { ToolQuestion } from '../question/tool-question.js';
import { CONTRACT_STAFF } from '../rules/contract-staff.js';
import type { BuiltArgs, Facts, Tool } from '../tool.js';
import { BECOMING_A_FATHER, findExcuseEvent, findRelative } from './family-event.js';
import { checkLeaveDates, computeLeave, LeaveInputSchema, LeaveOutputSchema, type LeaveInput, type LeaveKind, type LeaveOutput } from './leave.js';

const LEAVE_WORD = phrases('izin', 'izn', 'leave$', 'days off', 'day off');
/** Leave the rules do not compute, and end-of-service pay (whose questions speak of years and leaving). */
const OTHER_LEAVE = phrases('ücretsiz izin', 'aylıksız izin', 'unpaid leave', 'tazminat', 'severance', 'end of service', 'end-of-service');
const NURSING = phrases('süt izn', 'süt izin', 'emzir', 'nursing', 'breastfeed');
const COMPENSATORY = phrases('fazla mesai', 'fazla çalış', 'overtime', 'extra hours');
const SICK = phrases('hastalık izn', 'hastalık izin', 'hastalık rapor', 'sağlık rapor', 'rapor$', 'raporlu$', 'raporum$', 'raporla$', 'istirahat', 'sick leave', 'sick days', 'sick$');
const EXCUSE = phrases('mazeret izn', 'mazeret izin', 'excuse leave', 'compassionate', 'bereavement');
const MATERNITY = phrases(
  'doğum izn', 'doğum izin', 'doğum öncesi', 'doğum sonrası', 'doğumdan önce', 'doğumdan sonra', 'beklenen doğum', 'doğum yaptım',
  'doğum yapacağım', 'doğum yapan', 'hamile', 'gebe', 'ikiz', 'üçüz', 'maternity', 'pregnan', 'due date', 'twins', 'triplets',
);
const BIRTH_DATE_WITH_LEAVE = phrases('doğum tarih');
const WEEK = phrases('hafta', 'week');
const ANNUAL = phrases('yıllık izin', 'yıllık izn', 'annual leave', 'vacation days', 'paid leave', 'paid vacation');
const YEAR_WORD = phrases('yıl', 'sene', 'year');
const TEACHER = phrases('öğretmen', 'teacher');
const MULTIPLE = phrases('ikiz', 'üçüz', 'çoğul gebelik', 'twins', 'triplets', 'multiple pregnan');
/** A question about how much leave or whether it is due, not about how to apply ("raporu kimden alınır?"). */
const ASKS_AMOUNT_OR_RIGHT = phrases(
  'kaç', 'ne kadar', 'en fazla', 'en çok', 'süre', 'hakk', 'hak$', 'verilir', 'verilebilir', 'alabilir', 'alır', 'alırım',
  'kullanabilir', 'ne zaman', 'hangi tarih', 'how many', 'how much', 'how long', 'can$', 'entitled', 'when',
);
const DOCTOR_REPORT = phrases('doktor rapor', 'hekim rapor', "doctor's note", 'doctor s note', "doctor's report", 'medical report');

function kindOf(q: ToolQuestion): LeaveKind | null {
  if (OTHER_LEAVE.test(q)) return null;
  const kind = detectKind(q);
  if (kind !== 'sick' && kind !== 'nursing' && kind !== 'maternity') return kind;
  // These compute from the rule alone when the question states no case: only when it asks how much or whether.
  const f = readFacts(q);
  const statesCase = f.date !== undefined || f.multiple !== undefined || f.workUntil !== undefined || f.sickDays !== undefined;
  return statesCase || q.yesNo || ASKS_AMOUNT_OR_RIGHT.test(q) ? kind : null;
}

function detectKind(q: ToolQuestion): LeaveKind | null {
  if (NURSING.test(q)) return 'nursing';
  if (COMPENSATORY.test(q)) return 'compensatory';
  if (SICK.test(q)) return 'sick';
  const event = findExcuseEvent(q);
  // An event is a leave question when it speaks of leave or of the asker; "personelin ölümü halinde" is not.
  if (EXCUSE.test(q) || (event !== null && event !== 'birth' && (LEAVE_WORD.test(q) || q.firstPerson))) return 'excuse';
  if (event === 'birth' && (findRelative(q) === 'spouse' || BECOMING_A_FATHER.test(q))) return 'excuse';
  if (MATERNITY.test(q) || (BIRTH_DATE_WITH_LEAVE.test(q) && (LEAVE_WORD.test(q) || WEEK.test(q)))) return 'maternity';
  if (ANNUAL.test(q) || (LEAVE_WORD.test(q) && YEAR_WORD.test(q))) return 'annual';
  return null;
}

function readFacts(q: ToolQuestion): Facts {
  const facts: Facts = {};
  const duration = findServiceDuration(q.text);
  if (duration) facts.years = Math.round(duration.years * 1e6) / 1e6;
  const date = findTurkishDate(q.text);
  if (date) facts.date = 'invalid' in date ? date.text : toIsoDate(date);
  const relative = findRelative(q);
  if (relative) facts.relative = relative;
  const event = findExcuseEvent(q);
  if (event) facts.event = event;
  if (event === 'birth' && BECOMING_A_FATHER.test(q)) facts.relative = 'spouse';
  if (MULTIPLE.test(q)) facts.multiple = true;
  const workUntil = /(\w+) hafta (oncesine|once\w*) kadar calis|work(?:ing)? until (\w+) weeks? before/.exec(q.ascii);
  if (workUntil) {
    const weeks = wordOrDigitsToNumber(workUntil[1] ?? workUntil[3] ?? '');
    if (weeks !== null) facts.workUntil = weeks;
  }
  if (DOCTOR_REPORT.test(q) || facts.workUntil !== undefined) facts.doctorReport = true;
  if (TEACHER.test(q)) facts.teacher = true;
  const sick = /(\d+) (?:gun|gunluk|days?) (?:rapor|hastalik|sick)|(?:rapor|hastalik|sick)\w* (\d+) (?:gun|days?)|sick for (\d+) days?/.exec(q.ascii);
  if (sick) facts.sickDays = Number(sick[1] ?? sick[2] ?? sick[3]);
  const hours = /(\d+(?:[.,]\d+)?)\s*(?:saat|hours?)\b/iu.exec(q.text);
  if (hours) facts.overtimeHours = Number(hours[1]!.replace(',', '.'));
  return facts;
}

function buildArgs(kind: LeaveKind, f: Facts, personal: boolean): BuiltArgs {
  const args: Record<string, unknown> = { kind };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) args[key] = value;
  };
  switch (kind) {
    case 'annual':
      if (f.teacher) args.contract_teacher = true;
      set('years_of_service', f.years);
      if (f.years === undefined && !f.teacher) {
        return personal ? { missing: ['years_of_service'], example: '12 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?' } : null;
      }
      return { args };
    case 'maternity':
      set('expected_birth_date', f.date);
      if (f.multiple) args.multiple_pregnancy = true;
      set('work_until_weeks_before_birth', f.workUntil);
      if (f.doctorReport) args.doctor_report = true;
      return { args };
    case 'nursing':
      set('child_birth_date', f.date);
      return { args };
    case 'sick':
      set('sick_days', f.sickDays);
      return { args };
    case 'compensatory':
      set('overtime_hours', f.overtimeHours);
      if (f.overtimeHours === undefined) {
        return personal ? { missing: ['overtime_hours'], example: '20 saat fazla mesai yaptım, kaç gün izin alırım?' } : null;
      }
      return { args };
    case 'excuse': {
      // "Evlenen sözleşmeli personel kaç gün izin alır?": who marries, when nobody else is named, is the staff member.
      const relative = f.relative ?? (f.event === 'marriage' ? 'self' : undefined);
      set('event', f.event);
      set('relative', relative);
      const missing = [
        ...(f.event === undefined ? ['event'] : []),
        ...(relative === undefined && f.event !== 'birth' ? ['relative'] : []),
      ];
      if (missing.length === 0) return { args };
      // "Mazeret izni kaç gündür?" asks about the rule: the article answers it.
      if (!personal) return null;
      return { missing, example: 'Annem vefat etti, kaç gün mazeret izni alırım?' };
    }
  }
}

function futureDateExample(today: { year: number; month: number; day: number }): string {
  const date = addDays(today, 100);
  return `"${toIsoDate(date)}" (${formatTurkishDate(date)})`;
}

function pastDateExample(today: { year: number; month: number; day: number }): string {
  const date = addDays(today, -200);
  return `"${toIsoDate(date)}" (${formatTurkishDate(date)})`;
}

/** Leave of contract staff: annual, maternity, nursing, excuse, sick, and leave for overtime. */
export const leaveTool: Tool<LeaveInput, LeaveOutput, LeaveKind, 'leave'> = {
  name: 'leave',
  description: CONTRACT_STAFF.descriptions.leave!,
  inputSchema: LeaveInputSchema,
  outputSchema: LeaveOutputSchema,
  scope: { staff: CONTRACT_STAFF.staff, documents: { kind: 'rule-set', ruleSet: CONTRACT_STAFF.id } },
  personal: true,
  fieldHelp: {
    kind: { label: 'izin türü', example: '"annual", "maternity", "nursing", "excuse", "sick", "compensatory"' },
    years_of_service: { label: 'hizmet süresi (yıl)', example: '12 ya da 5,5 (5 yıl 6 ay)' },
    contract_teacher: { label: 'sözleşmeli öğretmen', example: 'true' },
    expected_birth_date: { label: 'beklenen doğum tarihi', example: futureDateExample },
    multiple_pregnancy: { label: 'çoğul gebelik', example: 'true' },
    child_birth_date: { label: 'çocuğun doğum tarihi', example: pastDateExample },
    work_until_weeks_before_birth: { label: 'doğumdan önce çalışılacak son hafta', example: '3 (doğumdan üç hafta öncesine kadar)' },
    doctor_report: { label: 'doktor raporu', example: 'true' },
    event: { label: 'mazeret olayı', example: '"death" (ölüm), "marriage" (evlenme), "birth" (eşin doğumu)' },
    relative: { label: 'yakınlık', example: '"mother", "father", "spouse", "child", "sibling"' },
    sick_days: { label: 'hastalık izni gün sayısı', example: '12' },
    overtime_hours: { label: 'fazla çalışma saati', example: '20' },
    today: { label: 'bugünün tarihi', example: (today) => `"${toIsoDate(today)}"` },
  },
  missingLabels: {
    years_of_service: 'hizmet süresi',
    event: 'olay (ölüm, evlenme, eşin doğumu)',
    relative: 'olayın kimi ilgilendirdiği (anne, baba, eş, çocuk, kardeş …)',
    overtime_hours: 'fazla çalışma saati',
  },
  detect: kindOf,
  readFacts,
  buildArgs,
  run(input, context) {
    const problem = checkLeaveDates(input, context.today);
    if (problem) return { problem };
    return computeLeave({ ...input, today: input.today ?? toIsoDate(context.today) });
  },
};
