import type { Span } from '../answer/split-sentences.js';
import type { Chunk, SourceDocument } from '../ingest/types.js';
import { maskPersonalData } from '../text/index.js';
import { findInstructions, withoutSpans } from './find-instructions.js';

/** A passage as the model sees it: the public shape of `search_documents` results and of the first retrieval. */
export interface PassageView {
  passage_id: string;
  title: string;
  locator: string;
  page: number | null;
  text: string;
}

export interface BookedPassage {
  id: string;
  chunk: Chunk;
  doc: SourceDocument;
  view: PassageView;
  /** Sentences cut as instructions to a model (document offsets): never citable. */
  removed: Span[];
}

/** Long articles are cut for the prompt; a quote from the cut part would not be in what the model saw. */
const MAX_PASSAGE_CHARS = 3000;

/**
 * The passages shown to the model in one turn, numbered P1, P2, … in the order they were first shown
 * (the first retrieval, then each search_documents result). A passage shown twice keeps its number.
 * The model may name a passage by that id, by its bare number, or by the chunk id (`docId#n`).
 */
export class PassageBook {
  readonly #byId = new Map<string, BookedPassage>();
  readonly #byChunk = new Map<string, BookedPassage>();

  constructor(private readonly documentsById: ReadonlyMap<string, SourceDocument>) {}

  add(chunks: readonly Chunk[]): BookedPassage[] {
    const out: BookedPassage[] = [];
    for (const chunk of chunks) {
      const known = this.#byChunk.get(chunk.id);
      if (known) {
        out.push(known);
        continue;
      }
      const doc = this.documentsById.get(chunk.docId);
      if (!doc) continue;
      const id = `P${this.#byId.size + 1}`;
      const removed = findInstructions(chunk.text, chunk.start);
      const shown = withoutSpans(chunk.text, removed, chunk.start);
      const text = maskPersonalData(shown.length > MAX_PASSAGE_CHARS ? `${shown.slice(0, MAX_PASSAGE_CHARS)} …` : shown);
      const title = chunk.subTitle ? `${doc.title} — ${chunk.subTitle}` : doc.title;
      const booked: BookedPassage = {
        id, chunk, doc, removed,
        view: { passage_id: id, title: maskPersonalData(title), locator: maskPersonalData(chunk.locator), page: chunk.page, text },
      };
      this.#byId.set(id, booked);
      this.#byChunk.set(chunk.id, booked);
      out.push(booked);
    }
    return out;
  }

  /** "P3", "p3", "[P3]", "3", 3 or a chunk id shown this turn; undefined otherwise. */
  resolve(passageId: unknown): BookedPassage | undefined {
    const raw = String(passageId ?? '').trim().replace(/^\[|\]$/g, '');
    const numbered = /^(?:p|passage\s*)?(\d+)$/iu.exec(raw);
    if (numbered) return this.#byId.get(`P${Number(numbered[1])}`);
    return this.#byChunk.get(raw);
  }

  get size(): number {
    return this.#byId.size;
  }
}
