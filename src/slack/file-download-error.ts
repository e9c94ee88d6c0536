import { AppError } from '../errors.js';

export type FileDownloadErrorCode = 'FILE_NOT_DOWNLOADABLE' | 'FILE_HOST_UNTRUSTED' | 'FILE_TOO_LARGE' | 'FILE_DOWNLOAD_FAILED';

/** A Slack file that could not be fetched; `message` is Turkish and shown as is. */
export class FileDownloadError extends AppError<FileDownloadErrorCode> {
  constructor(code: FileDownloadErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
