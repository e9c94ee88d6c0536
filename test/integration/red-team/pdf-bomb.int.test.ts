import { readFile } from 'node:fs/promises';
import { createDeflate, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfInflation } from '../../../src/ingest/check-pdf-inflation.js';
import { extractPdfPages } from '../../../src/ingest/extract-pdf-pages.js';

/** `megabytes` of zeros, deflated as they stream (the test never holds the inflated bytes). */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i += 1) if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A one-page PDF whose content stream is `data` (FlateDecode), with a correct xref table. */
function pdfWithStream(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const add = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  add('%PDF-1.4\n');
  const obj = (n: number, body: Buffer | string) => {
    offsets[n] = size;
    add(`${n} 0 obj\n`);
    add(body);
    add('\nendobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>');
  obj(4, Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  const xref = size;
  add(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

describe('red team › a Flate-bomb PDF', () => {
  it('a 0.4 MB PDF inflating to 400 MB is refused before pdf.js sees it, with a Turkish reason', async () => {
    const bombPdf = pdfWithStream(await deflatedZeros(400));
    expect(bombPdf.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    await expect(extractPdfPages(bombPdf, 'bomba.pdf')).rejects.toThrow(/sıkıştırma bombası/);
    // The check inflates with a hard cap (64 MB); nothing near the 400 MB is ever allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(128 * 1024 * 1024);
  }, 60_000);

  it('a ratio bomb under the per-stream cap (20 MB from 20 KB) is refused too', async () => {
    expect(() => checkPdfInflation(pdfWithStreamSync(), 'oran.pdf')).toThrow(/sıkıştırma bombası/);
  });

  it('a real PDF passes (the shipped gazette)', async () => {
    const gazette = await readFile(new URL('../../../corpus/gazete/tebligler-dergisi-2024-s1120.pdf', import.meta.url));
    expect(() => checkPdfInflation(gazette, 'gazete.pdf')).not.toThrow();
    expect((await extractPdfPages(gazette, 'gazete.pdf')).length).toBeGreaterThan(1);
  }, 60_000);
});

function pdfWithStreamSync(): Buffer {
  return pdfWithStream(deflateSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 }));
}
