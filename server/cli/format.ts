/** Output of `check`: text for people, JSON for scripts, SARIF for code scanning. */
import stringWidth from 'string-width';
import type { Finding } from '../core/analyze';
import { RULE_BY_ID, RULE_DEFAULTS, RULE_IDS } from '../core/rules/index';
import type { Severity } from '../core/rules/rule';
import type { Lang } from '../core/catalog/schema';
import type { FileProblem } from './files';

export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** One finding as the JSON object of `check --format json` (README.md, Command line) (1-based lines and columns). */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  data: Record<string, unknown>;
}

/** `data` without the fix internals (offsets), which mean nothing outside the process. */
function publicData(f: Finding): Record<string, unknown> {
  const { insertAt: _a, intoEmptyCell: _b, emptyValue: _c, placeholderValue: _d, ...rest } = f.data;
  return rest;
}

export function toJson(results: readonly FileFindings[]): JsonFinding[] {
  return results.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      data: publicData(f),
    })),
  );
}

/**
 * Text for a terminal: control characters (escape sequences that clear the screen or move the cursor),
 * line breaks that would fake extra output lines, and bidirectional overrides are shown as escapes
 * (`\n`, `\x1b`, `\u202e`) instead of acting. JSON and SARIF escape them already.
 */
export function forTerminal(s: string): string {
  return s.replace(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const n = ch.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Pads a cell to `columns` as a terminal shows it: a Chinese name takes two columns a character (`@张伟` is five
 * columns wide, not three), so the next column still lines up.
 */
export function padColumns(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - stringWidth(s)));
}

const COLORS = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  information: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

/** The words of the text report around the findings, in the reader's language (the messages are theirs too). */
interface ReportWords {
  readonly severity: Readonly<Record<Severity, string>>;
  readonly clean: (files: number) => string;
  readonly found: (counts: Readonly<Record<Severity, number>>, filesWith: number, files: number) => string;
  readonly unchecked: (paths: number) => string;
}

/** A count and its noun, singular or plural (English and Spanish alike: `1 file`, `2 archivos`). */
const counted = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const REPORT_WORDS: Readonly<Record<Lang, ReportWords>> = {
  en: {
    severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
    clean: (files) => `✔ No problems in ${counted(files, 'file')}.`,
    found: (c, w, files) =>
      `✖ ${counted(c.error + c.warning + c.information + c.hint, 'problem')} (${[
        counted(c.error, 'error'),
        counted(c.warning, 'warning'),
        `${c.information} info`,
        ...(c.hint ? [counted(c.hint, 'hint')] : []),
      ].join(', ')}) in ${w} of ${counted(files, 'file')}.`,
    unchecked: (n) => ` ${counted(n, 'path')} could not be checked.`,
  },
  es: {
    severity: { error: 'error', warning: 'aviso', information: 'información', hint: 'sugerencia' },
    clean: (files) => `✔ Ningún problema en ${counted(files, 'archivo')}.`,
    found: (c, w, files) =>
      `✖ ${counted(c.error + c.warning + c.information + c.hint, 'problema')} (${[
        counted(c.error, 'error', 'errores'),
        counted(c.warning, 'aviso'),
        `${c.information} info`,
        ...(c.hint ? [counted(c.hint, 'sugerencia')] : []),
      ].join(', ')}) en ${w} de ${counted(files, 'archivo')}.`,
    unchecked: (n) => ` ${n === 1 ? 'Una ruta no se pudo' : `${n} rutas no se pudieron`} revisar.`,
  },
  zh: {
    severity: { error: '错误', warning: '警告', information: '信息', hint: '提示' },
    clean: (files) => `✔ ${files} 个文件均无问题。`,
    found: (c, w, files) =>
      `✖ ${c.error + c.warning + c.information + c.hint} 个问题（${[
        `${c.error} 个错误`,
        `${c.warning} 个警告`,
        `${c.information} 条信息`,
        ...(c.hint ? [`${c.hint} 条提示`] : []),
      ].join('，')}），见于 ${files} 个文件中的 ${w} 个。`,
    unchecked: (n) => ` ${n} 个路径无法检查。`,
  },
};

