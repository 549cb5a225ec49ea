/**
 * Quick fixes (SPEC §5) as pure functions from a finding to text edits.
 * They insert; the only replacements are the two the spec asks for
 * (an ambiguous date to ISO, an unknown type to the suggested id), and
 * those are never applied without the user choosing them.
 */
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { fieldById } from './catalog';
import type { AgencyDocument } from './document';
import { firstSections } from './rules/structure';
import { FIX_TITLES } from './rules/messages';
import type { Finding, Fix, FixContext, TextEdit } from './rules/types';
import { toIsoDate, type CalendarDate } from './dates';

/** The line that introduces a new section: heading, then the prompt as a comment (so the section still reads as empty). */
export function sectionSkeleton(def: SectionDef, lang: Lang, depth: number, eol: string): string {
  return `${'#'.repeat(depth)} ${def.names[lang]}${eol}${eol}<!-- ${def.prompt[lang]} -->${eol}${eol}`;
}

/** Edits inserting `defs` (missing sections of the document's type) at their canonical places. */
export function sectionInsertions(doc: AgencyDocument, type: DocumentTypeDef, defs: readonly SectionDef[], lang: Lang): TextEdit[] {
  const eol = doc.lines.eol;
  const order = new Map(type.sections.map((d, i) => [d, i]));
  const present = firstSections(doc.sections);
  const defaultDepth = present.length ? Math.min(...present.map((s) => s.heading.depth)) : 2;
  const groups = new Map<number, { depth: number; defs: SectionDef[] }>();
  for (const def of [...defs].sort((a, b) => order.get(a)! - order.get(b)!)) {
    const i = order.get(def)!;
    const before = present.filter((s) => order.get(s.def)! < i).sort((a, b) => order.get(b.def)! - order.get(a.def)!)[0];
    const after = present.filter((s) => order.get(s.def)! > i).sort((a, b) => a.heading.start - b.heading.start)[0];
    let at: number, depth: number;
    if (before) { at = before.contentEnd; depth = before.heading.depth; }
    else if (after) { at = after.heading.start; depth = after.heading.depth; }
    else { at = doc.text.length; depth = defaultDepth; }
    const g = groups.get(at) ?? { depth, defs: [] };
    g.defs.push(def);
    groups.set(at, g);
  }
  const edits: TextEdit[] = [];
  for (const [at, g] of groups) {
    let prefix = '';
    const head = doc.text.slice(Math.max(0, at - 2), at);
    if (at > 0) {
      if (!/\n$/.test(head)) prefix = eol + eol;
      else if (!/\n\r?\n$/.test(doc.text.slice(Math.max(0, at - 3), at)) && at > 1) prefix = eol;
    }
    // At the very end, an unclosed fence or HTML block would swallow the new headings: close it first.
    const closer = at === doc.text.length ? closerAtEnd(doc) : '';
    if (closer) prefix = (/\n$/.test(doc.text) || doc.text === '' ? '' : eol) + closer + eol + eol;
    let text = prefix + g.defs.map((d) => sectionSkeleton(d, lang, g.depth, eol)).join('');
    if (at === doc.text.length) text = text.replace(/(\r?\n)\r?\n$/, '$1');
    edits.push({ start: at, end: at, newText: text });
  }
  return edits.sort((a, b) => a.start - b.start);
}

const HTML_CLOSERS: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'], [/^ {0,3}<\?/, '?>'], [/^ {0,3}<!\[CDATA\[/, ']]>'], [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<script/i, '</script>'], [/^ {0,3}<pre/i, '</pre>'], [/^ {0,3}<style/i, '</style>'], [/^ {0,3}<textarea/i, '</textarea>'],
];

/**
 * The line that ends a top-level fenced code or HTML block left open at the
 * end of the document ('' when none). Nested ones end at any unindented line.
 */
