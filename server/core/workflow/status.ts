/**
 * The weekly status report, gathered from the workspace index
 * (docs/workflow.md): jobs in progress from the job cards, what was finished
 * since the previous report, what is due this week and next, and every open
 * action from minutes that is overdue or coming due, grouped by job. Each
 * line links back to where it was read; nothing is made up (a job card
 * without a due date or estimate says so).
 */
import type { Lang, Localized } from '../catalog/schema';
import type { ClientEntry } from '../config';
import { typeByName } from '../document';
import {
  addDays,
  daysBetween,
  parseFieldDate,
  parseIsoDay,
  parseWeek,
  readingFor,
  toIsoDate,
  type CalendarDate,
} from '../dates';
import { fold } from '../text';
import { jobKey, type ActionSummary, type DocumentSummary } from '../workspaceIndex';
import {
  dirOf,
  fieldLine,
  freePath,
  isoWeekOf,
  isoWeekText,
  joinPath,
  linkTarget,
  mdText,
  titleFor,
  titleSubject,
  WorkflowError,
  type GeneratedDocument,
  type IsoWeek,
} from './common';

const STATUS = typeByName('status')!;
const JOB = typeByName('job')!;

export interface StatusOptions {
  readonly today: CalendarDate;
  /** The week reported on; the week of `today` when not given. */
  readonly week?: IsoWeek;
  /** The client, as the user names it (folded; the configuration's aliases count). Needed when the workspace has several. */
  readonly client?: string;
  readonly clients?: readonly ClientEntry[];
  /** The report's language; when not given, that of the previous report (else of the client's latest document), read with `langOf`. */
  readonly lang?: Lang;
  readonly langOf?: (d: DocumentSummary) => Lang;
  /**
   * The estimate a job card states, as check reads it (workflow/estimate.ts jobCardEstimate: the `estimate:`
   * field, else the amount its Estimate section gives), read from the card's text; the index has only the field.
   */
  readonly cardEstimate?: (card: DocumentSummary) => string | undefined;
  /** When neither tells. */
  readonly locale?: Lang;
  /** The folder the report goes in when there is no previous report to put it beside. */
  readonly folder: string;
  /** Where to write it, when the user says (links are made relative to its folder). */
  readonly path?: string;
  readonly exists?: (path: string) => boolean;
}

type Words = Record<
  | 'job'
  | 'task'
  | 'owner'
  | 'due'
  | 'status'
  | 'estimate'
  | 'noDue'
  | 'noOwner'
  | 'noEstimate'
  | 'noJobs'
  | 'nothingDone'
  | 'nothingDue'
  | 'overdue'
  | 'jobDue'
  | 'done'
  | 'weekTitle'
  | 'other'
  | 'estimateDoc'
  | 'line',
  string
