import mammoth from 'mammoth';
import { IngestError } from '../ingest-error.js';
import type { DocumentLoader } from './document-loader.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Word documents through mammoth's raw-text extraction: one paragraph per block, tables cell by cell. */
export const docxLoader: DocumentLoader = {
  label: 'Word (.docx)',
  extensions: ['.docx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  slackFileTypes: ['docx'],
  sniff: (bytes) => bytes.subarray(0, 4).equals(ZIP_MAGIC),
  async load(bytes, file) {
    if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
      throw new IngestError('FILE_CORRUPT', file, `${file}: Word (.docx) belgesi değil ya da bozuk (ZIP imzası yok).`);
    }
    try {
      const result = await mammoth.extractRawText({ buffer: bytes });
      return { text: result.value, pages: null, warnings: [] };
    } catch (error) {
      throw new IngestError('FILE_CORRUPT', file, `${file}: Word (.docx) belgesi okunamadı, dosya bozuk görünüyor.`, { cause: error });
    }
  },
};
