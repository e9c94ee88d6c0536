import { phrases } from '../question/phrase-set.js';
import type { ToolQuestion } from '../question/tool-question.js';
import type { BuiltArgs, Facts, Tool } from '../tool.js';
import {
  IndicatorLookupInputSchema, IndicatorLookupOutputSchema, lookupIndicator, type IndicatorLookupInput, type IndicatorLookupOutput,
} from './lookup-indicator.js';

const COSTING = phrases('maliyet', 'costing', 'cost of', 'budget');
const INDICATOR = phrases('gösterge', 'indicator', 'stratejik plan', 'strategic plan');
const TARGET = phrases('hedef', 'target');
const DISTANCE = phrases('uzak', 'kadar', 'fark', 'how far');
const MEASURE = phrases('oran', 'sayı$', 'sayıs', 'değeri', 'değerleri', 'rate$', 'number of', 'value');
/** A table code "1.1.2"; a "madde 1.1.2" or a date is not one. */
const CODE = /(?<![\d.])([1-9])\.(\d)\.(\d{1,2})(?![.\d])/;

type Intent = 'indicator' | 'cost';

function codeIn(text: string): string | null {
  const m = CODE.exec(text);
  if (!m || /madde\s*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
  return `${m[1]}.${m[2]}.${m[3]}`;
}

/**
 * A question about a plan's indicator tables: a code, the words "gösterge"/"hedef", or a year with a rate
 * or count. Whether it names an indicator the tables hold is decided by the lookup; one they do not hold
 * goes back to the documents. "Performans" and "puan" are everyday words of other documents, not cues.
 */
function detect(q: ToolQuestion): Intent | null {
  if (COSTING.test(q)) return 'cost';
  if (codeIn(q.text)) return 'indicator';
  if (INDICATOR.test(q) || (TARGET.test(q) && DISTANCE.test(q))) return 'indicator';
  if (q.years.length > 0 && MEASURE.test(q)) return 'indicator';
  return null;
}

const SUB_ROWS: [RegExp, string][] = [
  [/okul oncesi|preschool|pre school/, 'Okul öncesi'],
  [/\bilkokul|primary school/, 'İlkokul'],
  [/\bortaokul|middle school|lower secondary/, 'Ortaokul'],
  [/\bortaogretim|\blise|high school|upper secondary/, 'Ortaöğretim'],
  [/\bilkogretim/, 'İlköğretim'],
];

// Question words and table words that never name an indicator; what remains is matched against the names.
const FILLER = /\b(stratejik|plan\w*|gosterge\w*|indicator|kodlu|performans|yil\w*|degeri|degerleri|nedir|ne|kadar|kac\w*|hedef\w*|uzak\w*|fark\w*|nasil|degis\w*|artis|azalis|arasinda|oldu|olmus|the|what|was|is|in|of|how|far|from|target|value|change|between|and|to|den|dan|ten|tan|e|a|ye|ya|mi|mu|midir|okul oncesi|ilkokul\w*|ortaokul\w*|ortaogretim\w*|lise\w*|ilkogretim\w*|icin|icinde|ve|ile|da|de|ta|te)\b/g;

function readFacts(q: ToolQuestion): Facts {
  const n = q.asciiWords.join(' ');
  const facts: Facts = {};
  const code = codeIn(q.text);
  if (code) facts.code = code;
  const subRow = SUB_ROWS.find(([pattern]) => pattern.test(n));
  if (subRow) facts.subRow = subRow[1];
  if (q.years.length > 0) facts.years = [...q.years];
  if (TARGET.test(q)) facts.targetAsked = true;
  if (COSTING.test(q)) {
    const goal = /(\d)\.(\d)\b/.exec(q.text);
    const aim = /amac\w* (\d)|aim (\d)/.exec(n);
    const aimsTotal = /\bamac/.test(n) && /\btoplam|\btotal/.test(n);
    facts.cost = aim ? `amaç ${aim[1] ?? aim[2]}` : goal ? `${goal[1]}.${goal[2]}` : /genel yonetim/.test(n) ? 'genel yönetim' : aimsTotal ? 'amaç toplamı' : 'toplam';
  }
  const name = n.replace(/\b\d\w*/g, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (name.split(' ').some((w) => w.length > 2)) facts.indicatorName = name;
  return facts;
}

function buildArgs(intent: Intent, f: Facts): BuiltArgs {
  if (intent === 'cost' || f.cost) return { args: { cost: f.cost ?? 'toplam' } };
  const args: Record<string, unknown> = {};
  if (f.code) args.code = f.code;
  else if (f.indicatorName) args.name = f.indicatorName;
  if (f.subRow) args.sub_row = f.subRow;
  const years = (f.years as number[] | undefined) ?? [];
  if (years.length >= 2) {
    args.from_year = years[0];
    args.to_year = years[1];
  } else if (years.length === 1 && !f.targetAsked) {
    // "… YYYY hedefi" names the target year: the lookup shows the target and the gap to it.
    args.year = years[0];
  }
  if (!args.code && !args.name) return { missing: ['code'], example: '1.1.2 Ortaokul net okullaşma oranı bir yılda neydi?' };
  return { args };
}

/** Values, changes and targets of a strategic plan's performance indicators, and its costing table. */
export const indicatorLookupTool: Tool<IndicatorLookupInput, IndicatorLookupOutput, Intent, 'indicator_lookup'> = {
  name: 'indicator_lookup',
  description:
    'Stratejik planın performans göstergesi tablolarında kod (ör. 1.1.1) ya da adla gösterge arar; yıl değerini, ' +
    'iki yıl arasındaki değişimi ve hedef yılına kalan farkı verir. Boş hücre "veri yok" demektir. Maliyetlendirme ' +
    'tablosundan hedef, amaç ve toplam maliyetleri de okur.',
  inputSchema: IndicatorLookupInputSchema,
  outputSchema: IndicatorLookupOutputSchema,
  scope: { staff: null, documents: { kind: 'indicator-tables' } },
  personal: false,
  fieldHelp: {
    code: { label: 'gösterge kodu', example: '"1.1.2"' },
    name: { label: 'gösterge adı', example: '"net okullaşma oranı"' },
    sub_row: { label: 'alt satır', example: '"Ortaokul"' },
    year: { label: 'yıl', example: (today) => String(today.year - 1) },
    from_year: { label: 'başlangıç yılı', example: (today) => String(today.year - 3) },
    to_year: { label: 'bitiş yılı', example: (today) => String(today.year - 1) },
    cost: { label: 'maliyet satırı', example: '"1.1", "amaç 2", "toplam"' },
    indicators: { label: 'gösterge deposu', example: '`npm run ingest` ile oluşturulan dizin' },
  },
  missingLabels: { code: 'gösterge kodu ya da adı' },
  detect,
  readFacts,
  buildArgs: (intent, facts) => buildArgs(intent, facts),
  run(input, context) {
    if (!context.indicators) return { problem: { field: 'indicators', message: 'gösterge tabloları yüklenmemiş' } };
    return lookupIndicator(input, context.indicators);
  },
};
