import { convert, type HtmlToTextOptions } from 'html-to-text';
import { decodeTextBytes } from '../decode-text.js';
import type { DocumentLoader } from './document-loader.js';

/**
 * Saved web pages of regulations (mevzuat pages, university sites). html-to-text does the HTML → text work
 * (block elements on their own lines, entities, tables); we drop what a site wraps around the document:
 * scripts and styles, navigation, headers and footers, forms, cookie and share boxes. When the page marks
 * its content (<main>, <article>, role="main") and that holds most of the text, only it is kept.
 */

const SITE_CHROME = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'form', 'button', 'select', 'input',
  'nav', 'header', 'footer', 'aside', 'img',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=search]', '[aria-hidden=true]',
  '[id*=menu]', '[class*=menu]', '[id*=navbar]', '[class*=navbar]', '[class*=breadcrumb]', '[id*=breadcrumb]',
  '[class*=cookie]', '[id*=cookie]', '[class*=share]', '[class*=social]', '[id*=footer]', '[class*=footer]',
  '[id*=header]', '[class*=site-header]', '[id*=sidebar]', '[class*=sidebar]', '[id*=comments]', '[class*=comment]',
];

const BASE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    ...SITE_CHROME.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 10_000 } },
    { selector: 'ul', options: { itemPrefix: '' } },
  ],
};

const CONTENT_ELEMENTS = ['main', 'article', '[role=main]'];
/** The marked content must hold at least this share of the page's text to be taken alone. */
const CONTENT_SHARE = 0.5;

function charsetOf(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function decodeHtml(bytes: Buffer, file: string): { html: string; warnings: string[] } {
  const charset = charsetOf(bytes);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { html: new TextDecoder(charset).decode(bytes), warnings: [] };
    } catch {
      // An unknown label: fall back to detection below.
    }
  }
  const { text, warnings } = decodeTextBytes(bytes, file);
  return { html: text, warnings };
}

/** Text of an HTML page without the site around it. */
export function htmlToDocumentText(html: string): string {
  const whole = convert(html, BASE_OPTIONS);
  const content = convert(html, { ...BASE_OPTIONS, baseElements: { selectors: CONTENT_ELEMENTS, returnDomByDefault: false } });
  return content.trim().length >= whole.trim().length * CONTENT_SHARE ? content : whole;
}

export const htmlLoader: DocumentLoader = {
  label: 'web sayfası (.html, .htm)',
  extensions: ['.html', '.htm'],
  mimeTypes: ['text/html', 'application/xhtml+xml'],
  slackFileTypes: ['html'],
  async load(bytes, file) {
    const { html, warnings } = decodeHtml(bytes, file);
    return { text: htmlToDocumentText(html), pages: null, warnings };
  },
};
