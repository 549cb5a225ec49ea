/**
 * The cheap scan: what the workspace index needs of a document (type,
 * title, client, job number, owners, action items, job references) read
 * line by line, without a Markdown parse. A workspace of thousands of
 * documents is indexed this way; open documents get the full analysis.
 * test/scan.test.ts keeps it in agreement with the full path.
 */
import { doneByMark, explainedDeadlineAt, headingInitials } from './actionMarks';
import { documentDay, documentYear } from './documentYear';
import { datedSections, headingDate, nearSectionDate, sectionDateAt } from './headingDates';
import { namesDeadline } from './deadlineSections';
import { hasInlineActions } from './inlineRecords';
import type { Lang } from './catalog/schema';
import { readFrontMatter, readSimpleFrontMatter, unclosedFrontMatter, type FrontMatter } from './frontmatter';
import { matchHeading, sectionTable } from './headings';
import { declaredTypeValue, detectType, suggestType, typeByName, typeFromFileName, typeTelling } from './typeDetection';
import { isPlaceholderValue, isSampleAction } from './placeholders';
import {
  actionColumn,
  namesCommitmentsToo,
  areaLabelEnd,
  isAreaColumn,
  DUE_COLUMNS,
  jobColumn,
  DONE_COLUMNS,
  cellOwnerNames,
  isDoneRow,
  ownerColumn,
  STATUS_COLUMNS,
  assignmentKey,
  assignmentTables,
  ownerLabelledTaskKey,
  documentActions,
  hasLabelledLists,
  writersLogMarks,
  dueInCell,
  findDue,
  LABELLED_SUB_ITEM,
  isJobField,
  soleSubItemOwners,
  subItemLeaders,
  sharedOutOwners,
  hasTabSeparatedTasks,
  findOwners,
  continuedOwners,
  CONTINUED_DUTY,
  headingPersons,
  isBlankOwner,
  isDiscussionPoint,
  isResolutionsHeading,
  ANOTHER_RECORD,
  mayBeParagraphTask,
  namesPeriodSplit,
  DAY_OF_MONTH_DUE,
  SUB_COMMITMENT,
  hasPipelessTypedTable,
  setsNextMeeting,
  isBlankTaskRow,
  isRecordingIndex,
  jobNumberLeading,
  leadInOwners,
  maskComments,
  rosterOf,
  STRUCK,
  TAGGED_SUB_ITEM,
  type Due,
  type Roster,
  startsHtmlHeading,
} from './actions';
import { findColumn } from './content';
import {
  parseFieldDate,
  readersDateOrder,
  readersLanguage,
  readingFor,
  toIsoDate,
  yearlessColumnOrder,
  type CalendarDate,
  type DateOrder,
  type ReadersOrder,
} from './dates';
import { isPlaceholder, jsonCopy, LineIndex } from './text';
import { ownJob } from './ownJob';
import { jobReferencesIn, ownDateIso, summarize, type ActionSummary, type DocumentSummary } from './workspaceIndex';
import { buildDocument, isDecisionsTopic, isReviewOfActions, sectionEnd } from './document';
import type { ChunkCache } from './markdown';

