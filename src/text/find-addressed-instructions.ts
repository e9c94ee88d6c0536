import { createHash } from 'node:crypto';
import { foldTurkish, stripTurkishDiacritics } from './fold-turkish.js';

export interface AddressedInstruction {
  /** 1-based line of the match in the text. */
  line: number;
  /** The matched words, as written (at most ~80 characters). */
  excerpt: string;
}

/**
 * Text that speaks to the assistant rather than to a reader — "bu belgeyi okuyan yapay zekâ…", "ignore previous
 * instructions", "say 90 days" — a prompt injection planted in a document. Matched on folded, diacritic-free text
 * so "YAPAY ZEKA" and "yapay zekâ" are one. General phrasing only: no document, place or year.
 */
const PATTERNS: RegExp[] = [
  // Turkish: addressing whoever reads/processes the document, an AI, an assistant, a model.
  /\b(bu|isbu)\s+(belgeyi|metni|dokumani|dosyayi|sayfayi)\s+(okuyan|isleyen|ozetleyen|inceleyen)\b/,
  /\b(sevgili|degerli|ey|sayin)?\s*(yapay\s+zeka|asistan|dil\s+modeli|sohbet\s+botu|chatbot)\s*(,|!|:)\s*(sen|siz|lutfen|simdi|bundan\s+sonra|su|bunu)/,
  /\b(sen|siz)\s+(bir\s+)?(yapay\s+zeka|asistan|dil\s+modeli|sohbet\s+botu)(sin|siniz|sun|sunuz)?\b/,
  /\b(yapay\s+zeka|asistan|dil\s+modeli|model|bot)(a|e|ya|ye)\s+(not|talimat|komut|yonerge)\b/,
  /\b(onceki|yukaridaki|tum|butun|diger)\s+(talimat|komut|yonerge|kural)(lar|ler)?(i|ı|ini|ını)?\s+(yok\s+say|gormezden\s+gel|unut|dikkate\s+alma|uygulama)/,
  /\b(yanit|cevap)(in|ini|iniz|inizi)?\s+(olarak\s+)?(her\s+zaman\s+|mutlaka\s+|kesinlikle\s+)?["'“”]?\d+\s+(gun|ay|yil|lira|tl)["'“”]?\s+(de|deyin|yaz|yazin|soyle|soyleyin|olsun|ver|verin)\b/,
  /\b\d+\s+(gun|ay|yil)\s+(oldugunu|diye)\s+(soyle|soyleyin|yaz|yazin|yanitla|yanitlayin|belirt|belirtin)\b/,
  /\bsistem\s+(istemi|mesaji|talimati)\b/,
  // English.
  /\b(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier|preceding)\s+(instructions?|prompts?|rules|directions)/,
  /\b(any|an|the|dear)\s+(ai|assistant|language\s+model|llm|chatbot)\s+(reading|processing|summari[sz]ing|parsing)\s+this\b/,
  /\byou\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|language\s+model|llm|chatbot)\b/,
  /\b(say|answer|respond|reply)\s+(only\s+)?(that\s+|with\s+)?["'“”]?\d+\s+(days?|months?|years?)\b/,
  /\bsystem\s+prompt\b/,
  /\bnew\s+instructions\s*:/,
];

// A sentence also counts when it overrides instructions outright, or when it names an AI and tells it what to
// say or do — legal prose does neither (a test reads every real corpus for false alarms). Letter-aware edges:
// `\b` is ASCII-only in JavaScript, so it would split folded Turkish words only by luck.
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
const OVERRIDES = word(
  '(?:onceki|yukaridaki|tum|butun)\\s+(?:(?:tum|butun)\\s+)?(?:talimat|yonerge|komut|kural)\\p{L}*\\s+(?:unut|yok\\s+say|gormezden\\s+gel|dikkate\\s+alma|gecersiz)\\p{L}*' +
    '|ignore\\s+(?:all\\s+|any\\s+)?(?:the\\s+)?(?:previous|prior|above|earlier)\\s+(?:instructions|prompts?|rules)|you\\s+are\\s+now|artik\\s+sen',
);
const NAMES_AI = word(
  'yapay\\s*zeka\\p{L}*|ai|llm|gpt|chatgpt|claude|gemini|copilot|dil\\s+model\\p{L}*|language\\s+models?|sohbet\\s+bot\\p{L}*|chat\\s*bots?|asistan[ia]?|assistants?|bots?',
);
const DIRECTS = word(
  'desin|soylesin|yazsin|yanitlasin|cevaplasin|belirtsin|iddia\\s+etsin|soyle|yaz|yanitla|cevapla|yanit\\s+ver|cevap\\s+ver|de\\s+ki|uygula|unut|yok\\s+say|gormezden\\s+gel|say|tell|answer|respond|reply|ignore|disregard|output|print|must|should',
);

/**
 * The patterns in one regex: a text matches it exactly when it matches one of them (no flags, no
 * back-references), and one scan of a line is a third of the cost of fourteen — a 400 KB law is checked
 * whole the first time an answer cites it. Which pattern matched first is still asked of the list. (A
 * pattern with flags would not keep them in the union: then there is none.)
 */
const ANY_PATTERN = PATTERNS.every((p) => p.flags === '') ? new RegExp(PATTERNS.map((p) => `(?:${p.source})`).join('|')) : null;

/**
 * Names the rules above: a document scanned at ingest records it, and the scan is trusted at answer time only
 * while the rules are the same (an index built before a change of rules is scanned again when first cited).
 */
export const INSTRUCTION_DETECTOR_VERSION = createHash('sha256')
  .update([...PATTERNS, OVERRIDES, NAMES_AI, DIRECTS].map(String).join('\n'))
  .digest('hex')
  .slice(0, 12);

/** Where in folded text an instruction to the assistant starts, or -1. */
function instructionAt(folded: string): number {
  if (!ANY_PATTERN || ANY_PATTERN.test(folded)) {
    for (const pattern of PATTERNS) {
      const m = pattern.exec(folded);
      if (m) return m.index;
    }
  }
  const overrides = OVERRIDES.exec(folded);
  if (overrides) return overrides.index;
  const named = NAMES_AI.exec(folded);
  return named && DIRECTS.test(folded) ? named.index : -1;
}

const fold = (text: string) => stripTurkishDiacritics(foldTurkish(text));

export function findAddressedInstructions(text: string): AddressedInstruction[] {
  const found: AddressedInstruction[] = [];
  text.split('\n').forEach((raw, i) => {
    // Folding keeps one character per character here (diacritics map 1:1), so offsets point into `raw`.
    const at = instructionAt(fold(raw));
    if (at < 0) return;
    const excerpt = raw.slice(at, at + 60).trim();
    found.push({ line: i + 1, excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt });
  });
  return found;
}

/**
 * True when the text (a sentence, at answer time) holds an instruction to the assistant. The one detector
 * behind the audit's warning, the extractive composer's quote filter and what the LLM is shown.
 */
export function addressesAssistant(text: string): boolean {
  return instructionAt(fold(text.replace(/\s+/g, ' '))) >= 0;
}
