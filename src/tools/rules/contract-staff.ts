import { ruleSet, type RuleSet } from './load-rules.js';

/**
 * The rule set of the contract-staff tools (pay cap, leave, severance): staff under 657 DMK 4/B. Its
 * source document, numbers, quotes and wordings are in rules/contract-staff.<date>.json.
 */
export const CONTRACT_STAFF: RuleSet = ruleSet('contract-staff');
