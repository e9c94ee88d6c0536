/** What a loader hands to ingestion: raw text (cleaned later) and, when the format has them, its pages. */
export interface LoadedText {
  text: string;
  /** One entry per page for paged formats (PDF); null when the format has no pages of its own. */
  pages: { pdfIndex: number; text: string }[] | null;
  /** What the loader repaired or guessed, in Turkish ("karakter kodlaması Windows-1254 olarak okundu"). */
  warnings: string[];
}

/**
 * One file format. Uploads, the Slack pre-check, the corpus scan and every message naming accepted types
 * ask the list of these (DOCUMENT_LOADERS), so adding a format is one entry.
 */
export interface DocumentLoader {
  /** How people call the format: "PDF", "Word (.docx)". */
  label: string;
  /** Lower-case, with the dot. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** Slack's `filetype` values for the format. */
  slackFileTypes: readonly string[];
  /** True when the bytes look like this format (a magic number); formats without one accept anything. */
  sniff?(bytes: Buffer): boolean;
  /** Throws IngestError with a Turkish message naming `file` when the bytes cannot be read. */
  load(bytes: Buffer, file: string): Promise<LoadedText>;
}
