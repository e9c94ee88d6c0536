import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { IngestError } from '../../../src/ingest/ingest-error.js';
import { describeError } from '../../../src/slack/describe-error.js';
import { downloadSlackFile, trustedSlackFileHosts } from '../../../src/slack/download-slack-file.js';
import { mentionsUser, questionFromSlackText } from '../../../src/slack/slack-incoming-text.js';

describe('questionFromSlackText', () => {
  it('drops mentions, unescapes entities and keeps link labels', () => {
    expect(questionFromSlackText('<@UBOT> ücret &amp; izin &lt;2024&gt; <https://x.gov.tr|genelge> <#C1|genel>')).toBe(
      'ücret & izin <2024> genelge #genel',
    );
    expect(questionFromSlackText('<@UBOT>   ')).toBe('');
    expect(mentionsUser('selam <@UBOT>', 'UBOT')).toBe(true);
    expect(mentionsUser('selam', 'UBOT')).toBe(false);
  });
});

describe('describeError', () => {
  it('gives our Turkish message, the Slack error code, or a short generic reason — never a stack', () => {
    expect(describeError(new IngestError('PDF_ENCRYPTED', 'a.pdf', '"a.pdf" şifreli.'))).toBe('"a.pdf" şifreli.');
    expect(describeError(new AppError('X', 'özel neden'))).toBe('özel neden');
    expect(describeError(Object.assign(new Error('x'), { code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } }))).toContain(
      'not_in_channel',
    );
    const generic = describeError(new Error('boom\n    at stack line'));
    expect(generic).toContain('boom');
    expect(generic).not.toContain('at stack');
  });
});

describe('downloadSlackFile', () => {
  const trusted = trustedSlackFileHosts('http://127.0.0.1:9999/api/');

  it('trusts Slack file hosts and the configured API host only', () => {
    expect(trusted('files.slack.com')).toBe(true);
    expect(trusted('files.slack-gov.com')).toBe(true);
    expect(trusted('127.0.0.1:9999')).toBe(true);
    expect(trusted('evil.example')).toBe(false);
    expect(trusted('slack.com.evil.example')).toBe(false);
  });

  it('never sends the bot token to an untrusted host', async () => {
    let called = false;
    const fetchFn = (async () => {
      called = true;
      return new Response('x');
    }) as typeof fetch;
    await expect(
      downloadSlackFile({ botToken: 'xoxb', trustedFileHosts: trusted, fetchFn, maxUploadBytes: 10 }, 'https://evil.example/f.pdf'),
    ).rejects.toMatchObject({ code: 'FILE_HOST_UNTRUSTED' });
    expect(called).toBe(false);
  });

  it('rejects Slack’s HTML login page and oversized files', async () => {
    const html = (async () => new Response('<html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    await expect(
      downloadSlackFile({ botToken: 'xoxb', trustedFileHosts: trusted, fetchFn: html, maxUploadBytes: 10 }, 'https://files.slack.com/f'),
    ).rejects.toMatchObject({ code: 'FILE_DOWNLOAD_FAILED' });
    const big = (async () => new Response(Buffer.alloc(20))) as typeof fetch;
    await expect(
      downloadSlackFile({ botToken: 'xoxb', trustedFileHosts: trusted, fetchFn: big, maxUploadBytes: 10 }, 'https://files.slack.com/f'),
    ).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});
