/** Public surface of ingestion: read the corpus, split gazette issues, chunk by structure. */
export type { Chunk, ChunkKind, DocumentKind, Locator, PageSpan, RevisionInfo, SourceDocument, SubDocument } from './types.js';
export { DOCUMENT_KINDS } from './types.js';
export { DOCUMENT_LOADERS, ACCEPTED_EXTENSIONS, findLoader, describeAcceptedTypes, unsupportedTypeReason } from './loaders/document-loaders.js';
export type { DocumentLoader, LoadedText } from './loaders/document-loader.js';
export { auditCorpus, type AuditRow } from './audit-corpus.js';
export { dropDuplicates, markRevisions, type Duplicate } from './find-revisions.js';
export { IngestError, type IngestErrorCode } from './ingest-error.js';
export { loadCatalog, listCorpusFiles, CatalogEntrySchema, type CatalogEntry } from './catalog.js';
export { citedSourcePath, readCorpusDocument, type ReadCorpusDocumentInput } from './read-corpus-document.js';
export { chunkDocument, ARTICLE_MAX, TEXT_CHUNK } from './chunk-document.js';
export { splitGazetteParts } from './split-gazette.js';
export { inferMetadata, inferKind, inferTitle, inferAsOf, slugFromFileName, type InferredMetadata } from './infer-metadata.js';
export { stripWebBoilerplate } from './strip-web-boilerplate.js';
export { packText, type Span, type PackOptions } from './pack-text.js';
