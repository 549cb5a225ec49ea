/**
 * The safe fixes applied together (fix-all on save, `check --fix`): every
 * missing section and every missing front-matter field, inserted in one set
 * of non-overlapping edits. Nothing the user wrote is changed.
 */
import { missingSections, type AgencyDocument } from './document';
import type { Finding } from './rules/rule';
import { emptyValueInsertion, fieldInsertions, sectionInsertions, type TextEdit } from './edits';

export function fixAllEdits(doc: AgencyDocument, findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const fieldIds: string[] = [];
  for (const f of findings) {
    if (f.rule !== 'missing-field' || !f.data.field || f.data.placeholderValue) continue;
    if (f.data.emptyValue) {
      const edit = emptyValueInsertion(doc, f.data.field);
      if (edit) edits.push(edit);
    } else if (!fieldIds.includes(f.data.field)) fieldIds.push(f.data.field);
  }
  if (fieldIds.length) edits.push(...fieldInsertions(doc, fieldIds));
  if (doc.type && findings.some((f) => f.rule === 'missing-section')) {
    const reported = new Set(findings.filter((f) => f.rule === 'missing-section').map((f) => f.data.section));
    const defs = missingSections(doc).filter((d) => reported.has(d.id));
    edits.push(...sectionInsertions(doc, doc.type, defs, doc.lang));
  }
  return mergeInsertions(edits);
}

/** Joins insertions at the same offset (front matter first) so their order is certain. */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const byStart = new Map<number, TextEdit>();
  for (const e of edits) {
    const prev = byStart.get(e.start);
    byStart.set(e.start, prev ? { start: e.start, end: e.end, newText: prev.newText + e.newText } : e);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
