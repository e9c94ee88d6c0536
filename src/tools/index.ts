/** Public surface of the computation tools: plug-ins over validated input and the rules data in rules/. */
export { payCap, PayCapInputSchema, PayCapOutputSchema, type PayCapInput, type PayCapOutput } from './pay-cap/pay-cap.js';
export {
  computeLeave, annualLeaveDays, excuseLeaveDays, firstBirthday, checkLeaveDates,
  LeaveInputSchema, LeaveOutputSchema, LEAVE_KINDS, EXCUSE_EVENTS, RELATIVES,
  type LeaveInput, type LeaveOutput, type LeaveKind, type ExcuseEvent, type Relative,
} from './leave/leave.js';
export {
  computeSeverance, SeveranceInputSchema, SeveranceOutputSchema, SEVERANCE_REASONS,
  type SeveranceInput, type SeveranceOutput, type SeveranceReason,
} from './severance/severance.js';
export {
  extractIndicatorTables, parseCellNumber, IndicatorStoreSchema,
  type IndicatorStore, type Indicator, type IndicatorTable, type CostRow, type UnparsedCell, type SourceLocator,
} from './indicator-lookup/extract-indicator-tables.js';
export {
  lookupIndicator, IndicatorLookupInputSchema, IndicatorLookupOutputSchema,
  type IndicatorLookupInput, type IndicatorLookupOutput,
} from './indicator-lookup/lookup-indicator.js';
export { TOOL_LIST, TOOLS, TOOL_NAMES, toolNamed, type ToolName, type ToolInput, type ToolOutput } from './registry.js';
export { runTool, fieldMessage, type RunToolResult } from './run-tool.js';
export { routeToolQuestion, routeThread, type ToolRoute } from './route-tool-question.js';
export { decideToolAnswer, isToolAvailable, staffOutsideScope, type ToolDecision } from './decide-tool-answer.js';
export { createLangChainTools } from './langchain-tools.js';
export { RULES, RULE_SETS, getRule, basisOf, ruleSet, loadRuleSets, type Rule, type RuleSet } from './rules/load-rules.js';
export { resolveRuleSources, findQuoteSpan, type IndexedText } from './scope/resolve-sources.js';
export { STAFF_GROUPS, findStaffGroups, type StaffGroup } from './scope/staff-groups.js';
export { readToolQuestion, toolQuestionOf, type ToolQuestion } from './question/tool-question.js';
export { BasisSchema, type Basis } from './tool-types.js';
export type { Tool, ToolContext, ToolScope, FieldHelp } from './tool.js';
