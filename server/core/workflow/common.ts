/**
 * What the workflow generators share (docs/workflow.md): the shape of a
 * generated document, front-matter writing, titles without their type
 * name, relative links, ISO weeks. No editor or file-system code here: the
 * CLI, the language server and the web extension write the files.
 */
import { relativePath } from '../paths';
import { stringify } from 'yaml';
import type { DocumentTypeDef, Lang, Localized } from '../catalog/schema';
import { LANGS } from '../catalog/schema';
import { addDays, daysBetween, weekday, type CalendarDate } from '../dates';
import { headingCandidates, normalizeHeading } from '../headings';

/** A new document to write: where (a path beside its source, or as asked) and what. */
export interface GeneratedDocument {
  readonly path: string;
  readonly text: string;
  /** The language it is written in. */
  readonly lang?: Lang;
}

/** A reason a document cannot be made (not an agenda, no client…), in the user's three languages. */
export class WorkflowError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** One front-matter line: `key: value`, quoted by the YAML library only where a plain value would be misread. */
export function fieldLine(key: string, value: string): string {
  return `${key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`;
}

/** A list field written as a block sequence (one name per line, easy to edit). */
export function listField(key: string, items: readonly string[]): string {
  return [`${key}:`, ...items.map((i) => `  - ${stringify(i, { lineWidth: 0 }).trimEnd()}`)].join('\n');
}

/** Separator between a type name and the rest of a title, as each language writes it. */
export const TITLE_SEPARATOR: Localized = { en: ': ', zh: '：', es: ': ' };

/**
 * A title without the type name that leads it (`会议议程：小红书…` → `小红书…`;
 * `Job card NW-2026-016: in-store…` → `in-store…`), or the whole title when it
 * does not start with one.
 */
export function titleSubject(title: string | undefined, type: DocumentTypeDef): string {
  if (!title) return '';
  const m = /^(.*?)\s*(?:[:：]|\s[–—-]\s)\s*(.+)$/u.exec(title);
  if (!m) return headingCandidates(title).some((c) => namesOf(type).has(c)) ? '' : title;
  const head = m[1];
  if (namesOf(type).has(normalizeHeading(head)) || headingCandidates(head).some((c) => namesOf(type).has(c)))
    return m[2].trim();
  // `Job card NW-2026-016: …`: the type name followed by the job number.
  const lead = namesOf(type);
  for (const n of lead) if (normalizeHeading(head).startsWith(n + ' ')) return m[2].trim();
  return title;
}

const NAMES = new Map<string, Set<string>>();
function namesOf(type: DocumentTypeDef): Set<string> {
  let s = NAMES.get(type.id);
  if (!s) {
    s = new Set([...LANGS.map((l) => type.names[l]), ...type.aliases].map(normalizeHeading));
    NAMES.set(type.id, s);
  }
  return s;
}

/** A title: the type's name in `lang`, then the subject when there is one. */
export function titleFor(type: DocumentTypeDef, lang: Lang, subject: string): string {
  return subject ? `${type.names[lang]}${TITLE_SEPARATOR[lang]}${subject}` : type.names[lang];
}

/** A Markdown link target from the folder `fromDir` to `target` (forward slashes; `<…>` when it has spaces or parentheses). */
export function linkTarget(fromDir: string, target: string, line?: number): string {
  // Relative to a file inside `fromDir`: the same path helpers as links (no Node, so it also runs in the browser).
  const rel = relativePath(joinPath(fromDir, '_'), target).replace(/\\/g, '/');
  const withLine = line !== undefined ? `${rel}#L${line}` : rel;
  return /[\s()<>]/.test(withLine) ? `<${withLine.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : withLine;
}

/** Text safe inside a Markdown link label or table cell (brackets, pipes and markup characters escaped). */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]|<>]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** The folder of a path (either slash). */
export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? path.slice(0, 1) : path.slice(0, i);
}

/** Joins a folder and a file name with the folder's own separator. */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : dir + sep + name;
}

/**
 * A free path for a new file: `name` itself, else `name-2`, `name-3`… before
 * its extension (`…minutes.md` → `…minutes-2.md`), so nothing is overwritten.
 */
export function freePath(path: string, exists: ((path: string) => boolean) | undefined): string {
  if (!exists?.(path)) return path;
  const m = /^(.*?)((?:\.[^./\\]+)?\.(?:md|markdown|html))$/i.exec(path) ?? [path, path, ''];
  for (let n = 2; n < 1000; n++) {
    const candidate = `${m[1]}-${n}${m[2]}`;
    if (!exists(candidate)) return candidate;
  }
  return `${m[1]}-${Date.now()}${m[2]}`;
}

/** An ISO week: year and week number, with its Monday. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  readonly monday: CalendarDate;
}

/** The ISO week a date falls in (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(d: CalendarDate): IsoWeek {
  const monday = addDays({ year: d.year, month: d.month, day: d.day }, -((weekday(d) + 6) % 7));
  const thursday = addDays(monday, 3);
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return { year: thursday.year, week, monday };
}

/** `2026-W48`. */
export function isoWeekText(w: IsoWeek): string {
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}
