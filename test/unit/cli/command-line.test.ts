import { describe, expect, it } from 'vitest';
import { closestFlag, formatHelp, readCommandLine, type CommandSpec } from '../../../src/cli/command-line.js';

const SPEC = {
  invocation: 'npm run ask --',
  summary: 'Soru sorar.',
  positionals: '"soru"',
  flags: {
    json: { type: 'boolean', description: 'JSON yazar' },
    jsonl: { type: 'boolean', description: 'JSON satırları' },
    output: { type: 'string', value: 'DOSYA', description: 'dosyaya yazar' },
  },
  examples: [['npm run ask -- "soru"', 'yanıt']],
} as const satisfies CommandSpec;

describe('readCommandLine › unknown flags', () => {
  it('names the closest valid flag for a typo, a swapped pair and a prefix', () => {
    expect(readCommandLine(SPEC, ['--jsnl'])).toEqual({
      kind: 'usage-error',
      message: 'Bilinmeyen seçenek --jsnl. Bunu mu demek istediniz: --jsonl?\nKullanım: npm run ask -- [seçenekler] "soru"\nYardım için: npm run ask -- --help',
    });
    expect(readCommandLine(SPEC, ['--josn', 'x'])).toMatchObject({ message: expect.stringContaining('--json?') });
    expect(readCommandLine(SPEC, ['--out', 'f'])).toMatchObject({ message: expect.stringContaining('--output?') });
    expect(readCommandLine(SPEC, ['--hlep'])).toMatchObject({ message: expect.stringContaining('--help?') });
  });

  it('suggests nothing when no flag is near, and rejects unknown short flags', () => {
    const far = readCommandLine(SPEC, ['--yeniden']);
    expect(far).toMatchObject({ kind: 'usage-error' });
    expect(far.kind === 'usage-error' && far.message).not.toContain('Bunu mu');
    expect(readCommandLine(SPEC, ['-x'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('Bilinmeyen seçenek -x.') });
  });

  it('says which flag needs a value, and takes no positionals when the spec has none', () => {
    expect(readCommandLine(SPEC, ['--output'])).toMatchObject({ message: expect.stringContaining('--output bir değer ister: --output DOSYA') });
    const noPositionals = { ...SPEC, positionals: undefined };
    expect(readCommandLine(noPositionals, ['extra'])).toMatchObject({ message: expect.stringContaining('Beklenmeyen argüman: extra') });
  });
});

describe('readCommandLine › help and values', () => {
  it('returns help for --help and -h, even beside other flags', () => {
    expect(readCommandLine(SPEC, ['--help'])).toMatchObject({ kind: 'help' });
    expect(readCommandLine(SPEC, ['--json', '-h'])).toMatchObject({ kind: 'help' });
  });

  it('parses flags and positionals', () => {
    expect(readCommandLine(SPEC, ['--json', '--output', 'a.json', 'Yıllık', 'izin'])).toEqual({
      kind: 'run',
      values: { json: true, output: 'a.json' },
      positionals: ['Yıllık', 'izin'],
    });
  });

  it('prints usage, every flag with its placeholder, and the examples in Turkish', () => {
    const help = formatHelp(SPEC);
    expect(help).toContain('Kullanım: npm run ask -- [seçenekler] "soru"');
    expect(help).toContain('--output DOSYA');
    expect(help).toContain('-h, --help');
    expect(help).toMatch(/Örnekler:\n {2}npm run ask -- "soru"/u);
  });
});

describe('closestFlag', () => {
  it('allows about a third of the word to differ', () => {
    expect(closestFlag('jsnl', ['json', 'jsonl'])).toBe('jsonl');
    expect(closestFlag('x', ['json'])).toBeNull();
    expect(closestFlag('questons', ['questions', 'corpus'])).toBe('questions');
  });
});
