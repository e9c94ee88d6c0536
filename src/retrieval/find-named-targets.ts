import type { SourceDocument } from '../ingest/types.js';
import type { DocumentMention, ParsedQuestion } from '../question/index.js';
import { analyseWords, foldTurkish, stemTurkish } from '../text/index.js';

/** A document, or a document inside a gazette issue, that a question may name. */
export interface NamedTarget {
  docId: string;
  /** Gazette part title, or null for the whole document. */
  subTitle: string | null;
  title: string;
  /** Other names: the catalog's `aliases` and the title's initialism ("KVKK", "İYUK"). */
  aliases?: string[];
  /** "1136" for a law whose text says "Kanun Numarası : 1136" or whose title says "1136 sayılı". */
  lawNumber?: string | null;
}

// Title glue and kinds of instrument: every regulation title has them, so they name none in particular.
const GLUE_WORDS = ['ve', 'ile', 'hakkında', 'ilişkin', 'dair', 'ait', 'sayılı', 'için', 'il', 'yılı', 'usul', 'usulü', 'esas', 'esaslar'];
const GLUE = new Set(GLUE_WORDS.map(stemTurkish));
const KIND_STEMS = ['kanun', 'yasa', 'yönet', 'yöner', 'tebli', 'genel', 'tüzük', 'tüzüğ', 'karar'];
const isKindStem = (stem: string) => KIND_STEMS.some((k) => stem.startsWith(k));

/** Stems (diacritic-free) of a name's words that can tell one document from another. */
function distinctiveKeys(text: string, minLength = 2): Set<string> {
  return new Set(
    analyseWords(text)
      .filter((w) => !w.stop && !w.number && !GLUE.has(w.stem) && !isKindStem(w.stem) && [...w.folded].length >= minLength)
      .map((w) => w.key),
  );
}

const kindOfName = (text: string) => analyseWords(text).map((w) => w.stem).find(isKindStem)?.slice(0, 4) ?? null;

/**
 * "Kişisel Verilerin Korunması Kanunu" → "KVKK", "İdari Yargılama Usulü Kanunu" → "İYUK": the first
 * letters of the title's words (glue left out), as people abbreviate laws.
 */
export function initialismOf(title: string): string | null {
  const words = (title.match(/[\p{L}]+/gu) ?? []).filter((w) => !GLUE.has(stemTurkish(foldTurkish(w))) || /^usul/iu.test(w));
  if (words.length < 2 || words.length > 7) return null;
  return words.map((w) => w[0]!.toLocaleUpperCase('tr-TR')).join('');
}

/** The law's own number, as printed in its heading ("Kanun Numarası : 1136", "6502 sayılı … Kanun"). */
export function lawNumberOf(doc: Pick<SourceDocument, 'title' | 'text'>): string | null {
  const head = doc.text.slice(0, 400);
  return /kanun\s+numarası\s*:\s*(\d{3,5})/iu.exec(head)?.[1] ?? /\b(\d{3,5})\s+sayılı(?!\p{L})/u.exec(doc.title)?.[1] ?? null;
}

/** Every document and gazette part as a target, with the aliases the catalog gives and the title implies. */
export function namedTargetsOf(documents: readonly (SourceDocument & { aliases?: readonly string[] })[]): NamedTarget[] {
  const targets: NamedTarget[] = [];
  for (const doc of documents) {
    const initialism = initialismOf(doc.title);
    const aliases = [...(doc.aliases ?? []), ...(initialism ? [initialism] : [])];
    targets.push({ docId: doc.id, subTitle: null, title: doc.title, aliases, lawNumber: lawNumberOf(doc) });
    for (const part of doc.parts) {
      const partInitialism = initialismOf(part.title);
      targets.push({ docId: doc.id, subTitle: part.title, title: doc.title, aliases: partInitialism ? [partInitialism] : [], lawNumber: null });
    }
  }
  return targets;
}

// Titles do not change while an index serves: their keys are worked out once per target.
const namesCache = new WeakMap<NamedTarget, { keys: Set<string>[]; kind: string | null; initialisms: Set<string> }>();

