// The template library: built-in templates as data and the pure functions around them. No
// browser API here (storage.ts) and no engine (check.ts), so every surface can import it.

export * from './types';
export { VARIABLES, VAR_KEYS, isVarKey, inputType, parseAmount, formatAmount, parseDate, formatDate, formatValue, checkValue, type VarIssue, type VarIssueCode } from './variables';
export { parseBody, templateVars, checkValues, render, exampleValues, type Rendered, type RenderPart, type TemplateVar, type Token } from './render';
export { BUILTIN_TEMPLATES, SCENARIOS, SCENARIO_BY_ID, TONES, TONE_NAMES } from './builtin';
export { searchTemplates, templateTitle, initialsOf, matchInitials, charInitials } from './search';
