import { PDFParse } from 'pdf-parse';
import { checkPdfInflation } from './check-pdf-inflation.js';
import { IngestError } from './ingest-error.js';

export interface RawPdfPage {
  /** 1-based index of the page in the PDF. */
  pdfIndex: number;
  text: string;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Text of every page, as pdf-parse extracts it (not yet cleaned). `file` names the file in error messages.
 * Throws IngestError: PDF_CORRUPT (not a PDF, broken structure), PDF_ENCRYPTED, PDF_EMPTY (no pages),
 * PDF_IMAGE_ONLY (pages but no text layer: a scan).
 */
export async function extractPdfPages(bytes: Buffer, file: string): Promise<RawPdfPage[]> {
  // The PDF spec lets a few bytes of junk precede the header; readers look in the first KiB.
  if (bytes.subarray(0, 1024).indexOf(PDF_MAGIC) < 0) {
    throw new IngestError('PDF_CORRUPT', file, `${file}: dosya PDF değil (başında %PDF imzası yok); bozuk ya da uzantısı yanlış.`);
  }
  checkPdfInflation(bytes, file);
  // pdf-parse hands the buffer to a worker-style loader that detaches it: give it a copy.
  const parser = new PDFParse({ data: Buffer.from(bytes) });
  try {
    const result = await parser.getText();
    const pages = result.pages.map((page) => ({ pdfIndex: page.num, text: page.text }));
    if (pages.length === 0) {
      throw new IngestError('PDF_EMPTY', file, `${file}: PDF dosyasında hiç sayfa yok.`);
    }
    if (pages.every((page) => page.text.trim() === '')) {
      throw new IngestError(
        'PDF_IMAGE_ONLY',
        file,
        `${file}: PDF'in ${pages.length} sayfası var ama hiç metin içermiyor (taranmış görüntü olabilir); önce OCR ile metne çevrilmeli.`,
      );
    }
    return pages;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new IngestError('PDF_ENCRYPTED', file, `${file}: PDF parola korumalı; parolasız bir kopyası gerekli.`, {
        cause: error,
      });
    }
    throw new IngestError('PDF_CORRUPT', file, `${file}: PDF okunamadı, dosya bozuk görünüyor.`, { cause: error });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
