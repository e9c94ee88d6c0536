import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/answer/create-assistant.js';
import { loadConfig } from '../../../src/config/index.js';
import { passageIdWith, passagesInTexts } from '../../fakes/openai-stand-in.js';
import { messageTexts, startAnthropicStandIn, startOllamaStandIn, type ProviderStandIn, type ScriptedCall } from '../../fakes/provider-stand-ins.js';
import { createTempProject, type TempProject } from '../../helpers/temp-corpus.js';

const WORK = 'Sözleşmeli personel dışarıda kazanç getirici başka bir iş yapabilir mi?';
const WORK_QUOTE = 'Sözleşme ile çalıştırılan personel dışarıda kazanç getirici başka bir iş yapamaz';

/** First a search, then an answer quoting the passage that holds the rule (found in whatever the engine sent). */
function searchThenAnswer(body: Record<string, unknown>, turn: number): ScriptedCall {
  if (turn % 2 === 0) return { name: 'search_documents', args: { query: 'kazanç getirici iş' } };
  const passage = passageIdWith(passagesInTexts(messageTexts(body)), 'kazanç getirici');
  return { name: 'submit_answer', args: { answer: 'Yapamaz [1].', citations: [{ passage_id: passage, quote: WORK_QUOTE }] } };
}

describe('LLM mode › provider wiring (Anthropic, Ollama) through their own wire formats', () => {
  let project: TempProject;
  const servers: ProviderStandIn[] = [];
  beforeAll(async () => {
    project = await createTempProject(['mevzuat/sozlesmeli-personel-esaslari.txt']);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await project?.cleanup();
  });

  it('anthropic: tool_use blocks in, tool_result blocks back, a verified llm answer out', async () => {
    const server = await startAnthropicStandIn(searchThenAnswer);
    servers.push(server);
    const config = loadConfig({
      CORPUS_DIR: 'corpus', DATA_DIR: 'data', LLM_PROVIDER: 'anthropic', LLM_MODEL: 'claude-stand-in', ANTHROPIC_API_KEY: 'test-anahtari', ANTHROPIC_BASE_URL: server.url,
    });
    const answer = await (await createAssistant({ config, repoRoot: project.root })).ask(WORK);
    expect(answer).toMatchObject({ mode: 'llm', answer: 'Yapamaz [1].' });
    expect(answer.citations[0]!.quote).toBe(WORK_QUOTE);
    expect(server.bodies[0]).toMatchObject({ model: 'claude-stand-in' });
    expect(typeof server.bodies[0]!.system === 'string' || Array.isArray(server.bodies[0]!.system)).toBe(true);
    expect((server.bodies[0]!.tools as { name: string }[]).map((t) => t.name)).toContain('submit_answer');
    expect(JSON.stringify(server.bodies[1]!.messages)).toContain('"tool_result"');
  });

  it('ollama: /api/chat tool calls, plain and streamed, a verified llm answer out', async () => {
    const server = await startOllamaStandIn(searchThenAnswer);
    servers.push(server);
    const config = loadConfig({ CORPUS_DIR: 'corpus', DATA_DIR: 'data', LLM_PROVIDER: 'ollama', LLM_MODEL: 'qwen-stand-in', OLLAMA_BASE_URL: server.url });
    const assistant = await createAssistant({ config, repoRoot: project.root });
    expect(await assistant.ask(WORK)).toMatchObject({ mode: 'llm', answer: 'Yapamaz [1].' });
    let final;
    for await (const event of assistant.askStream(WORK)) if (event.type === 'final') final = event.answer;
    expect(final).toMatchObject({ mode: 'llm', answer: 'Yapamaz [1].' });
    expect(server.bodies[0]).toMatchObject({ model: 'qwen-stand-in' });
    expect((server.bodies[0]!.tools as { function: { name: string } }[]).map((t) => t.function.name)).toContain('search_documents');
  });
});