export function closerAtEnd(doc: AgencyDocument): string {
  const last = doc.nodes[doc.nodes.length - 1];
  if (!last) return '';
  const start = last.base + (last.node.position?.start.offset ?? 0);
  const end = last.base + (last.node.position?.end.offset ?? 0);
  if (doc.text.slice(end).trim() !== '') return '';
  const raw = doc.text.slice(start, end);
  if (last.node.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (!open) return '';
    const lines = raw.split(/\r?\n/);
    const closed = lines.length > 1 && new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}\\s*$`).test(lines[lines.length - 1]);
    return closed ? '' : open[1];
  }
  if (last.node.type === 'html') {
    const closer = HTML_CLOSERS.find(([re]) => re.test(raw));
    if (closer && !raw.slice(4).includes(closer[1])) return closer[1];
  }
  return '';
}

/** The document's missing required sections. */
export function missingSections(doc: AgencyDocument): SectionDef[] {
  if (!doc.type) return [];
  const present = new Set(doc.sections.map((s) => s.def));
  return doc.type.sections.filter((d) => !d.optional && !present.has(d));
}

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

/** A value to insert for a new field: today for the document's own dates, otherwise a visible hint to replace. */
export function fieldPlaceholder(id: string, lang: Lang, today: CalendarDate): string {
  const kind = fieldById(id)?.kind ?? 'text';
  if (['date', 'issued', 'opened', 'updated'].includes(id)) return toIsoDate(today);
  if (id === 'status') return 'open';
  if (id === 'year') return String(today.year);
  if (id === 'lang') return lang;
  if (kind === 'date' || kind === 'datetime') return 'YYYY-MM-DD';
  if (kind === 'week') return `${today.year}-W${String(isoWeek(today)).padStart(2, '0')}`;
  return kind === 'list' ? `[<${id}>]` : `<${id}>`;
}

function isoWeek(d: CalendarDate): number {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** Where text may go at the top: after a byte-order mark, which must stay first. */
function bodyStart(doc: AgencyDocument): number {
  return doc.text.startsWith('\uFEFF') ? 1 : 0;
}

/** Edits adding fields (ids) to the front matter, creating the block when there is none. */
export function fieldInsertions(doc: AgencyDocument, ids: readonly string[], ctx: FixContext): TextEdit[] {
  const eol = doc.lines.eol;
  const lines = ids.map((id) => `${id}: ${fieldPlaceholder(id, doc.lang, ctx.options.today)}`);
  const fm = doc.frontMatter;
  const start = bodyStart(doc);
  if (!fm) return [{ start, end: start, newText: `---${eol}${lines.join(eol)}${eol}---${eol}` }];
  if (fm.contentEnd === fm.contentStart) return [{ start: fm.contentStart, end: fm.contentStart, newText: lines.join(eol) + eol }];
  return [{ start: fm.contentEnd, end: fm.contentEnd, newText: eol + lines.join(eol) }];
}

/** Fills a key that is there without a value (`client:`): the placeholder goes after the colon. */
export function emptyValueInsertion(doc: AgencyDocument, id: string, ctx: FixContext): TextEdit | undefined {
  const entry = doc.frontMatter?.field(id);
  if (!entry) return undefined;
  const colon = doc.text.indexOf(':', entry.keyEnd);
  const lineEnd = doc.lines.lineEnd(doc.lines.positionAt(entry.keyStart).line);
  if (colon < 0 || colon > lineEnd) return undefined;
  // After the colon, past any spaces already typed.
  let at = colon + 1;
  while (at < lineEnd && /[ \t]/.test(doc.text[at])) at++;
  const sep = at === colon + 1 ? ' ' : '';
  return { start: at, end: at, newText: sep + fieldPlaceholder(id, doc.lang, ctx.options.today) };
}

export function addFieldFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.field;
  if (!id || finding.data.placeholderValue) return [];
  const title = FIX_TITLES.addField[ctx.options.locale](id);
  if (finding.data.emptyValue) {
    const edit = emptyValueInsertion(ctx.doc, id, ctx);
    return edit ? [{ title, edits: [edit], isPreferred: true, safe: true }] : [];
  }
  return [{ title, edits: fieldInsertions(ctx.doc, [id], ctx), isPreferred: true, safe: true }];
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
  const r = finding.data.readings;
  // Two readings: both offered, neither preferred (the user chooses; never applied by fix-all).
  if (!iso && r) {
    return [
      { title: FIX_TITLES.dateDayFirst[ctx.options.locale](r.dayFirst), edits: [{ start: finding.start, end: finding.end, newText: r.dayFirst }] },
      { title: FIX_TITLES.dateMonthFirst[ctx.options.locale](r.monthFirst), edits: [{ start: finding.start, end: finding.end, newText: r.monthFirst }] },
    ];
  }
  if (!iso) return [];
  return [{ title: FIX_TITLES.dateToIso[ctx.options.locale](iso), edits: [{ start: finding.start, end: finding.end, newText: iso }], isPreferred: true }];
}

export function replaceTypeFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.suggestion;
  if (!id) return [];
  return [{ title: FIX_TITLES.replaceType[ctx.options.locale](id), edits: [{ start: finding.start, end: finding.end, newText: id }], isPreferred: true }];
}

/**
 * "Disable for this line": a trailing comment (`<!-- agency-docs-disable-line … -->`
 * in Markdown, `# agency-docs-disable-line …` in front matter). Not offered
 * where a comment would change the text's meaning (code, fences, the `---` line).
 */
export function disableLineFix(finding: Finding, ctx: FixContext): Fix | undefined {
  const { doc } = ctx;
  const line = finding.range.start.line;
  const lineText = doc.lines.lineText(line);
  const end = doc.lines.lineEnd(line);
  const title = FIX_TITLES.disableLine[ctx.options.locale](finding.rule);
  const fm = doc.frontMatter;
  if (fm && finding.start >= fm.start && finding.start < fm.end) {
    if (fm.error || /^---\s*$/.test(lineText) || finding.start < fm.contentStart) return undefined;
    if (lineText.includes('agency-docs-disable-line')) return undefined;
    return { title, edits: [{ start: end, end, newText: ` # agency-docs-disable-line ${finding.rule}` }] };
  }
  if (insideCode(doc, finding.start)) return undefined;
  const comment = `<!-- agency-docs-disable-line ${finding.rule} -->`;
  // In a table row, before the closing pipe, so the row keeps its cells.
  const row = /\|\s*$/.exec(lineText);
  if (row && /^\s*\|/.test(lineText)) {
    const at = doc.lines.lineStarts[line] + row.index;
    return { title, edits: [{ start: at, end: at, newText: `${comment} ` }] };
  }
  const trimmedEnd = doc.lines.lineStarts[line] + lineText.replace(/\s+$/, '').length;
  return { title, edits: [{ start: trimmedEnd, end: trimmedEnd, newText: ` ${comment}` }] };
}

function insideCode(doc: AgencyDocument, offset: number): boolean {
  return doc.nodes.some((p) => {
    const s = p.base + (p.node.position?.start.offset ?? 0);
    const e = p.base + (p.node.position?.end.offset ?? 0);
    return offset >= s && offset < e && (p.node.type === 'code' || p.node.type === 'html');
  });
}

/** "Disable for this file": a `disable` comment at the top of the body, which covers the whole file. */
export function disableFileFix(finding: Finding, ctx: FixContext): Fix {
  const { doc } = ctx;
  const eol = doc.lines.eol;
  const fm = doc.frontMatter && !doc.frontMatter.error?.unclosed ? doc.frontMatter : undefined;
  let at = bodyStart(doc);
  if (fm) {
    at = fm.end;
    // After the closing fence's line break.
    if (doc.text.startsWith('\r\n', at)) at += 2;
    else if (doc.text[at] === '\n') at += 1;
  }
  const newText = at >= doc.text.length && at > 0 && !/\n$/.test(doc.text)
    ? `${eol}<!-- agency-docs-disable ${finding.rule} -->${eol}`
    : `<!-- agency-docs-disable ${finding.rule} -->${eol}`;
  return { title: FIX_TITLES.disableFile[ctx.options.locale](finding.rule), edits: [{ start: at, end: at, newText }] };
}

/** Applies non-overlapping edits to a text (from the end, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
