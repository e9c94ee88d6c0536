import { describe, expect, it } from 'vitest';
import { escapeAndTruncate, escapeMrkdwn, splitMrkdwn, truncatePlain } from '../../../../src/slack/blocks/escape-mrkdwn.js';
import { formatAsOf, formatBytes, formatDuration } from '../../../../src/slack/blocks/format-turkish.js';

describe('escapeMrkdwn', () => {
  it('escapes the three control characters and nothing else', () => {
    expect(escapeMrkdwn('a & b < c > d *kalın* İĞÜŞÖÇ')).toBe('a &amp; b &lt; c &gt; d *kalın* İĞÜŞÖÇ');
  });
});

describe('escapeAndTruncate', () => {
  it('never cuts an entity or a surrogate pair and ends with "…"', () => {
    const out = escapeAndTruncate('&&&&&&&&&&😀😀😀', 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out).toMatch(/^(&amp;)+…$/);
    const emoji = escapeAndTruncate('😀'.repeat(10), 6);
    expect(emoji).toBe('😀😀…');
  });

  it('leaves short text whole', () => {
    expect(escapeAndTruncate('kısa <metin>', 100)).toBe('kısa &lt;metin&gt;');
  });
});

describe('splitMrkdwn', () => {
  it('splits at paragraph boundaries within the limit', () => {
    const text = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)].join('\n\n');
    expect(splitMrkdwn(text, 90)).toEqual([`${'a'.repeat(40)}\n\n${'b'.repeat(40)}`, 'c'.repeat(40)]);
  });

  it('hard-cuts a single huge word without splitting an entity', () => {
    const pieces = splitMrkdwn(`${'x'.repeat(97)}&amp;${'y'.repeat(50)}`, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join('')).toContain('&amp;');
  });
});

describe('truncatePlain', () => {
  it('caps plain text', () => {
    expect(truncatePlain('abcdef', 4)).toBe('abc…');
  });
});

describe('format-turkish', () => {
  it('formats document dates, sizes and durations the Turkish way', () => {
    expect(formatAsOf('2011-01')).toBe('Ocak 2011');
    expect(formatAsOf('2024-05-07')).toBe('7 Mayıs 2024');
    expect(formatAsOf('2015')).toBe('2015');
    expect(formatAsOf('Ocak 2011')).toBe('Ocak 2011');
    expect(formatAsOf(null)).toBeNull();
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatDuration(1234)).toBe('1,2 sn');
    expect(formatDuration(250)).toBe('250 ms');
  });
});
