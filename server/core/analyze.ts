/**
 * The analysis: runs the rule table over a document and returns findings,
 * with severities from the configuration and inline comments applied.
 */
import { buildDocument, type AgencyDocument } from './document';
import { documentActions, type ActionItem } from './actions';
import { formatMessage } from './rules/messages';
import { RULES, RULE_BY_ID } from './rules/index';
import type { MessageParams, RuleId } from './rules/ids';
import type { AnalysisOptions, Facts, Finding, FindingData, Fix, FixContext, RuleContext } from './rules/types';
import { suppressionOf } from './disable';
import { parseDateValue, readersDateOrder, readersLanguage, readingFor, type CalendarDate } from './dates';
import { disableFileFix, disableLineFix } from './fixes';
import { fieldById } from './catalog';
import type { ChunkCache } from './markdown';

export type { AnalysisOptions, Finding, Fix } from './rules/types';

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
  const meetingFromDate = (doc.type?.id === 'minutes' || doc.type?.id === 'agenda') && !doc.frontMatter?.field('meeting');
  let ownDate: CalendarDate | undefined;
  for (const id of ['date', 'meeting', 'issued']) {
    const d = dateOf(id, options.today.year);
    if (d) { ownDate = d.date; break; }
  }
  const defaultYear = ownDate?.year ?? options.today.year;
  let actions: ActionItem[] | undefined;
  const cache = new Map<string, { date: CalendarDate; hasTime: boolean } | undefined>();
  return {
    defaultYear,
    ownDate,
    dateOrder,
    get actions() {
      return (actions ??= documentActions(doc, { defaultYear, jobPattern: options.config.jobPattern, dateOrder }));
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
 * version's actions for the index and then analyses it, and both read them.
 */
const FACTS = new WeakMap<AgencyDocument, { year: number; jobPattern: RegExp; dateOrder?: string; facts: Facts }>();
function factsOf(doc: AgencyDocument, options: AnalysisOptions): Facts {
  const year = options.today.year;
  const jobPattern = options.config.jobPattern;
  const known = FACTS.get(doc);
  const dateOrder = options.config.dateOrder;
  if (known && known.year === year && known.jobPattern === jobPattern && known.dateOrder === dateOrder) return known.facts;
  const facts = makeFacts(doc, options);
  FACTS.set(doc, { year, jobPattern, dateOrder, facts });
  return facts;
}

/** A `type:` line in front matter that could not be read as YAML, naming a known type. */
function declaresTypeInBrokenYaml(doc: AgencyDocument): boolean {
  const fm = doc.frontMatter;
  if (!fm?.error) return false;
  const raw = doc.text.slice(fm.contentStart, fm.error.unclosed ? Math.min(doc.text.length, 2000) : fm.contentEnd);
  return /^(?:type|doctype)\s*:/im.test(raw);
}

/** Analyses a parsed document. */
export function analyzeDocument(doc: AgencyDocument, options: AnalysisOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressionOf(doc);
  const severity = options.config.severity;
  const report = <R extends RuleId>(rule: R, start: number, end: number, params: MessageParams[R], data: FindingData = {}) => {
    const level = severity[rule];
    if (level === 'off') return;
    const range = doc.lines.range(start, end);
    if (suppressed(rule, range.start.line)) return;
    findings.push({ rule, severity: level, message: formatMessage(rule, params, options.locale), start, end, range, data });
  };

  // Read while building the model: the type value and the YAML itself.
  const fm = doc.frontMatter;
  // With broken YAML no type is read from it, so the body is checked only when the file name or title gives one (SPEC §2).
  const type = doc.type;
  if (fm?.error && (type || declaresTypeInBrokenYaml(doc))) {
    report('frontmatter-syntax', fm.error.start, Math.max(fm.error.end, fm.error.start + 1), { reason: fm.error.reason[options.locale], unclosed: fm.error.unclosed });
  }
  if (doc.unknownType) {
    const u = doc.unknownType;
    report('unknown-type', u.start, u.end, { value: u.value, suggestion: u.suggestion }, u.suggestion ? { field: 'type', suggestion: u.suggestion } : { field: 'type' });
  }
  if (!type) return findings;

  const ctx: RuleContext = { doc, type, options, facts: factsOf(doc, options), report };
  for (const rule of RULES) {
    if (!rule.check || severity[rule.id] === 'off') continue;
    if (rule.scope === 'workspace' && !options.workspace && rule.id !== 'broken-link') continue;
    rule.check(ctx);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** Parses and analyses a text. */
export function analyzeText(path: string, text: string, options: AnalysisOptions & { cache?: ChunkCache }): { doc: AgencyDocument; findings: Finding[] } {
  const doc = buildDocument(path, text, { locale: options.locale, cache: options.cache });
  return { doc, findings: analyzeDocument(doc, options) };
}

/** The fixes for one finding: the rule's own, then "disable for this line / file". */
export function fixesFor(finding: Finding, ctx: FixContext): Fix[] {
  const rule = RULE_BY_ID.get(finding.rule);
  const fixes = rule?.fix ? rule.fix(finding, ctx) : [];
  const line = disableLineFix(finding, ctx);
  if (line) fixes.push(line);
  fixes.push(disableFileFix(finding, ctx));
  return fixes;
}

/** The document's actions, for listings (CLI `actions`, the editor's view). */
export function actionsOf(doc: AgencyDocument, options: AnalysisOptions): readonly ActionItem[] {
  if (!doc.type) return [];
  return factsOf(doc, options).actions;
}
