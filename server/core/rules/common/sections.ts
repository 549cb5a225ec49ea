/** Sections rules look inside. */
import { DOCUMENT_TYPES, type DocumentTypeDef, type SectionKind, type TypeId } from '../../catalog';
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
