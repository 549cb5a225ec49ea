/**
 * Configuration: `.agency-docs.json` and the editor settings `agencyDocs.*`
 * (SPEC §6). Configuration is data only: nothing in it is ever executed, and
 * the one pattern it may hold (`jobPattern`) is checked before use.
 */
import type { Lang } from './catalog/schema';
import { RULE_DEFAULTS, isRuleId, type RuleId, type Severity } from './rules/ids';
import { DEFAULT_JOB_PATTERN } from './actions';
import type { DateOrder } from './dates';

/** A member of the team roster. */
export interface TeamMember { name: string; aliases?: string[]; role?: string; email?: string }
/** A client of the agency, for confidentiality checks. */
export interface ClientEntry { name: string; aliases?: string[] }

/** The configuration as written by the user (all keys optional). */
export interface AgencyConfig {
  team?: TeamMember[];
  clients?: ClientEntry[];
  rules?: Record<string, Severity | 'off'>;
  jobPattern?: string;
  locale?: string;
  /** How readers take `03/04/2026`: day first or month first, for every language (default: by the document's language). */
  dateOrder?: DateOrder;
  /** The agency's own name and aliases: a sign-off row that names it is the agency's. */
  agency?: { name: string; aliases?: string[] } | string;
  /** Documents larger than this many bytes are not analysed (default 5 MB). */
  maxFileSize?: number;
}

/** Configuration ready for the checks. */
export interface ResolvedConfig {
  readonly team: readonly TeamMember[];
  readonly clients: readonly ClientEntry[];
  readonly severity: Readonly<Record<RuleId, Severity | 'off'>>;
  readonly jobPattern: RegExp;
  readonly locale?: Lang;
  readonly dateOrder?: DateOrder;
  /** The agency's names (its name and aliases), for sign-offs. */
  readonly agencyNames: readonly string[];
  readonly maxFileSize: number;
  /** Problems found in the configuration itself, in plain words. */
  readonly problems: readonly string[];
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Reads a locale tag (`en`, `zh-cn`, `zh-CN`, `es-MX`) as one of the three languages. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const l = locale.toLowerCase();
  if (l.startsWith('zh')) return 'zh';
  if (l.startsWith('es')) return 'es';
  if (l.startsWith('en')) return 'en';
  return undefined;
}

/**
 * Checks a user-supplied job-number pattern: length-bounded, no
 * back-references, and no nested quantifiers, the shapes behind
 * catastrophic backtracking. Returns a reason when it must be refused.
 */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > 200) return 'it is longer than 200 characters';
  if (/\\[1-9]|\\k</.test(pattern)) return 'it uses back-references';
  if (/\(\?<?[=!]/.test(pattern)) return 'it uses look-around';
  // A group that contains a quantifier and is itself quantified: (a+)+, (a|b*)*, (x{2,})+
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let quantifiedInside = false;
  let alternationInside = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < pattern.length && pattern[i] !== ']') { if (pattern[i] === '\\') i++; i++; } continue; }
    if (c === '|') { alternationInside = true; continue; }
    if (c === '(') { stack.push({ quantified: quantifiedInside, alternation: alternationInside }); quantifiedInside = false; alternationInside = false; continue; }
    if (c === ')') {
      const inner = quantifiedInside;
      const alternatives = alternationInside;
      const outer = stack.pop() ?? { quantified: false, alternation: false };
      quantifiedInside = outer.quantified;
      alternationInside = outer.alternation;
      const next = pattern[i + 1];
      if (next === '*' || next === '+' || next === '{') {
        // Repeating a group that repeats, or whose alternatives may overlap, can take exponential time.
        if (inner) return 'it repeats a group that already repeats (risk of a hang)';
        if (alternatives) return 'it repeats a group of alternatives (risk of a hang)';
        quantifiedInside = true;
      }
      if (inner) quantifiedInside = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '{') quantifiedInside = true;
  }
  try { new RegExp(pattern, 'u'); } catch { return 'it is not a valid regular expression'; }
  return undefined;
}

/** Merges configurations (later ones win key by key) and resolves them. */
export function resolveConfig(...configs: (AgencyConfig | undefined)[]): ResolvedConfig {
  const problems: string[] = [];
  const severity = { ...RULE_DEFAULTS } as Record<RuleId, Severity | 'off'>;
  let team: TeamMember[] = [];
  let clients: ClientEntry[] = [];
  let jobPattern = new RegExp(DEFAULT_JOB_PATTERN, 'u');
  let locale: Lang | undefined;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let dateOrder: DateOrder | undefined;
  let agencyNames: string[] = [];
  const levels = new Set(['error', 'warning', 'information', 'info', 'hint', 'off']);
  for (const c of configs) {
    if (!c || typeof c !== 'object') continue;
    if (Array.isArray(c.team)) team = c.team.filter((m) => m && typeof m.name === 'string' && m.name.trim() !== '');
    if (Array.isArray(c.clients)) clients = c.clients.filter((m) => m && typeof m.name === 'string' && m.name.trim() !== '');
    if (c.rules && typeof c.rules === 'object') {
      for (const [id, level] of Object.entries(c.rules)) {
        if (!isRuleId(id)) { problems.push(`unknown rule “${id}” in "rules"`); continue; }
        const l = String(level).toLowerCase();
        if (!levels.has(l)) { problems.push(`rule “${id}”: “${level}” is not one of error, warning, information, hint, off`); continue; }
        severity[id] = (l === 'info' ? 'information' : l) as Severity | 'off';
      }
    }
    if (typeof c.jobPattern === 'string' && c.jobPattern.trim() !== '') {
      const why = unsafePatternReason(c.jobPattern);
      if (why) problems.push(`"jobPattern" was not used: ${why}`);
      else jobPattern = new RegExp(c.jobPattern, 'u');
    }
    if (typeof c.locale === 'string') locale = langOfLocale(c.locale) ?? locale;
    if (typeof c.maxFileSize === 'number' && c.maxFileSize > 0) maxFileSize = c.maxFileSize;
    if (c.dateOrder !== undefined && c.dateOrder !== null && (c.dateOrder as unknown) !== '') {
      const o = String(c.dateOrder).toLowerCase();
      if (o === 'dmy' || o === 'mdy') dateOrder = o;
      else problems.push(`"dateOrder": “${c.dateOrder}” is not one of dmy, mdy`);
    }
    if (typeof c.agency === 'string' && c.agency.trim() !== '') agencyNames = [c.agency.trim()];
    else if (c.agency && typeof c.agency === 'object' && typeof c.agency.name === 'string') {
      agencyNames = [c.agency.name, ...(Array.isArray(c.agency.aliases) ? c.agency.aliases : [])].filter((n) => typeof n === 'string' && n.trim() !== '').map((n) => n.trim());
    }
  }
  return { team, clients, severity, jobPattern, locale, dateOrder, agencyNames, maxFileSize, problems };
}

/** Parses the text of a `.agency-docs.json`; a broken file gives a problem, not a crash. */
export function parseConfigText(text: string): { config?: AgencyConfig; problem?: string } {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'it should be a JSON object' };
    return { config: value as AgencyConfig };
  } catch (e) {
    return { problem: `it is not valid JSON (${(e as Error).message})` };
  }
}
