import { describe, expect, it } from 'vitest';
import type { DocumentSummary, IndexStatus } from '../../../../src/answer/assistant.js';
import { renderAddedDocument, renderDocumentList, renderIndexStatus, renderReindexSummary } from '../../../../src/slack/blocks/render-admin.js';
import { renderHomeView } from '../../../../src/slack/blocks/render-home.js';
import { renderPassageModal } from '../../../../src/slack/blocks/render-passage.js';
import { SLACK_LIMITS } from '../../../../src/slack/blocks/slack-limits.js';
import { citation } from './answer-builders.js';

type Block = Record<string, any>;
const texts = (blocks: Block[]) => blocks.map((b) => b.text?.text ?? b.elements?.[0]?.text ?? '').join('\n');

const status: IndexStatus = {
  documents: 5,
  chunks: 742,
  builtAt: '2026-11-23T15:00:00.000Z',
  sizeBytes: 3_500_000,
  embedder: 'yerel',
  reindexing: false,
  version: '2026-11-23T15-00-00-000Z-123',
  problem: null,
};

const doc = (i: number): DocumentSummary => ({
  id: `belge-${i}`,
  source: `corpus/belge-${i}.txt`,
  title: `Belge <${i}>`,
  kind: 'report',
  asOf: '2024-05',
  chunks: 10,
  pages: i % 2 ? 20 : null,
  parts: [],
});

describe('renderIndexStatus', () => {
  it('shows documents, chunks, last re-index in Türkiye time and the index size', () => {
    const text = texts(renderIndexStatus(status).blocks as Block[]);
    expect(text).toContain('*Belgeler:* 5');
    expect(text).toContain('*Parçalar:* 742');
    expect(text).toContain('23 Kasım 2026 18:00');
    expect(text).toContain('3,3 MB');
  });
});

describe('renderDocumentList / renderHomeView', () => {
  it('lists documents with escaped titles and ids, within the block limit, for hundreds of documents', () => {
    const docs = Array.from({ length: 400 }, (_, i) => doc(i));
    const list = renderDocumentList(docs).blocks as Block[];
    expect(list.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    for (const b of list) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(texts(list)).toContain('*Belge &lt;1&gt;* — `belge-1`');
    expect(texts(list)).toContain('Mayıs 2024 · 20 sayfa · 10 parça');

    const home = renderHomeView({ status, documents: docs, isAdmin: false, botUserId: 'UBOT', examples: ['Ücret <tavanı> ne kadar?'] });
    expect(home.type).toBe('home');
    expect(home.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.viewBlocks);
    expect(texts(home.blocks as Block[])).not.toContain('`belge-1`');
    expect(texts(home.blocks as Block[])).toContain('<@UBOT>');
    expect(texts(home.blocks as Block[])).toContain('• _Ücret &lt;tavanı&gt; ne kadar?_');
    expect(texts(renderHomeView({ status, documents: docs, isAdmin: true, examples: [] }).blocks as Block[])).toContain('/dizin yenile');
  });
});

describe('renderReindexSummary / renderAddedDocument', () => {
  it('reports what changed and which files failed with the reason', () => {
    const text = texts(
      renderReindexSummary(
        {
          added: ['a.pdf'], changed: [], removed: [], unchanged: ['b', 'c'],
          failed: [{ source: 'x.pdf', reason: 'şifreli <PDF>' }], duplicates: [{ source: 'b-kopya.pdf', of: 'b.pdf' }], durationMs: 2500,
        },
        status,
      ).blocks as Block[],
    );
    expect(text).toContain('*Eklenen:* a.pdf');
    expect(text).toContain('*Kopyalar (bir kez dizinlendi):* b-kopya.pdf = b.pdf');
    expect(text).toContain('*Değişmeyen:* 2 belge');
    expect(text).toContain('2,5 sn');
    expect(text).toContain('`x.pdf`: şifreli &lt;PDF&gt;');
  });

  it('confirms an upload with title, pages, chunks and id', () => {
    expect(renderAddedDocument({ id: 'teb', source: 's', title: 'Tebliğler & Dergisi', pages: 20, chunks: 43 })).toBe(
      '✅ *Tebliğler &amp; Dergisi* dizine eklendi.\n20 sayfa · 43 parça · kimlik: `teb`\nBu belgeyle ilgili soruları artık yanıtlayabilirim.',
    );
  });
});

describe('renderPassageModal', () => {
  it('splits a long passage into ≤3,000-character sections within the view limit', () => {
    const modal = renderPassageModal({ citation: citation(), text: 'madde <metni> '.repeat(5000) });
    expect(modal.type).toBe('modal');
    expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    expect(modal.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.viewBlocks);
    for (const b of modal.blocks as Block[]) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(texts(modal.blocks as Block[])).not.toContain('<metni>');
  });
});
