/**
 * Everything a user reads that is not part of one rule, in English,
 * Simplified Chinese and Spanish: the words of hover, completion and code
 * actions, and the small helpers every message is written with. A rule's
 * own messages, fix titles and reference text live in its module
 * (server/core/rules/<rule-id>.ts) and use the helpers below.
 *
 * Style: one short sentence (two at most), in the account executive's words,
 * saying what is wrong and what to do. Quotes: “…” in English, 「…」 in
 * Chinese, «…» in Spanish.
 */
import type { Lang } from './catalog/schema';

/** “x” / 「x」 / «x». */
export const q: Readonly<Record<Lang, (s: string) => string>> = {
  en: (s) => `“${s}”`,
  zh: (s) => `「${s}」`,
  es: (s) => `«${s}»`,
};

/**
 * A section named as the document writes it, with the reader's own name for it after it when the two differ
 * (`“Calidad de producción” (Production quality)`): the user finds the heading, and still knows what it is.
 */
export const qNamed: Readonly<Record<Lang, (section: string, inUi?: string) => string>> = {
  en: (s, ui) => `${q.en(s)}${ui ? ` (${ui})` : ''}`,
  zh: (s, ui) => `${q.zh(s)}${ui ? `（${ui}）` : ''}`,
  es: (s, ui) => `${q.es(s)}${ui ? ` (${ui})` : ''}`,
};

/**
 * “The “Button” section”, or with a name in another language “The section “Medios” (Media)” (`the`: in a sentence). `kind`
 * names what it is: `section`, `field`.
 */
export function theNamedEn(kind: string, name: string, inUi?: string, the: 'The' | 'the' = 'The'): string {
  return inUi ? `${the} ${kind} ${qNamed.en(name, inUi)}` : `${the} ${q.en(name)} ${kind}`;
}

/** The English indefinite article for a name: an “Objective”, a “Button”. */
export function article(name: string): 'a' | 'an' {
  const n = name.trim();
  return /^[aeiou]/i.test(n) && !/^(?:one|uni|use|eu)/i.test(n) ? 'an' : 'a';
}

/** A count for display: integers as they are, others to one decimal; never NaN. */
export function num(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '?';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

/** Whether a count was given and is a number. */
export function known(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n);
}

/** English / Spanish plural by count. */
export function plural(n: number, one: string, many: string): string {
  return `${num(n)} ${Math.abs(n) === 1 ? one : many}`;
}

/** An ISO date or date-time for reading: `2026-11-24T10:00` → `2026-11-24 10:00`. */
export function when(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1 $2');
}

/** A text on one line and at most `max` characters (about 40 by default), cut with “…”. */
export function clip(text: string, max = 40): string {
  const t = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...t];
  // Whole, but without the separator a removed part leaves behind (`确认杯身印刷色号，` of `…，截止 12月12日`).
  if (chars.length <= max) return t.replace(/[\s,，、;；:：]+$/u, '');
  const cut = chars.slice(0, max - 1).join('');
  // At the end of a word where the text has spaces (not `notebook entries. (…`), and without the punctuation
  // the cut leaves hanging (not `档期与报价，…`).
  const space = cut.lastIndexOf(' ');
  const atWord = /\s/u.test(chars[max - 1]) || space < max * 0.6 ? cut : cut.slice(0, space);
  return `${atWord.replace(/[\s,，、;；:：(（[【"“'‘\-–—.。]+$/u, '')}…`;
}

/** A text in each language, built from arguments. */
export type Phrase<Args extends unknown[] = []> = Readonly<Record<Lang, (...args: Args) => string>>;

