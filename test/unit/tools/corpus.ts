import { readFileSync } from 'node:fs';
import { cleanText } from '../../../src/text/index.js';
import { extractIndicatorTables } from '../../../src/tools/index.js';

export const REGULATION_TEXT = cleanText(readFileSync('corpus/mevzuat/sozlesmeli-personel-esaslari.txt', 'utf8'));
export const PLAN_ID = 'erzincan-mem-2015-2019-stratejik-plan';
export const PLAN_TEXT = cleanText(readFileSync('corpus/stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt', 'utf8'));
export const PLAN_STORE = extractIndicatorTables(PLAN_TEXT, PLAN_ID);
export const TODAY = { year: 2026, month: 1, day: 15 };
