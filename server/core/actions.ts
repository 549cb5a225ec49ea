/**
 * Action items (docs/rules.md#action-missing-owner): list items or table rows inside an actions
 * section, with owner, due date and done state.
 */
import type { ListItem, Nodes, TableRow } from 'mdast';
import type { AgencyDocument, Section } from './document';
import { columnNames, endIn, findColumn, firstParagraph, itemText, rowCells, spanIn, startIn } from './content';
import { findDates, type CalendarDate, type DateToken } from './dates';
import { allMatches, detached, fold, isPlaceholder } from './text';
import { jobNumberAtStart } from './jobPattern';

/** Where a placeholder can be inserted, and whether it goes into an empty table cell. */
export interface InsertPoint { readonly at: number; readonly intoEmptyCell: boolean }

/** A mention of who does an action. */
export interface Owner { readonly name: string; readonly start: number; readonly end: number }

/** The due date written for an action. */
export interface Due {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly token: DateToken;
  /** The date, when it can be read with certainty. */
  readonly date?: CalendarDate;
}

/** One action item. */
export interface ActionItem {
  readonly section: Section;
  readonly kind: 'list' | 'table';
  /** The action's words (for messages and listings). */
  readonly text: string;
  /** Span reported by findings: the item's first line or the table row. */
  readonly start: number;
  readonly end: number;
  readonly done: boolean;
  readonly owners: readonly Owner[];
  /** The owners' names alone: what the index and the roster check read, with no offsets to move after an edit. */
  readonly ownerNames: readonly string[];
  readonly due?: Due;
  /** True when a due keyword or column is there but holds no date (`due Friday`, `TBD`). */
  readonly dueWithoutDate: boolean;
  /** A job number leading the item or in the job column (status reports). */
  readonly job?: { readonly id: string; readonly start: number; readonly end: number };
  readonly ownerInsert: InsertPoint;
  readonly dueInsert: InsertPoint;
}

export const ACTION_COLUMNS = columnNames('Action', 'Actions', 'Task', 'Tasks', 'Next step', 'Next steps', 'Action item', '行动项', '行动', '事项', '下一步', 'Acción', 'Acciones', 'Tarea', 'Tareas', 'Próximo paso', 'Siguiente paso');
export const OWNER_COLUMNS = columnNames('Owner', 'Who', 'Responsible', '负责人', '负责', 'Responsable', 'Quién');
export const DUE_COLUMNS = columnNames('Due', 'Due date', 'Deadline', 'When', 'By', '截止日期', '截止', '期限', '完成时间', 'Fecha', 'Fecha límite', 'Plazo', 'Cuándo');
export const STATUS_COLUMNS = columnNames('Status', 'State', '状态', 'Estado');
export const JOB_COLUMNS = columnNames('Job', 'Job number', 'Job no', 'Job #', 'Job No.', '工作单号', '编号', '工单', 'OT', 'Número de trabajo', 'Nº', 'N.º');
export const DONE_VALUES = new Set(['done', 'complete', 'completed', '完成', '已完成', 'hecho', 'completado', 'terminado', '✅', '✔', '✓'].map(fold));

/** `@name`, Latin or CJK; not the middle of an e-mail address. */
const MENTION = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.'-]*[\p{L}\p{N}_])?)/gu;
const OWNER_LABEL = /(?<![\p{L}])(?:owner|负责人|responsable)\s*[:：]\s*([^,，;；()（）\n|]+)/giu;
/** Keywords that introduce a due date; the date must follow. */
const DUE_KEYWORD = /(?<![\p{L}])(?:due(?:\s+date)?|deadline|by|before|截止(?:日期|时间)?|期限|完成时间|fecha\s+l[ií]mite|para\s+el|antes\s+del?|plazo)\s*[:：]?\s*/giu;
const JOB_AT_START = /^\s*\[?([A-Z][A-Z0-9]{0,7}-\d{2,4}(?:-\d{1,5})?)\]?/;

/** A default job-number pattern: letters, then digits groups (`NW-2026-014`, `JOB-123`). */
export const DEFAULT_JOB_PATTERN = '[A-Z][A-Z0-9]{0,7}-\\d{2,4}(?:-\\d{1,5})?';

/** Options for reading actions. */
export interface ActionOptions {
  readonly defaultYear: number;
  /** A job-number pattern already validated (see config). */
  readonly jobPattern?: RegExp;
}

