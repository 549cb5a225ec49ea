/**
 * The workflow commands (docs/workflow.md): `new minutes --from`, `new
 * status`, `actions --format csv|ics`, `export --format html`. The documents
 * are made by the core (server/core/workflow); this file reads the
 * workspace, writes the result safely and reports in the user's language.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LANGS, type Lang } from '../core/catalog/schema';
import { minutesFromAgenda } from '../core/workflow/minutes';
import { parseIsoWeek, statusReport } from '../core/workflow/status';
import { jobCardEstimate } from '../core/workflow/estimate';
import { actionsToCsv, actionsToIcs, type ActionRow } from '../core/workflow/actionsExport';
import { documentToHtml } from '../core/workflow/html';
import { WorkflowError, type GeneratedDocument } from '../core/workflow/common';
import { documentOf, indexByScan, loadProject, UsageError, type ProjectOptions } from './project';
import { displayPath } from './files';
import { FileExistsError, writeNewFile } from './write';

export interface CommandInput {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
  readonly project: ProjectOptions;
}

function str(p: CommandInput, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

const EXISTS: Record<Lang, (path: string) => string> = {
  en: (p) => `${p} already exists: add --force to replace it, or --out FILE to write elsewhere.`,
  zh: (p) => `${p} 已经存在：加上 --force 才会替换它，或用 --out 文件 写到别处。`,
  es: (p) => `${p} ya existe: añade --force para reemplazarlo, o --out ARCHIVO para escribir en otro sitio.`,
};
const WROTE: Record<Lang, (path: string) => string> = {
  en: (p) => `Wrote ${p}`,
  zh: (p) => `已写入 ${p}`,
  es: (p) => `Escrito ${p}`,
};

/**
 * Writes a made document: to `--out` (`-` for standard output) or its own
 * path; atomically, and over an existing file only with --force. Returns the exit code.
 */
function emit(p: CommandInput, made: GeneratedDocument, lang: Lang, bom = false): number {
  const out = str(p, 'out');
  if (out === '-') {
    process.stdout.write(made.text);
    return 0;
  }
  const path = resolve(p.project.cwd, out ?? made.path);
  const shown = displayPath(path, p.project.cwd);
  if (!existsSync(dirname(path))) throw new UsageError(`no such folder: ${displayPath(dirname(path), p.project.cwd)}`);
  try {
    writeNewFile(path, (bom ? '\uFEFF' : '') + made.text, p.flags.has('force'));
  } catch (e) {
    if (e instanceof FileExistsError) {
      process.stderr.write(`agency-docs: ${EXISTS[lang](shown)}\n`);
      return 2;
    }
    throw e;
  }
  process.stderr.write(`agency-docs: ${WROTE[lang](shown)}\n`);
  process.stdout.write(shown + '\n');
  return 0;
}

function failed(e: unknown, lang: Lang): number {
  if (e instanceof WorkflowError) {
    process.stderr.write(`agency-docs: ${e.reason[lang]}\n`);
    return 2;
  }
  throw e;
}

function langOf(p: CommandInput, fallback: Lang): Lang {
  const v = str(p, 'lang');
  if (v === undefined) return fallback;
  if (!(LANGS as readonly string[]).includes(v)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
  return v as Lang;
}

/** `agency-docs new minutes --from <agenda.md>`: the minutes beside the agenda. */
export async function newMinutesFrom(p: CommandInput): Promise<number> {
  const from = str(p, 'from')!;
  const project = await loadProject({ ...p.project, paths: [from] });
  const file = project.files[0];
  if (!file) {
    for (const x of project.problems)
      process.stderr.write(`agency-docs: ${displayPath(x.path, p.project.cwd)}: ${x.message}\n`);
    if (project.problems.length === 0) process.stderr.write(`agency-docs: ${from}: not a Markdown file\n`);
    return 2;
  }
  const locale = project.options.locale;
  try {
    const agenda = documentOf(project, file);
    return emit(p, minutesFromAgenda(agenda), agenda.lang);
  } catch (e) {
    return failed(e, locale);
  }
}

/** `agency-docs new status [--client NAME] [--week YYYY-Www]`: the weekly report from the workspace. */
export async function newStatus(p: CommandInput): Promise<number> {
  const project = await loadProject(p.project);
  for (const x of project.problems)
    process.stderr.write(`agency-docs: ${displayPath(x.path, p.project.cwd)}: ${x.message}\n`);
  indexByScan(project);
  const today = project.options.today;
  const weekText = str(p, 'week');
  const week = weekText !== undefined ? parseIsoWeek(weekText, today.year) : undefined;
  if (weekText !== undefined && !week) throw new UsageError(`--week wants a week like 2026-W48, not “${weekText}”`);
  const asked = str(p, 'lang') !== undefined ? langOf(p, project.options.locale) : undefined;
  const byPath = new Map(project.files.map((f) => [f.path, f]));
  const lang = asked ?? project.options.locale;
  try {
    // The documents under the paths given (the current folder by default), not all the configuration's folder holds.
    const wanted = new Set(project.files.map((f) => f.path));
    const docs = [...project.options.workspace!.documents()].filter((d) => wanted.has(d.path));
    const made = statusReport(docs, {
      today,
      week,
      client: str(p, 'client'),
      clients: project.config.clients,
      lang: asked,
      locale: project.options.locale,
      langOf: (d) => documentOf(project, byPath.get(d.path)!).lang,
      cardEstimate: (d) => {
        const file = byPath.get(d.path);
        return file ? jobCardEstimate(documentOf(project, file)) : undefined;
      },
      folder: p.project.cwd,
      exists: existsSync,
      path: str(p, 'out') && str(p, 'out') !== '-' ? resolve(p.project.cwd, str(p, 'out')!) : undefined,
    });
    return emit(p, made, made.lang ?? lang);
  } catch (e) {
    return failed(e, lang);
  }
}

/** `agency-docs export <file> --format html`: the page beside the document (or --out). */
export async function exportDocument(p: CommandInput): Promise<number> {
  const format = str(p, 'format') ?? 'html';
  if (format !== 'html') throw new UsageError('export --format must be html');
  if (p.positional.length !== 1)
    throw new UsageError('export takes one document: agency-docs export minutes.md --format html');
  const project = await loadProject({ ...p.project, paths: [...p.positional] });
  const file = project.files[0];
  if (!file) {
    for (const x of project.problems)
      process.stderr.write(`agency-docs: ${displayPath(x.path, p.project.cwd)}: ${x.message}\n`);
    if (project.problems.length === 0) process.stderr.write(`agency-docs: ${p.positional[0]}: not a Markdown file\n`);
    return 2;
  }
  const doc = documentOf(project, file);
  return emit(p, { path: file.path.replace(/\.(?:md|markdown)$/i, '') + '.html', text: documentToHtml(doc) }, doc.lang);
}

/** Writes the listed actions as CSV or iCalendar (standard output, or --out). */
export function emitActions(
  p: CommandInput,
  format: 'csv' | 'ics',
  rows: readonly ActionRow[],
  today: string,
  lang: Lang,
): number {
  const text = format === 'csv' ? actionsToCsv(rows) : actionsToIcs(rows, today);
  const out = str(p, 'out');
  if (out === undefined || out === '-') {
    process.stdout.write(text);
    return 0;
  }
  return emit(p, { path: out, text }, lang);
}
