import wrapAnsi from 'wrap-ansi';
import type { Passage } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { locatorWithoutTitle, presentAnswer, type AnswerView, type SourceEntry, type ToolStep, labelsFor } from '../present/index.js';
import { PLAIN, type TerminalStyle } from './terminal-style.js';

export interface RenderTextOptions {
  style?: TerminalStyle;
  /** The chat adds "göster N" after the sources; `npm run ask` does not have that command. */
  showHint?: boolean;
}

/**
 * Lines wrapped to the width (never inside a word), later lines indented like the first: wrap-ansi measures
 * colour codes and wide characters correctly, which a hand-written `slice(0, width)` does not.
 */
function wrap(text: string, style: TerminalStyle, indent = '', firstIndent = indent): string {
  if (style.width === null) return text.split('\n').map((line, i) => `${i === 0 ? firstIndent : indent}${line}`).join('\n');
  const width = Math.max(20, style.width - indent.length);
  return text
    .split('\n')
    .map((paragraph, p) =>
      wrapAnsi(paragraph, width, { hard: false, trim: true })
        .split('\n')
        .map((line, i) => `${p === 0 && i === 0 ? firstIndent : indent}${line}`)
        .join('\n'),
    )
    .join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function renderLead(view: AnswerView, style: TerminalStyle): string | null {
  if (!view.lead) return null;
  const c = style.colors;
  const paint = view.kind === 'refused' ? c.yellow : view.kind === 'computed' ? c.cyan : c.magenta;
  return paint(c.bold(view.lead));
}

/** The answer text, or a computed answer's parts: the line in bold, the result, "Hesap: …", the notes dim. */
function renderBody(view: AnswerView, style: TerminalStyle): string {
  const c = style.colors;
  const { parts, labels } = view;
  if (!parts) return wrap(view.body, style);
  const lines = [c.bold(parts.line)];
  if (parts.explanation) lines.push(parts.explanation);
  if (parts.calculation) lines.push(`${labels.calculation}: ${parts.calculation}`);
  lines.push(...parts.notes.map((n) => c.dim(`${labels.noteWord}: ${n}`)));
  return lines.map((l) => wrap(l, style)).join('\n');
}

/** "✓ İzin hesabı — izin türü: yıllık izin · hizmet süresi (yıl): 8": one tool call on one (wrapped) line. */
export function renderStepLine(step: ToolStep, style: TerminalStyle, labels = labelsFor('tr')): string {
  const c = style.colors;
  const mark = step.status === 'failed' ? c.red('✗') : step.status === 'running' ? c.dim('…') : c.green('✓');
  const inputs = step.inputs.map((i) => `${i.label}: ${i.value}`).join(' · ') || labels.noInputs;
  const outcome = step.outcome ? ` → ${step.outcome}` : '';
  return wrap(`${mark} ${c.bold(step.title)} — ${inputs}${outcome}`, style, '    ', '  ');
}

function renderSource(entry: SourceEntry, style: TerminalStyle): string {
  const c = style.colors;
  const number = c.cyan(`[${entry.n}]`);
  const lines: string[] = [];
  if (entry.title) {
    const heading = [c.bold(entry.title), entry.asOf ? c.dim(entry.asOf) : null].filter(Boolean).join(c.dim(' · '));
    lines.push(wrap(heading, style, '      ', `  ${number} `));
    if (entry.where) lines.push(wrap(c.dim(entry.where), style, '      '));
  } else {
    lines.push(wrap(c.dim(entry.where), style, '      ', `  ${number} `));
  }
  if (entry.quote) lines.push(wrap(c.italic(`“${entry.quote}”`), style, '      '));
  return lines.join('\n');
}

/**
 * The terminal's rendering of an answer (`npm run ask`, the chat): lead, answer, tool steps, numbered sources
 * — the same content as Slack's blocks (src/present decides it), laid out for a terminal. No repository
 * paths: a source is its document and where in it; `göster N` prints the passage.
 */
export function renderAnswerText(answer: Answer, options: RenderTextOptions = {}): string {
  const style = options.style ?? PLAIN;
  const view = presentAnswer(answer);
  const body = [renderLead(view, style), renderBody(view, style)].filter(Boolean).join('\n');
  const rest = renderAfterBody(view, style, options);
  return rest === '' ? body : `${body}\n\n${rest}`;
}

/**
 * What follows the answer text — tool steps, sources (or the closest passages of a refusal) and, when a
 * configured language model could not be used, why: the chat prints this under a streamed answer.
 */
export function renderSourcesText(answer: Answer, options: RenderTextOptions = {}): string {
  return renderAfterBody(presentAnswer(answer), options.style ?? PLAIN, options);
}

function renderAfterBody(view: AnswerView, style: TerminalStyle, options: RenderTextOptions): string {
  const c = style.colors;
  const blocks: string[] = [];
  if (view.steps.length > 0) {
    blocks.push([c.bold(`${view.labels.steps}:`), ...view.steps.map((s) => renderStepLine(s, style, view.labels))].join('\n'));
  }
  if (view.sources) {
    const heading = `${c.bold(`${view.sources.heading}:`)}${view.sources.hint ? c.dim(` (${view.sources.hint})`) : ''}`;
    const entries = view.sources.entries.map((e) => renderSource(e, style));
    if (options.showHint) entries.push(c.dim(`  ${view.labels.showHint}`));
    blocks.push([heading, ...entries].join('\n'));
  }
  if (view.note) blocks.push(wrap(c.dim(view.note), style));
  return blocks.join('\n\n');
}

/** `göster N`: the whole passage behind a source, under its document's title and where in it. */
export function renderPassageText(passage: Passage, language: 'tr' | 'en', style: TerminalStyle = PLAIN): string {
  const c = style.colors;
  const where = locatorWithoutTitle(passage.citation, labelsFor(language));
  const head = [c.bold(oneLine(passage.citation.title)), where ? c.dim(where) : null].filter(Boolean).join('\n');
  return `${wrap(head, style)}\n\n${wrap(passage.text.trim(), style)}`;
}
