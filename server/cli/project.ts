/** Loads what a CLI command works on: configuration, files, parsed documents, the workspace index. */
import { readFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../core/catalog/schema';
import { parseConfigText, resolveConfig, langOfLocale, type ResolvedConfig, type AgencyConfig } from '../core/config';
import { buildDocument, type AgencyDocument } from '../core/document';
import { analyzeDocument, actionsOf, type AnalysisOptions, type Finding } from '../core/analyze';
import { WorkspaceIndex, summarize } from '../core/workspace';
import { scanSummary } from '../core/scan';
import { parseIsoDay, calendarDateOf, type CalendarDate } from '../core/dates';
import { ChunkCache } from '../core/markdown';
import { expandPaths, findConfigFile, readText, type FileProblem } from './files';

export interface ProjectOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly configFile?: string;
  readonly today?: string;
  readonly locale?: string;
  /** Index the targets with the cheap scan and leave their parse to the caller (parallel check). */
  readonly deferParse?: boolean;
}

export interface LoadedFile { readonly path: string; readonly text: string; readonly doc?: AgencyDocument; readonly bom: boolean }

export interface Project {
  readonly files: LoadedFile[];
  readonly problems: FileProblem[];
  readonly options: AnalysisOptions;
  readonly config: ResolvedConfig;
  readonly configProblems: string[];
  /** The configuration as written (workers resolve it again: patterns do not cross threads). */
  readonly userConfig?: AgencyConfig;
}

export class UsageError extends Error {}

function systemLocale(): Lang {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return langOfLocale(env) ?? 'en';
}

export async function loadProject(o: ProjectOptions): Promise<Project> {
  let today: CalendarDate;
  if (o.today) {
    const d = parseIsoDay(o.today);
    if (!d) throw new UsageError(`--today wants a date like 2026-11-22, not “${o.today}”`);
    today = d;
  } else today = calendarDateOf(new Date());

  const configProblems: string[] = [];
  const configPath = o.configFile ?? findConfigFile(o.paths[0] ?? o.cwd);
  let userConfig: AgencyConfig | undefined;
  if (configPath) {
    if (o.configFile && !existsSync(configPath)) throw new UsageError(`--config: no such file ${configPath}`);
    let text = '';
    try { text = readFileSync(configPath, 'utf8'); } catch (e) { configProblems.push(`${configPath}: cannot be read (${(e as Error).message})`); }
    if (text) {
      const parsed = parseConfigText(text);
      if (parsed.problem) configProblems.push(`${configPath}: ${parsed.problem}`);
      userConfig = parsed.config;
    }
  }
  const config = resolveConfig(userConfig);
  configProblems.push(...config.problems.map((p) => `${configPath}: ${p}`));
  const locale = langOfLocale(o.locale) ?? config.locale ?? systemLocale();

  const { files: targets, problems } = await expandPaths(o.paths.length ? o.paths : ['.'], o.cwd);
  // Workspace rules see every agency document under the configuration's folder, not only the files checked.
  const indexRoots = configPath ? [dirname(configPath)] : [];
  const targetSet = new Set(targets);
  const others = indexRoots.length ? (await expandPaths(indexRoots, o.cwd)).files.filter((f) => !targetSet.has(f)) : [];

  const cache = new ChunkCache(256);
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = { locale, today, config, workspace, fileExists: (p) => existsSync(p) };
  const files: LoadedFile[] = [];
  for (const path of [...targets, ...others]) {
    const read = await readText(path, config.maxFileSize);
    const isTarget = targetSet.has(path);
    if (!read.ok) {
      if (isTarget) problems.push({ path, message: read.message });
      continue;
    }
    if (!isTarget || o.deferParse) {
      // Only indexed here: the cheap scan, no Markdown parse.
      const summary = scanSummary(path, read.text, { today, jobPattern: config.jobPattern });
      if (summary) workspace.set(summary);
      if (isTarget) files.push({ path, text: read.text, bom: read.bom });
      continue;
    }
    const doc = buildDocument(path, read.text, { locale, cache });
    if (doc.type) workspace.set(summarize(doc, actionsOf(doc, options), config.jobPattern));
    files.push({ path, text: read.text, doc, bom: read.bom });
  }
  return { files, problems, options, config, configProblems, userConfig };
}

export function analyzeProject(p: Project): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of p.files) if (f.doc) out.set(f.path, analyzeDocument(f.doc, p.options));
  return out;
}
