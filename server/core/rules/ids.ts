/** Severity of a finding, as in LSP, plus `off` in configuration. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Every rule of SPEC §4 with its default severity, in the spec's order. */
export const RULE_DEFAULTS = {
  'unknown-type': 'error',
  'frontmatter-syntax': 'error',
  'missing-field': 'error',
  'missing-section': 'error',
  'empty-section': 'warning',
  'duplicate-section': 'warning',
  'section-order': 'information',
  'button-not-single': 'warning',
  'support-points-count': 'warning',
  'missing-signoff': 'warning',
  'action-missing-owner': 'error',
  'action-missing-due': 'error',
  'action-due-before-meeting': 'warning',
  'action-overdue': 'information',
  'invalid-date': 'error',
  'ambiguous-date': 'warning',
  'minutes-late': 'warning',
  'agenda-late': 'warning',
  'schedule-late': 'warning',
  'estimate-missing': 'error',
  'estimate-total-mismatch': 'error',
  'directory-entry-incomplete': 'warning',
  'stale-factbook': 'information',
  'memo-too-long': 'information',
  'duplicate-job-number': 'error',
  'unknown-job': 'warning',
  'broken-link': 'error',
  'unknown-owner': 'warning',
  'other-client-mentioned': 'warning',
} as const satisfies Record<string, Severity>;

/** A rule id of SPEC §4. */
export type RuleId = keyof typeof RULE_DEFAULTS;
export const RULE_IDS = Object.keys(RULE_DEFAULTS) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_DEFAULTS, id);
}

/**
 * What each rule's message is built from. Section, field, role and type
 * names arrive already in the message's language.
 */
export interface MessageParams {
  'unknown-type': { value: string; suggestion?: string };
  'frontmatter-syntax': { reason: string; unclosed?: boolean };
  'missing-field': { field: string; type: string; placeholder?: boolean };
  'missing-section': { section: string; type: string };
  'empty-section': { section: string; what?: 'topics' };
  'duplicate-section': { section: string; firstLine: number };
  'section-order': { section: string; shouldPrecede: string };
  'button-not-single': { reason: 'items' | 'sentences' | 'words'; count: number };
  'support-points-count': { count: number; max: number };
  'missing-signoff': { role: string; lacks: 'name' | 'date' | 'both' };
  'action-missing-owner': { action: string };
  'action-missing-due': { action: string };
  'action-due-before-meeting': { due: string; meeting: string };
  'action-overdue': { due: string; days: number };
  'invalid-date': { text: string };
  'ambiguous-date': { text: string; iso?: string };
  'minutes-late': { meeting: string; issued: string; hours?: number; days?: number };
  'agenda-late': { meeting: string; issued: string; hours?: number; days?: number };
  'schedule-late': { opened: string; sent?: string; hours?: number; days?: number };
  'estimate-missing': { status: string };
  'estimate-total-mismatch': { sum: string; total: string };
  'directory-entry-incomplete': { name: string; lacks: 'title' | 'contact' | 'both' };
  'stale-factbook': { updated: string; days: number };
  'memo-too-long': { words: number; cjk: number };
  'duplicate-job-number': { job: string; otherFile: string };
  'unknown-job': { job: string };
  'broken-link': { target: string; field?: string; outside?: boolean };
  'unknown-owner': { owner: string };
  'other-client-mentioned': { mentioned: string; client: string };
}
