import { foldTurkish, stripTurkishDiacritics } from '../../text/index.js';
import type { ToolQuestion } from './tool-question.js';

/**
 * Phrases matched on whole words: each word of a phrase must start a word of the question, so "düğün" is
 * never found inside "olduğunu". A word of three letters or more matches with suffixes ("izin" → "izni"
 * no, "izinli", "izinler" yes; write "izn" for the dropped vowel); shorter words and numbers match whole.
 * A privative suffix (-sız/-siz/-suz/-süz) turns a word into its opposite ("izinsiz", "ölümsüz"), so it
 * never counts. `$` at the end of a word asks for the word exactly.
 */
export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const WORD_TAIL = String.raw`(?!s[ıiuü]z)[\p{L}\p{M}'’]*`;
const GAP = String.raw`[\s'’\-]+`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordPattern(word: string): string {
  const exact = word.endsWith('$');
  const core = exact ? word.slice(0, -1) : word;
  const isNumber = /^\d+$/.test(core);
  const letters = core.replace(/[^\p{L}]/gu, '').length;
  const body = escape(core);
  return exact || isNumber || letters < 3 ? `${body}${AFTER}` : `${body}${WORD_TAIL}`;
}

function compile(phrase: string, fold: (s: string) => string): RegExp {
  const words = fold(phrase).trim().split(/\s+/);
  return new RegExp(`${BEFORE}${words.map(wordPattern).join(GAP)}`, 'gu');
}

const asciiFold = (s: string) => stripTurkishDiacritics(foldTurkish(s));

export class PhraseSet {
  private readonly compiled: { phrase: string; tr: RegExp; ascii: RegExp }[];

  constructor(phrases: readonly string[]) {
    this.compiled = phrases.map((phrase) => ({ phrase, tr: compile(phrase, foldTurkish), ascii: compile(phrase, asciiFold) }));
  }

  /** Every match in the question, in no particular order (overlaps included). */
  findAll(question: ToolQuestion): PhraseMatch[] {
    const text = question.asciiOnly ? question.ascii : question.folded;
    const out: PhraseMatch[] = [];
    for (const c of this.compiled) {
      const re = question.asciiOnly ? c.ascii : c.tr;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) out.push({ phrase: c.phrase, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  test(question: ToolQuestion): boolean {
    const text = question.asciiOnly ? question.ascii : question.folded;
    return this.compiled.some((c) => {
      const re = question.asciiOnly ? c.ascii : c.tr;
      re.lastIndex = 0;
      return re.test(text);
    });
  }
}

/** Shorthand for a set of trigger phrases. */
export const phrases = (...list: string[]) => new PhraseSet(list);
