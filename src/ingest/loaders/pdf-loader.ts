import { extractPdfPages } from '../extract-pdf-pages.js';
import type { DocumentLoader } from './document-loader.js';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

export const pdfLoader: DocumentLoader = {
  label: 'PDF',
  extensions: ['.pdf'],
  mimeTypes: ['application/pdf'],
  slackFileTypes: ['pdf'],
  // The PDF spec lets a few bytes of junk precede the header; readers look in the first KiB.
  sniff: (bytes) => bytes.subarray(0, 1024).indexOf(PDF_MAGIC) >= 0,
  async load(bytes, file) {
    return { text: '', pages: await extractPdfPages(bytes, file), warnings: [] };
  },
};