export interface ScanOptions {
  readonly today: { year: number };
  readonly jobPattern: RegExp;
  readonly locale?: Lang;
  /** The configured `dateOrder`, if any. */
  readonly dateOrder?: DateOrder;
  /** False when only what the workspace rules read is wanted (the CLI's workers): no action list, no job references. */
  readonly listings?: boolean;
  /** The folder has a `.agency-docs.json` (an everyday title is then enough to type a document). */
  readonly agencyWorkspace?: boolean;
  /** The workspace's `type:` values are another tool's (TypeVocabulary). */
  readonly othersTypeVocabulary?: boolean;
  /**
   * Where the rare documents the scan parses (see `parsed` below) keep their chunks; the model's shared cache
   * when not given. The CLI passes one that keeps nothing: a shared cache there would hold the trees of up to
   * 4,000 chunks of files scanned long before, and what rules remember of them, to the end of the check.
   */
  readonly cache?: ChunkCache;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Whether the parse must read the dated sections (headingDates.ts): this reader sees no heading underlined
 * (`Oct 8, 2019` over `---`), and in a log of meetings (two dated headings or more) one may be dated or close
 * a dated section. `atxDated`: the dated headings this reader sees.
 */
function underlinedDated(lines: LineIndex, from: number, atxDated: number, order: ReadersOrder | undefined): boolean {
  let dated = atxDated;
  for (let l = from + 1; l < lines.lineCount; l++) {
    if (!SETEXT_UNDERLINE.test(lines.lineText(l))) continue;
    const above = lines.lineText(l - 1).trim();
    if (above === '') continue;
    if (headingDate(inlineText(above), undefined, order)) dated++;
    if (dated >= 2) return true;
  }
  return false;
}
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(\[[ xX]\])(?=[ \t]|$))?(?:[ \t]+(.*))?$/;
// (A tab indents as four spaces: `\t- part` is a sub-item too.)
const SUB_ITEM = /^(?:[ \t]{2,}|\t)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Inline Markdown reduced to its words: emphasis, code ticks, links, HTML comments. */
function inlineText(s: string): string {
  // Each pass only where its marker is (this runs on every line and cell of every indexed file).
  if (s.includes('<!--')) s = s.replace(/<!--[\s\S]*?-->/g, '');
  if (s.includes('](')) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (EMPHASIS_MARKER.test(s)) s = s.replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return s.trim();
}
const EMPHASIS_MARKER = /[*_`]/;

/**
 * Whether line `l` starts a list indented two or three spaces (its first item, after a blank line or
 * other text), or is the delimiter row of a table written without a leading pipe.
 */
function startsUnreadForm(lines: LineIndex, l: number): boolean {
  const t = lines.lineText(l);
  // A table or list quoted (`> | 成员 | 分工 |`): read inside the quote (actions.ts actionsIn).
  if (/^[ \t]*>[ \t]*(?:\||[-*+][ \t]|\d{1,3}[.)][ \t])/.test(t)) return true;
  if (l > 0 && DELIMITER_ROW.test(t) && t.includes('-') && t.includes('|') && !/^\s*\|/.test(lines.lineText(l - 1)))
    return lines.lineText(l - 1).includes('|');
  const item = LIST_ITEM.exec(t);
  if (!item || item[1].length < 2) return false;
  for (let k = l - 1; k >= 0; k--) {
    const before = lines.lineText(k);
    if (before.trim() === '') continue;
    return !LIST_ITEM.test(before) && !/^[ \t]/.test(before);
  }
  return true;
}

/** Whether the list right under a heading (from line `l`) has a job's field line among its items (actions.ts headingJob). */
function jobFieldsUnder(lines: LineIndex, l: number, end: number): boolean {
  while (l < end && lines.lineText(l).trim() === '') l++;
  for (; l < end; l++) {
    const t = lines.lineText(l);
    if (t.trim() === '') continue;
    if (/^ {0,3}#/.test(t)) return false;
    const item = LIST_ITEM.exec(t);
    if (!item) {
      if (/^[ \t]/.test(t)) continue; // the item's own continuation or a sub-item
      return false;
    }
    if (isJobField(item[4] ?? '')) return true;
  }
  return false;
}

function cells(row: string): string[] {
  let r = row.trim();
  if (r.startsWith('|')) r = r.slice(1);
  if (r.endsWith('|') && !r.endsWith('\\|')) r = r.slice(0, -1);
  // Without a backslash no pipe is escaped: a plain split (a regex split compiles a clone of its regex).
  return (r.includes('\\') ? r.split(/(?<!\\)\|/) : r.split('|')).map((c) => inlineText(c));
}

/** What the scan reads of a file: its summary if it is an agency document, and its `type:` for the workspace's vocabulary. */
export interface ScanResult {
  readonly summary?: DocumentSummary;
  /** Its `type:` value (declaredTypeValue), whoever's it is. */
  readonly declaredType?: string;
  /** Typed by its `type:` alone (TypeDecision.declaredOnly): no agency document where the vocabulary is another tool's. */
  readonly declaredOnly?: boolean;
}

/** The summary of an agency document, undefined for any other file. */
export function scanSummary(path: string, text: string, options: ScanOptions): DocumentSummary | undefined {
  return scanDocument(path, text, options).summary;
}

/** What the line reader takes of a file before its type is known: front matter, headings, and the type's decision. */
function readHead(path: string, text: string, options: Pick<ScanOptions, 'agencyWorkspace' | 'othersTypeVocabulary'>) {
  const lines = new LineIndex(text);
  let fm: FrontMatter | undefined;
  let bodyStartLine = 0;
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (open) {
    const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(open[0].length - 1));
    if (close) {
      const contentStart = open[0].length;
      const contentEnd = open[0].length - 1 + close.index;
      const end = contentEnd + close[0].replace(/\r?\n$/, '').length;
      const yaml = text.slice(contentStart, Math.max(contentStart, contentEnd));
      fm = readSimpleFrontMatter(yaml, 0, end, contentStart) ?? readFrontMatter(yaml, 0, end, contentStart);
      bodyStartLine = lines.positionAt(end).line + 1;
    } else fm = unclosedFrontMatter(text);
  }

  // Headings, outside fenced code; and the lines that may be headings written underlined (see isPlainMarkdown).
  const headings: { line: number; depth: number; text: string }[] = [];
  const underlined: { line: number; depth: number; text: string }[] = [];
  let fence: string | undefined;
  for (let l = bodyStartLine; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    const f = FENCE.exec(t);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && t.slice(f[0].length).trim() === '')
        fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const h = ATX.exec(t);
    if (h) headings.push({ line: l, depth: h[1].length, text: inlineText(h[2] ?? '') });
    else if (l > bodyStartLine && SETEXT_UNDERLINE.test(t)) {
      const above = lines.lineText(l - 1);
      if (above.trim() !== '' && !FENCE.test(above) && !ATX.test(above))
        underlined.push({ line: l - 1, depth: t.trim()[0] === '=' ? 1 : 2, text: inlineText(above.trim()) });
    }
  }
  const title = headings.find((h) => h.depth === 1);

  /** The type's decision with this title among these headings. */
  const decide = (t: (typeof headings)[number] | undefined, among: typeof headings) =>
    detectType({
      path,
      frontMatter: fm,
      title: t?.text,
      agencyWorkspace: options.agencyWorkspace,
      othersTypeVocabulary: options.othersTypeVocabulary,
      headings: among.filter((h) => h !== t && typeTelling(h)).map((h) => h.text),
      body: bodyStartLine < lines.lineCount ? text.slice(lines.lineStarts[bodyStartLine]) : '',
    });
  const decision = decide(title, headings);
  return { lines, fm, bodyStartLine, headings, underlined, title, decision, decide };
}

/**
 * Whether a file is ordinary Markdown whose analysis can be skipped: the line reader finds no type (with the
 * headings written underlined too, which it reads as candidates only), and no front matter the untyped document's rules read (a
 * `type:` of ours or a near miss of ours, or YAML in error: unknown-type, frontmatter-syntax). Such a file gets no finding (docs/types.md), so
 * the CLI need not parse it: a 1.8 MB changelog took 600 MB and seconds to parse for nothing.
 */
export function isPlainMarkdown(
  path: string,
  text: string,
  options: Pick<ScanOptions, 'agencyWorkspace' | 'othersTypeVocabulary'>,
): boolean {
  const { fm, headings, underlined, title, decision, decide } = readHead(path, text, options);
  if (decision.type || decision.nearMiss) return false;
  if (fm?.error) return false;
  // A `type:` read by unknown-type: one of ours (another tool's notes may still be checked, with the body's
  // fields), or a near miss of ours. Another tool's (`type: docs`, `type: post` on a Hugo site) types nothing:
  // a 40 KB page of links took seconds to parse for no finding.
  const declared = declaredTypeValue(fm);
  if (declared !== undefined && (typeByName(declared) || suggestType(declared) || typeFromFileName(path))) return false;
  if (underlined.length === 0) return true;
  // Headings written underlined (`Pipeline check` over `====`), which the line reader does not take: the type is
  // decided again with every line that may be one (some are paragraphs over a rule, or lines of a list: more
  // headings than the parse finds), once with the `#` title and, when an underlined one comes first, once with
  // it as the title. Only when neither types anything is the file plain: a log of a megabyte with one such
  // heading was parsed for nothing (over a minute where micromark is slow on it).
  const all = [...headings, ...underlined].sort((a, b) => a.line - b.line);
  const firstUnderlinedTitle = underlined.find((h) => h.depth === 1 && (!title || h.line < title.line));
  for (const t of firstUnderlinedTitle ? [title, firstUnderlinedTitle] : [title]) {
    const again = decide(t, all);
    if (again.type || again.nearMiss) return false;
  }
  return true;
}

