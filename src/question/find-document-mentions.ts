import { foldTurkish } from '../text/index.js';

/**
 * A document the question names, as written: "Tüketicinin Korunması Hakkında Kanunun", "2547 sayılı
 * Kanunun", "Anayasanın", "KVKK". Which indexed document (if any) it means is for retrieval to decide
 * against the titles it has; this only reads the question.
 */
export interface DocumentMention {
  /** The words as written, the kind word included. */
  text: string;
  /** The same name in the form a title prints it: "Yükseköğretim Kanunu" for "Yükseköğretim Kanununa". */
  name: string;
  /** "2547" in "2547 sayılı Kanun"; null when no number is given. */
  lawNumber: string | null;
  /** Folded kind word stem: "kanun", "yönetmelik", "yönerge", "tebliğ", "genelge", "tüzük", "kararname", "anayasa", "esas"; null for an acronym. */
  kind: string | null;
  /**
   * True when the title words are capitalised (or a law number or an initialism names it): a claim that
   * such a document exists. A lower-case "… kanununa göre" may be a guess at a title or a plain word.
   */
  formal: boolean;
  /** Offsets into the normalised question text. */
  start: number;
  end: number;
}

/** "Madde 42", "Ek Madde 6", "Geçici Madde 4", as the chunker labels articles. */
export interface ArticleReference {
  label: string;
  /** Index into `documents` when the article is of a named document ("2547 sayılı Kanunun 42. maddesi"). */
  mention: number | null;
  start: number;
}

/** A legal-instrument word: its folded kind and the forms a title prints it in, bare and compound. */
interface KindWord {
  pattern: RegExp;
  kind: string;
  /** "Kanun" ("2547 sayılı Kanun", "… Hakkında Kanun"). */
  bare: string;
  /** "Kanunu" ("İş Kanunu"), and folded, as an inflected compound begins ("kanununa"). */
  compound: string;
  compoundFolded: string;
}

// Legal instruments by the stem people inflect: "Kanunun", "Yönetmeliğe", "Yönergesinde", "Anayasanın".
const KIND_WORDS: readonly KindWord[] = (
  [
    [/^kanun/u, 'kanun', 'Kanun', 'Kanunu'],
    [/^yasa(?:sı|nın|ya|da|ya)?/u, 'kanun', 'Yasa', 'Yasası'],
    [/^yönetmeli/u, 'yönetmelik', 'Yönetmelik', 'Yönetmeliği'],
    [/^yönerge/u, 'yönerge', 'Yönerge', 'Yönergesi'],
    [/^tebliğ(?!ler)/u, 'tebliğ', 'Tebliğ', 'Tebliği'],
    [/^genelge/u, 'genelge', 'Genelge', 'Genelgesi'],
    [/^tüzü/u, 'tüzük', 'Tüzük', 'Tüzüğü'],
    [/^kararname/u, 'kararname', 'Kararname', 'Kararnamesi'],
    [/^anayasa/u, 'anayasa', 'Anayasa', 'Anayasa'],
    [/^esaslar/u, 'esas', 'Esaslar', 'Esasları'],
  ] as const
).map(([pattern, kind, bare, compound]) => ({ pattern, kind, bare, compound, compoundFolded: foldTurkish(compound) }));
// Words that may sit inside a title between its capitalised words ("… Hakkında Kanun", "Usul ve Esaslar").
const TITLE_GLUE = /^(?:ve|ile|hakkında|ilişkin|dair|ait|sayılı|ilgili|için)$/u;
// Initialisms people use for laws and bodies ("KVKK", "İYUK", "TCK", "DMK").
const ACRONYM = /^[A-ZÇĞİÖŞÜ]{3,6}$/u;
const MAX_TITLE_WORDS = 9;

