/** The rule table: every rule of SPEC §4 as a small object. */
import { RULE_DEFAULTS, type RuleId } from './ids';
import type { Rule } from './types';
import { duplicateSection, emptySection, missingField, missingSection, sectionOrder } from './structure';
import { buttonNotSingle, directoryEntryIncomplete, estimateTotalMismatch, memoTooLong, missingSignoff, supportPointsCount } from './content';
import { actionDueBeforeMeeting, actionMissingDue, actionMissingOwner, actionOverdue } from './actions';
import { agendaLate, ambiguousDate, estimateMissing, invalidDate, minutesLate, scheduleLate, staleFactbook } from './dates';
import { brokenLink, duplicateJobNumber, otherClientMentioned, unknownJob, unknownOwner } from './workspace';
import { unfilledPlaceholder } from './unfilled-placeholder';
import { replaceTypeFix } from '../fixes';

/** `unknown-type` and `frontmatter-syntax` are found while reading the document; they carry only fixes here. */
const unknownType: Rule = { id: 'unknown-type', scope: 'document', fix: replaceTypeFix };
const frontmatterSyntax: Rule = { id: 'frontmatter-syntax', scope: 'document' };

export const RULES: readonly Rule[] = [
  unknownType, frontmatterSyntax,
  missingField, missingSection, emptySection, duplicateSection, sectionOrder,
  buttonNotSingle, supportPointsCount, missingSignoff,
  actionMissingOwner, actionMissingDue, actionDueBeforeMeeting, actionOverdue,
  invalidDate, ambiguousDate, minutesLate, agendaLate, scheduleLate,
  estimateMissing, estimateTotalMismatch, directoryEntryIncomplete, staleFactbook, memoTooLong,
  duplicateJobNumber, unknownJob, brokenLink, unknownOwner, otherClientMentioned,
  unfilledPlaceholder,
];

export const RULE_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));

// Every id of the spec has exactly one rule object.
for (const id of Object.keys(RULE_DEFAULTS) as RuleId[]) {
  if (!RULE_BY_ID.has(id)) throw new Error(`rule table is missing ${id}`);
}
