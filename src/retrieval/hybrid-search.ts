import type { Embeddings } from '@langchain/core/embeddings';
import type { Chunk } from '../ingest/types.js';
import { questionWordPairs, understandQuestion, type ParsedQuestion } from '../question/index.js';
import { contentWords, indexTerms, matchKey, stripTurkishDiacritics } from '../text/index.js';
import { findNamedTargets, resolveMentions, type NamedTarget } from './find-named-targets.js';
import { denseWeightOf, RANKING_WEIGHTS, type RankingWeights } from './ranking-weights.js';
import type { LexicalIndex } from './lexical-index.js';
import { readRevisionRequest, revisionWeight } from './older-revisions.js';
import type { VectorIndex } from './vector-index.js';

export interface SearchableIndex {
  chunks: readonly Chunk[];
  lexical: LexicalIndex;
  vector: VectorIndex;
  embeddings: Embeddings;
  targets: readonly NamedTarget[];
}

export interface SearchHit {
  chunkIndex: number;
  chunk: Chunk;
  score: number;
  lexicalScore: number;
  vectorSimilarity: number;
  /** The chunk belongs to a document the question names, or carries the article it asks for. */
  namedDocument: boolean;
  namedArticle: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** Candidates taken from each retriever before fusion. */
  depth?: number;
  /** Overrides of the named weights, for measuring one signal alone (scripts/measure-retrieval.ts). */
  weights?: Partial<RankingWeights>;
  /** Only chunks it accepts are searched (a channel limited to some documents); ranking is unchanged. */
  accept?: (chunk: Chunk) => boolean;
}

// Chunks do not change while an index serves: their heading terms are worked out once.
const headingTermsCache = new WeakMap<Chunk, Set<string>>();

// Chunks do not change while an index serves: which ones carry each article label is worked out once, not
// by a walk over every chunk for each question naming an article (100,000 of them at scale).
const articleCache = new WeakMap<readonly Chunk[], Map<string, number[]>>();
function chunksByArticle(chunks: readonly Chunk[]): Map<string, number[]> {
  let map = articleCache.get(chunks);
  if (!map) {
    map = new Map();
    chunks.forEach((chunk, i) => {
      if (!chunk.article) return;
      const list = map!.get(chunk.article);
      if (list) list.push(i);
      else map!.set(chunk.article, [i]);
    });
    articleCache.set(chunks, map);
  }
  return map;
}

const asciiTwin = (term: string) => (term.startsWith('~') ? term : `~${stripTurkishDiacritics(term)}`);

/**
 * Share of the question's own stems (title words left out) found in a chunk's headings: a passage under
 * "VİZYON" or "Kurum içi yer değişikliği" is about what those headings say, which plain term counts in a
 * one-line passage cannot show.
 */
function headingShare(chunk: Chunk, focusStems: ReadonlySet<string>): number {
  // Articles carry their caption, which BM25F already weighs as context; prose has nothing else.
  if (chunk.kind !== 'text' || focusStems.size === 0 || chunk.headings.length === 0) return 0;
  let headingTerms = headingTermsCache.get(chunk);
  if (!headingTerms) {
    // The (sub)document's own title is the same for all its passages: it says nothing about this one.
    const own = chunk.headings.filter((h) => h !== chunk.subTitle && h !== chunk.title);
    headingTerms = new Set(indexTerms(own.join(' ')));
    headingTermsCache.set(chunk, headingTerms);
  }
  let found = 0;
  for (const stem of focusStems) if (headingTerms.has(stem)) found++;
  return found / focusStems.size;
}

const captionTermsCache = new WeakMap<Chunk, string[]>();

/**
 * How well the question names what an article is about, by its caption: the share of the caption the
 * question's words cover, damped when those words are few of the question's ("ödeme emri" is covered by
 * a long story about an enforcement, without being what it asks). An article captioned "Hırsızlık" is the
 * one about theft, though every article after it repeats "hırsızlık suçunun … ceza" in its body and so
 * outscores it on term counts; "Kullanma hırsızlığı" is covered by half. Only the article's opening
 * passage carries it: its later paragraphs ("İdarî para cezası" (3)–(7)) say more particular things.
 */
function captionMatch(chunk: Chunk, focusStems: ReadonlySet<string>): number {
  if (focusStems.size === 0 || (chunk.kind !== 'article' && chunk.kind !== 'paragraph')) return 0;
  let captionTerms = captionTermsCache.get(chunk);
  if (!captionTerms) {
    const loc = chunk.loc;
    const opening = chunk.kind === 'article' || (loc?.paragraphs?.[0] ?? 1) === 1;
    // "2. Yanılma", "I. Dürüst davranma": the outline number is where the caption sits, not what it says.
    captionTerms = opening && loc?.caption ? [...new Set(indexTerms(loc.caption).filter((t) => t.startsWith('~') && /\p{L}/u.test(t)))] : [];
    captionTermsCache.set(chunk, captionTerms);
  }
  if (captionTerms.length === 0) return 0;
  let found = 0;
  for (const term of captionTerms) if (focusStems.has(term)) found++;
  return (found / captionTerms.length) * Math.min(1, (2 * found) / focusStems.size);
}

