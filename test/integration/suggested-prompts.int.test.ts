import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { readSuggestedQuestions } from '../../src/present/index.js';
import { createTempProject, type TempProject } from '../helpers/temp-corpus.js';

/**
 * The questions the product offers (Slack agent view, App Home, terminal chat) must be ones it answers: each
 * is asked of the real engine over the shipped corpus, must not be refused, and must answer what it asks.
 */
describe('suggested questions › over the shipped corpus', () => {
  let project: TempProject;
  let assistant: Assistant;
  beforeAll(async () => {
    project = await createTempProject();
    assistant = await createAssistant({ config: project.config, repoRoot: project.root });
  });
  afterAll(async () => project.cleanup());

  it('ships four, each with the text its answer must contain', () => {
    const { questions, problem } = readSuggestedQuestions(project.corpusDir, assistant.documents());
    expect(problem).toBeNull();
    expect(questions).toHaveLength(4);
    for (const q of questions) expect(q.expect, q.message).toBeTruthy();
  });

  it('each is answered (not refused) with what it asks for, backed by a citation', async () => {
    const { questions } = readSuggestedQuestions(project.corpusDir, assistant.documents());
    for (const q of questions) {
      const answer = await assistant.ask(q.message);
      expect(answer.kind, q.message).toMatch(/^(answered|computed)$/);
      expect(answer.citations.length, q.message).toBeGreaterThan(0);
      expect(answer.answer, q.message).toContain(q.expect!);
      // The first source is the one that answers (not a passage about something else that shares words).
      expect(`${answer.answer.split('[2]')[0]}`, q.message).toContain(q.expect!);
    }
  });

  it('without a prompts file, offers questions built from the document titles (never names from code)', () => {
    const { questions, problem } = readSuggestedQuestions(`${project.root}/yok`, assistant.documents());
    expect(problem).toBeNull();
    expect(questions.length).toBeGreaterThan(0);
    const titles = assistant.documents().map((d) => d.parts[0] ?? d.title);
    for (const q of questions) expect(titles.some((t) => q.message.startsWith(t))).toBe(true);
  });
});
