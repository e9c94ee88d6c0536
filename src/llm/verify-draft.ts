import { chunkAt, locateQuote, makeCitation } from '../answer/verify-citation.js';
import type { Citation } from '../answer/types.js';
import type { Chunk, SourceDocument } from '../ingest/types.js';
import type { Basis } from '../tools/index.js';
import { maskPersonalData } from '../text/index.js';
import { matchQuote } from './match-quote.js';
import { numberKeysIn, unsupportedNumbers } from './numbers-in-text.js';
import type { PassageBook } from './passage-book.js';
import type { SubmitAnswerInput } from './protocol.js';

/** A typed tool that ran this turn: its output is evidence for numbers, its legal basis becomes citations. */
export interface ToolEvidence {
  name: string;
  output: Record<string, unknown>;
  basis: readonly Basis[];
}

export interface DraftSources {
  book: PassageBook;
  documentsById: ReadonlyMap<string, SourceDocument>;
  chunks: readonly Chunk[];
  tools: readonly ToolEvidence[];
  language: 'tr' | 'en';
}

export interface DroppedQuote {
  passageId: string;
  quote: string;
  why: string;
  /** The quote touches a sentence cut as an instruction to a model. */
  instruction?: boolean;
}

export type DraftVerdict =
  | { ok: true; answer: string; citations: Citation[]; dropped: DroppedQuote[] }
  | { ok: false; code: 'no_citation' | 'unsupported_number'; reason: string; dropped: DroppedQuote[] };

const sameCitation = (a: Citation, b: Citation) => a.chunkId === b.chunkId && a.quote === b.quote;

/** One submitted citation checked against the passage it names; the citation is built by makeCitation. */
function verifyCitation(sources: DraftSources, passageId: string, quote: string): Citation | DroppedQuote {
  const passage = sources.book.resolve(passageId);
  if (!passage) return { passageId, quote, why: 'bu kimlikte bir parça verilmedi' };
  const { chunk, doc } = passage;
  const match = matchQuote(quote, doc.text, chunk.start, chunk.end);
  if (!match.ok) {
    const why = match.problem === 'too-short' ? 'alıntı çok kısa (en az iki sözcük)' : `alıntı ${passage.id} parçasında birebir geçmiyor`;
    return { passageId, quote, why };
  }
  const { start, end } = match.span;
  if (passage.removed.some((r) => r.start < end && start < r.end)) {
    return { passageId, quote, why: 'alıntı, modele yönelik talimat içeren ve çıkarılan bir cümleye değiyor', instruction: true };
  }
  return makeCitation(doc, chunk, start, end) ?? { passageId, quote, why: 'parça kaynak metinle uyuşmuyor' };
}

/** A tool's legal basis, cited only where its quote is found verbatim in the indexed document. */
function basisCitations(sources: DraftSources): Citation[] {
  const out: Citation[] = [];
  for (const b of sources.tools.flatMap((t) => t.basis)) {
    const doc = sources.documentsById.get(b.docId);
    const start = doc ? locateQuote(doc, b.quote) : -1;
    const chunk = doc && start >= 0 ? chunkAt(sources.chunks, doc.id, start) : undefined;
    const citation = doc && chunk ? makeCitation(doc, chunk, start, start + b.quote.length) : null;
    if (citation) out.push(citation);
  }
  return out;
}

/**
 * "[2]" markers follow the citations that survive: the model's n-th citation becomes its new number, a
 * dropped one loses its marker. "[P3]" (a passage id instead of a number) points at that passage's citation.
 */
function renumber(text: string, newNumber: (ref: string) => number | null): string {
  let removed = false;
  const out = text.replace(/(\s*)\[((?:P?\d+)(?:\s*[,;]\s*P?\d+)*)\]/giu, (_whole, space: string, refs: string) => {
    const numbers = [...new Set(refs.split(/\s*[,;]\s*/u).map((r) => newNumber(r)).filter((n): n is number => n !== null))];
    if (numbers.length === 0) removed = true;
    // The model's own spacing is kept; only a marker that lost its citation goes, with the space before it.
    return numbers.length > 0 ? `${space}${numbers.map((n) => `[${n}]`).join('')}` : '';
  });
  return (removed ? out.replace(/[ \t]+([.,;:!?])/gu, '$1') : out).trim();
}

/**
 * Checks a submitted answer before anyone sees it (one path for every provider): each quote must be a
 * verbatim span of the passage it names — snapped to the source and built into a citation by the same
 * makeCitation the extractive composer uses — and each number the answer states must be in a verified
 * quote (or its locator) or in a tool output of this turn. An answer with nothing verified behind it, or
 * with a number from nowhere, is rejected with the reason the model gets for its one retry.
 */
export function verifyDraft(draft: SubmitAnswerInput, sources: DraftSources): DraftVerdict {
  const citations: Citation[] = [];
  const dropped: DroppedQuote[] = [];
  const numberOf = new Map<number, number>();
  const byPassage = new Map<string, number>();
  draft.citations.forEach((c, i) => {
    const result = verifyCitation(sources, String(c.passage_id), c.quote);
    if ('why' in result) {
      dropped.push(result);
      return;
    }
    let at = citations.findIndex((x) => sameCitation(x, result));
    if (at < 0) at = citations.push(result) - 1;
    numberOf.set(i + 1, at + 1);
    const passage = sources.book.resolve(c.passage_id);
    if (passage && !byPassage.has(passage.id)) byPassage.set(passage.id, at + 1);
  });
  const fromModel = citations.length;
  for (const c of basisCitations(sources)) if (!citations.some((x) => sameCitation(x, c))) citations.push(c);

  const text = maskPersonalData(
    renumber(draft.answer, (ref) => (/^p/iu.test(ref) ? byPassage.get(`P${Number(ref.slice(1))}`) ?? null : numberOf.get(Number(ref)) ?? null)),
  );
  // A quote of a cut instruction is not repeated back: the model is not shown that sentence again.
  const droppedNote = dropped.map((d) => (d.instruction ? `${d.passageId}: (${d.why})` : `${d.passageId}: "${d.quote.slice(0, 120)}" (${d.why})`));

  if (fromModel === 0 && sources.tools.length === 0) {
    const reason = dropped.length > 0
      ? `Hiçbir alıntı doğrulanamadı. ${droppedNote.join('; ')}.`
      : 'Yanıtta alıntı yok: her iddia bir parçadan birebir alıntıyla desteklenmeli.';
    return { ok: false, code: 'no_citation', reason, dropped };
  }

  const evidence = new Set<string>();
  const addEvidence = (t: string) => numberKeysIn(t).forEach((k) => evidence.add(k));
  for (const c of citations) [c.quote, c.locator, c.title].forEach(addEvidence);
  for (const t of sources.tools) addEvidence(JSON.stringify(t.output));
  const missing = unsupportedNumbers(text, sources.language, evidence);
  if (missing.length > 0) {
    const reason =
      `Yanıttaki şu sayılar doğrulanan alıntılarda ya da araç sonuçlarında geçmiyor: ${missing.join(', ')}.` +
      (dropped.length > 0 ? ` Doğrulanamayan alıntılar: ${droppedNote.join('; ')}.` : '');
    return { ok: false, code: 'unsupported_number', reason, dropped };
  }
  return { ok: true, answer: text, citations, dropped };
}
