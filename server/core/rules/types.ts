/** The shapes shared by rules, the analysis and the fixes. */
import type { DocumentTypeDef, Lang } from '../catalog/schema';
import type { AgencyDocument } from '../document';
import type { ResolvedConfig } from '../config';
import type { CalendarDate, ReadersOrder } from '../dates';
import type { Range } from '../text';
import type { WorkspaceIndex } from '../workspace';
import type { ActionItem } from '../actions';
import type { MessageParams, RuleId, Severity } from './ids';

/** What a finding's fix needs, and the ids SPEC §7 asks for. Plain JSON. */
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
  /** Another file involved (duplicate job number, broken link target). */
  file?: string;
}

/** One problem found in a document. Offsets are UTF-16 offsets into the text. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly data: FindingData;
}

/** A text edit: replace `start..end` with `newText` (an insertion when start === end). */
export interface TextEdit { readonly start: number; readonly end: number; readonly newText: string }

/** A fix offered for a finding. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** Safe to apply without looking (fix-all, `--fix`): inserts only, never rewrites. */
  readonly safe?: boolean;
}

/** Inputs of an analysis besides the document. */
export interface AnalysisOptions {
  /** Language of messages and fix titles. */
  readonly locale: Lang;
  readonly today: CalendarDate;
  readonly config: ResolvedConfig;
  /** The other documents, for workspace rules; without it those rules are skipped. */
  readonly workspace?: WorkspaceIndex;
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
  /** How the document's readers take day/month forms; undefined when they are split (English). */
  readonly dateOrder?: ReadersOrder;
  fieldDate(id: string): { date: CalendarDate; hasTime: boolean } | undefined;
}

/** What a rule's check receives. */
export interface RuleContext {
  readonly doc: AgencyDocument;
  readonly type: DocumentTypeDef;
  readonly options: AnalysisOptions;
  readonly facts: Facts;
  report<R extends RuleId>(rule: R, start: number, end: number, params: MessageParams[R], data?: FindingData): void;
}

/** What a fix builder receives. */
export interface FixContext {
  readonly doc: AgencyDocument;
  readonly options: AnalysisOptions;
}

/** A rule: its id, its check, and the fix it offers besides "disable". */
export interface Rule {
  readonly id: RuleId;
  /** Workspace rules need the index of all documents. */
  readonly scope: 'document' | 'workspace';
  /** Runs on typed documents; `unknown-type` and `frontmatter-syntax` are checked by the analysis itself. */
  readonly check?: (ctx: RuleContext) => void;
  readonly fix?: (finding: Finding, ctx: FixContext) => Fix[];
}
