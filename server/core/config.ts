/**
 * Configuration: `.agency-docs.json` and the editor settings `agencyDocs.*`
 * (README "Configuration"). Configuration is data only: nothing in it is ever
 * executed; its shape is checked against the shipped schema (configCheck.ts) and
 * the one pattern it may hold (`jobPattern`) runs on a linear-time engine (jobPattern.ts).
 */
import type { Lang } from './catalog/schema';
import { RULE_DEFAULTS, isRuleId, type RuleId } from './rules/index';
import type { Severity } from './rules/rule';
import { DEFAULT_JOB_PATTERN } from './actions';
import type { DateOrder } from './dates';
import { compileJobPattern } from './jobPattern';
import { checkConfigShape, FILE_SCHEMA, SETTINGS_SCHEMA, type ConfigProblem } from './configCheck';

export type { ConfigProblem } from './configCheck';

/** A member of the team roster. */
export interface TeamMember {
  name: string;
  aliases?: string[];
  role?: string;
  email?: string;
}
/** A client of the agency, for confidentiality checks. */
export interface ClientEntry {
  name: string;
  aliases?: string[];
}

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
  agency?: { name: string; aliases?: string[] };
  /** Documents larger than this many bytes are not analyzed (default 5 MB). */
  maxFileSize?: number;
  /** gitignore-style patterns of files and folders the command line does not walk into (relative to this file's folder). */
  ignore?: string[];
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
  readonly ignore: readonly string[];
  /** Problems found in the configuration itself, in plain words (the values concerned are not used). */
  readonly problems: readonly ConfigProblem[];
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

/** Merges configurations (later ones win key by key) and resolves them. Values of the wrong shape are skipped, never trusted. */
export function resolveConfig(...configs: (AgencyConfig | undefined)[]): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const severity = { ...RULE_DEFAULTS } as Record<RuleId, Severity | 'off'>;
  let team: TeamMember[] = [];
  let clients: ClientEntry[] = [];
  let jobPattern = new RegExp(DEFAULT_JOB_PATTERN, 'u');
  let locale: Lang | undefined;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let dateOrder: DateOrder | undefined;
  let agencyNames: string[] = [];
  let ignore: string[] = [];
  const levels = new Set(['error', 'warning', 'information', 'info', 'hint', 'off']);
  for (const c of configs) {
    if (!c || typeof c !== 'object') continue;
    // Callers check shapes first (checkFileConfig, checkSettings); this only keeps what is safe to read.
    if (Array.isArray(c.team)) team = c.team.filter(named).map((m) => ({ ...m, aliases: texts(m.aliases) }));
    if (Array.isArray(c.clients)) clients = c.clients.filter(named).map((m) => ({ ...m, aliases: texts(m.aliases) }));
    if (c.rules && typeof c.rules === 'object' && !Array.isArray(c.rules)) {
      for (const [id, level] of Object.entries(c.rules)) {
        if (!isRuleId(id) || typeof level !== 'string') continue;
        const l = level.toLowerCase();
        if (levels.has(l)) severity[id] = (l === 'info' ? 'information' : l) as Severity | 'off';
      }
    }
    if (typeof c.jobPattern === 'string' && c.jobPattern.trim() !== '') {
      const compiled = compileJobPattern(c.jobPattern);
      if (compiled.ok) jobPattern = compiled.pattern;
      else problems.push({ path: ['jobPattern'], message: patternRefused(compiled.reason, compiled.detail) });
    }
    if (typeof c.locale === 'string') locale = langOfLocale(c.locale) ?? locale;
    if (typeof c.maxFileSize === 'number' && Number.isFinite(c.maxFileSize) && c.maxFileSize > 0)
      maxFileSize = c.maxFileSize;
    // Shapes were checked against the schema (bad values reported there and dropped).
    if (c.dateOrder === 'dmy' || c.dateOrder === 'mdy') dateOrder = c.dateOrder;
    if (c.agency && typeof c.agency === 'object' && typeof c.agency.name === 'string') {
      agencyNames = [c.agency.name, ...(Array.isArray(c.agency.aliases) ? c.agency.aliases : [])]
        .filter((n) => typeof n === 'string' && n.trim() !== '')
        .map((n) => n.trim());
    }
    // Checked against the schema before; kept defensive because settings may arrive unchecked.
    if (Array.isArray(c.ignore)) ignore = c.ignore.filter((g): g is string => typeof g === 'string');
  }
  return { team, clients, severity, jobPattern, locale, dateOrder, agencyNames, maxFileSize, ignore, problems };
}

function named(m: unknown): m is { name: string; aliases?: unknown } {
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof (m as { name?: unknown }).name === 'string' &&
    (m as { name: string }).name.trim() !== ''
  );
}
function texts(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

function patternRefused(reason: 'too-long' | 'unsupported' | 'invalid', detail?: string): Record<Lang, string> {
  const why = {
    'too-long': { en: 'it is longer than 200 characters', zh: '超过 200 个字符', es: 'tiene más de 200 caracteres' },
    unsupported: {
      en: 'it uses back-references or look-around, which are not supported',
      zh: '使用了不支持的反向引用或环视',
      es: 'usa referencias hacia atrás o aserciones (lookaround), que no se admiten',
    },
    invalid: {
      en: `it is not a valid pattern (${detail ?? ''})`,
      zh: `不是有效的正则表达式（${detail ?? ''}）`,
      es: `no es un patrón válido (${detail ?? ''})`,
    },
  }[reason];
  return {
    en: `“jobPattern” is not used: ${why.en}. The standard job numbers (like NW-2026-014) are recognised instead.`,
    zh: `未使用“jobPattern”：${why.zh}。改为识别标准工作单号（如 NW-2026-014）。`,
    es: `No se usa “jobPattern”: ${why.es}. Se reconocen los números de trabajo estándar (como NW-2026-014).`,
  };
}

/** Parses the text of a `.agency-docs.json` and keeps what fits the schema; nothing in it can make this throw. */
export function parseConfigText(text: string): { config?: AgencyConfig; problems: ConfigProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = (e as Error).message;
    return {
      problems: [
        {
          path: [],
          message: {
            en: `The configuration is not valid JSON (${detail}); it is not used.`,
            zh: `配置不是有效的 JSON（${detail}），未使用。`,
            es: `La configuración no es JSON válido (${detail}); no se usa.`,
          },
        },
      ],
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problems: [
        {
          path: [],
          message: {
            en: 'The configuration should be a JSON object in braces { }; it is not used.',
            zh: '配置应为花括号 { } 中的 JSON 对象，未使用。',
            es: 'La configuración debería ser un objeto JSON entre llaves { }; no se usa.',
          },
        },
      ],
    };
  }
  const checked = checkConfigShape(value, FILE_SCHEMA);
  return { config: checked.value as AgencyConfig, problems: checked.problems };
}

/** The editor settings `agencyDocs.*`, keeping what fits (see SETTINGS_SCHEMA). */
export function checkSettings<T extends AgencyConfig>(value: unknown): { settings?: T; problems: ConfigProblem[] } {
  if (value === undefined || value === null) return { problems: [] };
  const checked = checkConfigShape(value, SETTINGS_SCHEMA);
  return { settings: checked.value as T | undefined, problems: checked.problems };
}
