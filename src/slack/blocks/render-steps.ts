import type { types } from '@slack/bolt';
import type { AnswerLabels, ToolStep } from '../../present/index.js';
import type { KnownBlock } from './block-types.js';
import { truncatePlain } from './escape-mrkdwn.js';
import { richText } from './rich-text.js';

/** Slack's task states (task_card blocks and task_update stream chunks). */
const STATUS: Record<ToolStep['status'], 'in_progress' | 'complete' | 'error'> = {
  running: 'in_progress',
  done: 'complete',
  failed: 'error',
};

const MAX_STEPS = 10;
const TITLE_CHARS = 150;
const DETAIL_CHARS = 1000;

function inputLine(step: ToolStep, labels: AnswerLabels): string {
  const inputs = step.inputs.map((i) => `${i.label}: ${i.value}`).join(' · ');
  return `${labels.inputs}: ${inputs || labels.noInputs}`;
}

function outcomeLine(step: ToolStep, labels: AnswerLabels): string | null {
  if (!step.outcome) return null;
  return `${step.status === 'failed' ? labels.failed : labels.result}: ${step.outcome}`;
}

/** A step's title, state, inputs and outcome as Slack's task fields (shared by task cards and stream chunks). */
function taskFields(step: ToolStep, labels: AnswerLabels) {
  const outcome = outcomeLine(step, labels);
  return {
    title: truncatePlain(step.title, TITLE_CHARS),
    status: STATUS[step.status],
    details: truncatePlain(inputLine(step, labels), DETAIL_CHARS),
    output: outcome ? truncatePlain(outcome, DETAIL_CHARS) : null,
  };
}

/**
 * The tool calls of an answer as a plan of task cards (Slack's way to show an agent's steps): each card
 * names the tool and its inputs in Turkish, with the result or the validation error when there is one.
 */
export function renderStepsPlan(steps: readonly ToolStep[], labels: AnswerLabels): KnownBlock | null {
  if (steps.length === 0) return null;
  const tasks: types.TaskCardBlock[] = steps.slice(0, MAX_STEPS).map((step) => {
    const { title, status, details, output } = taskFields(step, labels);
    return { type: 'task_card', task_id: step.id, title, status, details: richText([details]), ...(output ? { output: richText([output]) } : {}) };
  });
  return { type: 'plan', title: labels.steps, tasks };
}

/** The same step as a chunk of a streamed message (chat.appendStream), updated in place by its id. */
export function stepChunk(step: ToolStep, labels: AnswerLabels): types.TaskUpdateChunk {
  const { title, status, details, output } = taskFields(step, labels);
  return { type: 'task_update', id: step.id, title, status, details, ...(output ? { output } : {}) };
}

/** Plain lines for the notification text and for clients that do not draw task cards. */
export function stepsFallbackText(steps: readonly ToolStep[], labels: AnswerLabels): string {
  return steps.map((s) => [s.title, inputLine(s, labels), outcomeLine(s, labels)].filter(Boolean).join(' — ')).join('\n');
}