const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The words of the editor features and the fixes every rule offers, by key. */
export const UI = {
  disableLine: {
    en: (rule: string) => `Disable ${rule} for this line`,
    zh: (rule: string) => `在此行停用 ${rule}`,
    es: (rule: string) => `Desactivar ${rule} en esta línea`,
  },
  disableFile: {
    en: (rule: string) => `Disable ${rule} for this file`,
    zh: (rule: string) => `在整个文件中停用 ${rule}`,
    es: (rule: string) => `Desactivar ${rule} en este archivo`,
  },
  fixAll: {
    en: () => 'Add all missing sections and fields',
    zh: () => '补全所有缺少的部分和字段',
    es: () => 'Añadir todas las secciones y campos que faltan',
  },
  sectionEmpty: { en: () => '⚠ Still empty.', zh: () => '⚠ 还没有内容。', es: () => '⚠ Aún está vacía.' },
  sectionFilled: { en: () => '✓ Filled in.', zh: () => '✓ 已填写。', es: () => '✓ Completa.' },
  ownerNotInTeam: {
    en: (name: string) => `**@${name}** is not in the team roster.`,
    zh: (name: string) => `**@${name}** 不在团队名单中。`,
    es: (name: string) => `**@${name}** no está en la lista del equipo.`,
  },
  jobDue: {
    en: (due: string) => `due ${due}`,
    zh: (due: string) => `截止 ${due}`,
    es: (due: string) => `vence ${due}`,
  },
  jobUnknown: {
    en: (job: string) => `**${job}**: no document has this job number.`,
    zh: (job: string) => `**${job}**：没有文件使用这个工作单号。`,
    es: (job: string) => `**${job}**: ningún documento tiene este número de trabajo.`,
  },
  today: { en: () => 'today', zh: () => '今天', es: () => 'hoy' },
  inDays: {
    en: (n: number) => `in ${days(n, 'day', 'days')}`,
    zh: (n: number) => `${n} 天后`,
    es: (n: number) => `dentro de ${days(n, 'día', 'días')}`,
  },
  daysAgo: {
    en: (n: number) => `${days(n, 'day', 'days')} ago`,
    zh: (n: number) => `${n} 天前`,
    es: (n: number) => `hace ${days(n, 'día', 'días')}`,
  },
  tomorrow: { en: () => 'tomorrow', zh: () => '明天', es: () => 'mañana' },
  /** `next Monday` in completion (weekday short names below). */
  nextWeekday: {
    en: (day: string) => `next ${day}`,
    zh: (day: string) => `下${day}`,
    es: (day: string) => `el próximo ${day}`,
  },
  inAWeek: { en: () => 'in a week', zh: () => '一周后', es: () => 'en una semana' },
  inTwoWeeks: { en: () => 'in two weeks', zh: () => '两周后', es: () => 'en dos semanas' },
  /** The completeness lens and status bar: “9/11 sections · 2 actions without owner”. */
  sectionsFilled: {
    en: (filled: number, required: number) => `${filled}/${required} sections`,
    zh: (filled: number, required: number) => `${filled}/${required} 个部分`,
    es: (filled: number, required: number) => `${filled}/${required} secciones`,
  },
  actionsWithoutOwner: {
    en: (n: number) => `${n} action${n === 1 ? '' : 's'} without owner`,
    zh: (n: number) => `${n} 项行动无负责人`,
    es: (n: number) => `${n} accion${n === 1 ? '' : 'es'} sin responsable`,
  },
  actionsWithoutDue: {
    en: (n: number) => `${n} without due date`,
    zh: (n: number) => `${n} 项无截止日期`,
    es: (n: number) => `${n} sin fecha`,
  },
  placeholdersToFill: {
    en: (n: number) => `${n} placeholder${n === 1 ? '' : 's'} to fill in`,
    zh: (n: number) => `${n} 处占位内容待填写`,
    es: (n: number) => `${n} marcador${n === 1 ? '' : 'es'} por rellenar`,
  },
  complete: { en: () => 'complete', zh: () => '已完整', es: () => 'completo' },
  /** The message shown by the lens's command. */
  missingList: {
    en: (list: string) => `Missing: ${list}`,
    zh: (list: string) => `缺少: ${list}`,
    es: (list: string) => `Faltan: ${list}`,
  },
  emptyList: {
    en: (list: string) => `Empty: ${list}`,
    zh: (list: string) => `未填写: ${list}`,
    es: (list: string) => `Vacías: ${list}`,
  },
  nothingMissing: { en: () => 'Nothing is missing.', zh: () => '没有缺少的内容。', es: () => 'No falta nada.' },
  toFillList: {
    en: (list: string) => `Still a placeholder: ${list}`,
    zh: (list: string) => `仍是占位内容: ${list}`,
    es: (list: string) => `Aún con marcadores: ${list}`,
  },
  withoutOwnerList: {
    en: (list: string) => `Without owner: ${list}`,
    zh: (list: string) => `无负责人: ${list}`,
    es: (list: string) => `Sin responsable: ${list}`,
  },
  withoutDueList: {
    en: (list: string) => `Without due date: ${list}`,
    zh: (list: string) => `无截止日期: ${list}`,
    es: (list: string) => `Sin fecha: ${list}`,
  },
  placeholdersOnLines: {
    en: (lines: string) => `Placeholders to fill in on line ${lines}`,
    zh: (lines: string) => `待填写的占位内容在第 ${lines} 行`,
    es: (lines: string) => `Marcadores por rellenar en la línea ${lines}`,
  },
  problemsToFix: {
    en: (n: number) => `${n} problem${n === 1 ? '' : 's'} to fix`,
    zh: (n: number) => `${n} 个问题待处理`,
    es: (n: number) => `${n} problema${n === 1 ? '' : 's'} por corregir`,
  },
  problemOnLine: {
    en: (line: number, message: string) => `Line ${line}: ${message}`,
    zh: (line: number, message: string) => `第 ${line} 行：${message}`,
    es: (line: number, message: string) => `Línea ${line}: ${message}`,
  },
  moreProblems: {
    en: (n: number) => `and ${n} more in the Problems panel`,
    zh: (n: number) => `另有 ${n} 个，见“问题”面板`,
    es: (n: number) => `y ${n} más en el panel Problemas`,
  },
} satisfies Record<
  string,
  Phrase<never[]> | Phrase<[string]> | Phrase<[number]> | Phrase<[number, number]> | Phrase<[number, string]>
>;

/** Weekday names from Sunday: full (hover) and short (completion). */
export const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
export const WEEKDAYS_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  en: WEEKDAYS.en,
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  es: WEEKDAYS.es,
};
