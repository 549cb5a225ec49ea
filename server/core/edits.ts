/**
 * Edit builders shared by the rules' fixes, fix-all and `check --fix`: pure
 * functions from the document model to text edits. They insert; nothing
 * here rewrites what the user wrote. No rule is imported here: each rule's
 * fix (server/core/rules/<rule-id>.ts) calls these builders.
 */
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { fieldById, fieldKey, keyLanguage } from './catalog';
import { firstSections, type AgencyDocument } from './document';
import { DATE_PLACEHOLDER } from './placeholders';

/** A text edit: replace `start..end` with `newText` (an insertion when start === end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The line that introduces a new section: heading, then the prompt as a comment (so the section still reads as empty). */
export function sectionSkeleton(def: SectionDef, lang: Lang, depth: number, eol: string): string {
  return `${'#'.repeat(depth)} ${def.names[lang]}${eol}${eol}<!-- ${def.prompt[lang]} -->${eol}${eol}`;
}

/** Edits inserting `defs` (missing sections of the document's type) at their canonical places. */
export function sectionInsertions(
  doc: AgencyDocument,
  type: DocumentTypeDef,
  defs: readonly SectionDef[],
  lang: Lang,
): TextEdit[] {
  const eol = doc.lines.eol;
  const order = new Map(type.sections.map((d, i) => [d, i]));
  const present = firstSections(doc.sections);
  const defaultDepth = present.length ? Math.min(...present.map((s) => s.heading.depth)) : 2;
  const groups = new Map<number, { depth: number; defs: SectionDef[] }>();
  for (const def of [...defs].sort((a, b) => order.get(a)! - order.get(b)!)) {
    const i = order.get(def)!;
    const before = present
      .filter((s) => order.get(s.def)! < i)
      .sort((a, b) => order.get(b.def)! - order.get(a.def)!)[0];
    const after = present.filter((s) => order.get(s.def)! > i).sort((a, b) => a.heading.start - b.heading.start)[0];
    let at: number, depth: number;
    if (before) {
      at = before.contentEnd;
      depth = before.heading.depth;
    } else if (after) {
      at = after.heading.start;
      depth = after.heading.depth;
    } else {
      at = doc.text.length;
      depth = defaultDepth;
    }
    const g = groups.get(at) ?? { depth, defs: [] };
    g.defs.push(def);
    groups.set(at, g);
  }
  const edits: TextEdit[] = [];
  for (const [at, g] of groups) {
    let prefix = '';
    const head = doc.text.slice(Math.max(0, at - 2), at);
    if (at > 0) {
      if (!/[\r\n]$/.test(head)) prefix = eol + eol;
      else if (!/(?:\r\n|\r(?!\n)|\n){2}$/.test(doc.text.slice(Math.max(0, at - 4), at)) && at > 1) prefix = eol;
    }
    // At the very end, an unclosed fence or HTML block would swallow the new headings: close it first.
    const closer = at === doc.text.length ? closerAtEnd(doc) : '';
    if (closer) prefix = (/[\r\n]$/.test(doc.text) || doc.text === '' ? '' : eol) + closer + eol + eol;
    let text = prefix + g.defs.map((d) => sectionSkeleton(d, lang, g.depth, eol)).join('');
    if (at === doc.text.length) text = text.replace(/(\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)$/, '$1');
    edits.push({ start: at, end: at, newText: text });
  }
  return edits.sort((a, b) => a.start - b.start);
}

