/**
 * What a rule is (one module per rule, server/core/rules/<rule-id>.ts) and
 * the shapes it shares with the analysis and the fixes. Nothing here knows
 * the list of rules: that is the registry (./index.ts).
 */
import type { HeadingNumbers } from '../headingNumbers';
import type { DocumentTypeDef, Lang, Localized, TypeId } from '../catalog/schema';
import type { AgencyDocument } from '../document';
import type { CalendarDate, DateOrder, ReadersOrder } from '../dates';
import type { DatedEntry } from '../headingDates';
import type { DeadlineSection } from '../deadlineSections';
import type { Range } from '../text';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { ActionItem } from '../actions';
import type { TextEdit } from '../edits';

export type { TextEdit };

/** Severity of a finding, as in LSP, plus `off` in configuration. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** What a finding's fix needs, and the ids `check --format json` prints in `data` (README.md, Command line). Plain JSON. */
export interface FindingData {
  section?: string;
  field?: string;
  role?: string;
  job?: string;
  owner?: string;
  /** ISO form of an ambiguous date whose reading is certain. */
  iso?: string;
  /** The two ISO readings of an ambiguous day/month date (day first, month first), offered as rewrites. */
  readings?: { dayFirst: string; monthFirst: string };
  /** Suggested type id for `unknown-type`. */
  suggestion?: string;
  /** `broken-link`: the link leaves the workspace and was not looked up. */
  outside?: boolean;
  /** Offset where a placeholder goes, and whether it fills an empty table cell. */
  insertAt?: number;
  intoEmptyCell?: boolean;
  /** The key is there but empty (insert a value after it) or holds a placeholder (nothing to insert). */
  emptyValue?: boolean;
  placeholderValue?: boolean;
  /** The field is given on a line of the body (`**Budget:** TBD`), not in the front matter. */
  inBody?: boolean;
  /** Another file involved (duplicate job number, broken link target). */
  file?: string;
  /** empty-section: what a present section lacks (a milestone's date, a figure, the rehearsal's date). */
  need?: string;
}

/** One problem found in a document. Offsets are UTF-16 offsets into the text. */
export interface Finding<Id extends string = string> {
  readonly rule: Id;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly data: FindingData;
}

/** A fix offered for a finding. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** Safe to apply without looking (fix-all, `--fix`): inserts only, never rewrites. */
  readonly safe?: boolean;
  /** A new document the fix also creates (never over an existing file), e.g. the estimate of a job card. */
  readonly createFile?: { readonly path: string; readonly text: string };
}

/** A person or client with the other names they go by (from the configuration). */
export interface NamedEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/** What the rules read of the configuration (the analysis passes the whole resolved configuration). */
export interface RuleSettings {
  readonly team: readonly NamedEntry[];
  readonly clients: readonly NamedEntry[];
  readonly jobPattern: RegExp;
  /** The agency's names (its configured name and aliases), for sign-offs. */
  readonly agencyNames: readonly string[];
}

/** Inputs of a check besides the document. */
export interface RuleOptions {
  /** Language of messages and fix titles. */
  readonly locale: Lang;
  readonly today: CalendarDate;
  readonly config: RuleSettings;
  /** The other documents, for cross-document rules; without it those rules are skipped. */
  readonly workspace?: WorkspaceIndex;
  /** The workspace index is still being built (the editor's start-up scan): rules reporting what it lacks wait. */
  readonly indexing?: boolean;
  /** Whether a file exists (for `broken-link`); absolute or relative to the document's folder. */
  readonly fileExists?: (path: string) => boolean;
  /** The workspace roots: links resolve only inside them, `/` is the root holding the document (server/core/links.ts). */
  readonly roots?: readonly string[];
}

