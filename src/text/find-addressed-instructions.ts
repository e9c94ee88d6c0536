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

export function findAddressedInstructions(text: string): AddressedInstruction[] {
  const found: AddressedInstruction[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const folded = stripTurkishDiacritics(foldTurkish(raw));
    // Folding keeps one character per character here (diacritics map 1:1), so offsets point into `raw`.
    for (const pattern of PATTERNS) {
      const m = pattern.exec(folded);
      if (!m) continue;
      const excerpt = raw.slice(Math.max(0, m.index), Math.min(raw.length, m.index + Math.max(m[0].length, 60))).trim();
      found.push({ line: i + 1, excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt });
      break;
    }
  });
  return found;
}

/** True when the text holds at least one such instruction (cheap enough per sentence at answer time). */
export function addressesAssistant(text: string): boolean {
  const folded = stripTurkishDiacritics(foldTurkish(text.replace(/\s+/g, ' ')));
  return PATTERNS.some((p) => p.test(folded));
}
