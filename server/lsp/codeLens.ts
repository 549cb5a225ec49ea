/**
 * Completeness at a glance: a lens on the title, the status the client shows
 * in its status bar, and what a click on either lists. All three come from
 * one computation (documentStatus), so the lens never says "1 action without
 * owner" while the click says "Nothing is missing".
 */
import type { CodeLens } from 'vscode-languageserver';
import { isEmptySection } from '../core/content';
import { firstSections } from '../core/document';
import type { Analysis, Session } from '../core/session';
import type { Finding } from '../core/analyze';
import type { Lang } from '../core/catalog/schema';
import { UI, clip } from '../core/l10n';
import { Positions, type PositionEncoding } from './convert';
import { SHOW_MISSING_COMMAND, type DocumentStatus, type DocumentStatusRequest } from './protocol';

/** Findings the lens counts under their own heading; every other error or warning is a "problem to fix". */
const COUNTED = new Set(['missing-section', 'action-missing-owner', 'action-missing-due', 'unfilled-placeholder']);
/** At most this many problems are spelled out in the click's message. */
const LISTED_PROBLEMS = 5;

/** An action's line as the user wrote it, without the list marker and checkbox. */
function actionText(analysis: Analysis, f: Finding): string {
  return clip(
    analysis.doc.lines.lineText(f.range.start.line).replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, ''),
    40,
  );
}

export function documentStatus(analysis: Analysis, session: Session): DocumentStatus {
  const { doc } = analysis;
  const lang = session.locale;
  const required = doc.type?.sections.filter((s) => !s.optional) ?? [];
  const present = firstSections(doc.sections);
  const placeholders = analysis.findings.filter((f) => f.rule === 'unfilled-placeholder');
  const holdsPlaceholder = (s: (typeof present)[number]) =>
    placeholders.some((f) => f.start >= s.contentStart && f.start < s.contentEnd);
  const presentRequired = present.filter((s) => !s.def.optional);
  // A section that still holds a template's placeholder (its sample action) is not filled in yet.
  const filled = presentRequired.filter((s) => !isEmptySection(s) && !holdsPlaceholder(s));
  const missing = required.filter((d) => !present.some((s) => s.def === d)).map((d) => d.names[lang]);
  const emptyRequired = presentRequired.filter((s) => isEmptySection(s)).map((s) => s.def.names[lang]);
  const toFill = presentRequired.filter((s) => !isEmptySection(s) && holdsPlaceholder(s)).map((s) => s.def.names[lang]);
  const withoutOwner = analysis.findings.filter((f) => f.rule === 'action-missing-owner');
  const withoutDue = analysis.findings.filter((f) => f.rule === 'action-missing-due');
  // An empty required section is already counted by the sections; an empty optional one is a problem like any
  // other, and so is a section that lacks what it needs (a milestone's date).
  const requiredIds = new Set(required.map((d) => d.id));
  const problems = analysis.findings.filter(
    (f) =>
      (f.severity === 'error' || f.severity === 'warning') &&
      !COUNTED.has(f.rule) &&
      !(
        f.rule === 'empty-section' &&
        f.data.need === undefined &&
        f.data.section !== undefined &&
        requiredIds.has(f.data.section)
      ),
  );

  // What a click lists: one line per part of the lens that is not done, so the two always agree.
  const details: string[] = [];
  if (missing.length) details.push(UI.missingList[lang](missing.join(', ')));
  if (emptyRequired.length) details.push(UI.emptyList[lang](emptyRequired.join(', ')));
  if (toFill.length) details.push(UI.toFillList[lang](toFill.join(', ')));
  if (withoutOwner.length)
    details.push(UI.withoutOwnerList[lang](withoutOwner.map((f) => actionText(analysis, f)).join(' | ')));
  if (withoutDue.length)
    details.push(UI.withoutDueList[lang](withoutDue.map((f) => actionText(analysis, f)).join(' | ')));
  if (placeholders.length)
    details.push(
      UI.placeholdersOnLines[lang]([...new Set(placeholders.map((f) => f.range.start.line + 1))].join(', ')),
    );
  for (const f of problems.slice(0, LISTED_PROBLEMS))
    details.push(UI.problemOnLine[lang](f.range.start.line + 1, f.message));
  if (problems.length > LISTED_PROBLEMS) details.push(UI.moreProblems[lang](problems.length - LISTED_PROBLEMS));

  return {
    type: doc.type?.id,
    typeName: doc.type?.names[lang],
    sectionsFilled: filled.length,
    sectionsRequired: required.length,
    missingSections: missing,
    emptySections: present.filter((s) => isEmptySection(s)).map((s) => s.def.names[lang]),
    actionsWithoutOwner: withoutOwner.length,
    actionsWithoutDue: withoutDue.length,
    openActions: analysis.actions.filter((a) => !a.done).length,
    placeholders: placeholders.length,
    problems: problems.length,
    errors: analysis.findings.filter((f) => f.severity === 'error').length,
    warnings: analysis.findings.filter((f) => f.severity === 'warning').length,
    details,
  };
}

/** “Creative brief · 9/11 sections · 2 actions without owner”; a type without required sections shows no count. */
export function statusLine(s: DocumentStatus, lang: Lang): string {
  const parts = [s.typeName ?? ''];
  if (s.sectionsRequired > 0) parts.push(UI.sectionsFilled[lang](s.sectionsFilled, s.sectionsRequired));
  if (s.actionsWithoutOwner) parts.push(UI.actionsWithoutOwner[lang](s.actionsWithoutOwner));
  if (s.actionsWithoutDue) parts.push(UI.actionsWithoutDue[lang](s.actionsWithoutDue));
  if (s.placeholders) parts.push(UI.placeholdersToFill[lang](s.placeholders));
  if (s.problems) parts.push(UI.problemsToFix[lang](s.problems));
  // “complete” exactly when a click would say that nothing is missing.
  if (s.details.length === 0) parts.push(UI.complete[lang]());
  return parts.filter(Boolean).join(' · ');
}

/** `agencyDocs/documentStatus`: the status bar's line for an open agency document. */
export function statusOf(analysis: Analysis | undefined, session: Session): DocumentStatusRequest.Result {
  if (!analysis?.doc.type) return null;
  const s = documentStatus(analysis, session);
  return { ...s, text: statusLine(s, session.locale) };
}

export function codeLenses(analysis: Analysis, session: Session, encoding: PositionEncoding, uri: string): CodeLens[] {
  const { doc } = analysis;
  if (!doc.type) return [];
  const positions = new Positions(doc.lines, encoding);
  const at = doc.title ? positions.offsets(doc.title.start, doc.title.end) : positions.offsets(0, 0);
  const status = documentStatus(analysis, session);
  // The command gets the document, not a copy of the list: a click after an edit lists what is missing then.
  return [
    {
      range: at,
      command: { title: statusLine(status, session.locale), command: SHOW_MISSING_COMMAND, arguments: [uri] },
    },
  ];
}
