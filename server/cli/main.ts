/**
 * The `agency-docs` command line (README.md, Command line; docs/workflow.md): check, new, actions, types, lsp.
 * Exit codes: 0 no error, 1 an error-severity finding, 2 usage or I/O failure.
 */
import { DOCUMENT_TYPES } from '../core/catalog/documentTypes';
import { LANGS, type Lang } from '../core/catalog/schema';
import { typeByName } from '../core/document';
import { renderTemplate } from '../core/templates';
import { calendarDateOf, daysBetween, parseIsoDay, toIsoDate } from '../core/dates';
import { actionsOf } from '../core/analyze';
import { availableParallelism } from 'node:os';
import { isCheckWorker, serveAsWorker } from './parallel';
import { check as runCheck, writeNotes } from './check';
import { DEFAULT_CACHE_FILE } from './cache';
import { fold } from '../core/text';
import { isPlaceholderOwner, isSampleAction } from '../core/placeholders';
import { documentOf, indexByScan, loadProject, UsageError, type ProjectOptions } from './project';
import { displayPath } from './files';
import { forTerminal, padColumns } from './format';
import { VERSION } from './version';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emitActions, exportDocument, newMinutesFrom, newStatus, type CommandInput } from './workflow';
import type { AgencyDocument } from '../core/document';
import type { ClientEntry } from '../core/config';

/** A front-matter value of a document, when filled. */
function fieldText(doc: AgencyDocument, id: string): string | undefined {
  const f = doc.frontMatter?.field(id);
  return f && !f.missing ? f.text : undefined;
}

/** Whether a document's client is the one asked for (folded; the configuration's aliases count). */
function sameClient(clients: readonly ClientEntry[], wanted: string, client: string | undefined): boolean {
  if (!client) return false;
  const names = new Set([fold(wanted)]);
  for (const c of clients) {
    const group = [c.name, ...(c.aliases ?? [])].map((n) => fold(n));
    if (group.includes(fold(wanted))) for (const n of group) names.add(n);
  }
  return names.has(fold(client));
}

const HELP = `agency-docs ${VERSION}: checks agency documents (briefs, minutes, agendas, job cards…)

Usage:
  agency-docs check [paths or globs…] [--format text|json|sarif] [--config FILE]
                    [--today YYYY-MM-DD] [--locale en|zh|es] [--fix] [--cache[=FILE]]
  agency-docs new <type> [--lang en|zh|es] [--today YYYY-MM-DD]   (blank; new status --template for a blank report)
  agency-docs new minutes --from <agenda.md> [--out FILE] [--force]
  agency-docs new status [paths…] [--client NAME] [--week YYYY-Www] [--lang en|zh|es] [--out FILE] [--force]
  agency-docs actions [paths…] [--owner NAME] [--overdue] [--client NAME] [--due-before YYYY-MM-DD]
                      [--format text|json|csv|ics] [--out FILE] [--today YYYY-MM-DD]
  agency-docs export <file> --format html [--out FILE] [--force]
  agency-docs types [--format text|json]
  agency-docs lsp --stdio

new <type> prints the document. new minutes and new status write a file and print its path: the minutes
beside the agenda, the status report beside the client's previous report (else in the current folder, as
status-2026-w48.md); never over an existing file without --force. --out FILE writes there, --out - prints.

Exit codes: 0 no error found, 1 errors found, 2 usage or file problems.
`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set([
  'cache-location',
  'format',
  'config',
  'today',
  'locale',
  'lang',
  'owner',
  'from',
  'client',
  'week',
  'due-before',
  'out',
]);
const BOOL_FLAGS = new Set(['fix', 'overdue', 'stdio', 'help', 'version', 'no-color', 'color', 'force', 'template']);

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      // `--cache` alone or `--cache=FILE`: a value after a space would be taken for a path to check.
      if (name === 'cache') {
        flags.set(name, inline ?? true);
        continue;
      }
      if (VALUE_FLAGS.has(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, v);
      } else if (BOOL_FLAGS.has(name)) {
        // `--fix=notes.md` is a file name that a glob turned into an option, not a request: refuse it (use `--` before such names).
        if (inline !== undefined)
          throw new UsageError(`--${name} takes no value (“${a}”); to check a file of that name, put -- before it`);
        flags.set(name, true);
      } else throw new UsageError(`unknown option --${name}`);
    } else if (a === '-h') flags.set('help', true);
    else positional.push(a);
  }
  return { positional, flags };
}

