import type { FallbackReason } from '../answer/types.js';

/**
 * Why an LLM answer was replaced by the extractive one. The codes are a public contract (`fallback_reason`
 * in `--json` starts with one); the README lists them.
 */
export const FALLBACK_CODES = {
  timeout: { tr: 'Dil modeli LLM_TIMEOUT_MS süresi içinde yanıt vermedi', en: 'The language model did not answer within LLM_TIMEOUT_MS' },
  rate_limited: { tr: 'Dil modeli sunucusu istek sınırına ulaştı (429)', en: 'The language model server is rate limiting (429)' },
  http_error: { tr: 'Dil modeli sunucusu hata döndürdü', en: 'The language model server returned an error' },
  connection_error: { tr: 'Dil modeli sunucusuna bağlanılamadı', en: 'Could not connect to the language model server' },
  malformed_reply: { tr: 'Dil modelinin yanıtı okunamadı (bozuk JSON ya da araç çağrısı)', en: 'The language model reply could not be read (malformed JSON or tool call)' },
  tool_loop: { tr: 'Dil modeli yanıt vermeden araç çağırmayı sürdürdü', en: 'The language model kept calling tools without answering' },
  no_citation: { tr: 'Dil modelinin yanıtında doğrulanabilen bir alıntı yoktu', en: 'The language model answer had no citation that could be verified' },
  unsupported_number: { tr: 'Dil modelinin yanıtında kaynakta bulunmayan bir sayı vardı', en: 'The language model answer had a number found in no source' },
  cancelled: { tr: 'Soru iptal edildi', en: 'The question was cancelled' },
  question_invalid: { tr: 'Soru dil modeline gönderilmedi (boş ya da çok uzun)', en: 'The question was not sent to the language model (empty or too long)' },
  model_error: { tr: 'Dil modeli beklenmeyen bir hata verdi', en: 'The language model failed unexpectedly' },
} as const;

export type FallbackCode = keyof typeof FALLBACK_CODES;

/** "timeout" + detail → { code, message } in the question's language. */
export function fallbackReason(code: FallbackCode, language: 'tr' | 'en', detail?: string): FallbackReason {
  const base = FALLBACK_CODES[code][language];
  const note = detail?.trim().replace(/[.\s]+$/u, '');
  return { code, message: note ? `${base} (${note}).` : `${base}.` };
}
