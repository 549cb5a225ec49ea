/**
 * The analysis: runs the rule table over a document and returns findings,
 * with severities from the configuration and inline comments applied.
 */
import { buildDocument, type AgencyDocument } from './document';
import { documentActions, type ActionItem } from './actions';
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
import type { DocumentTypeDef, TypeId } from './catalog/schema';
import type { ResolvedConfig } from './config';
import { suppressionOf } from './disable';
import {
  parseDateValue,
  readersDateOrder,
  readersLanguage,
  readingFor,
  type CalendarDate,
  type ReadersOrder,
} from './dates';
import { disableFileEdit, disableLineEdit } from './edits';
import { fieldById } from './catalog';
import { UI } from './l10n';
import { isoRewriteAt } from './rules/ambiguous-date';
import type { ChunkCache } from './markdown';
import { isSampleAction } from './placeholders';
import { isBlankDocument } from './rules/empty-document';

export type { Fix } from './rules/rule';

/** A finding of one of the registered rules. */
export type Finding = RuleFinding<RuleId>;

/** Inputs of an analysis besides the document: the rules' inputs with the whole configuration (severities). */
export interface AnalysisOptions extends RuleOptions {
  readonly config: ResolvedConfig;
}

function makeFacts(doc: AgencyDocument, options: AnalysisOptions): Facts {
  // How this document's readers take `03/04/2026` (a Spanish acta: 3 April).
  const dateOrder = readersDateOrder(readersLanguage(doc.text, doc.lang), options.config.dateOrder);
  const dateOf = (id: string, year: number) => {
    const f = doc.frontMatter?.field(id);
    if (!f || f.missing) return undefined;
    const t = parseDateValue(f.text, { defaultYear: year, yearlessNumeric: true });
    const d = t && readingFor(t, dateOrder);
    return t && d ? { date: d, hasTime: t.kind !== 'invalid' && t.hasTime } : undefined;
  };
  // Minutes and agendas written with `date:` alone: that is the meeting's date.
  const meetingFromDate =
    (doc.type?.id === 'minutes' || doc.type?.id === 'agenda') && !doc.frontMatter?.field('meeting');
  let ownDate: CalendarDate | undefined;
  for (const id of ['date', 'meeting', 'issued']) {
    const d = dateOf(id, options.today.year);
    if (d) {
      ownDate = d.date;
      break;
    }
  }
  const defaultYear = ownDate?.year ?? options.today.year;
  let actions: ActionItem[] | undefined;
  const cache = new Map<string, { date: CalendarDate; hasTime: boolean } | undefined>();
  return {
    defaultYear,
    ownDate,
    dateOrder,
    get actions() {
      // A template's sample action ("需要完成的事项 @负责人") is not an action: no owner or due findings, not listed.
      return (actions ??= documentActions(doc, {
        defaultYear,
        jobPattern: options.config.jobPattern,
        dateOrder,
      }).filter((a) => !isSampleAction(a.text)));
    },
    fieldDate(id) {
      const source = id === 'meeting' && meetingFromDate ? 'date' : id;
      if (!cache.has(id)) cache.set(id, fieldById(source) ? dateOf(source, defaultYear) : undefined);
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
  if (rule.needs === 'workspace' && !options.workspace) return false;
  if (rule.needs === 'files' && !options.fileExists) return false;
  return true;
}

/** Analyzes a parsed document. */
export function analyzeDocument(doc: AgencyDocument, options: AnalysisOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressionOf(doc);
  const severity = options.config.severity;
  const type = doc.type;
  let facts: Facts | undefined;
  // A new document with nothing written yet gets one hint with the template (rules/empty-document.ts), not a finding per missing part.
  const blank = type !== undefined && isBlankDocument(doc.text) && severity['empty-document'] !== 'off';
  for (const rule of RULES as readonly AnyRule[]) {
    const level = severity[rule.id];
    if (level === 'off' || !runs(rule, type, options)) continue;
    if (blank && rule.id !== 'empty-document') continue;
    const report = (start: number, end: number, params: unknown, data: FindingData = {}) => {
      const range = doc.lines.range(start, end);
      if (suppressed(rule.id, range.start.line)) return;
      findings.push({
        rule: rule.id,
        severity: level,
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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
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