function str(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function useColor(p: Parsed): boolean {
  if (p.flags.has('no-color') || process.env.NO_COLOR) return false;
  if (p.flags.has('color') || process.env.FORCE_COLOR) return true;
  return Boolean(process.stdout.isTTY);
}

function projectOptions(p: Parsed): ProjectOptions {
  return {
    paths: p.positional,
    cwd: process.cwd(),
    configFile: str(p, 'config'),
    today: str(p, 'today'),
    locale: str(p, 'locale'),
  };
}

async function check(p: Parsed): Promise<number> {
  const format = oneOf(str(p, 'format'), ['text', 'json', 'sarif'] as const, 'format', 'text');
  const threads = Number(process.env.AGENCY_DOCS_THREADS) || Math.min(availableParallelism(), 4);
  const cache = p.flags.get('cache');
  const cacheFile =
    str(p, 'cache-location') ?? (typeof cache === 'string' ? cache : cache ? DEFAULT_CACHE_FILE : undefined);
  if (cacheFile === '') throw new UsageError('--cache= needs a file name (or --cache alone for .agency-docs-cache)');
  return runCheck({
    project: projectOptions(p),
    format,
    color: useColor(p),
    fix: p.flags.has('fix'),
    threads,
    cacheFile,
  });
}

function workflowInput(p: Parsed, positional = p.positional): CommandInput {
  return { positional, flags: p.flags, project: { ...projectOptions(p), paths: positional } };
}

async function newDocument(p: Parsed): Promise<number> {
  const name = p.positional[0];
  // The workflow: minutes started from an agenda, the status report gathered from the workspace.
  if (name && typeByName(name)?.id === 'minutes' && p.flags.has('from')) return newMinutesFrom(workflowInput(p, []));
  if (name && typeByName(name)?.id === 'status' && !p.flags.has('template'))
    return newStatus(workflowInput(p, p.positional.slice(1)));
  if (!name) throw new UsageError('which type? e.g. agency-docs new brief (see agency-docs types)');
  const type = typeByName(name);
  if (!type) throw new UsageError(`“${name}” is not a document type; see agency-docs types`);
  const lang = oneOf(str(p, 'lang'), LANGS, 'lang', 'en') as Lang;
  const todayText = str(p, 'today');
  const today = todayText ? parseIsoDay(todayText) : calendarDateOf(new Date());
  if (!today) throw new UsageError(`--today wants a date like 2026-11-22`);
  process.stdout.write(renderTemplate(type, lang, { today }));
  return 0;
}

async function actions(p: Parsed): Promise<number> {
  const format = oneOf(str(p, 'format'), ['text', 'json', 'csv', 'ics'] as const, 'format', 'text');
  const dueBefore = str(p, 'due-before');
  if (dueBefore !== undefined && !parseIsoDay(dueBefore))
    throw new UsageError(`--due-before wants a date like 2026-11-30, not “${dueBefore}”`);
  const clientWanted = str(p, 'client');
  const project = await loadProject(projectOptions(p));
  const cwd = process.cwd();
  const owner = str(p, 'owner');
  // --owner accepts a roster name or any of its aliases, a name written with a note in brackets (`Jo Marsh
  // (Kestrel)`, `陈静（星河）`), one word of a name written in full (`Dana` for the `Dana Lee` of an owner column)
  // and, asked for in full, the first name the minutes write alone (`Dana to send…` for `--owner "Dana Lee"`).
  let firstName: string | undefined;
  const oneOfTheNames = (written: string, wanted: ReadonlySet<string>) => {
    const name = fold(written)
      .replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')
      .trim();
    return (
      wanted.has(name) ||
      name.split(/[\s.]+/u).some((w) => w.length > 1 && wanted.has(w)) ||
      (firstName !== undefined && name === firstName)
    );
  };
  const ownerNames = new Set<string>();
  if (owner) {
    const wanted = fold(owner.replace(/^@/, ''));
    ownerNames.add(wanted);
    for (const m of project.config.team) {
      const names = [m.name, ...(m.aliases ?? [])].map((n) => fold(n));
      if (names.includes(wanted)) for (const n of names) ownerNames.add(n);
    }
    // Unless the roster has another person of that first name (`Dana Lee` and `Dana Park`: `Dana` is either).
    const first = /^(\p{L}{2,})\s+\p{L}/u.exec(wanted)?.[1];
    const namesakes = project.config.team.filter((m) => fold(m.name).split(/\s+/u)[0] === first);
    if (first && namesakes.every((m) => ownerNames.has(fold(m.name)))) firstName = first;
  }
  // Each owner as the roster names them (`Sam`, `@scarter` → `Sam Carter`), for scripts that group by person.
  const rosterName = new Map<string, string>();
  for (const m of project.config.team) for (const n of [m.name, ...(m.aliases ?? [])]) rosterName.set(fold(n), m.name);
  const today = project.options.today;
  indexByScan(project);
  const rows = project.files
    .flatMap((f) => {
      const doc = documentOf(project, f);
      // As the editor's Action items view lists them: a template's sample action is no task (core/placeholders.ts).
      return actionsOf(doc, project.options)
        .filter((a) => !isSampleAction(a.text))
        .map((a) => ({ a, doc, f }));
    })
    .map(({ a, doc, f }) => {
      const pos = doc.lines.positionAt(a.start);
      const due = a.due?.date ? toIsoDate(a.due.date) : undefined;
      // (`@owner` left from a template names nobody.)
      const owners = a.owners.map((o) => o.name).filter((o) => !isPlaceholderOwner(o));
      return {
        file: displayPath(f.path, cwd),
        line: pos.line + 1,
        column: pos.character + 1,
        action: a.text.split('\n')[0],
        owners,
        people: owners.map((o) => rosterName.get(fold(o)) ?? o),
        due,
        // A date written that reads two ways (`04/01/2027`: ambiguous-date says which), not no date at all.
        dueUnclear: a.due !== undefined && a.due.date === undefined ? a.due.text : undefined,
        done: a.done,
        overdue: !a.done && a.due?.date !== undefined && daysBetween(a.due.date, today) > 0,
        job: a.job?.id ?? fieldText(doc, 'job'),
        type: doc.type?.id,
        client: fieldText(doc, 'client'),
      };
    })
    .filter((r) => {
      if (owner && !r.owners.some((o) => ownerNames.has(fold(o)) || oneOfTheNames(o, ownerNames))) return false;
      if (p.flags.has('overdue') && !r.overdue) return false;
      if (clientWanted !== undefined && !sameClient(project.config.clients, clientWanted, r.client)) return false;
      if (dueBefore !== undefined && !(r.due !== undefined && r.due < toIsoDate(parseIsoDay(dueBefore)!))) return false;
      return true;
    });
  if (format === 'csv' || format === 'ics') {
    for (const x of project.problems) process.stderr.write(`agency-docs: ${displayPath(x.path, cwd)}: ${x.message}\n`);
    const exported = rows.map((r) => ({
      owners: r.owners,
      due: r.due,
      status: r.done ? ('done' as const) : r.overdue ? ('overdue' as const) : ('open' as const),
      text: r.action,
      document: r.file,
      line: r.line,
      job: r.job,
      client: r.client,
    }));
    const code = emitActions(workflowInput(p), format, exported, toIsoDate(today), project.options.locale);
    return code || (project.problems.length ? 2 : 0);
  }
  if (format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else {
    for (const r of rows) {
      const box = r.done ? '[x]' : r.overdue ? '[!]' : '[ ]';
      const who = r.owners.length ? r.owners.map((o) => '@' + o).join(' ') : '(no owner)';
      process.stdout.write(
        `${box} ${r.due ?? (r.dueUnclear !== undefined ? 'unclear   ' : 'no date   ')}  ${padColumns(forTerminal(who), 14)} ${forTerminal(r.action)}  ${forTerminal(r.file)}:${r.line}\n`,
      );
    }
    const open = rows.filter((r) => !r.done).length;
    process.stdout.write(
      `${rows.length} action${rows.length === 1 ? '' : 's'}, ${open} open, ${rows.filter((r) => r.overdue).length} overdue.\n`,
    );
  }
  writeNotes(project.notes, cwd);
  for (const x of project.problems)
    process.stderr.write(`agency-docs: ${forTerminal(displayPath(x.path, cwd))}: ${forTerminal(x.message)}\n`);
  return project.problems.length ? 2 : 0;
}

function types(p: Parsed): number {
  const format = oneOf(str(p, 'format'), ['text', 'json'] as const, 'format', 'text');
  if (format === 'json') {
    process.stdout.write(
      JSON.stringify(
        DOCUMENT_TYPES.map((t) => ({
          id: t.id,
          names: t.names,
          aliases: t.aliases,
          summary: t.summary.en,
          fields: t.fields.map((f) => (f.optional ? `${f.id}?` : f.id)),
          sections: t.sections.map((s) => (s.optional ? `${s.id}?` : s.id)),
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const w = Math.max(...DOCUMENT_TYPES.map((t) => t.id.length));
  for (const t of DOCUMENT_TYPES) {
    process.stdout.write(
      `${t.id.padEnd(w)}  ${t.names.en} / ${t.names.zh} / ${t.names.es}\n${' '.repeat(w)}  ${t.summary.en}\n`,
    );
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === 'version') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    const p = parseArgs(rest);
    if (p.flags.has('help')) {
      process.stdout.write(HELP);
      return 0;
    }
    switch (command) {
      case 'check':
        return await check(p);
      case 'new':
        return await newDocument(p);
      case 'export':
        return await exportDocument(workflowInput(p));
      case 'actions':
        return await actions(p);
      case 'types':
        return types(p);
      case 'lsp': {
        if (!p.flags.has('stdio'))
          throw new UsageError('lsp needs --stdio (the language server talks over standard input and output)');
        serveLanguageServer();
        return -1; // keeps serving until the client says exit
      }
      default:
        throw new UsageError(`unknown command “${command}”`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`agency-docs: ${e.message}\n\n${HELP}`);
      return 2;
    }
    process.stderr.write(`agency-docs: unexpected failure: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

// In a worker thread started by the parallel check, this bundle serves as the worker.
if (isCheckWorker()) serveAsWorker();

/** Runs the CLI with the process's arguments (the `bin` launcher calls this). */
export function run(): void {
  // A reader that stops early (`agency-docs check . | head`) closes the pipe: that ends the output, not in a crash.
  // Output that cannot be written at all (`> /dev/full`, a full disk) is said in one line on stderr, exit 2.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 141); // 141: as a process ended by SIGPIPE
    try {
      process.stderr.write(
        `agency-docs: the report could not be written (${e.code === 'ENOSPC' ? 'the disk is full, ENOSPC' : (e.code ?? e.message)})\n`,
      );
    } catch {
      /* stderr is gone too */
    }
    process.exit(2);
  });
  main(process.argv.slice(2)).then((code) => {
    if (code >= 0) process.exitCode = code;
  });
}

/**
 * The very server the editor starts (dist/server.js beside this bundle; ../lsp/main from the sources): the disk
 * for the workspace's configuration and index, the framing guard on standard input, the code cache. A server
 * started here on its own connection would ask the client for every file (as in the browser), and Neovim or
 * Helix answer no such request: no configuration, no workspace (blind15).
 */
function serveLanguageServer(): void {
  const built = join(__dirname, 'server.js');
  require(existsSync(built) ? built : join(__dirname, '..', 'lsp', 'main'));
}
