/** Loads what a CLI command works on: configuration, files, the workspace index. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Lang } from '../core/catalog/schema';
import {
  parseConfigText,
  resolveConfig,
  langOfLocale,
  type ResolvedConfig,
  type AgencyConfig,
  type ConfigProblem,
} from '../core/config';
import { findConfigFile, isRepositoryRoot, readConfigFile } from '../node/configFile';
import { buildDocument, type AgencyDocument } from '../core/document';
import type { AnalysisOptions } from '../core/analyze';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { scanDocument } from '../core/scan';
import { TypeVocabulary } from '../core/typeDetection';
import { parseIsoDay, calendarDateOf, type CalendarDate } from '../core/dates';
import { ChunkCache } from '../core/markdown';
import { existsForThisRun, expandPaths, readText, type FileProblem, type FoundFile, type ReadStamp } from './files';

export interface ProjectOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly configFile?: string;
  readonly today?: string;
  readonly locale?: string;
  /** Files will be written back (`--fix`): remember what each held, to tell whether it changed before writing. */
  readonly forWriting?: boolean;
}

export interface LoadedFile {
  /** Where the file was found: shown to the user and given to the analysis. */
  readonly path: string;
  readonly text: string;
  readonly bom: boolean;
  /** The file itself (links resolved): the one read, and written by `--fix`. */
  readonly real: string;
  /** What the file held when read (with `forWriting`). */
  readonly stamp?: ReadStamp;
}

export interface Project {
  /** The files to check or list. */
  readonly files: LoadedFile[];
  /** Other agency documents under the configuration's folder: for the index only. */
  readonly indexOnly: LoadedFile[];
  readonly problems: FileProblem[];
  /** Files left out while walking folders (binary, not UTF-8, too large, links leaving the folders): stderr only, exit code unchanged. */
  readonly notes: FileProblem[];
  /** The analysis options; `workspace` starts empty (see indexByScan). */
  readonly options: AnalysisOptions;
  readonly config: ResolvedConfig;
  readonly configProblems: string[];
  /** The configuration as written (workers resolve it again: patterns do not cross threads). */
  readonly userConfig?: AgencyConfig;
  /** A `.agency-docs.json` was found: everyday titles (`# Agenda`) type documents here (docs/types.md). */
  readonly agencyWorkspace: boolean;
  /** The files' `type:` values are another tool's vocabulary (set by indexByScan): a `type:` alone types nothing. */
  othersTypeVocabulary: boolean;
}

export class UsageError extends Error {}

function systemLocale(): Lang {
  const env =
    process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return langOfLocale(env) ?? 'en';
}

/** What a command works on before any file is read: configuration, options, and the files found. */
export interface FoundProject {
  /** The files to check or list (not read yet). */
  readonly targets: FoundFile[];
  /** Other Markdown files under the configuration's folder: for the index only. */
  readonly others: FoundFile[];
  readonly problems: FileProblem[];
  readonly notes: FileProblem[];
  /** The analysis options; `workspace` starts empty. */
  readonly options: AnalysisOptions;
  readonly config: ResolvedConfig;
  readonly configProblems: string[];
  readonly userConfig?: AgencyConfig;
  /** What a worker thread needs to check files the same way (the configuration as written: patterns do not cross threads). */
  readonly setup: {
    config?: AgencyConfig;
    locale: Lang;
    today: CalendarDate;
    roots: string[];
    agencyWorkspace: boolean;
  };
}

/**
 * Finds the configuration and the files, without reading them: the check reads each file where it is
 * scanned and analysed (in the worker threads), so no thread keeps every text to the end.
 */
export async function findProject(o: ProjectOptions): Promise<FoundProject> {
  let today: CalendarDate;
  if (o.today) {
    const d = parseIsoDay(o.today);
    // The years the checker reads in documents (1000-2999): another year is a typing slip, not a day to check against.
    if (!d || d.year < 1000 || d.year > 2999)
      throw new UsageError(`--today wants a date like 2026-11-22 (years 1000 to 2999), not “${o.today}”`);
    today = d;
  } else today = calendarDateOf(new Date());

  const found: ConfigProblem[] = [];
  // The search stops at the repository root, or at the working folder when the checked path is inside it.
  const configPath = o.configFile
    ? resolve(o.cwd, o.configFile)
    : findConfigFile(resolve(o.cwd, o.paths[0] ?? '.'), [o.cwd]);
  let userConfig: AgencyConfig | undefined;
  if (configPath) {
    if (o.configFile && !existsSync(configPath)) throw new UsageError(`--config: no such file ${configPath}`);
    const read = readConfigFile(configPath);
    if ('problem' in read) found.push(read.problem);
    else {
      const parsed = parseConfigText(read.text);
      found.push(...parsed.problems);
      userConfig = parsed.config;
    }
  }
  const config = resolveConfig(userConfig);
  found.push(...config.problems);
  if (o.locale !== undefined && !langOfLocale(o.locale))
    throw new UsageError(`--locale must be en, zh (zh-cn) or es, not “${o.locale}”`);
  const locale = langOfLocale(o.locale) ?? config.locale ?? systemLocale();
  // Each bad value once, in the user's language; the rest of the configuration applies.
  const configProblems = found.map((p) => `${configPath}: ${p.message[locale]}`);

  const walking = { ignore: config.ignore, ignoreBase: configPath ? dirname(configPath) : undefined };
  const { files: targets, problems, notes } = await expandPaths(o.paths.length ? o.paths : ['.'], o.cwd, walking);
  // Workspace rules see every agency document under the configuration's folder, not only the files checked.
  const indexRoots = configPath ? [dirname(configPath)] : [];
  const targetSet = new Set(targets.map((f) => f.real));
  const others = indexRoots.length
    ? (await expandPaths(indexRoots, o.cwd, walking)).files.filter((f) => !targetSet.has(f.real))
    : [];
  const roots = workspaceRoots(o, configPath);
  const agencyWorkspace = configPath !== undefined;
  const options: AnalysisOptions = {
    locale,
    today,
    config,
    workspace: new WorkspaceIndex(),
    fileExists: existsForThisRun(),
    roots,
  };
  return {
    targets,
    others,
    problems,
    notes,
    options,
    config,
    configProblems,
    userConfig,
    setup: { config: userConfig, locale, today, roots, agencyWorkspace },
  };
}

