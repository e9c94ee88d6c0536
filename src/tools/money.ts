import { formatTurkishLira, formatTurkishNumber } from '../text/index.js';

/** Rounds to kuruş; comparisons of amounts are made on kuruş so 0.1 + 0.2 never decides a cap. */
export function roundToKurus(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

export const lira = (value: number): string => formatTurkishLira(roundToKurus(value));
export const num = (value: number): string => formatTurkishNumber(value);