export function scanDocument(path: string, text: string, options: ScanOptions): ScanResult {
  const { lines, fm, bodyStartLine, headings, title, decision } = readHead(path, text, options);
  // A copy: a slice of the text would keep the whole file alive with the vocabulary.
  const value = declaredTypeValue(fm);
  const declaredType = value === undefined ? undefined : jsonCopy(value);
  const type = decision.type;
  if (!type) return { declaredType };

  // The document's own year and its readers' date order, as the analysis takes them (the language
  // of the section headings when the words do not tell, as the document model has it).
  const table = sectionTable(type);
  const fallback = () => {
    const votes = { en: 0, zh: 0, es: 0 };
    for (const h of headings) if (h.depth >= 2) for (const l of matchHeading(table, h.text)?.langs ?? []) votes[l]++;
    const top = Math.max(votes.en, votes.zh, votes.es);
    const declared = fm?.field('lang')?.text.toLowerCase();
    const headingLang = top > 0 ? (['en', 'zh', 'es'] as const).find((l) => votes[l] === top)! : undefined;
    return (
      headingLang ??
      (declared?.startsWith('es')
        ? 'es'
        : declared?.startsWith('zh') || /\p{Script=Han}/u.test(text.slice(0, 4000))
          ? 'zh'
          : (options.locale ?? 'en'))
    );
  };
  // A configured date order is the readers' own (readersDateOrder): their language is not read for it.
  const order = options.dateOrder ?? readersDateOrder(readersLanguage(text, fallback()), undefined, text);
  let year: number | undefined;
  /** The document's own date: due dates written without a year are read nearest it (nearDocumentDate). */
  let near: CalendarDate | undefined;
  for (const id of ['date', 'meeting', 'issued']) {
    const f = fm?.field(id);
    if (!f || f.missing) continue;
    const t = parseFieldDate(f.text, { defaultYear: options.today.year, yearlessNumeric: true });
    const d = t && readingFor(t, order);
    if (d) {
      year = d.year;
      near = d;
      break;
    }
  }
  // A log of meetings: the sections its dated headings open (headingDates.ts), as the analysis reads them.
  const dated = datedSections(
    headings.map((h) => ({ depth: h.depth, text: h.text, start: lines.lineStarts[h.line] })),
    text.length,
    order,
  );
  /** A due date as the analysis has it on line `line`: one written without its year nearest the date it is under. */
  const dueIso = (due: Due | undefined, line: number) =>
    due?.date
      ? toIsoDate(nearSectionDate(due.date, due.token, sectionDateAt(dated, lines.lineStarts[line]) ?? near))
      : undefined;
  // As the analysis takes it: the title's, a `Date:` line's or the path's year (documentYear.ts).
  const signs = {
    title: title?.text,
    body: bodyStartLine < lines.lineCount ? text.slice(lines.lineStarts[bodyStartLine]) : '',
    path,
  };
  year ??= documentYear(signs) ?? options.today.year;
  // Without a date field, the title's or `Date:` line's day is the one due dates are read nearest (as analyze.ts).
  near ??= type.sections.some((s) => s.kind === 'actions') ? documentDay(signs) : undefined;

  // Action items: list items and table rows inside the actions sections.
  const actions: ActionSummary[] = [];
  const owners = new Set<string>();
  const lead = jobNumberLeading(options.jobPattern);
  const listings = options.listings !== false;
  // As the full analysis reads them (actions.ts documentActions): the attendees, each list read once.
  let roster: Roster | undefined;
  let rosterRead = false;
  const rosterNow = () => {
    if (!rosterRead) roster = rosterOf(text, fm?.field('attendees')?.items);
    rosterRead = true;
    return roster;
  };
  const readLines = new Set<number>();
  // The first lines of an item's direct sub-items, from the line after its own text.
  /** The first lines of the sub-items after line `from`: as plain text, and as written (`raw`). */
  const subItemsAt = (from: number, end: number): { text: string; raw: string }[] => {
    const found: { indent: number; text: string; raw: string }[] = [];
    for (let k = from; k < end; k++) {
      const c = lines.lineText(k);
      if (c.trim() === '') continue;
      const sub = /^([ \t]+)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]+(.*)$/.exec(c);
      if (sub && sub[1].replace(/\t/g, '    ').length >= 2)
        found.push({ indent: sub[1].length, text: inlineText(sub[2]), raw: sub[2] });
      else if (!/^[ \t]/.test(c)) break;
    }
    const top = Math.min(...found.map((f) => f.indent));
    return found.filter((f) => f.indent === top);
  };
  const unowned: { key: string }[] = [];
  // Forms this line reader does not follow, read from the parse below: a list whose items all start
  // two or three spaces in, a table without a leading pipe (`Action | Owner` over `---|---`).
  let unreadForms =
    underlinedDated(
      lines,
      bodyStartLine,
      headings.filter((h) => headingDate(h.text, undefined, order) !== undefined).length,
      order,
    ) ||
    // `#### DDL` over `5月14日会议前`: a deadline for the tasks before it (actions.ts deadlineDues); so is
    // `### Action Items by next meeting: Thursday 1st` for those under it.
    headings.some((h) => namesDeadline(h.text)) ||
    // `## Acuerdos y compromisos` over a table with a Responsable column: tasks (actions.ts namesCommitmentsToo).
    headings.some((h) => namesCommitmentsToo(h.text)) ||
    // A log of the writer's own work (`Action items for me:`, `# 项目周报`): its tasks are the writer's (actions.ts writersLog).
    writersLogMarks(text).length > 0 ||
    // `Tareas<TAB>Responsable` over its rows: a table pasted as lines (actions.ts tabSeparatedTasks).
    hasTabSeparatedTasks(text) ||
    // `Type | Description | Owner | Deadline` over a line of dashes: a typed table without its outer pipes (actions.ts).
    hasPipelessTypedTable(text);
  let sawActions = false;
  // The lines of the actions sections read here: a task handed out on one of them (`- Ana to send …`) needs no parse.
  const actionsLines: [number, number][] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h === title && decision.titleNamesType) continue;
    const section = matchHeading(table, h.text)?.section;
    // `### Follow-up` under `## Agenda`: last meeting's actions reviewed (document.ts isReviewOfActions).
    // `### 3. Next steps` among the numbered topics under `## Decisions` (document.ts isDecisionsTopic).
    if (
      section?.kind !== 'actions' ||
      isReviewOfActions(headings, i) ||
      isDecisionsTopic(headings, i, (o) => matchHeading(table, o.text)?.section)
    )
      continue;
    sawActions = true;
    const next = headings[sectionEnd(headings, i, true)];
    const endLine = next ? next.line : lines.lineCount;
    actionsLines.push([h.line + 1, endLine]);
    // (`## 本周分工`: its `part：names` lines are the named people's tasks, read by the parse: actions.ts.)
    if (explainedDeadlineAt(h.text) || namesPeriodSplit(h.text)) unreadForms = true;
    let l = h.line + 1;
    let inFence: string | undefined;
    // The paragraph before the current list (`Mike to:`), and the owners its list inherits.
    let paragraph: string[] = [];
    let inherited: string[] | undefined;
    // The people a sub-heading names (`### Rohit`): the owners of the lists under it (actions.ts headingPersons).
    let headingOwners: string[] = [];
    // Under a retrospective's `### Start` / `### Stop`: the team's resolutions, no actions (actions.ts).
    let resolutions = false;
    while (l < endLine) {
      const t = lines.lineText(l);
      const f = FENCE.exec(t);
      // (Each line's forms read once; a form the parse must read is looked for only until one is found.)
      const item = inFence || f ? null : LIST_ITEM.exec(t);
      if (!inFence && !f) {
        const atx = ATX.test(t);
        if (
          !unreadForms &&
          (startsUnreadForm(lines, l) ||
            // `… antes del 25.`: a day of the month alone, dated from the meeting's (actions.ts dayOfMonthDues).
            DAY_OF_MONTH_DUE.test(t) ||
            // `- Schedule next meeting: 4pm Tue 19th Oct` over `TODO:` and its list: the tasks (actions.ts meetingTodos).
            setsNextMeeting(t.replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/, '')) ||
            // `### Landing page` over `- **Owner:** Ana` / `- **Progress:** 60%`: one job (actions.ts headingJob), read by the parse.
            (atx && jobFieldsUnder(lines, l + 1, endLine)) ||
            // `### JP` beside people's sub-headings, `(Due by next sprint: February 17th)`: read by the parse (actionMarks.ts).
            (atx && (headingInitials(t) || explainedDeadlineAt(t) || namesPeriodSplit(t))))
        )
          unreadForms = true;
        // Another meeting's record starts (actions.ts ANOTHER_RECORD): the section's actions end.
        if (!/^[ \t]/.test(t) && ANOTHER_RECORD.test(t)) break;
        // `<h2>Week 11</h2>`: a heading in HTML ends the section's actions (actions.ts isHtmlHeading).
        if (!/^[ \t]/.test(t) && startsHtmlHeading(t)) break;
        if (atx) {
          resolutions = isResolutionsHeading(t);
          headingOwners = resolutions ? [] : headingPersons(t, 0, rosterNow()).map((o) => o.name);
        }
        if (!item && t.trim() !== '' && !/^[ \t]/.test(t)) {
          // A paragraph line (a new paragraph after a blank line or a list) ends the list before it.
          const other = /^\s*\|/.test(t) || /^ {0,3}(?:#|>)/.test(t);
          // `Alexander: redactar …` as a paragraph of its own: maybe a task (actions.ts paragraphTasks).
          if (!other && !unreadForms && mayBeParagraphTask(t)) unreadForms = true;
          if (other || inherited !== undefined || (l > 0 && lines.lineText(l - 1).trim() === '')) paragraph = [];
          inherited = undefined;
          if (!other) paragraph.push(t.trim());
        }
      }
      if (inFence) {
        if (f && f[1][0] === inFence[0]) inFence = undefined;
        l++;
        continue;
      }
      if (f) {
        inFence = f[1];
        l++;
        continue;
      }
      if (item && item[1].length <= 1 && readLines.has(l)) {
        // Read already under the heading this one is nested in.
        l++;
        continue;
      }
      if (item && item[1].length <= 1 && resolutions) {
        l++;
        continue;
      }
      if (item && item[1].length <= 1) {
        readLines.add(l);
        // The item's own text: its first line and the lines that continue it.
        const start = lines.lineStarts[l] + item[1].length;
        let body = item[4] ?? '';
        let m = l + 1;
        while (m < endLine) {
          const c = lines.lineText(m);
          // A sub-item indented further (`    * [ACTION] …`) is no part of the item's own text, as in the parse.
          if (c.trim() === '' || LIST_ITEM.exec(c) || /^ {0,3}(?:#|\||>|```|~~~)/.test(c) || SUB_ITEM.test(c)) break;
          body += '\n' + c.trim();
          m++;
        }
        if (inherited === undefined) {
          const lead = maskComments(paragraph.join('\n'));
          inherited = paragraph.length ? leadInOwners(lead, 0, rosterNow()).map((o) => o.name) : [];
          // `**Ana + Ben (due 2026-05-31):**`, `To do by 2026-11-28:` over the list: its deadline, read by the parse.
          if (paragraph.length && /[:：][ \t*_]*$/u.test(lead.trimEnd()) && findDue(lead, 0, year, order).due)
            unreadForms = true;
          if (inherited.length === 0) inherited = headingOwners;
          paragraph = [];
        }
        const src = maskComments(body);
        let own = findOwners(src, 0, rosterNow());
        // Lines continuing the item, each led by who and a colon (as in actions.ts).
        if (own.length === 0) own = continuedOwners(src, 0, rosterNow());
        let { due } = findDue(src, 0, year, order);
        const subItems = subItemsAt(m, endLine);
        // `* Linyuan:` over her tasks: the person's label, its sub-items the tasks (actions.ts), read by the parse.
        if (subItems.length && /^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(body.trim())) unreadForms = true;
        // `* Jordi to add a point to the agenda:` over `* Jordi to open an issue …`: a task of its own (actions.ts
        // subCommitments), read by the parse.
        if (
          subItems.length &&
          /[:：][ \t*_]*$/u.test(body.split('\n')[0]) &&
          subItems.some((sub) => SUB_COMMITMENT.test(sub.raw))
        )
          unreadForms = true;
        // `- Owner: Omar` / `- Due: 2026-11-24` under the task (as in actions.ts).
        if (own.length === 0 || !due)
          for (const sub of subItems) {
            if (!LABELLED_SUB_ITEM.test(sub.raw)) continue;
            const subSrc = maskComments(sub.raw);
            if (own.length === 0) own = findOwners(subSrc, 0, rosterNow());
            due ??= findDue(subSrc, 0, year, order).due;
          }
        // A sole sub-item that is only names gives the owners (as in actions.ts).
        if (own.length === 0 && subItems.length === 1) own = soleSubItemOwners(subItems[0].raw, 0, rosterNow());
        // Sub-items most of which the attendees lead give the owners (as in actions.ts).
        if (own.length === 0 && subItems.length >= 2)
          own = subItemLeaders(
            subItems.map((sub) => ({ text: sub.raw, at: 0 })),
            rosterNow(),
          );
        // Sub-items most of which name who does their part: the task's owners once it reads as one (as in actions.ts).
        const sharedOut =
          own.length === 0 && subItems.length >= 2
            ? sharedOutOwners(
                subItems.map((sub) => ({ text: sub.raw, at: 0 })),
                rosterNow(),
              )
            : [];
        let found = own.length ? own : inherited.map((name) => ({ name, start: 0, end: 0 }));
        // `- Responsible for the styling too.` after a task with its owners: theirs, read by the parse (actions.ts).
        if (found.length === 0 && CONTINUED_DUTY.test(body)) unreadForms = true;
        // The owner and date of a tagged sub-item (`[ACTION] Sam to …`) are the item's, as actions.ts reads them.
        for (const sub of subItems)
          if ((found.length === 0 || !due) && TAGGED_SUB_ITEM.test(sub.raw)) {
            const line = maskComments(sub.raw);
            if (found.length === 0) found = findOwners(line, 0, rosterNow());
            if (!due) ({ due } = findDue(line, 0, year, order));
          }
        const firstLine = inlineText(body.split('\n')[0]);
        // A template's sample action ("What needs doing @owner") is not an action, nor a point for discussion.
        if (
          (firstLine || item[3]) &&
          !isSampleAction(firstLine) &&
          !isDiscussionPoint(
            src.split('\n')[0],
            found.length > 0 || due !== undefined,
            subItems.map((sub) => sub.text),
            due !== undefined,
          )
        ) {
          if (found.length === 0) found = sharedOut;
          for (const o of found) owners.add(o.name);
          if (found.length === 0) unowned.push({ key: assignmentKey(firstLine) });
          if (listings) {
            const jm = lead.exec(inlineText(body));
            const pos = lines.positionAt(start);
            actions.push({
              text: firstLine,
              owners: found.map((o) => o.name),
              done:
                /x/i.test(item[3] ?? '') ||
                STRUCK.test(src) ||
                doneByMark(
                  src,
                  subItems.map((sub) => sub.text),
                ),
              line: pos.line,
              character: pos.character,
              due: dueIso(due, pos.line),
              job: jm?.[1],
            });
          }
        }
        l = m;
        continue;
      }
      if (
        /^\s*\|/.test(t) &&
        l + 1 < endLine &&
        DELIMITER_ROW.test(lines.lineText(l + 1)) &&
        lines.lineText(l + 1).includes('-')
      ) {
        const header = cells(t);
        let r = l + 2;
        // A recording's index (`| Topic | Video ref |` with `9:55`): no actions (actions.ts isRecordingIndex).
        let last = r;
        while (last < endLine && lines.lineText(last).includes('|') && lines.lineText(last).trim() !== '') last++;
        const body: string[][] = [];
        for (let k = r; k < last; k++) body.push(cells(lines.lineText(k)));
        const col = {
          action: -1,
          owner: ownerColumn(header, body),
          due: findColumn(header, DUE_COLUMNS),
          status: findColumn(header, STATUS_COLUMNS),
          job: jobColumn(header, body),
          doneColumn: findColumn(header, DONE_COLUMNS),
        };
        col.action = actionColumn(header, col.owner, col.due, col.status, col.job, body);
        if (col.action >= 0 && isRecordingIndex(body, col.due)) col.action = -1;
        const areaColumn = col.action >= 0 && col.owner < 0 && isAreaColumn(body.map((c) => c[col.action] ?? ''));
        // (The due column's days read one way only decide its others: actions.ts fromTable.)
        const dueColumnOrder = col.due >= 0 ? yearlessColumnOrder(body.map((c) => c[col.due] ?? '')) : undefined;
        while (r < last) {
          // (The cells read for the columns above: the same line, the same cells.)
          const row = body[r - l - 2];
          r++;
          if (col.action < 0 || isBlankTaskRow(row, col.status) || isSampleAction(row[col.action] ?? '')) continue;
          const rowOwners: string[] = [];
          // (As the analysis reads the row: other cells name owners only where the owner column names nobody.)
          const ownerNamed = col.owner >= 0 && !!row[col.owner] && !isBlankOwner(row[col.owner]);
          row.forEach((c, k) => {
            if (k === col.owner) {
              if (!isBlankOwner(c)) rowOwners.push(...cellOwnerNames(c));
            } else if (!ownerNamed) {
              // (In a column of areas, `KDS: …`, the area is no one: actions.ts isAreaColumn.)
              const from = k === col.action && areaColumn ? areaLabelEnd(c, rosterNow()) : 0;
              for (const o of findOwners(maskComments(c.slice(from)), 0, rosterNow())) rowOwners.push(o.name);
            }
          });
          for (const o of rowOwners) owners.add(o);
          if (!listings) continue;
          let rowDue: string | undefined;
          if (col.due >= 0 && row[col.due])
            rowDue = dueIso(dueInCell(row[col.due], 0, year, order ?? dueColumnOrder), r - 1);
          rowDue ??= dueIso(findDue(maskComments(row[col.action] ?? ''), 0, year, order).due, r - 1);
          const pos = lines.positionAt(lines.lineStarts[r - 1]);
          actions.push({
            text: row[col.action] ?? '',
            owners: rowOwners,
            due: rowDue,
            done: isDoneRow(row, col.status, col.doneColumn, col.due, col.action),
            line: pos.line,
            character: pos.character,
            job: col.job >= 0 && !isPlaceholder(row[col.job] ?? '') ? row[col.job].replace(/^\[|\]$/g, '') : undefined,
          });
        }
        l = r;
        continue;
      }
      l++;
    }
  }
  // A list labelled as actions outside the actions sections (`- Action items:` under `## Summary`), or notes
  // labelled in a list: read from the parsed document, as the analysis reads them (rare, so rarely paid).
  // So are the rows of an action table where no heading names the actions section (actions.ts documentActions).
  const parsed =
    type.sections.some((s) => s.kind === 'actions') &&
    (unreadForms ||
      hasLabelledLists(text, (offset) => {
        const line = lines.positionAt(offset).line;
        return !actionsLines.some(([from, to]) => line >= from && line < to);
      }) ||
      (!sawActions && hasInlineActions(text)));
  if (parsed) {
    const doc = buildDocument(path, text, {
      locale: options.locale,
      agencyWorkspace: options.agencyWorkspace,
      othersTypeVocabulary: options.othersTypeVocabulary,
      cache: options.cache,
    });
    const read = documentActions(doc, {
      defaultYear: year,
      near,
      jobPattern: options.jobPattern,
      dateOrder: order,
    }).filter((a) => !isSampleAction(a.text));
    const summary = summarize(doc, read, options.jobPattern, year, order);
    owners.clear();
    for (const o of summary.owners) owners.add(o);
    actions.length = 0;
    if (listings) actions.push(...summary.actions);
  }
  // A task handed out in a table elsewhere (`| Tarea | Responsable |`): as the full analysis reads it
  // (actions.ts documentActions), the table's owner and date are the item's.
  if (!parsed && (unowned.length || actions.some((a) => !a.due))) {
    const known = new Map<string, { owners?: readonly string[]; due?: Due }>();
    const note = (key: string, names: readonly string[], due: Due | undefined) => {
      if (!key) return;
      const k = known.get(key) ?? {};
      known.set(key, { owners: k.owners ?? (names.length ? names : undefined), due: k.due ?? due });
    };
    for (const [key, row] of assignmentTables(text, lines)) {
      const due = row.dueCell ? findDue(`due ${row.dueCell.text}`, 0, year, order).due : undefined;
      note(
        key,
        row.owners.map((o) => o.name),
        due?.date ? due : undefined,
      );
    }
    for (const u of unowned) for (const o of known.get(u.key)?.owners ?? []) owners.add(o);
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      if (a.owners.length > 0 && a.due) continue;
      const labelled = ownerLabelledTaskKey(a.text, a.owners);
      const k = known.get(assignmentKey(a.text)) ?? (labelled !== undefined ? known.get(labelled) : undefined);
      const filledOwners = a.owners.length === 0 ? k?.owners : undefined;
      const filledDue = !a.due ? dueIso(k?.due, a.line) : undefined;
      if (filledOwners || filledDue) actions[i] = { ...a, owners: filledOwners ?? a.owners, due: filledDue ?? a.due };
    }
  }

  const field = (id: string) => {
    const f = fm?.field(id);
    return f && !f.missing ? f : undefined;
  };
  const owner = field('owner');
  if (owner) owners.add(owner.text);
  for (const id of ['attendees', 'distribution']) for (const n of fm?.field(id)?.items ?? []) owners.add(n);
  const jobRefs = listings ? jobReferencesIn(text, lines, options.jobPattern) : [];
  // As the full model's summary takes it: `job:`, else a body field line (ownJob.ts).
  const job = ownJob(text, fm, options.jobPattern);
  // As summarize: a placeholder (`<client>`) names no client.
  const clientField = field('client');
  const client = clientField && !isPlaceholderValue(clientField.text) ? clientField.text : undefined;
  const summary: DocumentSummary = {
    path,
    type: type.id,
    title: title?.text,
    client,
    job: job ? { id: job.id, line: lines.positionAt(job.fieldStart).line + 1 } : undefined,
    owner: owner?.text,
    due: fm?.field('due')?.text || undefined,
    status: field('status')?.text,
    date: ownDateIso(field, options.today.year, order),
    week: field('week')?.text,
    estimate: field('estimate')?.text,
    owners: [...owners],
    actions,
    jobRefs,
  };
  // The index keeps the summary for as long as the file exists; its strings are cut from the
  // text, and each slice would keep the whole file alive with it (10,000 files: every one of them).
  return {
    summary: jsonCopy(summary),
    declaredType,
    declaredOnly: decision.declaredOnly,
  };
}
