import { foldTurkish } from './fold-turkish.js';

// Whole words by Unicode letters: `\b` knows only ASCII, so it found "do" in "doğum" and no "mı" before "?".
const ENGLISH_MARKERS = /(?<![\p{L}\p{N}])(the|what|how|which|who|when|where|does|do|is|are|can|many|much|of|for|under|according|leave|days|years)(?![\p{L}\p{N}])/gu;
const TURKISH_MARKERS = /(?<![\p{L}\p{N}])(ve|bir|mi|mı|mu|mü|nedir|kaç|hangi|nasıl|göre|için|ile|ne|var|olan|midir|mıdır)(?![\p{L}\p{N}])/gu;

/** English or Turkish, by marker words; Turkish letters settle a tie. */
export function detectLanguage(question: string): 'tr' | 'en' {
  const folded = foldTurkish(question);
  const english = folded.match(ENGLISH_MARKERS)?.length ?? 0;
  const turkish = (folded.match(TURKISH_MARKERS)?.length ?? 0) + (/[çğışöü]/u.test(folded) ? 1 : 0);
  return english > turkish ? 'en' : 'tr';
}
