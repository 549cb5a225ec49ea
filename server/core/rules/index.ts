/**
 * The rule registry: every rule, one module each, in the order of the rule
 * reference. Adding a rule = its module (server/core/rules/<rule-id>.ts),
 * one line here, its fixtures (test/fixtures/rules/<rule-id>/), and
 * `npm run generate` (defaults, schema, settings and docs follow from here).
 */
import type { Lang } from '../catalog/schema';
import type { Rule, Severity } from './rule';
import unknownType from './unknown-type';
import frontmatterSyntax from './frontmatter-syntax';
import emptyDocument from './empty-document';
import missingField from './missing-field';
import missingSection from './missing-section';
import emptySection from './empty-section';
import duplicateSection from './duplicate-section';
import sectionOrder from './section-order';
import buttonNotSingle from './button-not-single';
import supportPointsCount from './support-points-count';
import missingSignoff from './missing-signoff';
import actionMissingOwner from './action-missing-owner';
import actionMissingDue from './action-missing-due';
import actionDueBeforeMeeting from './action-due-before-meeting';
import actionOverdue from './action-overdue';
import invalidDate from './invalid-date';
import ambiguousDate from './ambiguous-date';
import minutesLate from './minutes-late';
import agendaLate from './agenda-late';
import scheduleLate from './schedule-late';
import estimateMissing from './estimate-missing';
import estimateTotalMismatch from './estimate-total-mismatch';
import directoryEntryIncomplete from './directory-entry-incomplete';
import staleFactbook from './stale-factbook';
import memoTooLong from './memo-too-long';
import duplicateJobNumber from './duplicate-job-number';
import unknownJob from './unknown-job';
import brokenLink from './broken-link';
import unknownOwner from './unknown-owner';
import otherClientMentioned from './other-client-mentioned';
import unfilledPlaceholder from './unfilled-placeholder';

export const RULES = [
  unknownType,
  frontmatterSyntax,
  emptyDocument,
  missingField,
  missingSection,
  emptySection,
  duplicateSection,
  sectionOrder,
  buttonNotSingle,
  supportPointsCount,
  missingSignoff,
  actionMissingOwner,
  actionMissingDue,
  actionDueBeforeMeeting,
  actionOverdue,
  invalidDate,
  ambiguousDate,
  minutesLate,
  agendaLate,
  scheduleLate,
  estimateMissing,
  estimateTotalMismatch,
  directoryEntryIncomplete,
  staleFactbook,
  memoTooLong,
  duplicateJobNumber,
  unknownJob,
  brokenLink,
  unknownOwner,
  otherClientMentioned,
  unfilledPlaceholder,
] as const;

/** A rule id. */
export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** The parameters of a rule's message. */
export type MessageParams = { [R in (typeof RULES)[number] as R['id']]: R extends Rule<string, infer P> ? P : never };

/** Any rule of the registry, whatever its message's parameters. */
// biome-ignore lint/suspicious/noExplicitAny: message parameters differ per rule; `unknown` would not accept them (variance)
export type AnyRule = Rule<RuleId, any>;

export const RULE_BY_ID: ReadonlyMap<RuleId, AnyRule> = new Map<RuleId, AnyRule>(
  RULES.map((r) => [r.id, r as AnyRule]),
);

/** Default severity of each rule. */
export const RULE_DEFAULTS: Readonly<Record<RuleId, Severity>> = Object.fromEntries(
  RULES.map((r) => [r.id, r.severity]),
) as Record<RuleId, Severity>;

export function isRuleId(id: string): id is RuleId {
  return RULE_BY_ID.has(id as RuleId);
}

/** The rule's message in a language. */
export function formatMessage<R extends RuleId>(rule: R, params: MessageParams[R], lang: Lang): string {
  const messages = RULE_BY_ID.get(rule)!.messages;
  return (messages[lang] ?? messages.en)(params);
}

// Two modules must not claim one id.
if (RULE_BY_ID.size !== RULES.length) throw new Error('two rule modules share an id');
