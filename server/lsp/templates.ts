/** The "New agency document…" requests: the catalog's types (`agencyDocs/types`) and a type's template (`agencyDocs/template`). */
import { DOCUMENT_TYPES } from '../core/catalog';
import { LANGS, type Lang } from '../core/catalog/schema';
import { typeByName } from '../core/document';
import type { Session } from '../core/session';
import { renderTemplate } from '../core/templates';
import type { DocumentTypesRequest, TemplateRequest } from './protocol';

export function documentTypes(session: Session): DocumentTypesRequest.Result {
  return DOCUMENT_TYPES.map((t) => ({ id: t.id, names: t.names, summary: t.summary[session.locale] }));
}

export function template(params: TemplateRequest.Params | undefined, session: Session): TemplateRequest.Result {
  const type = typeByName(params?.type ?? '');
  if (!type) return null;
  const lang = (LANGS as readonly string[]).includes(params?.lang ?? '') ? (params!.lang as Lang) : session.locale;
  return renderTemplate(type, lang, { today: session.options().today });
}