interface Token {
  word: string;
  folded: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\d+/gu)].map((m) => {
    const word = m[0].replace(/['’].*$/u, '');
    return { word, folded: foldTurkish(word), start: m.index!, end: m.index! + m[0].length };
  });
}

/**
 * Case endings off the kind word, so a message can name the document as its title does: "2547 sayılı
 * Kanunun" → "2547 sayılı Kanun", "Yükseköğretim Kanununa" → "Yükseköğretim Kanunu". A title word right
 * before the kind word makes a compound ("İş Kanunu"); a glue word or "sayılı" leaves it bare.
 */
function citationForm(tokens: readonly Token[], first: number, kindIndex: number, kindWord: KindWord, text: string): string {
  const kindToken = tokens[kindIndex]!;
  const before = kindIndex > first ? tokens[kindIndex - 1]! : null;
  const compound = before !== null && !TITLE_GLUE.test(before.folded) && !/^\d/u.test(before.word);
  const word = compound ? kindWord.compound : kindWord.bare;
  const cased = capitalised(kindToken.word) ? word : word.toLocaleLowerCase('tr-TR');
  return `${text.slice(tokens[first]!.start, kindToken.start)}${cased}`;
}

/**
 * A lower-case kind word names one document only in the compound form ("avukatlık kanununa", "disiplin
 * yönetmeliğinde"); the bare form is the plain word ("kanundan doğan", "yönetmelikle belirlenir").
 */
const namesOne = (kindToken: Token, kindWord: KindWord) =>
  kindWord.bare === kindWord.compound || kindToken.folded.startsWith(kindWord.compoundFolded);

const kindWordOf = (folded: string) => KIND_WORDS.find((k) => k.pattern.test(folded)) ?? null;
const capitalised = (word: string) => /^[\p{Lu}\d]/u.test(word);

/**
 * Names of documents in a question: a legal-instrument word with the title words before it (capitalised
 * words, glue words and a "NNNN sayılı" number, or the one word before it when the question is typed in
 * lower case), and initialisms in capitals.
 */
export function findDocumentMentions(text: string): DocumentMention[] {
  const tokens = tokensOf(text);
  const mentions: DocumentMention[] = [];
  tokens.forEach((token, i) => {
    const kindWord = kindWordOf(token.folded);
    // "Anayasa Mahkemesi", "Kanun Hükmünde Kararname": a kind word going on into a capitalised name is a
    // word of a body's or another instrument's name, not a mention of the document.
    const next = tokens[i + 1];
    const namesBody = next !== undefined && /^\p{Lu}/u.test(next.word) && !/^(?:madde|ek|geçici)$/u.test(next.folded) && text.slice(token.end, next.start).trim() === '';
    if (kindWord && !namesBody) {
      let first = i;
      let lawNumber: string | null = null;
      for (let j = i - 1; j >= 0 && i - j <= MAX_TITLE_WORDS; j--) {
        const t = tokens[j]!;
        if (/^\d{3,5}$/u.test(t.word) && tokens[j + 1]?.folded === 'sayılı') {
          lawNumber = t.word;
          first = j;
          continue;
        }
        // Title words are capitalised; glue words count only between capitalised ones. The question's first
        // word is capitalised by the sentence, not by a title: "Tacirin kanundan doğan …" names no law.
        if (capitalised(t.word) && !kindWordOf(t.folded) && (j > 0 || capitalised(token.word))) first = j;
        else if (!TITLE_GLUE.test(t.folded)) break;
        if (text.slice(t.end, tokens[j + 1]!.start).match(/[,.;:?!]/u)) break;
      }
      const formal = first < i || capitalised(token.word);
      // "avukatlık kanununa göre": typed in lower case, the word before the kind word names it.
      if (first === i && i > 0 && (i === 1 || !capitalised(tokens[i - 1]!.word)) && tokens[i - 1]!.folded.length >= 4 && !/^\d/u.test(tokens[i - 1]!.word) && namesOne(token, kindWord)) {
        first = i - 1;
      }
      // A bare lower-case kind word alone ("kanundan doğan", "yönetmelikle") is the plain word.
      if (first === i && !capitalised(token.word) && !namesOne(token, kindWord)) return;
      const written = text.slice(tokens[first]!.start, token.end);
      mentions.push({ text: written, name: citationForm(tokens, first, i, kindWord, text), lawNumber, kind: kindWord.kind, formal, start: tokens[first]!.start, end: token.end });
      return;
    }
    if (ACRONYM.test(token.word) && !mentions.some((m) => token.start >= m.start && token.start < m.end)) {
      mentions.push({ text: token.word, name: token.word, lawNumber: null, kind: null, formal: true, start: token.start, end: token.end });
    }
  });
  return mentions;
}

const ARTICLE_REFERENCE =
  /(?:(ek\s+geçici|geçici|ek)\s+)?madde\s*(\d+)|article\s*(\d+)|\b(\d+)\s*(?:\.|['’]?\s*(?:nci|ncı|üncü|uncu|inci|ıncı|ncü|ncu))\s*madde/giu;

/** "Madde 7", "Ek Madde 6", "Geçici Madde 4" as the chunker labels them; English "article 7" too. */
export function findArticleReferences(text: string, mentions: readonly DocumentMention[] = []): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const m of foldTurkish(text).matchAll(ARTICLE_REFERENCE)) {
    const prefix = m[1]
      ? `${m[1].replace(/\s+/g, ' ').replace(/^./u, (c) => c.toLocaleUpperCase('tr-TR')).replace(' geçici', ' Geçici')} `
      : '';
    // "… Kanunun 42. maddesi": the article belongs to the document named right before it.
    const before = mentions.findIndex((d) => d.end <= m.index! && m.index! - d.end <= 4);
    references.push({ label: `${prefix}Madde ${m[2] ?? m[3] ?? m[4]}`, mention: before === -1 ? null : before, start: m.index! });
  }
  return references;
}
