/**
 * The analysis: runs the rule table over a document and returns findings,
 * with severities from the configuration and inline comments applied.
 */
import { headingNumbers } from './headingNumbers';
import { documentDay, documentYear } from './documentYear';
import {
  type DatedEntry,
  type DatedSection,
  datedEntries,
  datedOverlapping,
  datedSpan,
  datedSectionsId,
} from './headingDates';
import { deadlineChunkLabel, deadlineSections, deadlineSectionsIn, deadlineSectionsKey } from './deadlineSections';
import {
  buildDocument,
  chunkAt,
  chunkComments,
  chunksKept,
  headingsKept,
  prefixMemo,
  valuesPerChunk,
  type AgencyDocument,
  type Heading,
  type Section,
  type SectionReading,
} from './document';
import {
  CONTEXT_START,
  actionContextOfParts,
  actionContextPart,
  documentActions,
  hasActionsSection,
  joinReadings,
  movedReading,
  nodeReading,
  NO_READING_PART,
  readsActions,
  sectionReading,
  type ReadingPart,
  type Roster,
  type ActionContext,
  type ActionContextPart,
  type ActionItem,
} from './actions';
import { RULES, RULE_BY_ID, type AnyRule, type RuleId } from './rules/index';
import type {
  Facts,
  Finding as RuleFinding,
  FindingData,
  Fix,
  FixContext,
  RuleContext,
  RuleOptions,
} from './rules/rule';
import { levelOf } from './rules/rule';
import type { DocumentTypeDef, TypeId } from './catalog/schema';
import type { ResolvedConfig } from './config';
import { suppressionOf } from './disable';
import {
  dottedDateOrder,
  yearFirstDays,
  parseFieldDate,
  readersDateOrder,
  readersLanguage,
  findDates,
  readingFor,
  type CalendarDate,
  type ReadersOrder,
} from './dates';
import { disableFileEdit, disableLineEdit } from './edits';
import { DATE_IS_MEETING, fieldById } from './catalog';
import { UI } from './l10n';
import { isoRewriteAt } from './rules/ambiguous-date';
import type { Chunk, ChunkCache } from './markdown';
import type { Root, RootContent } from 'mdast';
import { detached, LineIndex, sourceFrom } from './text';
import { isSampleAction } from './placeholders';
import { isBlankDocument } from './rules/empty-document';
import { writtenField } from './rules/common/timing';
import { clientPeople } from './clientPeople';

export type { Fix } from './rules/rule';

/** A finding of one of the registered rules. */
export type Finding = RuleFinding<RuleId>;

/** Inputs of an analysis besides the document: the rules' inputs with the whole configuration (severities). */
export interface AnalysisOptions extends RuleOptions {
  readonly config: ResolvedConfig;
  /**
   * The document is being edited (the server's open documents): each chunk's first check notes what it
   * asks of the action context too, so that an edit of the attendees re-checks only the chunks it
   * concerns. Without it (the command line, one analysis per document), a first check reuses the
   * actions listed for the index and depends on the whole context.
   */
  readonly editing?: boolean;
}

/**
 * The one date a minutes' or agenda's title gives (`# TSC Meeting Notes - 2023-03-16`, `# Contact report –
 * Brightwell – 20 Nov 2026`): the meeting's date when the front matter gives none.
 */
function titleDate(
  doc: AgencyDocument,
  defaultYear: number,
  order: ReadersOrder | undefined,
): { date: CalendarDate; hasTime: boolean } | undefined {
  const title = doc.title?.text;
  if (!title) return undefined;
  const tokens = findDates(title, { defaultYear, yearlessNumeric: true });
  const d = tokens.length === 1 ? readingFor(tokens[0], order) : undefined;
  return d && { date: d, hasTime: false };
}

function makeFacts(doc: AgencyDocument, options: AnalysisOptions): Facts {
  // How this document's readers take `03/04/2026` (a Spanish acta: 3 April).
  // Read from the first 50,000 characters (dates.ts), kept while the edits are further down (prefixMemo).
  // A configured date order is the readers' own (readersDateOrder): their language is not read for it.
  const configuredOrder = options.config.dateOrder;
  const readersOrder = () => {
    const readers = prefixMemo(doc, `language\u0000${doc.lang}`, () => readersLanguage(doc.source, doc.lang));
    return prefixMemo(doc, `order\u0000${readers}`, () => readersDateOrder(readers, undefined, doc.source));
  };
  const dateOrder = configuredOrder ?? readersOrder();
  const dateIn = (text: string, year: number) => {
    const t = parseFieldDate(text, { defaultYear: year, yearlessNumeric: true });
    const d = t && readingFor(t, dateOrder);
    return t && d ? { date: d, hasTime: t.kind !== 'invalid' && t.hasTime } : undefined;
  };
  const dateOf = (id: string, year: number) => {
    const f = doc.frontMatter?.field(id);
    return !f || f.missing ? undefined : dateIn(f.text, year);
  };
  // The same field written as a line atop the body (`**Issued:** 3 Dec 2026, 17:30`), when the front matter gives none.
  const bodyDateOf = (id: string, year: number) => {
    const f = fieldById(id) ? writtenField(doc, id) : undefined;
    return f && !f.missing ? dateIn(f.text, year) : undefined;
  };
  // Minutes and agendas written with `date:` alone: that is the meeting's date.
  const meetingFromDate = !!doc.type && DATE_IS_MEETING.has(doc.type.id) && !doc.frontMatter?.field('meeting');
  let ownDate: CalendarDate | undefined;
  for (const id of ['date', 'meeting', 'issued']) {
    const d = dateOf(id, options.today.year);
    if (d) {
      ownDate = d.date;
      break;
    }
  }
  // Year-less dates take the document's year: its own date's, else the one its title, a `Date:` line or
  // its path gives (documentYear.ts), else this year.
  const signs = {
    title: doc.title?.text,
    body:
      doc.frontMatter && !doc.frontMatter.error?.unclosed ? sourceFrom(doc.source, doc.frontMatter.end) : doc.source,
    path: doc.path,
  };
  const defaultYear = ownDate?.year ?? documentYear(signs) ?? options.today.year;
  // The day year-less due dates are read nearest: the document's own date, else its title's or `Date:` line's.
  const near = ownDate ?? (readsActions(doc) ? documentDay(signs) : undefined);
  let actions: ActionItem[] | undefined;
  let people: ReadonlySet<string> | undefined;
  const cache = new Map<string, { date: CalendarDate; hasTime: boolean } | undefined>();
  // A log of meetings: the sections its dated headings open (headingDates.ts), read from the whole document.
  const dated = readsActions(doc)
    ? datedEntries(doc.headings, doc.text.length, dateOrder, headingsKept(doc.headings))
    : [];
  // The deadlines given by headings of their own (`#### DDL` over `5月14日会议前`), read from the whole document
  // (the headings naming one followed through the edits).
  const deadlines = readsActions(doc)
    ? deadlineSections(doc.headings, doc.source, defaultYear, dateOrder, headingsKept(doc.headings))
    : [];
  return {
    defaultYear,
    ownDate,
    near,
    dated,
    deadlines,
    dateOrder,
    dottedOrder: prefixMemo(doc, 'dotted', () => dottedDateOrder(doc.source)),
    yearFirstDays: prefixMemo(doc, 'yearFirst', () => yearFirstDays(doc.source)),
    headingNumbers: headingNumbers(doc.headings, headingsKept(doc.headings)),
    get clientPeople() {
      return (people ??= clientPeople(doc, options.config.clients, options.editing));
    },
    get actions() {
      // A template's sample action ("需要完成的事项 @负责人") is not an action: no owner or due findings, not listed.
      return (actions ??= documentActions(doc, {
        defaultYear,
        near,
        // Placed in the text (the whole document's actions: listed when asked for, not on each edit).
        dated: dated.map((e) => datedSpan(e, doc.headings, doc.text.length)),
        deadlines,
        jobPattern: options.config.jobPattern,
        dateOrder,
        // Put together from the chunks' parts, as the chunk-local checks get it: read once for both. The
        // reference run (analyzeWhole) reads it from the whole text.
        context: wholeDocument || !readsActions(doc) ? undefined : actionContextOfChunks(doc, options.editing),
      }).filter((a) => !isSampleAction(a.text)));
    },
    fieldDate(id) {
      const source = id === 'meeting' && meetingFromDate ? 'date' : id;
      if (!cache.has(id))
        cache.set(
          id,
          (fieldById(source) ? dateOf(source, defaultYear) : undefined) ??
            // Written in the body instead: `**Meeting date:**`, or in minutes and agendas `**Date:**` / `**Fecha:**`.
            bodyDateOf(id, defaultYear) ??
            (source !== id ? bodyDateOf(source, defaultYear) : undefined) ??
            (id === 'meeting' && meetingFromDate ? titleDate(doc, defaultYear, dateOrder) : undefined),
        );
      return cache.get(id);
    },
  };
}

