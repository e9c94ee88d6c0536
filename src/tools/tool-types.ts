import { z } from 'zod';
import type { CalendarDate } from '../text/index.js';

/** One legal basis of a result: a verbatim span of the cleaned corpus text the answer layer verifies and cites. */
export const BasisSchema = z.object({
  docId: z.string(),
  article: z.string(),
  paragraph: z.string().optional(),
  quote: z.string(),
});
export type Basis = z.infer<typeof BasisSchema>;

/** Fields every tool output carries, so the answer layer renders any tool the same way. */
export const CommonOutputShape = {
  /** Short Turkish result sentence with Turkish number and date formatting. */
  summary: z.string(),
  /** One line showing the arithmetic, e.g. "3 × 2.884,00 TL = 8.652,00 TL". */
  calculation: z.string(),
  basis: z.array(BasisSchema),
  notes: z.array(z.string()),
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.year < 1900 || date.year > 2200 || date.month < 1 || date.month > 12 || date.day < 1) return null;
  const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= last ? date : null;
}

/** A calendar date written "YYYY-MM-DD": what a model and the router both produce. */
export const IsoDateSchema = z
  .string({ error: 'tarih metin olarak yazılmalı' })
  .refine((value) => parseIsoDate(value) !== null, { error: 'geçerli bir takvim tarihi değil' });

/** What runTool passes to every tool: no I/O happens inside a tool. */
export interface ToolContext {
  /** The indicator store built at ingestion, or null when none is loaded. */
  indicators: import('./extract-indicator-tables.js').IndicatorStore | null;
  /** "Today" for date checks (an expected birth date in the past). */
  today: CalendarDate;
}
