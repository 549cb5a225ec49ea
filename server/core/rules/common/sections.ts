/** Sections rules look inside. */
import {
  DOCUMENT_TYPES,
  type DocumentTypeDef,
  type Lang,
  type SectionDef,
  type SectionKind,
  type TypeId,
} from '../../catalog';
import { isEmptySection } from '../../content';
import { firstSections, type AgencyDocument, type Section } from '../../document';

/** The first section of each definition of this kind that has content. */
export function sectionsOfKind(ctx: { readonly doc: AgencyDocument }, kind: string): Section[] {
  return firstSections(ctx.doc.sections).filter((s) => s.def.kind === kind && !isEmptySection(s));
}

/** The ids of the document types that pass a test (for a rule's `appliesTo`). */
export function typesWith(test: (t: DocumentTypeDef) => boolean): TypeId[] {
  return DOCUMENT_TYPES.filter(test).map((t) => t.id);
}

/** The ids of the document types with a section of this kind: a rule that looks inside it checks only those. */
export function typesWithSection(kind: SectionKind): TypeId[] {
  return typesWith((t) => t.sections.some((s) => s.kind === kind));
}

/**
 * A section's name for a message, as the document writes it, and the reader's name for it (the user's locale) when
 * the document is in another language (qNamed shows both): a Spanish brief read in an English editor says
 * “Medios” (Media). A section that is there is named by its heading as written (`## 3. Calidad de producción:` →
 * “Calidad de producción”), so that the reader finds it; one to add by the name the fix writes.
 */
export function sectionNaming(
  def: SectionDef,
  docLang: Lang,
  locale: Lang,
  heading?: { readonly text: string },
): { section: string; inUi?: string } {
  const written = def.names[docLang];
  const inUi = def.names[locale];
  // The heading as the writer wrote it (`Temas a tratar`), in any language: the words the reader looks for.
  const section = (heading && headingLabel(heading.text)) || written;
  if (inUi === written) return { section };
  // `## Button` in a Chinese brief: the heading already says it in the reader's words.
  return section.toLowerCase() === inUi.toLowerCase() ? { section } : { section, inUi };
}

/** A heading's words for a message: no numbering before them, no colon after them, not too long. */
function headingLabel(text: string): string {
  const words = text
    .replace(/^\s*(?:[(（]?\d{1,3}(?:[.．]\d{1,3})*[.)．、)）]|[一二三四五六七八九十]+[、.．]|[A-Za-z][.)])\s*/u, '')
    .replace(/[\s:：]+$/u, '')
    .trim();
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}
