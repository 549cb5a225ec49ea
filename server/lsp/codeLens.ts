/** Completeness at a glance: a lens on the title, and the status the client shows in its status bar. */
import type { CodeLens } from 'vscode-languageserver';
import { isEmptySection } from '../core/content';
import { firstSections } from '../core/document';
import type { Analysis, Session } from '../core/session';
import type { Lang } from '../core/catalog/schema';
import { UI } from '../core/l10n';
import { Positions, type PositionEncoding } from './convert';
import { SHOW_MISSING_COMMAND, type DocumentStatus, type DocumentStatusRequest } from './protocol';

export function documentStatus(analysis: Analysis, session: Session): DocumentStatus {
  const { doc } = analysis;
  const lang = session.locale;
  const required = doc.type?.sections.filter((s) => !s.optional) ?? [];
  const present = firstSections(doc.sections);
  const placeholders = analysis.findings.filter((f) => f.rule === 'unfilled-placeholder');
  // A section that still holds a template's placeholder (its sample action) is not filled in yet.
  const filled = present.filter((s) => !s.def.optional && !isEmptySection(s)
    && !placeholders.some((f) => f.start >= s.contentStart && f.start < s.contentEnd));
  return {
    type: doc.type?.id,
    typeName: doc.type?.names[lang],
    sectionsFilled: filled.length,
    sectionsRequired: required.length,
    missingSections: required.filter((d) => !present.some((s) => s.def === d)).map((d) => d.names[lang]),
    emptySections: present.filter((s) => isEmptySection(s)).map((s) => s.def.names[lang]),
    actionsWithoutOwner: analysis.findings.filter((f) => f.rule === 'action-missing-owner').length,
    actionsWithoutDue: analysis.findings.filter((f) => f.rule === 'action-missing-due').length,
    openActions: analysis.actions.filter((a) => !a.done).length,
    placeholders: placeholders.length,
    errors: analysis.findings.filter((f) => f.severity === 'error').length,
    warnings: analysis.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** “Creative brief · 9/11 sections · 2 actions without owner”. */
export function statusLine(s: DocumentStatus, lang: Lang): string {
  const parts = [s.typeName ?? '', UI.sectionsFilled[lang](s.sectionsFilled, s.sectionsRequired)];
  if (s.actionsWithoutOwner) parts.push(UI.actionsWithoutOwner[lang](s.actionsWithoutOwner));
  if (s.actionsWithoutDue) parts.push(UI.actionsWithoutDue[lang](s.actionsWithoutDue));
  if (s.placeholders) parts.push(UI.placeholdersToFill[lang](s.placeholders));
  if (parts.length === 2 && s.sectionsFilled === s.sectionsRequired && s.errors === 0) parts.push(UI.complete[lang]());
  return parts.filter(Boolean).join(' · ');
}

/** `agencyDocs/documentStatus`: the status bar's line for an open agency document. */
export function statusOf(analysis: Analysis | undefined, session: Session): DocumentStatusRequest.Result {
  if (!analysis || !analysis.doc.type) return null;
  const s = documentStatus(analysis, session);
  return { ...s, text: statusLine(s, session.locale) };
}

export function codeLenses(analysis: Analysis, session: Session, encoding: PositionEncoding): CodeLens[] {
  const { doc } = analysis;
  if (!doc.type) return [];
  const positions = new Positions(doc.lines, encoding);
  const at = doc.title ? positions.offsets(doc.title.start, doc.title.end) : positions.offsets(0, 0);
  const status = documentStatus(analysis, session);
  return [{ range: at, command: { title: statusLine(status, session.locale), command: SHOW_MISSING_COMMAND, arguments: [status.missingSections, status.emptySections] } }];
}