export function findOwners(text: string, base: number): Owner[] {
  const owners: Owner[] = [];
  // Each pattern needs its mark: most items have neither, and a plain search is much cheaper than the regex.
  if (text.includes('@')) for (const m of allMatches(MENTION, text)) {
    owners.push({ name: m[1], start: base + m.index!, end: base + m.index! + m[0].length });
  }
  if (text.includes(':') || text.includes('：')) for (const m of allMatches(OWNER_LABEL, text)) {
    // The name ends where a due date starts (`负责人：王芳 截止 12月3日`, `owner: Ben due 2026-12-03`).
    const name = m[1].replace(/\s*(?:(?<![\p{L}])(?:due|by|deadline|fecha|para el|antes)(?![\p{L}])|截止|期限).*$/iu, '').trim();
    if (name && !isPlaceholder(name)) {
      const at = m.index! + m[0].indexOf(m[1]);
      owners.push({ name, start: base + at, end: base + at + name.length });
    }
  }
  return owners;
}

export function findDue(text: string, base: number, year: number): { due?: Due; keyword: boolean } {
  let keyword = false;
  const firstAtStart = { defaultYear: year, yearlessNumeric: true, onlyFirst: true, startingBy: 1 };
  for (const m of allMatches(DUE_KEYWORD, text)) {
    const after = m.index! + m[0].length;
    const rest = text.slice(after);
    const t = findDates(rest, firstAtStart)[0];
    if (/^yyyy-mm-dd/i.test(rest)) {
      return { keyword: true, due: { text: rest.slice(0, 10), start: base + after, end: base + after + 10, token: { kind: 'ambiguous', start: 0, end: 10, text: 'YYYY-MM-DD', form: 'numeric', hasTime: false } } };
    }
    if (t && t.start <= 1) return { keyword: true, due: makeDue(t, base + after) };
    // `by` and `before` are ordinary words too; only the explicit forms count without a date.
    if (!/^(?:by|before)/i.test(m[0])) keyword = true;
  }
  // `11月25日前` / `2026-11-25之前`: a date followed by 前.
  if (text.includes('前')) for (const t of findDates(text, { defaultYear: year, yearlessNumeric: false })) {
    if (/^\s*(?:之?前|以前)/u.test(text.slice(t.end))) return { keyword: true, due: makeDue(t, base) };
  }
  return { keyword };
}

function makeDue(t: DateToken, base: number): Due {
  const date = t.kind === 'date' ? t.date : t.kind === 'ambiguous' ? t.certain : undefined;
  return { text: t.text, start: base + t.start, end: base + t.end, token: t, date };
}

function lineEndFrom(doc: AgencyDocument, offset: number): number {
  return doc.lines.lineEnd(doc.lines.positionAt(offset).line);
}

/** `jobLead`: jobNumberLeading(opts.jobPattern), looked up once per list by the caller. */
function fromListItem(doc: AgencyDocument, section: Section, item: ListItem, base: number, opts: ActionOptions, jobLead: RegExp): ActionItem | undefined {
  const text = itemText(item);
  if (!text && item.checked === null) return undefined;
  const start = startIn(item, base);
  const para = firstParagraph(item);
  // Search the item's own text (not nested lists) in the source, so offsets are exact.
  let firstOwn: Nodes | undefined;
  let lastOwn: Nodes | undefined;
  for (const c of item.children) if (c.type !== 'list') { firstOwn ??= c; lastOwn = c; }
  const srcStart = firstOwn ? startIn(firstOwn, base) : start;
  const srcEnd = lastOwn ? endIn(lastOwn, base) : start;
  // A copy: the item is kept with its (cached) list node, and a slice would keep this version of the text alive.
  const src = maskComments(detached(doc.text.slice(srcStart, srcEnd)));
  const owners = findOwners(src, srcStart);
  const { due, keyword } = findDue(src, srcStart, opts.defaultYear);
  const jm = jobLead.exec(src);
  const job = jm ? { id: jm[1], start: srcStart + jm.index + jm[0].indexOf(jm[1]), end: srcStart + jm.index + jm[0].indexOf(jm[1]) + jm[1].length } : undefined;
  const insert = { at: endIn(para ?? item, base), intoEmptyCell: false };
  return {
    section, kind: 'list', text, start, end: Math.min(lineEndFrom(doc, start), Math.max(start, srcEnd)),
    done: item.checked === true, owners, ownerNames: owners.map((o) => o.name), due, dueWithoutDate: keyword && !due, job,
    ownerInsert: insert, dueInsert: insert,
  };
}