/**
 * The facts of a document for the inputs besides the document they depend
 * on (today's year, the job-number pattern), made once: the server lists a
 * version's actions for the index and then analyzes it, and both read them.
 */
const FACTS = new WeakMap<AgencyDocument, { year: number; jobPattern: RegExp; dateOrder?: string; facts: Facts }>();
function factsOf(doc: AgencyDocument, options: AnalysisOptions): Facts {
  const year = options.today.year;
  const jobPattern = options.config.jobPattern;
  const known = FACTS.get(doc);
  const dateOrder = options.config.dateOrder;
  if (known && known.year === year && known.jobPattern === jobPattern && known.dateOrder === dateOrder)
    return known.facts;
  const facts = makeFacts(doc, options);
  FACTS.set(doc, { year, jobPattern, dateOrder, facts });
  return facts;
}

/** The document types each rule checks, as a set (undefined: every typed document, or any document). */
const APPLIES: ReadonlyMap<AnyRule, ReadonlySet<TypeId> | 'all' | 'any'> = new Map(
  RULES.map((r: AnyRule) => [r, typeof r.appliesTo === 'string' ? r.appliesTo : new Set(r.appliesTo)]),
);

/** Whether a rule checks this document: its type is one the rule applies to, and the inputs it needs are there. */
function runs(rule: AnyRule, type: DocumentTypeDef | undefined, options: AnalysisOptions): boolean {
  const applies = APPLIES.get(rule)!;
  if (applies !== 'any' && (!type || (applies !== 'all' && !applies.has(type.id)))) return false;
  if (rule.needs === 'workspace' && (!options.workspace || (rule.waitsForIndex && options.indexing))) return false;
  if (rule.needs === 'files' && !options.fileExists) return false;
  return true;
}

/**
 * Rules whose findings in a chunk depend only on that chunk and on the
 * document-level context (type, language, title, the facts' dates, the
 * sections open where the chunk starts, the options): each action item,
 * date or placeholder is judged on its own. They run per chunk, on the chunk
 * as a document of its own, and their findings are kept with the chunk's
 * parse in chunk-relative offsets, so an edit re-checks only the chunks it
 * touches (docs/architecture.md, "Chunk-local findings"). A rule belongs
 * here only if it reads no workspace and nothing across chunks;
 * test/chunkLocal.test.ts compares the result with a whole-document run on
 * random edit sequences.
 */
const CHUNK_LOCAL: ReadonlySet<string> = new Set<RuleId>([
  'action-due-before-meeting',
  'action-missing-due',
  'action-missing-owner',
  'action-overdue',
  'ambiguous-date',
  'invalid-date',
  'unfilled-placeholder',
  'unknown-owner',
]);

/** A chunk-local finding as kept with its chunk: offsets relative to the chunk, no range (lines move). */
interface LocalFinding {
  readonly rule: RuleId;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly data: FindingData;
}

/** The chunk-local findings of one parsed chunk, for the context they were found in. */
interface ChunkFindings {
  /** The document-level context (interned: compared by reference). */
  readonly documentContext: string;
  /** The chunk's own: first or not, the sections it is in. */
  readonly context: string;
  /** The field dates the rules asked the facts for, with what they were then. */
  readonly fieldDates: ReadonlyMap<string, string>;
  /** What the rules asked of the action context (who is on the roster, which tasks tables hand out), with the answers. */
  readonly contextReads: ContextReads;
  readonly findings: readonly LocalFinding[];
  /** The findings as last placed in the document: reused while the chunk starts at the same offset, line and column. */
  placed?: { readonly offset: number; readonly line: number; readonly character: number; readonly findings: Finding[] };
  /** The inputs outside the chunk it was last found valid for (see inputsOf): while they are the same, it is. */
  inputs?: object;
}

/**
 * The inputs of the chunk-local checks that lie outside the chunks (the document-level context, the
 * front matter the field dates are read from, the action context), as one object per document that
 * stays the same while they do: a chunk found valid for it needs no comparison of its field dates and
 * context questions on the next edit (a long document has thousands of chunks).
 */
const LAST_INPUTS = new Map<
  string,
  { documentContext: string; frontMatter: Root | undefined; actionContext: ActionContext | undefined; inputs: object }
>();
function inputsOf(doc: AgencyDocument, documentContext: string, actionContext: ActionContext | undefined): object {
  // The field dates come from a closed front matter: the first chunk's tree (the same tree, the same text).
  const first = doc.chunks[0];
  const frontMatter = first && first.tree.children[0]?.type === 'yaml' ? first.tree : undefined;
  const last = LAST_INPUTS.get(doc.path);
  if (
    last &&
    frontMatter !== undefined &&
    last.frontMatter === frontMatter &&
    last.documentContext === documentContext &&
    last.actionContext === actionContext
  )
    return last.inputs;
  const inputs = {};
  LAST_INPUTS.delete(doc.path);
  LAST_INPUTS.set(doc.path, { documentContext, frontMatter, actionContext, inputs });
  if (LAST_INPUTS.size > 16) LAST_INPUTS.delete(LAST_INPUTS.keys().next().value!);
  return inputs;
}
const CHUNK_FINDINGS = new WeakMap<Root, ChunkFindings>();
/** How many chunks the last analysis checked (the others' findings were reused): for tests and the benchmark. */
export const chunkLocalStats = { checked: 0, chunks: 0, visited: 0 };

