import { understandQuestion, type ParsedQuestion } from '../question/index.js';
import { toolQuestionOf, type ToolQuestion } from './question/tool-question.js';
import { TOOL_LIST, type ToolName } from './registry.js';
import type { Facts, Tool } from './tool.js';

export type ToolRoute =
  | { tool: ToolName; args: Record<string, unknown> }
  | { tool: ToolName; missing: string[]; message: string };

/**
 * A routed question with the thread it was read from (the questions from the one that named the tool on).
 * `general`: the tool was asked about but the question states no case ("Memurlara kaç gün yıllık izin
 * verilir?"); the documents answer it, and the tool's scope still decides whose rules may be quoted.
 */
export type ThreadRoute = (ToolRoute | { tool: ToolName; general: true }) & { questions: ToolQuestion[] };

const FOLLOW_UP_START = /^(peki|ya|pekala|o zaman|what if|and if|how about|what about|and for|and with|and)\b/;
const HYPOTHETICAL = /olsaydi|olsaydim|olursa|olsa\b|instead/;
const NAMES_ARTICLE = /\bmadde\b|\barticle\b/;

/** "peki 12 yıl olsaydı?", "10 yıl": a short question that adds facts to the case before it. */
function isFollowUp(q: ToolQuestion, facts: Facts): boolean {
  const n = q.asciiWords.join(' ');
  // "Madde 3 ne diyor?" is short but asks about the text, not about the case.
  if (NAMES_ARTICLE.test(n)) return false;
  if (q.followUp || FOLLOW_UP_START.test(n) || HYPOTHETICAL.test(n)) return true;
  return Object.keys(facts).length > 0 && n.split(' ').length <= 6;
}

function sameCase(tool: Tool, a: unknown, b: unknown): boolean {
  return tool.sameCase ? tool.sameCase(a, b) : JSON.stringify(a) === JSON.stringify(b);
}

/** A follow-up's words are not a new indicator name ("peki o yıl?"). */
function followUpFacts(facts: Facts): Facts {
  const { indicatorName: _ignored, ...rest } = facts;
  return rest;
}

function missingMessage(tool: Tool, missing: string[], example: string): string {
  const labels = missing.map((m) => tool.missingLabels?.[m] ?? tool.fieldHelp[m]?.label ?? m);
  return `Hesaplama için şu bilgi eksik: ${labels.join(', ')}. Örnek soru: "${example}"`;
}

/**
 * Decides whether a question needs a computation tool and fills its arguments, reading the thread: the
 * newest question that a tool detects starts the case, later follow-ups add or override facts
 * ("peki 12 yıl olsaydı?"), an unrelated question ends it. Null: not a computation (or a general
 * question about a rule, which the documents answer by quoting the article). A personal question lacking
 * a fact gets `missing` and a Turkish message with an example.
 */
export function routeThread(question: string | ParsedQuestion, history: readonly string[] = []): ThreadRoute | null {
  type Case = { tool: Tool; intent: unknown; facts: Facts; personal: boolean; questions: ToolQuestion[] };
  let current = null as Case | null;
  const turns = history.map((text, i) => understandQuestion(text, history.slice(0, i).map((q) => ({ question: q }))));
  const asked = typeof question === 'string' ? understandQuestion(question, history.map((q) => ({ question: q }))) : question;
  for (const parsed of [...turns, asked]) {
    const q = toolQuestionOf(parsed);
    const owner = TOOL_LIST.map((tool): [Tool, unknown] => [tool, tool.detect(q)]).find(([, intent]) => intent !== null);
    if (owner) {
      const [tool, intent] = owner;
      const facts = tool.readFacts(q);
      // Same tool and case again: what was said before still holds.
      const carry = current && current.tool === tool && sameCase(tool, current.intent, intent) ? current : null;
      current = {
        tool,
        intent,
        facts: { ...(carry?.facts ?? {}), ...facts },
        personal: q.firstPerson || (carry?.personal ?? false),
        questions: [...(carry?.questions ?? []), q],
      };
    } else if (current && isFollowUp(q, current.tool.readFacts(q))) {
      const facts = followUpFacts(current.tool.readFacts(q));
      current = { ...current, facts: { ...current.facts, ...facts }, personal: true, questions: [...current.questions, q] };
    } else {
      current = null;
    }
  }
  if (!current) return null;
  const built = current.tool.buildArgs(current.intent, current.facts, current.personal);
  const tool = current.tool.name as ToolName;
  if (!built) return { tool, general: true, questions: current.questions };
  if ('missing' in built) return { tool, missing: built.missing, message: missingMessage(current.tool, built.missing, built.example), questions: current.questions };
  return { tool, args: built.args, questions: current.questions };
}

/** routeThread without the thread: what the question routes to. */
export function routeToolQuestion(question: string | ParsedQuestion, history: readonly string[] = []): ToolRoute | null {
  const route = routeThread(question, history);
  if (!route || 'general' in route) return null;
  const { questions: _questions, ...rest } = route;
  return rest;
}