>;
const WORDS: Record<Lang, Words> = {
  en: {
    job: 'Job',
    task: 'Task',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    estimate: 'Estimate',
    noDue: 'no due date on the job card',
    noOwner: 'no owner on the job card',
    noEstimate: 'no estimate yet',
    noJobs: 'No job card for this client is in progress.',
    nothingDone: 'Nothing was marked done since the previous report.',
    nothingDue: 'Nothing is due this week or next, and no action is overdue.',
    overdue: 'overdue',
    jobDue: 'job due',
    done: 'done',
    weekTitle: 'week',
    other: 'Not linked to a job',
    estimateDoc: 'estimate',
    line: 'line',
  },
  zh: {
    job: '工单',
    task: '事项',
    owner: '负责人',
    due: '截止日期',
    status: '状态',
    estimate: '估价',
    noDue: '工作卡上没有截止日期',
    noOwner: '工作卡上没有负责人',
    noEstimate: '尚无估价',
    noJobs: '这个客户没有进行中的工作卡。',
    nothingDone: '自上次报告以来没有标记为完成的事项。',
    nothingDue: '本周和下周没有到期的事项，也没有逾期的行动。',
    overdue: '已逾期',
    jobDue: '工作截止',
    done: '已完成',
    weekTitle: '周',
    other: '未关联工单',
    estimateDoc: '估价单',
    line: '行',
  },
  es: {
    job: 'Número de trabajo',
    task: 'Tarea',
    owner: 'Responsable',
    due: 'Fecha límite',
    status: 'Estado',
    estimate: 'Presupuesto',
    noDue: 'la orden de trabajo no tiene fecha límite',
    noOwner: 'la orden de trabajo no tiene responsable',
    noEstimate: 'sin presupuesto todavía',
    noJobs: 'No hay órdenes de trabajo en curso para este cliente.',
    nothingDone: 'Nada se marcó como hecho desde el informe anterior.',
    nothingDue: 'Nada vence esta semana ni la próxima, y no hay acciones atrasadas.',
    overdue: 'atrasada',
    jobDue: 'entrega del trabajo',
    done: 'hecho',
    weekTitle: 'semana',
    other: 'Sin número de trabajo',
    estimateDoc: 'presupuesto',
    line: 'línea',
  },
};

const NO_CLIENT: Localized = {
  en: 'No agency document in this workspace names a client.',
  zh: '工作区中没有写明客户的文档。',
  es: 'Ningún documento de este espacio de trabajo indica un cliente.',
};
function unknownClient(name: string, known: string[]): Localized {
  const list = known.join(', ');
  return {
    en: `No document is for the client “${name}”. Clients found: ${list}.`,
    zh: `没有客户为“${name}”的文档。已有的客户：${list}。`,
    es: `Ningún documento es del cliente «${name}». Clientes encontrados: ${list}.`,
  };
}
function severalClients(known: string[]): Localized {
  const list = known.join(', ');
  return {
    en: `The workspace has documents for several clients (${list}): say which one the report is for.`,
    zh: `工作区中有多个客户的文档（${list}）：请指定报告的客户。`,
    es: `El espacio de trabajo tiene documentos de varios clientes (${list}): indica para cuál es el informe.`,
  };
}

/** Reads `2026-W48` (also `W48`, a date in the week) into an ISO week; undefined when it is not one. */
export function parseIsoWeek(text: string, defaultYear: number): IsoWeek | undefined {
  const monday = parseWeek(text, { defaultYear, yearlessNumeric: false });
  return monday ? isoWeekOf(monday) : undefined;
}

const FINISHED = new Set(
  ['delivered', 'closed', 'done', 'complete', 'completed', 'entregado', 'cerrado', '已交付', '已关闭', '已完成'].map(
    fold,
  ),
);
function isFinished(status: string | undefined): boolean {
  return status !== undefined && FINISHED.has(fold(status).replace(/[\s_]+/g, '-'));
}

function day(iso: string | undefined): CalendarDate | undefined {
  return iso ? parseIsoDay(iso) : undefined;
}

/**
 * A job card's `due:` as written (the index keeps the text): `2026-12-18`, and as the checks read a date field,
 * `2026-12-18 17:00 GMT`, `2026年12月18日`, `18 Dec 2026` (a form with two readings only when one is certain).
 */
function cardDue(text: string | undefined, year: number): CalendarDate | undefined {
  if (!text) return undefined;
  const iso = parseIsoDay(text);
  if (iso) return iso;
  const t = parseFieldDate(text, { defaultYear: year, yearlessNumeric: true });
  const d = t && readingFor(t, undefined);
  return d && { year: d.year, month: d.month, day: d.day };
}

/** `@ben`; a name with a space stays as written (a mention ends at the space). */
function mention(name: string): string {
  return /\s/.test(name.trim()) ? mdText(name.trim()) : '@' + name.trim();
}

/** A line of the report: what it says, where it was read, and when it is due. */
interface Entry {
  readonly text: string;
  readonly due?: CalendarDate;
  readonly job?: string;
}