function namesOf(target: NamedTarget) {
  let names = namesCache.get(target);
  if (!names) {
    const title = target.subTitle ?? target.title;
    const aliases = target.aliases ?? [];
    names = {
      keys: [title, ...aliases.filter((a) => /\s/u.test(a))].map(distinctiveKeys),
      kind: kindOfName(title),
      initialisms: new Set(aliases.filter((a) => !/\s/u.test(a)).map((a) => foldTurkish(a))),
    };
    namesCache.set(target, names);
  }
  return names;
}

const ownersCache = new WeakMap<readonly NamedTarget[], Map<string, number>>();

/** For each title key, how many documents' names hold it (a document's parts count as the document). */
function keyOwners(targets: readonly NamedTarget[]): Map<string, number> {
  let counts = ownersCache.get(targets);
  if (!counts) {
    const owners = new Map<string, Set<string>>();
    for (const target of targets) {
      for (const keys of namesOf(target).keys) for (const k of keys) owners.set(k, (owners.get(k) ?? new Set()).add(target.docId));
    }
    counts = new Map([...owners].map(([k, docs]) => [k, docs.size]));
    ownersCache.set(targets, counts);
  }
  return counts;
}

/**
 * Of the targets a mention matches, those it names by its rarest words: "Ankara Üniversitesi Önlisans ve
 * Lisans Eğitim-Öğretim Yönetmeliği" matches every university's regulation on "önlisans", "lisans",
 * "eğitim", "öğretim"; only one of them is Ankara's. Each matched key weighs log(documents / documents
 * whose names hold it); the best-weighed targets are kept (ties kept: a document and its parts).
 */
function mostSpecific(mentionKeys: ReadonlySet<string>, found: readonly NamedTarget[], targets: readonly NamedTarget[]): NamedTarget[] {
  if (found.length < 2) return [...found];
  const owners = keyOwners(targets);
  const documents = new Set(targets.map((t) => t.docId)).size;
  const weightOf = (t: NamedTarget) => {
    let best = 0;
    for (const keys of namesOf(t).keys) {
      let w = 0;
      for (const k of keys) if (mentionKeys.has(k)) w += Math.log(documents / (owners.get(k) ?? documents));
      best = Math.max(best, w);
    }
    return best;
  };
  const weights = found.map(weightOf);
  const top = Math.max(...weights);
  return found.filter((_, i) => weights[i]! >= top - 1e-9);
}

const uniqueCache = new WeakMap<readonly NamedTarget[], Set<string>>();

/** Title keys found in the names of one document only (its parts count as the same document). */
function uniqueKeys(targets: readonly NamedTarget[]): Set<string> {
  let unique = uniqueCache.get(targets);
  if (!unique) {
    const owners = new Map<string, Set<string>>();
    for (const target of targets) {
      for (const keys of namesOf(target).keys) for (const k of keys) owners.set(k, (owners.get(k) ?? new Set()).add(target.docId));
    }
    unique = new Set([...owners].filter(([, docs]) => docs.size === 1).map(([k]) => k));
    uniqueCache.set(targets, unique);
  }
  return unique;
}

export interface TargetMatch {
  target: NamedTarget;
  /** Share of the title's distinctive words found in the question. */
  coverage: number;
  matched: number;
  /** Matched words that most documents do not use: the stronger evidence. */
  rare: number;
}

interface WordMatch {
  matched: number;
  rare: number;
  coverage: number;
  matchedUnique: boolean;
}

function matchWords(questionKeys: ReadonlySet<string>, target: NamedTarget, unique: ReadonlySet<string>, isCommon: (key: string) => boolean = () => false): WordMatch | null {
  let best: WordMatch | null = null;
  for (const keys of namesOf(target).keys) {
    if (keys.size === 0) continue;
    let matched = 0;
    let rare = 0;
    let matchedUnique = false;
    for (const k of keys) {
      if (!questionKeys.has(k)) continue;
      matched++;
      if (isCommon(k)) continue;
      rare++;
      if (unique.has(k)) matchedUnique = true;
    }
    const coverage = matched / keys.size;
    if (matched > 0 && (!best || coverage > best.coverage)) best = { matched, rare, coverage, matchedUnique };
  }
  return best;
}

