/** `unfilled-placeholder`: a placeholder our templates and fixes wrote is still there (server/core/placeholders.ts). */
import { fieldById } from '../catalog';
import { findPlaceholders } from '../placeholders';
import type { Rule } from './types';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  scope: 'document',
  check(ctx) {
    const found = findPlaceholders(ctx.doc);
    // A template's sample action is one finding, not three (its words, `@负责人` and `YYYY-MM-DD`).
    const sampleLines = new Set(found.filter((p) => p.kind === 'action').map((p) => ctx.doc.lines.positionAt(p.start).line));
    for (const p of found) {
      if (p.kind !== 'action' && sampleLines.has(ctx.doc.lines.positionAt(p.start).line)) continue;
      // The key as the document writes it (`presupuesto`), the field's id for fixes and tools.
      const id = p.field?.id && fieldById(p.field.id) ? p.field.id : p.field?.key;
      ctx.report('unfilled-placeholder', p.start, p.end, { text: p.text, kind: p.kind, field: p.field?.key }, id ? { field: id } : {});
    }
  },
};