/** A client's name as the configuration writes it: a name written as one of its aliases counts as that client. */
function canonicalClient(clients: readonly ClientEntry[] | undefined): (name: string) => string {
  return (name) =>
    clients?.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => fold(n) === fold(name)))?.name ?? name;
}

/** The clients the documents name (folded name → name as written, aliases merged): what a report can be for. */
export function knownClients(docs: Iterable<DocumentSummary>, clients?: readonly ClientEntry[]): Map<string, string> {
  const canonical = canonicalClient(clients);
  const known = new Map<string, string>();
  for (const d of docs) if (d.client) known.set(fold(canonical(d.client)), canonical(d.client));
  return known;
}

/** The weekly status report for one client. Throws WorkflowError when the client cannot be told. */
export function statusReport(docs: Iterable<DocumentSummary>, o: StatusOptions): GeneratedDocument {
  const all = [...docs];
  const week = o.week ?? isoWeekOf(o.today);
  const weekEnd = addDays(week.monday, 6);
  const nextWeekEnd = addDays(week.monday, 13);

  // Which client: as asked (with the configuration's aliases), else the only one there is.
  const canonical = canonicalClient(o.clients);
  const known = knownClients(all, o.clients);
  if (known.size === 0) throw new WorkflowError(NO_CLIENT);
  let names: Set<string>;
  if (o.client !== undefined) {
    const wanted = fold(o.client);
    names = new Set([wanted]);
    for (const c of o.clients ?? []) {
      const group = [c.name, ...(c.aliases ?? [])].map(fold);
      if (group.includes(wanted)) for (const n of group) names.add(n);
    }
    if (![...names].some((n) => known.has(n)))
      throw new WorkflowError(unknownClient(o.client, [...known.values()].sort()));
  } else {
    if (known.size > 1) throw new WorkflowError(severalClients([...known.values()].sort()));
    names = new Set(known.keys());
  }
  const ofClient = all.filter(
    (d) => d.client !== undefined && (names.has(fold(d.client)) || names.has(fold(canonical(d.client)))),
  );
  const clientName = known.get([...names].find((n) => known.has(n))!)!;

  // The previous report: the latest status report of the client for an earlier week.
  const weekOf = (d: DocumentSummary) =>
    (d.week ? parseIsoWeek(d.week, week.year) : undefined) ?? (d.date ? isoWeekOf(day(d.date)!) : undefined);
  const previous = ofClient
    .filter((d) => d.type === 'status')
    .map((d) => ({ d, w: weekOf(d) }))
    .filter((x) => x.w && daysBetween(x.w.monday, week.monday) > 0)
    .sort((a, b) => daysBetween(b.w!.monday, a.w!.monday) || (a.d.date ?? '').localeCompare(b.d.date ?? ''))
    .pop()?.d;
  const latest = [...ofClient].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).pop();
  const lang: Lang =
    o.lang ?? (o.langOf && (previous ?? latest) ? o.langOf((previous ?? latest)!) : (o.locale ?? 'en'));
  const w = WORDS[lang];
  // Since its issue (else the end of its week); without one, since the start of the week before.
  const since = day(previous?.date) ?? (previous ? addDays(weekOf(previous)!.monday, 7) : addDays(week.monday, -7));

  const path =
    o.path ??
    freePath(
      joinPath(previous ? dirOf(previous.path) : o.folder, `status-${isoWeekText(week).toLowerCase()}.md`),
      o.exists,
    );
  const here = dirOf(path);
  const source = (d: DocumentSummary, line?: number) => {
    const label = d.title ? mdText(d.title) : mdText(d.path.split(/[\\/]/).pop() ?? d.path);
    return `[${line !== undefined ? `${label}${lang === 'zh' ? '，' : ', '}${w.line} ${line}` : label}](${linkTarget(here, d.path, line)})`;
  };

  const jobCards = ofClient.filter((d) => d.type === 'job' && d.job).sort((a, b) => a.job!.id.localeCompare(b.job!.id));
  const jobTitle = new Map<string, string>();
  const cardTitle = (j: DocumentSummary) => titleSubject(j.title, JOB) || j.title || '';
  // Two cards with one number (a duplicate-job-number finding) group under the first.
  for (const j of [...jobCards].reverse()) jobTitle.set(jobKey(j.job!.id), cardTitle(j));
  const jobCardOf = new Map([...jobCards].reverse().map((j) => [jobKey(j.job!.id), j]));
  const estimateOf = (id: string, card: DocumentSummary) => {
    const docs = all.filter((d) => d.type === 'estimate' && d.job && jobKey(d.job.id) === jobKey(id));
    if (docs.length) return docs.map((d) => `[${w.estimateDoc}](${linkTarget(here, d.path)})`).join(', ');
    const stated = card.estimate ?? o.cardEstimate?.(card);
    if (stated)
      return /\.(?:md|markdown)$/i.test(stated)
        ? `[${w.estimateDoc}](${linkTarget(here, joinPath(dirOf(card.path), stated))})`
        : mdText(stated);
    return w.noEstimate;
  };
  const cell = (s: string) => s.replace(/\|/g, '\\|');

  // Jobs in progress: every job card not delivered or closed.
  const inProgress = jobCards.filter((j) => !isFinished(j.status));
  const jobsSection: string[] = [];
  if (inProgress.length) {
    jobsSection.push(
      `| ${w.job} | ${w.task} | ${w.owner} | ${w.due} | ${w.status} | ${w.estimate} |`,
      '|---|---|---|---|---|---|',
    );
    for (const j of inProgress) {
      const due = cardDue(j.due, week.year);
      jobsSection.push(
        '| ' +
          [
            `[${mdText(j.job!.id)}](${linkTarget(here, j.path, j.job!.line)})`,
            mdText(cardTitle(j)),
            j.owner ? mention(j.owner.replace(/^@/, '')) : w.noOwner,
            due ? toIsoDate(due) : j.due ? mdText(j.due) : w.noDue,
            j.status ? mdText(j.status) : '',
            estimateOf(j.job!.id, j),
          ]
            .map(cell)
            .join(' | ') +
          ' |',
      );
    }
  } else jobsSection.push(w.noJobs);

  // Actions of the client's minutes, with the job each belongs to (its own number, else the minutes').
  const minutes = ofClient.filter((d) => d.type === 'minutes');
  const actionEntry = (d: DocumentSummary, a: ActionSummary, extra: string) => {
    // Owner and date as the minutes give them; added only where the action's words do not already say them.
    const missing = a.owners.filter((n) => !a.text.includes(n));
    const who = missing.length ? ' — ' + missing.map(mention).join(' ') : '';
    const due = a.due && !a.text.includes(a.due) ? `${who ? ',' : ' —'} ${w.due.toLowerCase()} ${a.due}` : '';
    return `${mdText(a.text)}${who}${due}${extra} (${source(d, a.line + 1)})`;
  };
  const jobOf = (d: DocumentSummary, a: ActionSummary) => a.job ?? d.job?.id;

  // Completed: job cards finished that were in progress at the previous report or due since it, and actions ticked in minutes since.
  const done: Entry[] = [];
  const listedBefore = new Set((previous?.actions ?? []).filter((a) => a.job && !a.done).map((a) => jobKey(a.job!)));
  for (const j of jobCards) {
    if (!isFinished(j.status)) continue;
    const due = cardDue(j.due, week.year);
    if (
      !listedBefore.has(jobKey(j.job!.id)) &&
      !(due && daysBetween(since, due) >= 0 && daysBetween(due, weekEnd) >= 0)
    )
      continue;
    done.push({ job: j.job!.id, text: `${mdText(cardTitle(j) || j.job!.id)} — ${mdText(j.status!)} (${source(j)})` });
  }
  for (const d of minutes) {
    const held = day(d.date);
    if (!held || daysBetween(since, held) < 0 || daysBetween(held, weekEnd) < 0) continue;
    for (const a of d.actions) if (a.done) done.push({ job: jobOf(d, a), text: actionEntry(d, a, '') });
  }

  // Coming up: job cards due this week or next, and open actions overdue or due by the end of next week.
  const coming: Entry[] = [];
  for (const j of inProgress) {
    const due = cardDue(j.due, week.year);
    if (
      due &&
      daysBetween(due, nextWeekEnd) >= 0 &&
      (daysBetween(week.monday, due) >= 0 || daysBetween(due, o.today) > 0)
    ) {
      const late = daysBetween(due, o.today) > 0 ? `, ${w.overdue}` : '';
      coming.push({ job: j.job!.id, due, text: `${w.jobDue} ${toIsoDate(due)}${late} (${source(j)})` });
    }
  }
  for (const d of minutes)
    for (const a of d.actions) {
      const due = day(a.due);
      if (a.done || !due || daysBetween(due, nextWeekEnd) < 0) continue;
      const late = daysBetween(due, o.today) > 0;
      if (!late && daysBetween(week.monday, due) < 0) continue;
      coming.push({ job: jobOf(d, a), due, text: actionEntry(d, a, late ? ` (${w.overdue})` : '') });
    }

  const grouped = (entries: Entry[], empty: string): string[] => {
    if (entries.length === 0) return [empty];
    const byJob = new Map<string, Entry[]>();
    for (const e of entries) {
      const k = e.job ? jobKey(e.job) : '';
      byJob.set(k, [...(byJob.get(k) ?? []), e]);
    }
    const out: string[] = [];
    const order = (a: Entry, b: Entry) => (a.due && b.due ? daysBetween(b.due, a.due) : a.due ? -1 : b.due ? 1 : 0);
    for (const k of [...byJob.keys()].filter((k) => k).sort()) {
      const card = jobCardOf.get(k);
      const id = byJob.get(k)![0].job!;
      const head = card
        ? `[${mdText(card.job!.id)}](${linkTarget(here, card.path, card.job!.line)}) ${mdText(jobTitle.get(k) ?? '')}`.trim()
        : mdText(id);
      out.push(`- ${head}`);
      for (const e of byJob.get(k)!.sort(order)) out.push(`  - ${e.text}`);
    }
    const loose = byJob.get('');
    if (loose) {
      out.push(`- ${w.other}`);
      for (const e of loose.sort(order)) out.push(`  - ${e.text}`);
    }
    return out;
  };

  const section = (id: string) => STATUS.sections.find((s) => s.id === id)!;
  const weekNumber = lang === 'zh' ? `第 ${week.week} ${w.weekTitle}` : `${w.weekTitle} ${week.week}`;
  const lines = [
    '---',
    fieldLine('type', STATUS.id),
    fieldLine('client', clientName),
    fieldLine('week', isoWeekText(week)),
    fieldLine('issued', toIsoDate(o.today)),
    '---',
    '',
    `# ${titleFor(STATUS, lang, `${clientName}${lang === 'zh' ? '，' : ', '}${weekNumber}`)}`,
    '',
    `## ${section('jobs-in-progress').names[lang]}`,
    '',
    ...jobsSection,
    '',
    `## ${section('completed').names[lang]}`,
    '',
    ...grouped(done, w.nothingDone),
    '',
    `## ${section('decisions-needed').names[lang]}`,
    '',
    `<!-- ${section('decisions-needed').prompt[lang]} -->`,
    '',
    `## ${section('next-week').names[lang]}`,
    '',
    ...grouped(coming, w.nothingDue),
    '',
  ];
  return { path, text: lines.join('\n'), lang };
}
