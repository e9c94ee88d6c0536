import { AppError } from '../errors.js';

export type IngestErrorCode =
  | 'PDF_ENCRYPTED'
  | 'PDF_CORRUPT'
  | 'PDF_EMPTY'
  | 'PDF_IMAGE_ONLY'
  | 'FILE_EMPTY'
  | 'FILE_UNREADABLE'
  | 'FILE_BINARY'
  | 'FILE_CORRUPT'
  | 'TEXT_UNREADABLE'
  | 'UNSUPPORTED_TYPE';

/** A file that cannot be ingested. `message` is Turkish and names the file: it is shown to people as is. */
export class IngestError extends AppError<IngestErrorCode> {
  constructor(
    code: IngestErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