/** A job number leading an item (`[NW-2026-014] Book the studio`), group 1 the number; the model and the scan share it. */
export function jobNumberLeading(jobPattern: RegExp | undefined): RegExp {
  return jobPattern ? jobNumberAtStart(jobPattern, false) : JOB_AT_START;
}

/** Replaces HTML comments with spaces so offsets stay exact and comments hide nothing. */
export function maskComments(s: string): string {
  return s.includes('<!--') ? s.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)) : s;
}

function fromTable(doc: AgencyDocument, section: Section, rows: readonly TableRow[], base: number, opts: ActionOptions): ActionItem[] {
  const header = rowCells(rows[0]);
  const action = findColumn(header, ACTION_COLUMNS);
  if (action < 0) return [];
  const owner = findColumn(header, OWNER_COLUMNS);
  const dueCol = findColumn(header, DUE_COLUMNS);
  const status = findColumn(header, STATUS_COLUMNS);
  const jobCol = findColumn(header, JOB_COLUMNS);
  const out: ActionItem[] = [];
  for (const row of rows.slice(1)) {
    const cells = rowCells(row);
    if (cells.every((c) => c === '')) continue;
    const [start, end] = spanIn(row, base);
    const cellSpan = (i: number) => (row.children[i] ? spanIn(row.children[i], base) : undefined);
    const cellSrc = (i: number) => {
      const s = cellSpan(i);
      return s ? { text: maskComments(detached(doc.text.slice(s[0], s[1]))), at: s[0] } : undefined;
    };
    const insertFor = (col: number): InsertPoint => {
      const cell = row.children[col];
      if (cell && cell.children.length === 0) return { at: spanIn(cell, base)[0] + 1, intoEmptyCell: true };
      if (cell) return { at: spanIn(cell.children[cell.children.length - 1], base)[1], intoEmptyCell: false };
      // A short row has no such cell: append at the end of its last cell.
      const a = row.children[action] ?? row.children[row.children.length - 1];
      return { at: spanIn(a.children[a.children.length - 1] ?? a, base)[1], intoEmptyCell: false };
    };
    let owners: Owner[] = [];
    for (let i = 0; i < cells.length; i++) {
      const src = cellSrc(i);
      if (!src) continue;
      if (i === owner && !isPlaceholder(cells[i])) {
        const inner = src.text.replace(/^\|/, '').replace(/\|$/, '');
        const lead = src.text.indexOf(inner.trim());
        owners.push({ name: cells[i].replace(/^@/, ''), start: src.at + Math.max(0, lead), end: src.at + Math.max(0, lead) + inner.trim().length });
      } else if (i !== owner) owners = owners.concat(findOwners(src.text, src.at));
    }
    let due: Due | undefined;
    let keyword = false;
    if (dueCol >= 0 && cells[dueCol] !== undefined) {
      const src = cellSrc(dueCol)!;
      const t = findDates(src.text, { defaultYear: opts.defaultYear, yearlessNumeric: true, onlyFirst: true })[0];
      if (t) due = makeDue(t, src.at);
      else if (/yyyy-mm-dd/i.test(src.text)) {
        const i = src.text.search(/yyyy-mm-dd/i);
        due = { text: 'YYYY-MM-DD', start: src.at + i, end: src.at + i + 10, token: { kind: 'ambiguous', start: 0, end: 10, text: 'YYYY-MM-DD', form: 'numeric', hasTime: false } };
      } else if (cells[dueCol] !== '') keyword = true;
    }
    const actionSrc = cellSrc(action);
    if (!due && actionSrc) {
      const r = findDue(actionSrc.text, actionSrc.at, opts.defaultYear);
      due = r.due;
      keyword ||= r.keyword;
    }
    const done = status >= 0 && DONE_VALUES.has(fold(cells[status] ?? '').trim());
    let job: ActionItem['job'];
    const jobSrc = jobCol >= 0 ? cellSrc(jobCol) : undefined;
    if (jobSrc && !isPlaceholder(cells[jobCol])) {
      const id = cells[jobCol].replace(/^\[|\]$/g, '');
      const at = jobSrc.text.indexOf(id);
      job = { id, start: jobSrc.at + Math.max(0, at), end: jobSrc.at + Math.max(0, at) + id.length };
    }
    out.push({
      section, kind: 'table', text: cells[action] ?? '', start, end: Math.min(end, lineEndFrom(doc, start)), done, owners, ownerNames: owners.map((o) => o.name), due,
      dueWithoutDate: keyword && !due, job,
      ownerInsert: insertFor(owner >= 0 ? owner : action),
      dueInsert: insertFor(dueCol >= 0 ? dueCol : action),
    });
  }
  return out;
}