/** A number per configuration object: a new configuration is a new context. */
const CONFIG_IDS = new WeakMap<object, number>();
let configCount = 0;
function configId(config: object): number {
  let id = CONFIG_IDS.get(config);
  if (id === undefined) CONFIG_IDS.set(config, (id = ++configCount));
  return id;
}

/** Analyzes a parsed document. */
export function analyzeDocument(doc: AgencyDocument, options: AnalysisOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressionOf(doc);
  const severity = options.config.severity;
  const type = doc.type;
  let facts: Facts | undefined;
  // A new document with nothing written yet gets one hint with the template (rules/empty-document.ts), not a finding per missing part.
  const blank = type !== undefined && isBlankDocument(doc.source) && severity['empty-document'] !== 'off';
  const local: AnyRule[] = [];
  for (const rule of RULES as readonly AnyRule[]) {
    const level = severity[rule.id];
    if (level === 'off' || !runs(rule, type, options)) continue;
    if (blank && rule.id !== 'empty-document') continue;
    if (CHUNK_LOCAL.has(rule.id) && !wholeDocument) {
      local.push(rule);
      continue;
    }
    const report = (start: number, end: number, params: unknown, data: FindingData = {}) => {
      const range = doc.lines.range(start, end);
      if (suppressed(rule.id, range.start.line)) return;
      findings.push({
        rule: rule.id,
        severity: levelOf(rule, level, data),
        message: (rule.messages[options.locale] ?? rule.messages.en)(params),
        start,
        end,
        range,
        data,
      });
    };
    // `type` is undefined only for the rules about reading the document (`any`), which do not read it.
    const ctx: RuleContext<unknown> = {
      doc,
      type: type!,
      options,
      get facts() {
        return (facts ??= factsOf(doc, options));
      },
      report,
    };
    rule.check(ctx);
  }
  if (local.length) {
    for (const f of chunkLocalFindings(doc, options, local)) {
      if (!suppressed(f.rule, f.range.start.line)) findings.push(f);
    }
  }
  // Rule ids are lower-case words and hyphens: their code order is their alphabetical order, with no collator
  // to load (a process's first localeCompare costs 6-10 ms of the first check; test/ruleDocs.test.ts).
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** For tests: run every rule over the whole document at once (the reference the chunk-local run must equal). */
let wholeDocument = false;
export function analyzeWhole(doc: AgencyDocument, options: AnalysisOptions): Finding[] {
  wholeDocument = true;
  try {
    return analyzeDocument(doc, options);
  } finally {
    wholeDocument = false;
  }
}

/**
 * The findings of the chunk-local rules, chunk by chunk: those kept with a
 * chunk are reused when its context is the same, the others are found on the
 * chunk alone. Offsets, ranges and insert points are placed where the chunk is now.
 */
function chunkLocalFindings(doc: AgencyDocument, options: AnalysisOptions, rules: readonly AnyRule[]): Finding[] {
  const facts = factsOf(doc, options);
  // What the whole document says about its actions (attendees, tasks handed out in tables) is context too.
  const actionContext = readsActions(doc) ? actionContextOfChunks(doc, options.editing) : undefined;
  const today = options.today;
  const documentContext = interned(
    JSON.stringify([
      rules.map((r) => r.id),
      options.locale,
      today.year,
      today.month,
      today.day,
      configId(options.config),
      doc.path,
      doc.type?.id,
      doc.lang,
      doc.title?.text,
      facts.defaultYear,
      facts.ownDate,
      facts.near,
      // A short name of their key, the same while typing leaves the dated headings as they were.
      datedSectionsId(facts.dated ?? []),
      deadlineSectionsKey(facts.deadlines ?? []),
      facts.dateOrder,
      facts.dottedOrder,
      [...facts.yearFirstDays].join(' '),
      facts.headingNumbers.key,
      actionContext !== undefined,
      // Whether an action table under another heading is the actions (actions.ts documentActions).
      actionContext !== undefined && !hasActionsSection(doc),
      // The client's people among the attendees, known owners to unknown-owner (a document-level fact).
      options.config.team.length > 0 && rules.some((r) => r.id === 'unknown-owner')
        ? [...facts.clientPeople].sort().join('|')
        : '',
    ]),
  );
  const chunks = doc.chunks;
  chunkLocalStats.checked = 0;
  chunkLocalStats.chunks = chunks.length;
  const inputs = inputsOf(doc, documentContext, actionContext);
  // What each actions section's reading takes from all of its nodes (a chunk's check sees its own only).
  const readings = actionContext ? actionsReadings(doc, actionContext.roster) : NO_READINGS;
  // Typing in a long document: the chunks before and after the edit are those of the last analysis, with the
  // same inputs and sections around them: their findings are the last ones, moved (see lastLocalSplice).
  const previous = LAST_LOCAL.get(doc.path);
  const splice = previous && previous.inputs === inputs ? lastLocalSplice(previous, doc, readings) : undefined;
  /** The chunks checked (or their kept findings placed) one by one: all of them, or those the edit touched. */
  const from = splice ? splice.k : 0;
  const to = splice ? splice.j : chunks.length;
  chunkLocalStats.visited = to - from;
  // The sections each chunk is in or holds (a section may run over several chunks).
  const within: Section[][] = [];
  for (let i = from; i < to; i++) within.push([]);
  for (const s of doc.sections) {
    const last = s.contentEnd > s.heading.start ? chunkAt(chunks, s.contentEnd - 1) : chunkAt(chunks, s.heading.start);
    for (let i = Math.max(from, chunkAt(chunks, s.heading.start)); i <= last && i < to; i++) within[i - from].push(s);
  }
  // Those of the chunks before the edit are the last ones (copied whole: slices, not a push per finding).
  const out: Finding[] = splice ? previous!.out.slice(0, previous!.starts[splice.k]) : [];
  /** Where each chunk's findings start in `out` (and one more: where they end). */
  const starts: number[] = splice ? previous!.starts.slice(0, splice.k) : [];
  const labels = new Map<Section, string>();
  /** `|` and the section as context, once per section and kept across analyses (SECTION_LABELS). */
  const continuingLabel = (s: Section): string => {
    let l = labels.get(s);
    if (l === undefined) labels.set(s, (l = sectionLabel(continuing(s))));
    return l;
  };
  const fieldDatesNow = new Map<string, string>();
  for (let i = from; i < to; i++) {
    starts.push(out.length);
    const c = chunks[i];
    const shift = i === 0 ? 0 : c.offset;
    // The sections this chunk continues (their heading is before it) are context; the rest is its own text.
    const sections = within[i - from];
    // Most chunks are in one section that started before them: their context is that section's, one string
    // kept across analyses (compared by reference).
    const context =
      (sections.length === 0
        ? i === 0
          ? 'first'
          : ''
        : i !== 0 && sections.length === 1 && sections[0].heading.start < c.offset
          ? continuingLabel(sections[0])
          : `${i === 0 ? 'first' : ''}|${sections
              .map((s) => (s.heading.start < c.offset ? continuing(s) : `${s.def.id}@${s.heading.start - shift}`))
              .join('|')}`) +
      readingsLabel(sections, readings, c) +
      datedChunkLabel(facts.dated, doc, c.offset, c.offset + c.text.length) +
      deadlineChunkLabel(facts.deadlines, c.offset, c.offset + c.text.length);
    let kept = CHUNK_FINDINGS.get(c.tree);
    if (kept && kept.inputs === inputs && kept.context === context) {
      // Found valid for these same inputs before: nothing it depends on has changed.
    } else if (
      !kept ||
      kept.documentContext !== documentContext ||
      kept.context !== context ||
      !sameFieldDates(kept.fieldDates, facts, fieldDatesNow) ||
      !sameContextReads(kept.contextReads, actionContext)
    ) {
      // Judged again, or while editing: the questions it asks of the action context are noted.
      kept = checkChunk(
        doc,
        i,
        sections,
        options,
        facts,
        rules,
        [documentContext, context],
        actionContext,
        readings,
        !!kept || options.editing === true,
      );
      chunkLocalStats.checked++;
      CHUNK_FINDINGS.set(c.tree, kept);
    }
    kept.inputs = inputs;
    if (kept.findings.length === 0) continue;
    // A chunk before the edit is where it was: its placed findings are the same (lines and columns too).
    const at = doc.lines.positionAt(c.offset);
    const placed = kept.placed;
    if (placed && placed.offset === c.offset && placed.line === at.line && placed.character === at.character) {
      for (const f of placed.findings) out.push(f);
      continue;
    }
    const now: Finding[] = [];
    // Moved along its line only (letters typed before it on the line where it starts, or earlier on):
    // its findings' lines and columns are the ones placed last.
    const sameLines = placed && placed.line === at.line && placed.character === at.character;
    const findings = kept.findings;
    for (let k = 0; k < findings.length; k++) {
      const f = findings[k];
      const start = f.start + shift;
      const stop = f.end + shift;
      const data =
        shift !== 0 && f.data.insertAt !== undefined
          ? Object.assign({}, f.data, { insertAt: f.data.insertAt + shift })
          : f.data;
      // A literal, not a spread: thousands are placed again after each edit in a long document.
      now.push({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        start,
        end: stop,
        range: sameLines ? placed.findings[k].range : doc.lines.range(start, stop),
        data,
      });
    }
    kept.placed = { offset: c.offset, line: at.line, character: at.character, findings: now };
    for (const f of now) out.push(f);
  }
  if (splice && !moveTail(previous!, splice, doc, out, starts)) {
    // The findings after the edit could not be moved as a whole: the analysis is made chunk by chunk.
    LAST_LOCAL.delete(doc.path);
    const { checked, visited } = chunkLocalStats;
    const all = chunkLocalFindings(doc, options, rules);
    chunkLocalStats.checked += checked;
    chunkLocalStats.visited += visited;
    return all;
  }
  starts.push(out.length);
  LAST_LOCAL.delete(doc.path);
  // Kept for documents being edited only (the server keeps their model, and with it these chunks, anyway).
  if (options.editing)
    LAST_LOCAL.set(doc.path, {
      chunks,
      length: doc.text.length,
      inputs,
      sections: sectionShapes(doc.sections, readings),
      out,
      starts,
    });
  if (LAST_LOCAL.size > 16) LAST_LOCAL.delete(LAST_LOCAL.keys().next().value!);
  return out;
}

/**
 * The chunk-local findings of the last analysis of each document being edited (the last few paths), with
 * the chunks, inputs and sections they were found for: the next analysis takes those of the chunks the
 * edit left alone from here instead of visiting thousands of chunks.
 */
interface LastLocal {
  readonly chunks: readonly Chunk[];
  /** The text's length. */
  readonly length: number;
  readonly inputs: object;
  readonly sections: readonly SectionShape[];
  readonly out: readonly Finding[];
  /** Where each chunk's findings start in `out`, and where they end. */
  readonly starts: readonly number[];
}
const LAST_LOCAL = new Map<string, LastLocal>();

/** What of a section makes the context of the chunks it runs over: its definition, its heading's words and level, and where it is. */
interface SectionShape {
  readonly def: Section['def'];
  readonly depth: number;
  readonly text: string;
  readonly start: number;
  /** Its last character (its heading's start if it holds nothing): the last chunk it runs over holds it. */
  readonly last: number;
  /** An actions section's reading (SectionReading). */
  readonly reading?: SectionReading;
}
function sectionShapes(sections: readonly Section[], readings: ReadonlyMap<Section, SectionReading>): SectionShape[] {
  return sections.map((s) => ({
    def: s.def,
    depth: s.heading.depth,
    text: s.heading.text,
    start: s.heading.start,
    last: s.contentEnd > s.heading.start ? s.contentEnd - 1 : s.heading.start,
    reading: readings.get(s),
  }));
}

const NO_READINGS: ReadonlyMap<Section, SectionReading> = new Map();

function movedSectionReading(r: SectionReading | undefined, by: number): SectionReading | undefined {
  if (!r || by === 0 || (r.end === undefined && r.paragraphsUntil === undefined)) return r;
  return {
    labelled: r.labelled,
    end: r.end === undefined ? undefined : r.end + by,
    paragraphsUntil: r.paragraphsUntil === undefined ? undefined : r.paragraphsUntil + by,
  };
}

/** Each chunk's reading part (actions.ts ReadingPart) from all of its top-level nodes, offsets in it: kept per parse. */
const CHUNK_READINGS = new WeakMap<Root, ReadingPart>();
/** The chunks' reading parts in their order (document.ts valuesPerChunk). */
const READINGS_PER_CHUNK = new WeakMap<readonly Chunk[], readonly ReadingPart[]>();
function chunkReading(c: Chunk): ReadingPart {
  let part = CHUNK_READINGS.get(c.tree);
  if (part === undefined) {
    part = NO_READING_PART;
    for (const n of c.tree.children) part = joinReadings(part, nodeReading(c.text, n, 0));
    CHUNK_READINGS.set(c.tree, part);
  }
  return part;
}

/**
 * The reading of each actions section of the document, from all of its nodes: the chunks it covers whole
 * from what they hold (kept per parse), the nodes of the others one by one.
 */
function actionsReadings(doc: AgencyDocument, roster: Roster | undefined): Map<Section, SectionReading> {
  const out = new Map<Section, SectionReading>();
  const chunks = doc.chunks;
  let parts: readonly ReadingPart[] | undefined;
  for (const s of doc.sections) {
    if (s.def.kind !== 'actions') continue;
    // Each chunk's part from an array kept by the chunk list (a long log's section runs over a thousand chunks).
    parts ??= valuesPerChunk(READINGS_PER_CHUNK, chunks, chunkReading);
    let part = NO_READING_PART;
    for (let i = chunkAt(chunks, s.contentStart); i < chunks.length && chunks[i].offset < s.contentEnd; i++) {
      const c = chunks[i];
      if (c.offset >= s.contentStart && c.offset + c.text.length <= s.contentEnd) {
        part = joinReadings(part, movedReading(parts[i], c.offset));
        continue;
      }
      for (const n of c.tree.children) {
        const at = c.offset + (n.position?.start.offset ?? 0);
        if (at >= s.contentStart && at < s.contentEnd)
          part = joinReadings(part, movedReading(nodeReading(c.text, n, 0), c.offset));
      }
    }
    out.set(s, sectionReading(part, roster));
  }
  return out;
}

/**
 * What the readings of the actions sections a chunk is in say of it (part of its context): that one ended
 * before it, or where in it it ends or its paragraph tasks stop; that it labels its actions; that its
 * paragraphs are tasks. Empty for most chunks.
 */
function readingsLabel(sections: readonly Section[], readings: ReadonlyMap<Section, SectionReading>, c: Chunk): string {
  if (readings.size === 0) return '';
  let label = '';
  const end = c.offset + c.text.length;
  const at = (p: number | undefined) => (p === undefined || p >= end ? '' : p < c.offset ? '<' : String(p - c.offset));
  for (const s of sections) {
    const r = readings.get(s);
    if (!r || (!r.labelled && r.end === undefined && r.paragraphsUntil === undefined)) continue;
    label += `§${s.def.id}${r.labelled ? 'L' : ''}E${at(r.end)}${r.paragraphsUntil === undefined ? '' : `P${at(r.paragraphsUntil)}`}`;
  }
  return label;
}

/** The chunks an edit left alone: the first `k` are the last analysis's, and so are those from `j` on (the last's from `i` on, moved by `delta`). */
interface LocalSplice {
  readonly k: number;
  readonly j: number;
  readonly i: number;
  readonly delta: number;
}

/**
 * Which chunks of `doc` are the last analysis's, at the same place or moved by the change in length, such
 * that their findings are the last ones: the first chunk (which holds the front matter) is among them, and
 * every section runs over the same of them in the same way (same definition, heading words and level; its
 * heading and its end in the same chunk of them at the same place in it, or both in the chunks between),
 * so that each of them has the context it had (chunkLocalFindings: the sections it continues and those it
 * holds, where). Undefined when not.
 */
function lastLocalSplice(
  last: LastLocal,
  doc: AgencyDocument,
  readings: ReadonlyMap<Section, SectionReading>,
): LocalSplice | undefined {
  const chunks = doc.chunks;
  const before = last.chunks;
  const { k, j, i, delta } = chunksKept(before, chunks, last.length, doc.text.length);
  if (k === 0) return undefined;
  const headNow = k < chunks.length ? chunks[k].offset : doc.text.length;
  const tailNow = j < chunks.length ? chunks[j].offset : doc.text.length;
  const headThen = k < before.length ? before[k].offset : last.length;
  const tailThen = i < before.length ? before[i].offset : last.length;
  // A place in the chunks before the edit as itself, after it as where it is from their start, between them as -1.
  const where = (p: number, head: number, tail: number) => (p < head ? p : p >= tail ? -2 - (p - tail) : -1);
  const sections = doc.sections;
  if (sections.length !== last.sections.length) return undefined;
  for (let n = 0; n < sections.length; n++) {
    const s = sections[n];
    const was = last.sections[n];
    const lastChar = s.contentEnd > s.heading.start ? s.contentEnd - 1 : s.heading.start;
    if (
      s.def !== was.def ||
      s.heading.depth !== was.depth ||
      s.heading.text !== was.text ||
      where(s.heading.start, headNow, tailNow) !== where(was.start, headThen, tailThen) ||
      where(lastChar, headNow, tailNow) !== where(was.last, headThen, tailThen)
    )
      return undefined;
    // An actions section read the same way over them (SectionReading): labelled alike, ended at the same place.
    const reading = readings.get(s);
    const then = was.reading;
    if (reading !== then) {
      if (!reading || !then || reading.labelled !== then.labelled) return undefined;
      const same = (a: number | undefined, b: number | undefined) =>
        a === b ||
        (a !== undefined &&
          b !== undefined &&
          a !== Number.POSITIVE_INFINITY &&
          b !== Number.POSITIVE_INFINITY &&
          where(a, headNow, tailNow) === where(b, headThen, tailThen));
      if (!same(reading.end, then.end) || !same(reading.paragraphsUntil, then.paragraphsUntil)) return undefined;
    }
  }
  return { k, j, i, delta };
}

/**
 * Appends the last analysis's findings of the chunks after the edit (from `splice.i` on), moved by the change
 * in length and in lines: the text from those chunks on is the same, so a finding's line moves by as many
 * lines as the first of them does, and its column stays if that one's does. False when it does not (the
 * caller then places them one by one).
 */
function moveTail(
  last: LastLocal,
  splice: LocalSplice,
  doc: AgencyDocument,
  out: Finding[],
  starts: number[],
): boolean {
  const from = last.starts[splice.i];
  const to = last.out.length;
  const delta = splice.delta;
  const tailThen = splice.i < last.chunks.length ? last.chunks[splice.i].offset : last.length;
  const outAt = out.length;
  const startsAt = starts.length;
  const base = outAt - from;
  for (let n = splice.i; n < last.chunks.length; n++) starts.push(last.starts[n] + base);
  // One pass: each finding is checked, the first found and the finding moved as if its lines were the same
  // (a letter typed); undone when one is not after the edit or the first does not keep its column.
  let first: Finding | undefined;
  for (let n = from; n < to; n++) {
    const f = last.out[n];
    if (f.start < tailThen) {
      out.length = outAt;
      starts.length = startsAt;
      return false;
    }
    if (!first || f.start < first.start) first = f;
    if (delta === 0) continue;
    out.push({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: f.start + delta,
      end: f.end + delta,
      range: f.range,
      data: f.data.insertAt !== undefined ? Object.assign({}, f.data, { insertAt: f.data.insertAt + delta }) : f.data,
    });
  }
  let lines = 0;
  if (first) {
    const at = doc.lines.positionAt(first.start + delta);
    if (at.character !== first.range.start.character) {
      out.length = outAt;
      starts.length = startsAt;
      return false;
    }
    lines = at.line - first.range.start.line;
  }
  if (delta === 0 && lines === 0) {
    for (let n = from; n < to; n++) out.push(last.out[n]);
    return true;
  }
  // (A letter typed: the lines after it are where they were, and so are the findings' ranges, pushed above.)
  if (lines === 0) return true;
  for (let n = from; n < to; n++) {
    const f = last.out[n];
    const r = f.range;
    const m = n + base;
    const range = {
      start: { line: r.start.line + lines, character: r.start.character },
      end: { line: r.end.line + lines, character: r.end.character },
    };
    // (Literals, not spreads: thousands after a line break typed.)
    const g = delta === 0 ? f : out[m];
    const moved = {
      rule: g.rule,
      severity: g.severity,
      message: g.message,
      start: g.start,
      end: g.end,
      range,
      data: g.data,
    };
    if (delta === 0) out.push(moved);
    else out[m] = moved;
  }
  return true;
}

/** Each chunk's part of the action context, by the state the reading is in where the chunk starts (and its key). */
const CONTEXT_PARTS = new WeakMap<Root, Map<string, { part: ActionContextPart; exitKey: string }>>();
const NO_CHUNKS: readonly Chunk[] = Object.freeze([]);
/** The action context last put together per document (the last few paths): reused while its parts add the same. */
const LAST_CONTEXTS = new Map<
  string,
  {
    parts: ActionContextPart[];
    attendees: string;
    context: ActionContext;
    /** The chunks the parts were read from, and the key of the state each was read in (one more: after the last). */
    chunks: readonly Chunk[];
    keys: string[];
  }
>();

/**
 * The document's action context (actions.ts actionContextOf) from its chunks' parts: a chunk's part is
 * read once per parse and state, so an edit reads the text of its chunk only; the parts are put together
 * again only when one of them adds something else (test/actionContext.test.ts compares with the whole text's).
 * The parts of the chunks before an edit are the last ones, and so are those after it when the reading is
 * in the same state where they start: only the chunks between are looked at.
 */
export function actionContextOfChunks(doc: AgencyDocument, editing = false): ActionContext {
  const chunks = doc.chunks;
  // The chunks are kept for documents being edited only (the server keeps their model, and these chunks, anyway).
  const kept = editing ? chunks : NO_CHUNKS;
  const last = LAST_CONTEXTS.get(doc.path);
  const parts: ActionContextPart[] = [];
  const keys: string[] = [];
  let k = 0;
  let j = chunks.length;
  let i = 0;
  if (last) {
    const before = last.chunks;
    const lengthThen = before.length ? before[before.length - 1].offset + before[before.length - 1].text.length : 0;
    const kept = chunksKept(before, chunks, lengthThen, doc.text.length);
    k = kept.k;
    // (The first chunk is read with a byte-order mark before it: it is never taken as moved.)
    if (kept.j > 0 && kept.i > 0) {
      j = kept.j;
      i = kept.i;
    }
    for (let n = 0; n < k; n++) {
      parts.push(last.parts[n]);
      keys.push(last.keys[n]);
    }
  }
  let state = k === 0 ? CONTEXT_START : last!.parts[k - 1].exit;
  let stateKey = k === 0 ? '' : last!.keys[k];
  /** The chunks from here on are the last ones after the edit, read in the same state: their parts are the last. */
  let tail = -1;
  for (let n = k; n < chunks.length; n++) {
    if (n === j && last && j < chunks.length && last.keys[i] === stateKey) {
      tail = n;
      for (let m = i; m < last.parts.length; m++) {
        parts.push(last.parts[m]);
        keys.push(last.keys[m]);
      }
      stateKey = last.keys[last.parts.length];
      break;
    }
    const c = chunks[n];
    // A byte-order mark before the first chunk belongs to its first line.
    const text = n === 0 && c.offset > 0 ? doc.source.slice(0, c.offset + c.text.length) : c.text;
    const key = text === c.text ? stateKey : `${stateKey}|bom`;
    keys.push(stateKey);
    let byState = CONTEXT_PARTS.get(c.tree);
    if (!byState) CONTEXT_PARTS.set(c.tree, (byState = new Map()));
    let read = byState.get(key);
    if (!read) {
      const part = actionContextPart(text, new LineIndex(text), state);
      const exit = part.exit;
      const exitKey =
        exit.fence === undefined && exit.table === undefined && exit.attendeeDepth === undefined
          ? ''
          : JSON.stringify([exit.fence, exit.table, exit.attendeeDepth]);
      byState.set(key, (read = { part, exitKey }));
    }
    parts.push(read.part);
    state = read.part.exit;
    stateKey = read.exitKey;
  }
  keys.push(stateKey);
  const attendees = doc.frontMatter?.field('attendees')?.items;
  const attendeesKey = JSON.stringify(attendees ?? null);
  if (last && last.attendees === attendeesKey && last.parts.length === parts.length) {
    // Before the edit, and after it when taken over, the parts are the last ones.
    let same = true;
    for (let n = k, to = tail >= 0 && tail === i ? tail : parts.length; same && n < to; n++)
      same = parts[n] === last.parts[n] || parts[n].signature === last.parts[n].signature;
    if (same) {
      last.parts = parts;
      last.chunks = kept;
      last.keys = keys;
      return last.context;
    }
  }
  const context = actionContextOfParts(parts, attendees);
  LAST_CONTEXTS.delete(doc.path);
  LAST_CONTEXTS.set(doc.path, { parts, attendees: attendeesKey, context, chunks: kept, keys });
  // The documents being edited, not every document ever checked (the workspace's closed documents pass here too).
  if (LAST_CONTEXTS.size > 16) LAST_CONTEXTS.delete(LAST_CONTEXTS.keys().next().value!);
  return context;
}

/** Strings made again on every analysis, kept once: the chunks' contexts then compare by reference, not character by character. */
const INTERNED = new Map<string, string>();
function interned(s: string): string {
  const known = INTERNED.get(s);
  if (known !== undefined) return known;
  if (INTERNED.size >= 64) INTERNED.clear();
  INTERNED.set(s, s);
  return s;
}

/**
 * What a chunk's check asked of the action context, with the answers: the
 * roster's names and words it looked up, the tasks it looked up, whether
 * there were any. A chunk is judged again only when the new context answers
 * one of them otherwise, so that an edit of the attendees (front matter, an
 * attendees heading) re-checks the chunks that name them, not every chunk.
 * Anything else read of the context (its roster listed, say) makes the chunk
 * depend on the whole context (`whole`: its key must be the same).
 */
interface ContextReads {
  /** The context the answers hold for (the last one compared). */
  context: ActionContext | undefined;
  readonly names: Map<string, boolean>;
  readonly words: Map<string, boolean>;
  readonly tasks: Map<string, string>;
  /** The rows asked whether a later row closes them, and the lists whether they restate a table (ActionContext). */
  readonly closed: Map<string, boolean>;
  readonly summaries: Map<string, boolean>;
  /** Whom an e-mail's next steps speak to, as read (null: read, none); undefined while unread. */
  addressee?: string | null;
  /** Whether the document is a log of its writer's own work, as read (null: read, not one); undefined while unread. */
  writersLog?: string | null;
  roster: boolean;
  noTasks?: boolean;
  whole: boolean;
}

function newContextReads(context: ActionContext | undefined): ContextReads {
  return {
    context,
    names: new Map(),
    words: new Map(),
    tasks: new Map(),
    closed: new Map(),
    summaries: new Map(),
    roster: false,
    whole: false,
  };
}

/** Counts the recording contexts made: each gets a key of its own (see recordingContext). */
let recordings = 0;

/**
 * The action context as a chunk's check sees it: every question asked of it
 * is noted in `reads`. Its key is its own: actions.ts keeps the items it read
 * per list under the context's key, and items read under another recording
 * would not note their questions here.
 */
function recordingContext(context: ActionContext, reads: ContextReads): ActionContext {
  const roster = context.roster;
  /** `target` with the questions `note` answers (and notes); any other use of it makes the chunk depend on the whole. */
  const asked = <T extends object>(target: T, note: (prop: string | symbol) => { value: unknown } | undefined): T =>
    new Proxy(target, {
      get(t, prop) {
        const own = note(prop);
        if (own) return own.value;
        reads.whole = true;
        const v = Reflect.get(t, prop, t);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
  const set = (s: ReadonlySet<string>, into: Map<string, boolean>) =>
    asked(s, (prop) =>
      prop === 'has'
        ? {
            value: (x: string) => {
              const yes = s.has(x);
              into.set(x, yes);
              return yes;
            },
          }
        : undefined,
    );
  const tasks = context.tasks;
  return {
    key: `${context.key}\u0000${++recordings}`,
    get roster() {
      reads.roster = true;
      return (
        roster && {
          get key() {
            reads.whole = true;
            return roster.key;
          },
          names: set(roster.names, reads.names),
          words: set(roster.words, reads.words),
          notedKey: roster.key,
        }
      );
    },
    tasks: asked(tasks, (prop) => {
      if (prop === 'get')
        return {
          value: (k: string) => {
            const t = tasks.get(k);
            reads.tasks.set(k, JSON.stringify(t ?? null));
            return t;
          },
        };
      if (prop === 'size') {
        reads.noTasks = tasks.size === 0;
        return { value: tasks.size };
      }
      return undefined;
    }) as ActionContext['tasks'],
    closed: set(context.closed, reads.closed),
    summaries: set(context.summaries, reads.summaries),
    // (Passed on, and noted: without it the editor's checks read no addressee where the command line's do.)
    get addressee() {
      reads.addressee = context.addressee ?? null;
      return context.addressee;
    },
    get writersLog() {
      reads.writersLog = context.writersLog ?? null;
      return context.writersLog;
    },
  };
}

/** The questions a chunk's check asked of the action context get the same answers from `now`. */
function sameContextReads(reads: ContextReads, now: ActionContext | undefined): boolean {
  const was = reads.context;
  if (was === now) return true;
  if (!was || !now) return false;
  if (reads.whole) {
    if (was.key !== now.key) return false;
  } else {
    if (reads.roster && !was.roster !== !now.roster) return false;
    if (reads.noTasks !== undefined && reads.noTasks !== (now.tasks.size === 0)) return false;
    for (const [x, yes] of reads.names) if ((now.roster?.names.has(x) ?? false) !== yes) return false;
    for (const [x, yes] of reads.words) if ((now.roster?.words.has(x) ?? false) !== yes) return false;
    for (const [k, t] of reads.tasks) if (JSON.stringify(now.tasks.get(k) ?? null) !== t) return false;
    for (const [k, yes] of reads.closed) if (now.closed.has(k) !== yes) return false;
    for (const [k, yes] of reads.summaries) if (now.summaries.has(k) !== yes) return false;
    if (reads.addressee !== undefined && (now.addressee ?? null) !== reads.addressee) return false;
    if (reads.writersLog !== undefined && (now.writersLog ?? null) !== reads.writersLog) return false;
  }
  reads.context = now;
  return true;
}

/** A section as context of the chunks it runs on into (its heading is before them): its kind, depth and words. */
function continuing(s: Section): string {
  return `${s.def.id}<${s.heading.depth}<${s.heading.text}`;
}

/** The context of a chunk in one section that started before it (`|` and the section), kept once. */
const SECTION_LABELS = new Map<string, string>();
function sectionLabel(section: string): string {
  let known = SECTION_LABELS.get(section);
  if (known === undefined) {
    if (SECTION_LABELS.size >= 1000) SECTION_LABELS.clear();
    SECTION_LABELS.set(section, (known = `|${section}`));
  }
  return known;
}

/** The field dates a chunk's check read are what the document's facts say now (`now`: each written once per analysis). */
function sameFieldDates(read: ReadonlyMap<string, string>, facts: Facts, now: Map<string, string>): boolean {
  for (const [id, was] of read) {
    let is = now.get(id);
    if (is === undefined) now.set(id, (is = JSON.stringify(facts.fieldDate(id) ?? null)));
    if (is !== was) return false;
  }
  return true;
}

/**
 * Runs the chunk-local rules on chunk `i` as a document of its own: its text,
 * its nodes, the parts of the sections that fall in it, with offsets relative
 * to it (the first chunk keeps the document's own offsets and holds the front
 * matter). Type, language, title and the facts' dates are the document's.
 */
/**
 * The dated sections a chunk's text `[from, to)` is in, as its context (a chunk of the same text under another
 * meeting's date reads its year-less dues otherwise): their dates, and where they start and end within it.
 */
function datedChunkLabel(
  dated: readonly DatedEntry[] | undefined,
  doc: AgencyDocument,
  from: number,
  to: number,
): string {
  if (!dated?.length) return '';
  let label = '';
  for (const s of datedOverlapping(dated, doc.headings, doc.text.length, from, to))
    label += `⌚${s.date.year}-${s.date.month}-${s.date.day}@${Math.max(-1, s.start - from)}-${Math.min(to - from + 1, s.end - from)}`;
  return label;
}

/** The dated sections a chunk's text `[from, to)` is in, in its offsets (those opened before it at negative ones). */
function datedSectionsIn(
  dated: readonly DatedEntry[] | undefined,
  doc: AgencyDocument,
  from: number,
  to: number,
  shift: number,
): readonly DatedSection[] {
  const out: DatedSection[] = [];
  for (const s of datedOverlapping(dated ?? [], doc.headings, doc.text.length, from, to))
    out.push(shift === 0 ? s : { ...s, start: s.start - shift, end: s.end - shift });
  return out;
}

function checkChunk(
  doc: AgencyDocument,
  i: number,
  sections: readonly Section[],
  options: AnalysisOptions,
  facts: Facts,
  rules: readonly AnyRule[],
  [documentContext, context]: readonly [string, string],
  actionContext: ActionContext | undefined,
  readings: ReadonlyMap<Section, SectionReading>,
  record: boolean,
): ChunkFindings {
  const c = doc.chunks[i];
  const first = i === 0;
  const shift = first ? 0 : c.offset;
  const base = c.offset - shift;
  const end = c.offset + c.text.length;
  const text = first ? doc.source.slice(0, end) : c.text;
  const lines = new LineIndex(text);
  const moved = <T extends { start: number; end: number }>(x: T): T =>
    shift === 0 ? x : { ...x, start: x.start - shift, end: x.end - shift };
  // The chunk's headings, found by binary search (a long document has thousands).
  const all = doc.headings;
  let h0 = 0;
  for (let hi = all.length; h0 < hi; ) {
    const mid = (h0 + hi) >> 1;
    if (all[mid].start < c.offset) h0 = mid + 1;
    else hi = mid;
  }
  const headings: Heading[] = [];
  for (let k = h0; k < all.length && all[k].start < end; k++) headings.push(moved(all[k]));
  // Listed field by field, not spread: a spread would read the document's lazy node list.
  const view: AgencyDocument = {
    path: doc.path,
    text,
    source: text,
    lines,
    chunks: [{ offset: base, text: c.text, tree: c.tree }],
    nodes: c.tree.children.map((node) => ({ node: node as RootContent, base })),
    frontMatter: first ? doc.frontMatter : undefined,
    type: doc.type,
    typeSource: doc.typeSource,
    unknownType: first ? doc.unknownType : undefined,
    title: doc.title && moved(doc.title),
    headings,
    sections: sections.map((s) => ({
      def: s.def,
      // A heading before the chunk is outside its text: its line goes with it (the whole analysis reads it).
      heading:
        s.heading.start < c.offset && shift !== 0
          ? { ...moved(s.heading), source: detached(doc.source.slice(s.heading.start, s.heading.end)) }
          : moved(s.heading),
      // The section's nodes in this chunk: its top-level nodes that start within the section's content.
      nodes: c.tree.children
        .filter((node) => {
          const at = c.offset + (node.position?.start.offset ?? 0);
          return at >= s.contentStart && at < s.contentEnd;
        })
        .map((node) => ({ node: node as RootContent, base })),
      contentStart: Math.max(0, Math.min(text.length, s.contentStart - shift)),
      contentEnd: Math.max(0, Math.min(text.length, s.contentEnd - shift)),
      reading: movedSectionReading(readings.get(s), -shift),
    })),
    lang: doc.lang,
    comments: chunkComments(c.tree, c.text).map((m) =>
      base === 0 ? m : { ...m, start: m.start + base, end: m.end + base },
    ),
  };
  const fieldDates = new Map<string, string>();
  // A first check (not editing) reads its items with the document's context as it is (the items listed
  // for the index, read with it, are reused) and depends on all of it; otherwise the questions are noted.
  const contextReads = newContextReads(actionContext);
  contextReads.whole = !record;
  let actions: ActionItem[] | undefined;
  const viewFacts: Facts = {
    defaultYear: facts.defaultYear,
    ownDate: facts.ownDate,
    near: facts.near,
    dateOrder: facts.dateOrder,
    dottedOrder: facts.dottedOrder,
    yearFirstDays: facts.yearFirstDays,
    headingNumbers: facts.headingNumbers,
    get actions() {
      return (actions ??= documentActions(view, {
        defaultYear: facts.defaultYear,
        near: facts.near,
        dated: datedSectionsIn(facts.dated, doc, c.offset, end, shift),
        deadlines: deadlineSectionsIn(facts.deadlines, c.offset, end, shift),
        jobPattern: options.config.jobPattern,
        dateOrder: facts.dateOrder,
        noActionsSection: !hasActionsSection(doc),
        context: actionContext && (record ? recordingContext(actionContext, contextReads) : actionContext),
      }).filter((a) => !isSampleAction(a.text)));
    },
    get clientPeople() {
      return facts.clientPeople;
    },
    fieldDate(id) {
      const d = facts.fieldDate(id);
      fieldDates.set(id, JSON.stringify(d ?? null));
      return d;
    },
  };
  const found: LocalFinding[] = [];
  for (const rule of rules) {
    const level = options.config.severity[rule.id] as Finding['severity'];
    rule.check({
      doc: view,
      type: view.type!,
      options,
      facts: viewFacts,
      report(start, stop, params, data = {}) {
        found.push({
          rule: rule.id,
          severity: levelOf(rule, level, data),
          message: (rule.messages[options.locale] ?? rule.messages.en)(params),
          start,
          end: stop,
          data,
        });
      },
    });
  }
  return { documentContext, context, fieldDates, contextReads, findings: found };
}

/** Parses and analyzes a text. */
export function analyzeText(
  path: string,
  text: string,
  options: AnalysisOptions & { cache?: ChunkCache },
): { doc: AgencyDocument; findings: Finding[] } {
  const doc = buildDocument(path, text, { locale: options.locale, cache: options.cache });
  return { doc, findings: analyzeDocument(doc, options) };
}

/** The fixes for one finding: the rule's own, then "disable for this line / file". */
export function fixesFor(finding: Finding, ctx: FixContext): Fix[] {
  const rule = RULE_BY_ID.get(finding.rule);
  const fixes = rule?.fix ? rule.fix(finding, ctx) : [];
  const locale = ctx.options.locale;
  const line = disableLineEdit(ctx.doc, { rule: finding.rule, start: finding.start, line: finding.range.start.line });
  if (line) fixes.push({ title: UI.disableLine[locale](finding.rule), edits: [line] });
  fixes.push({ title: UI.disableFile[locale](finding.rule), edits: [disableFileEdit(ctx.doc, finding.rule)] });
  return fixes;
}

/** The document's actions, for listings (CLI `actions`, the editor's view). */
export function actionsOf(doc: AgencyDocument, options: AnalysisOptions): readonly ActionItem[] {
  if (!doc.type) return [];
  return factsOf(doc, options).actions;
}

/** How the document's readers take day/month dates (undefined: two readings, as for English readers). */
export function readersOrderOf(doc: AgencyDocument, options: AnalysisOptions): ReadersOrder | undefined {
  return factsOf(doc, options).dateOrder;
}

/** How the document's readers take its dates: their day/month order and the year of a date written without one. */
export function dateReadingOf(
  doc: AgencyDocument,
  options: AnalysisOptions,
): { order: ReadersOrder | undefined; defaultYear: number } {
  const facts = factsOf(doc, options);
  return { order: facts.dateOrder, defaultYear: facts.defaultYear };
}

/**
 * The ISO rewrite offered at a date whose reading is certain for the
 * document's readers but which is not written ISO (a Spanish `12/11/2026`):
 * for agency documents only, read with the analysis's date order and year.
 */
export function isoRewriteAtOffset(doc: AgencyDocument, offset: number, options: AnalysisOptions): Fix | undefined {
  if (!doc.type) return undefined;
  const facts = factsOf(doc, options);
  return isoRewriteAt(doc, offset, { order: facts.dateOrder, defaultYear: facts.defaultYear }, options.locale);
}
