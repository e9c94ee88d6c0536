import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/text/detect-language.js';

describe('detectLanguage › whole words by Unicode letters', () => {
  it('does not read "do" inside "doğum" nor miss "mı" before a question mark', () => {
    expect(detectLanguage('Sözleşmeli personel ikiz doğumda ek doğum izni alır mı?')).toBe('tr');
    expect(detectLanguage('Can a contract employee who retired get severance pay?')).toBe('en');
    expect(detectLanguage('How many days of leave do I get?')).toBe('en');
  });
});
