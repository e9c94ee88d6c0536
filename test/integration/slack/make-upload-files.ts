import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';

export const GAZETTE_PDF = new URL('../../../corpus/gazete/tebligler-dergisi-2024-s1120.pdf', import.meta.url);

export async function gazetteBytes(): Promise<Buffer> {
  return readFile(GAZETTE_PDF);
}

function render(build: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

/** A password-protected PDF (RC4/AES encryption dictionary). */
export function encryptedPdf(): Promise<Buffer> {
  return render(
    (doc) => {
      doc.fontSize(14).text('Gizli genelge: bu metin parola ile korunmaktadir. '.repeat(20));
    },
    { userPassword: 'gizli', ownerPassword: 'sahip', pdfVersion: '1.7' },
  );
}

/** A scanned-looking PDF: only drawn shapes, no text layer. */
export function imageOnlyPdf(): Promise<Buffer> {
  return render((doc) => {
    for (let i = 0; i < 20; i += 1) doc.rect(50 + i * 10, 50 + i * 20, 300, 8).fill('#333333');
    doc.addPage();
    doc.circle(200, 200, 80).fill('#777777');
  });
}

/** The real gazette cut short: a PDF header, then nothing usable. */
export async function corruptPdf(): Promise<Buffer> {
  const bytes = await gazetteBytes();
  return Buffer.concat([bytes.subarray(0, 1500), Buffer.from('\n%%bozuk%%\n')]);
}

/** A PNG-ish payload with a .pdf name: not a PDF at all. */
export function notReallyPdf(): Buffer {
  return Buffer.from('\x89PNG\r\n\x1a\n' + 'IHDR'.repeat(50), 'binary');
}
