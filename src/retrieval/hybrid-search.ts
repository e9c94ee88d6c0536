import type { Embeddings } from '@langchain/core/embeddings';
import type { Chunk } from '../ingest/types.js';
import { understandQuestion, type ParsedQuestion } from '../question/index.js';
import { indexTerms, stripTurkishDiacritics } from '../text/index.js';
import { findNamedTargets, type NamedTarget } from './find-named-targets.js';
import type { LexicalIndex } from './lexical-index.js';
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
}

/** Reciprocal rank fusion constant (Cormack et al. 2009): damps the head so neither retriever dominates. */
const RRF_K = 60;
/**
 * BM25 over Turkish stems is the sharper retriever on legal text; the offline dense vectors mostly add
 * recall for paraphrases, so their votes count a little less.
 */
const LEXICAL_WEIGHT = 1;
const DENSE_WEIGHT = 0.6;
const NAMED_DOCUMENT_BOOST = 2;
const NAMED_ARTICLE_BOOST = 2.5;

// Chunks do not change while an index serves: their heading terms are worked out once.
const headingTermsCache = new WeakMap<Chunk, Set<string>>();

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
  // An English question names a document through the Turkish words of its title ("Sectoral Centres of
  // Excellence directive" → "sektörel mükemmeliyet merkez yönerge").
  const named = findNamedTargets(english ? `${question} ${expanded.expansionText}` : question, index.targets);
  const bestMatched = named[0]?.matched ?? 0;
  const namedTargets = named.filter((m) => m.matched === bestMatched).map((m) => m.target);

  // Words that name the document ("Erzincan İl Milli Eğitim Müdürlüğünün vizyonu") pick the document,
  // which the boost below does; searching passages by them would favour any passage repeating the title.
  const titleTerms = new Set(namedTargets.flatMap((t) => indexTerms(t.subTitle ?? t.title)));
  // Compared without diacritics: "Milli" in the question names "Millî" in the title.
  const isTitleTerm = (t: string) => titleTerms.has(t) || titleTerms.has(asciiTwin(t));
  const passageTerms = expanded.terms.filter((t) => !isTitleTerm(t));
  const ownTerms = passageTerms.length > 0 ? passageTerms : expanded.terms;
  const expansions = expanded.expansions.filter((t) => !isTitleTerm(t));
  const lexicalTerms = [...ownTerms, ...ownTerms, ...(expansions.length > 0 ? expansions : expanded.expansions)];

  // The same holds for the dense query: the title's words would pull it toward every passage alike.
  const denseQuestion = titleTerms.size > 0 && passageTerms.length > 0 ? withoutWordsOf(question, isTitleTerm) : question;
  const queryVector = await index.embeddings.embedQuery(`${denseQuestion} ${expanded.expansionText}`);
  const lexicalHits = index.lexical.search(lexicalTerms, depth);
  const vectorHits = await index.vector.search(queryVector, depth);

  const fused = new Map<number, { score: number; lexicalScore: number; vectorSimilarity: number }>();
  const entry = (i: number) => {
    let e = fused.get(i);
    if (!e) fused.set(i, (e = { score: 0, lexicalScore: 0, vectorSimilarity: 0 }));
    return e;
  };
  lexicalHits.forEach((hit, rank) => {
    const e = entry(hit.chunkIndex);
    e.score += LEXICAL_WEIGHT / (RRF_K + rank + 1);
    e.lexicalScore = hit.score;
  });
  vectorHits.forEach((hit, rank) => {
    const e = entry(hit.chunkIndex);
    e.score += DENSE_WEIGHT / (RRF_K + rank + 1);
    e.vectorSimilarity = hit.similarity;
  });

  const articles = new Set(parsed.articles.map((a) => a.label));
  const inNamedTarget = (chunk: Chunk) =>
    namedTargets.some((t) => t.docId === chunk.docId && (t.subTitle === null || t.subTitle === chunk.subTitle));

  // An article asked for by number may not rank on words alone: bring it in as a candidate.
  if (articles.size > 0) {
    index.chunks.forEach((chunk, i) => {
      if (chunk.article && articles.has(chunk.article) && (namedTargets.length === 0 || inNamedTarget(chunk))) {
        entry(i).score += 1 / (RRF_K + depth);
      }
    });
  }

  // What the passage must be about: the question's own words the corpus knows, or for an English question
  // (whose words it does not know) their Turkish equivalents.
  const known = (terms: readonly string[]) => terms.filter((t) => t.startsWith('~') && index.lexical.documentFrequency(t) > 0);
  const focusStems = new Set(english ? known(expansions) : known(passageTerms));
  const hits: SearchHit[] = [];
  for (const [chunkIndex, e] of fused) {
    const chunk = index.chunks[chunkIndex]!;
    const namedDocument = namedTargets.length > 0 && inNamedTarget(chunk);
    const namedArticle = chunk.article !== null && articles.has(chunk.article);
    let score = e.score * (1 + headingShare(chunk, focusStems) ** 2);
    if (namedDocument) score *= NAMED_DOCUMENT_BOOST;
    if (namedArticle) score *= NAMED_ARTICLE_BOOST;
    hits.push({ chunkIndex, chunk, score, lexicalScore: e.lexicalScore, vectorSimilarity: e.vectorSimilarity, namedDocument, namedArticle });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
