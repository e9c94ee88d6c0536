import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PhraseSet } from '../question/phrase-set.js';
import type { ToolQuestion } from '../question/tool-question.js';
import { RULES_DIR } from '../rules/load-rules.js';

const StaffGroupsSchema = z.object({
  about: z.string().optional(),
  groups: z.array(z.object({ id: z.string().regex(/^[a-z_]+$/), label: z.string().min(1), phrases: z.array(z.string().min(1)).min(1) })).min(1),
});

export interface StaffGroup {
  id: string;
  /** Turkish, for messages: "İş Kanunu (4857) kapsamındaki işçiler". */
  label: string;
}

const FILE = StaffGroupsSchema.parse(JSON.parse(readFileSync(path.join(RULES_DIR, 'staff-groups.json'), 'utf8')));

export const STAFF_GROUPS: readonly StaffGroup[] = FILE.groups.map(({ id, label }) => ({ id, label }));

const MATCHERS = FILE.groups.map((g) => ({ group: { id: g.id, label: g.label }, phrases: new PhraseSet(g.phrases) }));

export function staffGroup(id: string): StaffGroup {
  const group = STAFF_GROUPS.find((g) => g.id === id);
  if (!group) throw new Error(`rules/staff-groups.json: bilinmeyen personel grubu ${id}`);
  return group;
}

/**
 * The staff groups a question names, in the order they appear. Where phrases overlap the longest wins, so
 * "sözleşmeli işçi" names workers only and "kadrolu memur" civil servants.
 */
export function findStaffGroups(question: ToolQuestion): StaffGroup[] {
  const found = MATCHERS.flatMap(({ group, phrases }) => phrases.findAll(question).map((m) => ({ group, ...m })));
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number; group: StaffGroup }[] = [];
  for (const match of found) {
    if (taken.some((t) => match.start < t.end && t.start < match.end)) continue;
    taken.push(match);
  }
  const ordered = taken.sort((a, b) => a.start - b.start).map((t) => t.group);
  return ordered.filter((g, i) => ordered.findIndex((o) => o.id === g.id) === i);
}