/** Share of the documents a word may occur in and still tell one of them from the others: half. */
const COMMON_DOCUMENT_SHARE = 0.5;
const commonCache = new WeakMap<readonly Chunk[], (key: string) => boolean>();

/**
 * Whether a (diacritic-free) title word occurs in the text of more than a third of the documents, read
 * off the index postings once per word and index.
 */
function commonWordTest(index: SearchableIndex): (key: string) => boolean {
  let test = commonCache.get(index.chunks);
  if (!test) {
    const documents = new Set(index.chunks.map((c) => c.docId)).size;
    const known = new Map<string, boolean>();
    test = (key: string) => {
      let common = known.get(key);
      if (common === undefined) {
        const docs = new Set<string>();
        for (const i of index.lexical.chunksWith(`~${key}`)) docs.add(index.chunks[i]!.docId);
        common = documents >= 3 && docs.size > Math.max(1, documents * COMMON_DOCUMENT_SHARE);
        known.set(key, common);
      }
      return common;
    };
    commonCache.set(index.chunks, test);
  }
  return test;
}

/** The question with the words whose index terms all pass `isLeftOut` left out ("vizyonu nedir?"). */
function withoutWordsOf(question: string, isLeftOut: (term: string) => boolean): string {
  return question
    .split(/\s+/u)
    .filter((word) => {
      const own = indexTerms(word);
      return own.length === 0 || !own.every(isLeftOut);
    })
    .join(' ');
}

// Chunks do not change while an index serves: their adjacent key pairs are worked out once.
const pairsCache = new WeakMap<Chunk, Set<string>>();

/**
 * Share of the question's word pairs a passage holds side by side: BM25F counts "Anayasa" and "Mahkemesi"
 * wherever they stand, so "Hâkimler ve Savcılar Kurulu onüç üyeden oluşur" (in the Constitution, near
 * "Anayasa Mahkemesine") outranked "Anayasa Mahkemesi onbeş üyeden kurulur".
 */
function pairShare(chunk: Chunk, pairs: ReadonlySet<string>): number {
  if (pairs.size === 0) return 0;
  let own = pairsCache.get(chunk);
  if (!own) {
    const keys = contentWords(chunk.text).map(matchKey);
    own = new Set(keys.slice(1).map((k, i) => `${keys[i]} ${k}`));
    pairsCache.set(chunk, own);
  }
  let found = 0;
  for (const pair of pairs) if (own.has(pair)) found++;
  return found / pairs.size;
}

/**
 * Hybrid retrieval: BM25 over Turkish terms (question terms count twice, synonym/English expansions
 * once) and hnswlib dense search, fused by reciprocal rank, then steered to the document and article
 * the question names.
 */
