import { describe, expect, it } from 'vitest';
import { StreamBudget } from '../../../src/slack/stream-budget.js';

describe('StreamBudget', () => {
  it('shares one window per workspace across concurrent streams and refuses a start it cannot finish', () => {
    let now = 0;
    const budget = new StreamBudget(7, () => now);
    expect(budget.tryStart('T1')).toBe(true); // 6 left
    expect(budget.tryStart('T1')).toBe(true); // 5 left
    expect(budget.tryAppend('T1')).toBe(true);
    expect(budget.tryAppend('T1')).toBe(true); // 3 left
    expect(budget.tryStart('T1')).toBe(true); // 2 left: a fourth stream could not finish
    expect(budget.tryStart('T1')).toBe(false);
    expect(budget.tryAppend('T1')).toBe(true);
    budget.chargeStop('T1');
    expect(budget.remaining('T1')).toBe(0);
    expect(budget.tryAppend('T1')).toBe(false);
    // Another workspace has its own allowance.
    expect(budget.tryStart('T2')).toBe(true);
    // The window slides.
    now = 60_001;
    expect(budget.remaining('T1')).toBe(7);
  });

  it('closes after a rate-limit reply until Retry-After has passed', () => {
    let now = 1_000;
    const budget = new StreamBudget(100, () => now);
    budget.rateLimited('T1', 30);
    expect(budget.tryStart('T1')).toBe(false);
    expect(budget.tryAppend('T1')).toBe(false);
    now += 30_001;
    expect(budget.tryStart('T1')).toBe(true);
  });
});