/** Facts computed once per document and shared by rules. */
export interface Facts {
  /** Year for dates written without one: the document's own date, else today. */
  readonly defaultYear: number;
  readonly actions: readonly ActionItem[];
  /** The document's own date (`date`, else `meeting`, else `issued`). */
  readonly ownDate?: CalendarDate;
  /** The day due dates written without a year are read nearest (ActionOptions.near): `ownDate`, else the title's or `Date:` line's. */
  readonly near?: CalendarDate;
  /** How the document's readers take day/month forms; undefined when they are split (English). */
  readonly dateOrder?: ReadersOrder;
  /** The order the document's dates between dots show (dottedDateOrder): its other dates between dots are read so. */
  readonly dottedOrder: DateOrder | undefined;
  /** The days the document writes year first (yearFirstDays, `YYYY-MM-DD`): a day/month date that is one of them in one reading only is that day. */
  readonly yearFirstDays: ReadonlySet<string>;
  fieldDate(id: string): { date: CalendarDate; hasTime: boolean } | undefined;
  /** The client's people among the attendees, as name keys (clientPeople.ts): known owners besides the team. */
  readonly clientPeople: ReadonlySet<string>;
  /** The whole document's sections dated by their headings (headingDates.ts), by its headings' indices: a log of meetings. */
  readonly dated?: readonly DatedEntry[];
  /** What all the headings say of the day/month numbers in one of them (headingNumbers.ts): dates or an outline. */
  readonly headingNumbers: HeadingNumbers;
  /** The whole document's deadlines given by headings of their own (deadlineSections.ts). */
  readonly deadlines?: readonly DeadlineSection[];
}

/** What a rule's check receives; `report` files a finding of this rule with its message's parameters. */
export interface RuleContext<Params> {
  readonly doc: AgencyDocument;
  /** The document's type; undefined only for rules that apply to `any` document. */
  readonly type: DocumentTypeDef;
  readonly options: RuleOptions;
  readonly facts: Facts;
  report(start: number, end: number, params: Params, data?: FindingData): void;
}

/** What a fix builder receives. */
export interface FixContext {
  readonly doc: AgencyDocument;
  readonly options: RuleOptions;
}

/**
 * Which documents a rule checks: a list of type ids, `all` typed documents,
 * or `any` document, typed or not (the rules about reading the document).
 * The analysis skips the others; the rule reference prints the list.
 */
export type AppliesTo = 'all' | 'any' | readonly TypeId[];

/** A message (or fix title) in each language. */
// biome-ignore lint/suspicious/noExplicitAny: any argument list (unknown[] would reject specific tuples by variance)
export type Wording<Args extends any[]> = Readonly<Record<Lang, (...args: Args) => string>>;

/** The rule's entry in the rule reference, with examples that the tests run through the analysis. */
export interface RuleDoc {
  readonly title: Localized;
  readonly description: Localized;
  /** A short document (English) that triggers the rule. */
  readonly bad: string;
  /** The same document corrected: the rule stays silent. */
  readonly good: string;
  /** What the examples need around them: other files of the workspace (relative path → text) and `.agency-docs.json`. */
  readonly setting?: {
    readonly files?: Readonly<Record<string, string>>;
    readonly config?: string;
    readonly path?: string;
  };
}

/** A rule: everything about it in one object. */
export interface Rule<Id extends string = string, Params = never> {
  readonly id: Id;
  readonly severity: Severity;
  readonly appliesTo: AppliesTo;
  /** Cross-document rules: skipped without the workspace index (`workspace`) or a way to look up files (`files`). */
  readonly needs?: 'workspace' | 'files';
  /** Reports what the workspace lacks (a job number no document has): not run while the index is being built. */
  readonly waitsForIndex?: boolean;
  readonly check: (ctx: RuleContext<Params>) => void;
  /**
   * Findings this says yes to are notes, at most `information` whatever the rule's level: something left unchecked,
   * not a problem (a link leaving the workspace, never looked up).
   */
  readonly onlyANote?: (data: FindingData) => boolean;
  /** The fixes it offers besides "disable"; titles from `fixTitles`. */
  readonly fix?: (finding: Finding, ctx: FixContext) => Fix[];
  // biome-ignore lint/suspicious/noExplicitAny: each fix title has its own arguments
  readonly fixTitles?: Readonly<Record<string, Wording<any[]>>>;
  readonly messages: Wording<[Params]>;
  readonly doc: RuleDoc;
}

/** A finding's level: the rule's, or `information` for a note (Rule.onlyANote). */
export function levelOf(rule: Pick<Rule, 'onlyANote'>, level: Severity, data: FindingData): Severity {
  return (level === 'error' || level === 'warning') && rule.onlyANote?.(data) ? 'information' : level;
}

/** Declares a rule (keeps its id's literal type for the registry). */
export function defineRule<const Id extends string, Params>(rule: Rule<Id, Params>): Rule<Id, Params> {
  return rule;
}