const HTML_CLOSERS: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<script/i, '</script>'],
  [/^ {0,3}<pre/i, '</pre>'],
  [/^ {0,3}<style/i, '</style>'],
  [/^ {0,3}<textarea/i, '</textarea>'],
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
    const closed =
      lines.length > 1 &&
      new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}\\s*$`).test(lines[lines.length - 1]);
    return closed ? '' : open[1];
  }
  if (last.node.type === 'html') {
    const closer = HTML_CLOSERS.find(([re]) => re.test(raw));
    if (closer && !raw.slice(4).includes(closer[1])) return closer[1];
  }
  return '';
}

/**
 * A value to insert for a new field of a written document: the year its title names (`# Account plan 2027`),
 * otherwise a visible hint to replace. Its dates are not guessed from today: a meeting was not held today, and minutes
 * fixed days later would read as sent today (minutes-late); a plan's year is often next year's. (A new document from
 * a template does take today: it is being written now.)
 */
export function fieldPlaceholder(id: string, lang: Lang, title?: string): string {
  const kind = fieldById(id)?.kind ?? 'text';
  if (id === 'status') return 'open';
  if (id === 'year') {
    const years = new Set(title?.match(/(?<![\d./-])(?:19|20|21)\d\d(?![\d./-])/g) ?? []);
    if (years.size === 1) return [...years][0];
  }
  if (id === 'lang') return lang;
  if (kind === 'date' || kind === 'datetime') return DATE_PLACEHOLDER;
  const hint = fieldKey(id, lang);
  return kind === 'list' ? `[<${hint}>]` : `<${hint}>`;
}

/**
 * How the document writes its front-matter keys: their language (most keys
 * of known fields, `type` aside; else the document's language) and whether
 * they start with a capital (`Client:`). A Spanish brief keyed `cliente:`
 * gets `presupuesto:`, a Chinese one keyed `客户:` gets `预算:`.
 */
export function keyStyle(doc: AgencyDocument): { lang: Lang; capital: boolean } {
  const votes: Record<Lang, number> = { en: 0, zh: 0, es: 0 };
  const latin: string[] = [];
  for (const f of doc.frontMatter?.fields ?? []) {
    if (!f.id || f.id === 'type' || f.id === 'lang') continue;
    const l = keyLanguage(f.id, f.key);
    if (l) votes[l]++;
    if (/^\p{Script=Latin}/u.test(f.key)) latin.push(f.key);
  }
  const best = Math.max(votes.en, votes.zh, votes.es);
  const top = (Object.keys(votes) as Lang[]).filter((l) => votes[l] === best);
  const lang = best === 0 || top.includes(doc.lang) ? doc.lang : top[0];
  return { lang, capital: latin.length > 0 && latin.every((k) => /^\p{Lu}/u.test(k)) };
}

/** The key a fix writes for a field in this document (its language and key style): `presupuesto`, `预算`, `Budget`. */
export function keyToWrite(doc: AgencyDocument, id: string): string {
  return keyFor(id, keyStyle(doc));
}

/** The key to write for a field in the document's style. */
function keyFor(id: string, style: { lang: Lang; capital: boolean }): string {
  const key = fieldKey(id, style.lang);
  return style.capital ? key.charAt(0).toUpperCase() + key.slice(1) : key;
}

/** Where text may go at the top: after a byte-order mark, which must stay first. */
function bodyStart(doc: AgencyDocument): number {
  return doc.text.startsWith('\uFEFF') ? 1 : 0;
}

/** Edits adding fields (ids) to the front matter, creating the block when there is none. */
export function fieldInsertions(doc: AgencyDocument, ids: readonly string[]): TextEdit[] {
  const eol = doc.lines.eol;
  const style = keyStyle(doc);
  const title = doc.title?.text;
  const lines = ids.map((id) => `${keyFor(id, style)}: ${fieldPlaceholder(id, style.lang, title)}`);
  const fm = doc.frontMatter;
  const start = bodyStart(doc);
  if (!fm) return [{ start, end: start, newText: `---${eol}${lines.join(eol)}${eol}---${eol}` }];
  if (fm.contentEnd === fm.contentStart)
    return [{ start: fm.contentStart, end: fm.contentStart, newText: lines.join(eol) + eol }];
  return [{ start: fm.contentEnd, end: fm.contentEnd, newText: eol + lines.join(eol) }];
}

