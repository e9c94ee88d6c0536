import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DocumentSummary } from '../answer/assistant.js';

/** A question the assistant offers (Slack agent view, App Home, terminal chat). */
export interface SuggestedQuestion {
  /** Short label (Slack shows it on the prompt chip). */
  title: string;
  /** What is sent when the prompt is picked. */
  message: string;
  /** Text the answer must contain: a test asks each question of the real engine. */
  expect?: string;
}

/** Beside catalog.json: questions about documents belong to the corpus, not to the code. */
export const SUGGESTED_QUESTIONS_FILE = 'suggested-prompts.json';
/** Slack shows at most four suggested prompts in a thread (agent_view.suggested_prompts maxItems). */
export const MAX_SUGGESTED_QUESTIONS = 4;

const FileSchema = z.object({
  prompts: z
    .array(z.object({ title: z.string().trim().min(1).max(75), message: z.string().trim().min(1).max(1000), expect: z.string().optional() }))
    .min(1)
    .max(MAX_SUGGESTED_QUESTIONS),
});

export type SuggestedQuestionsResult = { questions: SuggestedQuestion[]; problem: string | null };

/**
 * Reads CORPUS_DIR/suggested-prompts.json. A missing file is normal (another corpus); a malformed one is
 * reported in Turkish and replaced by questions built from the document titles, never a crash.
 */
export function readSuggestedQuestions(corpusDir: string, documents: readonly DocumentSummary[]): SuggestedQuestionsResult {
  const file = path.join(corpusDir, SUGGESTED_QUESTIONS_FILE);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return { questions: questionsFromDocuments(documents), problem: null };
  }
  let parsed: z.ZodSafeParseResult<z.infer<typeof FileSchema>>;
  try {
    parsed = FileSchema.safeParse(JSON.parse(raw));
  } catch (error) {
    return { questions: questionsFromDocuments(documents), problem: `${file} geçerli JSON değil (${(error as Error).message}).` };
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      questions: questionsFromDocuments(documents),
      problem: `${file} beklenen biçimde değil (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
    };
  }
  return { questions: parsed.data.prompts, problem: null };
}

/** Without a prompts file: one question per document, about what it covers (best effort, not verified). */
export function questionsFromDocuments(documents: readonly DocumentSummary[]): SuggestedQuestion[] {
  return documents.slice(0, MAX_SUGGESTED_QUESTIONS).map((d) => {
    const title = d.parts[0] ?? d.title;
    const rule = d.kind === 'regulation' || d.kind === 'directive' || d.kind === 'gazette-issue';
    return {
      title: title.length > 40 ? `${Array.from(title).slice(0, 39).join('').trimEnd()}…` : title,
      message: rule ? `${title} neyi düzenler?` : `${title} hangi konuları ele alıyor?`,
    };
  });
}