/** The text report, one file at a time: what `toText` gives for all the files at once. */
export class TextReport {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  private filesWith = 0;
  private words: ReportWords;
  /** `lang`: the messages' language (the CLI's `--locale`, the configuration's or the system's). */
  constructor(
    private readonly color: boolean,
    lang: Lang = 'en',
  ) {
    this.words = REPORT_WORDS[lang];
  }

  /** The messages' language, known once the configuration is read (before the first file is written). */
  language(lang: Lang): void {
    this.words = REPORT_WORDS[lang];
  }

  private c(k: keyof typeof COLORS, s: string): string {
    return this.color ? COLORS[k] + s + COLORS.reset : s;
  }

  /** The lines of one file's findings (nothing for a file without any). */
  file(r: FileFindings): string {
    if (r.findings.length === 0) return '';
    this.filesWith++;
    const out = [this.c('bold', forTerminal(r.file))];
    const rows = r.findings.map((f) => {
      this.counts[f.severity]++;
      return [
        `${f.range.start.line + 1}:${f.range.start.character + 1}`,
        f.severity,
        f.rule,
        forTerminal(f.message),
      ] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    const sevWidth = Math.max(...Object.values(this.words.severity).map((w) => stringWidth(w)));
    for (const [pos, sev, rule, msg] of rows) {
      out.push(
        `  ${this.c('dim', pos.padEnd(w0))}  ${this.c(sev, padColumns(this.words.severity[sev], sevWidth))} ${this.c('dim', rule.padEnd(w2))}  ${msg}`,
      );
    }
    out.push('');
    return out.join('\n') + '\n';
  }

  /** The paths that could not be checked, and the summary line. */
  end(problems: readonly FileProblem[], fileCount: number): string {
    const { counts, filesWith, words } = this;
    const c = this.c.bind(this);
    const out: string[] = [];
    for (const p of problems) out.push(`${c('bold', forTerminal(p.path))}: ${c('error', forTerminal(p.message))}`);
    if (problems.length) out.push('');
    const total = counts.error + counts.warning + counts.information + counts.hint;
    const summary = total === 0 ? words.clean(fileCount) : words.found(counts, filesWith, fileCount);
    out.push(
      c(total === 0 ? 'dim' : counts.error ? 'error' : 'warning', summary) +
        (problems.length ? words.unchecked(problems.length) : ''),
    );
    return out.join('\n') + '\n';
  }
}

export function toText(
  results: readonly FileFindings[],
  problems: readonly FileProblem[],
  fileCount: number,
  color: boolean,
  lang: Lang = 'en',
): string {
  const report = new TextReport(color, lang);
  return results.map((r) => report.file(r)).join('') + report.end(problems, fileCount);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The rules' descriptions as SARIF lists them. */
function sarifRules(): object[] {
  return RULE_IDS.map((id) => {
    const doc = RULE_BY_ID.get(id)!.doc;
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: doc.title.en },
      fullDescription: { text: doc.description.en },
      help: {
        text: `${doc.description.en}\n\nExample:\n${doc.bad}\n\nFixed:\n${doc.good}`,
        markdown: `${doc.description.en}\n\n**Example**\n\n\`\`\`markdown\n${doc.bad}\n\`\`\`\n\n**Fixed**\n\n\`\`\`markdown\n${doc.good}\n\`\`\``,
      },
      defaultConfiguration: { level: SARIF_LEVEL[RULE_DEFAULTS[id]] },
      properties: { tags: ['agency-docs'] },
    };
  });
}

const RULE_INDEX = new Map(RULE_IDS.map((id, i) => [id, i]));

/** The SARIF results of one file. */
function sarifResults(r: FileFindings): object[] {
  return r.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: RULE_INDEX.get(f.rule),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: Math.max(
              f.range.end.character + 1,
              f.range.start.line === f.range.end.line ? f.range.start.character + 2 : 1,
            ),
          },
        },
      },
    ],
    properties: { data: publicData(f) },
  }));
}