/** Fills a key that is there without a value (`client:`): the placeholder goes after the colon. */
export function emptyValueInsertion(doc: AgencyDocument, id: string): TextEdit | undefined {
  const entry = doc.frontMatter?.field(id);
  if (!entry) return undefined;
  const colon = doc.text.indexOf(':', entry.keyEnd);
  const lineEnd = doc.lines.lineEnd(doc.lines.positionAt(entry.keyStart).line);
  if (colon < 0 || colon > lineEnd) return undefined;
  // After the colon, past any spaces already typed.
  let at = colon + 1;
  while (at < lineEnd && /[ \t]/.test(doc.text[at])) at++;
  const sep = at === colon + 1 ? ' ' : '';
  return { start: at, end: at, newText: sep + fieldPlaceholder(id, keyStyle(doc).lang, doc.title?.text) };
}

/** What a disable comment needs of a finding: its rule, where it starts, and its line. */
export interface DisableTarget {
  readonly rule: string;
  readonly start: number;
  readonly line: number;
}

/**
 * A trailing "disable for this line" comment (`<!-- agency-docs-disable-line … -->`
 * in Markdown, `# agency-docs-disable-line …` in front matter). None where a
 * comment would change the text's meaning (code, fences, the `---` line).
 */
export function disableLineEdit(doc: AgencyDocument, target: DisableTarget): TextEdit | undefined {
  const { line, rule } = target;
  const lineText = doc.lines.lineText(line);
  const end = doc.lines.lineEnd(line);
  const fm = doc.frontMatter;
  if (fm && target.start >= fm.start && target.start < fm.end) {
    if (fm.error || /^---\s*$/.test(lineText) || target.start < fm.contentStart) return undefined;
    if (lineText.includes('agency-docs-disable-line')) return undefined;
    return { start: end, end, newText: ` # agency-docs-disable-line ${rule}` };
  }
  if (insideCode(doc, target.start)) return undefined;
  const comment = `<!-- agency-docs-disable-line ${rule} -->`;
  // In a table row, before the closing pipe, so the row keeps its cells.
  const row = /\|\s*$/.exec(lineText);
  if (row && /^\s*\|/.test(lineText)) {
    const at = doc.lines.lineStart(line) + row.index;
    return { start: at, end: at, newText: `${comment} ` };
  }
  const trimmedEnd = doc.lines.lineStart(line) + lineText.replace(/\s+$/, '').length;
  return { start: trimmedEnd, end: trimmedEnd, newText: ` ${comment}` };
}

/** Whether an offset is inside a code or HTML block, where text is not prose to rewrite or annotate. */
export function insideCode(doc: AgencyDocument, offset: number): boolean {
  return doc.nodes.some((p) => {
    const s = p.base + (p.node.position?.start.offset ?? 0);
    const e = p.base + (p.node.position?.end.offset ?? 0);
    return offset >= s && offset < e && (p.node.type === 'code' || p.node.type === 'html');
  });
}

/** A "disable for this file" comment at the top of the body, which covers the whole file. */
export function disableFileEdit(doc: AgencyDocument, rule: string): TextEdit {
  const eol = doc.lines.eol;
  const fm = doc.frontMatter && !doc.frontMatter.error?.unclosed ? doc.frontMatter : undefined;
  let at = bodyStart(doc);
  if (fm) {
    at = fm.end;
    // After the closing fence's line break.
    if (doc.text.startsWith('\r\n', at)) at += 2;
    else if (doc.text[at] === '\n' || doc.text[at] === '\r') at += 1;
  }
  const newText =
    at >= doc.text.length && at > 0 && !/[\r\n]$/.test(doc.text)
      ? `${eol}<!-- agency-docs-disable ${rule} -->${eol}`
      : `<!-- agency-docs-disable ${rule} -->${eol}`;
  return { start: at, end: at, newText };
}

/** Applies non-overlapping edits to a text (from the end, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