/**
 * Which documents the question's words point at without naming them by name. "Madde 4" exists in both
 * directives of a gazette issue; a question that uses one's title words must get that directive's. A
 * target counts when at least two of its distinctive title words (or its only one) appear, or one that
 * no other title has. `isCommon` tells words most documents use anyway ("millî eğitim" in every
 * education document): they say nothing about which one is meant.
 */
export function findNamedTargets(question: string, targets: readonly NamedTarget[], isCommon: (key: string) => boolean = () => false): TargetMatch[] {
  const questionKeys = distinctiveKeys(question, 3);
  const unique = uniqueKeys(targets);
  const matches: TargetMatch[] = [];
  for (const target of targets) {
    const found = matchWords(questionKeys, target, unique, isCommon);
    if (!found) continue;
    const needed = Math.min(2, Math.max(...namesOf(target).keys.map((k) => k.size)));
    if (found.matched >= needed || found.matchedUnique) matches.push({ target, coverage: found.coverage, matched: found.matched, rare: found.rare });
  }
  // A title word few documents use ("Duyurular", a place) outweighs several that all of them use.
  return matches.sort((a, b) => b.rare - a.rare || b.matched - a.matched || b.coverage - a.coverage);
}

/** What the documents a question names by name ("2547 sayılı Kanun", "İş Kanunu", "KVKK") come to. */
export interface ResolvedMentions {
  /** Targets the question names explicitly. */
  resolved: NamedTarget[];
  /** Mentions no indexed document answers to: the question is about a document we do not have. */
  unresolved: DocumentMention[];
  /** The mentions that did name an indexed document ("TCK'daki" when the Türk Ceza Kanunu is indexed). */
  named: DocumentMention[];
}

/**
 * Resolves each explicit mention: by law number, by initialism, by two distinctive title words, or by one
 * when the instrument kind agrees ("İş Kanunu" is not the "İş Kurumu" report). A bare "Kanunun" or
 * "yönetmeliğe" names nothing in particular and is neither.
 */
export function resolveMentions(question: ParsedQuestion, targets: readonly NamedTarget[]): ResolvedMentions {
  const resolved = new Set<NamedTarget>();
  const unresolved: DocumentMention[] = [];
  const named: DocumentMention[] = [];
  const unique = uniqueKeys(targets);
  for (const mention of question.documents) {
    const keys = distinctiveKeys(mention.text);
    const kind = kindOfName(mention.text);
    const acronym = mention.kind === null ? foldTurkish(mention.text) : null;
    let found: NamedTarget[];
    if (mention.lawNumber) found = targets.filter((t) => t.lawNumber === mention.lawNumber);
    else if (acronym) found = targets.filter((t) => namesOf(t).initialisms.has(acronym));
    else {
      if (keys.size === 0) continue;
      found = targets.filter((t) => {
        const names = namesOf(t);
        const m = matchWords(keys, t, unique);
        return m !== null && (m.matched >= Math.min(2, keys.size) || m.coverage === 1) && (m.matched >= 2 || kind === null || names.kind === kind);
      });
    }
    // An acronym that is no document's initialism may be any capitalised word ("TL", "SGK"): not a claim,
    // unless an article is asked of it ("TCK'nın 53. maddesi").
    const index = question.documents.indexOf(mention);
    if (found.length === 0 && acronym && !question.articles.some((a) => a.mention === index)) continue;
    // "… Anayasanın" typed after another word: the instrument word alone may still name a document.
    if (found.length === 0 && mention.kind !== null) {
      const own = distinctiveKeys(mention.text.split(/\s+/u).at(-1)!);
      if (own.size > 0) found = targets.filter((t) => (matchWords(own, t, unique)?.coverage ?? 0) > 0 && namesOf(t).keys[0]!.size <= own.size + 2);
    }
    if (!mention.lawNumber && !acronym) found = mostSpecific(keys, found, targets);
    if (found.length === 0 && mention.formal) unresolved.push(mention);
    if (found.length > 0) named.push(mention);
    for (const t of found) resolved.add(t);
  }
  return { resolved: [...resolved], unresolved, named };
}

// Article references are read in the question's analysis; the benchmarks time them from here.
export { findArticleReferences } from '../question/find-document-mentions.js';
