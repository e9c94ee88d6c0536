import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';

let fontFile: string | undefined;

/** DejaVu Sans, so ğüşıİ survive (pdfkit's built-in Helvetica garbles them silently). */
export function dejaVuSansPath(): string {
  fontFile ??= execFileSync('fc-match', ['-f', '%{file}', 'DejaVu Sans'], { encoding: 'utf8' }).trim();
  return fontFile;
}

export interface TestPdfOptions {
  /** One string per page; omit for a page with nothing but a drawn rectangle. */
  pages?: string[];
  userPassword?: string;
  imageOnly?: boolean;
}

export function makeTestPdf(options: TestPdfOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      autoFirstPage: false,
      ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` } : {}),
    });
    const parts: Buffer[] = [];
    doc.on('data', (part: Buffer) => parts.push(part));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.registerFont('DejaVu', dejaVuSansPath());
    if (options.imageOnly) {
      doc.addPage();
      doc.rect(100, 100, 200, 120).fill('#336699');
    }
    for (const page of options.pages ?? []) {
      doc.addPage();
      doc.font('DejaVu').fontSize(11).text(page);
    }
    doc.end();
  });
}
