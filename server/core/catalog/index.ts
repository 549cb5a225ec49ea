/** The catalog: document types, fields and sign-off roles, with lookups by id. */
import type { DocumentTypeDef, FieldDef, Lang, RoleDef } from './schema';
import { LANGS } from './schema';
import { FIELDS } from './fields';
import { ROLES } from './roles';
import { DOCUMENT_TYPES } from './documentTypes';

export * from './schema';
export { FIELDS, ROLES, DOCUMENT_TYPES };

const TYPES_BY_ID = new Map<string, DocumentTypeDef>(DOCUMENT_TYPES.map((t) => [t.id, t]));
const FIELDS_BY_ID = new Map<string, FieldDef>(FIELDS.map((f) => [f.id, f]));
const ROLES_BY_ID = new Map<string, RoleDef>(ROLES.map((r) => [r.id, r]));

const key = (id: string): string => id.trim().toLowerCase();

/** The document type with this id (`brief`, `media-brief`…), case-insensitive. */
/** The types whose `date` (in the front matter, or a date label at the top of the body) is their meeting's date. */
export const DATE_IS_MEETING: ReadonlySet<string> = new Set(['minutes', 'agenda']);

export function typeById(id: string): DocumentTypeDef | undefined {
  return TYPES_BY_ID.get(key(id));
}

/** The front-matter field with this canonical id (`job`, `schedule-sent`…), case-insensitive; aliases are not ids. */
export function fieldById(id: string): FieldDef | undefined {
  return FIELDS_BY_ID.get(key(id));
}

/** The sign-off role with this id (`account-director`…), case-insensitive. */
export function roleById(id: string): RoleDef | undefined {
  return ROLES_BY_ID.get(key(id));
}

/** Every key a field accepts besides its id, in all three languages. */
export function fieldAliases(f: FieldDef): string[] {
  return LANGS.flatMap((l) => f.aliases[l] ?? []);
}

/** The language a front-matter key is written in (`cliente` → es, `客户` → zh, `client` → en), for a known field. */
export function keyLanguage(fieldId: string, key: string): Lang | undefined {
  const k = key.trim().toLowerCase();
  if (k === fieldId || k.replace(/[_\s]+/g, '-') === fieldId) return 'en';
  const f = fieldById(fieldId);
  return f && LANGS.find((l) => f.aliases[l]?.some((a) => a.toLowerCase() === k));
}

/**
 * The key a template or fix writes for a field in a language: the id in
 * English, else the field's first alias in that language (`budget` →
 * `预算`, `presupuesto`; `job` → `工作单号`, `número de trabajo`).
 */
export function fieldKey(fieldId: string, lang: Lang): string {
  const f = fieldById(fieldId);
  if (!f || lang === 'en') return fieldId;
  return f.aliases[lang]?.[0] ?? fieldId;
}
