import { findTurkishDate, toIsoDate } from '../text/index.js';
import type { LeaveKind } from './leave.js';
import { findAmounts } from './parse/parse-amount.js';
import { findServiceDuration, wordOrDigitsToNumber } from './parse/parse-duration.js';
import { findExcuseEvent, findRelative } from './parse/parse-family-event.js';
import { normalizeForMatch } from './parse/normalize-for-match.js';
import { findPositionTitle, matchPosition } from './parse/parse-position.js';
import type { ToolName } from './registry.js';
import type { SeveranceReason } from './severance.js';

export type ToolRoute =
  | { tool: ToolName; args: Record<string, unknown> }
  | { tool: ToolName; missing: string[]; message: string };

type Intent = { tool: 'pay_cap' | 'severance' | 'indicator_lookup' } | { tool: 'leave'; kind: LeaveKind };

/** What a question says, before it is known which tool needs which of it. Later questions override. */
interface Facts {
  years?: number;
  monthly?: number | string;
  annual?: number | string;
  capAmount?: number | string;
  capAsOf?: string;
  date?: string;
  relative?: string;
  event?: string;
  position?: string;
  multiple?: boolean;
  workUntil?: number;
  doctorReport?: boolean;
  teacher?: boolean;
  abroad?: boolean;
  guestArtist?: boolean;
  foreignAbroad?: boolean;
  higherEducation?: boolean;
  reason?: SeveranceReason | 'resignation';
  sickDays?: number;
  overtimeHours?: number;
  weeklyHours?: number;
  code?: string;
  subRow?: string;
  years4?: number[];
  cost?: string;
  indicatorName?: string;
  targetAsked?: boolean;
}

const has = (text: string, pattern: RegExp) => pattern.test(text);

/** Which tool a question asks for, from its words (normalized: lower-case ASCII). Null: not a computation. */
function detectIntent(n: string): Intent | null {
  if (has(n, /\bmaliyet|\bcosting\b|\bcost of\b|\bbudget\b/)) return { tool: 'indicator_lookup' };
  if (has(n, /is sonu tazminat|\btazminat|severance|end of service|end-of-service/)) return { tool: 'severance' };
  const aboutLeave = has(n, /\bizin|\bizn|\bleave\b/);
  if (!aboutLeave && has(n, /\btavan|\bcap\b|\bceiling\b|\blimit|en fazla|en yuksek|\bazami|\bmaximum|\bhighest|ust sinir/) && has(n, /ucret|maas|brut|tavan|pay\b|salary|wage|tl\b/)) {
    return { tool: 'pay_cap' };
  }
  if (has(n, /sut izn|emzir|nursing|breastfeed/)) return { tool: 'leave', kind: 'nursing' };
  if (has(n, /fazla mesai|fazla calis|overtime|extra hours/)) return { tool: 'leave', kind: 'compensatory' };
  if (has(n, /hastalik izn|hastalik raporu|saglik raporu|\brapor(lu)?\b|sick leave|sick days|\bsick\b/)) return { tool: 'leave', kind: 'sick' };
  if (has(n, /mazeret izn|excuse leave|compassionate|bereavement|vefat|\bolum|cenaze|evlen|dugun|nikah|wedding|married|marriage|funeral|passed away|\bdied\b|esim dogum|dogum yapti|gave birth|baba ol/)) {
    return { tool: 'leave', kind: 'excuse' };
  }
  if (has(n, /dogum izn|dogum oncesi|dogum sonrasi|dogumdan (once|sonra|onceki)|beklenen dogum|dogum tarih\w* .*\b(izn|izin|hafta)|hamile|gebe|ikiz|ucuz|maternity|pregnan|due date|twins|triplets/)) {
    return { tool: 'leave', kind: 'maternity' };
  }
  if (has(n, /yillik izin|yillik izn|annual leave|vacation days|paid leave|days off/) || (has(n, /\bizin|\bizn|\bleave\b/) && has(n, /\byil|\byear|\bsene/))) {
    return { tool: 'leave', kind: 'annual' };
  }
  if (has(n, /\b[1-9] [0-9] [0-9]{1,2}\b/) && !has(n, /\bmadde\b/)) return { tool: 'indicator_lookup' };
  if (has(n, /gosterge|indicator|okullasma|performans|stratejik plan|hedef(e|i|ine)? .*(uzak|kadar|fark)|how far .*target/)) {
    return { tool: 'indicator_lookup' };
  }
  if (has(n, /\b20(1[0-9])(?!\d)/) && has(n, /\boran|\bsayi|\brate\b|\bnumber of\b|\bdegeri|\bvalue\b/)) return { tool: 'indicator_lookup' };
  return null;
}

