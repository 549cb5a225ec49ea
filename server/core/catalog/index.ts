/** The catalog: document types, fields and sign-off roles, with lookups by id. */
import type { DocumentTypeDef, FieldDef, RoleDef } from './schema';
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
