import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';

export interface Prompts {
  system: string;
  question: string;
  rejected: string;
}

export class PromptMissingError extends AppError<'PROMPT_MISSING'> {
  constructor(readonly file: string, options?: { cause?: unknown }) {
    super('PROMPT_MISSING', `İstem dosyası okunamadı: ${file}. LLM modu prompts/ klasöründeki şablonlarla çalışır.`, options);
  }
}

/** The templates ship with the program (not with the corpus): found beside the code, whatever the cwd. */
export const PROMPTS_DIR = path.resolve(import.meta.dirname, '../../prompts');

/** Reads every template once, at start-up: a missing one is reported before any question is asked. */
export async function loadPrompts(dir = PROMPTS_DIR): Promise<Prompts> {
  const read = async (name: string) => {
    const file = path.join(dir, `${name}.md`);
    try {
      return (await fs.readFile(file, 'utf8')).trim();
    } catch (cause) {
      throw new PromptMissingError(file, { cause });
    }
  };
  const [system, question, rejected] = await Promise.all([read('system'), read('question'), read('rejected')]);
  return { system, question, rejected };
}

/** `{{name}}` → value; an unknown placeholder is left as it is so a typo shows in the prompt, not silently. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
