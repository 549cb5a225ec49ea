/**
 * Quick fixes (SPEC §5) as pure functions from a finding to text edits.
 * They insert; the only replacements are the two the spec asks for
 * (an ambiguous date to ISO, an unknown type to the suggested id), and
 * those are never applied without the user choosing them.
 */
import type { Lang } from './catalog/schema';
import { missingSections } from './document';
import { FIX_TITLES } from './rules/messages';
import type { Finding, Fix, FixContext } from './rules/types';
import { disableFileEdit, disableLineEdit, emptyValueInsertion, fieldInsertions, sectionInsertions } from './edits';

export function addSectionFixes(finding: Finding, ctx: FixContext): Fix[] {
  const { doc } = ctx;
  const type = doc.type;
  const def = type?.sections.find((s) => s.id === finding.data.section);
  if (!type || !def) return [];
  const fixes: Fix[] = [{
    title: FIX_TITLES.addSection[ctx.options.locale](def.names[doc.lang]),
    edits: sectionInsertions(doc, type, [def], doc.lang), isPreferred: true, safe: true,
  }];
  const all = missingSections(doc);
  if (all.length > 1) {
    fixes.push({ title: FIX_TITLES.addAllSections[ctx.options.locale](all.length), edits: sectionInsertions(doc, type, all, doc.lang), safe: true });
  }
  return fixes;
}

export function addFieldFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.field;
  if (!id || finding.data.placeholderValue) return [];
  const title = FIX_TITLES.addField[ctx.options.locale](id);
  if (finding.data.emptyValue) {
    const edit = emptyValueInsertion(ctx.doc, id, ctx.options.today);
    return edit ? [{ title, edits: [edit], isPreferred: true, safe: true }] : [];
  }
  return [{ title, edits: fieldInsertions(ctx.doc, [id], ctx.options.today), isPreferred: true, safe: true }];
}

const OWNER_PLACEHOLDER: Record<Lang, string> = { en: '@owner', zh: '@负责人', es: '@responsable' };
const DUE_PLACEHOLDER: Record<Lang, string> = { en: 'due: YYYY-MM-DD', zh: '截止：YYYY-MM-DD', es: 'fecha límite: YYYY-MM-DD' };

export function addOwnerFix(finding: Finding, ctx: FixContext): Fix[] {
  const at = finding.data.insertAt;
  if (at === undefined) return [];
  return [{ title: FIX_TITLES.addOwner[ctx.options.locale](), edits: [{ start: at, end: at, newText: ' ' + OWNER_PLACEHOLDER[ctx.doc.lang] }], isPreferred: true }];
}

export function addDueFix(finding: Finding, ctx: FixContext): Fix[] {
  const at = finding.data.insertAt;
  if (at === undefined) return [];
  const text = finding.data.intoEmptyCell ? ' YYYY-MM-DD' : ' ' + DUE_PLACEHOLDER[ctx.doc.lang];
  return [{ title: FIX_TITLES.addDue[ctx.options.locale](), edits: [{ start: at, end: at, newText: text }], isPreferred: true }];
}

export function dateToIsoFix(finding: Finding, ctx: FixContext): Fix[] {
  const iso = finding.data.iso;
  if (!iso) return [];
  return [{ title: FIX_TITLES.dateToIso[ctx.options.locale](iso), edits: [{ start: finding.start, end: finding.end, newText: iso }], isPreferred: true }];
}

export function replaceTypeFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.suggestion;
  if (!id) return [];
  return [{ title: FIX_TITLES.replaceType[ctx.options.locale](id), edits: [{ start: finding.start, end: finding.end, newText: id }], isPreferred: true }];
}

/** "Disable for this line": a trailing comment, where one does not change the text's meaning. */
export function disableLineFix(finding: Finding, ctx: FixContext): Fix | undefined {
  const edit = disableLineEdit(ctx.doc, { rule: finding.rule, start: finding.start, line: finding.range.start.line });
  return edit && { title: FIX_TITLES.disableLine[ctx.options.locale](finding.rule), edits: [edit] };
}

/** "Disable for this file": a `disable` comment at the top of the body. */
export function disableFileFix(finding: Finding, ctx: FixContext): Fix {
  return { title: FIX_TITLES.disableFile[ctx.options.locale](finding.rule), edits: [disableFileEdit(ctx.doc, finding.rule)] };
}