/**
 * The paths to check, grouped by the configuration each is under (looked up from each path upwards, as
 * findProject does for the first): `check ws bare` checks `ws` with its `.agency-docs.json` and `bare` without
 * one. Groups in the order their first path was given, except that a group with a path inside another group's path
 * comes first: `check ws ws/sub`, where ws/sub has its own configuration, checks ws/sub's files with it (the file
 * is checked once, by the first group that reaches it). One group when `--config` names the file.
 */
export function pathsByConfiguration(o: ProjectOptions): (readonly string[])[] {
  if (o.configFile || o.paths.length < 2) return [o.paths];
  const groups = new Map<string | undefined, string[]>();
  for (const p of o.paths) {
    const config = findConfigFile(resolve(o.cwd, p), [o.cwd]);
    const group = groups.get(config);
    if (group) group.push(p);
    else groups.set(config, [p]);
  }
  const all = [...groups.values()];
  const within = (inner: string, outer: string) => resolve(o.cwd, inner).startsWith(resolve(o.cwd, outer) + sep);
  const isNested = (g: readonly string[]) => all.some((h) => h !== g && g.some((p) => h.some((q) => within(p, q))));
  const nested = new Set(all.filter(isNested));
  return [...nested, ...all.filter((g) => !nested.has(g))];
}

/** Finds and reads the configuration and the files. Nothing is parsed here. */
export async function loadProject(o: ProjectOptions): Promise<Project> {
  const { targets, others, problems, notes, options, config, configProblems, userConfig, setup } = await findProject(o);
  const files: LoadedFile[] = [];
  const indexOnly: LoadedFile[] = [];
  for (const [isTarget, f] of [...targets.map((t) => [true, t] as const), ...others.map((t) => [false, t] as const)]) {
    const read = readText(f.real, config.maxFileSize, isTarget && o.forWriting);
    if (read.ok)
      (isTarget ? files : indexOnly).push({
        path: f.path,
        real: f.real,
        text: read.text,
        bom: read.bom,
        stamp: read.stamp,
      });
    // A file named on the command line that cannot be checked is a failure; one met while walking a folder is a note.
    else if (isTarget) (f.explicit || !read.skipped ? problems : notes).push({ path: f.path, message: read.message });
  }
  return {
    files,
    indexOnly,
    problems,
    notes,
    options,
    config,
    configProblems,
    userConfig,
    agencyWorkspace: setup.agencyWorkspace,
    othersTypeVocabulary: false,
  };
}

/**
 * The workspace roots of a run, where links may point: the folder holding the configuration,
 * else the repository root, else the folders checked (README "Configuration").
 */
function workspaceRoots(o: ProjectOptions, configPath: string | undefined): string[] {
  if (configPath) return [dirname(configPath)];
  const start = resolve(o.cwd, o.paths[0] ?? '.');
  for (let d = start; ; d = dirname(d)) {
    if (isRepositoryRoot(d)) return [d];
    if (dirname(d) === d) break;
  }
  return (o.paths.length ? o.paths : ['.']).map((p) => {
    const abs = resolve(o.cwd, p);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return o.cwd;
    }
  });
}

/** Fills the project's index with the cheap scan of every file: no Markdown parse, nothing kept but summaries. */
export function indexByScan(p: Project): void {
  const vocabulary = new TypeVocabulary();
  const scans = [...p.files, ...p.indexOnly].map((f) => {
    const scan = scanDocument(f.path, f.text, {
      today: p.options.today,
      jobPattern: p.config.jobPattern,
      dateOrder: p.config.dateOrder,
      agencyWorkspace: p.agencyWorkspace,
    });
    vocabulary.set(f.path, scan.declaredType);
    return scan;
  });
  // Known once every file is read: then a page typed by its `type:` alone is another tool's (docs/types.md).
  p.othersTypeVocabulary = vocabulary.othersVocabulary();
  for (const s of scans)
    if (s.summary && !(p.othersTypeVocabulary && s.declaredOnly)) p.options.workspace!.set(s.summary);
}

/** The model of one file of the project. */
export function documentOf(p: Project, f: LoadedFile): AgencyDocument {
  return parseOnce(f.path, f.text, p.options.locale, p.agencyWorkspace, p.othersTypeVocabulary);
}

/**
 * The CLI reads each text once (here or in a worker thread): parsed in chunks like the editor's text
 * (pieces are cheaper to parse than the whole), nothing kept for later edits.
 */
export function parseOnce(
  path: string,
  text: string,
  locale: Lang,
  agencyWorkspace = false,
  othersTypeVocabulary = false,
): AgencyDocument {
  return buildDocument(path, text, { locale, cache: ONCE, agencyWorkspace, othersTypeVocabulary });
}
/** Keeps no chunk: each text of the check is parsed once (the scan's rare parses use it too, see checkFile.ts). */
export const ONCE = new ChunkCache(0);
