/** What the ingestion produces; retrieval and answering read only these shapes. */

/**
 * The genre of a document. `law` (kanun, anayasa, KHK), `regulation` (yönetmelik, tüzük, tebliğ, BKK
 * esasları), `directive` (yönerge, usul ve esaslar), `circular` (genelge), `gazette-issue` (one issue holding
 * several documents), `report`, `strategic-plan`; `other` when nothing says.
 */
export const DOCUMENT_KINDS = [
  'law',
  'regulation',
  'directive',
  'circular',
  'gazette-issue',
  'report',
  'strategic-plan',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A page of the cleaned text: `page` is the printed page number when the file carries one, else the ordinal. */
export interface PageSpan {
  page: number;
  /** 1-based index of the page in the file (the PDF page, or the n-th page of a text file). */
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

/** How one document relates to other revisions of itself in the corpus (same title, other dates). */
export interface RevisionInfo {
  /** Documents of the same group share it: the folded title. */
  group: string;
  /** What tells this revision apart, as shown to people: "12.03.2019" or "Rev. 3". */
  label: string;
  /** 1 = newest. */
  rank: number;
  /** How many revisions of the document the corpus holds. */
  of: number;
}

export interface SourceDocument {
  /** Catalog id, or a slug of the file name for files without a catalog entry. */
  id: string;
  /** Path relative to the repository root, e.g. "corpus/mevzuat/sozlesmeli-personel-esaslari.txt". */
  source: string;
  title: string;
  kind: DocumentKind;
  /** "2011-01", "2024-05-07", "2015": how current the document is. */
  asOf: string | null;
  issuer: string | null;
  /** Cleaned text; every offset below and in chunks points into it. */
  text: string;
  /** Empty when the file carries no pages (plain text without printed page numbers). */
  pages: PageSpan[];
  /** Empty unless the file holds several documents (a gazette issue). */
  parts: SubDocument[];
  /** sha256 of the file's bytes, for incremental ingestion. */
  contentHash: string;
  /** Other names people use for it ("KVKK", "SMM"), from the catalog. */
  aliases?: string[];
  /** The number of the law or regulation ("5326", "2024/5"), when the text gives one. */
  number?: string | null;
  /** Set when the corpus holds several revisions of this document. */
  revision?: RevisionInfo | null;
  /** Id of the newest revision when this one is older; null/absent for a current document. */
  supersededBy?: string | null;
  /** What ingestion repaired or could not decide, in Turkish (shown by `ingest --audit`). */
  warnings?: string[];
  /**
   * Whether the text speaks to the assistant (a planted instruction), found once at ingest rather than when a
   * passage is first cited; `detector` is the rules' version it was found with.
   */
  instructionScan?: { detector: string; found: boolean };
}

export type ChunkKind = 'article' | 'paragraph' | 'table-row' | 'text';

/**
 * Where a chunk sits, field by field, so a renderer or a ranker need not parse the `locator` string.
 * Every field present names something printed in the document.
 */
export interface Locator {
  /** The (sub)document title as cited. */
  document: string;
  /** The document inside a gazette issue. */
  part?: string;
  /** "Madde 4", "Geçici Madde 2", "Madde 43/A". */
  article?: string;
  /** The article's caption ("Hırsızlık", "Kullanma hırsızlığı"): what the article is about, in its own words. */
  caption?: string;
  /** Paragraph (fıkra) numbers the chunk covers, first and last; as numbered in the text. */
  paragraphs?: [number, number];
  /** The lettered item (bent) the chunk starts at: "c". */
  item?: string;
  /** "EK-1", "2 SAYILI CETVEL", "Dipnotlar". */
  annex?: string;
  /** The heading a chunk of prose sits under ("GİRİŞ", "1.2 Nüfus"). */
  section?: string;
  /** Printed page where the chunk starts. */
  page?: number;
  /** A table row's key ("Gösterge 1.1.2", "PİLOT"). */
  row?: string;
}

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
  /** The same place, field by field (absent in indexes built before it existed). */
  loc?: Locator;
  /** "Madde 4", "Ek Madde 6", "Geçici Madde 4", or null outside articles. */
  article: string | null;
  /** Printed page where the chunk starts, null for files without pages. */
  page: number | null;
  kind: ChunkKind;
  /** Section headings in force (BÖLÜM, TEMA, Stratejik Amaç/Hedef, table header): context for search. */
  headings: string[];
  /** Offsets into SourceDocument.text; `text === document.text.slice(start, end)` always holds. */
  start: number;
  end: number;
  text: string;
  /** True when the chunk's document has a newer revision in the corpus: rank it below the current one. */
  superseded?: boolean;
  /** Set when the corpus holds several revisions of the chunk's document: which one this is. */
  revision?: { label: string; rank: number; asOf: string | null };
}
