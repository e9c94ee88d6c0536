import { decodeTextBytes } from '../decode-text.js';
import type { DocumentLoader } from './document-loader.js';

/** Plain text and Markdown: decoded (UTF-8, UTF-16 or Windows-1254); pages come from printed page numbers. */
export const textLoader: DocumentLoader = {
  label: 'metin (.txt, .md)',
  extensions: ['.txt', '.md'],
  mimeTypes: ['text/plain', 'text/markdown', 'text/x-markdown'],
  slackFileTypes: ['text', 'markdown', 'md', 'txt'],
  async load(bytes, file) {
    const { text, warnings } = decodeTextBytes(bytes, file);
    return { text, pages: null, warnings };
  },
};