const PERSONAL_EXCLUDED = new Set(['egitim', 'ogretim', 'kurum', 'durum', 'yonetim', 'uretim', 'bilim', 'hukum', 'sistem', 'iletisim', 'resim', 'madde', 'izin', 'kim', 'hangisinin']);

/** First person ("iznim", "alırım", "my", "I"): a personal question needs its missing facts asked for. */
function isPersonal(question: string, n: string): boolean {
  if (/\b(i|my|me|im|ive|ill)\b/.test(n)) return true;
  if (/\b(ben|benim|bana|bende)\b/.test(n)) return true;
  return n.split(' ').some((w) => w.length > 3 && /(im|um|rim|rum|yim|yum|miyim|muyum)$/.test(w) && !PERSONAL_EXCLUDED.has(w)) ||
    /\p{L}+(?:ım|im|um|üm)\b/u.test(question.replace(/\b(eğitim|öğretim|kurum|durum|yönetim|üretim|bilim|hüküm|izin)\b/giu, ''));
}

function isFollowUp(question: string, n: string, facts: Facts): boolean {
  if (/^(peki|ya|pekala|o zaman|what if|and if|how about|what about|and for|and with|and)\b/.test(n)) return true;
  if (/olsaydi|olsaydim|olursa|olsa\b|instead/.test(n)) return true;
  if (/\bmadde\b|\barticle\b/.test(n)) return false;
  const factCount = Object.keys(definedOnly(facts)).length;
  return factCount > 0 && n.split(' ').length <= 6;
}

function findReason(n: string): Facts['reason'] | undefined {
  if (/emekli|malul|yaslilik ayligi|toptan odeme|retire|pension|disability/.test(n)) return 'pension';
  if (/gerek kalma|ihtiyac kalma|kadro\w* kaldir|pozisyon\w* kaldir|yenilenme|not renewed|no longer needed|laid off|redundan|position (was )?abolished/.test(n)) {
    return 'position_not_needed';
  }
  if (/vefat|\bolum|died|death/.test(n)) return 'death';
  if (/unvan degisik|title change/.test(n)) return 'resignation_title_change';
  if (/es durumu|saglik durumu|yer degisikligi|relocation/.test(n)) return 'resignation_relocation_refused';
  if (/devamsiz|gorev\w* gelme|absent|absence/.test(n)) return 'absence';
  if (/yazili uyari|uyari\w* ragmen|warning/.test(n)) return 'breach_after_warning';
  if (/proje\w* (bitti|tamamlan|sona er)|project (ended|completed|finished)/.test(n)) return 'project_completed';
  if (/nitelik\w* kaybet|lost (a |the )?qualification/.test(n)) return 'lost_qualification';
  if (/nitelik\w* tasimadi|never (met|had) the qualification/.test(n)) return 'qualification_never_met';
  if (/65 yas|yas haddi|age limit/.test(n)) return 'age_limit';
  if (/istifa|kendi istegi|ayrilmak istiyorum|resign|quit/.test(n)) {
    if (/haber vermeden|ihbarsiz|habersiz|without notice|no notice/.test(n)) return 'resignation_without_notice';
    if (/(bir|1) ay (once|onceden)|ihbar|one month|1 month|notice/.test(n)) return 'resignation_with_notice';
    return 'resignation';
  }
  return undefined;
}

const SUB_ROWS: [RegExp, string][] = [
  [/okul oncesi|preschool|pre school/, 'Okul öncesi'],
  [/\bilkokul|primary school/, 'İlkokul'],
  [/\bortaokul|middle school|lower secondary/, 'Ortaokul'],
  [/\bortaogretim|\blise|high school|upper secondary/, 'Ortaöğretim'],
  [/\bilkogretim/, 'İlköğretim'],
];

