import { z } from 'zod';
import type { CalendarDate } from '../text/index.js';

export type { ToolContext } from './tool.js';

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
  /** The direct answer, shortest form: "20 gün", "8.652,00 TL", "tavanı 348,00 TL aşıyor". */
  lead: z.string(),
  /**
   * Whether the entitlement exists or the amount is allowed (within the cap, pay due); null when the result
   * is not a yes/no. A yes/no question's answer line starts with Evet/Hayır from it.
   */
  verdict: z.boolean().nullable(),
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
