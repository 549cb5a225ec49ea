/** Test helpers: analyze fixture folders the way the CLI does, with a fixed "today". */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { buildDocument, type AgencyDocument } from '../../server/core/document';
import {
  analyzeDocument,
  actionsOf,
  readersOrderOf,
  type AnalysisOptions,
  type Finding,
} from '../../server/core/analyze';
import { parseConfigText, resolveConfig } from '../../server/core/config';
import { WorkspaceIndex, summarize } from '../../server/core/workspaceIndex';
import type { Lang } from '../../server/core/catalog/schema';

export const TODAY = { year: 2026, month: 11, day: 22 };

export interface Analyzed {
  path: string;
  text: string;
  doc: AgencyDocument;
  findings: Finding[];
  options: AnalysisOptions;
}

/** Options with a workspace made of the given files (path → text), config from `.agency-docs.json` among them. */
export function workspaceOptions(
  files: Map<string, string>,
  locale: Lang = 'en',
  configText?: string,
  today = TODAY,
): AnalysisOptions {
  const config = resolveConfig(configText ? parseConfigText(configText).config : undefined);
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = {
    locale,
    today,
    config,
    workspace,
    fileExists: (p) => files.has(p) || existsSync(p),
  };
  for (const [path, text] of files) {
    const doc = buildDocument(path, text, { locale, agencyWorkspace: configText !== undefined });
    if (doc.type)
      workspace.set(summarize(doc, actionsOf(doc, options), undefined, undefined, readersOrderOf(doc, options)));
  }
  return options;
}

/**
 * Each document's findings of a rule, as `path:line` (1-based), in a workspace of these files with this
 * configuration's text (an agency workspace: everyday titles type documents).
 */
export function workspaceFindingLines(
  files: Record<string, string>,
  rule: string,
  configText: string,
  today = TODAY,
): string[] {
  const map = new Map(Object.entries(files));
  const options = workspaceOptions(map, 'en', configText, today);
  const out: string[] = [];
  for (const [path, text] of map) {
    const doc = buildDocument(path, text, { locale: 'en', agencyWorkspace: true });
    for (const f of analyzeDocument(doc, options)) if (f.rule === rule) out.push(`${path}:${f.range.start.line + 1}`);
  }
  return out;
}

/** Analyses one text alone (a one-document workspace). */
export function analyze(text: string, path = 'doc.md', locale: Lang = 'en', configText?: string): Analyzed {
  const options = workspaceOptions(new Map([[path, text]]), locale, configText);
  const doc = buildDocument(path, text, { locale });
  return { path, text, doc, findings: analyzeDocument(doc, options), options };
}

/** Analyses every Markdown file of a folder together, as one workspace. */
export function analyzeFolder(dir: string, locale: Lang = 'en'): Analyzed[] {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isFile() && /\.md$/.test(name)) files.set(p, readFileSync(p, 'utf8'));
  }
  const configPath = join(dir, '.agency-docs.json');
  const configText = existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined;
  const options = workspaceOptions(files, locale, configText);
  return [...files].map(([path, text]) => {
    const doc = buildDocument(path, text, { locale });
    return { path, text, doc, findings: analyzeDocument(doc, options), options };
  });
}

/** Analyses every Markdown file under a folder, sub-folders included, as one workspace on the day given. */
export function analyzeTree(dir: string, today: typeof TODAY): Analyzed[] {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.md$/.test(name)) files.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  const configPath = join(dir, '.agency-docs.json');
  const configText = existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined;
  const options = workspaceOptions(files, 'en', configText, today);
  return [...files].map(([path, text]) => {
    // A folder with a configuration is an agency's workspace: a title alone types a document there (as the CLI reads it).
    const doc = buildDocument(path, text, { locale: 'en', agencyWorkspace: configText !== undefined });
    return { path, text, doc, findings: analyzeDocument(doc, options), options };
  });
}

/** `line:column rule` (1-based), one per finding: the form of `.expected` files. */
export function findingLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}`);
}

export { dirname };

/**
 * The findings of one document in a workspace configured by `configText` (the agency, its clients and team), as
 * `line rule` (1-based), or only those of `rule`.
 */
export function configuredFindings(
  text: string,
  configText: string,
  today: { year: number; month: number; day: number },
  rule?: string,
  path = 'doc.md',
): string[] {
  const options = workspaceOptions(new Map([[path, text]]), 'en', configText, today);
  const doc = buildDocument(path, text, { locale: 'en', agencyWorkspace: true });
  return analyzeDocument(doc, options)
    .filter((f) => !rule || f.rule === rule)
    .map((f) => `${f.range.start.line + 1} ${f.rule}`);
}

/** The fields missing-field reports on a text (`doc.md`). */
export function missingFieldsOf(text: string): string[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === 'missing-field')
    .map((f) => String(f.data?.field));
}

/** The fields missing-field reports on a text, each as `field@line` (1-based). */
export function missingFieldLines(text: string, path = 'doc.md'): string[] {
  return analyze(text, path)
    .findings.filter((f) => f.rule === 'missing-field')
    .map((f) => `${String(f.data.field)}@${f.range.start.line + 1}`);
}

/** Whether missing-field reports `field` on a text. */
export function reportsMissing(text: string, field: string, path = 'doc.md'): boolean {
  return missingFieldLines(text, path).some((f) => f.startsWith(`${field}@`));
}

/** The findings of one rule on a text, as `line section` (or `line` for the action rules). */
export function ruleFindings(text: string, rule: string): string[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === rule)
    .map((f) =>
      f.data?.section && !f.rule.startsWith('action')
        ? `${f.range.start.line} ${String(f.data.section)}`
        : `${f.range.start.line}`,
    );
}
