/** Output of `check`: text for people, JSON for scripts, SARIF for code scanning. */
import type { Finding } from '../core/analyze';
import { RULE_BY_ID, RULE_DEFAULTS, RULE_IDS } from '../core/rules/index';
import type { Severity } from '../core/rules/rule';
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

const COLORS = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  information: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

export function toText(
  results: readonly FileFindings[],
  problems: readonly FileProblem[],
  fileCount: number,
  color: boolean,
): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let filesWith = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    filesWith++;
    out.push(c('bold', forTerminal(r.file)));
    const rows = r.findings.map((f) => {
      counts[f.severity]++;
      return [
        `${f.range.start.line + 1}:${f.range.start.character + 1}`,
        f.severity,
        f.rule,
        forTerminal(f.message),
      ] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    for (const [pos, sev, rule, msg] of rows) {
      out.push(`  ${c('dim', pos.padEnd(w0))}  ${c(sev, sev.padEnd(11))} ${c('dim', rule.padEnd(w2))}  ${msg}`);
    }
    out.push('');
  }
  for (const p of problems) out.push(`${c('bold', forTerminal(p.path))}: ${c('error', forTerminal(p.message))}`);
  if (problems.length) out.push('');
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = [
    `${counts.error} error${counts.error === 1 ? '' : 's'}`,
    `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
    `${counts.information} info`,
  ];
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  const summary =
    total === 0
      ? `✔ No problems in ${fileCount} file${fileCount === 1 ? '' : 's'}.`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${filesWith} of ${fileCount} file${fileCount === 1 ? '' : 's'}.`;
  out.push(
    c(total === 0 ? 'dim' : counts.error ? 'error' : 'warning', summary) +
      (problems.length ? ` ${problems.length} path${problems.length === 1 ? '' : 's'} could not be checked.` : ''),
  );
  return out.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 as GitHub code scanning reads it. */
export function toSarif(results: readonly FileFindings[], version: string, problems: readonly FileProblem[]): object {
  const rules = RULE_IDS.map((id) => {
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
  const index = new Map(RULE_IDS.map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'agency-docs', version, rules } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
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
          })),
        ),
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
