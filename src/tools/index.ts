/** Public surface of the computation tools: pure functions over validated input and the rules file. */
export { payCap, PayCapInputSchema, PayCapOutputSchema, type PayCapInput, type PayCapOutput } from './pay-cap.js';
export {
  computeLeave, annualLeaveDays, excuseLeaveDays, firstBirthday, checkLeaveDates,
  LeaveInputSchema, LeaveOutputSchema, LEAVE_KINDS, EXCUSE_EVENTS, RELATIVES,
  type LeaveInput, type LeaveOutput, type LeaveKind, type ExcuseEvent, type Relative,
} from './leave.js';
export {
  computeSeverance, SeveranceInputSchema, SeveranceOutputSchema, SEVERANCE_REASONS,
  type SeveranceInput, type SeveranceOutput, type SeveranceReason,
} from './severance.js';
export {
  extractIndicatorTables, parseCellNumber, IndicatorStoreSchema,
  type IndicatorStore, type Indicator, type IndicatorTable, type CostRow, type UnparsedCell, type SourceLocator,
} from './extract-indicator-tables.js';
export {
  lookupIndicator, IndicatorLookupInputSchema, IndicatorLookupOutputSchema,
  type IndicatorLookupInput, type IndicatorLookupOutput,
} from './indicator-lookup.js';
export { TOOLS, TOOL_NAMES, runTool, fieldMessage, type ToolName, type ToolInput, type ToolOutput, type RunToolResult } from './registry.js';
export { routeToolQuestion, type ToolRoute } from './route-tool-question.js';
export { createLangChainTools } from './langchain-tools.js';
export { RULES, getRule, basisOf, type Rule } from './rules/load-rules.js';
export { BasisSchema, type Basis, type ToolContext } from './tool-types.js';
