import { describe, expect, it } from 'vitest';
import { MIN_SUPPORT, SCENARIO_MIN_SUPPORT, SCENARIO_WORDS, supportThreshold } from '../../../src/answer/answer-question.js';

describe('supportThreshold', () => {
  it('holds a short question to the full bar', () => {
    for (let words = 1; words <= SCENARIO_WORDS; words++) expect(supportThreshold(words)).toBe(MIN_SUPPORT);
  });

  it('asks a story question for the same covered words, not the same share, down to a floor', () => {
    expect(supportThreshold(SCENARIO_WORDS * 2)).toBeCloseTo(MIN_SUPPORT / 2);
    expect(supportThreshold(SCENARIO_WORDS + 1)).toBeLessThan(MIN_SUPPORT);
    expect(supportThreshold(40)).toBe(SCENARIO_MIN_SUPPORT);
  });

  it('never raises a bar set below the floor (the refusal sweep replays from 0)', () => {
    expect(supportThreshold(12, 0)).toBe(0);
    expect(supportThreshold(3, 0.1)).toBe(0.1);
  });
});
