import type { ToolCall } from '../answer/types.js';
import type { Chunk } from '../ingest/types.js';
import type { IndexSnapshot } from '../retrieval/open-index.js';
import { hybridSearch } from '../retrieval/hybrid-search.js';
import { foldTurkish, stripTurkishDiacritics } from '../text/index.js';
import { runTool, TOOL_NAMES, type Basis, type ToolContext } from '../tools/index.js';
import type { PassageBook, PassageView } from './passage-book.js';
import { describeProtocolIssue, SEARCH_DOCUMENTS, SearchDocumentsInputSchema, SUBMIT_ANSWER } from './protocol.js';
import type { ToolEvidence } from './verify-draft.js';

/** Passages a search_documents call returns. */
const SEARCH_RESULTS = 5;
/** Candidates searched when the call names a document, before keeping that document's passages. */
const FILTERED_SEARCH_DEPTH = 60;

/** What one tool call produced: the text the model gets back, and for our records what it means. */
export type ToolRun =
  | { ok: true; content: string; output: unknown; computed?: { call: ToolCall; evidence: ToolEvidence } }
  | { ok: false; content: string; error: string; malformed: boolean };

export interface ToolRunContext {
  index: IndexSnapshot;
  book: PassageBook;
  tools: ToolContext;
  /** The channel's document limit, when it has one. */
  accept?: (chunk: Chunk) => boolean;
}

const failure = (error: string, malformed = false): ToolRun => ({ ok: false, content: `Hata: ${error}`, error, malformed });

/**
 * Runs a non-final tool the model called. Never throws: bad arguments and unknown tools come back as a
 * Turkish message for the model (the HOUSE-STYLE rule for a model's mistakes), the typed tools answer
 * through runTool with their own validation messages.
 */
export async function runProtocolTool(name: string, args: unknown, context: ToolRunContext): Promise<ToolRun> {
  if (name === SEARCH_DOCUMENTS) {
    const parsed = SearchDocumentsInputSchema.safeParse(args);
    if (!parsed.success) return failure(describeProtocolIssue(parsed.error, args));
    const views = await searchDocuments(parsed.data.query, parsed.data.document, context);
    return { ok: true, content: JSON.stringify(views), output: views.map(({ passage_id, title, locator, page }) => ({ passage_id, title, locator, page })) };
  }
  if ((TOOL_NAMES as readonly string[]).includes(name)) {
    const result = runTool(name, args, context.tools);
    if (!result.ok) return failure(result.message);
    const output = result.output as Record<string, unknown> & { basis?: Basis[] };
    return {
      ok: true,
      content: JSON.stringify(output),
      output,
      computed: {
        call: { name, input: result.input as Record<string, unknown>, output },
        evidence: { name, output, basis: output.basis ?? [] },
      },
    };
  }
  return failure(`Bilinmeyen araç: "${name}". Araçlar: ${[SEARCH_DOCUMENTS, ...TOOL_NAMES, SUBMIT_ANSWER].join(', ')}.`, true);
}

const loose = (text: string) => stripTurkishDiacritics(foldTurkish(text));

/** Documents a `document` argument names: by id, by a run of its (or a part's) title, or by all its words. */
function documentsNamed(name: string, index: IndexSnapshot): Set<string> {
  const wanted = loose(name).trim();
  const words = wanted.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const ids = new Set<string>();
  for (const doc of index.documents) {
    const titles = [doc.title, ...doc.parts.map((p) => p.title)].map(loose);
    const named = doc.id === name.trim() || titles.some((t) => t.includes(wanted) || (words.length > 0 && words.every((w) => t.includes(w))));
    if (named) ids.add(doc.id);
  }
  return ids;
}

async function searchDocuments(query: string, document: string | undefined, context: ToolRunContext): Promise<PassageView[]> {
  const docIds = document ? documentsNamed(document, context.index) : new Set<string>();
  // A document the corpus does not have is not a reason to find nothing: the whole corpus is searched.
  const filtered = docIds.size > 0;
  const hits = await hybridSearch(context.index, query, { limit: filtered ? FILTERED_SEARCH_DEPTH : SEARCH_RESULTS, accept: context.accept });
  const kept = (filtered ? hits.filter((h) => docIds.has(h.chunk.docId)) : hits).slice(0, SEARCH_RESULTS);
  return context.book.add(kept.map((h) => h.chunk)).map((p) => p.view);
}