function sarifLog(version: string, results: readonly unknown[], problems: readonly FileProblem[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'agency-docs', version, rules: sarifRules() } },
        results,
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({
              level: 'error',
              message: { text: `${p.path}: ${p.message}` },
            })),
          },
        ],
      },
    ],
  };
}

/** SARIF 2.1.0 as GitHub code scanning reads it. */
export function toSarif(results: readonly FileFindings[], version: string, problems: readonly FileProblem[]): object {
  return sarifLog(version, results.flatMap(sarifResults), problems);
}

/**
 * `JSON.stringify(list, null, 2)` written one item at a time: the items of an array that stands
 * `depth` levels deep in the document, each written as soon as it is known (so none is kept).
 */
class JsonArrayWriter {
  private any = false;
  private readonly pad: string;
  constructor(depth: number) {
    this.pad = '  '.repeat(depth + 1);
  }
  /** The items, each after a comma if one came before (the opening bracket comes with the first). */
  items(list: readonly unknown[]): string {
    let out = '';
    for (const x of list) {
      // A JSON text has no raw line break inside a string: every line break is the layout's.
      out += (this.any ? ',\n' : '[\n') + this.pad + JSON.stringify(x, null, 2).replace(/\n/g, '\n' + this.pad);
      this.any = true;
    }
    return out;
  }
  /** The closing bracket (`[]` for an empty list). */
  close(): string {
    return this.any ? '\n' + this.pad.slice(2) + ']' : '[]';
  }
}

/** A report written as the checked files come, in their order; only counts are kept. */
export interface StreamedReport {
  /** What to write for one checked file. */
  file(r: FileFindings): string;
  /** What to write once every file is done. */
  end(problems: readonly FileProblem[], fileCount: number): string;
  /** The language of the messages, for a report that has words of its own around them. */
  language?(lang: Lang): void;
}

/** `check --format json`: what `JSON.stringify(toJson(results), null, 2)` writes, file by file. */
export class JsonReport implements StreamedReport {
  private readonly list = new JsonArrayWriter(0);
  file(r: FileFindings): string {
    return this.list.items(toJson([r]));
  }
  end(): string {
    return this.list.close() + '\n';
  }
}

const RESULTS_MARK = '\u0000results\u0000';

/** `check --format sarif`: what `JSON.stringify(toSarif(…), null, 2)` writes, file by file. */
export class SarifReport implements StreamedReport {
  private readonly list: JsonArrayWriter;
  private head: string;
  private readonly markLine: string;
  constructor(private readonly version: string) {
    // The log laid out with a mark for its results: the text before the mark comes first, the rest at the end.
    const laid = JSON.stringify(sarifLog(version, [RESULTS_MARK], []), null, 2);
    const at = laid.indexOf('"results": [');
    const mark = laid.indexOf(JSON.stringify(RESULTS_MARK));
    this.markLine = laid.slice(laid.lastIndexOf('\n', mark) + 1, mark);
    this.head = laid.slice(0, at + '"results": '.length);
    this.list = new JsonArrayWriter(this.markLine.length / 2 - 1);
  }
  file(r: FileFindings): string {
    const items = this.list.items(sarifResults(r));
    if (!items) return '';
    const out = this.head + items;
    this.head = '';
    return out;
  }
  end(problems: readonly FileProblem[]): string {
    const laid = JSON.stringify(sarifLog(this.version, [RESULTS_MARK], problems), null, 2);
    const after = laid.indexOf(JSON.stringify(RESULTS_MARK)) + JSON.stringify(RESULTS_MARK).length;
    // After the results: the closing bracket on its own line, then the invocations.
    const rest = laid.slice(laid.indexOf(']', after) + 1);
    return this.head + this.list.close() + rest + '\n';
  }
}
