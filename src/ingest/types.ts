/** What the ingestion produces; retrieval and answering read only these shapes. */

export type DocumentKind = 'regulation' | 'gazette-issue' | 'directive' | 'report' | 'strategic-plan' | 'other';

/** A page of the cleaned text: `page` is the printed page number when the footer has one, else the PDF index. */
export interface PageSpan {
  page: number;
  pdfIndex: number;
  start: number;
  end: number;
}

/** A document inside a gazette issue (a directive, a statement, the announcements). */
export interface SubDocument {
  title: string;
  /** ISO date (YYYY-MM-DD) printed on the document, when there is one. */
  date: string | null;
  kind: DocumentKind;
  start: number;
  end: number;
}

export interface SourceDocument {
  /** Catalog id, or a slug of the file name for files without a catalog entry. */
  id: string;
  /** Path relative to the repository root, e.g. "corpus/mevzuat/sozlesmeli-personel-esaslari.txt". */
  source: string;
  title: string;
  kind: DocumentKind;
  /** "2011-01", "2024-05", "2015": how current the document is. */
  asOf: string | null;
  issuer: string | null;
  /** Cleaned text; every offset below and in chunks points into it. */
  text: string;
  /** Empty for plain-text files. */
  pages: PageSpan[];
  /** Empty unless the file holds several documents (a gazette issue). */
  parts: SubDocument[];
  /** sha256 of the file's bytes, for incremental ingestion. */
  contentHash: string;
}

export type ChunkKind = 'article' | 'paragraph' | 'table-row' | 'text';

export interface Chunk {
  /** Stable within one index build: `${docId}#${ordinal}`. */
  id: string;
  docId: string;
  source: string;
  title: string;
  /** Which document inside a gazette issue, else null. */
  subTitle: string | null;
  /** "Sektörel Mükemmeliyet Merkezleri Yönergesi, Madde 4(5), s. 1129" — what a person looks up. */
  locator: string;
  /** "Madde 4", "Ek Madde 6", "Geçici Madde 4", or null outside articles. */
  article: string | null;
  /** Printed page where the chunk starts, null for plain-text files. */
  page: number | null;
  kind: ChunkKind;
  /** Section headings in force (BÖLÜM, TEMA, Stratejik Amaç/Hedef, table header): context for search. */
  headings: string[];
  /** Offsets into SourceDocument.text; `text === document.text.slice(start, end)` always holds. */
  start: number;
  end: number;
  text: string;
}