/**
 * Actions read from one list or table, with the offsets they had when read
 * (`base`: the chunk's offset then). Parsed chunks are shared and cached by
 * content, so an edit elsewhere in the document reuses these instead of
 * reading every item again.
 */
const NODE_ACTIONS = new WeakMap<Nodes, { key: string; base: number; items: ActionItem[] }>();

/**
 * An action read earlier, placed where its chunk is now and in the section of
 * the current model. Offsets are added when read, so an edit that moves the
 * chunk costs one small object per action instead of copies of every owner
 * and date.
 */
class PlacedAction implements ActionItem {
  private ownersAt?: readonly Owner[];
  private dueAt?: Due | null;
  constructor(private readonly read: ActionItem, private readonly by: number, readonly section: Section) {}
  get kind() { return this.read.kind; }
  get text() { return this.read.text; }
  get done() { return this.read.done; }
  get dueWithoutDate() { return this.read.dueWithoutDate; }
  get start() { return this.read.start + this.by; }
  get end() { return this.read.end + this.by; }
  get ownerNames() { return this.read.ownerNames; }
  get owners(): readonly Owner[] {
    return (this.ownersAt ??= this.by === 0 ? this.read.owners : this.read.owners.map((o) => ({ ...o, start: o.start + this.by, end: o.end + this.by })));
  }
  get due(): Due | undefined {
    if (this.dueAt === undefined) {
      const d = this.read.due;
      this.dueAt = d ? (this.by === 0 ? d : { ...d, start: d.start + this.by, end: d.end + this.by }) : null;
    }
    return this.dueAt ?? undefined;
  }
  get job() {
    const j = this.read.job;
    return j && (this.by === 0 ? j : { ...j, start: j.start + this.by, end: j.end + this.by });
  }
  get ownerInsert(): InsertPoint { return this.by === 0 ? this.read.ownerInsert : { ...this.read.ownerInsert, at: this.read.ownerInsert.at + this.by }; }
  get dueInsert(): InsertPoint { return this.by === 0 ? this.read.dueInsert : { ...this.read.dueInsert, at: this.read.dueInsert.at + this.by }; }
}

/** The action items of one section, in document order. */
export function actionsIn(doc: AgencyDocument, section: Section, opts: ActionOptions): ActionItem[] {
  const out: ActionItem[] = [];
  const key = `${opts.defaultYear}|${opts.jobPattern?.source ?? ''}`;
  for (const p of section.nodes) {
    if (p.node.type !== 'list' && !(p.node.type === 'table' && p.node.children.length > 1)) continue;
    let memo = NODE_ACTIONS.get(p.node);
    if (!memo || memo.key !== key) {
      const items: ActionItem[] = [];
      if (p.node.type === 'list') {
        const jobLead = jobNumberLeading(opts.jobPattern);
        for (const item of p.node.children) {
          const a = fromListItem(doc, section, item, p.base, opts, jobLead);
          if (a) items.push(a);
        }
      } else if (p.node.type === 'table') {
        items.push(...fromTable(doc, section, p.node.children, p.base, opts));
      }
      memo = { key, base: p.base, items };
      NODE_ACTIONS.set(p.node, memo);
    }
    // Read just now (or the chunk has not moved and the model is the same): the items as they are.
    const by = p.base - memo.base;
    for (const a of memo.items) out.push(by === 0 && a.section === section ? a : new PlacedAction(a, by, section));
  }
  return out;
}

/** All action items of a document: those of its actions sections (analyze.ts keeps them with the document's facts). */
export function documentActions(doc: AgencyDocument, opts: ActionOptions): ActionItem[] {
  return doc.sections.filter((s) => s.def.kind === 'actions').flatMap((s) => actionsIn(doc, s, opts));
}