export async function hybridSearch(index: SearchableIndex, input: ParsedQuestion | string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 8;
  const depth = options.depth ?? 50;
  const parsed = typeof input === 'string' ? understandQuestion(input) : input;
  const question = parsed.searchText;
  const expanded = parsed.expansion;
  const english = parsed.language === 'en';
  const weights: RankingWeights = { ...RANKING_WEIGHTS, ...options.weights };
  const denseWeight = options.weights?.dense ?? denseWeightOf(index.embeddings, weights);

  // Documents named by name ("Avukatlık Kanununun", "6502 sayılı Kanun") are taken as named; otherwise the
  // question's words may still point at one (a place or a word only one title has). An English question
  // names a document through the Turkish words of its title ("the Sectoral Centres of Excellence
  // directive" → "sektörel mükemmeliyet merkez yönerge").
  const mentions = resolveMentions(parsed, index.targets);
  const implicit = findNamedTargets(english ? `${question} ${expanded.expansionText}` : question, index.targets, commonWordTest(index));
  const best = implicit[0];
  const namedTargets = mentions.resolved.length > 0
    ? mentions.resolved
    : implicit.filter((m) => m.rare === best!.rare && m.matched === best!.matched).map((m) => m.target);

  // The words that name a document ("Tüketicinin Korunması Hakkında Kanunun", "Erzincan İl Millî Eğitim
  // Müdürlüğünün") pick the document, which the boost below does; searching passages by them would favour
  // every passage repeating the title. Leaving them out only when they form a naming phrase, so that a
  // title word used as a topic still counted, measured worse on both sets (shipped 88.1 → 84.2 %,
  // dev 43.3 → 42.2 % answers), so the title's words are left out too, unless nothing else is left.
  const mentionTerms = new Set(parsed.documents.flatMap((d) => indexTerms(d.text)));
  const titleTerms = new Set(namedTargets.flatMap((t) => indexTerms(t.subTitle ?? t.title)));
  // Compared without diacritics: "Milli" in the question names "Millî" in the title.
  const isNamingTerm = (t: string) => mentionTerms.has(t) || titleTerms.has(t) || mentionTerms.has(asciiTwin(t)) || titleTerms.has(asciiTwin(t));
  const passageTerms = expanded.terms.filter((t) => !isNamingTerm(t));
  const ownTerms = passageTerms.length > 0 ? passageTerms : expanded.terms;
  const expansions = expanded.expansions.filter((t) => !isNamingTerm(t));
  // A question that first tells a story ("Hukuk fakültesini bitirdim ve avukat olmak istiyorum; … staj ne
  // kadar sürer?"): what the passage must say is in the asking clause; the story's words count once, as
  // context, so that they cannot outvote it.
  const asking = parsed.askingWords ? new Set(indexTerms(parsed.askingWords.join(' '))) : null;
  const storyTerms = asking ? ownTerms.filter((t) => !asking.has(t)) : [];
  const askingTerms = asking ? ownTerms.filter((t) => asking.has(t)) : ownTerms;
  const lexicalTerms = [
    ...Array.from({ length: weights.ownTermRepeat }, () => askingTerms).flat(),
    ...storyTerms,
    ...(expansions.length > 0 ? expansions : expanded.expansions),
  ];

  // The same holds for the dense query: the naming phrase would pull it toward every passage alike.
  const denseQuestion = (mentionTerms.size > 0 || titleTerms.size > 0) && passageTerms.length > 0 ? withoutWordsOf(question, isNamingTerm) : question;
  const acceptIndex = options.accept ? (i: number) => options.accept!(index.chunks[i]!) : undefined;
  const lexicalHits = weights.lexical > 0 ? index.lexical.search(lexicalTerms, depth, acceptIndex) : [];
  const vectorHits = denseWeight > 0
    ? await index.vector.search(await index.embeddings.embedQuery(`${denseQuestion} ${expanded.expansionText}`), depth, acceptIndex)
    : [];

  const fused = new Map<number, { score: number; lexicalScore: number; vectorSimilarity: number }>();
  const entry = (i: number) => {
    let e = fused.get(i);
    if (!e) fused.set(i, (e = { score: 0, lexicalScore: 0, vectorSimilarity: 0 }));
    return e;
  };
  lexicalHits.forEach((hit, rank) => {
    const e = entry(hit.chunkIndex);
    e.score += weights.lexical / (weights.rrfK + rank + 1);
    e.lexicalScore = hit.score;
  });
  vectorHits.forEach((hit, rank) => {
    if (weights.denseNewCandidates === 0 && lexicalHits.length > 0 && !fused.has(hit.chunkIndex)) return;
    const e = entry(hit.chunkIndex);
    e.score += denseWeight / (weights.rrfK + rank + 1);
    e.vectorSimilarity = hit.similarity;
  });

  // An article asked of a document we do not have ("2547 sayılı Kanunun 42. maddesi") is not Madde 42 of
  // whatever is indexed.
  const unresolved = new Set(mentions.unresolved.map((m) => parsed.documents.indexOf(m)));
  const articles = new Set(parsed.articles.filter((a) => a.mention === null || !unresolved.has(a.mention)).map((a) => a.label));
  const inNamedTarget = (chunk: Chunk) =>
    namedTargets.some((t) => t.docId === chunk.docId && (t.subTitle === null || t.subTitle === chunk.subTitle));

  // An article asked for by number may not rank on words alone: bring it in as a candidate.
  if (articles.size > 0) {
    const byArticle = chunksByArticle(index.chunks);
    const candidates = [...articles].flatMap((a) => byArticle.get(a) ?? []).sort((a, b) => a - b);
    for (const i of candidates) {
      const chunk = index.chunks[i]!;
      if (options.accept && !options.accept(chunk)) continue;
      if (namedTargets.length === 0 || inNamedTarget(chunk)) entry(i).score += 1 / (weights.rrfK + depth);
    }
  }

  // What the passage must be about: the question's own words the corpus knows, or for an English question
  // (whose words it does not know) their Turkish equivalents.
  const known = (terms: readonly string[]) => terms.filter((t) => t.startsWith('~') && index.lexical.documentFrequency(t) > 0);
  const focusStems = new Set(english ? known(expansions) : known(ownTerms));
  const pairs = new Set(questionWordPairs(parsed).map(([first, second]) => `${first} ${second}`));
  const hits: SearchHit[] = [];
  const revisionRequest = readRevisionRequest(question, parsed.years);
  for (const [chunkIndex, e] of fused) {
    const chunk = index.chunks[chunkIndex]!;
    const revision = revisionWeight(chunk, revisionRequest);
    if (revision === 0) continue;
    const namedDocument = namedTargets.length > 0 && inNamedTarget(chunk);
    const namedArticle = chunk.article !== null && articles.has(chunk.article);
    let score = e.score * (1 + weights.heading * headingShare(chunk, focusStems) ** 2) * (1 + weights.phrase * pairShare(chunk, pairs)) * revision;
    score *= 1 + weights.caption * captionMatch(chunk, focusStems) ** 2;
    if (namedDocument) score *= weights.namedDocument;
    if (namedArticle) score *= weights.namedArticle;
    hits.push({ chunkIndex, chunk, score, lexicalScore: e.lexicalScore, vectorSimilarity: e.vectorSimilarity, namedDocument, namedArticle });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
