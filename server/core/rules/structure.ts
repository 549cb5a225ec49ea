/** Rules on the shape of a document: fields, sections, their order. */
import { fieldById } from '../catalog';
import type { SectionDef } from '../catalog/schema';
import { isEmptySection, listItems } from '../content';
import type { Section } from '../document';
import type { Rule, RuleContext } from './types';
import { addFieldFix, addSectionFixes } from '../fixes';

/** The first section found for each definition, in document order. */
export function firstSections(sections: readonly Section[]): Section[] {
  const seen = new Set<SectionDef>();
  return sections.filter((s) => (seen.has(s.def) ? false : (seen.add(s.def), true)));
}

/** Where document-level findings go: the title heading, else the first line. */
export function titleSpan(ctx: Pick<RuleContext, 'doc'>): [number, number] {
  const t = ctx.doc.title;
  if (t) return [t.start, t.end];
  const fm = ctx.doc.frontMatter;
  if (fm && !fm.error?.unclosed) {
    // First line after the front matter that has text, else the opening fence.
    const line = ctx.doc.lines.positionAt(fm.end).line + 1;
    for (let l = line; l < ctx.doc.lines.lineCount; l++) {
      if (ctx.doc.lines.lineText(l).trim() !== '') return [ctx.doc.lines.lineStarts[l], ctx.doc.lines.lineEnd(l)];
    }
  }
  return [0, ctx.doc.lines.lineEnd(0)];
}

export const missingField: Rule = {
  id: 'missing-field',
  scope: 'document',
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (fm?.error) return; // only frontmatter-syntax for a block that cannot be read
    for (const req of ctx.type.fields) {
      if (req.optional) continue;
      const name = fieldName(req.id, ctx.options.locale);
      const typeName = ctx.type.names[ctx.options.locale];
      const entry = fm?.field(req.id);
      // Minutes and agendas written with `date:` alone give the meeting's date there.
      if (!entry && req.id === 'meeting' && ctx.facts.fieldDate('meeting')) continue;
      if (!entry) {
        const [s, e] = fm ? [fm.start, fm.start + 3] : [0, ctx.doc.lines.lineEnd(0)];
        ctx.report('missing-field', s, e, { field: name, type: typeName }, { field: req.id });
      } else if (entry.missing) {
        const emptyValue = entry.text === '' && !entry.items;
        ctx.report('missing-field', entry.keyStart, Math.max(entry.valueEnd, entry.keyEnd), { field: name, type: typeName, placeholder: true },
          { field: req.id, emptyValue, placeholderValue: !emptyValue });
      }
    }
  },
  fix: addFieldFix,
};

function fieldName(id: string, lang: 'en' | 'zh' | 'es'): string {
  const f = fieldById(id);
  if (!f) return id;
  if (lang === 'en') return id;
  const alias = f.aliases.find((a) => (lang === 'zh' ? /\p{Script=Han}/u.test(a) : /[a-zñáéíóú]/i.test(a) && !/^[\x00-\x7f]*$/.test(a)));
  return alias ?? f.aliases.find((a) => lang === 'es' && /^[a-z\s]+$/i.test(a) && a !== id) ?? id;
}

export const missingSection: Rule = {
  id: 'missing-section',
  scope: 'document',
  check(ctx) {
    const present = new Set(ctx.doc.sections.map((s) => s.def));
    const [s, e] = titleSpan(ctx);
    for (const def of ctx.type.sections) {
      if (def.optional || present.has(def)) continue;
      ctx.report('missing-section', s, e, { section: def.names[ctx.options.locale], type: ctx.type.names[ctx.options.locale] }, { section: def.id });
    }
  },
  fix: addSectionFixes,
};

export const emptySection: Rule = {
  id: 'empty-section',
  scope: 'document',
  check(ctx) {
    for (const s of ctx.doc.sections) {
      const empty = isEmptySection(s);
      const noTopics = !empty && s.def.kind === 'topics' && listItems(s).length === 0;
      if (empty || noTopics) {
        ctx.report('empty-section', s.heading.start, s.heading.end, { section: s.def.names[ctx.options.locale], what: noTopics ? 'topics' : undefined }, { section: s.def.id });
      }
    }
  },
};

export const duplicateSection: Rule = {
  id: 'duplicate-section',
  scope: 'document',
  check(ctx) {
    const first = new Map<SectionDef, Section>();
    for (const s of ctx.doc.sections) {
      const f = first.get(s.def);
      if (!f) { first.set(s.def, s); continue; }
      ctx.report('duplicate-section', s.heading.start, s.heading.end,
        { section: s.def.names[ctx.options.locale], firstLine: ctx.doc.lines.positionAt(f.heading.start).line + 1 }, { section: s.def.id });
    }
  },
};

export const sectionOrder: Rule = {
  id: 'section-order',
  scope: 'document',
  check(ctx) {
    const order = new Map(ctx.type.sections.map((d, i) => [d, i]));
    const seen: Section[] = [];
    for (const s of firstSections(ctx.doc.sections)) {
      const i = order.get(s.def)!;
      const later = seen.find((p) => order.get(p.def)! > i);
      if (later) {
        ctx.report('section-order', s.heading.start, s.heading.end,
          { section: s.def.names[ctx.options.locale], shouldPrecede: later.def.names[ctx.options.locale] }, { section: s.def.id });
      }
      seen.push(s);
    }
  },
};