const INDICATOR_FILLER = /\b(erzincan|stratejik|plan\w*|gosterge\w*|indicator|kodlu|performans|yil\w*|degeri|degerleri|nedir|ne|kadar|kac|hedef\w*|uzak\w*|fark\w*|nasil|degis\w*|artis|azalis|arasinda|oldu|olmus|the|what|was|is|in|of|how|far|from|target|value|change|between|and|to|den|dan|ten|tan|e|a|ye|ya|mi|mu|midir|okul oncesi|ilkokul\w*|ortaokul\w*|ortaogretim\w*|lise\w*|ilkogretim\w*|icin|icinde|ve|ile|da|de|ta|te)\b/g;

/** Everything a question states, independent of the tool. */
function extractFacts(question: string): Facts {
  const n = normalizeForMatch(question);
  const facts: Facts = {};
  const duration = findServiceDuration(question);
  if (duration) facts.years = Math.round(duration.years * 1e6) / 1e6;
  for (const amount of findAmounts(question)) {
    if (amount.role === 'monthly' && facts.monthly === undefined) facts.monthly = amount.value;
    else if (amount.role === 'annual' && facts.annual === undefined) facts.annual = amount.value;
    else if (amount.role === 'cap' && facts.capAmount === undefined) facts.capAmount = amount.value;
  }
  const date = findTurkishDate(question);
  if (date) facts.date = 'invalid' in date ? date.text : toIsoDate(date);
  if (facts.capAmount !== undefined) {
    const ym = /\b(20\d{2})\b/.exec(question);
    if (facts.date) facts.capAsOf = facts.date;
    else if (ym) facts.capAsOf = `${ym[1]}-01`;
  }
  const relative = findRelative(question);
  if (relative) facts.relative = relative;
  const event = findExcuseEvent(question);
  if (event) facts.event = event;
  const title = findPositionTitle(question);
  if (title || matchPosition(question)) facts.position = title ?? question;
  const classPhrase = /(pilot|helikopter makinist\w*|ucus teknisyen\w*|gemi ?adam\w*|ar ge|arastirma gelistirme)/.exec(n);
  if (classPhrase && !title) facts.position = classPhrase[1]!;
  // An unknown title ("astronot pozisyonu") is kept so that validation can say it is not a contract position.
  const named = /([\p{L}-]+)\s+(?:pozisyon|unvan|kadro)\p{L}*/iu.exec(question);
  if (!facts.position && named && !/^(bu|şu|hangi|her|aynı|sözleşmeli|personel)$/iu.test(named[1]!)) facts.position = named[1]!;
  if (/ikiz|ucuz|coğul|cogul|twins|triplets|multiple pregnan/.test(n)) facts.multiple = true;
  const workUntil = /(\w+) hafta (oncesine|once\w*) kadar calis|work(?:ing)? until (\w+) weeks? before/.exec(n);
  if (workUntil) {
    const weeks = wordOrDigitsToNumber(workUntil[1] ?? workUntil[3] ?? '');
    if (weeks !== null) facts.workUntil = weeks;
  }
  if (/doktor raporu|hekim raporu|doctor s (note|report)|medical report/.test(n) || facts.workUntil !== undefined) facts.doctorReport = true;
  if (/ogretmen|teacher/.test(n)) facts.teacher = true;
  if (/yurt ?dis|abroad|overseas/.test(n)) facts.abroad = true;
  if (/yabanci uyruk|foreign national/.test(n) && facts.abroad) facts.foreignAbroad = true;
  if (/misafir (sef|solist|sanatci)|guest (artist|conductor|soloist)/.test(n)) facts.guestArtist = true;
  if (/yuksekogretim|universite|university/.test(n)) facts.higherEducation = true;
  const reason = findReason(n);
  if (reason) facts.reason = reason;
  const sick = /(\d+) (gun|gunluk|days?) (rapor|hastalik|sick)|(rapor|hastalik|sick)\w* (\d+) (gun|days?)|sick for (\d+) days?/.exec(n);
  if (sick) facts.sickDays = Number(sick[1] ?? sick[5] ?? sick[7]);
  const hours = /(\d+(?:[.,]\d+)?)\s*(?:saat|hours?)\b/iu.exec(question);
  if (hours) facts.overtimeHours = Number(hours[1]!.replace(',', '.'));
  const weekly = /haftalik (\d+) saat|haftada (\d+) saat|(\d+) hours? (a|per) week/.exec(n);
  if (weekly) facts.weeklyHours = Number(weekly[1] ?? weekly[2] ?? weekly[3]);
  const code = /(?<![\d.])(\d)\.(\d)\.(\d{1,2})(?![\d.]*\d{4})(?![.\d])/.exec(question);
  if (code && !/madde/i.test(question.slice(Math.max(0, code.index - 8), code.index))) facts.code = `${code[1]}.${code[2]}.${code[3]}`;
  const subRow = SUB_ROWS.find(([pattern]) => pattern.test(n));
  if (subRow) facts.subRow = subRow[1];
  const years4 = [...question.matchAll(/\b(20[0-3]\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (years4.length > 0 && !facts.date) facts.years4 = years4;
  if (/hedef|target/.test(n)) facts.targetAsked = true;
  if (/\bmaliyet|\bcost/.test(n)) {
    const goal = /(\d)\.(\d)\b/.exec(question);
    const aim = /amac\w* (\d)|aim (\d)/.exec(n);
    facts.cost = aim ? `amaç ${aim[1] ?? aim[2]}` : goal ? `${goal[1]}.${goal[2]}` : /genel yonetim/.test(n) ? 'genel yönetim' : 'toplam';
  }
  const name = n.replace(/\b\d\w*/g, ' ').replace(INDICATOR_FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (name.split(' ').filter((w) => w.length > 2).length >= 1) facts.indicatorName = name;
  return facts;
}

type Built = { args: Record<string, unknown> } | { missing: string[]; example: string } | null;

const LABELS: Record<string, string> = {
  years_of_service: 'hizmet süresi',
  event: 'olay (ölüm, evlenme, eşin doğumu)',
  relative: 'olayın kimi ilgilendirdiği (anne, baba, eş, çocuk, kardeş …)',
  overtime_hours: 'fazla çalışma saati',
  position: 'pozisyon unvanı',
  monthly_gross_pay: 'aylık brüt ücret',
  reason: 'ayrılış nedeni',
  resignation_notice: 'istifada bir ay önceden haber verilip verilmediği',
  code: 'gösterge kodu ya da adı',
};

function buildArgs(intent: Intent, f: Facts, personal: boolean): Built {
  const set = (args: Record<string, unknown>, key: string, value: unknown) => {
    if (value !== undefined) args[key] = value;
  };
  switch (intent.tool) {
    case 'leave': {
      const args: Record<string, unknown> = { kind: intent.kind };
      switch (intent.kind) {
        case 'annual':
          if (f.teacher) args.contract_teacher = true;
          set(args, 'years_of_service', f.years);
          if (f.years === undefined && !f.teacher) {
            return personal ? { missing: ['years_of_service'], example: '12 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?' } : null;
          }
          return { args };
        case 'maternity':
          set(args, 'expected_birth_date', f.date);
          if (f.multiple) args.multiple_pregnancy = true;
          set(args, 'work_until_weeks_before_birth', f.workUntil);
          if (f.doctorReport) args.doctor_report = true;
          return { args };
        case 'nursing':
          set(args, 'child_birth_date', f.date);
          return { args };
        case 'sick':
          set(args, 'sick_days', f.sickDays);
          return { args };
        case 'compensatory':
          set(args, 'overtime_hours', f.overtimeHours);
          if (f.overtimeHours === undefined) {
            return personal ? { missing: ['overtime_hours'], example: '20 saat fazla mesai yaptım, kaç gün izin alırım?' } : null;
          }
          return { args };
        case 'excuse': {
          set(args, 'event', f.event);
          set(args, 'relative', f.relative);
          const missing = [
            ...(f.event === undefined ? ['event'] : []),
            ...(f.relative === undefined && f.event !== 'birth' ? ['relative'] : []),
          ];
          if (missing.length === 0) return { args };
          if (!personal && f.event === undefined && f.relative === undefined) return null;
          return { missing, example: 'Annem vefat etti, kaç gün mazeret izni alırım?' };
        }
      }
      return null;
    }
    case 'pay_cap': {
      const args: Record<string, unknown> = {};
      set(args, 'position', f.position);
      set(args, 'monthly_gross_pay', f.monthly);
      set(args, 'annual_other_benefits', f.annual);
      set(args, 'base_cap_amount', f.capAmount);
      set(args, 'base_cap_as_of', f.capAsOf);
      if (f.abroad) args.abroad = true;
      if (f.guestArtist) args.foreign_guest_artist = true;
      if (f.higherEducation) args.higher_education_institution = true;
      if (f.position === undefined) {
        if (f.monthly === undefined && !personal) return null;
        return { missing: ['position'], example: 'Aylık brüt 5.000 TL alan helikopter makinisti ücret tavanını aşıyor mu?' };
      }
      return { args };
    }
    case 'severance': {
      const args: Record<string, unknown> = {};
      set(args, 'monthly_gross_pay', f.monthly);
      set(args, 'years_of_service', f.years);
      if (f.reason && f.reason !== 'resignation') args.reason = f.reason;
      if (f.foreignAbroad) args.foreign_national_abroad = true;
      if (f.teacher) args.contract_teacher = true;
      set(args, 'weekly_hours', f.weeklyHours);
      const missing = [
        ...(f.monthly === undefined ? ['monthly_gross_pay'] : []),
        ...(f.years === undefined ? ['years_of_service'] : []),
        ...(f.reason === undefined ? ['reason'] : f.reason === 'resignation' ? ['resignation_notice'] : []),
      ];
      if (missing.length === 0) return { args };
      if (missing.length === 3 && !personal) return null;
      return {
        missing,
        example: '12 yıl çalıştım, aylık brüt ücretim 5.000 TL, hizmetime gerek kalmadığı için sözleşmem feshedildi; iş sonu tazminatım ne kadar?',
      };
    }
    case 'indicator_lookup': {
      const args: Record<string, unknown> = {};
      if (f.cost) return { args: { cost: f.cost } };
      set(args, 'code', f.code);
      if (!f.code) set(args, 'name', f.indicatorName);
      set(args, 'sub_row', f.subRow);
      const years = f.years4 ?? [];
      if (years.length >= 2) {
        args.from_year = years[0];
        args.to_year = years[1];
      } else if (years.length === 1 && !(f.targetAsked && years[0]! >= 2019)) {
        args.year = years[0];
      }
      if (!args.code && !args.name) return { missing: ['code'], example: '1.1.2 Ortaokul net okullaşma oranı 2014 yılında neydi?' };
      return { args };
    }
  }
}

function missingMessage(missing: string[], example: string): string {
  return `Hesaplama için şu bilgi eksik: ${missing.map((m) => LABELS[m] ?? m).join(', ')}. Örnek soru: "${example}"`;
}

/**
 * Decides whether a question needs a computation tool and fills its arguments. Null: not a computation
 * (or a general question about a rule, such as "kaç gün yıllık izin verilir?" without a length of service —
 * the extractive layer answers those by quoting the article). A personal question lacking a fact gets
 * `missing` and a Turkish message with an example. Follow-ups ("peki 12 yıl olsaydı?") reuse the tool and
 * facts of the earlier questions in the thread, the newest fact winning.
 */
export function routeToolQuestion(question: string, history: string[] = []): ToolRoute | null {
  type ThreadState = { intent: Intent; facts: Facts; personal: boolean };
  let state = null as ThreadState | null;
  for (const text of [...history, question]) {
    const n = normalizeForMatch(text);
    const intent = detectIntent(n);
    const facts = extractFacts(text);
    const personal = isPersonal(text, n);
    if (intent) {
      // Same tool again: keep what was said before (the thread is still about the same case).
      const carry: Facts = state && sameIntent(state.intent, intent) ? state.facts : {};
      state = { intent, facts: { ...carry, ...facts }, personal: personal || (state?.personal ?? false) };
    } else if (state && isFollowUp(text, n, facts)) {
      state = { intent: state.intent, facts: { ...state.facts, ...definedOnly(facts) }, personal: true };
    } else {
      state = null;
    }
  }
  if (!state) return null;
  const built = buildArgs(state.intent, state.facts, state.personal);
  if (!built) return null;
  if ('missing' in built) return { tool: state.intent.tool, missing: built.missing, message: missingMessage(built.missing, built.example) };
  return { tool: state.intent.tool, args: built.args };
}

function sameIntent(a: Intent, b: Intent): boolean {
  return a.tool === b.tool && (a.tool !== 'leave' || (b.tool === 'leave' && a.kind === b.kind));
}

function definedOnly(facts: Facts): Facts {
  // The indicator name of a follow-up ("peki 2013?") is filler, not a new name.
  const { indicatorName: _ignored, ...rest } = facts;
  return rest;
}
