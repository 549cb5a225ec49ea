/**
 * Action items (docs/rules.md#action-missing-owner): list items or table rows inside an actions
 * section, with owner, due date and done state.
 */
import type { Html, List, ListItem, Nodes, Paragraph, TableRow } from 'mdast';
import { headingSource, type AgencyDocument, type Heading, type Section, type SectionReading } from './document';
import type { Placed } from './markdown';
import { columnNames, endIn, findColumn, firstParagraph, itemText, rowCells, spanIn, startIn } from './content';
import {
  findDates,
  foreignToMonthFirst,
  isValidDate,
  readingFor,
  yearlessColumnOrder,
  type CalendarDate,
  type ReadersOrder,
  type DateToken,
} from './dates';
import { allMatches, detached, fold, isPlaceholder, MEMO_ENTRIES, NO_ACTION, PICTOGRAM, type LineIndex } from './text';
import { JOB_LABEL, jobNumberAtStart } from './jobPattern';
import { BLANK_NAMES } from './catalog/blanks';
import { WORK_AREA_WORDS } from './catalog/languageWords';
import { typeById } from './catalog';
import { headingCandidates, matchHeading, normalizeHeading, sectionTable, type SectionTable } from './headings';
import { type DatedSection, datedSections, nearSectionDate, sectionDateAt } from './headingDates';
import { type DeadlineSection, deadlineSections } from './deadlineSections';
import {
  allOfGroupOwner,
  bracketLabelOwners,
  doneByMark,
  explainedDeadlineAt,
  headingInitials,
  initialsBeforeAction,
  INITIALS_ACTION_ITEM,
  isDecisionsHeading,
  isInitialsAction,
  isPastActionsPoint,
  possessiveGroupOwner,
  WEEKDAY_WORDS,
} from './actionMarks';

/** Where a placeholder can be inserted, and whether it goes into an empty table cell. */
export interface InsertPoint {
  readonly at: number;
  readonly intoEmptyCell: boolean;
}

/** A mention of who does an action. */
export interface Owner {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The due date written for an action. */
export interface Due {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly token: DateToken;
  /** The date, when it can be read with certainty. */
  readonly date?: CalendarDate;
  /**
   * Set when the date is a heading's or a lead-in's, over every task under it (`## Action items (due …)`): the
   * findings about it go on the task, and the date is the heading's own text, not the task's.
   */
  readonly over?: true;
}

/** One action item. */
export interface ActionItem {
  readonly section: Section;
  readonly kind: 'list' | 'table';
  /** The action's words (for messages and listings). */
  readonly text: string;
  /** Span reported by findings: the item's first line or the table row. */
  readonly start: number;
  readonly end: number;
  readonly done: boolean;
  readonly owners: readonly Owner[];
  /** The owners' names alone: what the index and the roster check read, with no offsets to move after an edit. */
  readonly ownerNames: readonly string[];
  readonly due?: Due;
  /** True when a due keyword or column is there but holds no date (`due Friday`, `TBD`). */
  readonly dueWithoutDate: boolean;
  /** A job number leading the item or in the job column (status reports). */
  readonly job?: { readonly id: string; readonly start: number; readonly end: number };
  readonly ownerInsert: InsertPoint;
  readonly dueInsert: InsertPoint;
}

export const ACTION_COLUMNS = columnNames(
  'Action',
  'Actions',
  'Task',
  'Tasks',
  'Next step',
  'Next steps',
  'Action item',
  'Action items',
  'Next action',
  'To do',
  'To-do',
  'Follow-up',
  'Item',
  'Items',
  'What',
  '行动项',
  '行动',
  '事项',
  '下一步',
  '任务',
  // `| 编号 | 交办内容 | 负责人 |`: what was handed to whom.
  '交办内容',
  '具体任务',
  '交办事项',
  '待办事项',
  '行动事项',
  '工作内容',
  // `| 队员 | 上周完成的任务 | 本周要完成的任务 |`: a weekly meeting's table; the week's tasks are the actions.
  '本周要完成的任务',
  '本周任务',
  '本周计划',
  '下周任务',
  '下周计划',
  '下周要完成的任务',
  // `| 姓名 | 今日已完成 | 明日计划 |`: a daily stand-up's table; tomorrow's plan is each member's next tasks.
  '明日计划',
  '明日任务',
  '明天计划',
  '明天的任务',
  'Acción',
  'Acciones',
  'Tarea',
  'Tareas',
  // `| Tarea asignada | Responsable | Fecha estimada |`: the task handed to each.
  'Tarea asignada',
  'Tareas asignadas',
  'Assigned task',
  'Assigned tasks',
  'Próximo paso',
  'Siguiente paso',
  'Próxima tarea',
  'Próxima tarea prevista',
  'Tarea prevista',
  'Pendiente',
  'Acuerdo',
  'Qué',
  // `| # | Fix | Prioridad | Esfuerzo |` under `## Próximos fixes`: each fix to make.
  'Fix',
  'Fixes',
  'Arreglo',
  'Corrección',
);
export const OWNER_COLUMNS = columnNames(
  'Owner',
  'Owners',
  'Who',
  'Assignee',
  'Assigned to',
  'Responsible',
  'Lead',
  '负责人',
  '负责',
  '责任人',
  '执行人',
  '跟进人',
  '负责方',
  // `| 内容框架 | 相关人 | 截止时间 |`: the people a row's work belongs to (eval90).
  '相关人',
  '负责人员',
  '相关负责人',
  'Responsable',
  'Responsables',
  'Encargado',
  'Encargada',
  'Quién',
  // `| Miembro | Próxima tarea prevista |`: a daily's table of who does what next.
  'Miembro',
  'Miembros',
  '队员',
  '组员',
  '成员',
  '小组成员',
  '姓名',
  'Members',
  'Member',
  'Team member',
  'Integrante',
  'Integrantes',
  'Miembro del equipo',
  'Miembros del equipo',
  'Responsibility',
  'POC',
  'Point of contact',
  'Point person',
  // `| Task | Deadline | Person(s) | Complete |`: who signed up for each task.
  'Person',
  'Person(s)',
  'Persons',
  'Persona',
  'Personas',
  'Persona(s)',
  'Responsable(s)',
);
/** A label of the members' parts in the project: `确定小组分工`, `Roles`, `Reparto de responsabilidades`. */
const ROLE_SPLIT = /分工|职责|角色|(?<![\p{L}])(?:roles?|responsibilities|responsabilidades)(?![\p{L}])/iu;
/**
 * The split of one period's work (`本周分工`, `下轮开发分工`, `第3阶段分工`): who does what until the next meeting,
 * tasks rather than roles (`人员分工`, `团队分工` stay roles).
 */
const PERIOD_SPLIT =
  /(?:本周|下周|本轮|下轮|下一轮|本次|下阶段|下一阶段|本阶段|第[一二三四五六七八九十\d]{1,3}(?:阶段|周|轮|期))的?\p{Script=Han}{0,4}分工/u;
const isRoleSplit = (text: string) => ROLE_SPLIT.test(text) && !PERIOD_SPLIT.test(text);
/** A heading of one period's split (`## 本周分工`): its `part：names` lines are tasks (read by the parse). */
export const namesPeriodSplit = (text: string) => ROLE_SPLIT.test(text) && PERIOD_SPLIT.test(text);

/**
 * Under one period's split (`## 本周分工`), `顺序图：戈峰、罗然`: the part, then only the people doing it (two to four
 * Han characters each, whatever the surname): they own it.
 */
function splitLineOwners(line: string, at: number): Owner[] {
  const m =
    /^([^:：\n]{1,30}[:：][ \t]*)(\p{Script=Han}{2,4}(?:[ \t]*[、,，][ \t]*\p{Script=Han}{2,4}){0,5})[ \t。.;；]*$/u.exec(
      line,
    );
  if (!m) return [];
  const owners: Owner[] = [];
  const names = /\p{Script=Han}{2,4}/gu;
  for (let n = names.exec(m[2]); n; n = names.exec(m[2])) {
    const start = at + m[1].length + n.index;
    owners.push({ name: n[0], start, end: start + n[0].length });
  }
  return owners;
}
const ROLE_AND_TASKS = /任务|待办|(?<![\p{L}])(?:tasks?|tareas?|acciones|actions?|to-?dos?)(?![\p{L}])/iu;

/**
 * A line of a split of roles (under `人员分工`, `Roles`): a part of the work alone (`后端`, `Docs`), or a part and
 * only the people on it (`前端：顾洋、胡宇（负责人）`, `Backend: Ana, Ben`), with no date.
 */
function isRoleLine(line: string): boolean {
  const t = line.trim().replace(/[。.;；]$/u, '');
  if (/^(?:\p{Script=Han}{1,6}|\p{L}[\p{L}-]{0,20})$/u.test(t)) return true;
  const m = /^([^:：\n]{1,12})[:：][ \t]*(\S.*)$/u.exec(t);
  if (!m) return false;
  const names = m[2].replace(/[（(][^（）()]{0,12}[）)]/gu, ' ').trim();
  if (/\d/.test(names)) return false;
  // Two to four Han characters are a name here, whatever the surname (`闻铭远`).
  const han = names.split(/[ \t]*[、,，/和及&][ \t]*|[ \t]+/u).filter(Boolean);
  return han.every((n) => /^\p{Script=Han}{2,4}$/u.test(n)) || realNames(names).length > 0;
}

/** A column of each member's part in the project (`成员分工`, `Role`): a table of roles, not of tasks. */
const ROLE_COLUMNS = columnNames(
  '分工',
  '成员分工',
  '职责',
  '角色',
  '贡献',
  '贡献度',
  'Role',
  'Roles',
  'Responsibilities',
  'Contribution',
  'Rol',
  'Roles y responsabilidades',
  'Responsabilidades',
);

/** A column of the people of a team (`| 成员 | 工作 |`): in an actions table, who does each row's task. */
const MEMBER_COLUMNS = columnNames(
  'Member',
  'Members',
  'Team member',
  '成员',
  '组员',
  '姓名',
  '成员姓名',
  '组员姓名',
  '人员',
  'Integrante',
  'Integrantes',
);

/**
 * The owner column of an actions table: one named so (OWNER_COLUMNS), else a column with no name, or named
 * for the team's members, whose rows (two or more) each hold a person's name (`| | 工作 |` over `| 于润昊 | 后端 |`).
 */
export function ownerColumn(header: readonly string[], body: readonly (readonly string[])[]): number {
  const named = findColumn(header, OWNER_COLUMNS);
  // `| 成员姓名 | 成员分工 |`, `| Member | Role |`: who plays which part in the project, not tasks.
  if (named >= 0 || body.length < 2 || findColumn(header, ROLE_COLUMNS) >= 0) return named;
  for (let i = 0; i < header.length; i++) {
    if (header[i].trim() !== '' && findColumn([header[i]], MEMBER_COLUMNS) !== 0) continue;
    // `刘涛（组长）`, `Ana (lead)`: a name with the person's role after it.
    const cells = body.map((row) =>
      trimName((row[i] ?? '').replace(/^@/, '').replace(/[ \t]*[(（][^()（）]{1,12}[)）]$/u, '')),
    );
    // A Chinese name of a rarer surname (`别铭旸`) is two to four characters all the same.
    if (cells.every((c) => c !== '' && (isNameLike(c) || /^\p{Script=Han}{2,4}$/u.test(c)))) return i;
  }
  return -1;
}

/** A numbering column (`#`, `No.`, `序号`): never the action's text. */
export const NUMBER_COLUMNS = columnNames(
  '#',
  'No',
  'No.',
  'Nr',
  'N°',
  'Item #',
  'Ref',
  'ID',
  '序号',
  '编号',
  'Núm',
  'Núm.',
  'Número',
);
export const DUE_COLUMNS = columnNames(
  'Due',
  'Due date',
  'Deadline',
  'When',
  'By',
  '截止日期',
  '截止',
  '期限',
  '完成时间',
  '计划完成时间',
  '时间节点',
  'DDL',
  '完成日期',
  '截止时间',
  'Fecha',
  'Fecha límite',
  'Plazo',
  'Cuándo',
  'Target date',
  'By when',
  'Due by',
  'ETA',
  'Fecha de entrega',
  'Fecha objetivo',
  '完成期限',
  '预计完成时间',
  // `| Tarea asignada | Responsable | Fecha estimada |`: the day it is expected done.
  'Fecha estimada',
  'Fecha prevista',
  'Estimated date',
  'Expected date',
);
export const STATUS_COLUMNS = columnNames('Status', 'State', '状态', 'Estado');
/** A column that asks whether the task is done (`| Done? |`, `| ¿Hecho? |`, `| 完成? |`): `Y`, `yes`, `x`, `sí` say so. */
export const DONE_COLUMNS = columnNames(
  'Done',
  'Done?',
  'Completed',
  'Completed?',
  '¿Hecho?',
  'Hecho',
  '完成',
  '是否完成',
  '已完成',
  'Complete',
  'Complete?',
  'Completado',
  '¿Completado?',
);
const DONE_ANSWERS = new Set(['y', 'yes', 'x', 'si', 'sí', '是', 'done', 'ok'].map(fold));

/**
 * Whether a row says its task is done: its status cell, its `Done?` cell answering yes, or its due cell
 * saying done instead of a date (`| Deadline |` … `| Completed |`).
 */
export function isDoneRow(
  cells: readonly string[],
  status: number,
  doneColumn: number,
  due = -1,
  action = -1,
): boolean {
  if (status >= 0 && isDoneStatus(cells[status] ?? '')) return true;
  // `Tim to contact the editors. (Done. PR added since)`: the task's own cell says so, as an item would.
  if (action >= 0 && STRUCK.test(cells[action] ?? '')) return true;
  if (due >= 0 && isDoneStatus(cells[due] ?? '')) return true;
  if (doneColumn < 0) return false;
  const answer = cells[doneColumn] ?? '';
  return isDoneStatus(answer) || DONE_ANSWERS.has(fold(answer.replace(/[*_]/g, '').trim()));
}

/**
 * The people of an owner cell: `王芳，李雷` and `Ana, Ben` are two; `Tom Reid / Ivy Shaw` too (labelNames); a name's
 * role in brackets after it is not part of it (`Kelly Moss (freelance)` is Kelly Moss).
 */
export function cellOwnerNames(cell: string): string[] {
  const person = (p: string) => withoutRole(trimName(p.replace(/^@/, '')));
  if (!/[,，/]/.test(cell)) return [person(cell)];
  return cell
    .split(/[ \t]*[,，][ \t]*/)
    .flatMap((p) => labelNames(trimName(p.replace(/^@/, ''))).map(withoutRole))
    .filter(Boolean);
}
/** `Kelly Moss (freelance)` → `Kelly Moss`: only when what is before the brackets is a name (not `市场部（王芳）`). */
function withoutRole(name: string): string {
  const m = /^(.+?)[ \t]*[(（][^()（）\n]{1,30}[)）]$/u.exec(name);
  return m && isNameLike(m[1]) ? m[1] : name;
}
/** What an owner cell needs to be read name by name (cellOwnerNames): a list of people, or a role after a name. */
const OWNER_CELL_PARTS = /[,，/(（]/u;
export const JOB_COLUMNS = columnNames(
  'Job',
  'Job number',
  'Job no',
  'Job #',
  'Job No.',
  '工作单号',
  '编号',
  '工单',
  'OT',
  'Número de trabajo',
  'Nº',
  'N.º',
  'Nº trabajo',
  'Nº de trabajo',
  'N.º de trabajo',
  'No. de trabajo',
  'Ref',
  'Ref.',
  'Job ref',
  '单号',
  '工单号',
  'Trabajo nº',
  'Trabajo n.º',
  'Núm.',
  'Núm. de trabajo',
  '项目编号',
);
/** Job column names that number the rows as often as they give the job (`| Nº | OT | Tarea |`). */
const NUMBERING_OR_JOB = columnNames('Nº', 'N.º', 'Núm.', '编号');

/**
 * A table's job column (JOB_COLUMNS). A `Nº` column is the job's only when no other column names the job and its
 * cells are not the rows' numbers (`1`, `2`, `3`): `| Nº | OT | Tarea |` numbers its rows and gives the job in `OT`.
 */
export function jobColumn(header: readonly string[], body: readonly (readonly string[])[]): number {
  const col = findColumn(header, JOB_COLUMNS);
  if (col < 0 || !NUMBERING_OR_JOB.has(normalizeHeading(header[col]))) return col;
  const other = findColumn(
    header.map((h, i) => (i === col ? '' : h)),
    JOB_COLUMNS,
  );
  if (other >= 0) return other;
  const values = body.map((cells) => (cells[col] ?? '').trim()).filter((v) => v !== '');
  return values.length > 0 && values.every((v) => /^\d{1,3}[.)]?$/.test(v)) ? -1 : col;
}
const DONE_VALUES = new Set(
  [
    'done',
    'complete',
    'completed',
    'close',
    'closed',
    'resolved',
    'finished',
    // Handed over to the client: the job card's own last status but one, so the task is no longer open.
    'delivered',
    '完成',
    '已完成',
    '已关闭',
    '关闭',
    '已解决',
    '已交付',
    '已结束',
    '已完结',
    'hecho',
    'hecha',
    'completado',
    'completada',
    'terminado',
    'terminada',
    'finalizado',
    'finalizada',
    'cerrado',
    'cerrada',
    'resuelto',
    'resuelta',
    'entregado',
    'entregada',
  ].map(fold),
);
/** A mark that says done, leading a status cell (`✅ Completado`, `✔`, `[x]`). */
const DONE_MARK = /^(?:✅|✔️?|✓|☑️?|\[[xX]\])/u;

/** Whether a status cell says the task is done: `Done`, `✅ Completado`, `**已完成**`, `Closed.` */
export function isDoneStatus(cell: string): boolean {
  const c = cell.trim();
  if (DONE_MARK.test(c)) return true;
  const value = fold(c.replace(/[*_~`.!。！]+/g, '')).trim();
  if (DONE_VALUES.has(value)) return true;
  // `20221026:close`, `20220706:open 20220720:close`: statuses logged each after its day; the last is the row's.
  const logged = /(?:^|\s)\d{6,8}[:：]\s*(\S+)$/u.exec(value);
  if (logged && DONE_VALUES.has(logged[1])) return true;
  // `Completada posteriormente`, `Done late`: done, and when.
  const when =
    /^(\S+)[ \t]+(?:posteriormente|despu[eé]s|m[aá]s[ \t]+tarde|con[ \t]+retraso|late|later|afterwards)$/iu.exec(value);
  return when !== null && DONE_VALUES.has(when[1]);
}

/** `@name`, Latin or CJK; not the middle of an e-mail address. */
const MENTION = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.'-]*[\p{L}\p{N}_])?)/gu;
/** What stands before an `@name` that is only mentioned: `Notes from @lee`, `cc @lee`, `thanks @lee`, `gracias a @lee`. */
const MENTIONED_ONLY =
  /(?<![\p{L}])(?:from|cc|thanks(?:[ \t]+to)?|thank[ \t]+you|per|via|de[ \t]+parte[ \t]+de|gracias(?:[ \t]+a)?|抄送|感谢)[ \t]*:?[ \t]*$/iu;
/** A Chinese `@name` run into the verb after it: `@张鑫认领`, `@王芳负责`. */
const HAN_CLAIM = /^(\p{Script=Han}{2,3}?)(?:认领|负责|跟进|处理|确认|完成|提供)$/u;
const OWNER_LABEL =
  /(?<![\p{L}])(?:owners?|assignee|assigned\s+to|responsible|lead|who|负责人|责任人|执行人|跟进人|responsables?|encargad[oa]s?|asignaci[oó]n(?:\s+de(?:\s+las?)?\s+tareas?)?|asignad[oa]\s+a)(?:\*\*|__)?\s*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?([^,，;；()（）\n|*]+)/giu;
/**
 * A sub-item that gives its task's owner or due date (`- Owner: Omar Haddad`, `- Task owner: Sydney`, `- **Due:** 2026-11-24`,
 * `- 负责人：王磊`, `- Fecha límite: 27/11`): the task's own, written below it.
 */
export const LABELLED_SUB_ITEM =
  /^[ \t]*(?:\*\*?|__?)?(?:(?:task|action)\s+owners?|owners?|assignee|assigned\s+to|(?:person\s+)?responsible|who|due(?:\s+date)?|deadline|when|负责人|责任人|执行人|跟进人|截止(?:日期|时间)?|期限|(?:persona\s+)?responsables?|encargad[oa]s?|asignaci[oó]n(?:\s+de(?:\s+las?)?\s+tareas?)?|asignad[oa]\s+a|fecha(?:\s+l[ií]mite)?|plazo)(?:\*\*?|__?)?[ \t]*[:：]/iu;
/**
 * Keywords that introduce a due date; the date must follow. `Fecha:` / `Date:` / `日期：` label one inside an action item,
 * and so does `[due]` / `[**due**]` among an archive's bracketed labels (`[assignee] devon [due] 31 March 2024`).
 */
const DUE_KEYWORD =
  /(?<![\p{L}])(?:due(?:\s+date)?|deadline|not?\s+later\s+than|by|before|on|for|until|till|(?:during|at|in)\s+the|eod|cob|eob|截止(?:日期|时间)?|截至(?:日期|时间)?|期限|完成时间|闭环(?:时间|日期)|最(?:迟|晚)(?:于|在)?|不(?:晚|迟)于|fecha\s+l[ií]mite|con\s+fecha(?:\s+del?)?|para\s+el|antes\s+del?|hasta(?:\s+el)?|el|plazo|(?:fecha|date|日期)(?=\s*[:：]))(?![\p{L}])\s*[:：]?(?:\*\*?|__?)?(?:(?<=\[(?:\*\*|__)?(?:due|deadline)(?:\*\*|__)?)\][ \t]*:?)?\s*/giu;
/** `COB`, `EOD`, `end of day`, `the end of Monday January 15th`: when in the day, between the keyword and the date. */
const TIME_OF_DAY_BEFORE_DATE =
  /^(?:(?:cob|eod|eob|eop|close of business|end of (?:the )?(?:day|play|business))(?:\s+on)?\s+|(?:the\s+)?end\s+of\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:[a-z]+\.?\s+)?\d|\d))/i;
/**
 * A Spanish weekday shortened, as diaries and calendars write it before a date (`vie 11/12`, `mié. 9/12`,
 * `(vie 11 dic)`). `mar` is also March's: before a due date it is read as a weekday only when a day and its
 * month follow (DAY_AND_MONTH).
 */
const SHORT_WEEKDAY = '(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom)';
/** A day and its month, numeric or named in Spanish: `11/12`, `9-12`, `11 dic`, `11 de dic`. */
const DAY_AND_MONTH = String.raw`\d{1,2}(?:[/-]\d{1,2}(?!\d)|[ \t]+(?:de[ \t]+)?(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic)\p{L}*\.?(?![\p{L}]))`;
/**
 * What may stand before a date that closes an item's first line and is its due date: a separator
 * (`, 2026-11-28`, `— 30/11/2026`, `| 2026-11-25`), an opening bracket (`(Fri 27 Nov)`), a closing one after
 * the owner (`（王芳）12.15`, `(Ana) 15 Dec`), an `@owner`, or a space after Chinese (`王磊负责租车 2026.11.28`);
 * an arrow closing the item (`… → viernes 11/12/2026`, `Dealer poster (Tom) -> 2026-12-11`): when, where after an
 * arrow a name would say to whom. The week's first day counts (`— w/c 11 Jan`, week commencing: due that week).
 */
const BEFORE_CLOSING_DATE = new RegExp(
  String.raw`(?:[,，;；:：—–|(（[)）\]】→]|\s-|[-=]>|@[\p{L}\p{N}_.-]+|\p{Script=Han}[ \t])[ \t]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+|(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?[ \t]+|${SHORT_WEEKDAY}\.?,?[ \t]+|(?:周|星期)[一二三四五六日天][ \t]*|(?:w\/[cb]|week[ \t]+(?:commencing|beginning|of))[ \t]+)?$`,
  'iu',
);
/** The people closing the item after a dash, after its date: `(Aug 11th) -- all`, `2026-12-20 — Ana Ruiz`. */
const PEOPLE_AFTER_DATE = /[ \t]+(?:---|--|—|–|-)[ \t]*[\p{L}@][\p{L}\p{N}_.'’@ \t/&,+、，-]{0,40}$/u;
/**
 * What may follow it to the end of the line: a weekday in brackets (`（周五）`), closing brackets, emphasis, a full stop;
 * first, another day of the month the work may fall on (`(June 22/24)`: due by the first).
 */
const AFTER_CLOSING_DATE =
  /^(?:\/\d{1,2}(?![\d/.]))?(?:[ \t]*[（(](?:周|星期)[一二三四五六日天][)）])?[ \t)）\]】*_.。]*(?:[ \t]+@[\p{L}\p{N}_.-]+[ \t.。]*)*$/u;
/** A verb of starting just before `el` / `on` (`que se empiece el`, `starting on`); not `Print starts on …`, a milestone the task is due by. */
const STARTS_BEFORE =
  /(?<![\p{L}])(?:empiec[ea]n?|empezar(?:[aá]n?)?|empieza[n]?|comienc[ea]n?|comenzar(?:[aá]n?)?|comienza[n]?|inici[ea]n?|iniciar(?:[aá]n?)?|arranc[ae]n?|arranque[n]?|starting|beginning|to[ \t]+(?:start|begin)|kicking[ \t]+off)[ \t]+$/iu;
/** `celebrado `, `que tuvo lugar `, `held `: a past participle saying something took place, before its day. */
const HELD_BEFORE =
  /(?<![\p{L}])(?:celebrad[oa]s?|realizad[oa]s?|que[ \t]+tuvo[ \t]+lugar|que[ \t]+se[ \t]+celebr[oó]|held|which[ \t]+took[ \t]+place)[ \t]+$/iu;
/** `next meeting: 10am `, `the next call (4pm) `: the meeting a deadline names before its day, and its hour. */
const NEXT_MEETING_AT =
  /^(?:the\s+)?next\s+(?:meeting|call|session|class|sync)\s*[:：,(（–—-]?\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\s*[)）]?\s+)?/iu;
/** `by 20150530`: a date written as one number, year first, after a due keyword only. */
const COMPACT_DATE = /^((?:19|20)\d\d)(\d\d)(\d\d)(?![\p{L}\p{N}])/u;
/** Words that introduce a date in running text (`on 12 March`, `el 22/02`): a due date only when a date follows. */
const PLAIN_DATE_WORD = /^(?:by|before|on|for|until|till|(?:during|at|in)\s+the|hasta|el)(?![\p{L}])/iu;
/** `during the January 28 lab session`, `at the 3 March review`: a meeting named by its day is when the task is done. */
const AT_THE_MEETING = /^(?:during|at|in)\s+the/iu;
const MEETING_AFTER_DATE =
  /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:meeting|session|call|class|lab|review|stand-?up|sync|workshop|check-?in|demo|presentation)s?(?![\p{L}])/iu;
/** A weekday between the keyword and the date: `by Friday 12 March`, `antes del viernes 5 de marzo`, `before Fri, 12/3`. */
const WEEKDAY_BEFORE_DATE = new RegExp(
  String.raw`^(?:(?:next|this|el|este|pr[oó]ximo)\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+|^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+(?:d[ií]a\s+)?|^${SHORT_WEEKDAY}\.?,?\s+(?=${DAY_AND_MONTH})`,
  'iu',
);
const JOB_AT_START = new RegExp(`^\\s*${JOB_LABEL}\\[?([A-Z][A-Z0-9]{0,7}-\\d{2,4}(?:-\\d{1,5})?)\\]?`);

/** A default job-number pattern: letters, then digits groups (`NW-2026-014`, `JOB-123`). */
export const DEFAULT_JOB_PATTERN = '[A-Z][A-Z0-9]{0,7}-\\d{2,4}(?:-\\d{1,5})?';

/** Options for reading actions. */
export interface ActionOptions {
  readonly defaultYear: number;
  /** A job-number pattern already validated (see config). */
  readonly jobPattern?: RegExp;
  /** How the readers take day/month forms (a Spanish `04/02` is 4 February). */
  readonly dateOrder?: ReadersOrder;
  /** What the whole document says about its actions (see actionContextOf). */
  readonly context?: ActionContext;
  /**
   * Whether the whole document has no actions section (see documentActions): given when the document read is
   * a part of it (one chunk, analyze.ts), whose own sections do not say.
   */
  readonly noActionsSection?: boolean;
  /** The document's own date: a due date written without its year is the one nearest it (nearDocumentDate). */
  readonly near?: CalendarDate;
  /**
   * The sections dated by their headings (headingDates.ts), in the document's offsets: given when the document
   * read is a part of it (one chunk, analyze.ts), whose own headings do not say; else read from its headings.
   */
  readonly dated?: readonly DatedSection[];
  /** The deadlines given by headings of their own (deadlineSections.ts), in the document's offsets: as `dated`. */
  readonly deadlines?: readonly DeadlineSection[];
}

/**
 * The owners an item's text names. The same words recur (every status cell `done`, a task copied from
 * one week's report to the next, 10,000 documents indexed at once): each text is read once per roster,
 * and its owners are placed at `base`.
 */
export function findOwners(text: string, base: number, roster?: Roster): Owner[] {
  // A roster whose questions are noted (see Roster.notedKey) is remembered under the roster it notes for.
  const noted = roster?.notedKey;
  // By roster, then by text: a roster's key is all its names, too long to join to every text looked up.
  const rosterKey = noted ?? roster?.key ?? '';
  let read = OWNERS_READ.get(rosterKey);
  let known = read?.get(text);
  if (known === undefined) {
    // With a roster, the questions the reading asks of it are written down: a reading from the memo for a
    // noted roster asks them again, so that it notes them as if the text had been read.
    const names: string[] = [];
    const words: string[] = [];
    const asking = (into: string[], set: ReadonlySet<string>) =>
      ({
        has(x: string) {
          into.push(x);
          return set.has(x);
        },
      }) as ReadonlySet<string>;
    const asked: Roster | undefined = roster && {
      key: rosterKey,
      names: asking(names, roster.names),
      words: asking(words, roster.words),
    };
    const found = ownersIn(text, asked).map((o) => ({ name: detached(o.name), start: o.start, end: o.end }));
    // Kept small: a short text only (a long one seldom recurs), and no slice of the document it was cut
    // from (a kept slice would keep the whole file's text alive). The bound is on all rosters together:
    // 10,000 documents have thousands of rosters, and a bound per roster let the memo grow with the folder.
    known = {
      found,
      names: names.length === 0 ? NONE_ASKED : names.map(detached),
      words: words.length === 0 ? NONE_ASKED : words.map(detached),
    };
    if (text.length <= 500) {
      if (OWNERS_KEPT >= MEMO_ENTRIES) {
        OWNERS_READ.clear();
        OWNERS_KEPT = 0;
        read = undefined;
      }
      if (!read) {
        read = new Map();
        OWNERS_READ.set(detached(rosterKey), read);
      }
      read.set(detached(text), known);
      OWNERS_KEPT++;
    }
  } else if (noted !== undefined && roster) {
    for (const x of known.names) roster.names.has(x);
    for (const x of known.words) roster.words.has(x);
  }
  const found = known.found;
  return found.length === 0 ? [] : found.map((o) => ({ name: o.name, start: o.start + base, end: o.end + base }));
}
/** [1] initials after a comma closing the item (`…, SC.`, `…, KK & SC`): read after a labelled action only. */
const TRAILING_INITIALS = /,[ \t]+(\p{Lu}{2,3}(?:[ \t]*(?:,|&|\/|[ \t]and[ \t])[ \t]*\p{Lu}{2,3})*)[ \t]*\.?[ \t*_]*$/u;
/** Capitals that close a sentence and are nobody's initials (`…, ASAP.`, `…, TBD`). */
const NOT_INITIALS = new Set('ASAP TBD TBC FYI EOD EOW EOM ETA PR API CI CD QA UI UX URL FAQ PDF DOC MVP'.split(' '));
/** The owners read from each text per roster, with the names and words the reading looked up in the roster. */
const OWNERS_READ = new Map<
  string,
  Map<
    string,
    { readonly found: readonly Owner[]; readonly names: readonly string[]; readonly words: readonly string[] }
  >
>();
let OWNERS_KEPT = 0;
/** No name or word looked up (no roster, or none asked): one array shared by the memo's entries. */
const NONE_ASKED: readonly string[] = [];

/** The lines closing an item that each open with a day and a colon (`12.04：…`, `12.11: …`), after another line. */
const PROGRESS_NOTES_TAIL = /(?<=\S)(?:\r?\n[ \t]*\d{1,2}\.\d{1,2}[ \t]*[:：][^\n]*)+\s*$/u;
function ownersIn(written: string, roster: Roster | undefined): Owner[] {
  // `SKA –> Methods`, `… —> TW`: an arrow a word processor drew with a dash is the arrow `->` (same length).
  // (`… 默认配置 -谢秀奇` over `12.04：本次会议已申报议题`: the dated progress notes closing an item still open say how
  // it stands, not who does it; the owner closes the line above them.)
  const text = asciiArrows(written).replace(PROGRESS_NOTES_TAIL, '');
  // `… [assignee] Gorga Siagian, Kateri [due] 6 August 2025`: the bracketed label says who, whatever else the item names.
  const bracketed = bracketLabelOwners(text);
  if (bracketed.length) return bracketed;
  // `FK action: add the reminder`: the initials before the word action.
  const initialled = initialsBeforeAction(text);
  if (initialled.length) return initialled;
  const base = 0;
  const owners: Owner[] = [];
  let m0: RegExpExecArray | null;
  // Each pattern needs its mark: most items have neither, and a plain search is much cheaper than the regex.
  if (text.includes('@'))
    for (const m of allMatches(MENTION, text)) {
      // `Notes from @lee`, `cc @lee`, `thanks @lee`: someone the item mentions, not who does it.
      if (MENTIONED_ONLY.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
      // `@张鑫认领`: the name, then "claims it" written against it.
      const han = HAN_CLAIM.exec(m[1]);
      const name = han ? han[1] : m[1];
      owners.push({ name, start: base + m.index!, end: base + m.index! + 1 + name.length });
    }
  if (text.includes(':') || text.includes('：'))
    for (const m of allMatches(OWNER_LABEL, text)) {
      // The name ends where a due date starts (`负责人：王芳 截止 12月3日`, `owner: Ben due 2026-12-03`).
      let name = trimName(
        m[1]
          .replace(/\s*(?:(?<![\p{L}])(?:due|by|deadline|fecha|para el|antes)(?![\p{L}])|截止|期限).*$/iu, '')
          // `Responsable: Carmen Vidal – reservar estudio`, `负责人：林晓 —— 整理名单`, `Owner: Rosa. Confirm …`: the
          // task after a dash or a full stop is not the name.
          // (Not the dot of an initial or a title: `J. R. Smith`, `Dr. Lee`, `Prof. Ruiz`.)
          .replace(/[ \t]*(?:——|—|–|[ \t]-[ \t]|(?<=\p{Ll}{3})(?<!Prof)\.[ \t]+(?=\p{Lu})).*$/u, '')
          // `owner: Tom Hadley to draft …`, `Responsable: Diego Salcedo pedirá …`, `负责人：陈静 确认 …`: the task
          // after the name is not the name.
          .replace(/[ \t]+(?:(?:to|will|shall)[ \t]+\p{Ll}|\p{Ll}+r(?:á|án)(?![\p{L}])).*$/u, '')
          .replace(/(?<=^\p{Script=Han}{2,4})[ \t]+\S.*$/u, ''),
      );
      if (name && !isPlaceholder(name)) {
        // `Responsable: [Gonzalo Garcia]`: a template's brackets, filled in, are no part of the name.
        const bracketed = /^\[([^[\]]+)\]$/.exec(name);
        if (bracketed) name = bracketed[1].trim();
        const at = m.index! + m[0].indexOf(m[1]) + (bracketed ? m[1].indexOf(name) : 0);
        // `Owner: Tom Reid / Ivy Shaw`, `Responsables: Ana y Luis`, `负责人：李娜、王强`: each is an owner.
        let from = 0;
        for (const one of labelNames(name)) {
          const i = Math.max(0, name.indexOf(one, from));
          from = i + one.length;
          owners.push({ name: one, start: base + at + i, end: base + at + i + one.length });
        }
      }
    }
  // `介绍 Plugtest --owner pengyu`, `--owner all`: an owner flag as in a command line, a handle after it.
  if (owners.length === 0 && text.includes('--owner') && (m0 = OWNER_FLAG.exec(text)))
    owners.push({
      name: m0[1],
      start: base + m0.index + m0[0].length - m0[1].length,
      end: base + m0.index + m0[0].length,
    });
  // `确认纸张规格 owner 李雷`, `--owner 王芳`: the word owner and the name, without a colon.
  if (owners.length === 0 && (m0 = OWNER_WORD.exec(text)))
    owners.push({
      name: m0[1],
      start: base + m0.index + m0[0].length - m0[1].length,
      end: base + m0.index + m0[0].length,
    });
  // `Tom (Halcyon & Reed) to draft …`, `Ana (cliente) enviará …`: who they are with, in brackets after the name.
  if (owners.length === 0 && (text.includes('(') || text.includes('（')) && (m0 = NAME_BRACKET_TO.exec(text))) {
    const at = m0.index + m0[0].indexOf(m0[1]);
    if (isNameLike(m0[1])) owners.push({ name: m0[1], start: base + at, end: base + at + m0[1].length });
  }
  if (owners.length === 0) {
    const colon = text.includes(':') || text.includes('：');
    const g =
      ((colon || /please/i.test(text)) && GROUP_LABEL.exec(text)) ||
      GROUP_TO.exec(text) ||
      WE_ALL.exec(text) ||
      GROUP_DASH.exec(text);
    // `Please add yourself to the rota`: asked of each reader, everyone present.
    const yourself = !g && /yoursel/i.test(text) ? PLEASE_YOURSELF.exec(text) : null;
    if (yourself) {
      const at = yourself.index + yourself[0].length - yourself[1].length;
      owners.push({ name: 'everyone', start: base + at, end: base + at + yourself[1].length });
    }
    // `Work on assigned stories`, `Seguir con las tareas asignadas`: each member on the work already theirs.
    const assigned = !g && !yourself && /assigned|asignad/iu.test(text) ? EACH_ON_ASSIGNED.exec(text) : null;
    if (assigned) {
      const at = assigned.index + assigned[0].length - assigned[1].length;
      owners.push({ name: 'everyone', start: base + at, end: base + at + assigned[1].length });
    }
    // `check your user story and think of the logic`, `draft three stories each`: asked of each member, on their
    // own part (eval90).
    const own = !g && !yourself && !assigned ? (EACH_OWN.exec(text) ?? EACH_AFTER.exec(text)) : null;
    if (own) {
      const at = own.index + own[0].length - own[1].length;
      owners.push({ name: 'everyone', start: base + at, end: base + at + own[1].length });
    }
    const linked =
      !g && text.includes('](') ? (colon && LINKED_NAME_LEAD.exec(text)) || LINKED_NAME_TO.exec(text) : null;
    const handle = !g && !linked && colon ? HANDLE_LEAD.exec(text) : null;
    const m = g ?? linked ?? (handle && !NOT_NAMES.has(handle[1]) && !BRACKET_WORDS.has(handle[1]) ? handle : null);
    // (GROUP_TO's second group: a Chinese group leading the sentence, `所有成员于…`.)
    const name = m && (m[1] ?? m[2]);
    if (m && name && !yourself) {
      const at = m.index + m[0].indexOf(name);
      owners.push({ name, start: base + at, end: base + at + name.length });
    }
  }
  // `To all members of the WG, please review …`, `A todos, por favor …`: the group the request is addressed to.
  if (owners.length === 0 && /please|por[ \t]+favor/iu.test(text) && (m0 = ADDRESSED_GROUP.exec(text))) {
    const at = m0.index + m0[0].indexOf(m0[1]);
    owners.push({ name: m0[1], start: base + at, end: base + at + m0[1].length });
  }
  if (owners.length === 0) {
    // `Bill Wherling's family has volunteered to host …`, `**All exec board**: Send …`: a household, team or body.
    const group = possessiveGroupOwner(text) ?? allOfGroupOwner(text);
    if (group) owners.push(group);
  }
  if (owners.length === 0) owners.push(...ownersAsWritten(text, base, roster));
  // `Planeación del proyecto asignada a Luis y David`, `Deck assigned to Dana`.
  if (owners.length === 0 && (m0 = ASSIGNED_OWNERS.exec(text))) {
    const group = m0[1];
    owners.push(...placed(realNames(group), group, base + m0.index + m0[0].length - group.length));
  }
  // `Google - Paul to follow up`: after a topic and a dash; `Create runbooks (Kat to draft)`: in brackets.
  if (owners.length === 0 && /[-–—(（→]/u.test(text)) {
    const firstLine = text.split('\n')[0];
    const topic = TOPIC_DASH.exec(firstLine);
    const bracket = topic ? null : BRACKETED_COMMITMENT.exec(firstLine);
    const at = topic ? topic[0].length : bracket ? bracket.index + 1 : -1;
    const rest = topic ? firstLine.slice(at) : bracket ? bracket[1] : '';
    // (After an arrow, the name and `to`/`will` hand it over whatever the verb: `-> Samuel will do the PR`.)
    const arrow = topic !== null && /(?:>|→)[ \t]*$/u.test(topic[0]) && OUTCOME_ARROW.test(firstLine);
    if (at >= 0 && (arrow || leadsCommitment(rest, roster)))
      for (const o of ownersAsWritten(rest, 0, roster))
        owners.push({ name: o.name, start: base + at + o.start, end: base + at + o.end });
    if (owners.length === 0 && topic) owners.push(...bracketedCommitment(firstLine, base, roster));
    // `… sign-in sheets -- Hao will work on scripts`: who a clause after a double dash gives the work to.
    const dash = owners.length === 0 && !topic ? CLAUSE_DASH.exec(firstLine) : null;
    if (dash) {
      const from = dash.index + dash[0].length;
      const after = firstLine.slice(from);
      if (leadsCommitment(after, roster))
        for (const o of ownersAsWritten(after, 0, roster))
          owners.push({ name: o.name, start: base + from + o.start, end: base + from + o.end });
    }
  }
  if (owners.length === 0 && (text.includes('>') || text.includes('→'))) owners.push(...arrowOwners(text, roster));
  // `- **Productos - Listado - get:** Rocío Espeche`: the task named in bold, then who takes it and nothing more.
  if (owners.length === 0 && (text.includes('**') || text.includes('__')))
    owners.push(...namesAfterBoldTask(text.split('\n')[0], roster));
  if (owners.length === 0) owners.push(...leadingOwnersOtherwise(text.split('\n')[0], roster));
  // `Lucía Beatriz Paredes Soto: configurar el repositorio`: an attendee by their full name (three words or more)
  // before the colon.
  if (owners.length === 0 && roster && (m0 = FULL_NAME_COLON.exec(text)) && inRoster(m0[1], roster)) {
    const at = m0.index + m0[0].indexOf(m0[1]);
    owners.push({ name: m0[1], start: base + at, end: base + at + m0[1].length });
  }
  if (owners.length === 0 && (text.includes('(') || text.includes('（'))) owners.push(...nameWithRemark(text));
  // `前端继续完成界面设计`, `后端组负责部署`: a team leading the sentence, then what it does.
  if (owners.length === 0 && (m0 = TEAM_LEADS_ZH.exec(text)))
    owners.push({ name: m0[1], start: base + m0.index + m0[0].indexOf(m0[1]), end: base + m0.index + m0[0].length });
  // `[NM]<TAB>Create a discussion document`, `[ML, NM]  Investigate …`: members' initials in brackets lead it.
  if (owners.length === 0 && text.charCodeAt(0) === 91 && (m0 = LEADING_INITIALS.exec(text))) {
    const said = m0[1];
    const names = said.split(/[ \t]*[,/&][ \t]*/);
    if (names.every((n) => !BRACKET_WORDS.has(n.toLowerCase()) && !NOT_NAMES.has(n.toLowerCase())))
      owners.push(...placed(names, said, base + 1));
  }
  // `Action item: lang team members to review`, `**Review of the schema:** All members are to review …`: what
  // follows the label is read as an item of its own.
  const label = owners.length === 0 ? (LABELLED_ACTION.exec(text) ?? BOLD_LABEL_LEAD.exec(text)) : null;
  if (label)
    for (const o of ownersIn(text.slice(label[0].length), roster))
      owners.push({ name: o.name, start: o.start + label[0].length, end: o.end + label[0].length });
  // `The liaison is a separate role, ACTION: Omar will raise it again`: the tag after a clause, then the item.
  const clauseTag = owners.length === 0 && text.includes('ACTION') ? CLAUSE_TAG_LEAD.exec(text) : null;
  if (clauseTag) {
    const from = clauseTag.index + clauseTag[0].length;
    for (const o of ownersIn(text.slice(from), roster))
      owners.push({ name: o.name, start: o.start + from, end: o.end + from });
  }
  // `ACTION: Publish 0.9.1 with that ED, SC.`: after a labelled action, the initials closing it are who does it.
  if (owners.length === 0 && label && LABELLED_ACTION.test(text) && (m0 = TRAILING_INITIALS.exec(text))) {
    const said = m0[1];
    const names = said.split(/[ \t]*(?:,|&|\/|[ \t]and[ \t])[ \t]*/u);
    if (names.every((n) => !NOT_INITIALS.has(n)))
      owners.push(...placed(names, said, base + m0.index + m0[0].indexOf(said)));
  }
  return owners.some((o) => isBlankOwner(o.name, text, o.start, o.end))
    ? owners.filter((o) => !isBlankOwner(o.name, text, o.start, o.end))
    : owners;
}

/**
 * Who a bold task hands it to (`**Diseño de la página - Figma:** Milton Coria`, `**Login:** Rocío y Lourdes`):
 * each a name of the roster, or of two words or more (`**Prioridad:** Alta` names nobody).
 */
function namesAfterBoldTask(line: string, roster: Roster | undefined): Owner[] {
  const m = NAMES_AFTER_BOLD_TASK.exec(line);
  if (!m) return [];
  const names = realNames(m[1]);
  if (!names.length || !names.every((n) => inRoster(n, roster) || n.trim().split(/[ \t]+/).length >= 2)) return [];
  return placed(names, m[1], m.index + m[0].lastIndexOf(m[1]));
}

/** [1] one to four people (handles, nicknames) before a colon leading the item: `锅巴：`, `shawn,小舒：`, `@cherie:`. */
const ROSTER_COLON_LEAD =
  /^[ \t]*(?:\*\*|__)?(@?[\p{L}][\p{L}\p{N}_.-]{0,30}(?:[ \t]*[,，、][ \t]*@?[\p{L}][\p{L}\p{N}_.-]{0,30}){0,3})(?:\*\*|__)?[ \t]*[:：][ \t]*(?=\S)/u;

/** [1] a full name of three to five capitalised words, then a colon leading the item. */
const FULL_NAME_COLON =
  /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){2,4})(?:\*\*|__)?[ \t]*[:：][ \t]*(?=\S)/u;

/** [1] people of the roster, then a comma and the task in lower case: `AB, go through …`, `JP & LM, start …`. */
const ROSTER_COMMA_LEAD =
  /^[ \t]*(?:\*\*|__)?([\p{L}@][\p{L}\p{N}_.'’-]{0,30}(?:[ \t]*(?:&|\+|\/|,|[ \t]and[ \t]|[ \t]y[ \t])[ \t]*[\p{L}@][\p{L}\p{N}_.'’-]{0,30}){0,3})(?:\*\*|__)?,[ \t]+\p{Ll}/u;
/** [1] a name, then a task's verb in the present (`NellShamrell creates the RFC`, `Ana sends the deck`). */
const PRESENT_TASK_LEAD =
  /^[ \t]*(?:\*\*|__)?@?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:\*\*|__)?[ \t]+(?:creates|adds|sends|updates|writes|reviews|opens|files|checks|drafts|shares|posts|schedules|contacts|investigates|prepares|books|emails|fixes|merges|submits|publishes|circulates|confirms|documents|implements|organi[sz]es|coordinates|finali[sz]es|follows[ \t]+up|reaches[ \t]+out|looks[ \t]+into|sets[ \t]+up|takes[ \t]+care)(?![\p{L}])/u;
/** [1] a name, and the others of a group, to do it: `**Kevin** and other TSC members to review …`. */
const NAME_AND_OTHERS =
  /^[ \t]*(?:\*\*|__)?@?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:\*\*|__)?[ \t]+(?:and|&|y)[ \t]+(?:the[ \t]+)?(?:other|others|rest[ \t]+of[ \t]+the|otros|otras|los[ \t]+dem[aá]s)(?:[ \t]+[^\n]{1,40}?)?[ \t]+(?:to|will|van[ \t]+a|deben)[ \t]+\p{Ll}/u;

/** `Annual report - Draft review (Ana R to send out)`: after a topic and a dash, who will do it in brackets. */
function bracketedCommitment(firstLine: string, base: number, roster: Roster | undefined): Owner[] {
  const bracket = BRACKETED_COMMITMENT.exec(firstLine);
  if (!bracket || !leadsCommitment(bracket[1], roster)) return [];
  const at = bracket.index + 1;
  return ownersAsWritten(bracket[1], 0, roster).map((o) => ({
    name: o.name,
    start: base + at + o.start,
    end: base + at + o.end,
  }));
}

/**
 * Who leads an item in the other ways minutes write it: the roster's people and a comma (`AB, go through the
 * libraries`), a name and a task's verb in the present (`NellShamrell creates the RFC`), or a name and the
 * others of a group (`Kevin and other TSC members to review …`).
 */
function leadingOwnersOtherwise(line: string, roster: Roster | undefined): Owner[] {
  const comma = roster ? ROSTER_COMMA_LEAD.exec(line) : null;
  if (comma) {
    const who = comma[1];
    const parts = who.split(/[ \t]*(?:&|\+|\/|,|[ \t]and[ \t]|[ \t]y[ \t])[ \t]*/u).filter(Boolean);
    if (parts.every((n) => inRoster(n, roster))) return placed(parts, who, comma.index + comma[0].indexOf(who));
  }
  const m = PRESENT_TASK_LEAD.exec(line) ?? NAME_AND_OTHERS.exec(line);
  if (m && isNameLike(m[1])) {
    const at = m.index + m[0].indexOf(m[1]);
    return [{ name: m[1], start: at, end: at + m[1].length }];
  }
  return [];
}

/**
 * [1] who leads the item, then in brackets the capacity they act in, before the colon: `Tas (as PGB member): Submit
 * …`, `Lucía (como secretaria): enviar el acta`.
 */
const NAME_REMARK_COLON =
  /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]*[(（](?:as|como)[ \t][^()（）\n]{1,30}[)）](?:\*\*|__)?[ \t]*[:：][ \t]*\S/u;
function nameWithRemark(text: string): Owner[] {
  const m = NAME_REMARK_COLON.exec(text);
  if (!m || !isNameLike(m[1]) || NOT_NAMES.has(m[1].toLowerCase())) return [];
  const at = m.index + m[0].indexOf(m[1]);
  return [{ name: m[1], start: at, end: at + m[1].length }];
}

/** `Buscador (segunda semana) -> francis, jesus y ramón`: who an arrow closing the first line hands the task to. */
const ARROW_OWNERS =
  /(?:->|→|=>)[ \t]*([\p{L}][\p{L}\p{M} ,.'’+、-]{0,60}?)[ \t]*(?:(?:[(（][^()（）\n]*[)）])[ \t]*)?(?:[.。][ \t]*)?(?:\n|$)/u;
/** Everyone, as an arrow's owner: `-> Cada uno los suyos`, `-> todos`, `-> everyone`. */
const ARROW_GROUP =
  /^(?:cada un[oa](?: (?:los|las) suy[oa]s)?|tod[oa]s|todo el equipo|el equipo|everyone|everybody|all|the team)$/iu;

/**
 * The owners an arrow hands the task to, written as people type in a hurry (lower case, first names): a
 * group word, or names of which one at least is of the roster (capitalised names are read before this).
 */
function arrowOwners(text: string, roster: Roster | undefined): Owner[] {
  const m = ARROW_OWNERS.exec(text.split('\n')[0] + '\n');
  if (!m) return [];
  const said = m[1].replace(/[ .,]+$/, '');
  const at = m.index + m[0].indexOf(m[1]);
  if (ARROW_GROUP.test(said)) return [{ name: said, start: at, end: at + said.length }];
  const parts = said.split(/[ \t]*(?:,|&|\+|\/|、|(?<=\s)(?:y|and|e)(?=\s))[ \t]*/u).filter(Boolean);
  if (parts.length > 4 || parts.some((p) => p.split(/\s+/).length > 2 || /[.'’-]$/.test(p))) return [];
  // (`-> 静+章`: Chinese names, a character or three each, as a team calls one another.)
  if (
    !parts.some((p) => inRoster(p, roster)) &&
    !parts.every((p) => /^\p{Script=Han}{1,3}$/u.test(p) && !HAN_NOT_NAMES.test(p))
  )
    return [];
  let from = 0;
  return parts.map((name) => {
    const i = Math.max(0, said.indexOf(name, from));
    from = i + name.length;
    return { name, start: at + i, end: at + i + name.length };
  });
}

const BLANKS = new Set(BLANK_NAMES.map(fold));
/**
 * A blank where a name goes: `TBD`, `Por asignar`, `[Por definir]`, `待定`, or a template's `[Nombre]` /
 * `(Owner)` in brackets. Our own `@owner` is no blank here: it is an unfilled placeholder (placeholders.ts).
 */
export function isBlankOwner(name: string, text = name, start = 0, end = text.length): boolean {
  if (isPlaceholder(name)) return true;
  const inner = name.replace(/^[[(<（【]\s*|\s*[\])>）】]$/gu, '');
  // `| Book the room | who | … |`: the template's question left in the owner's place.
  if (/^(?:who|qui[eé]n|谁)\??$/iu.test(inner.trim())) return true;
  // `Por confirmar con Pablo`, `TBD with the client`, `Undecided: Set up the repo`: whose it is is still to be settled.
  if (
    /^(?:por[ \t]+(?:confirmar|definir|asignar)|to[ \t]+be[ \t]+(?:confirmed|decided|assigned)|tb[cd]|undecided|unassigned|sin[ \t]+asignar|待定|待确认|未分配)(?:[ \t(（]|$)/iu.test(
      inner.trim(),
    )
  )
    return true;
  // `| / |`, `| — |`: a dash or a slash where a name goes says nobody.
  if (/^[-–—/\\]+$/u.test(inner.trim())) return true;
  if (!BLANKS.has(fold(inner))) return false;
  return (
    inner !== name ||
    /[[(<（【]\s*$/u.test(text.slice(Math.max(0, start - 2), start)) ||
    /^\s*[\])>）】]/u.test(text.slice(end, end + 2))
  );
}

/**
 * A pattern of the owner reader, made on its first use and run only where a plain test (`needs`: a word or a
 * mark every match has, looked for without Unicode classes) finds what it needs. V8 parses a pattern when it
 * is made, again when it first runs and again when it compiles it to machine code, and the Unicode classes of
 * the name patterns make each parse cost milliseconds (bench/README.md, "The owner reader's first use"): a
 * pattern no item gets to is never made, and most items are passed over by the plain test. The results are
 * the pattern's own; test/ownerPatterns.test.ts checks that every match has what `needs` asks for.
 */
export class GuardedPattern {
  private compiled?: RegExp;
  constructor(
    readonly name: string,
    private readonly source: string,
    private readonly flags: string,
    readonly needs: (text: string) => boolean,
  ) {
    GUARDED_PATTERNS.push(this);
  }
  get pattern(): RegExp {
    return (this.compiled ??= new RegExp(this.source, this.flags));
  }
  /** Whether the pattern has been made (tests). */
  get made(): boolean {
    return this.compiled !== undefined;
  }
  exec(text: string): RegExpExecArray | null {
    return this.needs(text) ? this.pattern.exec(text) : null;
  }
  test(text: string): boolean {
    return this.needs(text) && this.pattern.test(text);
  }
  matchAll(text: string): Iterable<RegExpExecArray> {
    return this.needs(text) ? text.matchAll(this.pattern) : [];
  }
  replace(text: string, by: string): string {
    return this.needs(text) ? text.replace(this.pattern, by) : text;
  }
}
/** The owner reader's guarded patterns, in the order they are defined (for test/ownerPatterns.test.ts). */
export const GUARDED_PATTERNS: GuardedPattern[] = [];
/** What a name leading a text needs: after spaces (and emphasis), a capital, that is no lower-case letter, digit, space, `*` or `_`. */
const CAPITAL_LEAD = /^[ \t]*(?:\*\*|__|\*|_)?[^\sa-z0-9*_]/;
const capitalLead = (t: string) => CAPITAL_LEAD.test(t);

// ---------------------------------------------------------------------------
// Owners as people write them in minutes (docs/types.md, "Action items"):
// `Marta to send …`, `Ben will …`, `Ana enviará …`, `… (Marta)`, `… [Ben]`,
// `ACTION(ana):`, `**Marta**: …`, `Marta: …`, `… — Marta`, `由张伟负责`, `张伟：…`.
// A name is one to three capitalised words (or initials, or a Chinese name
// with a common surname); the words that lead ordinary sentences and labels
// (`Thanks to the team`, `Note: …`, `Send to print`) are not names.

/**
 * A capitalised word of a name (`Marta`, `O'Neil`, `Jean-Luc`, `J.`, `Jr.`; not `Reviewed.` ending a sentence),
 * a surname with its particle joined (`McDonald`, `O'Brien`, `DeShawn`; not `JavaScript`), or upper-case initials (`JD`).
 * Written for V8's first use: the capital the other three forms share is read once, and a letter is
 * `(?:\p{Ll}|\p{M})`, not `[\p{Ll}\p{M}]`, whose union of two large classes V8 builds anew on every parse of
 * every pattern that holds it (the same matches; bench/README.md, "The owner reader's first use").
 */
// A handle with its initial (`MitchK`, `TimG`); a hyphen joins capitalised parts only (`Jean-Luc`, not `Pre-work`).
const NAME_WORD = String.raw`(?:(?:Mc|Mac|Fitz|O['’]|D['’]|De|Di|Du|La|Le|Van)\p{Lu}(?:\p{Ll}|\p{M})+(?![\p{L}])|\p{Lu}(?:(?:\p{Ll}|\p{M}){0,2}\.|(?:\p{Ll}|\p{M}|['’])*(?:-\p{Lu}(?:\p{Ll}|\p{M}|['’])+)*(?:(?<=\p{Ll}{2})\p{Lu}(?![\p{L}]))?|\p{Lu}{1,2}(?![\p{L}])|\p{Lu}{1,3}(?:C|WG|TF|SG)(?![\p{L}])))`;
// (The last: a governing body's initials, four letters or more: `LCGC`, `DEIWG`; see GOVERNING_BODY.)
// Up to four words: Spanish names often give two given names and two surnames (`Lincol Werner Yujra Calla`).
const LATIN_NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:(?:de|del|de la|van|von|da|di|du|le|la)[ \t]+)?${NAME_WORD}){0,3}`;
/** [1] a name, then who they are with in brackets, then what they will do (`Tom (Halcyon & Reed) to draft …`). */
const NAME_BRACKET_TO = new GuardedPattern(
  'NAME_BRACKET_TO',
  String.raw`^[ \t]*(?:\*\*|__)?@?(${LATIN_NAME})(?:\*\*|__)?[ \t]*[(（][^()（）\n]{1,40}[)）][ \t]+(?:(?:to|will|shall|va[ \t]+a|van[ \t]+a|se[ \t]+encarga[ \t]+de|\p{Ll}+r(?:á|án))[ \t]+\p{L}|(?:committed|agreed|volunteered)[ \t]+to(?:[ \t]+\p{L}|(?:\*\*|__)?[ \t]*[:：]))`,
  'u',
  (t) => t.includes('(') || t.includes('（'),
);
/** A bold task and its colon, then names alone (group 1): see namesAfterBoldTask. */
const NAMES_AFTER_BOLD_TASK = new GuardedPattern(
  'NAMES_AFTER_BOLD_TASK',
  String.raw`^[ \t]*(?:\*\*|__)[^*_\n]{2,80}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*(${LATIN_NAME}(?:[ \t]*(?:,|&|\by\b|\band\b)[ \t]*${LATIN_NAME})*)[ \t.]*$`,
  'u',
  (t) => t.includes('**') || t.includes('__'),
);
/** Common Chinese surnames: a Chinese owner is a surname and one or two characters (or 小/老 and a surname). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤俞尤施戚喻窦鲍岑倪滕殷毕邬傅卞伍湛祁禹狄臧茅庞阮闵娄颜骆樊霍虞柯裴荀芮靳邴郗仇栾厉詹蒲邰鄂蔺屠翟冉雍濮桑扈冀郏瞿阎庾暨耿寇阙殳蔚夔聂晁敖阚饶鞠蒯荆竺逯桓屈葛柳甘乔祝卓萧邢岳辛麦艾童舒缪翁晏褚洪凌姬甄隋宫闻司劳温';
const HAN_NAME = `(?:欧阳|司马|上官|诸葛|[小老](?=[${SURNAMES}])|)[${SURNAMES}]\\p{Script=Han}{1,2}`;
const HAN_NAME_LAZY = `(?:欧阳|司马|上官|诸葛|[小老](?=[${SURNAMES}])|)[${SURNAMES}]\\p{Script=Han}{1,2}?`;
// `Ana, Ben`, `Sam & Alex`, `Mitch/Tim`, `Nathan + Lily`, `Ana and Ben`, `Ana y Ben`.
const NAMES = `(?:${LATIN_NAME})(?:[ \\t]*(?:,|&|/|\\+|\\band\\b|\\by\\b|\\be\\b)[ \\t]*(?:${LATIN_NAME}))*`;
/** `owner 李雷`, `--owner 王芳`, `owner Ana Ruiz`: [1] the name. */
// (`Owner` in either case, the name capitalised: `email to the owner by Friday` names no one.)
const OWNER_WORD = new GuardedPattern(
  'OWNER_WORD',
  String.raw`(?<![\p{L}])(?:[Oo]wner|OWNER)[ \t]+(${HAN_NAME}|${LATIN_NAME})`,
  'u',
  (t) => /owner[ \t]/i.test(t),
);
/** [1] the group a request is addressed to, before `please` (ownersIn); or asked for something (`feedback from everyone; please …`). */
const ADDRESSED_GROUP =
  /(?<![\p{L}])(?:to|para|a|from)[ \t]+(all(?:[ \t]+(?:members|participants|attendees))?(?:[ \t]+of[ \t]+the[ \t]+[\p{L}\p{N}-]+)?|everyone|everybody|the[ \t]+(?:team|group|wg|committee)|tod[oa]s(?:[ \t]+l[oa]s[ \t]+(?:miembros|integrantes|participantes))?)[ \t]*[,;][ \t]*(?:please|por[ \t]+favor)(?![\p{L}])/iu;
/** `--owner pengyu`: an owner flag and a handle (lower case, digits; a name in capitals is OWNER_WORD's). */
const OWNER_FLAG = /(?<![\p{L}\p{N}-])--owner[ \t]+(\p{L}[\p{L}\p{N}_.]{0,30})(?![\p{L}\p{N}_.-])/u;
const EMPH = String.raw`(?:\*\*|__|\*|_)?`;

/** `Naomi taking notes`, `Ben handling the print run`: a name, then what the person is doing. */
const DOING =
  'taking|handling|leading|owning|driving|doing|writing|sending|preparing|organi[sz]ing|running|reviewing|coordinating|drafting|checking|looking|following|working|chasing|booking|updating|covering|hosting|managing|investigating|fixing|testing';

/**
 * `Mauricio finalizar slideset`, `Hugo pedir sala`: Spanish notes write the task as the person and the verb
 * unconjugated. The verbs of the work, not any word ending in -ar, -er or -ir (`Power user`, `Main bar`).
 */
const SPANISH_TASKS =
  '(?:finalizar|terminar|completar|pedir|solicitar|enviar|mandar|revisar|preparar|crear|hacer|subir|actualizar|definir|contactar|coordinar|armar|llamar|escribir|redactar|dise[nñ]ar|investigar|organizar|agendar|gestionar|confirmar|buscar|documentar|implementar|probar|presentar|analizar|elaborar|generar|compartir|verificar|averiguar|corregir|reservar|consultar|desarrollar|realizar|entregar|traer|leer|subsanar|publicar|programar|migrar|instalar|configurar|integrar|agregar|a[nñ]adir|cotizar|comprar|reunir|hablar|proponer|convocar|invitar|difundir|evaluar)';
const SPANISH_TASK = new RegExp(`^${SPANISH_TASKS}$`, 'u');
/**
 * `Sergio envía el contacto del proveedor`, `Marta arma el estimado`: next steps written in the present, the person
 * and the verb of the work. Only one of the people there (`Mañana llama`, `Nadie envía` are no one).
 */
const SPANISH_PRESENT_TASKS =
  '(?:finaliza|termina|completa|pide|solicita|env[ií]a|manda|prepara|crea|sube|actualiza|define|contacta|coordina|arma|llama|escribe|redacta|dise[nñ]a|investiga|organiza|agenda|gestiona|busca|documenta|implementa|prueba|analiza|elabora|genera|comparte|verifica|averigua|corrige|reserva|consulta|desarrolla|realiza|entrega|trae|publica|programa|migra|instala|configura|integra|agrega|a[nñ]ade|cotiza|compra|convoca|invita|calcula|consigue|avanza|retoma)';
const SPANISH_PRESENT_TASK = new RegExp(`^${SPANISH_PRESENT_TASKS}$`, 'u');
/** `Tim and others will …`, `Ana y otros revisarán …`, `Ben et al. to …`: the named people lead, the rest are help. */
const AND_OTHERS = String.raw`[ \t]+(?:(?:and|&|y|e)[ \t]+(?:others|the[ \t]+rest|team|otros|otras|los[ \t]+dem[aá]s|el[ \t]+equipo)|et[ \t]+al\.?)`;
/** What a person leading the item does in LEAD_NAME: `Ana noted`, `Ben handling …`. */
const LEAD_VERBS = String.raw`noted|said|says|agreed|suggested|mentioned|proposed|offered|volunteered|volunteers?(?=[ \t]+to[ \t])|explained|confirmed|reported|raised|shared|asked|plans|wants|will|${DOING}|${SPANISH_TASKS}|${SPANISH_PRESENT_TASKS}`;
/** `Marta to send …`, `Ben and Ana will …`, `Ana enviará …`, `Ana se encarga de …`, `**Marta**: …`, `Marta: …`, `Marta → …`. */
const LEAD_NAME = new GuardedPattern(
  'LEAD_NAME',
  String.raw`^[ \t]*${EMPH}(${NAMES})${EMPH}(?:${AND_OTHERS})?(?:[ \t]*(?:[:：]|→|->|=>)[ \t]*${EMPH}(?=\S)|[ \t]+(?:(to|will|shall|should|must|needs?[ \t]+to|is[ \t]+to|are[ \t]+to|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to|va[ \t]+a|van[ \t]+a|debe|deben|tiene[ \t]+que|se[ \t]+encarga|se[ \t]+encargan|se[ \t]+ocupa|se[ \t]+ocupan|se[ \t]+compromete|queda[ \t]+en|quedan[ \t]+en)[ \t]+(\p{L}+)|(\p{Ll}+r(?:á|án)|${LEAD_VERBS})(?![\p{L}])))`,
  'u',
  (t) => capitalLead(t) && LEAD_NAME_NEEDS.test(t),
);
/**
 * What LEAD_NAME needs after the name: a colon, the first word of a link (each is followed by a space or tab),
 * the `rá` of `enviará`, or one of its verbs after a space.
 */
const LEAD_NAME_NEEDS = new RegExp(
  String.raw`[:：→]|[-=]>|rá|[ \t](?:to|will|shall|should|must|needs?|is|are|va|van|debe|deben|tiene|se|queda|quedan)[ \t]|[ \t](?:${LEAD_VERBS})`,
);
/** What a person leading the item is recorded as doing in LEAD_STATEMENT. */
const STATEMENT_VERBS =
  'is|was|has|had|would|could|can|also|already|still|argued|argues|noted|notes|said|says|thinks|thought|believes|feels|recommended|recommends|suggested|suggests|proposed|proposes|mentioned|mentions|agreed|agrees|disagreed|disagrees|asked|asks|explained|explains|prefers|preferred|raised|shared|confirmed|confirms|reported|presented|presents|offered|volunteered|wants|wanted|likes|supports|supported|opposes|questioned|pointed|clarified|expressed|commented|replied|responded|highlighted|stated|indicated|comenta|coment[oó]|dice|dijo|propone|propuso|explica|explic[oó]|presenta|present[oó]|sugiere|sugiri[oó]|plantea|plante[oó]|indica|indic[oó]|informa|inform[oó]|pregunta|pregunt[oó]|confirma|confirm[oó]|revisa|revis[oó]|hace|hizo|est[aá]';
/**
 * `Paweł is against …`, `Peter argued that …`, `Martin thinks …`, `Ana revisó …`: minutes record what a person
 * said or did; an item whose subject is a person is that person's.
 */
const LEAD_STATEMENT = new GuardedPattern(
  'LEAD_STATEMENT',
  String.raw`^[ \t]*${EMPH}(${NAMES})${EMPH}[ \t]+(?:${STATEMENT_VERBS})(?![\p{L}])`,
  'u',
  (t) => capitalLead(t) && LEAD_STATEMENT_NEEDS.test(t),
);
/** What LEAD_STATEMENT needs: one of its verbs after a space or tab. */
const LEAD_STATEMENT_NEEDS = new RegExp(String.raw`[ \t](?:${STATEMENT_VERBS})`);
/** `niko to post …`, `scottmcm to follow up …`: a lower-case handle leading the item, then `to` and a verb. */
const LEAD_HANDLE =
  /^[ \t]*(?:\*\*|__)?([a-z][a-z0-9_.-]{0,37}[a-z0-9_])(?:\*\*|__)?[ \t]+(?:volunteers?[ \t]+to|to|will)[ \t]+(\p{Ll}+)/u;
/** Ordinary words that lead an item followed by `to` (`things to check`, `need to decide`): not handles. */
const BEFORE_TO = new Set(
  'things thing something anything nothing stuff way ways time plan plans need needs want wants how going have has try tries able due back up add link reply talk reach refer respond move switch listen come return go access changes change updates welcome thanks next close prior similar according related easy hard time steps step ability proposal attempt effort work start begin agreed decided asked used trying got needed wanted tried moved added applies subject relative compared important required migrate upgrade reference invitation response answer contribute introduction guide path ready free happy willing likely unable transition migration default convert fallback equivalent opposed input output addition alternative patch fix option pr rfc questions question issues issue items item topics topic docs doc notes note ideas idea options more less lots plenty other others people folks someone anyone everyone nobody team group'.split(
    ' ',
  ),
);
/** `Lang team to review …`, `the WG will …`, `All members are asked to …`, `El equipo va a …`: a team leading the item owns it. */
const LEAD_TEAM = new GuardedPattern(
  'LEAD_TEAM',
  String.raw`^[ \t]*(?:\*\*|__)?((?:the[ \t]+|el[ \t]+|la[ \t]+|los[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:team|group|wg|working[ \t]+group|committee|members|maintainers|everyone|everybody|each[ \t]+(?:person|member|one)|equipo|grupo|comit[eé]|miembros|todos|cada[ \t]+(?:uno|integrante|miembro)))(?:\*\*|__)?[ \t]+(?:to|will|should|must|are[ \t]+(?:encouraged|asked|expected|invited|requested|reminded)[ \t]+to|va[ \t]+a|van[ \t]+a|debe|deben|se[ \t]+encarga|se[ \t]+encargan)[ \t]+\p{L}`,
  'iu',
  (t) => GROUP_NEEDS.test(t),
);
/**
 * `AWG Chair will devise a proposal`, `The secretary to circulate the minutes`, `Design lead to confirm`: a role
 * leading the item, then `to` or `will` and a verb (its case as written: `Follow the lead to …` names nobody).
 */
const LEAD_ROLE =
  /^[ \t]*(?:\*\*|__)?((?:[Tt]he[ \t]+)?(?:\p{Lu}[\p{L}\p{N}-]*[ \t]+){0,2}(?:[Cc]hair|[Cc]o-?[Cc]hairs?|[Cc]hairperson|[Ss]ecretary|[Tt]reasurer|[Pp]resident|[Ff]acilitator|[Cc]oordinator|[Mm]oderator|[Ll]ead|[Ee]ditor))(?:\*\*|__)?[ \t]+(?:to|will|should|must)[ \t]+(?!be(?![\p{L}]))\p{Ll}/u;
/** `Everyone start brainstorming ideas`: everyone leading the item, then what they do (not `Everyone agreed`). */
const LEAD_EVERYONE =
  /^[ \t]*(?:\*\*|__)?(everyone|everybody|todos|大家)(?:\*\*|__)?[ \t]*(?!(?:is|was|has|had|agreed|said|thinks|thought|likes|liked|seemed|seems|estuvo|estuvieron|coincide|coincidieron|acord[oó]|觉得|认为|同意)(?![\p{L}]))\p{L}{2,}/iu;
/**
 * `Geth team finish the reviews`, `**UI Team** Design the pages`: a named team leading the item, then a verb (in
 * capitals after the team in bold).
 */
const LEAD_NAMED_TEAM = new GuardedPattern(
  'LEAD_NAMED_TEAM',
  String.raw`^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}-]*[ \t]+(?:team|equipo|Team|Equipo))(?:(?:\*\*|__)[ \t]*[:：]?[ \t]+\p{L}{2,}|[ \t]+\p{Ll}+)`,
  'u',
  (t) => GROUP_NEEDS.test(t),
);
/** `Nos comprometimos a …`, `Nos encargamos de …`: the team, the writers among them, takes the task on. */
const LEAD_WE_COMMIT =
  /^[ \t]*(?:\*\*|__)?(nos)[ \t]+(?:comprometimos|comprometemos|comprometeremos|encargamos|encargaremos)[ \t]+(?:a|de)[ \t]+\p{L}/iu;
/**
 * `I will also put your questions on the board`, `I'll send the slides`: the writer takes the task on (an e-mail
 * or a log kept by one person); the owner is `I`, whoever wrote it.
 */
const LEAD_I_COMMIT =
  /^[ \t]*(?:\*\*|__)?(I)(?:\*\*|__)?(?:['’]ll|[ \t]+(?:will|shall|am[ \t]+going[ \t]+to))(?:[ \t]+(?:also|then|now|personally))?[ \t]+(?!be(?![\p{L}]))\p{Ll}/u;
/** `ACTION(ana):`, `AI(Ben):`, `TODO(marta):`, `ACCIÓN(Ana):`. */
const TAGGED =
  /^[ \t]*(?:\*\*|__)?(?:ACTION|ACTIONS|AI|AP|TODO|TO-DO|ACCI[OÓ]N|行动)[ \t]*[(（][ \t]*([^)）\n]{1,40}?)[ \t]*[)）][ \t]*(?:(?:\*\*|__)[ \t]*)?[:：]?/iu;
/** `ACTION ALL: review the PR`, `ACTION BW: schedule …`: the tag, then the initials or the group it is for. */
// (`action FK:` in lower case, `action FK, ML:` for two: a team's pad minutes each action with its owners' initials.)
const TAGGED_WHO =
  /^[ \t]*(?:\*\*|__)?(?:ACTION|[Aa]ction)[ \t]+(ALL|All|[A-Z]{2,3}(?:[ \t]*[,&/][ \t]*[A-Z]{2,3}){0,3})(?:\*\*|__)?[ \t]*[:：]/u;
/** `… (Marta)`, `… [Ben]`, `…（张伟）`, at the end of the item. */
const TRAILING_BRACKET = new GuardedPattern(
  'TRAILING_BRACKET',
  String.raw`[(（\[][ \t]*(${NAMES}|${HAN_NAME}(?:(?:[、,，/][ \t]*|[ \t]+)${HAN_NAME})*)[ \t]*[)）\]][ \t]*(?:[.。][ \t]*)?$`,
  'u',
  (t) => /[)）\]][ \t]*(?:[.。][ \t]*)?$/.test(t),
);
/**
 * `… [Leon Negrete](https://github.com/leon)`: a person's linked name closing the item, linked to a profile or an
 * address (or to a placeholder, not a web page): `Read [Brand Guidelines](https://…/guide.pdf)` names a document.
 */
const TRAILING_LINKED_NAME = new GuardedPattern(
  'TRAILING_LINKED_NAME',
  String.raw`\[[ \t]*(${NAMES})[ \t]*\]\((?![^()\n]*:\/\/(?!(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com)\/))[^()\n]*\)[ \t]*(?:[.。][ \t]*)?$`,
  'u',
  (t) => /\]\([^()\n]*\)[ \t]*(?:[.。][ \t]*)?$/.test(t),
);
/** `… — Marta`, `… – Ben`, `… - Ana Ruiz`, `… \- Lucía, Jimena` (escaped by an export), `… → Dana`, `… | Dana Whitfield` at the end of the item. */
const TRAILING_DASH = new GuardedPattern(
  'TRAILING_DASH',
  // (`工艺监控- 魏浩`, `Use_cases- Jaishnoor`: the dash may come with no space before it, only after it.)
  String.raw`(?:[ \t]\\?(?:——|—|–|--|-|→|->|=>|\|)|(?<=[\p{L}\p{N}_])(?:——|—|–|-)(?=[ \t]))[ \t]*${EMPH}(${NAMES}|${HAN_NAME})${EMPH}[ \t]*(?:[.。][ \t]*)?$`,
  'u',
  (t) => /[ \t]\\?[—–\-→=|]|[\p{L}\p{N}_][—–-]+[ \t]/u.test(t),
);
/** What HAN_LEAD needs: a surname (or 欧阳, 小…) first, after spaces and `**`. */
const HAN_LEAD_NEEDS = new RegExp(`^[ \\t]*(?:\\*\\*)?[欧司上诸小老${SURNAMES}]`);
/** `由张伟负责`, `张伟负责`, `张伟：…`, `张伟 → …`, `张伟跟进…`, `张伟、李娜负责…`, `张伟，李娜：…`, `张伟和李娜将…`. */
const HAN_LEAD = new GuardedPattern(
  'HAN_LEAD',
  `^[ \\t]*(?:\\*\\*)?(${HAN_NAME_LAZY}(?:[、，和与及][ \\t]*${HAN_NAME_LAZY})*)(?:\\*\\*)?(?:[ \\t]*(?:[：:]|→|[-=]>)|(?=[ \\t]?(?:将|会|来|去|负责|跟进|提供|发送|发给|确认|准备|安排|整理|完成|提交|联系|修改|更新|核对|落实|对接|出具|撰写|制作|预约|预订|通知|反馈|汇总|约|收集|协调|草拟|起草|检查|审核|复核|推进|继续|开始|尝试|研究|学习|编写|实现|优化|开发|设计|测试|修复|部署|搭建|调研|完善|打印|补拍|拍摄|录制|打包|上传|回填|采购|购买|绘制|收齐|汇报|翻译|申请|报名|填写|准备|进一步|补充|梳理|筛选|结合|分析|核实|跟踪|总结|阅读|查阅|整合|统计|评估|制定|规划|先(?=\\p{Script=Han}))))`,
  'u',
  (t) => HAN_LEAD_NEEDS.test(t),
);
/** A Latin name or a team leading a Chinese item, then 将 / 会 / 负责 (caller: byLead). */
const HAN_WILL = new GuardedPattern(
  'HAN_WILL',
  String.raw`^[ \t]*(?:\*\*)?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?|[\p{L}\p{N}]{1,16}?(?:团队|小组|组|部门))(?:\*\*)?[ \t]?(?:将|会|负责)(?!被)(?=\p{Script=Han})`,
  'u',
  (t) => /[将会责]/.test(t),
);
/**
 * `通信组需要测量…`, `视觉组根据…移动…`: a named team (two characters or more before 组, not `分组`, `每组`) leading a
 * Chinese item, then what it must do or the ground it acts on (caller: byLead).
 */
const HAN_TEAM_LEAD = new GuardedPattern(
  'HAN_TEAM_LEAD',
  String.raw`^[ \t]*(?:\*\*)?(\p{Script=Han}{2,8}?(?<![分编重改每各本全])(?:团队|小组|组))(?:\*\*)?[ \t]?(?=(?:需要|要|须|应|应该|根据|负责|继续|配合|完成|跟进)\p{Script=Han})`,
  'u',
  (t) => /组|团队/.test(t),
);
/** A role leading a Chinese item, then should / will / is in charge (`主持人应该…`, `组长负责…`): the owner. */
const HAN_ROLE_LEAD =
  /^[ \t]*(?:\*\*)?(主持人|组长|队长|项目经理|记录人|记录员|各组组长)(?:\*\*)?[ \t]?(?=(?:应该|应|需要|要|须|必须|负责|将|会|继续|尽快)\p{Script=Han})/u;
/**
 * `决定在初稿出来后，各组内部审核`, `alice和cherie一组，锅巴、小舒、shaw一组`: every group, or the groups the item forms
 * of its people, opening a clause: the item is theirs.
 */
const HAN_CLAUSE_GROUP =
  /(?:^|[，,；;。：:])[ \t]*(各组|各小组|全体成员|所有成员)(?=(?:内部|一起|共同|都|需要|要|应该?|须|将|会|分别|各自)\p{Script=Han})/u;
const HAN_NAMED_GROUPS =
  /(?:^|[，,；;。：:])[ \t]*((?:[A-Za-z][A-Za-z'.-]{1,20}|\p{Script=Han}{2,3})(?:[ \t]*[和、,，与][ \t]*(?:[A-Za-z][A-Za-z'.-]{1,20}|\p{Script=Han}{2,3}))+)一组/gu;
/** Between two Chinese names of a list, not inside one (`王和平` is one name): after two characters, before a surname. */
const HAN_AND = new RegExp(`(?<=\\p{Script=Han}{2})[、，和与及][ \\t]*(?=${HAN_NAME})`, 'u');
/** Between the names an owner label gives (`Tom Reid / Ivy Shaw`, `Ana y Luis`, `李娜、王强`, `李娜和王强`). */
const LABEL_NAMES_SEPARATOR = new RegExp(
  String.raw`[ \t]*(?:/|&|、)[ \t]*|[ \t]+(?:and|y|e)[ \t]+|(?<=\p{Script=Han}{2})[和与及][ \t]*(?=${HAN_NAME})`,
  'u',
);
/** The people an owner label names: each, or the whole when a part is a team (`Marketing & Sales team`). */
function labelNames(name: string): string[] {
  const parts = name.split(LABEL_NAMES_SEPARATOR).map(trimName).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => TEAM_WORD.test(p))) return [name];
  return parts;
}
const TEAM_WORD = /(?:^|[ \t])(?:team|group|dept|department|equipo|grupo|departamento)$|(?:团队|小组|组|部门|部)$/iu;

/** A clause opening with two or three characters, then 负责 and the work (not `负责人`: the label of who it is). */
const HAN_IN_CHARGE =
  /(?:^|(?<=[:：，,；;、。 \t*_]))(\p{Script=Han}{2,3})负责(?!人)(?=[ \t]*[\p{Script=Han}A-Za-z])/gu;
/**
 * Who such a clause names without a surname: a doubled nickname (`开开`), `阿岚`, or the newcomer (`新同学`); not
 * a role word that starts like a surname (`司机负责接送`: the driver, whoever that is).
 */
const NICKNAME_OR_NEWCOMER = /^(?:(\p{Script=Han})\1|阿\p{Script=Han}{1,2}|新(?:同学|同事|人|成员))$/u;
/** What opens such a clause and is no one: `谁负责`, `专人负责`, `主要负责`, `共同负责`, `他们负责`. */
const NOT_IN_CHARGE =
  /^(?:由?谁来?|由|专人|主要|共同|全权|具体|分别|各自|直接|需要|还需|也|都|还|将|会|要|应|须|必须|单独|统一|另行|对此|待定|暂定|目前|现在|当前|专门|暂时|继续|仍然?|依然|同时|另外|此外|原来|之前|以前|后续|最终|一起|他们?|她们?|我们?|你们?|它们?|大家|其他)$|^(?:不|没|无|未|非)/u;
const HAN_BY = new GuardedPattern(
  'HAN_BY',
  // (`由shaw开始`: a Latin name among Chinese words, written in small letters too; `开始` for who starts a turn.)
  `由[ \\t]*((?:${HAN_NAME_LAZY}|[A-Za-z][A-Za-z'.-]{1,20})(?:[、和与及][ \\t]*(?:${HAN_NAME_LAZY}|[A-Za-z][A-Za-z'.-]{1,20}))*)[ \\t]*(?:负责|跟进|牵头|执行|落实|处理|完成|提供|准备|开始|主持|记录)`,
  'u',
  (t) => t.includes('由'),
);

/**
 * Words that lead ordinary sentences, labels and instructions, capitalised
 * because they come first: never a name (`Thanks to the team`, `Note: …`,
 * `Send to print`, `Reply to the client`, `Se enviará…`). Folded (lower case).
 */
const NOT_NAMES = new Set(
  (
    'a an the this that these those it its we i you they he she our my your their his her there here all each every everyone everybody someone somebody nobody none both either neither one ' +
    'thanks thank welcome please note notes nb fyi reminder remember important update updates status decision decisions agreed agreement action actions next follow followup follow-up question questions issue issues risk risks ' +
    'summary background context goal goals objective objectives result results outcome outcomes budget timing deadline due date time cost costs scope brief feedback comment comments reply answer answers response ' +
    'todo to-do task tasks item items topic topics agenda minutes point points owner owners who what when where why how which if once after before then also and or but so yes no ok okay tbd tbc tba n/a na ' +
    'send share book confirm review check draft prepare update circulate schedule set call contact email mail write finalise finalize deliver present revise organise organize arrange provide look ask chase get make find ' +
    'use coordinate sign approve submit upload create build test investigate research reach produce order quote lock issue pull run compile work liaise source speak talk meet put take raise propose sort estimate collect ' +
    'gather invite reply respond return go move add remove switch change listen refer point link report forward post push roll hand give show explain introduce apply commit subscribe come keep hold start stop ' +
    'continue begin finish complete close open plan agree discuss decide consider align sync follow-up circle loop ping flag escalate clarify define outline list map track monitor measure analyse analyze ' +
    'compare request reserve buy pay invoice bill print ship post publish launch release record film shoot edit cut retouch render design brief pitch translate localise localize proofread proof sign-off ' +
    'due prior subject according similar regarding re about per via from for with without into onto of in on at by up down out over under off new old final first second third last other more most less ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight week month year q1 q2 q3 q4 ' +
    'need needs want wants try going have has had used able nice happy good great glad sorry hope let lets ' +
    // Words that open a note before `to` or `will` (`Ability to comment`, `Hopes to have`, `Volunteers to work on`).
    'ability access adjacent aim aims hopes hopefully volunteer volunteers plans intend intends expect expects wish wishes tries attempt attempts idea ideas proposal proposals opportunity chance permission suggestion suggestions option options ' +
    // (`Potential to cut the spend`: a possibility noted; `Click to convert 12:00 UTC`: how to read a link.)
    'potential possibility click tap ' +
    'asap eod cob kv pr pdf ppt doc docs ok wip eta kpi roi cta seo ui ux tv ooh pos usd eur rmb gbp po sow nda aob dm sms crm api url faq ' +
    'se el la los las lo un una unos unas esto eso esta este esa ese estos estas nadie alguien todos todas cada nota notas acuerdo acuerdos tema temas pendiente pendientes importante recordatorio ' +
    'enviar revisar confirmar preparar mandar compartir reservar llamar hablar presentar entregar actualizar cerrar abrir pedir solicitar coordinar hay también luego después antes sí fecha hora lugar ' +
    'marca próximo próximos siguiente siguientes objetivo objetivos presupuesto plazo responsable estado ' +
    // Months (and their short forms) lead dates in brackets (`(Nov. – Dec.)`); tools are named where owners go (`(Figma)`).
    'jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december ' +
    'ene abr ago dic enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'lunes martes miércoles jueves viernes sábado domingo ' +
    'contribute help support ensure verify validate improve document merge migrate upgrade explore assign identify expand vote implement attend join calling looking seeking ' +
    'announce notify remind file nominate recruit onboard engage encourage determine evaluate assess enable disable deprecate rename refactor rework resolve resume rewrite figure triag ' +
    // (`Complete P1 - Project Setup`: the part of the coursework after the dash, no one's name.)
    'project projects setup ' +
    // (`Limit to just the hospital's patients`: the verb, then what it limits to.)
    'limit restrict narrow reduce increase ' +
    // (`Can also start the clustering steps`: the verb of what may be done, no one called Can.)
    'can could should would might must ' +
    'discord slack teams zoom meet figma miro jira notion trello github gitlab google drive sheets excel word powerpoint keynote canva whatsapp telegram gmail outlook youtube instagram facebook twitter linkedin kafka docker'
  )
    .split(/\s+/)
    .map(fold),
);

/** Common words that start with a surname's character (`方案将…`, `向客户确认…`, `周五前…`): not names. */
const HAN_NOT_NAMES =
  /^(?:方案|方向|方式|方面|向客|向甲|于是|高清|高层|高管|白色|金额|金牌|马上|周末|周报|任务|任何|程序|史上|陆续|毛利|龙头|段落|黄金|王牌|万一|江南|石材|林业|何时|许多|潘通|孔位|夏季|夏天|严格|余额|余下|田野|董事|曾经|范围|周[一二三四五六日]|司机|司法|司令|白板|高级|金融)/u;

/** Names found in `within` (which starts at `at`), each placed where it is written, in order. */
function placed(names: readonly string[], within: string, at: number): Owner[] {
  let from = 0;
  return names.map((n) => {
    const i = Math.max(0, within.indexOf(n, from));
    from = i + n.length;
    return { name: n, start: at + i, end: at + i + n.length };
  });
}

/** Trailing punctuation is not part of a name (`Marta Gil.` is `Marta Gil`); nor are surrounding emphasis marks. */
export function trimName(name: string): string {
  return name
    .replace(/^[\s*_]+/, '')
    .replace(/[\s*_.,;:!?。，；：！？、|·—–-]+$/u, '')
    .trim();
}

/** The names of a `Marta, Ben and Ana` group that are names (each word checked against the ordinary words). */
function realNames(group: string): string[] {
  const names = group
    // (`（李海航 王翔宇）`: Chinese names apart by a space.)
    .split(/[ \t]*(?:,|&|\/|\+|\band\b|\by\b|\be\b|、|，|和|与|及)[ \t]*|(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/u)
    .map(trimName)
    // `The SC to review …`: a governing body, with its article.
    .map((n) => n.replace(/^(?:the|el|la)[ \t]+(?=\p{Lu}{2,6}$)/iu, ''))
    .filter(Boolean);
  return names.every((n) => isNameLike(n)) ? names : [];
}

/** realNames, or the roster's people when a word of theirs is also a word for something else (`Jan`, a month). */
function peopleNamed(group: string, roster: Roster | undefined): string[] {
  const real = realNames(group);
  if (real.length || !roster) return real;
  const parts = group
    .split(/[ \t]*(?:,|&|\/|\+|\band\b)[ \t]*/u)
    .map(trimName)
    .filter(Boolean);
  return parts.length > 0 && parts.every((n) => inRoster(n, roster)) ? parts : [];
}

/**
 * A governing body by its initials: a committee or council (`TSC`, `LCGC`, `SC`), a working group (`WG`,
 * `DEIWG`), a task force or steering group (`TF`, `SG`). Not any capitals: `API will return …`, `CI to run …`.
 */
const GOVERNING_BODY = /^\p{Lu}{0,4}(?:C|WG|TF|SG)$/u;

function isNameLike(name: string): boolean {
  if (/\p{Script=Han}/u.test(name)) return HAN_NAME_ONLY.test(name);
  // (`Anas El Hani`, `Omar Al Rashid`: a capitalised particle inside the name is the name's, not an article.)
  const words = name
    .split(/[ \t]+/)
    .filter(
      (w, i, all) =>
        !/^(?:de|del|la|van|von|da|di|du|le)$/.test(w) && !(i > 0 && i < all.length - 1 && INNER_PARTICLE.test(w)),
    );
  if (words.length === 0) return false;
  // `(Estimación Fibonacci)`, `(Documentation)`: a word that names a thing (the roster's people pass before this).
  if (words.some((w) => THING_ENDING.test(w))) return false;
  // Upper-case initials (`JD`) are names unless they are a common abbreviation.
  return (
    words.every(
      (w) => !NOT_NAMES.has(fold(w.replace(/[.'’]+$/, ''))) && (!/^\p{Lu}{4,}$/u.test(w) || GOVERNING_BODY.test(w)),
    ) && !/\d/.test(name)
  );
}

/** A particle written with a capital inside an Arabic or Spanish name: `El`, `Al`, `Ben`, `Bin`, `Ibn`, `Abu`, `Del`. */
const INNER_PARTICLE = /^(?:El|Al|Ben|Bin|Ibn|Abu|Del|De|La)$/u;

/**
 * Endings of words for things and doings (`Estimación`, `Interacciones`, `Simbología`, `Deployment`, `Documentation`), not of names:
 * `Clement`, `Florence`, `Asunción` and `Concepción` keep theirs.
 */
const THING_ENDING =
  /^(?!(?:asunci|concepci|encarnaci)[oó]n$)\p{L}{3,}(?:ci[oó]n|ciones|tion|idad(?:es)?|ness|olog[ií]as?)$|^\p{L}{4,}ment$/iu;

/** A due date closing an item, after the owner: `, due 2026-11-30`, `，截止 11月30日`, `, 12月1日前`. */
const DUE_TAIL = new GuardedPattern(
  'DUE_TAIL',
  String.raw`[ \t]*(?:(?:[,，;；|]|——|—|–|[ \t]-)[ \t]*)?(?:(?:(?<![\p{L}])(?:due|by|deadline|not?[ \t]+later[ \t]+than|fecha[ \t]+l[ií]mite|para[ \t]+el|antes[ \t]+del?|a[ \t]+m[aá]s[ \t]+tardar|hasta(?:[ \t]+el)?(?=[ \t]+\d))(?![\p{L}])|截止(?:日期|时间)?|期限|最迟|不晚于)[^()（）[\]—–\n]*|\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号][ \t]*(?:之?前|以前))[.。]?$`,
  'iu',
  // One of its words, with its flags (so that case is folded alike), or 月.
  (t) => /due|by|deadline|later|fecha|para|antes|tardar|hasta|截止|期限|最迟|不晚于|月/iu.test(t),
);
/** The text without the due date that closes it (DUE_TAIL). */
function withoutDueTail(text: string): string {
  return DUE_TAIL.replace(text, '');
}

/**
 * Words for things or doings leading `… to <verb>`, not names: `Patterns to apply`, `Requirements to check`,
 * `Calculate Resistance and Inductance to make sure …`, `Resolves to have …` (Constance, Florence keep theirs).
 */
const THING_BEFORE_TO =
  /^(?!(?:Constance|Florence|Lawrence|Laurence|Terrence|Terence|Clarence|Prudence)$)\p{Lu}\p{Ll}{3,}(?:ance|ence)s?$|^\p{Lu}\p{Ll}{2,}(?:rns|nts|cts|rks|sts|lts|sks|pts|ings)$|^\p{Lu}\p{Ll}{4,}ves$/u;

/** Words after `to` that show the item is not `Name to <verb>` (`Thanks to the team`, `Welcome to Acme`). */
const NOT_VERBS = new Set(
  // `Script to client`, `Reel to legal`: what goes where, not who does it.
  'the a an our their his her its my your this that these those all each every be been being and or of in on at for with from by about it them him us me you client clients legal print press production studio agency approval printer printers finance procurement media agenda minutes'.split(
    ' ',
  ),
);

/**
 * The whole group as owner, in brackets anywhere on the item's first line: `(todos)`, `(todos en la próxima
 * llamada)`, `(everyone)`, `(all)`, `（全体）`. Real minutes assign shared tasks this way; the group word is the owner.
 */
const GROUP_BRACKET = new GuardedPattern(
  'GROUP_BRACKET',
  String.raw`[(（[][ \t]*(todos|todas|todo el equipo|el equipo|everyone|everybody|all|the team|whole team|全体|大家|全员)(?![\p{L}\p{N}])[^)）\]\n]*[)）\]]`,
  'iu',
  (t) => /[(（[]/.test(t) && GROUP_NEEDS.test(t),
);

/**
 * A side of the team leading a task as its label (`**Design:** Revise the UI`, `**后端**：梳理数据库表设计`,
 * `Frontend: build the page`): that side owns it.
 */
const TEAM_ROLE_WORDS =
  // (A side of the app is the subgroup building it: `访客端：访客主页`, `管理端：扫码页面`.)
  'front-?end|back-?end|full-?stack|design|qa|devops|ops|marketing|creative|media|前端|后端|全栈|全站|测试|产品|设计|运维|算法|运营|美工|文案|客户端|服务端|移动端|客制化|(?:访客|管理|用户|商家|教师|学生|网页|小程序)端';
const TEAM_ROLES = `(?:${TEAM_ROLE_WORDS})(?: ?(?:组|团队|team|squad))?`;
/**
 * A group leading the item as its label: `All: review the RFC`, `TSC members: vote`, `All interested parties:
 * attend`, `Todos: revisar`, `全体：确认`. Shared tasks are handed out this way; the group is the owner. (Owners and
 * volunteers after a verb in -ing are asked for, not addressed: `Calling volunteers to close the tickets`.)
 */
const GROUP_WORDS = String.raw`(?:all of us|all|both(?: of us)?|everyone|everybody|the team|whole team|all (?:attendees|participants|members|maintainers|reviewers|champions|interested (?:participants|parties|people))|(?:all )?(?:[\p{L}\p{N}-]+ ){0,3}(?:members|team|leads|chairs|reviewers|maintainers|champions|working group|wg|committee)|(?:all )?(?:(?![\p{L}]+ing )[\p{L}\p{N}-]+ ){0,3}(?:owners|volunteers)|todos|todas|todo el equipo|el equipo|todos los asistentes|todos los (?:miembros|integrantes|participantes)|(?:el )?equipo (?:colectivo|completo|de [\p{L}]+)|cada (?:miembro|uno|una|integrante|participante)|ambos|ambas|全体|大家|全员|所有人|全体成员|全体参会人员|所有成员|各成员|每位成员|${TEAM_ROLES})`;
const GROUP_LABEL = new GuardedPattern(
  'GROUP_LABEL',
  // (Or a dash and `Please`: `Subsection owners- Please ensure …`, a request addressed to the group.)
  String.raw`^[ \t]*(?:\*\*|__)?(?:for[ \t]+)?(${GROUP_WORDS})(?:\*\*|__)?[ \t]*(?:[:：]|[-–—][ \t]*(?=please[ \t]))`,
  'iu',
  (t) => /[:：]|please[ \t]/iu.test(t) && GROUP_NEEDS.test(t),
);
/**
 * `All attendees to review …`, `Working group members to provide …`, `Members were asked to …`, `所有成员于…前完成…`:
 * the group leading a task.
 */
/** `Group - Pre-read the wireframe`, `All – review the deck`: the whole group, then a dash and the task. */
const GROUP_DASH = new GuardedPattern(
  'GROUP_DASH',
  String.raw`^[ \t]*(?:\*\*|__)?(group|all|everyone|everybody|team|todos|grupo|equipo)(?:\*\*|__)?[ \t]+[-–—][ \t]+(?:\*\*|__)?\p{L}`,
  'iu',
  (t) => /[-–—]/u.test(t) && GROUP_NEEDS.test(t),
);
const GROUP_TO = new GuardedPattern(
  'GROUP_TO',
  String.raw`^[ \t]*(?:[A-Z]{1,4}\d{1,3}[ \t]*\\?[-–—:.][ \t]*)?(?:\*\*|__)?(?:(${GROUP_WORDS})(?:\*\*|__)?(?:[ \t]*[(（][^()（）\n]{1,40}[)）]|[ \t]+(?:to|of|in|at|from)[ \t]+the[ \t]+[^\n]{1,40}?(?:workshop|meeting|call|session|event|training|webinar))?[ \t]+(?:to|will|should|must|(?:are|were)[ \t]+(?:(?:asked|requested|invited|expected)[ \t]+)?to|deben?|deber[aá]n?|tienen?[ \t]+que|van?[ \t]+a|\p{Ll}+(?:ar|er|ir)[aá]n?(?=[ \t]))[ \t]+\p{L}|(所有成员|全体成员|全员|大家|各成员|每位成员|每个人|每人)(?:\*\*|__)?(?=于|在|需|要|应|须|务必|负责|完成|提交|准备|一起|共同|各|分别|写))`,
  'iu',
  (t) =>
    GROUP_NEEDS.test(t) &&
    /[ \t](?:to|will|should|must|deben?|deber|tienen?|van?|\p{Ll}+(?:ar|er|ir)[aá]n?)[ \t]|成员|全员|大家|每个?人/iu.test(
      t,
    ),
);
/** `Please add yourself to the rota`, `Please sign yourselves up`: each reader asked to do it. */
const PLEASE_YOURSELF = /^[ \t]*(?:\*\*|__)?please[ \t]+(?:\p{Ll}+[ \t]+){1,2}(yourself|yourselves)(?![\p{L}])/iu;
/** [1] `assigned …`: work already handed out, each member to go on with their own (`Work on assigned stories`). */
const EACH_ON_ASSIGNED =
  /^[ \t]*(?:\*\*|__)?(?:(?:keep|continue)[ \t]+(?:working[ \t]+on|with)|work[ \t]+on|(?:seguir|continuar)[ \t]+(?:trabajando[ \t]+en|con)|trabajar[ \t]+en)[ \t]+(?:(?:the|their|our|your|las|sus|nuestras)[ \t]+)?(?:own[ \t]+)?(assigned[ \t]+(?:stories|tasks|issues|tickets|parts|items|features)|(?:tareas|historias|partes)[ \t]+asignadas)[ \t.]*$/iu;
/** `check your user story`: a verb, then `your` and what is each member's own. [1] `your`. */
const EACH_OWN =
  /^[ \t]*(?:check|update|review|finish|revise|write|draft|read|test|fix|improve|polish|prepare|present|complete)[ \t]+(your)[ \t]+\p{L}/u;
/** `draft 3-4 user stories each`: a task said of each member, `each` closing it. [1] `each`. */
const EACH_AFTER = /^[ \t]*\p{Ll}[\p{L}-]+[ \t][^\n]{3,80}?[ \t](each)[ \t]*[.!]?[ \t]*$/u;
/** `By Sunday we must all send Ross …`, `todos debemos revisar …`: the whole team, said inside the sentence. */
const WE_ALL =
  /(?<![\p{L}])(we[ \t]+(?:must|should|will|need[ \t]+to|have[ \t]+to|shall)[ \t]+all|we[ \t]+all[ \t]+(?:must|should|will|need[ \t]+to|have[ \t]+to)|todos[ \t]+(?:debemos|tenemos[ \t]+que|vamos[ \t]+a)|(?:debemos|tenemos[ \t]+que)[ \t]+todos)(?![\p{L}])/iu;
/**
 * What the group patterns (GROUP_BRACKET, GROUP_LABEL, GROUP_TO, LEAD_TEAM, LEAD_NAMED_TEAM) need: one of
 * their group words or a part of it, with their flags.
 */
const GROUP_NEEDS = new RegExp(
  `all|both|ambos|ambas|every|each|team|group|grupo|wg|committee|comit|members|miembros|leads|chairs|reviewers|maintainers|champions|owners|volunteers|todos|todas|equipo|cada|全体|大家|全员|所有人|成员|每个?人|${TEAM_ROLE_WORDS}`,
  'iu',
);
/** `[**Lee**](https://github.com/leebyron): Grant …`: a linked name leading the item. */
const LINKED_NAME_LEAD =
  /^[ \t]*(?:\[[ xX]\][ \t]+)?\[(?:\*\*|__)?@?([\p{L}][\p{L}\p{N}_.' -]{0,38}?)(?:\*\*|__)?\]\([^)\s]*\)[ \t]*[:：]/u;
/** `[Anne Bertucio](mailto:…) to open …`, `[ana@example.com](mailto:…) will …`: a linked full name or address, then the task. */
const LINKED_NAME_TO =
  /^[ \t]*(?:\[[ xX]\][ \t]+)?\[(?:\*\*|__)?([\p{L}\p{N}_.+-]+@[\p{L}\p{N}.-]+|\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2})(?:\*\*|__)?\]\([^)\s]*\)[ \t]*(?:to|will)[ \t]+(?!be(?![\p{L}]))\p{Ll}/u;
/** `leebyron: Update the spec …`, `chennes/kadet1090: Develop …`: lower-case handles and a colon leading a task that starts with a capital. */
const HANDLE_LEAD =
  /^[ \t]*@?([a-z][a-z0-9_.-]{1,37}[a-z0-9_](?:\/[a-z][a-z0-9_.-]{0,37}[a-z0-9_])*)[ \t]*:[ \t]+\p{Lu}/u;

/** Whether an owner name is a whole group (see GROUP_BRACKET, GROUP_LABEL): it is nobody's name, so no roster check applies. */
export function isGroupOwner(name: string): boolean {
  const n = name.trim();
  return (
    // (And the writer of a log of their own meetings: `Action items for me:`.)
    /^(?:todos|todas|todo el equipo|el equipo|everyone|everybody|all|group|grupo|team|equipo|both|ambos|ambas|the team|whole team|全体|大家|全员|每人|每个人|各组|各小组|全体成员|所有成员|主持人|组长|队长|项目经理|记录人|记录员|各组组长|me|myself|mí)$/iu.test(
      n,
    ) ||
    // (`I will …`: the writer, LEAD_I_COMMIT.)
    n === 'I' ||
    GROUP_LABEL.test(`${n}:`)
  );
}

/**
 * The people a document lists as present (its `attendees:` and the names under an Attendees /
 * Asistentes / 参会人员 heading), folded: a name written in lower case or without its accents
 * (`carlos varela`, `Adrián romero`) is still one of them.
 */
export interface Roster {
  /** The names joined: what a cached reading of the items depends on. */
  readonly key: string;
  readonly names: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /**
   * Set when the questions asked of it are noted (analyze.ts, recordingContext: a chunk being edited is
   * checked again only when their answers change): the key of the roster it notes for. Its own `key` is
   * then not read, which would make the chunk depend on every name.
   */
  readonly notedKey?: string;
}

const PARTICLES = /^(?:de|del|la|las|los|van|von|da|di|du|le|y|e)$/i;

const MONTH_NAME = /^(?:jan|mar|april|may|jun|june|july|august)$/;

/** A roster from the names a document gives (`Tom Baker (Acme)`, `Jeremy (@nornagon)`, `Ana Ruiz: backend`). */
export function makeRoster(entries: Iterable<string>): Roster | undefined {
  const names = new Set<string>();
  const words = new Set<string>();
  for (const entry of entries) {
    // The handle in brackets is a name too; the role after a colon or dash is not.
    if (entry.includes('@'))
      for (const m of entry.matchAll(/@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu)) names.add(fold(m[1]));
    const written = trimName(entry.replace(/[(（[].*$/u, '').replace(/(?:[:：|]| [-–—] ).*$/u, ''));
    const name = fold(written);
    // (Two letters only as initials in capitals: `**Present**: AB, CW, JP, LM`.)
    if (!name || (name.length < 3 && !/^\p{Lu}{2}$/u.test(written)) || /\d/.test(name) || name.split(/\s+/).length > 6)
      continue;
    names.add(name);
    // (A month is a first name in a person's full name: `Jan Vereeken`, `April Lee`.)
    const fullName = /^\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u.test(written);
    for (const w of name.split(/\s+/))
      if (w.length >= 3 && !PARTICLES.test(w) && (!NOT_NAMES.has(w) || (fullName && MONTH_NAME.test(w)))) words.add(w);
  }
  if (names.size === 0) return undefined;
  // The starts of first names (`lise` for Lisette) each one name has alone: shortFor.
  const starts = new Map<string, number>();
  for (const first of new Set([...names].map((n) => n.split(' ')[0])))
    for (let k = 3; k < first.length; k++) starts.set(first.slice(0, k), (starts.get(first.slice(0, k)) ?? 0) + 1);
  for (const [start, n] of starts) if (n === 1 && !names.has(start)) words.add(SHORT_NAME + start);
  return { key: [...names].sort().join('|'), names, words };
}

/**
 * `… - lise`, `… - Jan` when Lisette and Jannet are there: a word of three letters or more that starts the first
 * name of one of the roster's people and of no other (a short name for them).
 */
function shortFor(word: string, roster: Roster | undefined): boolean {
  if (!roster || !/^\p{L}\p{Ll}{2,9}$/u.test(word)) return false;
  const w = fold(word);
  // (`- Jan` for Jannet: a month that is also a first name, here the name.)
  return (!NOT_NAMES.has(w) || /^(?:jan|may|june|april|august)$/.test(w)) && roster.words.has(SHORT_NAME + w);
}
/** Marks a short name in the roster's words (makeRoster): the start of one first name only. */
const SHORT_NAME = '\u0004';

/** Whether a name is one of the roster's people: the whole name, or each of its words (`raul montalban`). */
function inRoster(name: string, roster: Roster | undefined): boolean {
  if (!roster) return false;
  const n = fold(name).replace(/^@/, '').replace(/\s+/g, ' ').trim();
  if (roster.names.has(n)) return true;
  const words = n.split(' ').filter((w) => !PARTICLES.test(w));
  return words.length > 0 && words.every((w) => roster.words.has(w));
}

const NAME_WORD_ONLY = new GuardedPattern('NAME_WORD_ONLY', `^${NAME_WORD}$`, 'u', capitalLead);
const HAN_NAME_ONLY = new GuardedPattern('HAN_NAME_ONLY', `^${HAN_NAME}$`, 'u', (t) => HAN_LEAD_NEEDS.test(t));

/**
 * Whether one part of an owners group is a person: up to `maxWords` capitalised name words that are not
 * ordinary words (`Jose Carlos Ortiz Gutierrez`), a Chinese name, or one of the roster's people.
 */
function isPerson(part: string, roster: Roster | undefined, maxWords: number, initials: boolean): boolean {
  if (/\p{Script=Han}/u.test(part)) return HAN_NAME_ONLY.test(part) && !HAN_NOT_NAMES.test(part);
  const words = part.split(/[ \t]+/).filter((w) => w && !PARTICLES.test(w));
  if (words.length === 0) return false;
  // An attendee by their full name (`Heiner Apaza Apaza`: two surnames) is one, however many words.
  if (words.length <= 4 && inRoster(part, roster)) return true;
  if (words.length > maxWords) return false;
  return (
    words.every((w) => NAME_WORD_ONLY.test(w) && (initials || !/^\p{Lu}{2,}$/u.test(w))) && isNameLike(words.join(' '))
  );
}

/** The persons of a group written `Ana, Ben y Carla` / `Sam & Jeremy` / `张伟、李娜`, or none when any part is not one. */
function persons(group: string, roster: Roster | undefined, maxWords: number, initials: boolean): string[] {
  const parts = group
    .split(/[ \t]*(?:,|;|&|\/|\+|(?<=\s)(?:and|y|e)(?=\s)|、|，|和|与|及)[ \t]*/u)
    .map((p) => trimName(p.replace(/^@/, '')))
    .filter(Boolean);
  return parts.length > 0 && parts.length <= 8 && parts.every((p) => isPerson(p, roster, maxWords, initials))
    ? parts
    : [];
}

/** One or two words leading a text that are one of the attendees: both (`Juan Pablo`), or the first (`Nick`). */
function rosterNameLeading(words: string, roster: Roster): string | undefined {
  return [words, words.split(/[ \t]+/)[0]].find((n) => roster.names.has(fold(n)));
}

/**
 * The attendees leading an item's sub-items (`- Code team` / `  - Nick (Framework)` / `  - Jiaming (Template)`),
 * when they lead at least two of them and half: each sub-item's first line, placed at `at`.
 */
export function subItemLeaders(subs: readonly { text: string; at: number }[], roster: Roster | undefined): Owner[] {
  if (!roster || subs.length < 2) return [];
  const out: Owner[] = [];
  for (const sub of subs) {
    const m = /^[ \t*_]*(\p{L}+(?:[ \t]+\p{L}+)?)/u.exec(sub.text.slice(0, 80));
    const name = m && rosterNameLeading(m[1], roster);
    if (name)
      out.push({
        name,
        start: sub.at + m.index + m[0].indexOf(name),
        end: sub.at + m.index + m[0].indexOf(name) + name.length,
      });
  }
  return out.length >= 2 && out.length * 2 >= subs.length ? out : [];
}

/**
 * `- List the posts to publish` / `  - Browser plugin (Marta)` / `  - Release notes (Brian)`: a task shared out in
 * its sub-items, two or more and at least half of which name who does their part; those people own it.
 */
const SHARED_PART = /[(（][^()（）\n]{1,40}[)）][ \t.。]*$|(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_]/u;
/** A part closed by who does it after a dash (`New levels - omar`, `Shop page — Priya`). */
const SHARED_PART_DASH = /[ \t](?:—|–|-)[ \t]*\p{L}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t.]*$/u;
export function sharedOutOwners(subs: readonly { text: string; at: number }[], roster: Roster | undefined): Owner[] {
  if (subs.length < 2) return [];
  const out: Owner[] = [];
  let named = 0;
  for (const sub of subs) {
    // `Login page, Settings: Omar`: the part, then who does it alone after the colon.
    const part = partThenName(sub.text, roster);
    if (part) {
      named++;
      const at = sub.at + sub.text.lastIndexOf(part);
      if (!out.some((x) => x.name === part)) out.push({ name: part, start: at, end: at + part.length });
      continue;
    }
    // (Who is named in the brackets closing the part, by a handle or after a closing dash: `Kim: keep the
    // metaphors` is who said what.)
    if (!SHARED_PART.test(sub.text) && !SHARED_PART_DASH.test(sub.text)) continue;
    const own = findOwners(sub.text.slice(0, 200), sub.at, roster);
    if (own.length === 0) continue;
    named++;
    for (const o of own) if (!out.some((x) => x.name === o.name)) out.push(o);
  }
  return named >= 2 && named * 2 >= subs.length ? out : [];
}

/**
 * The owners an item's only sub-item names by itself (`* Upgrade the account` / `  * Nidhi`, `  * Aung, Nathan,
 * Daniel`): names of the document's people, or two and more names in a list. One capitalised word alone
 * (`* Styling`, `* Backend`) may be a part of the work, so it counts only when the attendees name it.
 */
export function soleSubItemOwners(text: string, at: number, roster: Roster | undefined): Owner[] {
  const line = text.replace(/[ \t.。]+$/u, '');
  const lead = /^[ \t*_]*/.exec(line)![0].length;
  const bare = line.slice(lead).replace(/[*_]+$/, '');
  if (!bare || bare.length > 80 || /[:：()（）[\]@#\d]/u.test(bare)) return [];
  const parts = persons(bare, roster, 3, false);
  if (parts.length === 0 || (parts.length === 1 && !inRoster(parts[0], roster))) return [];
  return parts.map((name) => {
    const i = text.indexOf(name);
    return { name, start: at + Math.max(0, i), end: at + Math.max(0, i) + name.length };
  });
}

/**
 * `与会人员根据实际情况选择后续工作方向` / `张伟：对接硬件` / `李娜，王强：复现并改进`: an item's first line says what is to
 * be done, and every line continuing it is a part led by a label and a colon; the people those labels name own
 * the item (none when a line is something else). `src`: the item's own text, its continuation lines as written
 * or trimmed (the scan's).
 */
export function continuedOwners(src: string, base: number, roster: Roster | undefined): Owner[] {
  let at = src.indexOf('\n') + 1;
  if (at === 0) return [];
  const out: Owner[] = [];
  for (const line of src.slice(at).split('\n')) {
    const lead = /^[ \t]*/.exec(line)![0].length;
    const own = line.slice(lead).replace(/[ \t\r]+$/, '');
    if (own) {
      const label = CONTINUED_LABEL.exec(own);
      if (!label) return [];
      // (The label and the start of the part read: who leads the line, not all it says.)
      for (const o of findOwners(own.slice(0, label[0].length + 40).trimEnd(), base + at + lead, roster))
        if (o.start < base + at + lead + label[0].length) out.push(o);
    }
    at += line.length + 1;
  }
  return out;
}
/** A part's label and its colon leading a line, then the part: `张伟：`, `李娜，王强：`, `Ana y Luis:`. */
const CONTINUED_LABEL = /^[^:：\n]{1,24}[:：](?=[ \t]*\S)/u;

/** `[ACTION] Sam & Jeremy to …`, `ACTION: Ana to …`, `**Action item:** …`, `TODO: …`, `行动：…`: the tag is not the item's first word. */
export const ACTION_TAG =
  /^[ \t]*(?:(?:\*\*|__)?\d+(?:\.\d+)+[:.)]?(?:\*\*|__)?[ \t]*(?:[:—–-][ \t]*)?|\[[ \t]*(?:ACTION|ACTION ITEM|AI|TODO|ACCI[OÓ]N|行动)[ \t]*\][ \t]*[:：]?|(?:\*\*|__)?(?:ACTION|Action item|AI|TODO|Acci[oó]n|Tarea|行动)(?:\*\*|__)?(?:[ \t]*[:：]|[ \t]+[—–-](?=[ \t]))(?:\*\*|__)?)[ \t]*/iu;

/** Lower-case words alone in brackets that are not handles: how an item stands, when, how much. */
/** A bold label leading an item, then its text: `**Review of the schema:** …`, `**Budget**: …`. */
const BOLD_LABEL_LEAD = /^[ \t]*(?:\*\*|__)[^*_\n]{1,60}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*(?=\S)/u;
const TEAM_LEADS_ZH =
  /^[ \t]*((?:前端|后端|前后端|客户端|服务端|设计|美术|测试|产品|运营|文案|策划|媒介|创意)(?:组|小组|团队|部)?)(?=继续|负责|完成|建立|实现|开发|修改|整理|准备|提交|跟进|对接|搭建|优化|编写|调研|补充|完善|确认|更新)/u;
/** Initials in brackets leading an item, then its text: `[NM]\tCreate …`, `[ML, NM]  Investigate …` (not `[x]`, `[TBD]`). */
const LEADING_INITIALS = /^\[(\p{Lu}{2,3}(?:[ \t]*[,/&][ \t]*\p{Lu}{2,3}){0,4})\][ \t]+\p{L}/u;
const BRACKET_WORDS = new Set(
  'optional draft wip done blocked maybe again later urgent pending ongoing reopened postponed cancelled canceled closed merged open approved rejected tbd tbc asap nightly beta stable alpha cont continued recurring weekly daily monthly yearly important priority high low medium critical minor major followup carryover carried repeat recap reminder internal external client agency all everyone team optional required mandatory pendiente hecho opcional urgente borrador todos todas equipo cliente agencia semanal diario mensual interno externo nuevo nueva revisado revisar aprobado audio video vídeo pdf slides deck figma excel ppt png jpg link links url web mobile desktop backend frontend api ui ux online remote remoto presencial'.split(
    ' ',
  ),
);

/** Two-letter words and abbreviations in brackets that are not a person's initials: times, languages, units, roles. */
const SHORT_WORDS = new Set(
  'am pm ok no si sí id en es zh de fr it pt ja ko ru ui ux qa pr ci cd vs eg ie tv hr km kg cm mm ml mb gb kb tb ms ns us eu uk un la ny sf hq ip os db js ts py go md hd ad ai ar vr tk wk mo yr ea pp nb ps pd cc bc re fy ya ha oh ah uh ex al et'.split(
    ' ',
  ),
);

/** Brackets closing the whole text, after its first line. */
const CLOSING_BRACKET = /[(（[]([^()（）[\]\n]{1,80})[)）\]][ \t.;,]*$/u;

/** `(maybe nikomatsakis?)`, `(eddyb/nikomatsakis, perhaps?)`, `(quizás Ana)`: a tentative owner is still the owner. */
const HEDGE =
  /^(?:maybe|perhaps|possibly|probably|likely|via|tal[ \t]+vez|quiz[aá]s?|可能)[ \t]+|,?[ \t]+(?:maybe|perhaps|possibly|probably|tal[ \t]+vez|quiz[aá]s?)$|[ \t]*[?？]$/giu;

/** `new for Gary Cooper`: a task set at this meeting for someone, in brackets closing it: [1] who. */
const NEW_FOR = /^(?:new|nuevo|nueva)[ \t]+(?:for|para)[ \t]+(\S[^()（）[\]\n]{0,40})$/iu;

/** A deadline after the name in the brackets: `, by the next meeting`, `; due Friday`, `, para el lunes`. */
const BRACKETED_DUE = /[ \t]*[,;，][ \t]*(?:by|due|before|until|till|para|antes|hasta|截止)(?![\p{L}])[^()（）]*$/iu;

/**
 * The owners in one pair of brackets: the roster's people or capitalised names (no acronyms, `(UML)`), or a
 * lower-case handle alone (`(scottmcm)`), not a word that says how the item stands (`(optional)`); two letters
 * (`(mw)`) only where the brackets close the item, and not a short word (`(pm)`, `(es)`).
 */
function bracketOwners(bracketed: string, closes: boolean, roster: Roster | undefined): string[] {
  // (`(Shane Coughlan, by the next meeting)`: the deadline after the name is not part of it.)
  const inner = bracketed.trim().replace(BRACKETED_DUE, '').replace(HEDGE, '').replace(HEDGE, '').trim();
  const isHandle = (h: string) =>
    (/^@?[a-z][a-z0-9_.-]{1,37}[a-z0-9_]$/.test(h) || (closes && /^[a-z]{2}$/.test(h) && !SHORT_WORDS.has(h))) &&
    !BRACKET_WORDS.has(h) &&
    !NOT_NAMES.has(h) &&
    !FILE_NAME.test(h);
  if (isHandle(inner)) return [inner.replace(/^@/, '')];
  // `(nikomatsakis, scalexm)`, `(aturon & centril)`: several handles.
  const several = inner.split(/[ \t]*(?:,|&|\/|\+|[ \t]and[ \t]|[ \t]y[ \t])[ \t]*/);
  if (several.length > 1 && several.length <= 4 && several.every(isHandle))
    return several.map((h) => h.replace(/^@/, ''));
  // `[new for Gary Cooper]`, `[new for all members]` closing an item: a task newly set for them.
  const setFor = closes ? NEW_FOR.exec(inner) : null;
  if (setFor) {
    const rest = setFor[1].trim();
    if (isGroupOwner(rest) || /^all[ \t]+(?:members|attendees|participants)$/iu.test(rest)) return [rest];
    return persons(rest, roster, 3, false);
  }
  const found = persons(inner, roster, 3, false);
  // Where the minutes list who took part, three single words or more none of whom is there name things, not
  // people: `Build the API controllers (Order, Invoice, Client)`. (One, `(Wendy)`, may be someone not present.)
  if (closes && roster && found.length >= 3 && found.every((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && !inRoster(n, roster)))
    return [];
  return found;
}

/** One person in a group leading or closing an item: a handle or a name of one or two words. */
const GROUP_PART = String.raw`@?(?:\p{Lu}[\p{L}\p{N}_.'’-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?|[\p{Ll}\p{N}_][\p{L}\p{N}_.'’-]*)`;
const GROUP_SEPARATOR = String.raw`[ \t]*(?:,|&|\+|\/|[ \t]and[ \t]|[ \t]y[ \t])[ \t]*`;
/**
 * `jcscott - Do full runs`, `sam: to update it`, `Sam & jbedard: read …`, `ana and lee to review …`,
 * `gsnedders + jgraham Review RFC`: [1] the people, then [2] a colon, [3] a dash, [4] `to`/`will` and [5] the
 * verb after it, or a word.
 */
const LEAD_GROUP = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?(${GROUP_PART}(?:${GROUP_SEPARATOR}${GROUP_PART}){0,5})(?:\*\*|__)?(?:[ \t]*([:：])[ \t]*|[ \t]+([-–—])[ \t]+|[ \t]+(to|will)[ \t]+(\p{Ll}+)|[ \t]+(?=\p{L}))`,
  'u',
);
/** The roster's people after a clause: `…, we resend. lee to call them`, `if legal agrees, ana to publish`. */
const CLAUSE_GROUP = new RegExp(
  String.raw`(?<=[.;,][ \t]+)(${GROUP_PART}(?:${GROUP_SEPARATOR}${GROUP_PART}){0,3})[ \t]+(?:to|will)[ \t]+\p{Ll}`,
  'gu',
);
/** A lower-case handle opening a later sentence, then `to`/`will` and [2] a verb. */
const SENTENCE_HANDLE = /(?<=[.;][ \t]+)([a-z][a-z0-9_.-]{1,37}[a-z0-9_])[ \t]+(?:to|will)[ \t]+(\p{Ll}+)/gu;
/** `… -- Ana Ruiz`, `… - sam`, `… ---张海龙`, `… -- Clement Li/Prof.Cao`: [1] the dash, [2] who. */
const TRAILING_PEOPLE =
  /(?:^|[ \t])(---|--|—|–|-)[ \t]*([\p{L}@][\p{L}\p{N}_.'’@ \t/&,+、，-]{0,40}?)[ \t]*(?:[.。][ \t]*)?$/u;
/** A date closing the line after the owner (`… ---王芳 2026-12-20`). */
const DATE_CLOSING = /[ \t,，]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}[日号]?)[ \t]*$/u;
/** A date right after the owner's name, a space between (`— 王磊 11.30`, `— Dana 30/11`). */
const DATE_AFTER_NAME =
  /(?<=\p{L})[ \t]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)[ \t]*(?:(?:之?前)[ \t]*)?$/u;
const TAG_NAME_COMMA = /^[ \t]*@?(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*,[ \t]+\p{Ll}/u;
/**
 * `ACTION: SKoT to get …`, `Action NickB to insert …`, `ACTION: StuartM - Form …`, `ACTION - Lewis - External
 * Sales - …`: after an action tag (its colon may be missing), one word, then `to` or `will` and a verb, or a dash.
 * The word is a member's handle when it has two capitals or more (`SKoT`, `MitchK`), else a person of the roster.
 */
const TAG_HANDLE =
  /^[ \t]*(?:\*\*|__)?(?:ACTION|Action)(?:\*\*|__)?(?:[ \t]*[:：—–-][ \t]*|[ \t]+)(?:\*\*|__)?(\p{Lu}[\p{L}\p{N}]{1,20})(?:\*\*|__)?[ \t]+(?:(?:to|will)[ \t]+(?!be(?![\p{L}]))\p{Ll}|[-–—][ \t]+\S)/u;
const TWO_CAPITALS = /^\p{Lu}[\p{L}\p{N}]*\p{Lu}/u;
/** HackMD's author tag: `[name=Priya]`. */
const HACKMD_NAME = /\[name=([^\]\n=]{1,40})\]/u;
const LOWER_HANDLE = /^@?[a-z][a-z0-9_.-]{1,37}[a-z0-9_]$/;

function groupParts(group: string): string[] {
  return group
    .split(new RegExp(GROUP_SEPARATOR, 'u'))
    .map((p) => trimName(p.replace(/^@/, '')))
    .filter(Boolean);
}

/** Whether a lower-case word can be someone's handle: not an ordinary word that leads items. */
function isHandleWord(h: string): boolean {
  return LOWER_HANDLE.test(h) && !BEFORE_TO.has(h) && !NOT_NAMES.has(h) && !BRACKET_WORDS.has(h) && !FILE_NAME.test(h);
}
/** `index.html`, `main.ts`, `brief.pdf`: a file, not someone's handle. */
const FILE_NAME =
  /\.(?:html?|md|mdx|js|jsx|ts|tsx|css|scss|json|py|java|go|rb|php|c|cpp|h|sh|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|svg|txt|csv|ya?ml|xml|sql)$/;

/** The people of a LEAD_GROUP match: the roster's, or, before `to`/`will`, two or more names or handles. */
function leadGroupNames(m: RegExpExecArray, roster: Roster | undefined): string[] {
  const parts = groupParts(m[1]);
  if (parts.length === 0) return [];
  if (parts.every((p) => inRoster(p, roster)))
    return m[4] === undefined && parts.length === 1 && !m[2] && !m[3] ? [] : parts;
  // `Sam & jbedard: read through …`: one of the people and someone else written as a name or a handle.
  if (
    (m[2] || m[3]) &&
    parts.length > 1 &&
    parts.some((p) => inRoster(p, roster)) &&
    parts.every((p) => inRoster(p, roster) || isHandleWord(p) || isPerson(p, roster, 2, true))
  )
    return parts;
  // `jcscottiii - Use the diff view`: a handle, a dash and a task starting with a capital.
  if (
    m[3] &&
    parts.length === 1 &&
    isHandleWord(parts[0]) &&
    !NOT_SPEAKERS.has(parts[0]) &&
    /^(?:\*\*|__)?\p{Lu}\p{Ll}/u.test(m.input.slice(m.index + m[0].length))
  )
    return parts;
  // Without the roster, only a group before `to`/`will` and a verb (`ana and lee to review`).
  if (m[4] === undefined || parts.length < 2 || NOT_VERBS.has(m[5])) return [];
  // (`Calculate Resistance and Inductance to make sure …`: things, not people.)
  if (parts.some((p) => p.split(/[ \t]+/).some((w) => THING_BEFORE_TO.test(w)))) return [];
  return parts.every((p) => isHandleWord(p) || isPerson(p, roster, 2, true) || isNicknameAmong(p, parts, roster))
    ? parts
    : [];
}

/** A member's nickname in mixed case (`DLz`, `SKoT`), beside a person in the same group: `Tara and DLz to propose …`. */
function isNicknameAmong(part: string, parts: readonly string[], roster: Roster | undefined): boolean {
  return (
    /^\p{Lu}\p{L}{0,6}$/u.test(part) &&
    TWO_CAPITALS.test(part) &&
    /\p{Ll}/u.test(part) &&
    parts.some((q) => q !== part && isPerson(q, roster, 2, false))
  );
}

/** The people of a TRAILING_PEOPLE match: the roster's or a group word; after `--`, names as written. */
function trailingPeople(m: RegExpExecArray, roster: Roster | undefined): string[] {
  const who = m[2].trim();
  if (isGroupOwner(who)) return [who];
  const parts = who
    .split(/[ \t]*(?:,|&|\+|\/|、|，|[ \t]and[ \t]|[ \t]y[ \t])[ \t]*/u)
    .map((p) => trimName(p.replace(/^@/, '')))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return [];
  if (parts.every((p) => inRoster(p, roster) || shortFor(p, roster))) return parts;
  // `-- Xia wenzong`, `---张海龙`: a double dash sets the author off; a name as written follows it.
  if (m[1].length < 2 && m[1] !== '—') return [];
  const named = (p: string) =>
    HAN_NAME_ONLY.test(p) ||
    (/^\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,2}$/u.test(p) && !NOT_NAMES.has(fold(p.split(/[ \t.]/)[0])));
  return parts.every(named) ? parts : [];
}

/** `A cargo de Lucía Herrera: …`, `A cargo de Ana y Luis,`: the people in charge, named before the task. */
const IN_CHARGE = new GuardedPattern(
  'IN_CHARGE',
  String.raw`^[ \t]*${EMPH}(?:[Aa][ \t]+cargo[ \t]+de|[Ii]n[ \t]+charge:?)[ \t]+(${NAMES})${EMPH}[ \t]*[:：,]`,
  'u',
  (t) => t.includes('cargo') || t.includes('charge'),
);

/** `For Silona: check the rights`, `Para Lucía: …`: the person the task is for, named before a colon. */
const FOR_NAME = new GuardedPattern(
  'FOR_NAME',
  String.raw`^[ \t]*${EMPH}(?:[Ff]or|[Pp]ara)[ \t]+(${NAMES})${EMPH}[ \t]*[:：]${EMPH}[ \t]+\S`,
  'u',
  (t) => /^[ \t*_]*(?:[Ff]or|[Pp]ara)[ \t]/.test(t),
);
/** `Check the logo rights FLETCHER`: an attendee's name in capitals closing the item (only the roster's). */
const TRAILING_CAPITALS = /[ \t]\p{Lu}{3,}(?:[ \t]+\p{Lu}{3,})?[ \t]*(?:[.。][ \t]*)?$/u;

/** A bold label leading the item: `**PR Review and Approval:** …`, `**Feedback**: …`. */
const BOLD_LABEL = /^[ \t]*(?:\*\*|__)[^*_\n]{1,60}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*/u;

/** A word that reads like a thing, not a person: a plural (`Mockups`, `Docs`), a -tion or -ment word, a department. */
const LABEL_LIKE = /(?:[^aeiouáéíóú\s]s|tion|sion|ment|ness|ity|ing)$/iu;
/**
 * The last word of a label that names a topic, with or without a roster: `Seguridad:`, `Deployment:`,
 * `Pricing:`, `Hash mismatch investigation:`. Not `-ing` after a syllable of a Chinese given name in pinyin
 * (`Xiaoming:`, `Jianping:`), nor short words (`Clement`, `Jing`), nor `Soledad`.
 */
const TOPIC_WORD =
  /(?:\p{L}{2}(?:tion|sion|ness|ción|sión|cion|(?<!sole)dad|tad|miento|ismo)|\p{L}{4}ment|\p{L}{3}ics|\p{L}{3,}(?<![aeiouün][bpmdtnljqxy])ing)s?$/iu;
/** What follows `Naomi taking` when a person does it: `notes`, `the lead`, `it over`. */
const DOING_OBJECT =
  /^[ \t]+(?:the|a|an|this|that|these|those|it|them|our|their|his|her|notes|minutes|point|care|lead|over|on|up|at|into|after)(?![\p{L}])/iu;

/** A label leading the item without emphasis (`EIP 2515: James will chart it`), no time's or URL's colon. */
const PLAIN_LABEL = /^[ \t]*[^:：\n]{1,40}?(?<!\d)[:：][ \t]+/u;

/** Brackets holding owners anywhere on the first line: `Mockups (Paula) -> …`, `Matriz RACI(Íñigo)`, `[Michelle] Put …`. */
const BRACKETS = /[(（[]([^()（）[\]\n]{1,80})[)）\]](?![(])/gu;

/**
 * `Análisis de costes: Carlos y Raúl`, `Casos de uso: José …, Ramón …`, `整理纪要：张伟、李娜`: the owners
 * after the item's last colon, the whole rest of the item being names (a due date may close it).
 */
function ownersAfterColon(whole: string, roster: Roster | undefined): { names: string[]; at: number } | undefined {
  // The due date closing the item (`…, fecha límite: 2026-12-02`) has a colon of its own.
  const text = withoutDueTail(whole.replace(/\s+$/, ''));
  let colon = -1;
  // The last colon that closes a label: not a URL's or a time's.
  for (const m of text.matchAll(/：|:(?=[ \t\n]|$)/gu)) if (!/\d$/.test(text.slice(0, m.index))) colon = m.index!;
  if (colon <= 0) return undefined;
  const head = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1);
  const tail = withoutDueTail(rest.replace(/\s+$/, '')).replace(/\s+/g, ' ');
  if (!head || !tail.trim() || tail.length > 160) return undefined;
  // `Prioridad: Baja`, `Estado: Abierta` on a line of the item's own: how it stands, no one.
  if (PROPERTY_LABEL.test(head.slice(head.lastIndexOf('\n') + 1))) return undefined;
  const names = persons(trimName(tail), roster, 5, true);
  if (names.length === 0) return undefined;
  const lead = rest.length - rest.trimStart().length;
  return { names, at: colon + 1 + lead };
}

/** A label of how an item stands (`Prioridad`, `Estado`, `Severidad`), whose value is no person. */
const PROPERTY_LABEL = /^[ \t*_]*(?:prioridad|estado|severidad|impacto|esfuerzo|complejidad|nivel)[ \t*_]*$/iu;

/**
 * `**Set up the meeting with the printer:** sliptonic`, `**Draft the email:** chennes and obelisk`: the task
 * as a bold label, then only lower-case handles (no word that says how the item stands, `**Status:** done`).
 */
const BOLD_TASK_HANDLES =
  /^[ \t]*(?:\*\*|__)[^*_\n]{3,120}?[:：](?:\*\*|__)[ \t]+(@?[a-z][a-z0-9_.-]{1,37}[a-z0-9_](?:[ \t]*(?:,|&|\/|and)[ \t]*@?[a-z][a-z0-9_.-]{1,37}[a-z0-9_])*)[ \t.]*$/u;
function boldTaskHandles(text: string): { names: string[]; at: number } | undefined {
  const m = BOLD_TASK_HANDLES.exec(text);
  if (!m) return undefined;
  // The label is a task: two words or more, led by a verb (`Set up …`, `Draft …`), not `**Location:** online`.
  const label = m[0]
    .replace(/^[ \t]*(?:\*\*|__)/, '')
    .split(/[:：]/)[0]
    .trim()
    .split(/[ \t]+/);
  if (label.length < 2 || !NOT_NAMES.has(fold(label[0]))) return undefined;
  const names = m[1]
    .split(/[ \t]*(?:,|&|\/|\+|\band\b)[ \t]*/)
    .map((n) => n.replace(/^@/, ''))
    .filter(Boolean);
  if (names.some((n) => BRACKET_WORDS.has(n) || NOT_NAMES.has(fold(n)))) return undefined;
  return { names, at: m.index + m[0].lastIndexOf(m[1]) };
}

/** `… a que Raul notifique …`, `…, Ana will send …`: a name as the subject of a clause inside the item. */
const SUBJECT_INSIDE = new GuardedPattern(
  'SUBJECT_INSIDE',
  String.raw`(?:[.;!?,][ \t]+|(?<![\p{L}])(?:que|that|until|once|when|cuando|and|y)[ \t]+)${EMPH}(${NAMES})${EMPH}[ \t]+(?:(to|will|shall|should|must|needs?[ \t]+to|va[ \t]+a|van[ \t]+a|debe|deben|tiene[ \t]+que|se[ \t]+encarga|se[ \t]+encargan)[ \t]+(\p{L}+)|(\p{Ll}+r(?:á|án))(?![\p{L}]))`,
  'gu',
  // A stop or one of its words, spaces, then no lower-case letter, digit or space.
  (t) => /(?:[.;!?,]|que|that|until|once|when|cuando|and|y)[ \t]+[^\sa-z0-9]/.test(t),
);
/** `que Raul notifique`: after `que` a Spanish verb (subjunctive) follows its subject, whatever its ending. */
const QUE_SUBJECT = new GuardedPattern(
  'QUE_SUBJECT',
  String.raw`(?<![\p{L}])que[ 	]+(${NAMES})[ 	]+(\p{Ll}{3,})(?![\p{L}])`,
  'gu',
  (t) => /que[ \t]/.test(t),
);
const NOT_SPANISH_VERBS = new Set(
  'del los las una uno para por con sin sobre entre desde hasta como que más pero este esta esto ese esa'.split(' '),
);

const OR_ANYONE = /[ \t]*\((?:or|o)[ \t]+(?:anyone|anybody|someone|whoever|cualquiera|quien sea)(?:[ \t]+else)?\)/giu;

/** Owners written the usual ways, when no `@name` or `Owner:` label is there. */
function ownersAsWritten(written: string, base: number, roster?: Roster): Owner[] {
  // `[Benjie and Stephen (or anyone else)]`: the offer to others is no name (blanked, so offsets stay).
  let text = written.includes('(') ? written.replace(OR_ANYONE, (m) => ' '.repeat(m.length)) : written;
  // `(Jane, by 12 Dec)`, `（陈立，12月10日前）`: who, then when, in the brackets closing the item; the date is read
  // as the due date, and blanked here so that the name closes the brackets (offsets kept).
  if (/[)）][ \t.。]*$/u.test(text.split('\n')[0]))
    text = text.replace(
      BRACKETED_WHO_WHEN,
      (m, who: string) => who + ' '.repeat(m.length - who.length - 1) + m.slice(-1),
    );
  const out: Owner[] = [];
  const push = (names: readonly string[], group: string, groupAt: number) => {
    let from = 0;
    for (const n of names) {
      const i = group.indexOf(n, from);
      const at = Math.max(i, 0);
      from = at + n.length;
      out.push({ name: n, start: base + groupAt + at, end: base + groupAt + at + n.length });
    }
  };
  // `🕒 Fletcher - Set up …`, `[] AWG Chair will …`: a status pictogram or an empty box leading the item is not part
  // of what it says (blanked: offsets kept).
  if (LEADING_ITEM_PICTOGRAMS.test(text)) text = text.replace(LEADING_ITEM_PICTOGRAMS, (p) => ' '.repeat(p.length));
  const firstLine = text.split('\n')[0];
  // `[ACTION] Sam & Jeremy to …`: read what follows the tag.
  const tag = ACTION_TAG.exec(firstLine);
  const tagLen = tag ? tag[0].length : 0;
  const afterTag = firstLine.slice(tagLen);
  let m: RegExpExecArray | null;
  if ((m = TAGGED.exec(firstLine) ?? TAGGED_WHO.exec(firstLine))) {
    const names = m[1]
      .split(/[ \t]*[,，、/&][ \t]*/)
      .map((n) => trimName(n.replace(/^@/, '')))
      .filter((n) => n && !isPlaceholder(n));
    if (names.length) {
      push(names, m[0], m.index);
      return out;
    }
  }
  // `ACTION - Lee, have a look at …`: after the tag, a name and a comma, then the task in lower case.
  if (tag && (m = TAG_NAME_COMMA.exec(afterTag))) {
    const names = realNames(m[1]);
    if (names.length) {
      push(names, m[0], tagLen + m.index);
      return out;
    }
  }
  if ((m = TAG_HANDLE.exec(firstLine)) && (TWO_CAPITALS.test(m[1]) || inRoster(m[1], roster))) {
    push([m[1]], m[0], m.index);
    return out;
  }
  // `OP-2026-077 — Jo to book the studio`, `YF-2026-140：刘芳负责提交…`: a job number leading the item, then the
  // item as written.
  if ((m = JOB_LED.exec(firstLine))) {
    const rest = ownersAsWritten(text.slice(m[0].length), base + m[0].length, roster);
    if (rest.length) return rest;
  }
  // `【陈立】提交修改稿`, `【Ana】 send the deck`: who, in the corner brackets leading the item.
  if ((m = CORNER_LEAD.exec(firstLine))) {
    const names = m[1]
      .split(/[ \t]*[、,，/&和][ \t]*/u)
      .map(trimName)
      .filter((n) => n && (HAN_NAME_ONLY.test(n) || realNames(n).length > 0 || inRoster(n, roster)));
    if (names.length) {
      push(names, m[0], m.index);
      return out;
    }
  }
  if (text.includes('组') && (m = HAN_CLAUSE_GROUP.exec(firstLine))) {
    push([m[1]], m[0], m.index);
    return out;
  }
  if (text.includes('一组')) {
    const groups = allMatches(HAN_NAMED_GROUPS, firstLine);
    if (groups.length) {
      for (const g of groups) push(g[1].split(/[ \t]*[和、,，与][ \t]*/u), g[0], g.index!);
      return out;
    }
  }
  if ((m = HAN_BY.exec(text))) {
    const names = m[1]
      .split(/[、和与及][ \t]*/u)
      .map(trimName)
      .filter(Boolean);
    push(names, m[0], m.index);
    return out;
  }
  // The forms that lead the item, read after a tag (`[ACTION]`, `**33.2**—`), and again after a bold
  // label that is no name (`**PR review:** Sina will review …`).
  const byLead = (lead: string, at: number): boolean => {
    if ((m = LEAD_NAME.exec(lead))) {
      const [, group, link, next] = m;
      // `Name to <verb>`: the word after `to` must be able to be a verb (`Thanks to the team` is not).
      // `Conflict needs to be resolved`: a thing in the passive, not a person; `Jakub will be adding …`: a
      // person at work.
      const ok =
        link === undefined ||
        !(
          (/^to$/i.test(link) && (NOT_VERBS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next))) ||
          (/^be$/i.test(next) && !/^will$/i.test(link)) ||
          (/^be$/i.test(next) && !/^[ \t]+\p{Ll}+ing(?![\p{L}])/u.test(lead.slice(m.index + m[0].length)))
        );
      // `Mockups: …`: where the document lists who was there, a word before a colon that reads like a thing
      // (a plural, a -tion word) and is none of them is a label. `Naomi taking notes`: with what she takes.
      const label = link === undefined && m[4] === undefined;
      const doing = m[4] !== undefined && /ing$/.test(m[4]);
      // `Mauricio finalizar slideset`: only one of the people there (`Mañana llamar`, `Urgente revisar` are no one).
      const unconjugated = m[4] !== undefined && (SPANISH_TASK.test(m[4]) || SPANISH_PRESENT_TASK.test(m[4]));
      const after = lead.slice(m.index + m[0].length);
      const person = (n: string) =>
        inRoster(n, roster) ||
        (!unconjugated &&
          (label
            ? (!roster || !LABEL_LIKE.test(n)) && !TOPIC_WORD.test(n)
            : (!doing || DOING_OBJECT.test(after)) && !n.split(/[ \t]+/).some((w) => THING_BEFORE_TO.test(w))));
      const names = ok ? realNames(group).filter(person) : [];
      if (names.length) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    if ((m = LEAD_STATEMENT.exec(lead))) {
      const names = realNames(m[1]);
      if (names.length) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    if ((m = LEAD_HANDLE.exec(lead)) && !BEFORE_TO.has(m[1]) && !NOT_NAMES.has(m[1]) && !NOT_VERBS.has(m[2])) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    if (
      (m =
        LEAD_TEAM.exec(lead) ??
        LEAD_NAMED_TEAM.exec(lead) ??
        LEAD_EVERYONE.exec(lead) ??
        LEAD_ROLE.exec(lead) ??
        LEAD_WE_COMMIT.exec(lead) ??
        LEAD_I_COMMIT.exec(lead))
    ) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    if ((m = LEAD_GROUP.exec(lead))) {
      const names = leadGroupNames(m, roster);
      if (names.length) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    // `锅巴：写一个 todolist`, `cherie: 项目跑成功`, `shawn,小舒：跑项目`: the roster's people (nicknames, names in
    // lower case) before a colon.
    if (roster && (m = ROSTER_COLON_LEAD.exec(lead))) {
      const names = m[1].split(/[ \t]*[,，、][ \t]*/u).map((n) => n.replace(/^@/, ''));
      const known = names.filter((n) => inRoster(n, roster));
      if (known.length && names.every((n) => known.includes(n) || /^[a-z]{2,20}$/.test(n))) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    // `Juanjo hace el vídeo`: one of the roster's people leading the item, then a verb.
    if (roster && (m = /^[ \t]*(?:\*\*|__)?(\p{L}+(?:[ \t]+\p{L}+)?)(?:\*\*|__)?[ \t]+\p{Ll}/u.exec(lead))) {
      const name = rosterNameLeading(m[1], roster);
      if (name) {
        push([name], m[0], at + m.index);
        return true;
      }
    }
    // `请陈思于12月10日前完成主视觉修改`: asked of someone by name.
    if ((m = HAN_REQUEST.exec(lead))) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    // `Diego Ortega ajusta el plan`, `Tom sends the deck`: a name, then a verb in the present (`-a`, `-e`, `-s`).
    // (An English `-s` only after one of the attendees: `Social Media posts` is a thing; a Spanish `-a` after a
    // full name or an attendee: `Pieza gráfica` is a thing too.)
    if ((m = PRESENT_LEAD.exec(lead))) {
      const names = realNames(m[1]).filter((n) => !VERB_FORM.test(n) && !isOpeningWord(n));
      const known = names.length > 0 && names.every((n) => inRoster(n, roster));
      const fullName = names.length === 1 && names[0].includes(' ');
      if (
        names.length &&
        (known ||
          (fullName && !/s$/.test(m[2])) ||
          (names.length === 1 && !names[0].includes(' ') && workPresent(m[2]))) &&
        !NOT_VERBS.has(m[2].toLowerCase()) &&
        !STATE_PRESENT.test(m[2])
      ) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    if ((m = HAN_LEAD.exec(lead))) {
      const names = m[1].split(HAN_AND);
      if (!names.some((n) => HAN_NOT_NAMES.test(n))) {
        push(names, m[0], at + m.index);
        return true;
      }
    }
    // `Mark将联系…`, `Cephadm团队将继续…`, `设计组会…`: a Latin name or a team, then "will" or "is in charge".
    if ((m = HAN_WILL.exec(lead)) && !NOT_NAMES.has(fold(m[1]))) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    if ((m = HAN_TEAM_LEAD.exec(lead))) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    // `主持人应该确认好会议大纲`: the meeting's host (a role the team fills each time), then what they should do.
    if ((m = HAN_ROLE_LEAD.exec(lead))) {
      push([m[1]], m[0], at + m.index);
      return true;
    }
    return false;
  };
  // `**Hash mismatch investigation:** Rohit will continue …`: who the rest of the item names owns it, not the
  // label (`**Nadia**: send the deck` keeps Nadia, the rest naming nobody).
  const label = BOLD_LABEL.exec(afterTag);
  if (label && byLead(afterTag.slice(label[0].length), tagLen + label[0].length)) return out;
  if (byLead(afterTag, tagLen)) return out;
  // `分配任务: 新同学负责UI设计，开开负责扭蛋系统设计`: each clause opening with who is in charge (a nickname, a new
  // colleague: no surname needed there), then the work.
  if (text.includes('负责')) {
    const claims = allMatches(HAN_IN_CHARGE, firstLine).filter(
      (c) =>
        !NOT_IN_CHARGE.test(c[1]) &&
        (NICKNAME_OR_NEWCOMER.test(c[1]) ||
          inRoster(c[1], roster) ||
          (HAN_NAME_ONLY.test(c[1]) && !HAN_NOT_NAMES.test(c[1]))),
    );
    if (claims.length) {
      for (const c of claims) push([c[1]], c[0], c.index! + c[0].indexOf(c[1]));
      return out;
    }
  }
  // `[name=Priya] Prepare …`: HackMD's author tag.
  if ((m = HACKMD_NAME.exec(firstLine))) {
    push([m[1].trim()], m[0], m.index);
    return out;
  }
  // `For Silona: check …`: the one the task is for; where the document lists who was there, one of them.
  if ((m = FOR_NAME.exec(afterTag))) {
    const names = realNames(m[1]).filter((n) => !roster || inRoster(n, roster));
    if (names.length) {
      push(names, m[0], tagLen + m.index);
      return out;
    }
  }
  // `… FLETCHER`: an attendee in capitals closing the item.
  if (roster && (m = TRAILING_CAPITALS.exec(firstLine))) {
    const name = m[0].replace(/[ \t.。]+/g, ' ').trim();
    if (inRoster(name, roster)) {
      push([name], m[0], m.index);
      return out;
    }
  }
  // `A cargo de Lucía Herrera: enviar …`, `In charge: Ana`: the person in charge named first.
  if ((m = IN_CHARGE.exec(afterTag))) {
    const names = realNames(m[1]);
    if (names.length) {
      push(names, m[0], tagLen + m.index);
      return out;
    }
  }
  if ((m = GROUP_BRACKET.exec(firstLine))) {
    push([m[1]], m[0], m.index);
    return out;
  }
  // `(Pablo Núñez), fecha límite: 03/12/2026`, `— 孙磊，截止 11月30日`: the due date may follow the name.
  // (A date after the name, `— 王磊 11.30`, first: cut at the dash, the name would go with it.)
  const trimmed = withoutClosingDate(withoutDueTail(text.replace(/\s+$/, '')).replace(DATE_AFTER_NAME, ''));
  for (const re of [TRAILING_BRACKET, TRAILING_DASH, TRAILING_LINKED_NAME]) {
    if ((m = re.exec(trimmed))) {
      const names = realNames(m[1]);
      if (names.length) {
        push(names, m[0], m.index);
        return out;
      }
    }
  }
  // `… [sunzhongkai588](https://github.com/sunzhongkai588)`: a link to a person's profile closing the item.
  if (
    firstLine.includes('](') &&
    (m = PROFILE_LINK.exec(text.trimEnd())) &&
    m[1].toLowerCase() === m[2].toLowerCase() &&
    !NOT_NAMES.has(fold(m[1])) &&
    !BEFORE_TO.has(m[1].toLowerCase())
  ) {
    push([m[1]], m[0], m.index);
    return out;
  }
  // Names in brackets inside the first line (`Mockups (Paula) -> …`, `[Michelle] Put …`); capitalised, no
  // acronyms (`(UML)`), or the roster's people written any way (`(carlos)`).
  if (firstLine.includes('(') || firstLine.includes('[') || firstLine.includes('（'))
    for (const b of firstLine.matchAll(BRACKETS)) {
      const names = bracketOwners(b[1], /^[ \t.;,]*$/.test(firstLine.slice(b.index! + b[0].length)), roster);
      if (names.length) {
        push(names, b[0], b.index!);
        return out;
      }
    }
  // `If the client has not replied, we resend. lee to call them`: the roster's people after a clause.
  if (roster && (firstLine.includes('.') || firstLine.includes(',') || firstLine.includes(';')))
    for (const c of firstLine.matchAll(CLAUSE_GROUP)) {
      const parts = groupParts(c[1]);
      if (parts.every((p) => inRoster(p, roster))) {
        push(parts, c[0], c.index);
        return out;
      }
    }
  // `If not merged by then, will merge. jgraham to review it`: a handle opening a later sentence, then `to`.
  if (firstLine.includes('. ') || firstLine.includes('; '))
    for (const c of firstLine.matchAll(SENTENCE_HANDLE))
      if (isHandleWord(c[1]) && !NOT_VERBS.has(c[2]) && c[2] !== 'be') {
        push([c[1]], c[0], c.index);
        return out;
      }
  // `… -- Ana Ruiz`, `… - sam`, `… ---张海龙`, `… -- all`: who closes the item after a dash.
  if ((m = TRAILING_PEOPLE.exec(firstLine.replace(DATE_CLOSING, '')))) {
    const names = trailingPeople(m, roster);
    if (names.length) {
      push(names, m[0], m.index);
      return out;
    }
  }
  // A hard-wrapped item whose owners close it in brackets on a later line (`… take to fix them. (nikomatsakis)`).
  if (text.length > firstLine.length && (m = CLOSING_BRACKET.exec(text))) {
    const names = bracketOwners(m[1], true, roster);
    if (names.length) {
      push(names, m[0], m.index);
      return out;
    }
  }
  if (text.includes(':') || text.includes('：')) {
    const after = ownersAfterColon(text, roster) ?? boldTaskHandles(firstLine);
    if (after) {
      push(after.names, text.slice(after.at), after.at);
      return out;
    }
  }
  // `EIP 2515: James will chart it`: a plain label, then a name leading the rest.
  const plain = PLAIN_LABEL.exec(afterTag);
  if (plain && byLead(afterTag.slice(plain[0].length), tagLen + plain[0].length)) return out;
  for (const s of SUBJECT_INSIDE.matchAll(firstLine)) {
    const [, group, link, next] = s;
    if (link !== undefined && /^to$/i.test(link) && (NOT_VERBS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next)))
      continue;
    // `Conflict needs to be resolved`: a thing in the passive, not a person.
    if (next !== undefined && /^be$/i.test(next)) continue;
    // `… and Inductance to make sure`: a thing, not a person.
    if (!inRoster(group, roster) && group.split(/[ \t]+/).some((w) => THING_BEFORE_TO.test(w))) continue;
    const names = realNames(group);
    if (names.length) {
      push(names, s[0], s.index!);
      return out;
    }
  }
  if ((m = PASSIVE_BY.exec(firstLine))) {
    const names = realNames(m[1]);
    if (names.length) {
      push(names, m[0], m.index);
      return out;
    }
  }
  if (firstLine.includes('que ') && /(?<![\p{L}])que /u.test(firstLine))
    for (const s of QUE_SUBJECT.matchAll(firstLine)) {
      if (NOT_SPANISH_VERBS.has(s[2])) continue;
      const names = realNames(s[1]);
      if (names.length) {
        push(names, s[0], s.index!);
        return out;
      }
    }
  return out;
}

/**
 * `Spec review to be done by Nethermind`, `Deck reviewed by Ana`, `Presupuesto revisado por Lucía`: the doer of
 * a passive. Only after a verb of doing, and a name (`by Friday`, `by March` are due dates, see NOT_NAMES).
 */
const PASSIVE_BY = new GuardedPattern(
  'PASSIVE_BY',
  String.raw`(?<![\p{L}])(?:done|reviewed|handled|owned|led|prepared|sent|drafted|checked|approved|written|completed|taken|picked[ \t]+up|followed[ \t]+up|covered|investigated|fixed|implemented|updated|organi[sz]ed|coordinated|presented|shared|tracked|tested|(?:revisad|preparad|enviad|hech|redactad|coordinad|presentad|gestionad|realizad)[oa]s?)[ \t]+(?:by|por)[ \t]+${EMPH}(${NAMES})`,
  'u',
  (t) => / by | por /.test(t),
);

/**
 * A link to a person's profile on GitHub, GitLab or Gitee closing the item, named by the handle it links to
 * (`[@ana](https://github.com/ana)`; not `[docs](https://github.com/docs)` inside a sentence): [1] the text, [2] the handle.
 */
const PROFILE_LINK =
  /(?:^|[\s，,;；(（—–-])\[@?([A-Za-z0-9][A-Za-z0-9_.-]{0,38})\]\(https?:\/\/(?:www\.)?(?:github|gitlab|gitee)\.com\/([A-Za-z0-9_.-]+)\/?\)[ \t]*(?:[.。][ \t]*)?$/u;

/**
 * The item without the date that closes it, so that the name before it closes the item:
 * `… → Dana (Fri 27 Nov)`, `… | Dana Whitfield | 2026-11-25`, `… — Ana, 30/11`.
 */
function withoutClosingDate(s: string): string {
  const bracket = /[(（][^()（）\n]*\d[^()（）\n]*[)）][ \t]*[.。]?$/u.exec(s);
  if (bracket) return s.slice(0, bracket.index).trimEnd();
  let cut = -1;
  // (` - ` too: `Subir la estructura - Mariam - 15/10/2025`, the columns of a legend written as a line.)
  for (const sep of [',', '，', ';', '；', '|', '—', '–', ' - ']) cut = Math.max(cut, s.lastIndexOf(sep));
  // (A date and little else after the cut: `2 - Plan of the bot in 2021H2. -- Clement Li` is the task and its owner.)
  const tail = s.slice(cut);
  return cut >= 0 && /\d/.test(tail) && !s.includes('\n', cut) && tail.trim().split(/\s+/).length <= 5
    ? s.slice(0, cut).trimEnd()
    : s;
}

/**
 * The due date an item's text writes, placed at `base`; `keyword` when a due keyword holds no date. Each
 * text is read once per year and order (the same cells and tasks recur across a workspace, as for owners).
 */
export function findDue(
  text: string,
  base: number,
  year: number,
  order?: ReadersOrder,
): { due?: Due; keyword: boolean; word?: string } {
  const key = `${year}|${order ?? ''}|${text}`;
  let read = DUES_READ.get(key);
  if (read === undefined) {
    const r = dueIn(text, year, order);
    // No slice of the document is kept (see findOwners).
    const due = r.due && {
      ...r.due,
      text: detached(r.due.text),
      token: { ...r.due.token, text: detached(r.due.token.text) },
    };
    read = { keyword: r.keyword, due, word: r.word && detached(r.word) };
    if (DUES_READ.size >= MEMO_ENTRIES) DUES_READ.clear();
    if (text.length <= 500) DUES_READ.set(detached(key), read);
  }
  const d = read.due;
  return { keyword: read.keyword, word: read.word, due: d && { ...d, start: d.start + base, end: d.end + base } };
}
const DUES_READ = new Map<string, { readonly due?: Due; readonly keyword: boolean; readonly word?: string }>();

/** `3-25号前`, `3.25前`, `3/25号之前`: [1] the month, [2] the day, in Chinese text (号 or 前 right after). */
const HAN_MONTH_DAY_BEFORE =
  /(?<![\d./A-Za-z-])(\d{1,2})(?:[-.]|\/(?=\d{1,2}[ \t]*[号日]))(\d{1,2})(?![\d./-])[ \t]*(?:[号日][ \t]*)?(?:之前|以前|前)/u;

/**
 * The due date a text writes; `word`: the keyword it followed as written (`due `, `by `, `para el `), or `前`
 * for a date before it (deadlineOver tells a deadline from a date naming the meeting by it).
 */
function dueIn(
  text: string,
  year: number,
  order: ReadersOrder | undefined,
): { due?: Due; keyword: boolean; word?: string } {
  const base = 0;
  let keyword = false;
  const firstAtStart = { defaultYear: year, yearlessNumeric: true, onlyFirst: true, startingBy: 1 };
  for (const m of allMatches(DUE_KEYWORD, text)) {
    // `que se empiece el 22/02`, `starting on 3 March`: when the work starts, not when it is due.
    if (PLAIN_DATE_WORD.test(m[0]) && STARTS_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index))) continue;
    // `el pasado taller celebrado el 30 de septiembre`, `the workshop held on 3 May`: when it took place, no deadline.
    if (PLAIN_DATE_WORD.test(m[0]) && HELD_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index))) continue;
    let after = m.index! + m[0].length;
    // `by next meeting: 10am Monday 5th July`: the next meeting, then its day (and its hour first).
    const meeting = /^(?:by|before|until|till)/iu.test(m[0]) ? NEXT_MEETING_AT.exec(text.slice(after)) : null;
    if (meeting) after += meeting[0].length;
    // `by COB Monday 23/11`, `by EOD 27/11`: the time of day before the date.
    const timeOfDay = TIME_OF_DAY_BEFORE_DATE.exec(text.slice(after));
    if (timeOfDay) after += timeOfDay[0].length;
    const weekday = WEEKDAY_BEFORE_DATE.exec(text.slice(after));
    if (weekday) after += weekday[0].length;
    // `by Wednesday **14 August 2026** review`: the weekday, then its date in bold.
    const bolded = weekday && /^(?:\*\*|__)(?=\d)/u.exec(text.slice(after));
    if (bolded) after += bolded[0].length;
    // `by the 1st of December`: the article before a day written as an ordinal; `before the 13 Sept conference`:
    // before the day and its month's name.
    const article =
      /^the\s+(?=\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z]))/i.exec(
        text.slice(after),
      );
    if (article) after += article[0].length;
    const rest = text.slice(after);
    // `截止 12.8`: after a Chinese due word, a short dotted form is a month and day, as in a due column.
    const t = findDates(
      rest,
      /^(?:截止|截至|期限|完成时间|闭环)/u.test(m[0]) ? { ...firstAtStart, shortDots: true } : firstAtStart,
    )[0];
    if (/^yyyy-mm-dd/i.test(rest)) {
      return {
        keyword: true,
        word: m[0],
        due: {
          text: rest.slice(0, 10),
          start: base + after,
          end: base + after + 10,
          token: { kind: 'ambiguous', start: 0, end: 10, text: 'YYYY-MM-DD', form: 'numeric', hasTime: false },
        },
      };
    }
    if (t && t.start <= 1 && (!AT_THE_MEETING.test(m[0]) || MEETING_AFTER_DATE.test(rest.slice(t.end))))
      return { keyword: true, word: m[0], due: makeDue(t, base + after, order) };
    const compact = COMPACT_DATE.exec(rest);
    if (compact && isValidDate(+compact[1], +compact[2], +compact[3])) {
      const date = { year: +compact[1], month: +compact[2], day: +compact[3] };
      const token: DateToken = {
        kind: 'ambiguous',
        start: 0,
        end: 8,
        text: compact[0],
        form: 'numeric',
        hasTime: false,
        certain: date,
      };
      return {
        keyword: true,
        word: m[0],
        due: { text: compact[0], start: base + after, end: base + after + 8, token, date },
      };
    }
    // `by`, `before`, `on`, `el`… are ordinary words too; only the explicit forms count without a date.
    if (!PLAIN_DATE_WORD.test(m[0])) keyword = true;
  }
  // `**April 22nd:** Group work session`, `**20/05:** enviar el informe`: the item labelled by its day, in bold.
  const bold = /^[ \t]*(?:\*\*|__)[ \t]*/u.exec(text);
  if (bold) {
    const t = findDates(text.slice(bold[0].length, bold[0].length + 40), {
      defaultYear: year,
      yearlessNumeric: true,
      onlyFirst: true,
    })[0];
    const closing = t && text.slice(bold[0].length + t.end, bold[0].length + t.end + 8);
    if (t?.start === 0 && closing && /^[ \t]*(?:(?:\*\*|__)[ \t]*[:：]|[:：][ \t]*(?:\*\*|__))/u.test(closing))
      return { keyword: true, due: makeDue(t, base + bold[0].length, order) };
  }
  // `4月25日完成类图`, `张伟：5/20 提交报告`: a date opening the item (or after who), then the finishing verb.
  const opening = /^[ \t]*(?:[^:：\n\d]{1,12}[:：][ \t]*)?(?=\d)/u.exec(text);
  if (opening) {
    const t = findDates(text.slice(opening[0].length), {
      defaultYear: year,
      yearlessNumeric: true,
      onlyFirst: true,
    })[0];
    if (
      t?.start === 0 &&
      !(order === 'md' && foreignToMonthFirst(t)) &&
      /^[ \t]*(?:(?:之?前|以前)[ \t]*)?(?:完成|提交|交付|上交|做完|写完|发出|发布|上线)/u.test(
        text.slice(opening[0].length + t.end),
      )
    )
      return { keyword: true, due: makeDue(t, base + opening[0].length, order) };
  }
  // `3-25号前找方向`, `3.25前`: a month and a day in figures, then (号) 前, where a date alone would read no such way.
  if (text.includes('前')) {
    const m = HAN_MONTH_DAY_BEFORE.exec(text);
    const month = m ? Number(m[1]) : 0;
    const day = m ? Number(m[2]) : 0;
    if (m && isValidDate(year, month, day)) {
      const written = `${m[1]}${m[0][m[1].length]}${m[2]}`;
      const token: DateToken = {
        kind: 'date',
        start: m.index,
        end: m.index + written.length,
        text: written,
        date: { year, month, day },
        hasYear: false,
        hasTime: false,
        form: 'zh',
      };
      return { keyword: true, word: '前', due: makeDue(token, base, order) };
    }
  }
  // `11月25日前` / `2026-11-25之前`: a date followed by 前; `周五（12/11）前`: the date in brackets after its weekday.
  if (text.includes('前'))
    for (const t of findDates(text, { defaultYear: year, yearlessNumeric: true })) {
      // (`24.09发布前`: before the 24.09 release, a version to readers who write the month first.)
      if (order === 'md' && foreignToMonthFirst(t)) continue;
      const after = text.slice(t.end);
      if (
        /^\s*(?:(?:[（(](?:周|星期)[一二三四五六日天][)）])\s*)?(?:之?前|以前)/u.test(after) ||
        (/[（(][ \t]*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
          /^[ \t]*[)）][ \t]*(?:之?前|以前)/u.test(after))
      )
        return { keyword: true, word: '前', due: makeDue(t, base, order) };
    }
  // `Omar & Dana: location recce, 2026-11-28`, `Send the plan @Dana 2026-11-24`, `… (Fri 27 Nov)`: a date
  // closing the item's first line is when it is due.
  const lineEnd = text.indexOf('\n');
  const first = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (/\d/.test(first)) {
    const dates = findDates(first, { defaultYear: year, yearlessNumeric: true });
    const last = dates[dates.length - 1];
    // `… before the review ( Aug 11th) -- all`: the people after a dash close the item, after the date.
    const after = last ? first.slice(last.end).replace(PEOPLE_AFTER_DATE, '') : '';
    // `Send the quote 2026-12-20 @ana`: the date ends the task, the owner closes the item.
    if (
      last &&
      AFTER_CLOSING_DATE.test(after) &&
      (BEFORE_CLOSING_DATE.test(first.slice(0, last.start)) ||
        (/^[ \t]+@/.test(after) && /[ \t]$/.test(first.slice(0, last.start))))
    )
      return { keyword: true, due: makeDue(last, base, order) };
  }
  return { keyword };
}

/**
 * The due date a due column's cell holds, placed at `base`: its first date (`4.6 (Sunday)`: in a due column a
 * short dotted form is a date, not a decimal), or the template's `YYYY-MM-DD`. The analysis and the scan share it.
 */
export function dueInCell(text: string, base: number, year: number, order: ReadersOrder | undefined): Due | undefined {
  const shortDots = /^[ \t|]*\d{1,2}\.\d{1,2}(?![\d.])/.test(text);
  const t = findDates(text, { defaultYear: year, yearlessNumeric: true, onlyFirst: true, shortDots })[0];
  if (t) return makeDue(t, base, order);
  const i = text.search(/yyyy-mm-dd/i);
  if (i < 0) return undefined;
  return {
    text: 'YYYY-MM-DD',
    start: base + i,
    end: base + i + 10,
    token: { kind: 'ambiguous', start: 0, end: 10, text: 'YYYY-MM-DD', form: 'numeric', hasTime: false },
  };
}

function makeDue(t: DateToken, base: number, order: ReadersOrder | undefined): Due {
  const date = readingFor(t, order);
  return { text: t.text, start: base + t.start, end: base + t.end, token: t, date };
}

function lineEndFrom(doc: AgencyDocument, offset: number): number {
  return doc.lines.lineEnd(doc.lines.positionAt(offset).line);
}

/** A time alone, without emphasis, labelling the items below it (`Thursday of next week`, `Next week:`, `下周`). */
const TIME_LABEL_ITEM = new RegExp(
  String.raw`^[ \t]*(?:(?:by|before|until|due|para[ \t]+el|antes[ \t]+del?|hasta[ \t]+el)[ \t]+)?(?:(?:(?:this|next|el|este|pr[oó]ximo)[ \t]+)?(?:${WEEKDAY_WORDS})(?:[ \t]+(?:of[ \t]+(?:this|next)[ \t]+week|de[ \t]+la[ \t]+(?:pr[oó]xima|siguiente)[ \t]+semana))?|(?:this|next)[ \t]+(?:week|sprint|meeting)|end[ \t]+of[ \t]+(?:the[ \t]+)?(?:day|week|month|sprint)|tomorrow|tonight|(?:la[ \t]+)?(?:pr[oó]xima|siguiente)[ \t]+semana|esta[ \t]+semana|ma[nñ]ana|(?:下|本|这)周[一二三四五六日天]?|明天|今晚)[ \t]*(?:[:：][ \t]*)?$`,
  'iu',
);

let minutesSections: SectionTable | undefined;
/** The section of minutes a list item's line names (`Next actions (team)`, `Decisions needed`, `**Acuerdos**`). */
function minutesSectionNamed(firstLine: string): string | undefined {
  const text = firstLine
    .replace(/^[ \t]*#{1,6}[ \t]+/, '')
    .replace(/^[ \t]*(?:\*\*|__)?\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+/, '')
    .replace(/[*_`]/g, '')
    .replace(/[ \t]*(?:[:：][ \t]*)?$/, '');
  if (!text || words(text) > 5) return undefined;
  minutesSections ??= sectionTable(typeById('minutes')!);
  return matchHeading(minutesSections, text)?.section.id;
}

/**
 * `## Acuerdos y compromisos`, `## Decisions and action items`: a heading naming the decisions and, beside them, the
 * tasks taken on. The section is read as the decisions, but a table of its with an owner or a due column
 * (`| # | Acuerdo | Responsable |`) hands out tasks all the same.
 */
export function namesCommitmentsToo(heading: string): boolean {
  const candidates = headingCandidates(heading);
  if (candidates.length < 3) return false;
  minutesSections ??= sectionTable(typeById('minutes')!);
  const table = minutesSections;
  return candidates.slice(1).some((c) => matchHeading(table, c)?.section.kind === 'actions');
}

/**
 * A list item named as the next actions are (`4. Reparto de tareas`, `- **Next steps**`), with its sub-items
 * under it: minutes that give their actions so have them (missing-section; actionsIn reads the sub-items).
 */
export function hasNamedActionsItem(text: string): boolean {
  for (const m of text.matchAll(NAMED_ITEM_OVER_SUB_ITEMS))
    if (minutesSectionNamed(m[1]) === 'next-actions' || ACTION_LEAD_IN.test(m[1].trimEnd())) return true;
  return false;
}
const NAMED_ITEM_OVER_SUB_ITEMS =
  /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+([^\n]{1,60})\r?\n(?:[ \t]*\r?\n)?[ \t]{2,}(?:[-*+]|\d{1,3}[.)]|\[[ xX]\])[ \t]/gmu;

/**
 * A label alone on its line naming the next actions as a heading would (`**Compromisos**`, `COMPROMISO(S)`,
 * `会议待办：`): the list under it holds them (not a split of roles, `**人员分工**`).
 */
function namesActions(label: string): boolean {
  const t = label.trim();
  return (
    !t.includes('\n') &&
    SECTION_LABEL_ALONE.test(t) &&
    !ROLE_SPLIT.test(t) &&
    minutesSectionNamed(t.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '')) === 'next-actions'
  );
}
/** Bold alone, closed by a colon, or in capitals (`**Tareas**`, `Follow-ups:`, `COMPROMISO(S)`). */
const SECTION_LABEL_ALONE =
  /^(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)[ \t]*[:：]?$|^[^\n*_]{1,40}[:：](?:\*\*|__)?$|^(?=[^\n]*\p{Lu})[^\p{Ll}\n]{2,40}$/u;
/**
 * `遗留问题跟踪（后续例会之前，…）：` over the numbered items still open, each with its owner: the left-over issues the
 * meeting tracks, the last line of the paragraph over the list (a remark in brackets before the colon).
 */
const TRACKED_LEFTOVERS_BODY = String.raw`[ \t]*(?:\*\*|__)?遗留(?:问题|事项|任务)跟踪(?:[(（][^()（）\n]{1,60}[)）])?(?:\*\*|__)?[ \t]*[:：][ \t*_]*`;
const TRACKED_LEFTOVERS = new RegExp(`^${TRACKED_LEFTOVERS_BODY}$`, 'u');
/** TRACKED_LEFTOVERS over a list, anywhere in a text (for hasLabelledLists, hasInlineActions). */
export const TRACKED_LEFTOVERS_OVER_LIST = new RegExp(
  String.raw`^${TRACKED_LEFTOVERS_BODY}\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]`,
  'mu',
);
/** Whether a text has such a label over a list (for hasLabelledLists). */
function hasActionsLabelOverList(text: string): boolean {
  for (const m of text.matchAll(LABEL_OVER_LIST)) if (namesActions(m[1])) return true;
  return false;
}
const LABEL_OVER_LIST =
  /^[ \t]{0,3}([^\n\-*+#|>\s][^\n]{0,44})\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/gmu;

/** A label over the actions below it: a time (`**By Friday**`, `Thursday of next week`) or `Next actions (team)`. */
/**
 * The deadline an item labelling the actions below it sets: any date of a due label (`**By 2026-12-04**`,
 * `- Thursday 3 Dec`), and a deadline in one naming the actions (`Next steps (due 30 Nov)`; not `Actions from
 * the 20 Nov call`).
 */
function labelDeadline(firstLine: string, at: number, opts: ActionOptions): Due | undefined {
  if (!/\d/.test(firstLine)) return undefined;
  if (DUE_LABEL_ITEM.test(firstLine) || TIME_LABEL_ITEM.test(firstLine)) {
    const due = findDue(firstLine, at, opts.defaultYear, opts.dateOrder).due;
    return due && { ...due, over: true };
  }
  return minutesSectionNamed(firstLine) === 'next-actions' ? deadlineOver(firstLine, at, opts) : undefined;
}

function labelsActions(firstLine: string): boolean {
  return (
    DUE_LABEL_ITEM.test(firstLine) ||
    TIME_LABEL_ITEM.test(firstLine) ||
    minutesSectionNamed(firstLine) === 'next-actions'
  );
}

/** The box of a task list item (`[ ]`, `[x]`) and the spaces after it. */
const TASK_BOX = /^\[[ xX]\][ \t]+/;

/** A bold due date alone, labelling the items below it (`**By Friday**`, `**Antes del viernes:**`, `**周五前**`). */
const DUE_LABEL_ITEM =
  /^[ \t]*(?:\*\*|__)(?:(?:due|by|before|until|till|para[ \t]+el|antes[ \t]+del?|hasta(?:[ \t]+el)?)(?![\p{L}])[^*_\n]{1,40}|[^*_\n]{1,20}(?:之?前|为止))(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?$/iu;

/**
 * A point raised for discussion, not an action: `Decision: …`, `Question: …`, `Nota: …`, `问题：…`, or a
 * question (`Does this group need to meet again?`) naming nobody and no date. Actions sections of real
 * minutes (`## Actions/Agenda`) hold these too.
 */
const NEXT_MEETING_LINE =
  /^[ \t]*(?:\*\*|__)?(?:(?:next|following|upcoming)[ \t]+(?:meeting|call|sync|session|check-?in)s?(?:[ \t]+(?:is|will[ \t]+be|on|date|time))?|(?:pr[oó]xima|siguiente)[ \t]+(?:reuni[oó]n|llamada|sesi[oó]n)(?:[ \t]+(?:ser[aá]|el|es))?|下次(?:会议|例会|周会|组会)(?:时间)?)(?:\*\*|__)?[ \t]*(?:[:：]|(?=[ \t]*[(（][ \t]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?[ \t]*\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|(?=[ \t]+(?:on|el|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[eé]rcoles|jueves|viernes)))/iu;

/** `Schedule next meeting: 4pm Tue 19th Oct`, `Set the next call: 3/10 10:00`: the next meeting's time, set. */
const NEXT_MEETING_SET =
  /^[ \t]*(?:\*\*|__)?(?:schedule|set|book|arrange|agendar|programar|fijar)[ \t]+(?:the[ \t]+|la[ \t]+)?(?:next|following|pr[oó]xima|siguiente)[ \t]+(?:meeting|call|session|reuni[oó]n|sesi[oó]n)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?=[^\n]*\d)/iu;

/** `At least one has to …`, `No more than two may …`: a count, then what it must (a rule, not a task). */
const COUNT_RULE =
  /^[ \t]*(?:\*\*|__)?(?:at[ \t]+(?:least|most)|no[ \t]+(?:more|fewer|less)[ \t]+than|not[ \t]+more[ \t]+than)[ \t]+(?:one|two|three|four|five|half|\d+)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:has|have|must|needs?|should|shall|may|can|is|are)(?![\p{L}])/iu;

/** A day (and its hour) and the words for meeting, alone: `5月12日8点开会`, `6月3日下午2点开组会`. */
const MEETING_APPOINTMENT =
  /^[ \t*_]*(?:下次|下一次)?\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号][ \t]*(?:(?:上午|下午|晚上|中午|早上)?[ \t]*\d{1,2}[ \t]*(?:[点點时時](?:半|\d{1,2}分?)?|[:：]\d{2}))?[ \t]*(?:开会|开例会|开组会|召开会议|例会|组会)[ \t。.]*$/u;
export function isDiscussionPoint(
  firstLine: string,
  ownedOrDated: boolean,
  subItems: readonly string[] = [],
  dated = ownedOrDated,
): boolean {
  // `**52.1**:` with nothing after the number: an empty item.
  if (NOTHING.test(firstLine) || !/[\p{L}\p{N}]/u.test(firstLine.replace(ACTION_TAG, '').replace(/[*_~`]/g, '')))
    return true;
  // `5月12日8点开会`: when the team meets next, an appointment, no task.
  if (MEETING_APPOINTMENT.test(firstLine)) return true;
  // `Carried over: get the aligner running`: a task left from the meeting before, read as the task it is.
  const carried = CARRIED_OVER_LABEL.exec(firstLine);
  if (carried) return isDiscussionPoint(firstLine.slice(carried[0].length), ownedOrDated, subItems, dated);
  // `see Zenodo bullet under Nick's action items`, `véase el punto 3`: a pointer to another item, not one more task.
  if (SEE_ELSEWHERE.test(firstLine)) return true;
  // How the team works from now on, said by nobody for nobody and with no day: no task to finish. `后续每周定期线上沟通`,
  // `定期进度汇报: 每三天向白告皓汇报`, `Keep meeting every week`, `Mantener la documentación actualizada` (RECURRING);
  // `Continue implementing the assigned screens`, `Maintain weekly working sessions` (STANDING_PRACTICE); `In person
  // touch point: Wednesdays at 12:15 …`, the team's standing slot (PLURAL_WEEKDAY, eval90).
  if (
    !ownedOrDated &&
    (RECURRING.test(firstLine) || STANDING_PRACTICE.test(firstLine) || PLURAL_WEEKDAY.test(firstLine))
  )
    return true;
  // `then we can add …` after `Johannes to identify …`: the item before it, continued.
  if (/^[ \t]*(?:then|and then|so that|which|because)[ \t]/.test(firstLine)) return true;
  // `Next calls: Monday February 6 10:00`, `Próxima reunión: 20/12`, `下次会议：12月20日`, `Next meeting (Sep 26) -
  // checkpoint before the release`: when the group meets again, not a task.
  if (NEXT_MEETING_LINE.test(firstLine) || NEXT_MEETING_SET.test(firstLine)) return true;
  // `本次会议为第七周第二次例会`, `The meeting was held online`: about this meeting, not a task; nor is meeting again
  // (`Acordamos reunirnos al día siguiente para …`, `We agreed to meet again on Friday`).
  if (THIS_MEETING.test(firstLine) || MEET_AGAIN.test(firstLine) || (!dated && KEEP_GOING.test(firstLine))) return true;
  // An item that is only a link (`- https://github.com/…/pull/997`, `- [the RFC](…)`): a reference, not a task.
  if (LINK_ONLY.test(firstLine)) return true;
  // `- Stephen:` or `- Action items:` with the points below it: a heading in the list, not a task; a short one
  // without them (`- Proposal:`, `- Discussion focused on:`) labels the items that follow it.
  // (Not a task in the infinitive over the parts it covers, `- Revisar el flujo de registro:` over `- expiración,`
  // `- reenvío`: one task.)
  if (
    /^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(firstLine) &&
    (subItems.length > 0 || words(firstLine) <= 6) &&
    !isTaskOverParts(firstLine, subItems)
  )
    return true;
  // `- **By Friday**` / `- **By end of Thursday (10/13)**` / `- Thursday of next week` over the tasks due
  // then: a heading in the list.
  if (subItems.length > 0 && (DUE_LABEL_ITEM.test(firstLine) || TIME_LABEL_ITEM.test(firstLine))) return true;
  // `3. Next actions (team)` / `2. Decisions needed` over their points: a label of the list, as a heading is.
  if (subItems.length > 0 && minutesSectionNamed(firstLine) !== undefined) return true;
  // What was said or found (`The export is 3,000 lines`, `Ana thinks the tone is off`): a record, even with a
  // name at its head; a date written on it keeps it an action.
  if (!dated && isStatement(firstLine) && !(ownedOrDated && TAKES_CHARGE.test(firstLine))) return true;
  // `原录制纪要提出由 PM 补位…`, `玩法升级是当前关注事项`: what someone raised, what the focus is; a record.
  if (!dated && HAN_REPORTED.test(firstLine)) return true;
  // `确定UML工具为StarUML`, `选定 Vue 为前端框架`: what was chosen, named with its choice; a record (`确定UML工具` alone is
  // still to do).
  if (!ownedOrDated && HAN_CHOSEN.test(firstLine)) return true;
  // `For that release, pairing is a good fit, as Kim knows the code`: what the rest says, after the opening
  // phrase that sets its scene (`For the launch, send the deck` stays a task).
  const opening = OPENING_PHRASE.exec(firstLine);
  if (opening) {
    const rest = firstLine.slice(opening[0].length);
    if (isDiscussionPoint(rest.charAt(0).toUpperCase() + rest.slice(1), ownedOrDated, subItems, dated)) return true;
  }
  // `Summary: Ana went over the plan.`: what a topic came to, told with its names; `方法：保留原始材料` after a task,
  // how it is done (its owner carried over from the task before), a note on it (eval90).
  if (SUMMARY_LABEL.test(firstLine) || (!dated && METHOD_LABEL.test(firstLine))) return true;
  // `Community members interested in prototyping to join the channel`: an open call, nobody's task; `Discuss the
  // pre-RFC ----> to next meeting`: a topic carried over.
  const said = firstLine.replace(/^[ \t]*(?:\*\*|__)?[^:：\n]{1,30}[:：](?:\*\*|__)?[ \t]*/u, '');
  if (OPEN_CALL.test(firstLine) || OPEN_CALL.test(said) || CARRIED_OVER.test(firstLine)) return true;
  // `Jack: What is our absent policy?`: a question someone asked, not a task given them.
  if (SPEAKER_QUESTION.test(firstLine)) return true;
  if (ownedOrDated) return false;
  // `At least one has to come from a member`: a rule of the process, how many must, nobody's task.
  if (COUNT_RULE.test(firstLine)) return true;
  // `Next week's agenda: <url>`, `PR for clarifying contentType: <url>`: where a thing is, a reference; `Volunteer
  // needed.`, `Help wanted on [the CI task](…)`: a call for someone to take it, nobody's task yet.
  if ((REFERENCE_LINK.test(firstLine) && !TASK_VERB_FIRST.test(firstLine)) || HELP_WANTED.test(firstLine)) return true;
  // A question, also with an example after it in brackets (`Opt out of the export? (e.g. a flag)`).
  if (DISCUSSION_LABEL.test(firstLine) || QUESTION_END.test(firstLine) || AGREEMENT.test(firstLine)) return true;
  if (isTopic(firstLine)) return true;
  // A topic (`Job board`, `Rotating upgrader role`) whose sub-items report on it in sentences: the
  // status of a follow-up, not a task (`Prepare the pitch` with `- slides` `- budget` stays one).
  return (
    subItems.length > 0 &&
    words(firstLine) <= 6 &&
    subItems.some((t) => words(t) >= 6) &&
    !subItems.some((t) => ACTION_TAG.test(t) && /\p{L}/u.test(t.replace(ACTION_TAG, '')))
  );
}
/**
 * Whether a list item's sub-items share out the parts of its work, most of them `Part: Name` (`View: Jan`,
 * `Inputs: All`, `Game state: Kylee`): two or more, a short part, then one name or the whole team after its colon.
 */
function partsHandedOut(doc: AgencyDocument, item: ListItem, base: number, roster: Roster | undefined): boolean {
  let parts = 0;
  let subs = 0;
  for (const c of item.children)
    if (c.type === 'list')
      for (const sub of c.children) {
        subs++;
        if (partOwner(doc, sub, base, roster) || partToPeople(doc, sub, base, roster)) parts++;
      }
  return parts >= 2 && parts * 2 > subs;
}
/** Who a `Part: Name` sub-item gives its part to (PART_THEN_NAME): one name, or the whole team; none otherwise. */
function partOwner(doc: AgencyDocument, sub: ListItem, base: number, roster: Roster | undefined): Owner | undefined {
  const own = firstParagraph(sub);
  if (!own) return undefined;
  const line = firstLineOf(doc, own, base);
  const who = partThenName(line, roster);
  if (!who) return undefined;
  const at = spanIn(own, base)[0] + line.lastIndexOf(who);
  return { name: who, start: at, end: at + who.length };
}
/**
 * Whether a sub-item is `Part: Name and Name` (`Side banners: Tom and Li Wei`, `Login: Ana, Ben y Lee`): a part given
 * to two people or more, each a name (partsHandedOut; its item reads the owners as it reads any).
 */
function partToPeople(doc: AgencyDocument, sub: ListItem, base: number, roster: Roster | undefined): boolean {
  const own = firstParagraph(sub);
  const m = own ? PART_THEN_NAMES.exec(firstLineOf(doc, own, base)) : null;
  if (!m) return false;
  return m[1]
    .split(/[ \t]*(?:,|&|\band\b|\by\b)[ \t]*/u)
    .every((n) => partThenName(`Part: ${n}`, roster) !== undefined);
}
const PART_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?`;
/** `Side banners: Tom and Li Wei`: [1] two names or more after a part and its colon. */
const PART_THEN_NAMES = new RegExp(
  String.raw`^[ \t]*[^:：\n]{1,60}[:：][ \t]*(${PART_NAME}(?:[ \t]*(?:,|&|\band\b|\by\b)[ \t]*${PART_NAME})+)[ \t.]*$`,
  'u',
);
/** Who a `Part: Name` line (PART_THEN_NAME) gives its part to: one name, or the whole team; none otherwise. */
function partThenName(line: string, roster: Roster | undefined): string | undefined {
  const m = PART_THEN_NAME.exec(line);
  if (!m) return undefined;
  const who = m[1];
  // (`Purchase: Dan`, `View: Jan`: a first name that is also a month's, here a name.)
  return /^(?:all|everyone|everybody|todos|全体|大家)$/iu.test(who) ||
    /^(?:Jan|May|June|April|August)$/u.test(who) ||
    inRoster(who, roster) ||
    realNames(who).length === 1
    ? who
    : undefined;
}
/** An item closed by its colon, then a first sub-item `Part: Name` (partsHandedOut), anywhere in a text (for hasLabelledLists). */
const PARTS_OVER_ITEMS =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[^\n]{1,60}[:：][ \t*_]*\r?\n[ \t]+(?:[-*+]|\d{1,3}[.)])[ \t]+[^\n:：]{1,40}[:：][ \t]*\p{L}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t.]*\r?$/mu;
/** The person an item names alone on its line (ROSTER_NAME_ALONE): one of those present, or a name beside labels of people. */
function nameAlone(
  doc: AgencyDocument,
  siblings: readonly ListItem[],
  item: ListItem,
  own: Paragraph,
  base: number,
  roster: Roster | undefined,
): Owner | undefined {
  const line = firstLineOf(doc, own, base);
  const m = ROSTER_NAME_ALONE.exec(line);
  if (!m) return undefined;
  const name = m[1];
  // `* Everyone` over the tasks each member does (eval90): the whole team's label, as `* Everyone:` is.
  const everyone = /^(?:everyone|everybody)$/iu.test(name);
  if (
    !everyone &&
    !inRoster(name, roster) &&
    !(realNames(name).length === 1 && siblingsNamePeople(doc, siblings, item, base))
  )
    return undefined;
  const at = startIn(own, base) + line.indexOf(name);
  return { name, start: at, end: at + name.length };
}
/** Whether another item of the list is a person's label over their tasks (`* Linyuan:` over its sub-items). */
function siblingsNamePeople(doc: AgencyDocument, siblings: readonly ListItem[], item: ListItem, base: number): boolean {
  return siblings.some((other) => {
    if (other === item || !other.children.some((c) => c.type === 'list')) return false;
    const own = firstParagraph(other);
    const line = own ? firstLineOf(doc, own, base) : '';
    return /^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(line.trim()) && leadInOwners(line, 0, undefined).length > 0;
  });
}
/** A name alone on an item's line (`Jingxin`, `**Ana Ruiz**`): [1] the name. */
const ROSTER_NAME_ALONE = /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:\*\*|__)?[ \t]*$/u;
/** `View: Jan`, `Normal world map: Leslie`: [1] who, after a part of a few words and its colon. */
const PART_THEN_NAME = /^[ \t]*[^:：\n]{1,60}[:：][ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)[ \t.]*$/u;
/**
 * `Revisar el flujo de registro:` over `- expiración,` / `- reenvío.`, `Documentar claramente:` over `- flujo de
 * alta,`: a verb of work in the infinitive and what it acts on, over sub-items that are only its parts (each in
 * lower case, no task of its own).
 */
function isTaskOverParts(firstLine: string, subItems: readonly string[]): boolean {
  return (
    subItems.length > 0 &&
    words(firstLine) >= 2 &&
    TASK_INFINITIVE_LEAD.test(firstLine) &&
    subItems.every((t) => /^[ \t]*\p{Ll}/u.test(t) && words(t) <= 6)
  );
}
const MEET_AGAIN =
  /^[ \t]*(?:(?:acordamos|quedamos[ \t]+en|se[ \t]+acord[oó]|decidimos)[ \t]+(?:volver[ \t]+a[ \t]+)?(?:reunirnos|juntarnos|vernos)|nos[ \t]+(?:reuniremos|volveremos[ \t]+a[ \t]+reunir)|we[ \t]+(?:agreed|decided)[ \t]+to[ \t]+meet(?:[ \t]+again)?|we(?:[ \t]+will|'ll)[ \t]+meet[ \t]+again)(?![\p{L}])/iu;
/**
 * Going on with the work already handed out (`Continuaremos trabajando en nuestras tareas`, `Cada miembro se
 * comprometió a seguir avanzando en sus tareas asignadas`, `We'll keep working on our tasks`): no task of its own.
 */
const KEEP_GOING =
  /(?<![\p{L}])(?:(?:seguir|continuar|seguiremos|continuaremos|sigamos|continuemos)[ \t]+(?:trabajando|avanzando)|(?:keep|continue)[ \t]+(?:working|making[ \t]+progress))[ \t]+(?:en|con|on)[ \t]+(?:nuestras|sus|las|our|their|the)[ \t]+(?:\p{L}+[ \t]+)?(?:tareas|tasks|work)(?![\p{L}])/iu;
const THIS_MEETING =
  /^[ \t]*(?:本次会议|这次会议|本次例会|本次组会|nos[ \t]+(?:reunimos|juntamos)(?![\p{L}])|this[ \t]+meeting[ \t]+(?:is|was|took)|the[ \t]+meeting[ \t]+(?:is|was|took)[ \t]|(?:esta|la)[ \t]+reuni[oó]n[ \t]+(?:es|fue|se[ \t]+(?:celebr|realiz|llev))|(?:esta|la)[ \t]+reuni[oó]n[ \t]+tuvo)/iu;
const LINK = String.raw`(?:<?https?:\/\/[^\s>]+>?|\[[^\]\n]*\]\([^)\s]*\))`;
/** A thing named, then its link alone: `Next week's agenda: <url>`, `Slides: [deck](…)`, `Acta anterior: <url>`. */
const REFERENCE_LINK = new RegExp(
  String.raw`^[ \t]*(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?[^:：\n]{0,40}(?<![\p{L}])(?:agenda|pr|pull request|issue|notes|minutes|slides|docs?|document|recording|video|thread|link|rfc|spec|draft|proposal|deck|post|page|summary|repo|repository|board|sheet|spreadsheet|acta|orden del d[ií]a|enlace|documento|presentaci[oó]n|grabaci[oó]n)s?(?![\p{L}])[^:：\n]{0,30}(?:\*\*|__)?[:：][ \t]*${LINK}[ \t.]*$|^[^\n]{0,30}(?:链接|文档|议程|纪要|记录)[^\n]{0,10}?(?:[:：][ \t]*${LINK}|[ \t]*[(（][ \t]*${LINK}[ \t]*[)）])[ \t]*$`,
  'iu',
);
/** `Review PR: <url>`, `Update the slides: <url>`: a task with its link. */
const TASK_VERBS =
  '(?:review|update|read|check|send|share|write|create|add|fix|merge|open|close|finish|prepare|look|follow|ask|comment|approve|test|publish|upload|file|submit|sign|complete|edit|revise|circulate|schedule|set|move|reply|respond|finali[sz]e|fill|book|order|call|email|contact|investigate|land|rebase|triage|discuss|present|revisar|actualizar|leer|enviar|compartir|escribir|crear|a[nñ]adir|subir|preparar|completar|terminar|firmar)';
const TASK_VERB_FIRST = new RegExp(String.raw`^[ \t]*(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?${TASK_VERBS}[ \t]+\S`, 'iu');
/**
 * `Volunteer needed.`, `Help wanted on …`, `Se necesita voluntario`, `需要志愿者` (but `Looking for volunteers to fix
 * the CI` is the task, with nobody on it yet).
 */
const HELP_WANTED =
  /^[ \t]*(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?(?:(?:feedback|help|volunteers?|reviewers?|an? owner|owners?|input|someone)[ \t]+(?:is[ \t]+|are[ \t]+)?(?:needed|wanted|welcome|required|requested)|se[ \t]+(?:buscan?|necesitan?)[ \t]+(?:voluntari[oa]s?|ayuda|responsables?)|(?:需要|招募|征集)(?:志愿者|负责人))(?![\p{L}])/iu;
const LINK_ONLY = /^[ \t]*(?:<?https?:\/\/[^\s>]+>?|\[[^\]\n]*\]\([^)\s]*\))[ \t]*$/u;
/**
 * A Chinese item whose first clause reports what was raised (`…提出`, `…指出`), names the current focus, or says
 * what matters (`项目管理留档很重要；…`).
 */
const HAN_REPORTED =
  /^[ \t*_]*(?:[^，,；;。：:（(\n]{1,14}?(?:提出|指出|提到|认为|表示)(?!\p{Script=Han}{0,2}的)|[^，,；;。\n]{2,40}?是(?:当前|目前|近期|本阶段)的?(?:关注|重点|优先)|[^，,；;。\n]{2,40}?(?:很|非常|十分|尤其|特别)重要[ \t]*(?:[，,；;。]|$))/u;
/** `确定X为Y`, `选定X作为Y`: a choice made, with what was chosen (not `确定由谁负责`, `确定为什么…`). */
const HAN_CHOSEN =
  /^[ \t*_]*(?:已经?)?(?:确定|选定|决定|敲定)了?(?!由|谁|为什么|是否)[^，,；;。？?\n]{1,24}?(?:作为|为)(?!什么|何|谁|止)[ \t]*(?:\[|[\p{L}\p{N}])/u;
/** Who spoke, then a question opening with its word (not `Jack: Can you send …?`, a request). */
const SPEAKER_QUESTION =
  /^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?:what|how|why|when|where|which|who|is|are|do|does|should)(?![\p{L}])[^\n]*[?？][ \t*_]*$/iu;
const QUESTION_END = /[?？][ \t*_]*(?:\([^()\n]*\)|（[^（）\n]*）)?[ \t*_.。]*$/u;
/** `Rough agreement to …`, `Consensus on …`, `Se acordó …`, `一致同意…`: what was agreed, a decision. */
const AGREEMENT = new GuardedPattern(
  'AGREEMENT',
  String.raw`^[ \t]*(?:\*\*|__)?(?:(?:rough|general|broad|loose)[ \t]+)?(?:agreement|consensus)(?![\p{L}])|^[ \t]*(?:\*\*|__)?(?:se[ \t]+acord[oó]|acordado|consenso|一致同意|达成共识)`,
  'iu',
  (t) => /agreement|consensus|acord|consenso|一致同意|达成共识/iu.test(t),
);

/** `For that implementation, `, `In the meantime, `: an opening phrase, a comma, then the sentence in lower case. */
const OPENING_PHRASE = /^[ \t]*(?:for|in|on|with|after|regarding|as[ \t]+for)[ \t]+[^,;:\n]{1,40},[ \t]+(?=\p{Ll})/iu;
/** `A list of tasks can be found in the repo`, `se puede consultar en…`: where something is, not a task. */
const FOUND_AT =
  /(?<![\p{L}])(?:can|could|may)[ \t]+be[ \t]+(?:found|seen|viewed|accessed|read)(?![\p{L}])|(?<![\p{L}])se[ \t]+pueden?[ \t]+(?:encontrar|ver|consultar)(?![\p{L}])|可以在.{1,20}(?:找到|查看|看到)/iu;
/**
 * Whether an item records what was said or found instead of asking for work: a subject (`The export`, `It`,
 * `We`, `One of the reasons`, or a person's name) whose first verb states (`is`, `was`, `would`, `does not`,
 * `argued`, `went`) before anything that asks for work (`to`, `will`, `should`, `must`, `needs`). English only:
 * Spanish and Chinese actas write their tasks as nouns, and those stay actions.
 */
export function isStatement(firstLine: string): boolean {
  return statement(firstLine, true);
}
/** isStatement with every leading name read, also where no word states or says: for test/ownerPatterns.test.ts. */
export function isStatementReadingEveryName(firstLine: string): boolean {
  return statement(firstLine, false);
}
function statement(firstLine: string, shortcut: boolean): boolean {
  const tagged = TAGGED_SUB_ITEM.test(firstLine);
  const text = firstLine
    .replace(/^[ \t]*\[[ xX]?\][ \t]+/, '')
    .replace(ACTION_TAG, '')
    .replace(/[*_`~]/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
  // `Added validations to the form`, `Merged the fix`, `Mark T: Spoke to the vendor`: what was done, reported
  // without a subject (after the speaker's name, in a record of who said what).
  const said = text.replace(SPEAKER_LABEL, '');
  if (
    (DONE_LEAD.test(said) || DONE_IRREGULAR.test(said) || WE_DID_ES.test(said)) &&
    !/(?<![\p{L}])(?:to[ \t]+be|will|should|must)(?![\p{L}])/iu.test(text) &&
    !UNDER_WAY.test(text)
  )
    return true;
  // `A list of tasks can be found in the repo`: where to read something, not a task.
  if (FOUND_AT.test(text)) return true;
  // After a person's name only a word that states or says makes a statement (see below): without one, the
  // name is not looked for.
  const subject =
    STATEMENT_SUBJECT.exec(text) ??
    ACRONYM_SUBJECT.exec(text) ??
    (!shortcut || statesOrSays(text) ? PERSON_SUBJECT.exec(text) : null);
  if (!subject) return false;
  if (subject[1] !== undefined && !realNames(subject[1]).length) return false;
  // The words of the first clause after the subject, up to eight.
  const rest = text
    .slice(subject[0].length)
    .split(/[.;:!?]/)[0]
    .toLowerCase()
    .split(/[ \t,]+/)
    .filter(Boolean)
    .slice(0, 8);
  // A later clause asking for work (`The letter is on hold; Kim will confirm the tone`) makes it an action.
  if (LATER_WORK.test(text.slice(subject[0].length))) return false;
  // After a name, the verb comes at once (`Peter argued`, `Ana is also against`): a capitalised imperative
  // (`Address the tests that are failing`) is no name.
  const person = subject[1] !== undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    if (person && i > 0 && !ADVERBS.has(rest[i - 1])) return false;
    const next = rest[i + 1] ?? '';
    if (ASKS_FOR_WORK.has(w)) return false;
    // `**Action:** Jagoda is leading the poster refresh`: under a label calling it an action, a person taking the
    // work on (`is leading`, `is handling`) is its owner, not a report.
    if (person && tagged && (w === 'is' || w === 'are') && TAKING_ON.has(next)) return false;
    if (STATES.has(w) || (person && SAYS.has(w)))
      // `is to send`, `has to send`, `is due Friday`, `was asked to`: work asked for after all.
      return !(next === 'to' || next === 'going' || next === 'due' || (rest[i + 2] === 'to' && /ed$/.test(next)));
    // `We discussed …`, `The release shipped …`: a past tense right after the subject.
    if (i === 0 && !person && /^[a-z]{3,}ed$/.test(w) && !/(?:need|want)ed$/.test(w)) return next !== 'to';
  }
  return false;
}
/** Progressives of a person taking work on (`is leading`, `are handling`). */
const TAKING_ON = new Set('leading handling owning driving coordinating managing covering'.split(' '));
/** Whether any word of `text` (lower case, as isStatement splits its clause) states or says (STATES, SAYS). */
function statesOrSays(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[ \t,.;:!?]+/)
    .some((w) => STATES.has(w) || SAYS.has(w));
}
/**
 * A capitalised past tense leading the item (`Added`, `Fixed`, `Discussed`), not `Proceed`, `Embed` or
 * `Needed`, nor a name (`Alfred to send …`, `Alfred Ruiz`).
 */
const DONE_LEAD =
  /^[ \t]*\p{Lu}\p{Ll}{2,}(?<![Nn]eed|[Ww]ant|[Ee]mb|[Cc]ontinu|[Aa]dvanc|[Dd]etail|e)ed(?![\p{L}])(?![ \t]+(?:(?:to|will|and|y)(?![\p{L}])|&|\p{Lu}))/u;
/**
 * What the team did, told in the first person plural (`Discutimos las responsabilidades …`, `Asignamos tareas a
 * cada miembro`, `Revisamos el tablero`): an -ir verb's `-imos` is always indicative; of the `-amos` forms, only
 * those of -ar verbs that report (`Asignamos`, not `Hagamos`, `Escribamos`: let's do it, nor `Acordamos`,
 * `Quedamos en`, `Vamos a`, `Necesitamos`: what is still to do). A verb's `-imos` has no accent before it
 * (`Próximos pasos`, `Últimos cambios` are no verbs).
 */
const WE_DID_ES =
  /^[ \t]*(?:[A-ZÑ][a-zñ]{2,}imos|(?:Asign|Revis|Habl|Analiz|Coment|Repas|Present|Explic|Comprob|Identific|Plante|Realiz|Termin|Complet|Finaliz|Trabaj|Avanz|Empez|Comenz|Inici|Organiz|Evalu|Valor|Detect|Solucion|Configur|Implement|Desarroll|Mostr|Confirm|Aprob)amos)(?![\p{L}])/u;
/** Work still under way (`(70% complete)`, `in progress`): `Advanced features development (70% complete)` is no report of work done. */
const UNDER_WAY =
  /(?<![\d.])\d{1,2}[ \t]*%[ \t]*(?:complete|completed|done)(?![\p{L}])|(?<![\p{L}])(?:in[ \t]+progress|under[ \t]*way|ongoing|wip)(?![\p{L}])/iu;
/** An irregular past tense leading the item (`Spoke to …`, `Met with …`, `Sent the deck`). */
const DONE_IRREGULAR =
  /^[ \t]*(?:Spoke|Met|Sent|Wrote|Took|Got|Gave|Told|Built|Held|Went|Came|Brought|Began|Chose)(?![\p{L}])(?![ \t]+(?:to|will)[ \t]+(?:be|send|do|make)(?![\p{L}]))/u;
/** A speaker's name and a colon leading a line of who said what (`Mark T:`, `Carol:`). */
const SPEAKER_LABEL = /^[ \t]*\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}(?:[\p{Ll}'’-]+|\.)?)?[ \t]*:[ \t]+/u;
const ADVERBS = new Set('also still already really strongly then now currently mostly generally'.split(' '));
const LATER_WORK = /(?<![\p{L}])(?:will|shall|should|must|needs?|please|to[ \t]+do)(?![\p{L}])/iu;
/** Subjects of a statement: a determiner or pronoun leading the item (a noun phrase of up to four words may follow). */
const STATEMENT_SUBJECT =
  /^[ \t]*(?:the|this|that|these|those|it|its|there|we|they|he|she|i|our|their|his|her|some|most|many|few|several|both|current|one[ \t]+of|everyone|everybody|nobody)(?![\p{L}])/iu;
/** `CNCF is restructuring TAGs`: an organisation's acronym as the subject. */
const ACRONYM_SUBJECT = /^[ \t]*\p{Lu}{2,6}(?![\p{L}\p{N}])/u;
/** A person's name leading the item (see NAMES): then only a verb of saying or thinking, or `is`/`does not`, makes it a statement. */
const PERSON_SUBJECT = new GuardedPattern('PERSON_SUBJECT', String.raw`^[ \t]*(${NAMES})(?=[ \t])`, 'u', capitalLead);
const ASKS_FOR_WORK = new Set(
  'to will shall should must need needs ought going plan plans aim aims wants want let please'.split(' '),
);
const STATES = new Set(
  (
    "is are was were isn't aren't wasn't weren't has have had hasn't haven't does did doesn't didn't would could might may can cannot can't " +
    'seems seem seemed looks looked went came got made took found became remained stayed happened shipped landed works worked ' +
    'lack lacks exist exists prefer remain remains differ differs depend depends'
  ).split(' '),
);
/** What a person is recorded as saying or thinking (`Peter argued that …`): a record of the discussion. */
const SAYS = new Set(
  (
    'argued argues thinks thought believes believed feels felt prefers preferred likes supports supported opposes opposed ' +
    'disagrees disagreed questioned pointed clarified expressed commented replied responded highlighted stated indicated ' +
    'explained explains noted notes mentioned mentions said says suggested suggests recommended recommends presented ' +
    'reported confirmed confirms raised shared understand understands'
  ).split(' '),
);

/**
 * A topic written as a title (`Extensions API`, `Release Tooling`): up to four capitalised words with an
 * acronym among them and no verb, nothing asked of anyone. Minutes list such topics under their follow-ups.
 */
function isTopic(firstLine: string): boolean {
  // `5. Data Locality & Scheduling`: a numbered title, as a flattened outline lists its points.
  const numbered = /^[ \t]*(?:\*\*|__)?\d{1,2}[.)][ \t]+/.test(firstLine);
  const text = firstLine
    .replace(ACTION_TAG, '')
    .replace(/^[ \t]*(?:\*\*|__)?\d{1,2}[.)][ \t]+/, '')
    .replace(/[*_`]/g, '')
    .trim();
  // `Device Resource Allocation (DRA)`, `Tag Runtime & Workloads`: an acronym in brackets, words joined by `&`.
  const ws = text
    .replace(/[()]/g, '')
    .split(/[ \t]+/)
    .filter((w) => /\p{L}/u.test(w));
  const joined = numbered || /[ \t]&[ \t]/.test(text);
  return (
    ws.length >= 2 &&
    ws.filter((w) => !TITLE_SMALL_WORDS.has(w)).length <= (joined ? 6 : 4) &&
    !/[.!:;,]$/.test(text) &&
    !/ing$/i.test(ws[0]) &&
    ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w))) &&
    (joined || ws.some((w) => /^\p{Lu}{2,}s?$/u.test(w))) &&
    !NOT_NAMES.has(fold(ws[0]))
  );
}

/** Words a title leaves in lower case (`Point of Sale Review (POS)`). */
const TITLE_SMALL_WORDS = new Set('of and for the on in to a de del y la el'.split(' '));

/**
 * An item saying there is nothing: `None`, `n/a`, `Ninguna`, `无`, `None (waiting on the client)`, and `None, wait
 * for the tutor's approval` (nothing to do, then why).
 */
const NOTHING =
  /^[ \t]*(?:\*\*|__)?(?:none|nothing|n\/a|ninguna|ninguno|nada|无|暂无|没有|todo|to-do|tbd|tba|tbc|待定|待补充|por definir)(?:\*\*|__)?[ \t]*(?:[.。!][ \t]*)?$|^[ \t]*(?:\*\*|__)?(?:none|nothing|ninguna|ninguno|nada|无|暂无|没有)(?:\*\*|__)?[ \t]*[(（][^()（）\n]{1,160}[)）][ \t]*(?:[.。!][ \t]*)?$|^[ \t]*(?:\*\*|__)?(?:none|nothing|ninguna|ninguno|nada)(?:\*\*|__)?[ \t]*(?:,|;|[ \t][-–—])[ \t]+\S|^[ \t]*(?:无|暂无|没有)[，,；;]/iu;

function words(text: string): number {
  return (
    text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + (text.match(/\p{Script=Han}/gu)?.length ?? 0) / 2
  );
}
const SEE_ELSEWHERE =
  /^[ \t]*(?:see|cf\.?|v[eé]ase|ver)[ \t]+(?:above|below|arriba|abajo|(?:the[ \t]+|el[ \t]+|la[ \t]+)?[^\n]{0,40}?(?:bullet|item|items|section|point|note|notes|punto|apartado|secci[oó]n)(?![\p{L}]))|^[ \t]*(?:参见|参看|详见|见上|见下)/iu;
const RECURRING =
  /(?:每周|每月|每天|每日)定期|(?:^|[:：])[ \t]*(?:\*\*|__)?每[一两二三四五六七八九十\d]{0,2}个?(?:天|日|周|星期|月|工作日)(?!\p{Script=Han}{0,4}(?:之?前|以前|截止))|定期(?:线上|线下)?(?:沟通|开会|同步|召开|举行)|^[ \t]*(?:keep|continue)[ \t]+(?:meeting|syncing|checking[ \t]+in)[ \t]+(?:every|each)[ \t]+(?:week|day|month|sprint)|^[ \t]*(?:seguir|continuar)[ \t]+reuni[eé]ndo(?:nos|se)[ \t]+cada[ \t]+(?:semana|d[ií]a|mes)|^[ \t]*mantener[ \t]+(?:\S[^\n]{0,60}?[ \t])?(?:actualizad[oa]s?|al[ \t]+d[ií]a)(?![\p{L}])/iu;
/**
 * `Continue implementing …`, `Continue to …`, `Maintain synchronized sessions …`, `Keep reviewing …`, `Keep the wiki up
 * to date`: a practice to go on with (isDiscussionPoint, for an item naming nobody and no date).
 */
const STANDING_PRACTICE =
  /^[ \t]*(?:\*\*|__)?(?:continue[ \t]+(?:\p{Ll}+ing|to[ \t]+\p{Ll}+|with)(?![\p{L}])|maintain[ \t]+\p{L}|keep[ \t]+(?:\p{Ll}+ing(?![\p{L}])|[^\n]{1,60}?[ \t](?:up[ \t]+to[ \t]+date|updated|informed|in[ \t]+sync|in[ \t]+the[ \t]+loop|tidy)(?![\p{L}])))/iu;
/** `Wednesdays at 12:15`: a weekday in the plural, every week's (before the time or at the line's end). */
const PLURAL_WEEKDAY =
  /(?<![\p{L}])(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?=[ \t]+at[ \t]+\d|[ \t]*[,.;]?[ \t]*$)/iu;
const OPEN_CALL =
  /^[ \t]*(?:\*\*|__)?(?:anyone|those|people|whoever|(?:other[ \t]+)?(?:community[ \t]+)?members|volunteers|quien(?:es)?|los[ \t]+interesados|interesados)[ \t]+(?:who[ \t]+(?:are|is)[ \t]+|que[ \t]+(?:est[eé]n?|quieran)[ \t]+)?(?:interested|interesad[oa]s)(?![\p{L}])/iu;
/** `Carried over:`, `Still open:`, `Pendiente de la anterior:` leading a task: where it stands, no name nor topic. */
export const CARRIED_OVER_LABEL =
  /^[ \t]*(?:\*\*|__)?(?:carried[ \t]+(?:over|forward)|carry-?over|still[ \t]+open|from[ \t]+(?:the[ \t]+)?last[ \t]+(?:week|meeting)|arrastrad[oa]|pendiente[ \t]+de[ \t]+la[ \t]+(?:anterior|reuni[oó]n[ \t]+anterior))(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?=\S)/iu;
const CARRIED_OVER =
  /(?:[-–—]+>|→|=>)[ \t]*(?:to[ \t]+)?(?:the[ \t]+)?(?:next|following)[ \t]+(?:meeting|call|week)[ \t.]*$/iu;
/** `方法：…`, `Method: …`: how a task is to be done, a note on it. */
const METHOD_LABEL = /^[ \t]*(?:\*\*|__)?(?:方法|method|m[eé]todo)(?:\*\*|__)?[ \t]*[:：]/iu;
const SUMMARY_LABEL = /^[ \t]*(?:\*\*|__)?(?:summary|recap|resumen|总结|摘要)(?:\*\*|__)?[ \t]*[:：]/iu;
const DISCUSSION_LABEL =
  /^[ \t]*(?:\*\*|__)?(?:(?:[\p{L}-]+[ \t]+){0,2}(?:update|updates|status)|goal|goals|objective|objectives|proposal|speculation|context|background|idea|ideas|objetivo|objetivos|propuesta|contexto|antecedentes|目标|背景|提议|(?:group|team|final|key)[ \t]+decisions?|decision|decisions|question|questions|note|nb|fyi|info|status|update|updates|result|results|outcome|verdict|decisi[oó]n|decisiones|pregunta|preguntas|nota|duda|estado|actualizaci[oó]n|resultado|决定|决议|问题|备注|说明|状态|进展|结果)(?:\*\*|__)?[ \t]*[:：]/iu;

/**
 * An item marked done: struck through (`~~…~~`), led by a bold done mark (`**DONE** Send the invoice`), or closing
 * its first line with `- DONE`, `— done in tracker`, `(done)`, `: completado`, `✅`, `**Done**`, `[done]` (not `get
 * it done`: a dash, a colon, brackets or bold set the mark off; not `** Not Done **`); or opening it
 * with a check mark (`✅ Press release drafted`), as status reports tick what is done, or with a done label
 * over a task handed out (`DONE: Dan to send the invite`; not `Done: the poster`); or closing it with a link to where it was done (`[[done](https://…)]`).
 */
// (`<del>…</del>` too: struck out in HTML.)
export const STRUCK =
  /^[ \t]*~~(?=\S)|^[ \t]*<(?:del|s|strike)>|^[ \t]*(?:\*\*|__)(?:done|hecho|completado|已完成|完成)(?:\*\*|__)(?:[ \t:：]|$)|^[^\n]*?(?:[ \t][-–—:][ \t]*|[(（][ \t]*)(?:done|completed|finished|closed|hecho|hecha|completado|completada|已完成|完成)(?![\p{L}])[^\n]{0,30}$|^[^\n]*[ \t]✅[ \t.]*$|^[ \t]*(?:✅|✔️?|☑️?)[ \t]|[ \t](?:\*\*|__|\\\*\\\*|\[)[ \t]*(?:done|completed|hecho|completado|已完成|完成)[ \t]*(?:\*\*|__|\\\*\\\*|\])[ \t.\\]*$|^[ \t]*(?:\*\*|__)?done(?:\*\*|__)?[ \t]*[:：][ \t]*[\p{L}.'’-]+(?:[ \t]+[\p{L}.'’-]+)?[ \t]+(?:to|will)[ \t]|[ \t]\[?\[(?:done|completed|hecho|completado|已完成|完成)\]\([^()\s]*\)\]?[ \t.]*$/iu;

/** `Action Items for All Members`, `Tasks for everyone`, `Tareas para todo el equipo`: the group the tasks are for. */
const FOR_GROUP_HEADING =
  /[ \t](?:for|para)[ \t]+((?:all[ \t]+(?:the[ \t]+)?(?:members|attendees|participants|of[ \t]+us)|all|everyone|everybody|the[ \t]+(?:whole[ \t]+)?team|todos|todas|todos[ \t]+los[ \t]+(?:miembros|integrantes|participantes)|todo[ \t]+el[ \t]+equipo))[ \t*_:：]*$/iu;
/** `## Pendientes del equipo estudiantil`, `## Tareas del museo / stakeholders`: the team whose open tasks they are. */
const OF_TEAM_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:pendientes|tareas(?:[ \t]+pendientes)?|acciones|compromisos)[ \t]+(?:del|de[ \t]+la|de[ \t]+los|de[ \t]+las|de)[ \t]+([^\n*_:：]{2,40}?)(?:\*\*|__)?[ \t:：]*$/iu;
function groupOfHeading(heading: string, start: number): Owner[] {
  const team = OF_TEAM_HEADING.exec(heading);
  if (team && isTeamHeading(team[1].trim())) {
    const at = start + team.index + team[0].indexOf(team[1]);
    return [{ name: team[1].trim(), start: at, end: at + team[1].trim().length }];
  }
  const m = FOR_GROUP_HEADING.exec(heading);
  if (!m) return [];
  const at = start + m.index + m[0].indexOf(m[1]);
  return [{ name: m[1], start: at, end: at + m[1].length }];
}

/**
 * The owners a list inherits from the paragraph that leads into it and ends with a colon:
 * `Mike Goldin to open an issue for:`, `Ana se encarga de:`, `张伟负责：`.
 */
export function leadInOwners(paragraph: string, base: number, roster: Roster | undefined): Owner[] {
  // `**Back-end**` or `**Kim**` alone over a list, no colon: a label as `Back-end:` is (offsets are unchanged).
  // (Not a label in capitals, `**COMPROMISO(S)**`: a part of the notes, not a name.)
  if (BOLD_ALONE.test(paragraph))
    return /\p{Lu}{4}/u.test(paragraph) && !/\p{Ll}/u.test(paragraph)
      ? []
      : leadInOwners(`${paragraph.trimEnd()}:`, base, roster);
  // `Para Hancer` / `Para todos:` alone over a list (a team charter's shares): whose the items are.
  const forName = FOR_WHOM_LEAD.exec(paragraph);
  if (forName) {
    const who = forName[1];
    const at = base + forName.index + forName[0].indexOf(who);
    if (GROUP_ALONE.test(who)) return [{ name: who, start: at, end: at + who.length }];
    const names = realNames(who).filter((n) => inRoster(n, roster) || /\p{Lu}/u.test(n[0]));
    if (names.length) return placed(names, who, at);
  }
  // `###User engagement - Heather, Henry, Rob` over a list: a heading missing its space, read as the heading.
  if (/^ {0,3}#{1,6}(?=[^\s#])/u.test(paragraph) && !paragraph.includes('\n'))
    return headingPersons(
      paragraph.replace(
        /^( {0,3})(#{1,6})/u,
        (_, indent: string, hashes: string) => indent + ' '.repeat(hashes.length),
      ),
      base,
      roster,
    );
  // `徐子益：与视觉组配合` over a list: a person's label with a short remark after it, as `徐子益：` alone is.
  const hanLabel = HAN_PERSON_LABEL.exec(paragraph);
  if (hanLabel && !HAN_NOT_NAMES.test(hanLabel[1])) {
    const at = base + hanLabel.index + hanLabel[0].indexOf(hanLabel[1]);
    return [{ name: hanLabel[1], start: at, end: at + hanLabel[1].length }];
  }
  if (!/[:：][ \t*_]*$/u.test(paragraph.trimEnd())) return [];
  // `Phoebe:` or `**Will**:` alone over a list: the name labels the tasks under it, as a sub-heading would.
  if (/^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(paragraph.trim())) {
    // Attendees, or one name of at most two words that reads as no plural (`Observaciones y Supuestos:`,
    // `Dependencies:` label notes). (`**Ana + Ben (due 2026-05-31):**`: the deadline after the names is theirs.)
    const named = headingPersons(paragraph.replace(DUE_IN_LABEL, ''), base, roster);
    if (
      named.length &&
      (named.every((n) => inRoster(n.name, roster)) ||
        (named.length === 1 && named[0].name.split(/[ \t]+/).length <= 2 && !PLURAL_ENDING.test(named[0].name)) ||
        // `Jingxin and Linyuan:`: two or three first names, none a plural.
        (named.length <= 3 && named.every((n) => /^\p{Lu}\p{Ll}+$/u.test(n.name) && !PLURAL_ENDING.test(n.name))))
    )
      return named;
  }
  // `Action Items for Ian:`, `Tareas para Lucía:`, `Action items for me:` (the writer's own log): whose they are.
  const forWhom = ACTIONS_FOR.exec(paragraph);
  if (forWhom) {
    const who = forWhom[1];
    const names = /^(?:me|myself|mí|mi)$/iu.test(who) ? [who] : realNames(who);
    if (names.length) {
      const at = base + forWhom.index + forWhom[0].indexOf(who);
      return names.map((n) => ({ name: n, start: at + who.indexOf(n), end: at + who.indexOf(n) + n.length }));
    }
  }
  // `Mis tareas a corto plazo son:`, `My next steps:`, `我的任务：`: the writer's own (a log kept by one person).
  const mine = MY_TASKS_LEAD.exec(paragraph);
  if (mine) {
    const at = base + mine.index + mine[0].indexOf(mine[1]);
    return [{ name: mine[1], start: at, end: at + mine[1].length }];
  }
  // `El equipo ha acordado enfocarse en … Se espera que se concentren en los siguientes aspectos:`: the team's.
  const team = TEAM_LEAD_IN.exec(paragraph);
  if (team)
    return [
      {
        name: team[1],
        start: base + team.index + team[0].length - team[1].length,
        end: base + team.index + team[0].length,
      },
    ];
  // `Las siguientes líneas se abordarán … por todos los integrantes del equipo …:`, `… by the whole team:`: the
  // group the lead-in gives the work to.
  const byGroup = BY_GROUP_LEAD_IN.exec(paragraph);
  if (byGroup) {
    const at = base + byGroup.index + byGroup[0].length - byGroup[1].length;
    return [{ name: byGroup[1], start: at, end: at + byGroup[1].length }];
  }
  return findOwners(paragraph, base, roster);
}
/** A deadline in brackets closing a label, before its colon: `(due 2026-05-31)`, `（截止 5月31日）`. */
const DUE_IN_LABEL =
  /[ \t]*[(（](?:due|by|deadline|until|截止|期限|fecha[ \t]+l[ií]mite|para[ \t]+el)(?![\p{L}])[^()（）\n]{1,30}[)）](?=[ \t*_]*[:：])/iu;
const BY_GROUP_LEAD_IN =
  /(?<![\p{L}])(?:por|by)[ \t]+(todos[ \t]+los[ \t]+(?:integrantes|miembros|participantes)|todo[ \t]+el[ \t]+equipo|el[ \t]+equipo|the[ \t]+whole[ \t]+team|the[ \t]+team|everyone|all[ \t]+(?:team[ \t]+)?members)(?![\p{L}])/iu;
/** A plural's ending (`Dependencies`, `Risks`, `Updates`, `Observaciones`), not a name's (`Ross`, `James`, `Chris`). */
const PLURAL_ENDING = /(?:ies|[^aeiousl\s]s|ates|ues|ores|ones|[td]es)$/iu;
/** A bold label alone on its line, without a colon: `**Back-end**`, `**Kim**`. */
const BOLD_ALONE = /^[ \t]*(?:\*\*|__)[^*_\n:：]{1,30}(?:\*\*|__)[ \t]*$/u;
/** [1] whose the actions under a label are: `Action Items for Ian:`, `Next steps for me:`, `Tareas para Lucía:`. */
/** `Para Darsy:`, `Para Hancer`, `Para todos:` alone on a line (Spanish: whose the items below are). */
const FOR_WHOM_LEAD = new GuardedPattern(
  'FOR_WHOM_LEAD',
  String.raw`^[ \t]*(?:\*\*|__)?[Pp]ara[ \t]+(tod[oa]s|todo el equipo|${LATIN_NAME}(?:[ \t]*(?:,|y)[ \t]*${LATIN_NAME})*)(?:\*\*|__)?[ \t]*[:：]?[ \t*_]*$`,
  'u',
  (t) => /^[ \t]*(?:\*\*|__)?[Pp]ara[ \t]/.test(t),
);
const GROUP_ALONE = /^(?:tod[oa]s|todo el equipo)$/iu;
/** Whose the tasks under a label item are, when the label says so (MY_TASKS_LEAD, ACTIONS_FOR); none otherwise. */
function ownersOfLabel(line: string, at: number): Owner[] {
  const text = line.replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/u, (m) => ' '.repeat(m.length));
  return MY_TASKS_LEAD.test(text) || ACTIONS_FOR.test(text) ? leadInOwners(text, at, undefined) : [];
}
/** [1] the writer's possessive leading a label of their tasks: `Mis tareas a corto plazo son:`, `My action items:`. */
const MY_TASKS_LEAD =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(mis|my|我的)[ \t]*(?:tareas|acciones|pr[oó]ximos[ \t]+pasos|tasks|action[ \t]+items|next[ \t]+steps|to-?dos|任务|待办(?:事项)?)(?![\p{L}])[^:：\n]{0,40}[:：][ \t*_]*$/iu;
const ACTIONS_FOR = new GuardedPattern(
  'ACTIONS_FOR',
  String.raw`^[ \t]*(?:\*\*|__)?(?:action[ \t]+items?|actions?|next[ \t]+steps|to-?dos?|tasks?|tareas|acciones|pr[oó]ximos[ \t]+pasos)[ \t]+(?:for|para)[ \t]+(me|myself|m[ií]|${LATIN_NAME}(?:[ \t]*(?:,|&|and|y)[ \t]*${LATIN_NAME})*)(?:\*\*|__)?[ \t]*[:：][ \t*_]*$`,
  'iu',
  (t) => /[:：][ \t*_]*$/.test(t) && /[ \t](?:for|para)[ \t]/i.test(t),
);
/** `徐子益：与视觉组配合`: a Chinese name (surname first), its colon, then a remark of one short line. */
const HAN_PERSON_LABEL = new RegExp(
  `^[ \\t]*(?:\\*\\*)?(${HAN_NAME})(?:\\*\\*)?[ \\t]*[：:](?:\\*\\*)?[ \\t]*(?=\\S)[^\\n:：]{1,30}$`,
  'u',
);
/** A lead-in whose subject is the whole team. */
const TEAM_LEAD_IN =
  /^[ \t]*(?:\*\*|__)?((?:the|el|todo el|la|our|nuestro)[ \t]+(?:team|equipo|group|grupo)|everyone|everybody|todos|全体(?:成员)?|大家|团队)(?![\p{L}])/iu;

/**
 * The people a sub-heading of an actions section names (`### Rohit`, `### **Killari and Sina**`, `### Team:`):
 * the owners of the lists under it. A topic (`### Coordination`, `### Testing`) names nobody: each word must
 * be a name that is no ordinary word, and no word ending like a noun of English (-tion, -ment, -ing…)
 * unless it is one of the roster's people. `heading`: the heading's source line, at offset `at`.
 */
export function headingPersons(heading: string, at: number, roster: Roster | undefined): Owner[] {
  // A heading, or a label alone on its line (`**Kim**`, `Xin:`).
  const m =
    /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*{2,3}|_{2,3})?[ \t]*(.*?)[ \t]*(?:(?:\*{2,3}|_{2,3})[ \t]*)?(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?#*[ \t]*$/u.exec(
      heading,
    );
  // (`### 🧭 Heiner Apaza`: a pictogram before the name is decoration.)
  const text = (m?.[1].trim() ?? '').replace(LEADING_PICTOGRAMS, '');
  if (!text || text.length > 60) return [];
  const start = at + heading.indexOf(text);
  if (
    /^(?:the[ \t]+)?team$|^(?:el[ \t]+)?equipo$|^todos$|^everyone$|^everybody$|^all$|^all of us$|^全体$|^大家$|^所有人$/iu.test(
      text,
    ) ||
    isTeamHeading(text)
  )
    return [{ name: text, start, end: start + text.length }];
  // `### KToken @陈玄`, `### Site search @ana @li`: a topic, then the handles of who carries it.
  const handles = TOPIC_THEN_HANDLES.exec(text);
  if (handles) {
    const names = [...handles[1].matchAll(/@([^\s@]+)/gu)].map((h) => h[1]);
    return placed(names, text, start);
  }
  // `### From David`, `### For Jonny`, `### De Lucía`: what is asked of them, theirs (a person of the roster, or
  // a full name: not `### For review`).
  const from = FROM_PERSON.exec(text);
  if (from) {
    const asked = persons(from[1], roster, 2, false);
    const at = start + from[0].length - from[1].length;
    return asked.length && asked.every((n) => inRoster(n, roster) || n.trim().split(/[ \t]+/).length >= 2)
      ? placed(asked, from[1], at)
      : [];
  }
  // `### Ian - D2B Update`: a person of the roster, then what their part of the meeting is about.
  const update = PERSON_THEN_TOPIC.exec(text);
  if (update && inRoster(update[1], roster)) return placed([update[1]], text, start);
  // `### User research - Heather, Henry, Rob`: a workstream, then the people who carry it (two at least, each a
  // name: not `## Roadmap - Mobile, Web`, whose words name parts of the work).
  const carried = TOPIC_THEN_PERSONS.exec(text);
  if (carried) {
    const who = persons(carried[1], roster, 2, false);
    const part = (n: string) => n.split(/[ \t]+/).some((w) => TOPIC_ENDING.test(w) || DEPARTMENTS.has(fold(w)));
    if (who.length >= 2 && !who.some(part) && who.every((n) => inRoster(n, roster) || !NOT_NAMES.has(n.toLowerCase())))
      return placed(who, carried[1], start + carried.index + carried[0].length - carried[1].length);
  }
  const names = persons(text, roster, 2, false);
  const topic = (n: string) =>
    !inRoster(n, roster) && n.split(/[ \t]+/).some((w) => TOPIC_ENDING.test(w) || DEPARTMENTS.has(fold(w)));
  if (!names.length || names.some(topic)) return [];
  return placed(names, text, start);
}

/**
 * A sub-heading naming a part of the work, then who carries it in brackets (`##### Frontend (Marta)`,
 * `##### Full Stack (Iván Ruiz)`), or the part alone (`##### DevOps`): the owners (none for the part alone);
 * undefined for any other heading. Read only under a heading naming the agreements and the tasks
 * (namesCommitmentsToo), whose sub-headings share the work out.
 */
function areaOwnerHeading(heading: string, at: number, roster: Roster | undefined): Owner[] | undefined {
  const m =
    /^ {0,3}#{1,6}[ \t]+([A-Za-z][A-Za-z/&+ -]{1,24}?)[ \t]*(?:[(（]([^()（）\n]{2,40})[)）])?[ \t]*#*[ \t]*$/u.exec(
      heading,
    );
  if (!m) return undefined;
  const words = fold(m[1])
    .split(/[ \t/&+-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 3 || !words.some((w) => AREA_HEADING_WORDS.has(w))) return undefined;
  if (!words.every((w) => AREA_HEADING_WORDS.has(w) || DEPARTMENTS.has(w))) return undefined;
  if (m[2] === undefined) return [];
  // (A person of the roster, or a full name: not `Frontend (React)`.)
  const names = persons(m[2].trim(), roster, 3, false);
  if (names.length === 0 || !names.every((n) => inRoster(n, roster) || /\S[ \t]+\S/u.test(n))) return undefined;
  return placed(names, heading, at);
}
/** The parts of a software team's work a sub-heading names (`Frontend`, `Full Stack`, `DevOps`, `QA`). */
const AREA_HEADING_WORDS = new Set([
  ...WORK_AREA_WORDS,
  'full',
  'stack',
  'fullstack',
  'mobile',
  'web',
  'design',
  'testing',
  'diseño',
  'maquetación',
  'maquetacion',
]);

/**
 * A person of the roster a heading names, alone or before a topic (`### Ian Bush`, `### Ian - D2B Update`):
 * none otherwise (the roster is asked, no name pattern is tried).
 */
function rosterPersonHeading(heading: string, at: number, roster: Roster): Owner[] {
  const m = /^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?[ \t]*(.*?)[ \t]*(?:(?:\*\*|__)[ \t]*)?#*[ \t]*$/u.exec(heading);
  const text = m?.[1] ?? '';
  const update = PERSON_THEN_TOPIC.exec(text);
  const name = update ? update[1] : text;
  if (!name || name.length > 40 || !inRoster(name, roster)) return [];
  const start = at + heading.indexOf(name);
  return [{ name, start, end: start + name.length }];
}
/** A topic, then one handle or more closing the heading (`KToken @陈玄`): [1] the handles. */
const TOPIC_THEN_HANDLES = /^[^@\n]*[\p{L}\p{N}][ \t]+((?:@[\p{L}\p{N}_.-]+[ \t]*){1,4})$/u;
const PERSON_THEN_TOPIC = /^(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)[ \t]+[-–—:][ \t]+\S/u;
/** A topic, a dash, then names separated by commas (`User engagement - Heather, Henry, Rob`): [1] the names. */
const TOPIC_THEN_PERSONS =
  /^[^\n]{2,50}?[ \t]+[-–—][ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]*(?:,|&|and|y)[ \t]*\p{Lu}[\p{Ll}'’-]+){1,5})$/u;
const FROM_PERSON = /^(?:[Ff]rom|[Ff]or|[Dd]e|[Pp]ara|[Pp]or[ \t]+parte[ \t]+de)[ \t]+(\p{Lu}.*)$/u;

/**
 * A heading naming a team or party (`### Equipo estudiantil`, `### Dev team`, `### Museo / stakeholders`,
 * `### 前端组`): the tasks under it are that team's.
 */
function isTeamHeading(text: string): boolean {
  const named = TEAM_NAMED.exec(text);
  // `### Team building`, `### Group decisions`: a topic about the team, not the team.
  if (named) return named[1].split(/[ \t]+/).every((w) => !TOPIC_ENDING.test(w) && !/s$/i.test(w));
  return TEAM_LAST.test(text);
}
const TEAM_NAMED =
  /^(?:(?:the|el|la)[ \t]+)?(?:equipo|team|grupo|group|squad|comit[eé]|committee)[ \t]+((?:[\p{L}\p{M}\p{N}'’-]+[ \t]*){1,3})$/iu;
const TEAM_LAST =
  /^[\p{L}\p{M}'’ /&-]{1,40}(?<![\p{L}])(?:team|squad|stakeholders?|committee)$|^\p{Script=Han}{1,6}(?:组|小组|团队)$/iu;

const TOPIC_ENDING = /(?:tion|sion|ment|ness|ing|ity|ance|ence|ency|ics|ogy|ure|ism|ship|ies|ed|ive|al)$/i;
/** Departments, channels and kinds of work that head a group of actions (`### Creative`, `### Retail`): no person. */
const DEPARTMENTS = new Set([
  ...WORK_AREA_WORDS,
  ...'creative digital social retail media legal finance strategy design account accounts client clients agency studio print online offline tv radio ooh events pr content brand marketing sales ops tech product research web mobile video photo copy art production budget misc other others general admin logistics planning shopper trade instore in-store launch campaign creatividad medios cliente agencia diseño producción cuentas varios otros'.split(
    ' ',
  ),
]);

/** A sub-item tagged as an action (`[ACTION] Sam to …`, `TODO(ana): …`, `**Action:** …`): its owner owns the item above. */
export const TAGGED_SUB_ITEM =
  /^[ \t]*(?:\[[ \t]*(?:ACTION|ACTION ITEM|AI|TODO|ACCI[OÓ]N|行动)[ \t]*\]|(?:\*\*|__)?(?:ACTION|ACTION ITEM|AI|TODO|ACCI[OÓ]N|行动)(?:\*\*|__)?[ \t]*[:：(（])/iu;

/** What reading the items of one list needs: where it is, how to read it, and the owners it inherits. */
interface ListReading {
  readonly doc: AgencyDocument;
  readonly section: Section;
  readonly base: number;
  readonly opts: ActionOptions;
  /** jobNumberLeading(opts.jobPattern), looked up once per list. */
  readonly jobLead: RegExp;
  readonly inherited: readonly Owner[];
  /** Under a split of roles (`人员分工`): its role lines are no tasks (isRoleLine). */
  readonly roleSplit?: boolean;
  /** Under one period's split (`本周分工`): `part：names` lines are the named people's tasks (splitLineOwners). */
  readonly periodSplit?: boolean;
}

/** The action an item of the list gives (fromListItem). */
function itemAction(list: ListReading, item: ListItem): ActionItem | undefined {
  if (list.roleSplit) {
    const own = firstParagraph(item);
    if (own && isRoleLine(firstLineOf(list.doc, own, list.base))) return undefined;
  }
  const a = fromListItem(list.doc, list.section, item, list.base, list.opts, list.jobLead, list.inherited);
  const own = list.periodSplit && a && a.owners.length === 0 ? firstParagraph(item) : undefined;
  if (!a || !own) return a;
  const owners = splitLineOwners(firstLineOf(list.doc, own, list.base), startIn(own, list.base));
  return owners.length ? completedBy(a, owners, a.due) : a;
}

/** A line of bracketed blanks only (`[Integrante 2]: [Completar compromiso].`, `[Task] — [Owner]`); not a link. */
const BRACKETS_ONLY =
  /^[ \t*_]*\[[^\]\n]{1,60}\](?![([])(?:[ \t*_]*[:：\-–—,][ \t*_]*\[[^\]\n]{1,80}\](?![([]))*[ \t.。*_]*$/u;

/** `jobLead`: jobNumberLeading(opts.jobPattern), looked up once per list by the caller. */
function fromListItem(
  doc: AgencyDocument,
  section: Section,
  item: ListItem,
  base: number,
  opts: ActionOptions,
  jobLead: RegExp,
  leadOwners: readonly Owner[] = [],
  stated = false,
): ActionItem | undefined {
  const text = itemText(item);
  if (!text && item.checked === null) return undefined;
  const start = startIn(item, base);
  const para = firstParagraph(item);
  // Search the item's own text (not nested lists) in the source, so offsets are exact.
  let firstOwn: Nodes | undefined;
  let lastOwn: Nodes | undefined;
  for (const c of item.children)
    if (c.type !== 'list') {
      firstOwn ??= c;
      lastOwn = c;
    }
  // A task list item's paragraph starts at its box (`[ ] **QA:** Run …`): the item's words come after it.
  const paraStart = firstOwn ? startIn(firstOwn, base) : start;
  const box = TASK_BOX.exec(doc.text.slice(paraStart, paraStart + 8));
  const srcStart = paraStart + (box ? box[0].length : 0);
  const srcEnd = lastOwn ? endIn(lastOwn, base) : start;
  // A copy: the item is kept with its (cached) list node, and a slice would keep this version of the text alive.
  const src = maskComments(detached(doc.text.slice(srcStart, srcEnd)));
  let found = findOwners(src, srcStart, opts.context?.roster);
  if (found.length === 0) found = continuedOwners(src, srcStart, opts.context?.roster);
  let { due, keyword } = findDue(src, srcStart, opts.defaultYear, opts.dateOrder);
  const subItems: string[] = [];
  for (const c of item.children)
    if (c.type === 'list')
      for (const sub of c.children) {
        const subText = itemText(sub).split('\n')[0];
        subItems.push(subText);
        // `- Owner: Omar` / `- Due: 2026-11-24` under the task.
        if ((found.length === 0 || !due) && LABELLED_SUB_ITEM.test(subText)) {
          const own = firstParagraph(sub);
          if (!own) continue;
          const at = startIn(own, base);
          const subSrc = maskComments(detached(doc.text.slice(at, endIn(own, base))));
          if (found.length === 0) found = findOwners(subSrc, at, opts.context?.roster);
          if (!due) {
            const r = findDue(subSrc, at, opts.defaultYear, opts.dateOrder);
            due = r.due;
            keyword ||= r.keyword;
          }
        }
      }
  // (Owners of the parts the sub-items share out: the item's, once it is read as a task by what it says itself.)
  let sharedOut: Owner[] = [];
  // `* Upgrade the account` / `  * Nidhi`: a sole sub-item that is only names gives the owners.
  if (found.length === 0 && subItems.length === 1) {
    const sub = item.children.find((c) => c.type === 'list')?.children[0];
    const own = sub && firstParagraph(sub);
    if (own) {
      const at = startIn(own, base);
      found = soleSubItemOwners(doc.text.slice(at, endIn(own, base)).split('\n')[0], at, opts.context?.roster);
    }
  }
  // `- Code team` / `  - Nick (Framework)` / `  - Jiaming (Template)`: sub-items most of which the attendees lead.
  if (found.length === 0 && subItems.length >= 2) {
    const subs = item.children
      .filter((c) => c.type === 'list')
      .flatMap((l) => l.children)
      .map((sub) => firstParagraph(sub))
      .filter((own) => own !== undefined)
      .map((own) => ({
        text: doc.text.slice(startIn(own, base), endIn(own, base)).split('\n')[0],
        at: startIn(own, base),
      }));
    found = subItemLeaders(subs, opts.context?.roster);
    if (found.length === 0) sharedOut = sharedOutOwners(subs, opts.context?.roster);
  }
  // `Mike to:` and then the list: each item is his unless it names someone else.
  let owners = found.length ? found : [...leadOwners];
  // `- Release policy` / `  - [ACTION] Sam to document it`: the tagged sub-item's owner and date are the item's.
  for (const c of item.children)
    if (c.type === 'list')
      for (const sub of c.children) {
        const own = sub.children[0];
        if ((owners.length > 0 && due) || !own || own.type === 'list') continue;
        const at = startIn(own, base);
        const line = maskComments(detached(doc.text.slice(at, endIn(own, base)).split('\n')[0]));
        if (!TAGGED_SUB_ITEM.test(line)) continue;
        if (owners.length === 0) owners = findOwners(line, at, opts.context?.roster);
        if (!due) ({ due } = findDue(line, at, opts.defaultYear, opts.dateOrder));
      }
  // (`stated`: the reader knows it for a task, a label over its steps: labelOverSteps.)
  if (
    !stated &&
    isDiscussionPoint(src.split('\n')[0], owners.length > 0 || due !== undefined, subItems, due !== undefined)
  )
    return undefined;
  if (owners.length === 0) owners = sharedOut;

  // `[Integrante 2]: [Completar compromiso].`: a template's line nobody filled in holds no task yet; nor does a
  // label saying there is none (`Action Items: None`, `Next Steps: N/A`).
  const firstLine = src.split('\n')[0];
  if (BRACKETS_ONLY.test(firstLine) || saysNoAction(firstLine)) return undefined;
  const jm = jobLead.exec(src);
  const job = jm
    ? {
        id: jm[1],
        start: srcStart + jm.index + jm[0].indexOf(jm[1]),
        end: srcStart + jm.index + jm[0].indexOf(jm[1]) + jm[1].length,
      }
    : undefined;
  const insert = { at: endIn(para ?? item, base), intoEmptyCell: false };
  return {
    section,
    kind: 'list',
    text,
    start,
    end: Math.min(lineEndFrom(doc, start), Math.max(start, srcEnd)),
    // (`[status] done` on the line, or `done, fixed by ML` under a past action gone through again: done too.)
    done: item.checked === true || STRUCK.test(src) || doneByMark(src, subItems),
    owners,
    ownerNames: owners.map((o) => o.name),
    due,
    dueWithoutDate: keyword && !due,
    job,
    ownerInsert: insert,
    dueInsert: insert,
  };
}

/**
 * A line that names itself one action and says it (`**Action:** Marta to brief the editor by Friday`,
 * `ACTION ITEM: Brad will re-check the options`, `AI(sam): update the doc`, `**ACTION 58.1** Cat Herders to …`,
 * `**Acción:** …`, `行动项：…`): a contact report written by topic gives each point its action this way, in a
 * paragraph of its own.
 * `Next steps:` and `Follow-up:` in a paragraph are often prose about the plan, so they are not read.
 */
// (`ACTION(ana):`, `ACTION [Yaacov]:`, `ACTION - Lee, have a look …`; not `ACTION - ^`, a ditto of the line above.)
const LABELLED_ACTION_BODY = String.raw`(?:\*\*|__)?(?:action(?:[ \t]+(?:items?|points?))?(?:[ \t]+(?:or|and|&)[ \t]+follow-?ups?)?|ai|to-?do|task|acci[oó]n|tarea|行动项?|待办(?:事项)?|任务(?:\d{1,3}|发布)?|(?:(?:之后|今后|后续|接下来)的?)?工作安排)(?:\([^)\n]{1,40}\)|[ \t]*\[[^\]\n]{1,40}\]|(?<=action)[ \t]+(?!(?:for|by|to|on|of|the|and|new|req)[ \t:：])(?:all|\p{L}{2,3})(?=[ \t]*[:：]))?(?:[ \t]+\d{1,4}(?:\.\d{1,4})*\.?(?:\*\*|__)(?=[ \t]+[^\s:：])|(?:[ \t]+\d{1,4}(?:\.\d{1,4})*\.?)?(?:\*\*|__)?[ \t]*(?:[:：]|(?<=[\p{L}\])])[ \t]+[-–—](?=[ \t]))(?:[ \t]*(?:\*\*|__))?)[ \t]*(?=[ \t*_]*[^\s*_^])`;
// (`1、任务1：存为草稿`: a paragraph numbered the Chinese way, which Markdown reads as text, not as a list.)
const CJK_NUMBER = String.raw`(?:\d{1,2}[、．][ \t]*)?`;
const LABELLED_ACTION = new RegExp(String.raw`^[ \t]*${CJK_NUMBER}${LABELLED_ACTION_BODY}`, 'iu');
/** `AI:` leading a line: an action item, or artificial intelligence (`AI: define what "autonomous" means`). */
const AI_LABEL = /^[ \t]*(?:\*\*|__)?ai(?:\*\*|__)?[ \t]*[:：]/i;
/**
 * Whether a line calls itself an action: `AI:` only where it names who does it (`AI: Kate to ask …`), or where the
 * label is in bold and a verb of work follows it (`**AI:** Check with Peter about the rotation`, `**AI: fix the
 * permission of this doc**`): notes that mark their action items so, with nobody on them yet.
 */
function isCalledAction(line: string, roster: Roster | undefined): boolean {
  if (!LABELLED_ACTION.test(line)) return isInitialsAction(line);
  if (!AI_LABEL.test(line) || findOwners(line, 0, roster).length > 0) return true;
  const m = BOLD_AI_VERB.exec(line);
  return m !== null && (TASK_VERB.test(m[1]) || TASK_VERB_FIRST.test(`${m[1]} …`));
}
/** [1] the word after `AI:` in bold (`**AI:** Check …`, `**AI: **close …`, `**AI: fix … **`). */
const BOLD_AI_VERB =
  /^[ \t]*(?:\*\*|__)ai(?:[ \t]*[:：][ \t]*(?:\*\*|__)?|(?:\*\*|__)[ \t]*[:：])[ \t]*(\p{L}+)(?=[ \t])/iu;
/** Where a labelled action may be (hasLabelledLists): a paragraph's line or a list item's. */
const LABELLED_ACTION_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,3}[.)][ \t]+|\d{1,2}[、．][ \t]*)?${LABELLED_ACTION_BODY}`,
  'imu',
);
/** A quoted labelled action (`>ACTION: Publish 0.9.1`, quotedActions), anywhere in a text (for hasLabelledLists). */
const QUOTED_ACTION_LINE = new RegExp(String.raw`^ {0,3}>[ \t]?${LABELLED_ACTION_BODY}`, 'imu');
/** `Action Items: None`, `Ana: nada`, `Next Steps: N/A`: a line (after its label, if any) saying there is nothing to do. */
function saysNoAction(line: string): boolean {
  return NO_ACTION.test(line) || NO_ACTION.test(line.replace(/^[^:：\n]{1,40}[:：][ \t]*/u, ''));
}

/** `遗留问题：` / `Next steps:` alone on a line of a paragraph, then lines numbered `1、` / `1.` (hard-wrapped). */
// (A Chinese label stands without its colon too: `待办` over `· 界面美化: …`, as a meeting app exports it.)
const FOLLOW_UP_LABEL = String.raw`^[ \t]*(?:\*\*|__)?(?:(?:遗留问题|遗留事项|遗留任务|待办事项|待办|行动项|后续安排|跟进事项|下周(?:的)?(?:工作|任务|计划))(?:\*\*|__)?[ \t]*[:：]?|(?:action items|next steps|pr[oó]ximos pasos|tareas pendientes)(?:\*\*|__)?[ \t]*[:：])(?:\*\*|__)?[ \t]*\\?\r?$`;
/** A numbered line (`1、`, `（1）`, `①`) or one opened by a dot, which Markdown reads as text (`· 界面美化: …`). */
// (`1）` too: a sub-point's fullwidth bracket, under `1、…：`.)
const NUMBERED_LINE = /^[ \t]*(?:\d{1,2}[、.)．）]|[（(]\d{1,2}[)）]|[①-⑳]|[·•∙])[ \t]*(\S.*?)[ \t\\]*\r?$/u;
const FOLLOW_UP_NUMBERED = new RegExp(String.raw`${FOLLOW_UP_LABEL}\n[ \t]*(?:\d{1,2}[、.)．]|[·•∙])[ \t]*\S`, 'imu');
const FOLLOW_UP_LABEL_LINE = new RegExp(FOLLOW_UP_LABEL, 'iu');
/**
 * Lines numbered the Chinese way (`1、`, `（1）`, `①`) or opened by a dot (`·`, `•`), which Markdown does not read
 * as a list: two or more of them run on in one paragraph. In an actions section, each is an action.
 */
/** `1.CLA后续…`: a line numbered with no space after the dot, then a letter (not `2.5`, not `1. `). */
const TIGHT_NUMBERED = /^[ \t]*\d{1,2}\.\p{L}/u;
const TIGHT_NUMBERED_LINE = new RegExp(TIGHT_NUMBERED.source, 'mu');
const CJK_NUMBERED =
  /^[ \t]*(?:\d{1,2}[、．]|[（(]\d{1,2}[)）]|[①-⑳]|[·•∙])[ \t]*\S[^\n]*\n[ \t]*(?:\d{1,2}[、．]|[（(]\d{1,2}[)）]|[①-⑳]|[·•∙])[ \t]*\S/mu;

/**
 * One line's span read as an action, as a list item's would be (a line Markdown reads as text: a numbered line, an
 * HTML `<li>`); undefined for a point of discussion. Done when `ticked` or struck through.
 */
function lineAction(
  doc: AgencyDocument,
  section: Section,
  start: number,
  end: number,
  opts: ActionOptions,
  ticked: boolean,
): ActionItem | undefined {
  const src = maskComments(detached(doc.text.slice(start, end)));
  const owners = findOwners(src, start, opts.context?.roster);
  const { due, keyword } = findDue(src, start, opts.defaultYear, opts.dateOrder);
  if (isDiscussionPoint(src, owners.length > 0 || due !== undefined, [], due !== undefined)) return undefined;
  const insert = { at: end, intoEmptyCell: false };
  return {
    section,
    kind: 'list',
    text: src.trim(),
    start,
    end,
    done: ticked || STRUCK.test(src),
    owners,
    ownerNames: owners.map((o) => o.name),
    due,
    dueWithoutDate: keyword && !due,
    ownerInsert: insert,
    dueInsert: insert,
  };
}

/** The numbered lines after a follow-up label inside one paragraph (see FOLLOW_UP_LABEL): each an action. */
function followUpLines(
  doc: AgencyDocument,
  section: Section,
  lines: readonly string[],
  from: number,
  opts: ActionOptions,
  unlabelled = false,
): ActionItem[] {
  const out: ActionItem[] = [];
  let at = from;
  let under = unlabelled;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = under ? NUMBERED_LINE.exec(line) : null;
    // `1、许可证评审指导：` over `1）… 责任人：钟禄平，闭环时间 11.17`: a point's title over its numbered parts, no task.
    if (m && /[:：]$/u.test(m[1]) && i + 1 < lines.length && NUMBERED_LINE.test(lines[i + 1])) {
      at += line.length + 1;
      continue;
    }
    if (m) {
      const start = at + line.indexOf(m[1]);
      const a = lineAction(doc, section, start, start + m[1].length, opts, false);
      if (a) out.push(a);
    } else under = unlabelled || FOLLOW_UP_LABEL_LINE.test(line);
    at += line.length + 1;
  }
  return out;
}

/**
 * `Vraj is handling login and sign-up`, `Ana and Ben are in charge of the venue`: a name saying who has the work, as
 * a list of tasks hands it out (not a statement of what happened).
 */
const TAKES_CHARGE =
  /^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+)?(?:\*\*|__)?[ \t]+(?:is|are)[ \t]+(?:handling|responsible[ \t]+for|in[ \t]+charge[ \t]+of|taking[ \t]+care[ \t]+of|taking[ \t]+on)[ \t]+\S/u;

/** A paragraph whose lines are numbered `1.)`, `2.)`: a list Markdown does not read as one. */
const PAREN_NUMBERED = /^\d{1,2}\.\)[ \t]+\S/u;
const PAREN_NUMBERED_LINE = /^[ \t]*\d{1,2}\.\)[ \t]+(\S.*)\r?$/u;

/** The items of a paragraph numbered `1.)` under an actions label alone (`NEXT STEPS:`): each numbered line one. */
function parenNumbered(
  doc: AgencyDocument,
  section: Section,
  paragraph: Nodes,
  base: number,
  opts: ActionOptions,
): ActionItem[] {
  const [from, to] = spanIn(paragraph, base);
  const out: ActionItem[] = [];
  let at = from;
  for (const line of doc.source.slice(from, to).split('\n')) {
    const m = PAREN_NUMBERED_LINE.exec(line);
    if (m) {
      // (Trimmed here, not by the pattern: a lazy text before trailing spaces is quadratic on a long line.)
      let said = m[1].trimEnd();
      while (said.endsWith('\\')) said = said.slice(0, -1).trimEnd();
      const start = at + line.indexOf(m[1]);
      const a = lineAction(doc, section, start, start + said.length, opts, false);
      if (a) out.push(a);
    }
    at += line.length + 1;
  }
  return out;
}

/** An HTML list block (`<ul>` … `</ul>`), as some editors write a list in Markdown. */
const HTML_LIST = /^[ \t]*<(?:ul|ol)[ \t>]/iu;
/**
 * A heading written in HTML alone on its line (`<h2>Week 11</h2>`), as some minutes head each week's record: it
 * ends a section's actions as a Markdown heading does.
 */
const HTML_HEADING = /^[ \t]*<h([1-6])(?:[ \t][^>\n]*)?>([^\n]*?)<\/h\1>[ \t]*(?:\r?\n|$)/iu;
/** Whether a line of the text starts such a heading, as a block of its own (the scan's reading; isHtmlHeading). */
export function startsHtmlHeading(line: string): boolean {
  return /^ {0,3}</.test(line) && HTML_HEADING.test(line.trimStart());
}
/** Whether a node is such a heading (its first line). */
function isHtmlHeading(node: Nodes): boolean {
  return node.type === 'html' && HTML_HEADING.test(node.value);
}
/** [1] a `<li>` item's own text on its line, after an optional box (`[ ]`, `[x]`, `[-]`), up to `</li>` or the line's end. */
const HTML_ITEM = /^[ \t]*<li(?:[ \t][^>\n]*)?>[ \t]*(?:\[([ xX-])\][ \t]*)?(\S[^\n]*?)[ \t]*(?:<\/li>[ \t]*)?\r?$/iu;

/**
 * The items of an HTML list under an actions label (`**TODO:**` over `<ul>` / `<li> [-] Anotar errores</li>`): each
 * `<li>` on its own line is an action, as a Markdown list's item would be. A ticked box (`[x]`) is done.
 */
function htmlListItems(
  doc: AgencyDocument,
  section: Section,
  node: Nodes,
  base: number,
  opts: ActionOptions,
): ActionItem[] {
  const [from, to] = spanIn(node, base);
  const source = doc.text.slice(from, to);
  if (!HTML_LIST.test(source)) return [];
  const out: ActionItem[] = [];
  let at = from;
  for (const line of source.split('\n')) {
    const m = HTML_ITEM.exec(line);
    // (An item holding markup of its own, a link or a nested list, is not read: only plain text.)
    if (m && !/<[a-z/]/iu.test(m[2])) {
      const start = at + line.indexOf(m[2], line.indexOf('>') + 1);
      const a = lineAction(doc, section, start, start + m[2].length, opts, m[1] === 'x' || m[1] === 'X');
      if (a) out.push(a);
    }
    at += line.length + 1;
  }
  return out;
}

/** The labelled actions of one paragraph (LABELLED_ACTION): each from its label to the next, one line or more. */
/**
 * The lines of a quote under an actions lead-in (`- 完成项目分工如下：` over `> 计划进度 - 朱辰凯` / `> 设备管理 - 胡建暄`):
 * each of its paragraphs' lines is an action, as a list's item would be. Only a quote of plain paragraphs is read.
 */
function quotedLines(
  doc: AgencyDocument,
  section: Section,
  quote: Nodes,
  base: number,
  opts: ActionOptions,
): ActionItem[] {
  if (quote.type !== 'blockquote' || quote.children.some((c) => c.type !== 'paragraph')) return [];
  const out: ActionItem[] = [];
  for (const para of quote.children) {
    const [from, to] = spanIn(para, base);
    let at = from;
    for (const line of doc.source.slice(from, to).split('\n')) {
      const lead = QUOTE_MARKS.exec(line)![0].length;
      const own = line.slice(lead).replace(/[ \t\r]+$/, '');
      if (own) {
        const a = lineAction(doc, section, at + lead, at + lead + own.length, opts, false);
        if (a) out.push(a);
      }
      at += line.length + 1;
    }
  }
  return out;
}
/** The spaces and quote marks opening a quoted line of a paragraph (its first line starts after them). */
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)*/;

function fromLabelledParagraph(
  doc: AgencyDocument,
  section: Section,
  paragraph: Nodes,
  base: number,
  opts: ActionOptions,
  jobLead: RegExp,
): ActionItem[] {
  const [from, to] = spanIn(paragraph, base);
  const source = doc.text.slice(from, to);
  // `Next steps:` over `[ ] Ana will …` / `[] Ben will …` lines (boxedLines).
  if (BOX_LABEL.test(source)) {
    const boxed = boxedLines(doc, section, from, to, opts);
    if (boxed) return boxed;
  }
  // `Next Steps` over plain lines, each one action (labelOverLines).
  const plain = labelOverLines(source);
  if (plain) {
    const out: ActionItem[] = [];
    let at = from + source.indexOf('\n') + 1;
    for (const line of plain) {
      const lead = line.length - line.trimStart().length;
      const a = lineAction(doc, section, at + lead, at + line.trimEnd().length, opts, false);
      if (a) out.push(a);
      at += line.length + 1;
    }
    return out;
  }
  // `1、确认门店名单` over `2、新品海报终稿`, as an actions section's own lines: each an action (not under
  // other headings, read as actions only where a label says so: outsideSections).
  // (And `1.CLA后续和各家的确认`, the number's dot with no space after it, which Markdown reads as text: every line so.)
  const listed =
    section.def.kind === 'actions' &&
    (CJK_NUMBERED.test(source) || source.split('\n').every((l) => TIGHT_NUMBERED.test(l))) &&
    doc.sections.includes(section);
  const numbered = listed || FOLLOW_UP_NUMBERED.test(source);
  if (!numbered && !LABELLED_ACTION_LINE.test(source))
    return doc.type?.id === 'minutes' && CLOSING_OWNER_TAG_LINE.test(source)
      ? taggedLines(doc, section, source, from, opts, jobLead)
      : [];
  const lines = source.split('\n');
  const out: ActionItem[] = numbered ? followUpLines(doc, section, lines, from, opts, listed) : [];
  let at = from;
  let k = 0;
  while (k < lines.length) {
    const label = LABELLED_ACTION.exec(lines[k]);
    if (!label || !isCalledAction(lines[k], opts.context?.roster)) {
      at += lines[k].length + 1;
      k++;
      continue;
    }
    const start = at;
    let end = at + lines[k].replace(/\r$/, '').length;
    let next = k + 1;
    let nextAt = at + lines[k].length + 1;
    while (next < lines.length && !LABELLED_ACTION.test(lines[next])) {
      end = nextAt + lines[next].replace(/\r$/, '').length;
      nextAt += lines[next].length + 1;
      next++;
    }
    const item = paragraphItem(doc, section, start, end, label[0].length, opts, jobLead);
    if (item) out.push(item);
    k = next;
    at = nextAt;
  }
  return out;
}

/** The lines of a paragraph of minutes closed by their owner's tag (CLOSING_OWNER_TAG): each an action. */
function taggedLines(
  doc: AgencyDocument,
  section: Section,
  source: string,
  from: number,
  opts: ActionOptions,
  jobLead: RegExp,
): ActionItem[] {
  const out: ActionItem[] = [];
  let at = from;
  for (const line of source.split('\n')) {
    if (CLOSING_OWNER_TAG.test(line)) {
      const lead = line.length - line.trimStart().length;
      const item = paragraphItem(doc, section, at + lead, at + line.trimEnd().length, 0, opts, jobLead);
      if (item) out.push(item);
    }
    at += line.length + 1;
  }
  return out;
}

/** The action a paragraph's text from `start` to `end` gives, after a label `labelLength` long (none when it says there is none). */
function paragraphItem(
  doc: AgencyDocument,
  section: Section,
  start: number,
  end: number,
  labelLength: number,
  opts: ActionOptions,
  jobLead: RegExp,
): ActionItem | undefined {
  // A copy: the items are kept with the (cached) paragraph node; a slice would keep this text alive.
  const src = maskComments(detached(doc.text.slice(start, end)));
  const said = src.slice(labelLength);
  const first = said.split('\n')[0];
  // `Acción: ninguna`, and `Ana: nada` (a person with nothing to do).
  if (saysNoAction(first)) return undefined;
  const owners = findOwners(src, start, opts.context?.roster);
  const { due, keyword } = findDue(src, start, opts.defaultYear, opts.dateOrder);
  const jm = jobLead.exec(said);
  const jobAt = jm ? start + labelLength + jm.index + jm[0].indexOf(jm[1]) : 0;
  const insert = { at: end, intoEmptyCell: false };
  return {
    section,
    kind: 'list',
    text: said.replace(/[*_]+$/, '').trim(),
    start,
    end: Math.min(lineEndFrom(doc, start), end),
    done: STRUCK.test(said),
    owners,
    ownerNames: owners.map((o) => o.name),
    due,
    dueWithoutDate: keyword && !due,
    job: jm ? { id: jm[1], start: jobAt, end: jobAt + jm[1].length } : undefined,
    ownerInsert: insert,
    dueInsert: insert,
  };
}

/**
 * `Tareas<TAB>Responsable` over `1. Incluir el campo<TAB>Programador`: a table pasted from a spreadsheet or a word
 * processor as plain lines, its cells apart by tabs. The first line names the task column, then the owner's or
 * the deadline's; [0] the task column, [1] the owner column, [2] the due column (-1 when none).
 */
function tabTaskHeader(line: string): [number, number, number] | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line
    .split(/\t+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2 || cells.length > 4) return undefined;
  const action = findColumn(cells, ACTION_COLUMNS);
  const owner = findColumn(cells, OWNER_COLUMNS);
  const due = findColumn(cells, DUE_COLUMNS);
  if (action !== 0 || (owner < 0 && due < 0)) return undefined;
  return [action, owner, due];
}
/** Whether a text has a line that is a tab-separated tasks header (tabTaskHeader) over two rows with tabs at least. */
export function hasTabSeparatedTasks(text: string): boolean {
  if (!text.includes('\t')) return false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t') || lines[i].includes('|') || !tabTaskHeader(lines[i].replace(/\r$/, ''))) continue;
    let rows = 0;
    for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && rows < 2; k++)
      if (lines[k].includes('\t')) rows++;
    if (rows >= 2) return true;
  }
  return false;
}

/**
 * The rows of a paragraph led by a tab-separated header (tabTaskHeader), each a task: its lines up to the one whose
 * last cell (after a tab) gives its owner or its date; a row's number (`9.`) is no part of its task. None when
 * the paragraph is no such table (fewer than two rows with their last cell).
 */
function tabSeparatedTasks(
  doc: AgencyDocument,
  section: Section,
  from: number,
  to: number,
  opts: ActionOptions,
): ActionItem[] {
  const src = maskComments(detached(doc.text.slice(from, to)));
  const lines = src.split('\n');
  const header = tabTaskHeader(lines[0]);
  if (!header) return [];
  const [, ownerCol, dueCol] = header;
  const out: ActionItem[] = [];
  let at = lines[0].length + 1;
  let rowStart = -1;
  let words: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const lineAt = at;
    at += lines[i].length + 1;
    if (rowStart < 0) rowStart = lineAt + /^[ \t]*/.exec(line)![0].length;
    const cells = line.split('\t');
    const last = cells.length > 1 ? cells[cells.length - 1].trim() : undefined;
    // (`9. <TAB> 10. Diseño …`: a number alone in a cell, and the one leading a task, are the row's numbering.)
    for (const c of last === undefined ? cells : cells.slice(0, -1)) {
      const w = c.trim().replace(/^\d{1,3}[.)][ \t]*/u, '');
      if (w) words.push(w);
    }
    if (last === undefined) continue;
    const text = words.join(' ');
    const start = from + rowStart;
    const lastAt = from + lineAt + line.lastIndexOf(last);
    words = [];
    rowStart = -1;
    if (!text) continue;
    const cellOwners =
      ownerCol >= 0 && last && !isBlankOwner(last)
        ? cellOwnerNames(last).map((name) => {
            const k = Math.max(0, last.indexOf(name));
            return { name, start: lastAt + k, end: lastAt + k + name.length };
          })
        : [];
    const owners = cellOwners.length ? cellOwners : findOwners(text, start, opts.context?.roster);
    const cellDue = dueCol >= 0 && last ? dueInCell(last, lastAt, opts.defaultYear, opts.dateOrder) : undefined;
    const found = cellDue ? undefined : findDue(text, start, opts.defaultYear, opts.dateOrder);
    const due = cellDue ?? found?.due;
    // (`21. Se acordó un cambio de nombre`, its owner cell empty: what was agreed, no task.)
    if (ownerCol >= 0 && !last && !due) continue;
    const insert = { at: from + lineAt + line.length, intoEmptyCell: false };
    out.push({
      section,
      kind: 'list',
      text,
      start,
      end: Math.min(lineEndFrom(doc, start), from + lineAt + line.length),
      done: false,
      owners,
      ownerNames: owners.map((o) => o.name),
      due,
      dueWithoutDate: (dueCol >= 0 && !!last && !cellDue) || (!!found?.keyword && !due),
      ownerInsert: insert,
      dueInsert: insert,
    });
  }
  return out.length >= 2 ? out : [];
}

/**
 * What some of a section's nodes, in order, say towards its reading (SectionReading): put together node by
 * node, or chunk by chunk, with `joinReadings`.
 */
export interface ReadingPart {
  readonly labelled: boolean;
  /** Where the reading stops (another record). */
  readonly end?: number;
  /** The first rule (thematic break): the paragraphs after it are no tasks. */
  readonly rule?: number;
  /** A list, a table or a line calling itself an action (`**ACTION 19.1**`) before the first rule: the paragraphs are no tasks. */
  readonly blocked: boolean;
  /** The one-line paragraphs before the first rule, and the first of them. */
  readonly lines: number;
  readonly firstLine?: string;
}

export const NO_READING_PART: ReadingPart = Object.freeze({ labelled: false, blocked: false, lines: 0 });

/** `a` then `b`. */
export function joinReadings(a: ReadingPart, b: ReadingPart): ReadingPart {
  if (b === NO_READING_PART) return a;
  if (a === NO_READING_PART) return b;
  const beforeRule = a.rule === undefined;
  return {
    labelled: a.labelled || b.labelled,
    end: a.end ?? b.end,
    rule: a.rule ?? b.rule,
    blocked: a.blocked || (beforeRule && b.blocked),
    lines: a.lines + (beforeRule ? b.lines : 0),
    firstLine: a.firstLine ?? (beforeRule ? b.firstLine : undefined),
  };
}

/** A part's offsets moved by `by`. */
export function movedReading(part: ReadingPart, by: number): ReadingPart {
  if (by === 0 || (part.end === undefined && part.rule === undefined)) return part;
  return {
    ...part,
    end: part.end === undefined ? undefined : part.end + by,
    rule: part.rule === undefined ? undefined : part.rule + by,
  };
}

/**
 * What one top-level node placed at `base` in `text` says, with offsets as its position's (add `base`): kept
 * per node.
 */
export function nodeReading(text: string, node: Nodes, base: number): ReadingPart {
  let read = NODE_READINGS.get(node);
  if (read === undefined) {
    read = movedReading(readNode(text, node, base), -base);
    NODE_READINGS.set(node, read);
  }
  return read;
}
const NODE_READINGS = new WeakMap<Nodes, ReadingPart>();

function readNode(text: string, node: Nodes, base: number): ReadingPart {
  if (node.type === 'thematicBreak') return { ...NO_READING_PART, rule: startIn(node, base) };
  if (node.type === 'table') return { ...NO_READING_PART, blocked: true };
  // `<h2>Week 11</h2>` under `## Action items`: the next week's record starts, the section's actions end.
  if (isHtmlHeading(node)) return { ...NO_READING_PART, end: startIn(node, base) };
  if (node.type === 'blockquote') {
    // A quoted block is read inside (actionsIn unquotes a section holding one): its record lines end the reading.
    for (const child of node.children) {
      const end = recordEnd(text, child, base);
      if (end !== undefined) return { ...NO_READING_PART, end };
    }
    return NO_READING_PART;
  }
  if (node.type !== 'list' && node.type !== 'paragraph') return NO_READING_PART;
  const end = recordEnd(text, node, base);
  if (node.type === 'list') return { ...NO_READING_PART, end, blocked: true };
  const said = text.slice(...spanIn(node, base));
  const labelled = said.length <= 60 && (ACTION_LABEL.test(said) || ACTION_LABEL_BARE.test(said.trim()));
  // Tasks that call themselves so (`**ACTION 19.1** …`) are read as such (fromLabelledParagraph).
  if (LABELLED_ACTION_LINE.test(said)) return { labelled, end, blocked: true, lines: 0 };
  const line = !said.includes('\n') && !/[:：][ \t*_]*$/u.test(said);
  // (Kept with the node: a slice would keep the whole text it was cut from alive.)
  return line
    ? { labelled, end, blocked: false, lines: 1, firstLine: detached(said) }
    : { ...NO_READING_PART, labelled, end };
}

/** Where another meeting's record starting in a paragraph or list ends the reading: before it, or after it. */
function recordEnd(text: string, node: Nodes, base: number): number | undefined {
  if (node.type !== 'paragraph' && node.type !== 'list') return undefined;
  const [from, to] = spanIn(node, base);
  const record = ANOTHER_RECORD_LINE.exec(text.slice(from, to));
  return record === null ? undefined : record.index === 0 ? from : to;
}

/** The reading of a section from what its nodes say, all of them put together. */
export function sectionReading(part: ReadingPart, roster: Roster | undefined): SectionReading {
  // One led by its owner, or two or more: a lone sentence (`Se revisarán en la próxima reunión.`) says how the
  // section stands rather than listing tasks.
  const tasks =
    !part.blocked &&
    (part.lines >= 2 ||
      (part.lines === 1 && OWNER_COLON.test(part.firstLine!) && findOwners(part.firstLine!, 0, roster).length > 0));
  return {
    labelled: part.labelled,
    end: part.end,
    paragraphsUntil: tasks ? (part.rule ?? Number.POSITIVE_INFINITY) : undefined,
  };
}

/** A section's reading from its own nodes (the whole document's section; a chunk's check is given it). */
function readingOfNodes(doc: AgencyDocument, section: Section, roster: Roster | undefined): SectionReading {
  let part = NO_READING_PART;
  for (const p of section.nodes) part = joinReadings(part, movedReading(nodeReading(doc.text, p.node, p.base), p.base));
  return sectionReading(part, roster);
}

/** Whether a paragraph of a section is one of its tasks (SectionReading.paragraphsUntil). */
function isParagraphTask(doc: AgencyDocument, reading: SectionReading | undefined, p: Placed): boolean {
  if (reading?.paragraphsUntil === undefined || p.node.type !== 'paragraph') return false;
  const [from, to] = spanIn(p.node, p.base);
  if (from >= reading.paragraphsUntil) return false;
  const said = doc.text.slice(from, to);
  // (`### 任务列表` over `Task List`: the heading again, in another language, is no task; nor is a line holding
  // nothing visible, a zero-width space and tabs left by an editor.)
  return (
    !said.includes('\n') &&
    /[\p{L}\p{N}]/u.test(said) &&
    // (`完成进度：完成单元测试`, `负责人：魏超`: a field of the task its heading names, not a task.)
    !TASK_FIELD_LINE.test(said.replace(/^[\s\u200b]+/u, '')) &&
    !/[:：][ \t*_]*$/u.test(said) &&
    minutesSectionNamed(said) !== 'next-actions'
  );
}
/**
 * A line giving one field of a task named above it: its progress, or its owner and nothing more. (Its day, `日期：5月26
 * 日`, stays read as a task: the open task is then still said to be late.)
 */
const TASK_FIELD_LINE =
  /^(?:\*\*|__)?(?:(?:完成)?进度|完成情况|status|progress|estado|avance)(?:\*\*|__)?[ \t]*[:：]|^(?:\*\*|__)?(?:负责人|责任人|owner|responsable)(?:\*\*|__)?[ \t]*[:：][^，,。；;:：\n]{1,16}$/iu;

/** A heading that is an owner's label and names (`###### 负责人：黎明 王芳`, `#### Owner: Ines`): [1] from the label on. */
const OWNER_HEADING =
  /^ {0,3}#{1,6}[ \t]+((?:\*\*|__)?(?:负责人|责任人|owners?|responsables?)(?:\*\*|__)?[ \t]*[:：][^，,。；;:：\n]{1,30}?)[ \t#]*$/iu;

/** `Joris: find four charts.`, `Lin and Yaodong: finish the proposal.`: people, a colon, then their work in lower case. */
const NAMED_TASK_LINE = String.raw`[ \t]*\p{Lu}[\p{L}'’-]+(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)\p{Lu}[\p{L}'’-]+)*[ \t]*:[ \t]+\p{Ll}[^\n]*`;
const NAMED_TASK_LINES = new RegExp(String.raw`^${NAMED_TASK_LINE}(?:\r?\n${NAMED_TASK_LINE}){1,11}$`, 'u');
/** A paragraph of two lines or more, each a person's task (NAMED_TASK_LINE), after a lead-in into the actions. */
function namedLinesAfterLeadIn(doc: AgencyDocument, lead: Placed, p: Placed): boolean {
  const text = doc.text.slice(...spanIn(p.node, p.base));
  if (!text.includes('\n') || !NAMED_TASK_LINES.test(text)) return false;
  const said = maskComments(doc.text.slice(...spanIn(lead.node, lead.base))).trimEnd();
  return ACTION_LEAD_IN.test(said) && !NO_TASKS_LEAD.test(said);
}
/** What hasLabelledLists looks for: a lead-in into the actions, then a line of a person's task (namedLinesAfterLeadIn). */
let leadInOverNamedLines: RegExp | undefined;
/** Whether a text has a lead-in into the actions over lines of people's tasks (namedLinesAfterLeadIn), anywhere. */
export function hasLeadInOverNamedLines(text: string): boolean {
  leadInOverNamedLines ??= new RegExp(
    String.raw`^(?![ \t]*(?:[-*+#>|]|\d{1,3}[.)]))${SENTENCES_BEFORE}${LEAD_IN}\r?\n(?:[ \t]*\r?\n)?${NAMED_TASK_LINE}\r?\n${NAMED_TASK_LINE}`,
    'imu',
  );
  return leadInOverNamedLines.test(text);
}

/** Whether a paragraph's line of an actions section may be a task of its own (paragraphTasks; the scan reads those from the parsed document). */
export function mayBeParagraphTask(line: string): boolean {
  // (`\u200b\t\t日期：5月26日`: after a zero-width space an editor left, as isParagraphTask reads it.)
  return OWNER_COLON.test(line.charCodeAt(0) === 0x200b ? line.replace(/^[\s\u200b]+/u, '') : line);
}
/** `Alexander: redactar …`, `**Ana**: send …`, `李雷：…`: a name and a colon leading a line. */
const OWNER_COLON =
  /^[ \t]*(?:\*\*|__)?[\p{L}][\p{L}\p{M} .'-]{0,30}(?:\*\*|__)?[ \t]*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?\S/u;

/** A job number leading an item (`[NW-2026-014] Book the studio`), group 1 the number; the model and the scan share it. */
export function jobNumberLeading(jobPattern: RegExp | undefined): RegExp {
  return jobPattern ? jobNumberAtStart(jobPattern, false) : JOB_AT_START;
}

/** `–>` and `—>` (a dash a word processor made of `-` before `>`) as `->`: the same length, so offsets stay exact. */
function asciiArrows(s: string): string {
  return s.includes('>') && /[–—]>/u.test(s) ? s.replace(/[–—]>/gu, '->') : s;
}

/** Replaces HTML comments with spaces so offsets stay exact and comments hide nothing. */
export function maskComments(s: string): string {
  return s.includes('<!--') ? s.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)) : s;
}

function fromTable(
  doc: AgencyDocument,
  section: Section,
  rows: readonly TableRow[],
  base: number,
  opts: ActionOptions,
): ActionItem[] {
  const header = rowCells(rows[0]);
  const body = rows.slice(1);
  const bodyCells = body.map(rowCells);
  const owner = ownerColumn(header, bodyCells);
  const dueCol = findColumn(header, DUE_COLUMNS);
  const status = findColumn(header, STATUS_COLUMNS);
  const jobCol = jobColumn(header, bodyCells);
  const action = actionColumn(header, owner, dueCol, status, jobCol, bodyCells);
  if (action < 0 || isRecordingIndex(bodyCells, dueCol)) return [];
  const out: ActionItem[] = [];
  const areaColumn = owner < 0 && isAreaColumn(bodyCells.map((c) => c[action] ?? ''));
  const ownerInAction = actionOwnerColumn(header);
  // `| 4.10 11.00pm |` over `| 4.14 (next week) |`: the due column's days read one way only decide its others.
  const dueColumnOrder = dueCol >= 0 ? yearlessColumnOrder(bodyCells.map((c) => c[dueCol] ?? '')) : undefined;
  const merged = owner >= 0 && mergedOwnerCells(bodyCells, owner);
  let ownersAbove: Owner[] = [];
  for (let r = 0; r < body.length; r++) {
    const row = body[r];
    const cells = bodyCells[r];
    if (isBlankTaskRow(cells, status)) continue;
    // `| Events | Nothing new. | None specified. |`: the topic's action cell says it has none.
    if (NONE_STATED.test(cells[action] ?? '') || (action === ownerInAction && NO_ACTION.test(cells[action] ?? '')))
      continue;
    const [start, end] = spanIn(row, base);
    // `| **Kickoff** | | | |` between the tasks: the name of the group of rows under it, in bold, and nothing else.
    if (groupRow(doc.text.slice(start, end), cells, action)) continue;
    const cellSpan = (i: number) => (row.children[i] ? spanIn(row.children[i], base) : undefined);
    const cellSrc = (i: number) => {
      const s = cellSpan(i);
      return s ? { text: maskComments(detached(doc.text.slice(s[0], s[1]))), at: s[0] } : undefined;
    };
    const insertFor = (col: number): InsertPoint => {
      const cell = row.children[col];
      if (cell && cell.children.length === 0) return { at: spanIn(cell, base)[0] + 1, intoEmptyCell: true };
      if (cell) return { at: spanIn(cell.children[cell.children.length - 1], base)[1], intoEmptyCell: false };
      // A short row has no such cell: append at the end of its last cell.
      const a = row.children[action] ?? row.children[row.children.length - 1];
      return { at: spanIn(a.children[a.children.length - 1] ?? a, base)[1], intoEmptyCell: false };
    };
    let owners: Owner[] = [];
    // (Where the owner column names someone, `Revised headline options (two)` names nobody else.)
    const ownerNamed = owner >= 0 && !!cells[owner] && !isBlankOwner(cells[owner]);
    for (let i = 0; i < cells.length; i++) {
      const src = cellSrc(i);
      if (!src) continue;
      if (i === owner && !isBlankOwner(cells[i])) {
        const inner = src.text.replace(/^\|/, '').replace(/\|$/, '');
        const lead = src.text.indexOf(inner.trim());
        // `王芳，李雷`, `Ana, Ben`: each is an owner (a team's name stays whole: labelNames).
        if (OWNER_CELL_PARTS.test(cells[i])) {
          let from = 0;
          for (const one of cellOwnerNames(cells[i])) {
            const at = Math.max(0, src.text.indexOf(one, from));
            from = at + one.length;
            owners.push({ name: one, start: src.at + at, end: src.at + at + one.length });
          }
        } else
          owners.push({
            name: trimName(cells[i].replace(/^@/, '')),
            start: src.at + Math.max(0, lead),
            end: src.at + Math.max(0, lead) + inner.trim().length,
          });
      } else if (i !== owner && !ownerNamed) {
        // The cell's words, without the pipe that opens it: the scan reads the same. In a column of areas
        // (`KDS: ordenar…`, `POS: …`, `Ticket: …`), the area before the colon is no one.
        const label = i === action && areaColumn ? areaLabelEnd(src.text, opts.context?.roster) : 0;
        const lead = label || /^\|?[ \t]*/.exec(src.text)![0].length;
        owners = owners.concat(findOwners(src.text.slice(lead), src.at + lead, opts.context?.roster));
      }
    }
    // A table copied from a word processor, its owner cells merged over the rows of each person's tasks: an empty
    // cell is the owner's above, written once for them all (at the empty cell, where a fix would write).
    if (merged && (cells[owner] ?? '').trim() === '' && !owners.length) {
      const at = insertFor(owner).at;
      owners = ownersAbove.map((o) => ({ name: o.name, start: at, end: at }));
    } else if (owner >= 0 && (cells[owner] ?? '').trim() !== '') ownersAbove = owners;
    let due: Due | undefined;
    let keyword = false;
    if (dueCol >= 0 && cells[dueCol] !== undefined) {
      const src = cellSrc(dueCol)!;
      due = dueInCell(src.text, src.at, opts.defaultYear, opts.dateOrder ?? dueColumnOrder);
      if (!due && cells[dueCol] !== '') keyword = true;
    }
    const actionSrc = cellSrc(action);
    if (!due && actionSrc) {
      const r = findDue(actionSrc.text, actionSrc.at, opts.defaultYear, opts.dateOrder);
      due = r.due;
      keyword ||= r.keyword;
    }
    // A task a later meeting's table records as done, by the same owner (ActionContext.closed): not open.
    const done =
      isDoneRow(cells, status, findColumn(header, DONE_COLUMNS), dueCol, action) ||
      (owner >= 0 &&
        opts.context !== undefined &&
        opts.context.closed.has(closedKey(cells[action] ?? '', cells[owner] ?? '')));
    let job: ActionItem['job'];
    const jobSrc = jobCol >= 0 ? cellSrc(jobCol) : undefined;
    if (jobSrc && !isPlaceholder(cells[jobCol])) {
      const id = cells[jobCol].replace(/^\[|\]$/g, '');
      const at = jobSrc.text.indexOf(id);
      job = { id, start: jobSrc.at + Math.max(0, at), end: jobSrc.at + Math.max(0, at) + id.length };
    }
    out.push({
      section,
      kind: 'table',
      text: cells[action] ?? '',
      start,
      end: Math.min(end, lineEndFrom(doc, start)),
      done,
      owners,
      ownerNames: owners.map((o) => o.name),
      due,
      dueWithoutDate: keyword && !due,
      job,
      ownerInsert: insertFor(owner >= 0 ? owner : action),
      dueInsert: insertFor(dueCol >= 0 ? dueCol : action),
    });
  }
  return out;
}

/** `None specified.`, `None agreed`, `Ninguna acordada`: a cell saying there is no action. */
const NONE_STATED =
  /^[ \t*_]*(?:none|no actions?)[ \t]+(?:specified|given|noted|recorded|identified|agreed|required|needed)[ \t.。*_]*$|^[ \t*_]*ningun[oa]?[ \t]+(?:especificad[oa]|acordad[oa])[ \t.。*_]*$/iu;

/** `KDS: ordenar las comandas`: a short label, then a colon, leading a task's cell. */
const AREA_LABEL = /^[ \t*_]*([\p{L}\p{N}][\p{L}\p{N} /&+._-]{0,24}?)[ \t*_]*:[ \t]+\S/u;

/**
 * `| KDS: ordenar más viejas primero |`, `| POS: filtrar mesas |`, `| Ticket: número de orden |`: a column of tasks
 * led by the part of the product they touch. Three labelled cells or more, one of which could be no one's
 * name (an acronym, a word in lower case), make the labels areas, not owners.
 */
export function isAreaColumn(cells: readonly string[]): boolean {
  const labels = cells.map((c) => AREA_LABEL.exec(c)?.[1]).filter((l): l is string => l !== undefined);
  if (labels.length < 3 || labels.length * 2 < cells.length) return false;
  return labels.some((l) => /^\p{Lu}{2,}$/u.test(l) || /^\p{Ll}/u.test(l) || /\d/.test(l));
}

/** Where the area labelling a cell ends (after its colon), unless it is one of the people there; else 0. */
export function areaLabelEnd(cell: string, roster: Roster | undefined): number {
  const m = AREA_LABEL_IN_CELL.exec(cell);
  return m && !inRoster(m[2], roster) ? m[1].length : 0;
}
/** AREA_LABEL in a cell as written (its opening pipe too): [1] up to the colon, [2] the label. */
const AREA_LABEL_IN_CELL = /^(\|?[ \t*_]*([\p{L}\p{N}][\p{L}\p{N} /&+._-]{0,24}?)[ \t*_]*:)[ \t]+\S/u;

/** A row with no task written in it: blank but for the status a template starts every row with (`| | | In Progress | |`). */
export function isBlankTaskRow(cells: readonly string[], status: number): boolean {
  // (`| none | | | |`: a topic's table of actions saying it has none.)
  let said = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i].trim();
    if (c === '' || i === status) continue;
    if (said++ > 0 || !NO_ACTION.test(c)) return false;
  }
  return true;
}

/**
 * Whether a table's owner column reads as merged cells: filled on its first row and on two rows at least, empty on
 * most (four rows or more), each name standing for the rows under it (`| Yani | 2.5 |` over `| | 2.6 |`).
 */
function mergedOwnerCells(rows: readonly (readonly string[])[], owner: number): boolean {
  if (rows.length < 4 || (rows[0][owner] ?? '').trim() === '') return false;
  const filled = rows.filter((r) => (r[owner] ?? '').trim() !== '').length;
  return filled >= 2 && filled * 2 < rows.length;
}

/** A row naming the group of tasks under it: its task cell wholly in bold, every other cell empty. */
function groupRow(source: string, cells: readonly string[], action: number): boolean {
  if (!cells[action] || cells.some((c, i) => i !== action && c.trim() !== '')) return false;
  const raw = source.replace(/^[ \t]*\|?/u, '').split('|')[action] ?? '';
  return /^[ \t]*(\*\*|__)[^*_|]+\1[ \t]*$/u.test(raw);
}

/**
 * A table that indexes a call's recording (`| # | Topic | Video ref |` with `1:00`, `9:55` in a column):
 * topics and where they start, not actions. `due`: the due column, whose times are deadlines.
 */
export function isRecordingIndex(rows: readonly (readonly string[])[], due: number): boolean {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (c === due) continue;
    let times = 0;
    let other = false;
    for (const r of rows) {
      const cell = (r[c] ?? '').trim();
      if (cell === '') continue;
      if (TIMESTAMP.test(cell)) times++;
      else other = true;
    }
    if (times > 0 && !other) return true;
  }
  return false;
}
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$/;

/**
 * The action's column: one named as such; else, in a table that has an owner
 * or due column, the first column that is none of the others and no numbering
 * (`| # | Item | Owner | Due |` in any order).
 */
export function actionColumn(
  header: readonly string[],
  owner: number,
  due: number,
  status: number,
  job: number,
  body?: readonly (readonly string[])[],
): number {
  const numbering = new Set<number>();
  header.forEach((h, i) => {
    if (findColumn([h], NUMBER_COLUMNS) === 0 || h.trim() === '') numbering.add(i);
  });
  const other = () =>
    header.findIndex((_, i) => i !== owner && i !== due && i !== status && i !== job && !numbering.has(i));
  // `| Job | Work | Owner | Next step | Due |`: where a row names its work and its next step, the step is the action.
  const step = findColumn(header, NEXT_STEP_COLUMNS);
  const named = step >= 0 && step !== owner && step !== due ? step : findColumn(header, ACTION_COLUMNS);
  if (named >= 0 && named !== owner && named !== due) {
    // `| Action Item | Description |` over `| **87.4** | Update the EIP bot |`: the named column only
    // numbers the actions; their text is the next column's.
    if (body?.length && body.every((row) => NUMBERING_CELL.test(row[named] ?? ''))) {
      numbering.add(named);
      const text = other();
      if (text >= 0) return text;
    }
    return named;
  }
  // `| Topic | Notes | Actions: Responsible / Note |`: the actions' column names their owners too.
  const combined = actionOwnerColumn(header);
  if (combined >= 0 && combined !== owner && combined !== due) return combined;
  if (owner < 0 && due < 0) return -1;
  // `| 成员 | 角色 | 权重 | 主责范围 |`: who holds which part, with no column of tasks: a table of roles.
  if (findColumn(header, ROLE_COLUMNS) >= 0) return -1;
  return other();
}
/** Columns naming the next step of each row's work (`| 工作内容 | 负责人 | 下一步 |`). */
const NEXT_STEP_COLUMNS = columnNames(
  'Next step',
  'Next steps',
  'Next action',
  '下一步',
  '下一步工作',
  'Próximo paso',
  'Próximos pasos',
  'Siguiente paso',
);
/** A cell holding only a number or reference (`**87.1**`, `12.`, `#3`, `A-7`), or nothing. */
const NUMBERING_CELL = /^\s*(?:(?:[*_]{0,2}(?:#|[A-Za-z]{1,3}-?)?\d+(?:\.\d+)*[.)]?[*_]{0,2})\s*)?$/;

/**
 * Actions read from one list or table, with the offsets they had when read
 * (`base`: the chunk's offset then). Parsed chunks are shared and cached by
 * content, so an edit elsewhere in the document reuses these instead of
 * reading every item again.
 */
const NODE_ACTIONS = new WeakMap<Nodes, { key: string; base: number; items: ActionItem[] }>();

/**
 * An action read earlier, placed where its chunk is now and in the section of
 * the current model. Offsets are added when read, so an edit that moves the
 * chunk costs one small object per action instead of copies of every owner
 * and date.
 */
class PlacedAction implements ActionItem {
  private ownersAt?: readonly Owner[];
  private dueAt?: Due | null;
  constructor(
    private readonly read: ActionItem,
    private readonly by: number,
    readonly section: Section,
  ) {}
  get kind() {
    return this.read.kind;
  }
  get text() {
    return this.read.text;
  }
  get done() {
    return this.read.done;
  }
  get dueWithoutDate() {
    return this.read.dueWithoutDate;
  }
  get start() {
    return this.read.start + this.by;
  }
  get end() {
    return this.read.end + this.by;
  }
  get ownerNames() {
    return this.read.ownerNames;
  }
  get owners(): readonly Owner[] {
    return (this.ownersAt ??=
      this.by === 0
        ? this.read.owners
        : this.read.owners.map((o) => ({ ...o, start: o.start + this.by, end: o.end + this.by })));
  }
  get due(): Due | undefined {
    if (this.dueAt === undefined) {
      const d = this.read.due;
      this.dueAt = d ? (this.by === 0 ? d : { ...d, start: d.start + this.by, end: d.end + this.by }) : null;
    }
    return this.dueAt ?? undefined;
  }
  get job() {
    const j = this.read.job;
    return j && (this.by === 0 ? j : { ...j, start: j.start + this.by, end: j.end + this.by });
  }
  get ownerInsert(): InsertPoint {
    return this.by === 0 ? this.read.ownerInsert : { ...this.read.ownerInsert, at: this.read.ownerInsert.at + this.by };
  }
  get dueInsert(): InsertPoint {
    return this.by === 0 ? this.read.dueInsert : { ...this.read.dueInsert, at: this.read.dueInsert.at + this.by };
  }
}

/**
 * `Action items:`, `**Acciones:**`, `**Next steps**`, `行动项：` alone: a label whose list holds actions, wherever it is
 * (minutes whose summary list has a sub-list of actions, `## Short Version / Decision` then `- Action Items:`).
 */
// (`Plan de actividades para esta semana`, `Plan para la próxima semana`, `Plan for next week`: each one's work to come.)
export const ACTION_LABEL_WORDS = String.raw`(?:actions?|action items?|action points?|next steps?|follow-?ups?|pending(?:[ \t]+(?:items|tasks|actions))?|next[ \t]+week(?:['’]s)?[ \t]+(?:goals|tasks)|(?:goals|tasks)[ \t]+for[ \t]+next[ \t]+week|follow[ \t]+up[ \t]+actions|to-?dos?|to-?do['’]s|plan[ \t]+de[ \t]+actividades(?:[ \t]+para[ \t]+(?:esta|la[ \t]+pr[oó]xima)[ \t]+semana)?|plan[ \t]+para[ \t]+la[ \t]+pr[oó]xima[ \t]+semana|plan[ \t]+for[ \t]+(?:the[ \t]+)?next[ \t]+week|acciones[ \t]+pr[oó]ximas|pr[oó]ximas[ \t]+acciones|acci[oó]n(?:es)?|tareas?(?:[ \t]+(?:asignadas|pendientes))?|pr[oó]ximos?[ \t]+pasos?|pasos[ \t]+siguientes|siguientes[ \t]+pasos|pendientes?|pendientes?[ \t]+para[ \t]+(?:la[ \t]+)?(?:pr[oó]xima|siguiente)(?:[ \t]+(?:reuni[oó]n|semana|sesi[oó]n|clase))?|qued[oó][ \t]+pendiente|quedaron[ \t]+pendientes|行动(?:项|事项)?|待办(?:事项)?|待做(?:事项)?|跟进(?:事项)?|下一步|下周(?:的)?(?:工作|任务|计划)|遗留问题|分配(?:了?任务)?|任务分配|(?:before|for)[ \t]+(?:the[ \t]+)?next[ \t]+meeting|para[ \t]+(?:la[ \t]+)?(?:pr[oó]xima|siguiente)[ \t]+reuni[oó]n|下次会议前|(?:之后|今后|后续|接下来)的?(?:工作|任务)安排)`;
/** The label itself: with its colon, or bold alone (`**Next steps**`). */
const ACTION_LABEL_ONLY = String.raw`(?:(?:\*\*|__)?${ACTION_LABEL_WORDS}(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?|(?:\*\*|__)${ACTION_LABEL_WORDS}(?:\*\*|__))[ \t]*$`;
// (`📅 **Next Week Goals**:`: a pictogram before the label is decoration.)
const ACTION_LABEL_WRITTEN = new RegExp(String.raw`^[ \t]*(?:${PICTOGRAM}[ \t]*)*${ACTION_LABEL_ONLY}`, 'iu');
/**
 * `- AR:` (action required) over the boxes to tick: the abbreviation in capitals as a label of its own (in capitals
 * only: read with no case folding, apart from ACTION_LABEL_WORDS).
 */
export const ACTION_REQUIRED_LABEL =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?ARs?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*$/u;
/** Such a label over its items, anywhere in a text (for hasLabelledLists; inlineRecords.ts). */
export const ACTION_REQUIRED_LINE = new RegExp(
  String.raw`${ACTION_REQUIRED_LABEL.source.slice(0, -1)}\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]`,
  'mu',
);
/** An actions label alone on its line: the words (ACTION_LABEL_WRITTEN) or `AR:` (ACTION_REQUIRED_LABEL). */
const ACTION_LABEL = {
  test: (line: string): boolean => ACTION_LABEL_WRITTEN.test(line) || ACTION_REQUIRED_LABEL.test(line),
};
/** A line that is an actions label and nothing else: `TODO:`, `**Next steps**`, `Action items`. */
function isActionLabelAlone(line: string): boolean {
  return ACTION_LABEL.test(line) || ACTION_LABEL_BARE.test(line);
}
/**
 * `> **ToDo**:` quoted alone, as the other parts of a weekly record are (`> **Notes**:`, `> **Comments**:`): the
 * label of the lists after the quote (each under its `@name:` line), read as an unquoted label is.
 */
const QUOTED_LABEL_ALONE = new RegExp(String.raw`^ {0,3}>[ \t]?(?:${PICTOGRAM}[ \t]*)*${ACTION_LABEL_ONLY}`, 'imu');
function quotesLabelAlone(doc: AgencyDocument, quote: Nodes, base: number): boolean {
  if (quote.type !== 'blockquote' || quote.children.length !== 1 || quote.children[0].type !== 'paragraph')
    return false;
  const [from, to] = spanIn(quote, base);
  return QUOTED_LABEL_ALONE.test(doc.source.slice(from, to));
}
/** The words of a sentence leading into the actions (`The next steps we decided on were:`). */
const ACTION_LEAD_WORDS = String.raw`(?<![\p{L}])(?:next[ \t]+steps|action[ \t]+items|action[ \t]+points|(?:some|these|the[ \t]+following|agreed)[ \t]+actions|follow-?ups|to-dos|(?<!(?<![\p{L}])(?:para|con|por|entre|de|a|sobre)[ \t]+)todos|pr[oó]ximos[ \t]+pasos|siguientes[ \t]+pasos|tareas(?![ \t]+(?:realizadas|completadas|hechas|terminadas|finalizadas|cumplidas))|tasks(?![ \t]+(?:completed|done|finished|accomplished))|acciones[ \t]+a[ \t]+seguir|qued[oó][ \t]+pendiente|quedaron[ \t]+pendientes|responsabilidades|asignaciones|assignments|responsibilities|needs?[ \t]+to[ \t]+be[ \t]+(?:completed|done|finished))(?![\p{L}])|下一步|待办事项|待做|后续工作|分配了?任务|任务[和与及]?分工|分工(?:分别)?如下|工作安排(?:分别)?如下|接下来的?\p{Script=Han}{0,4}工作|下一阶段的?\p{Script=Han}{0,4}(?:计划|工作|任务)`;
/**
 * A lead-in that reports on the tasks (`**Actualizaciones de tareas asignadas:**`, `Estado de las tareas:`, `Avances
 * de tareas:`): what each one has done, their status, not new actions.
 */
const NOT_STATUS_LEAD = String.raw`(?![ \t*_]*(?:actualizaci[oó]n(?:es)?|estado|avances?|progreso)(?![\p{L}]))`;
/** One short sentence ending in a colon that says the list after it holds the actions. */
// Short (60 characters before the colon), and not ideas to discuss (`the next steps I could see:`).
// A legend of the list's columns in brackets may close it: `Tareas de cada participante (Nº - Responsable - Fecha):`,
// its colon inside too (`… (numero de tarea - responsable - fecha limite: )`).
/**
 * A longer sentence that ends saying the meeting set the next steps (`En la quinta reunión se mostró la primera
 * versión y se han definido los siguientes pasos a llevar a cabo:`, `… and we agreed the next steps:`) or the tasks
 * (`… se comentó la próxima sesión y se definieron tareas para prepararla:`); not steps
 * of a procedure (`Para usar los formularios es necesario los siguientes pasos:`). The colon is looked for first, within reach: a
 * line with none (a table row padded to 13,000 characters) is not read to its end from each of its sentences.
 */
const ENDING_LEAD_IN = String.raw`${NOT_STATUS_LEAD}(?=[^\n:：]{0,260}[:：])(?![^\n:：]*(?<![\p{L}])(?:could|might|may|would|maybe|perhaps|possible|potential|ideas?|thinking|podr[ií]a(?:mos|n)?|posibles?)(?![\p{L}]))[^\n:：]{0,200}?(?:(?<![\p{L}])(?:definido|definieron|acordado|acordaron|decidido|decidieron|establecido|establecieron|fijado|fijaron|defined|agreed|decided|set)[ \t]+(?:on[ \t]+)?(?:los|the|our)[ \t]+(?:siguientes[ \t]+pasos|pr[oó]ximos[ \t]+pasos|pasos[ \t]+siguientes|next[ \t]+steps)|(?<![\p{L}])(?:los|the|our)[ \t]+(?:siguientes[ \t]+pasos|pr[oó]ximos[ \t]+pasos|pasos[ \t]+siguientes|next[ \t]+steps)[ \t]+(?:a[ \t]+llevar[ \t]+a[ \t]+cabo|a[ \t]+seguir|to[ \t]+take)|(?<![\p{L}])(?:se[ \t]+)?(?:definieron|acordaron|asignaron|repartieron|establecieron|fijaron)[ \t]+(?:las[ \t]+)?(?:siguientes[ \t]+)?tareas)[^\n:：]{0,30}[:：][ \t*_]*`;
const LEAD_IN = String.raw`(?:${NOT_STATUS_LEAD}(?=[^\n:：]{0,60}(?:\([^()\n:：]{1,60}\)[ \t]*)?[:：]|[^\n:：(]{0,60}\([^()\n:：]{1,60}[:：][ \t]*\))(?![^\n:：]*(?<![\p{L}])(?:could|might|may|would|maybe|perhaps|possible|potential|ideas?|thinking|podr[ií]a(?:mos|n)?|posibles?|可能|也许)(?![\p{L}]))[^\n:：]{0,50}(?:${ACTION_LEAD_WORDS})[^\n:：(]{0,50}(?:(?:\([^()\n:：]{1,60}\)[ \t]*)?[:：]|\([^()\n:：]{1,60}[:：][ \t]*\))[ \t*_]*|${ENDING_LEAD_IN})`;
/** Sentences before the lead-in on its line (`Revisión de la versión. Se concreta que los siguientes pasos son:`). */
const SENTENCES_BEFORE = String.raw`(?:[^\n]*?[.!?。！？][ \t]+)?`;
const ACTION_LEAD_IN = new RegExp(`^${SENTENCES_BEFORE}${LEAD_IN}$`, 'iu');
/** The label alone on its line, no colon, no emphasis (`Action items`, `Next steps`, `行动项`): only before a list. */
// (And `Goals for next week (include responsibilities)`: the week's goals, a note on them in brackets.)
const BARE_LABEL_WORDS = String.raw`(?:action[ \t]+items?|action[ \t]+points?|next[ \t]+steps|follow-?ups|to-?dos|to-?do['’]s|pr[oó]ximos[ \t]+pasos|acciones(?:[ \t]+pendientes)?|tareas[ \t]+pendientes|行动项|待办事项|下一步(?:计划|工作)?|接下来的?任务|(?:goals|tasks)[ \t]+for[ \t]+(?:the[ \t]+)?next[ \t]+week(?:[ \t]*\([^()\n]{1,60}\))?)`;
// (`3.接下来任务` on a line of its own: a numbered label without its space, which Markdown keeps as text; eval90.)
const ACTION_LABEL_BARE = new RegExp(
  String.raw`^[ \t]*(?:\d{1,2}[.、．](?=\p{Script=Han}))?${BARE_LABEL_WORDS}[ \t]*$`,
  'iu',
);
/**
 * Minutes pasted as plain lines, no Markdown (`Next Steps` over `Review the wireframes` / `Finalize the vision
 * document`, one paragraph): the label alone on the paragraph's first line, then two lines to twelve, each opening
 * with a capital and not run on from the line before (no comma or colon closing it): each line one action.
 */
function labelOverLines(paragraph: string): string[] | undefined {
  const lines = paragraph.replace(/\r/g, '').split('\n');
  if (lines.length < 3 || lines.length > 13 || !ACTION_LABEL_BARE.test(lines[0].trim())) return undefined;
  const rest = lines.slice(1);
  return rest.every((l) => PLAIN_ITEM_LINE.test(l.trimEnd())) ? rest : undefined;
}
const PLAIN_ITEM_LINE = /^[ \t]*\p{Lu}(?![ \t]*[-*+>|#])[^\n]{2,118}(?<![,;:：，；\\])[ \t]*$/u;
/**
 * An actions label alone (`Next steps:`, `What are next steps?`), then lines of the same paragraph each opening with a
 * box, `[]` (no space: still open), `[ ]` or `[x]`: two to twelve, each one task, ticked or not.
 */
const BOX_LABEL = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:what[ \t]+are[ \t]+(?:the[ \t]+|our[ \t]+)?next[ \t]+steps[ \t]*\?|${BARE_LABEL_WORDS}[ \t]*[:：]?)(?:\*\*|__)?[ \t]*\r?\n(?:[ \t]*\[[ xX]?\][ \t]+\S[^\n]*(?:\r?\n|$)){2,12}$`,
  'iu',
);
/** BOX_LABEL's first line alone. */
const BOX_LABEL_FIRST = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?(?:what[ \t]+are[ \t]+(?:the[ \t]+|our[ \t]+)?next[ \t]+steps[ \t]*\?|${BARE_LABEL_WORDS}[ \t]*[:：]?)(?:\*\*|__)?[ \t]*$`,
  'iu',
);
function boxedLines(
  doc: AgencyDocument,
  section: Section,
  from: number,
  to: number,
  opts: ActionOptions,
): ActionItem[] | undefined {
  const source = doc.text.slice(from, to);
  if (!BOX_LABEL.test(source)) return undefined;
  const out: ActionItem[] = [];
  let at = from + source.indexOf('\n') + 1;
  for (const line of source.slice(source.indexOf('\n') + 1).split('\n')) {
    const box = /^[ \t]*\[([ xX]?)\][ \t]+/u.exec(line);
    if (box) {
      const a = lineAction(doc, section, at + box[0].length, at + line.trimEnd().length, opts, /[xX]/.test(box[1]));
      if (a) out.push(a);
    }
    at += line.length + 1;
  }
  return out;
}
/** Such a paragraph anywhere in a text (hasInlineActions, hasLabelledLists). */
export function hasLabelOverLines(text: string): boolean {
  if (BOX_LABEL_ANYWHERE.test(text)) return true;
  if (!LABEL_THEN_LINE.test(text)) return false;
  return text.split(/\r?\n[ \t]*\r?\n/u).some((block) => labelOverLines(block.trim()) !== undefined);
}
/** BOX_LABEL's label and its first two boxes anywhere in a text. */
const BOX_LABEL_ANYWHERE = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:what[ \t]+are[ \t]+(?:the[ \t]+|our[ \t]+)?next[ \t]+steps[ \t]*\?|${BARE_LABEL_WORDS}[ \t]*[:：]?)(?:\*\*|__)?[ \t]*\r?\n[ \t]*\[[ xX]?\][ \t]+\S[^\n]*\r?\n[ \t]*\[[ xX]?\][ \t]+\S`,
  'imu',
);
const LABEL_THEN_LINE = new RegExp(String.raw`^[ \t]*${BARE_LABEL_WORDS}[ \t]*\r?\n[ \t]*\S`, 'imu');
/** Such a label, as a paragraph or a list item, and then the list of the actions. */
export const ACTION_BARE_LIST = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+)?${BARE_LABEL_WORDS}[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]`,
  'imu',
);
/** Such a sentence as a paragraph of its own in the text, then the list of the actions. */
export const ACTION_LEAD_IN_LIST = new RegExp(
  String.raw`^(?![ \t]*(?:[-*+#>|]|\d{1,3}[.)]))${SENTENCES_BEFORE}${LEAD_IN}\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]`,
  'imu',
);

/** Such a sentence as a list item, then a quote (the parts it leads into, quoted: actionsIn reads each line). */
export const ACTION_LEAD_IN_QUOTE = new RegExp(
  String.raw`^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+${SENTENCES_BEFORE}${LEAD_IN}\r?\n(?:[ \t]*\r?\n)?[ \t]*>`,
  'imu',
);

/**
 * The lists and paragraphs under headings the type does not name (`## Notes`, `## Details`), grouped by
 * heading as sections of the type's next actions: what a label there calls actions is read (actionsIn). With
 * `withTables`, their tables too (minutes with no actions section, whose actions are a table elsewhere).
 */
function outsideSections(doc: AgencyDocument, withTables = false): Section[] {
  const def = doc.type?.sections.find((s) => s.kind === 'actions');
  if (!def) return [];
  const inSection = new Set<Nodes>();
  for (const s of doc.sections) for (const p of s.nodes) inSection.add(p.node);
  const out: Section[] = [];
  let nodes: Placed[] = [];
  // Before the first heading (minutes written with no headings at all: `TODO:` and its list), the text is
  // under the document itself: a heading of no depth where the body starts.
  const top = doc.frontMatter?.end ?? 0;
  let heading: Heading | undefined = {
    depth: 0,
    text: '',
    start: top,
    end: top,
    node: { type: 'heading', depth: 1, children: [] },
    langs: [],
  };
  const flush = () => {
    if (nodes.length && heading)
      out.push({
        def,
        heading,
        nodes,
        contentStart: startIn(nodes[0].node, nodes[0].base),
        contentEnd: endIn(nodes[nodes.length - 1].node, nodes[nodes.length - 1].base),
      });
    nodes = [];
  };
  let h = 0;
  for (const p of doc.nodes) {
    if (p.node.type === 'heading') {
      flush();
      const at = startIn(p.node, p.base);
      while (h < doc.headings.length && doc.headings[h].start < at) h++;
      heading = doc.headings[h]?.start === at ? doc.headings[h] : undefined;
      continue;
    }
    // `<h2>Week 11</h2>`: a heading written in HTML starts another part, as a Markdown one does (the week's
    // `Attendees:` list is not the actions a label in the week before opened).
    if (isHtmlHeading(p.node)) {
      flush();
      const [from, to] = spanIn(p.node, p.base);
      const m = HTML_HEADING.exec((p.node as Html).value)!;
      heading = {
        depth: Number(m[1]),
        text: m[2].replace(/<[^>\n]*>/g, '').trim(),
        start: from,
        end: Math.min(to, from + m[0].trimEnd().length),
        node: { type: 'heading', depth: Number(m[1]) as 1 | 2 | 3 | 4 | 5 | 6, children: [] },
        langs: [],
      };
      continue;
    }
    if (
      (p.node.type === 'list' ||
        p.node.type === 'paragraph' ||
        (withTables && p.node.type === 'table') ||
        // (An HTML list, read only under an actions label: htmlListItems.)
        (p.node.type === 'html' && HTML_LIST.test(p.node.value)) ||
        // (A quote opening with a labelled action: quotedActions.)
        (p.node.type === 'blockquote' &&
          p.node.children[0]?.type === 'paragraph' &&
          (quotesAction(doc, p) || quotesLabelAlone(doc, p.node, p.base)))) &&
      !inSection.has(p.node)
    )
      nodes.push(p);
  }
  flush();
  return out;
}

/**
 * An item that goes on with the duty of the one before it, saying no one's name: `Responsible for the styling too`,
 * `Also in charge of the tests`, `Encargada también de las pruebas`.
 */
export const CONTINUED_DUTY =
  /^[ \t]*(?:\*\*|__)?(?:also[ \t]+)?(?:responsible[ \t]+for|in[ \t]+charge[ \t]+of)[ \t]|^[ \t]*(?:\*\*|__)?(?:tambi[eé]n[ \t]+)?(?:responsables?|encargad[oa]s?)[ \t]+(?:tambi[eé]n[ \t]+)?(?:de|del)[ \t]/iu;

/** `Task:` leading an item whose owner and date follow as items of their own. */
const TASK_LABEL = /^[ \t]*(?:\*\*|__)?(?:task|action|action item|tarea|acci[oó]n|任务|事项)(?:\*\*|__)?[ \t]*[:：]/iu;
/** `- **Responsible:** Yorik` as an item of its own, after the task (the parse reads it with the task). */
const OWNER_ITEM =
  /^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?:owners?|(?:person[ \t]+)?responsible|assignee|who|due(?:[ \t]+date)?|deadline|(?:persona[ \t]+)?responsables?|encargad[oa]s?|fecha[ \t]+l[ií]mite|负责人|截止(?:日期)?)(?:\*\*|__)?[ \t]*[:：]/imu;

/** A label of what was discussed or noted, leading the items after it in a flat list. */
const NOTES_WORDS = String.raw`(?<![\p{L}])(?:discussion|discussed|focus|focused|speculation|context|background|notes|observations|findings|considerations|concerns|ideas|status|update|updates)(?![\p{L}])`;
const NOTES_LABEL = new RegExp(NOTES_WORDS, 'iu');

const ACTION_LABEL_LINE = new RegExp(String.raw`^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?${ACTION_LABEL_ONLY}`, 'imu');
const NOTES_LABEL_ITEM = new RegExp(
  String.raw`^[ \t]*[-*+][ \t]+[^:：\n]{0,40}${NOTES_WORDS}[^:：\n]{0,40}[:：][ \t*_]*$`,
  'imu',
);

/**
 * A lead-in over items that are no tasks: the topics put off to a later meeting (`由于时间原因，以下议题下次会议讨论：`),
 * the next meeting's planned agenda (`Current planned agenda for February 27:`), the team's rules of work
 * (`**开发规范**：`, `Coding conventions:`), what to look at in each thing weighed (`对数据集还要聚焦于：`, `评估标准：`,
 * `Evaluation criteria:`).
 */
const NO_TASKS = String.raw`(?:(?:current|planned|proposed|tentative|draft)[ \t]+)+agenda|聚焦于|(?:评判|评估|判断|评价)标准|(?:evaluation|selection|acceptance)[ \t]+criteria|criterios[ \t]+de[ \t]+(?:evaluaci[oó]n|selecci[oó]n|aceptaci[oó]n)|agenda[ \t]+for[ \t]+(?:the[ \t]+)?(?:next|following)|(?:开发|编码|代码|团队)规范|(?:coding|code|development|team)[ \t]+(?:conventions|standards|guidelines)|normas[ \t]+de[ \t]+(?:c[oó]digo|desarrollo|trabajo)|(?:下次(?:会议|例会)|下周(?:会议|例会))(?:再|继续)?(?:讨论|议)|(?:deferred|postponed|moved|carried over|pushed)[ \t]+to[ \t]+(?:the[ \t]+)?(?:next|following)[ \t]+(?:meeting|call|session)|(?:discuss(?:ed)?|covered?)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:next|following)[ \t]+(?:meeting|call|session)|(?:se[ \t]+tratar[aá]n?|quedan?[ \t]+para|se[ \t]+dejan?[ \t]+para)[ \t]+(?:en[ \t]+)?(?:la[ \t]+)?(?:pr[oó]xima|siguiente)[ \t]+reuni[oó]n`;
/** What every NO_TASKS lead-in has: `下次`/`下周`, a word for the next or following meeting, the agenda or the rules. */
const NO_TASKS_NEEDS =
  /下次|下周|next|following|pr[oó]xima|siguiente|agenda|规范|conventions|standards|guidelines|normas|聚焦|标准|criteri/i;
const NO_TASKS_LEAD = new RegExp(String.raw`(?:${NO_TASKS})[^\n]{0,40}[:：][ \t*_]*$`, 'iu');
const NO_TASKS_LEAD_LINE = new RegExp(
  String.raw`^(?![ \t]*(?:[-*+]|\d{1,3}[.)])[ \t])[^\n]*(?:${NO_TASKS})[^\n]{0,40}[:：][ \t*_]*\r?$`,
  'imu',
);

/** TIME_LABEL_ITEM, DUE_LABEL_ITEM as list items anywhere in a text (for hasLabelledLists). */
const ITEM_LEAD = String.raw`^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+`;
const TIME_LABEL_LINE = new RegExp(TIME_LABEL_ITEM.source.replace(/^\^\[ \\t\]\*/, ITEM_LEAD), 'imu');
const DUE_LABEL_LINE = new RegExp(DUE_LABEL_ITEM.source.replace(/^\^\[ \\t\]\*/, ITEM_LEAD), 'imu');
/** `3. Next actions (team)`: a list item naming the next actions, with a qualifier in brackets. */
const NEXT_ACTIONS_ITEM = new RegExp(
  String.raw`${ITEM_LEAD}(?:\*\*|__)?(?:next[ \t]+actions?|action[ \t]+items?|next[ \t]+steps)(?:\*\*|__)?[ \t]*\(`,
  'imu',
);

/**
 * Whether the text has what only the parsed document reads right: a label calling a list actions
 * (`- Action items:`, `**Acciones:**`), a label of notes in a list, or an owner or date label as an item. The workspace scan then reads the
 * actions from the parse (scan.ts). `outside`: whether an offset is outside the actions sections the caller
 * reads itself, where a task handed out (`- Ana to send …`) or an open box with a handle needs no parse (half of
 * a workspace's minutes have one there: parsing them all made the index six times slower).
 */
export function hasLabelledLists(text: string, outside: (offset: number) => boolean = () => true): boolean {
  // (A lead-in then its list needs a colon closing a line: looked for once, the long patterns only then.)
  const colonThenBreak = COLON_THEN_BREAK.test(text);
  return (
    ACTION_LABEL_LINE.test(text) ||
    ACTION_REQUIRED_LINE.test(text) ||
    PARTS_OVER_ITEMS.test(text) ||
    // (`- Manu -> Rate datasets` / `- Francisco -> Docs`: the work shared out by arrows, handsOutByArrow.)
    ((text.includes('>') || text.includes('→')) && ARROW_ITEMS.test(text)) ||
    (colonThenBreak && ACTION_LEAD_IN_LIST.test(text)) ||
    ACTION_BARE_LIST.test(text) ||
    NOTES_LABEL_ITEM.test(text) ||
    OWNER_ITEM.test(text) ||
    LABELLED_ACTION_LINE.test(text) ||
    (text.includes('>') && (QUOTED_ACTION_LINE.test(text) || QUOTED_LABEL_ALONE.test(text))) ||
    INITIALS_ACTION_ITEM.test(text) ||
    FOLLOW_UP_NUMBERED.test(text) ||
    CJK_NUMBERED.test(text) ||
    TIGHT_NUMBERED_LINE.test(text) ||
    // (A plain test first: the pattern looks at every line.)
    (NO_TASKS_NEEDS.test(text) && COLON_AT_LINE_END.test(text) && NO_TASKS_LEAD_LINE.test(text)) ||
    TIME_LABEL_LINE.test(text) ||
    DUE_LABEL_LINE.test(text) ||
    NEXT_ACTIONS_ITEM.test(text) ||
    (OWNED_BOX_LINE.test(text) && allMatches(OWNED_BOX_LINES, text).some((m) => outside(m.index!))) ||
    OWNED_SUB_TASKS.test(text) ||
    EACH_OVER_NAMED_PARTS.test(text) ||
    // (A task handed out as `- Ana to send …` needs the parse only outside the actions sections the caller reads.)
    // (And only what reads as one: `- The key visual will use the commuter scene` is what was decided.)
    (COMMITMENT_LINE.test(text) &&
      allMatches(COMMITMENT_LINES, text).some(
        (m) => outside(m.index!) && isCommitment(itemLineAt(text, m), undefined),
      )) ||
    ASSIGNED_TO.test(text) ||
    TASKS_SET_ITEM.test(text) ||
    hasActionsLabelOverList(text) ||
    (colonThenBreak && ACTION_LEAD_IN_QUOTE.test(text)) ||
    (colonThenBreak && hasLeadInOverNamedLines(text)) ||
    CLOSING_DEADLINE_LINE.test(text) ||
    CLOSING_OWNER_TAG_LINE.test(text) ||
    TRACKED_LEFTOVERS_OVER_LIST.test(text) ||
    hasFieldedHeadingTask(text) ||
    // `2. **Asignación de tareas:**` over its sub-items (actionsIn reads them as the actions: `named`).
    hasNamedActionsItem(text) ||
    hasLabelOverLines(text)
  );
}
/**
 * What LEAD_IN then a line break (ACTION_LEAD_IN_LIST, ACTION_LEAD_IN_QUOTE) must contain: each of its forms ends in
 * a colon, then spaces, emphasis or a closing bracket (inlineRecords.ts COMMITMENT_LEAD_IN too: a colon, spaces).
 */
export const COLON_THEN_BREAK = /[:：][ \t*_)]*\r?\n/;
/** What NO_TASKS_LEAD_LINE must contain: its own end, a colon closing a line. */
const COLON_AT_LINE_END = /[:：][ \t*_]*\r?$/m;
/**
 * An item that is an action wherever it is: it calls itself one (`- **Action:** Sam to …`), or it is an open box
 * with a handle in it (`- [ ] @nicola go through the draft`) under a topic.
 */
function readsAsAction(
  line: string,
  item: ListItem,
  roster: Roster | undefined,
  doc: AgencyDocument,
  section: Section,
): boolean {
  return (
    isCalledAction(line, roster) ||
    // `No update since last meeting, TODO: look at the integration`: the tag in capitals after a clause.
    CLAUSE_TAG.test(line) ||
    (item.checked === false && HANDLE_IN.test(line)) ||
    // Minutes hand tasks out in their notes; a status report's other sections ask (`Harbor to confirm …`), and
    // what the decisions say someone will do is what was decided (`Agency to come back with two routes`).
    // (Nor the agenda the minutes repeat, item by item: `Kahu to run us through his doc` is who takes a topic;
    // a note under an item, `Thomas to introduce Sheng to Jackline`, is still a task.)
    (doc.type?.id === 'minutes' &&
      section.def.id !== 'decisions' &&
      // (Nor under a heading the type does not place that names the decisions: `#### Decision Items:`.)
      !isDecisionsHeading(section.heading.text) &&
      (OUTCOME_ARROW.test(line) ||
        (!(AGENDA_HEADING.test(section.heading.text) && isTopLevelItem(section, item)) &&
          isCommitment(line, roster)))) ||
    // `Planeación del proyecto asignada a Luis y David`: handed to someone in so many words, decided or noted.
    (doc.type?.id === 'minutes' && ASSIGNED_TO.test(line) && findOwners(line, 0, roster).length > 0) ||
    // `… publicar el resumen. **Responsable: Ana**`, `…确认参与单位   责任人：林舟`: the owner's tag closing the line.
    (doc.type?.id === 'minutes' && CLOSING_OWNER_TAG.test(line))
  );
}
/**
 * A line of minutes closed by its owner's tag (`… publicar el resumen. **Responsable: Ana**`, `… Responsable: Ana.`,
 * `…确认参与单位   责任人：林舟`, `…核对确认。沟通责任人：@lin`): what the meeting gave someone to do, said first (six
 * characters or more), then after a space or a stop the tag, then the name alone (not `负责人：张三，…`, a field
 * leading its line; nor a heading or a table's row).
 */
const CLOSING_OWNER_TAG_BODY = String.raw`(?![ \t]*[#|])[^\n]{6,}?(?:[ \t]+|(?<=[。.；;，,!！]))(?:\*\*|__)?(?:\p{Script=Han}{0,3}责任人|负责人|[Rr]es?ponsables?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?@?[^\n:：,，;；。.()（）*_@|]{1,30}?[ \t]*(?:\*\*|__)?[ \t]*[.。]?[ \t]*(?:\*\*|__)?[ \t]*\r?$`;
export const CLOSING_OWNER_TAG = new RegExp(`^${CLOSING_OWNER_TAG_BODY}`, 'u');
/** CLOSING_OWNER_TAG on any line of a text (for hasLabelledLists, hasInlineActions). */
export const CLOSING_OWNER_TAG_LINE = new RegExp(`^${CLOSING_OWNER_TAG_BODY}`, 'mu');
/** `TODO:` / `ACTION:` in capitals after a clause of the item and its comma or full stop, then the task. */
const CLAUSE_TAG = /[,;.][ \t]+(?:TODO|ACTION(?:[ \t]+ITEM)?)[ \t]*[:：][ \t]*\p{L}/u;
/** CLAUSE_TAG up to the task after it (for who the task names: findOwners). */
const CLAUSE_TAG_LEAD = /[,;.][ \t]+ACTION(?:[ \t]+ITEM)?[ \t]*[:：][ \t]*(?=\p{L})/u;
/** An agenda item's outcome after an arrow: `Plugins gaps -> Melissa to post the priorities`. */
const OUTCOME_ARROW =
  /(?:->|→|=>)[ \t]*(?:\*\*|__)?@?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?(?:\*\*|__)?[ \t]+(?:to|will|shall)[ \t]+\p{Ll}/u;
/** What says the tasks were handed out (`制定了每个人的任务`, `为每个人分配了任务`, `布置任务`), alone on its line. */
// (Done, or each person's: `安排本周任务` alone is an agenda's point, with its tasks owned elsewhere.)
const TASKS_SET =
  /^[ \t*_]*(?:(?:为|给)(?:每个人|每人|各人|大家|各成员)(?:制定|分配|安排|明确|布置|确定)了?|(?:制定|分配|安排|明确|布置|确定)(?:了(?:每个人|每人|各人|各成员|大家|成员|组员)?|(?:每个人|每人|各人|各成员|大家)))的?(?:任务|工作任务)[ \t*_]*[。:：]?[ \t*_]*$/u;
/** A list item saying the tasks were handed out, over the tasks as its sub-items (for missing-section). */
export function hasTasksSetItem(text: string): boolean {
  return TASKS_SET_ITEM.test(text);
}
const TASKS_SET_ITEM = new RegExp(
  String.raw`^[ \t]*[-*+][ \t]+${TASKS_SET.source.slice(1, -1)}\r?\n(?:[ \t]*\r?\n)*[ \t]{2,}[-*+][ \t]+\S`,
  'mu',
);

/** A heading calling what follows the agenda (`Agenda`, `A. Agenda: Topics`, `Orden del día`, `议程`). */
const AGENDA_HEADING = /(?<![\p{L}])(?:agenda|orden[ \t]+del[ \t]+d[ií]a)(?![\p{L}])|议程/iu;

/** Whether an item is one of the section's own list items (not a sub-item under one of them). */
function isTopLevelItem(section: Section, item: ListItem): boolean {
  return section.nodes.some((p) => p.node.type === 'list' && p.node.children.includes(item));
}

/** The people a task is handed to in so many words (group 1): `asignada a Luis y David`, `assigned to Dana`. */
const ASSIGNED_OWNERS = new GuardedPattern(
  'ASSIGNED_OWNERS',
  String.raw`(?<![\p{L}])(?:asignad[oa]s?|assigned|encargad[oa]s?)[ \t]+(?:a|to)[ \t]+@?(${NAMES})`,
  'u',
  (t) => t.includes('assigned') || t.includes('asignad') || t.includes('encargad'),
);
/** A task handed to someone in so many words: `asignada a Luis`, `assigned to Dana`, `分配给李娜`. */
const ASSIGNED_TO =
  /(?<![\p{L}])(?:asignad[oa]s?|assigned|encargad[oa]s?)[ \t]+(?:a|to)[ \t]+@?\p{Lu}|分配给|交由[\p{Script=Han}]{2,3}负责/u;

/**
 * An item that hands out a task as it says what happened (`- Kat to share the draft`, `- Paul will open the
 * account`, `- Ana enviará el acta`) is an action wherever the minutes put it in their notes (not among the
 * decisions: readsAsAction). `Name:` leading it is who spoke, not who does it; `will be` is a state. With `will`,
 * a name none of the attendees has must be followed by a verb of work (`Chrome will ship …` is a product's news).
 */
function isCommitment(line: string, roster: Roster | undefined): boolean {
  // `Marshall: I'll ask the data team`: the speaker takes the task on.
  if (SPEAKER_PROMISE.test(line)) return true;
  // `All to send their hours to Ana`, `Everyone will review the deck`: the whole team's task.
  const group = GROUP_COMMITMENT.exec(line);
  if (group) return !/^be$/i.test(group[1]) && !NOT_VERBS.has(group[1].toLowerCase());
  if (!COMMITMENT_NEEDS.test(line)) return false;
  if (leadsCommitment(line, roster)) return true;
  // `Google - Paul to follow up with them`: after a topic and a dash; `Create runbooks (Kat to draft)`: in brackets.
  const topic = TOPIC_DASH.exec(line);
  if (topic && leadsCommitment(line.slice(topic[0].length), roster)) return true;
  // `The sign-in sheets come from the export -- Hao will write a script for it`: a note, then after a double dash
  // who takes the work on.
  const dash = CLAUSE_DASH.exec(line);
  if (dash && leadsCommitment(line.slice(dash.index + dash[0].length), roster)) return true;
  // `Se estableció que Josué y David revisarán …`, `It was agreed that Ana will …`: the task, after the words
  // saying it was agreed.
  const agreed = AGREED_THAT.exec(line);
  if (agreed && leadsCommitment(line.slice(agreed[0].length), roster)) return true;
  // `**Conclusion**: Everyone to read the doc and vote`: the whole team's task, after the label.
  const after = topic && GROUP_COMMITMENT.exec(line.slice(topic[0].length));
  if (after) return !/^be$/i.test(after[1]) && !NOT_VERBS.has(after[1].toLowerCase());
  const bracket = BRACKETED_COMMITMENT.exec(line);
  return bracket !== null && leadsCommitment(bracket[1], roster);
}
/** `Se estableció que`, `Se acordó que`, `Quedó acordado que`, `It was agreed that`, `We agreed that`. */
const AGREED_THAT =
  /^[ \t]*(?:se[ \t]+(?:estableci[oó]|acord[oó]|decidi[oó]|defini[oó]|determin[oó]|convino)|qued[oó][ \t]+(?:acordado|establecido)|it[ \t]+was[ \t]+(?:agreed|decided)|we[ \t]+(?:agreed|decided))[ \t]+(?:que|that)[ \t]+/iu;
const SPEAKER_PROMISE = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__)?${LATIN_NAME}(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]+(?:I['’]ll|I[ \t]+will|I['’]m[ \t]+going[ \t]+to|I[ \t]+am[ \t]+going[ \t]+to|(?:yo[ \t]+)?me[ \t]+encargo[ \t]+de|(?:yo[ \t]+)?voy[ \t]+a)[ \t]+\p{Ll}`,
  'u',
);
/** [1] the verb after the whole team's `to` / `will`. */
const GROUP_COMMITMENT =
  /^[ \t]*(?:\*\*|__)?(?:all|everyone|everybody|all members|the team|the whole team|whole team|todos|todo el equipo|el equipo)(?:\*\*|__)?[ \t]+(?:to|will|shall|van[ \t]+a)[ \t]+(\p{L}+)/iu;
/** A topic of a few words and a dash or colon before the rest of the item (`Google - `, `Venues: `). */
const TOPIC_DASH =
  /^[ \t]*[^\n\-–—:：()]{1,30}?[ \t]+[-–—][ \t]+|^[ \t]*[^\n:：()]{1,30}?[:：][ \t]+|^[ \t]*[^\n:：()>→]{1,60}?[ \t]*(?:[-–—]+>|→|=>)[ \t]*/u;
/** A double dash (or an em dash) between spaces, before a capital or a handle: a clause of its own follows. */
const CLAUSE_DASH = /[ \t](?:--|—)[ \t]+(?=@?\p{Lu})/u;
/** A bracket holding a name and what they will do: `(Kat to draft)`. */
const BRACKETED_COMMITMENT = /[(（]([^()（）\n]{3,60})[)）]/u;

/** Whether a text opens with a name handing the task to them (isCommitment). */
function leadsCommitment(line: string, roster: Roster | undefined): boolean {
  const m = LEAD_NAME.exec(line);
  if (!m) return false;
  const [, group, link, next, spanish] = m;
  if (link === undefined && spanish === undefined) return false;
  // `Decided to move …`, `Looking to hire …`, `Easy to carry`, `Workflow to standardise …`: a word opening the
  // sentence, not a name.
  if (
    realNames(group).some(
      (n) =>
        !inRoster(n, roster) &&
        // (`Resolves to have …` stays a commitment: the meeting's own, no one named.)
        (VERB_FORM.test(n) ||
          isOpeningWord(n) ||
          n.split(/[ \t]+/).some((w) => THING_BEFORE_TO.test(w) && !/ves$/.test(w))),
    )
  )
    return false;
  if (link !== undefined) {
    const lead = link.toLowerCase();
    if (!COMMITTING.test(lead)) return false;
    if (/^be$/i.test(next) || NOT_VERBS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next)) return false;
    // `will` and `is going to` say what will happen too (`Chrome will ship …`): a verb of work, or an attendee.
    const foretells = /^(?:will|shall|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to)$/.test(lead);
    if (!foretells || TASK_VERB.test(next)) return peopleNamed(group, roster).length > 0;
  } else if (!/r(?:á|án)$/u.test(spanish) || STATE_FUTURE.test(spanish)) return false;
  else return peopleNamed(group, roster).length > 0;
  const names = peopleNamed(group, roster);
  return names.length > 0 && names.every((n) => inRoster(n, roster));
}
/** An item that may be a commitment (isCommitment; `Marshall: I will …` too), anywhere in a text (for hasLabelledLists). */
const COMMITMENT_LINE =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?:[^\n]*?[ \t](?:--|—)[ \t]+)?(?:\*\*|__|\*|_)?@?\p{Lu}[\p{L}\p{M}'’ ,&*_:-]{0,60}?[ \t](?:to|will|shall|(?:is|are)[ \t]+(?:to|going)|van?[ \t]+a|se[ \t]+(?:encarga|ocupa|compromete)|quedan?[ \t]+en|\p{Ll}+r(?:á|án))[ \t]/mu;
const COMMITMENT_LINES = new RegExp(COMMITMENT_LINE.source, 'gmu');
/** The text of the list item a match starts, to the end of its line. */
function itemLineAt(text: string, m: RegExpExecArray): string {
  const end = text.indexOf('\n', m.index);
  return text.slice(m.index, end < 0 ? text.length : end).replace(ITEM_MARK, '');
}
/** A list item's mark and box before its text. */
const ITEM_MARK = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/u;
/** What a commitment needs on its line: a link word after a capitalised word, or the `rá` of `enviará`. */
const COMMITMENT_NEEDS =
  /\p{Lu}[\p{L}'’-]*[ \t]+(?:to|will|shall|is|are|va|van|se|queda|quedan)[ \t]|\p{Lu}[\p{L}'’-]*[ \t]+\p{Ll}+rá/u;
/** The links that hand a task over (not `should`, `must`, `needs to`: what someone ought to do, often a rule). */
const COMMITTING =
  /^(?:to|will|shall|is[ \t]+to|are[ \t]+to|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to|va[ \t]+a|van[ \t]+a|se[ \t]+encarga|se[ \t]+encargan|se[ \t]+ocupa|se[ \t]+ocupan|se[ \t]+compromete|queda[ \t]+en|quedan[ \t]+en)$/i;
/** A word that opens a note before `to` or `will` and names no one (`Easy`, `Ways`, `Javascript`, `Usually`). */
function isOpeningWord(name: string): boolean {
  const w = fold(name);
  return !name.includes(' ') && (OPENING_WORDS.has(w) || OPENING_ENDING.test(w));
}
const OPENING_WORDS = new Set(
  (
    'easy easier hard harder best better good great nice important necessary possible impossible difficult useful helpful ready ' +
    'free available likely unlikely way ways thing things alternative alternatives workflow workflows javascript typescript python ' +
    'java script scripts code tool tools process approach method solution reason place people users user member members subteam ' +
    'subteams team teams everything something anything nothing more less anyone goal plan time tip tips step steps effort efforts ' +
    'work job jobs request need question link page site website app form function feature features button template document file ' +
    'files data database server client backend frontend api tests build version project projects meeting meetings session sessions ' +
    'focus priority priorities plenty enough first last then now later also still only just main other another same each most ' +
    'usually hopefully finally currently probably ideally initially eventually basically maybe perhaps ' +
    'successor predecessor tweet preference intention expectation consensus suggestion proposal answer response reply ' +
    // (How the speaker feels about doing it: `Eric: Reluctant to use chat for the record`.)
    'reluctant hesitant willing unwilling keen eager happy glad inclined open prepared unable able sure unsure careful ' +
    'worth fine ok okay interesting'
  ).split(' '),
);
// (Not `-ly`, `-ive`, `-ence`, `-ance`, `-ment`: Emily, Clive, Florence, Lance, Clement.)
const OPENING_ENDING = /(?:ful|able|ible|ness|tion|sion|ous|ity|ism|ware|flow)$/u;
/** A past or -ing form (`Decided`, `Planned`, `Hoping`), not a name (`Ahmed`, `Alfred`, `Irving` are). */
const VERB_FORM =
  /^(?!(?:ahmed|mohamed|muhammed|alfred|mildred|winifred|siegfried|manfred|wilfred|irving|sterling|harding|fielding|channing|reading)$)\p{L}{3,}(?:ed|ing)$/iu;
/** `请陈思于…完成`: please, a name, then when or what (group 1 the name). */
const HAN_REQUEST = new RegExp(
  `^[ \\t]*(?:\\*\\*|__)?请(大家|全体成员|各位|所有人|${HAN_NAME_LAZY})(?=于|在|负责|尽快|务必|跟进|完成|提交|准备|确认|联系|修改|更新|发送|整理|协助|安排|\\d)`,
  'u',
);
/** A capitalised name (one or two words) leading an item, then a verb in the present (ownersAsWritten). */
const PRESENT_LEAD =
  /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:\*\*|__)?[ \t]+(\p{Ll}{3,}(?:a|e|an|en|s))(?=[ \t])/u;
/**
 * `Saihaj makes changes …`, `Benjie changes the setting …`: a verb of work in the third person, which reads as the
 * person's task after a one-word name (not after two words: `Social Media updates` is a thing).
 */
function workPresent(verb: string): boolean {
  const v = verb.toLowerCase();
  return /^(?:makes|changes|sends|writes|drafts|reviews|updates|creates|prepares|checks|investigates|schedules|contacts|fixes|tests|opens|files|books|confirms|circulates|submits|merges|emails|implements|documents|moves|removes|adds|publishes|organi[sz]es|coordinates|follows)$/.test(
    v,
  );
}
/** Presents that say what is, not who does: `Ana is`, `Luis está`, `Marta tiene dudas`. */
const STATE_PRESENT =
  /^(?:is|was|has|does|says|thinks|seems|feels|likes|wants|needs|agrees|believes|knows|explains|mentions|notes|comments|asks|suggests|proposes|esta|está|están|tiene|tienen|cree|creen|piensa|piensan|dice|dicen|comenta|comentan|explica|explican|propone|proponen|pregunta|sugiere|opina|considera|menciona|indica|señala|es|son|fue|queda|parece)$/iu;
/** Spanish futures of a state, not a task: `Marta estará de vacaciones`. */
const STATE_FUTURE = /^(?:ser|habr|estar|podr|tendr|quedar|deber|querr|sabr|parecer)(?:á|án)$/iu;
/** Verbs of work after `will`: a task someone takes on. */
const TASK_VERB =
  /^(?:send|share|write|draft|review|update|create|prepare|follow|reach|contact|check|look|investigate|open|file|schedule|set|organi[sz]e|post|publish|ask|email|e-mail|call|talk|put|add|fix|test|finish|complete|coordinate|book|confirm|circulate|collate|compile|chase|arrange|submit|upload|merge|draft|propose|present|research|explore|find|get|make|reply|respond|ping|invite|order|buy|print|build|implement|design|document|investigate|summari[sz]e|report|take|lead|run|host|write|notify|inform|work|start|continue|clean|move|remove)$/i;
/** A handle in a text (not an e-mail address). */
const HANDLE_IN = /(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/u;
/** An open task-list box with a handle in its line, anywhere in a text (for hasLabelledLists). */
const OWNED_BOX_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[ \][ \t]+[^\n]*?(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_]/mu;
const OWNED_BOX_LINES = new RegExp(OWNED_BOX_LINE.source, 'gmu');

/** Whether the document's type has next actions: then its action items are read (documentActions). */
export function readsActions(doc: AgencyDocument): boolean {
  return doc.type?.sections.some((s) => s.kind === 'actions') ?? false;
}

/** The headings of a retrospective's start / stop / continue lists, in three languages. */
const RETRO_HEADING =
  /^[ \t]*#{1,6}[ \t]+(?:\S+[ \t]+)?(?:\*\*|__)?(?:(?:things|what)[ \t]+to[ \t]+)?(?:start(?:[ \t]+doing)?|stop(?:[ \t]+doing)?|continue(?:[ \t]+doing)?|keep(?:[ \t]+doing)?|less[ \t]+of|more[ \t]+of|empezar(?:[ \t]+a(?:[ \t]+hacer)?)?|comenzar(?:[ \t]+a(?:[ \t]+hacer)?)?|dejar[ \t]+de(?:[ \t]+hacer)?|seguir(?:[ \t]+haciendo)?|continuar(?:[ \t]+haciendo)?|mantener|开始做|停止做|继续做|开始|停止|继续)(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?#*[ \t]*$/iu;

/**
 * Whether a heading line heads a list of no tasks inside the actions: a retrospective's start / stop / continue
 * lists, or topics kept for later (`### Future Discussions`, `### Parking lot`, `### Temas para la próxima
 * reunión`, `### 待讨论`). scan.ts reads it too.
 */
export function isResolutionsHeading(line: string): boolean {
  return RETRO_HEADING.test(line) || LATER_TOPICS_HEADING.test(line);
}
const LATER_TOPICS_HEADING =
  /^[ \t]*#{1,6}[ \t]+(?:\S+[ \t]+)?(?:\*\*|__)?(?:(?:future|later|upcoming|open)[ \t]+(?:discussions?|topics|questions)|parking[ \t]+lot|topics[ \t]+for[ \t]+(?:the[ \t]+)?(?:next|future|later)[ \t]+(?:meeting|call|session)s?|temas[ \t]+(?:para|de)[ \t]+(?:la[ \t]+)?(?:pr[oó]xima|siguiente)[ \t]+reuni[oó]n|temas[ \t]+pendientes[ \t]+de[ \t]+discusi[oó]n|待讨论(?:事项|问题)?|后续讨论|下次讨论)(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?#*[ \t]*$/iu;

/** A bold label alone on its line (`**Writing principles**`, `**Notas:**`). */
const OTHER_LABEL = /^(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)[ \t]*[:：]?$|^(?:\*\*|__)[^*_\n]{1,40}[:：](?:\*\*|__)$/u;

/**
 * A label naming another part of a meeting's record (`Attendees:`, `Who missed the meeting:`, `General meeting
 * Information:`, `What has been done:`, `Name / location of the artifacts:`): it ends a run of actions a label opened,
 * as a bold label does; no group of tasks.
 */
const OTHER_PART_LABEL =
  /^(?![^\n]*(?<![\p{L}])(?:to[ \t]+do|todo|tasks?|actions?|goals?|plans?|next)(?![\p{L}]))[^\n:：]{0,40}(?<![\p{L}])(?:attendees|attendance|present|absent|apologies|participants|who[ \t]+(?:missed|attended|was[ \t]+(?:there|absent))|(?:meeting[ \t]+)?(?:information|info|details|logistics)|date|time|location|venue|place|(?:what[ \t]+)?(?:has[ \t]+been|have[ \t]+been|was|were|we)[ \t]+(?:done|did|completed|accomplished|achieved)|done|completed|accomplished|achievements|progress|artifacts|artefacts|links|resources|notes|discussion|discussed|agenda|topics|decisions|summary|asistentes|ausentes|participantes|fecha|hora|lugar|avances|realizado|temas|acuerdos|参会人员|参会人|出席|缺席|时间|地点|进展|已完成|议题)(?![\p{L}])[^\n:：]{0,20}[:：][ \t*_]*$/iu;

/**
 * An item's label over the work still to do, among the actions: `Things to finish from milestone 2:`, `Still to do
 * for the launch:`, `Pendiente de la entrega:` (a verb of finishing or `left`/`remaining`, then the colon).
 */
function leftToDo(line: string): boolean {
  return LEFT_TO_DO.test(line.trim()) && !NOTES_LABEL.test(line) && !OTHER_PART_LABEL.test(line.trim());
}
const LEFT_TO_DO =
  /^(?:\*\*|__)?[^:：\n]{0,40}(?<![\p{L}])(?:to[ \t]+(?:complete|finish|do|fix|deliver)|left|remaining|outstanding|still[ \t]+(?:open|to[ \t]+do)|por[ \t]+(?:hacer|terminar|completar)|pendientes?)(?![\p{L}])[^:：\n]{0,40}(?:\*\*|__)?[ \t]*[:：][ \t*_]*$/iu;

/** A short line naming a group of tasks, not a sentence: `🔐 Backend (Node.js + Express)`, `Frontend:`, `设计组`. */
const GROUP_LABEL_LINE = /^(?!.*[.。!！?？]$)[^\n]{1,60}$/u;

/**
 * The tasks of a group's label among the actions (`- 前端：` over `- 调研组件库使用方法`, `- Backend:` over its
 * items): its own sub-items, owned by the group when it is a team or a person of the roster. Undefined when
 * the item is no such label.
 */
function groupedSubItems(list: ListReading, item: ListItem): ActionItem[] | undefined {
  const own = firstParagraph(item);
  const nested = item.children.find((c): c is List => c.type === 'list');
  if (!own || !nested) return undefined;
  const at = startIn(own, list.base);
  const line = firstLineOf(list.doc, own, list.base);
  const label = /^[ \t]*(?:\*\*|__)?([^:：\n*_]{1,40}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?$/u.exec(
    line,
  );
  // `- Frontend` alone over its tasks, no colon: the side of the work they are on, which names no one to own them.
  const bare = label ? undefined : /^[ \t]*(?:\*\*|__)?([^:：\n*_]{1,20}?)(?:\*\*|__)?[ \t]*$/u.exec(line);
  if (bare && TEAM_LABEL.test(bare[1].trim()) && !/team|equipo|组|团队|部/iu.test(bare[1])) {
    const out: ActionItem[] = [];
    for (const sub of nested.children) {
      const a = itemAction(list, sub);
      if (a) out.push(a);
    }
    return out;
  }
  if (!label) return undefined;
  const name = label[1].trim();
  // (Longer than 20 characters only as a person's full name: `**Rafael Molina García:**`.)
  const fullName = isFullNameLabel(name);
  if (name.length > 20 && !fullName) return undefined;
  const placedName = [{ name, start: at + line.indexOf(name), end: at + line.indexOf(name) + name.length }];
  let group: Owner[] = TEAM_LABEL.test(name) ? placedName : headingPersons(line, at, list.opts.context?.roster);
  if (group.length === 0 && fullName) group = placedName;
  const out: ActionItem[] = [];
  for (const sub of nested.children) {
    const a = itemAction(list, sub);
    if (a) out.push(a.owners.length || !group.length ? a : completedBy(a, group, a.due));
  }
  return out;
}
/**
 * A person's full name as a label over their items (`**Rafael Molina García:**`, `María José Ruiz Vázquez:`): two
 * to four capitalised name words (Spanish names give two surnames), particles aside, none a word for a thing.
 */
function isFullNameLabel(name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => !PARTICLES.test(w));
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => NAME_WORD_ONLY.test(w) && !/^\p{Lu}{2,}$/u.test(w)) &&
    isNameLike(words.join(' '))
  );
}
/** A team's name as a label (`前端`, `后端组`, `设计团队`, `Backend`, `Equipo de diseño`). */
const TEAM_LABEL =
  /^(?:前端|后端|前后端|客户端|服务端|设计|美术|测试|产品|运营|市场|文案|策划|媒介|创意)(?:组|小组|团队|部)?$|^(?:front-?end|back-?end|design|qa|testing|product|marketing|creative|media|copy)(?:[ \t]+team)?$|^equipo[ \t]+(?:de[ \t]+)?\p{L}+$/iu;

/**
 * Whether a list under a sub-heading only describes a task done, the one the heading names: each item a field
 * of it (`assigned to: Ryan`, `assigned to everyone`, `Done: 2/21`) or a name alone (`Ryan`), one saying when
 * it was done. (An open one, `Done:` left blank, is read as before: its items say who and what is missing.)
 */
function describesHeadingTask(doc: AgencyDocument, p: Placed): boolean {
  if (p.node.type !== 'list' || p.node.children.length > 6) return false;
  let done = false;
  for (const item of p.node.children) {
    const said = doc.text
      .slice(...spanIn(item, p.base))
      .replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/u, '')
      .trim();
    if (said.includes('\n')) return false;
    if (DONE_FIELD_ITEM.test(said)) done = true;
    else if (!TASK_FIELD_ITEM.test(said) && !NAME_ALONE.test(said)) return false;
  }
  return done;
}
const DONE_FIELD_ITEM =
  /^(?:\*\*|__)?(?:done|completed|finished|hecho|completado|terminado|已完成|完成(?:时间|日期)?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?[\p{N}\p{L}✓✔]/iu;
const TASK_FIELD_ITEM =
  /^(?:\*\*|__)?(?:assigned(?:[ \t]+to)?|owners?|responsible|done|due|deadline|status|completed|asignad[oa](?:[ \t]+a)?|responsables?|estado|fecha(?:[ \t]+l[ií]mite)?|hecho|负责人|执行人|截止(?:日期|时间)?|状态|完成(?:时间|日期)?)(?:\*\*|__)?[ \t]*[:：]|^assigned[ \t]+to[ \t]+\S/iu;
const NAME_ALONE = /^(?:\*\*|__)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}(?:\*\*|__)?$/u;

/**
 * A job written as a sub-heading over its fields, as status reports do (`### Landing page (60% complete)` over
 * `- **Owner:** Ana`, `- **Expected completion:** 2026-12-04`, `- **Progress:** 60%`, `- 🏗️ Copy in review`):
 * one task, the heading's, with the owner and the due date its fields give, done when its status says so. The
 * field lines are no tasks of their own, nor is a line that only says where the job stands. Undefined when the
 * list is no such fields (fewer fields than other lines, or a line naming its own owner: the job's own tasks,
 * read as before); no task for a blank template's job (`#### [Project Name 1]`) or a heading of figures
 * (`### Progress metrics`).
 */
function headingJob(
  doc: AgencyDocument,
  section: Section,
  heading: readonly [number, number],
  list: Placed,
  opts: ActionOptions,
  headingDue: Due | undefined,
): ActionItem[] | undefined {
  if (list.node.type !== 'list' || list.node.children.length > 12) return undefined;
  const roster = opts.context?.roster;
  let fields = 0;
  let remarks = 0;
  const owners: Owner[] = [];
  const nextOwners: Owner[] = [];
  let due: Due | undefined;
  let nextDue: Due | undefined;
  let dueField = false;
  let done = false;
  for (const item of list.node.children) {
    // (`- **Next milestones:**` over an empty `  -` is parsed as a heading: its line is read all the same.)
    const own = item.children.find((c) => c.type !== 'list');
    if (!own) continue;
    const from = startIn(own, list.base);
    const line = maskComments(detached(firstLineOf(doc, own, list.base)));
    const m = JOB_FIELD.exec(line);
    if (!m) {
      // `- 🏗️ Copy in review`: where the job stands; `- Ana to brief the printer`: a task of the job's own.
      if (!STRUCK.test(line) && findOwners(line, from, roster).length) return undefined;
      remarks++;
      continue;
    }
    fields++;
    const value = line.slice(m[0].length).replace(/[*_]+$/u, '');
    const at = from + m[0].length;
    if (m[1] !== undefined) {
      // The owner's field read as an owner label (`owner: Ana`), placed at the value.
      if (!owners.length) owners.push(...findOwners(`owner: ${value}`, at - 7, roster));
    } else if (m[2] !== undefined) {
      dueField = true;
      due ??= findDue(`due ${value}`, at - 4, opts.defaultYear, opts.dateOrder).due;
    } else if (m[3] !== undefined) {
      if (JOB_DONE.test(value.replace(/^[ \t*_]+/u, ''))) done = true;
    } else {
      // `- **Next step:** Ana to send the deck by 2026-12-08`: whose and when, if the job's fields do not say.
      if (!nextOwners.length) nextOwners.push(...findOwners(value, at, roster));
      nextDue ??= findDue(value, at, opts.defaultYear, opts.dateOrder).due;
    }
  }
  if (fields === 0 || fields < remarks) return undefined;
  const [from, to] = heading;
  const source = doc.text.slice(from, to);
  const text = source
    .replace(/^[ \t]*#{1,6}[ \t]*/u, '')
    .replace(/[ \t]+#+[ \t]*$/u, '')
    .trim();
  const named = text.replace(LEADING_ITEM_PICTOGRAMS, '').replace(JOB_PROGRESS, '').replace(/[*_]/g, '').trim();
  if (!named || isPlaceholder(named) || BRACKETS_ONLY.test(named) || FIGURES_HEADING.test(named)) return [];
  if (!owners.length) owners.push(...findOwners(source, from, roster), ...nextOwners);
  due ??= findDue(source, from, opts.defaultYear, opts.dateOrder).due ?? nextDue ?? headingDue;
  const jm = jobNumberLeading(opts.jobPattern).exec(text);
  const textAt = from + source.indexOf(text);
  const jobAt = jm ? textAt + jm.index + jm[0].indexOf(jm[1]) : 0;
  const end = from + source.trimEnd().length;
  const insert = { at: end, intoEmptyCell: false };
  return [
    {
      section,
      kind: 'list',
      text,
      start: from,
      end,
      done: done || STRUCK.test(text) || /(?<![\d.])100[ \t]*%/u.test(text),
      owners,
      ownerNames: owners.map((o) => o.name),
      due,
      dueWithoutDate: dueField && !due,
      job: jm ? { id: jm[1], start: jobAt, end: jobAt + jm[1].length } : undefined,
      ownerInsert: insert,
      dueInsert: insert,
    },
  ];
}
/** Whether a list's items give both an owner's field and a deadline's (`- 相关责任人：@lin`, `- 截止时间：6/5`). */
function ownerAndDueFields(doc: AgencyDocument, list: Placed): boolean {
  if (list.node.type !== 'list') return false;
  const lines = list.node.children.flatMap((item) => {
    const own = item.children.find((c) => c.type !== 'list');
    return own ? [firstLineOf(doc, own, list.base)] : [];
  });
  return fieldsOwnerAndDue(lines);
}
function fieldsOwnerAndDue(lines: readonly string[]): boolean {
  let owner = false;
  let due = false;
  for (const line of lines) {
    const m = JOB_FIELD.exec(line);
    if (m?.[1] !== undefined) owner = true;
    else if (m?.[2] !== undefined) due = true;
  }
  return owner && due;
}
/**
 * A heading over a list giving both the owner and the deadline of what it names (`#### 年会方案` over `- 截止时间：6/5`
 * and `- 相关责任人：@lin`): a task of minutes kept as a register (for missing-section and hasLabelledLists).
 */
export function hasFieldedHeadingTask(text: string): boolean {
  if (!/^ {0,3}#/mu.test(text)) return false;
  for (const block of text.split(/^(?= {0,3}#{1,6}[ \t])/mu).slice(1)) {
    const lines = block.split('\n').slice(1);
    // The list right under the heading (blank lines before it), its items' own lines.
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first < 0 || !/^[ \t]{0,3}[-*+][ \t]/u.test(lines[first])) continue;
    const items: string[] = [];
    for (const l of lines.slice(first)) {
      if (/^[ \t]{0,3}[-*+][ \t]/u.test(l)) items.push(l.replace(/^[ \t]{0,3}[-*+][ \t]+/u, ''));
      else if (l.trim() !== '' && !/^[ \t]{2,}\S/u.test(l)) break;
    }
    if (fieldsOwnerAndDue(items)) return true;
  }
  return false;
}
/**
 * A field of a job (headingJob), its label leading the line (`**Owner:**`, `Expected Completion Date:`,
 * `**Blockers/Risks:**`, `负责人：`, `Fecha prevista:`): [1] who, [2] when, [3] where it stands, [4] the next step.
 */
const JOB_FIELD = new RegExp(
  String.raw`^[ \t]*(?:${PICTOGRAM}[ \t]*)*(?:\*\*|__)?[ \t]*(?:(${[
    'owners?',
    'assignee',
    'assigned(?:[ \\t]+to)?',
    '(?:account[ \\t]+|project[ \\t]+|job[ \\t]+)?lead',
    'responsible',
    'who',
    'responsables?',
    'encargad[oa]s?',
    'asignad[oa](?:[ \\t]+a)?',
    '负责人',
    '责任人',
    // `- 相关责任人：@lin` (the one responsible for it).
    '相关(?:负责人|责任人)',
    '执行人',
    '跟进人',
    '对接人',
  ].join('|')})|(${[
    '(?:expected|estimated|planned|target)[ \\t]+(?:completion|delivery|launch|finish|end|date)',
    'eta',
    'target',
    'due',
    'deadline',
    'delivery(?:[ \\t]+date)?',
    'completion[ \\t]+date',
    'launch[ \\t]+date',
    'go-?live',
    'fecha(?:[ \\t]+(?:prevista|estimada|l[ií]mite|de[ \\t]+entrega|objetivo|de[ \\t]+cierre))?',
    'entrega(?:[ \\t]+prevista)?',
    'plazo',
    '预计(?:完成|交付|上线)',
    '计划完成',
    '截止',
    '截止(?:日期|时间)',
    '交付(?:日期|时间)',
    '完成(?:日期|时间)',
    '上线(?:日期|时间)',
  ].join('|')})|(${[
    'status',
    'state',
    'current[ \\t]+status',
    'overall[ \\t]+status',
    'progress',
    '%[ \\t]*complete',
    'percent(?:age)?[ \\t]+complete',
    'completion',
    'health',
    'rag',
    'phase',
    'stage',
    'priority',
    'blockers?',
    'blocked[ \\t]+by',
    'risks?',
    'issues?',
    'impact',
    'dependenc(?:y|ies)',
    'notes?',
    'comments?',
    'budget',
    'hours',
    'spend',
    '(?:key[ \\t]+)?accomplishments',
    'highlights',
    'wins',
    '(?:next[ \\t]+|key[ \\t]+)?milestones?',
    'deliverables?',
    'scope',
    'update',
    'estado',
    'avance',
    'progreso',
    'riesgos?',
    'bloqueos?',
    'bloqueadores?',
    'impedimentos?',
    'hitos?',
    'notas?',
    'prioridad',
    'fase',
    'presupuesto',
    'logros',
    '状态',
    '进度',
    '进展',
    '风险',
    '阻碍',
    '阻塞',
    '问题',
    '备注',
    '里程碑',
    '优先级',
    '阶段',
    '预算',
    '完成度',
  ].join('|')})|(${[
    'next[ \\t]+(?:steps?|actions?)',
    'pr[oó]xim[oa]s?[ \\t]+(?:pasos?|acci[oó]n(?:es)?)',
    'siguientes?[ \\t]+pasos?',
    '下一步',
  ].join('|')}))(?![\p{L}])[^:：*_\n]{0,30}?(?:(?:\*\*|__)[ \t]*[:：]|[:：][ \t]*(?:\*\*|__)?)[ \t]*`,
  'iu',
);
/** A job's field line (`- **Owner:** Ana`, `- Expected completion: …`, `- 状态：进行中`): see headingJob. */
export function isJobField(line: string): boolean {
  return JOB_FIELD.test(line);
}
/** A status that says the job is done (`Complete ✅`, `100%`, `Entregado`, `已完成`). */
const JOB_DONE =
  /^(?:✅|✔️?|☑️?|100[ \t]*%|(?:done|complete|completed|finished|delivered|shipped|launched|closed|hecho|hecha|completad[oa]|terminad[oa]|finalizad[oa]|entregad[oa]|cerrad[oa]|已完成|完成|已交付|已上线|已关闭)(?![\p{L}]))/iu;
/** The progress a job's heading closes with: `(60% complete)`, `(% Complete)`, `— 40%`, `（进度 50%）`. */
const JOB_PROGRESS =
  /[ \t]*(?:[(（][^()（）\n]{0,20}%[^()（）\n]{0,20}[)）]|[-–—:][ \t]*\d{0,3}[ \t]*%[^\n]{0,20})[ \t]*$/u;
/** A heading of figures or a summary (`### 📊 Progress metrics`, `### Overview`), not a job. */
const FIGURES_HEADING =
  /(?<![\p{L}])(?:metrics|kpis?|summary|overview|totals?|m[eé]tricas|resumen|indicadores)(?![\p{L}])|指标|概览|总结|汇总/iu;

/** The nodes with each block quote's own blocks in its place. */
function unquoted(nodes: readonly Placed[]): Placed[] {
  return nodes.flatMap((p) =>
    p.node.type === 'blockquote' ? p.node.children.map((node) => ({ node, base: p.base }) as Placed) : [p],
  );
}

/**
 * Outside the actions sections, a quote that is a labelled action (`>ACTION: Publish 0.9.1 with that ED, SC.`, one
 * carried over from an earlier meeting) in its paragraphs' place: read as a labelled paragraph is. Its status, in
 * the list right after it (`* SC: TODO.`), says whether it is still open: a reply that does not say so (`* SC:
 * change log: <link>`, `* Done.`) answers it, and the quote is left as it is.
 */
function quotedActions(doc: AgencyDocument, nodes: readonly Placed[], roster: Roster | undefined): Placed[] {
  const out: Placed[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const p = nodes[i];
    const quote = p.node.type === 'blockquote' ? p.node : undefined;
    const first = quote?.children[0];
    // (`> **ToDo**:` alone: the label of what follows, in its place.)
    if (quote && first && quotesLabelAlone(doc, quote, p.base)) {
      out.push({ node: first, base: p.base });
      continue;
    }
    if (
      !quote ||
      !first ||
      first.type !== 'paragraph' ||
      !quote.children.every((c) => c.type === 'paragraph') ||
      !isCalledAction(firstLineOf(doc, first, p.base), roster)
    ) {
      out.push(p);
      continue;
    }
    const reply = nodes[i + 1];
    const answer = reply?.node.type === 'list' ? firstParagraph(reply.node.children[0]) : undefined;
    if (answer && !STILL_OPEN.test(firstLineOf(doc, answer, reply.base))) {
      out.push(p);
      continue;
    }
    for (const node of quote.children) out.push({ node, base: p.base });
  }
  return out;
}
/** Whether a quote's first line is a labelled action (`>ACTION: …`): its own line in the source, read by the pattern. */
function quotesAction(doc: AgencyDocument, p: Placed): boolean {
  const at = startIn(p.node, p.base);
  const lineStart = doc.source.lastIndexOf('\n', at) + 1;
  const end = doc.source.indexOf('\n', at);
  return QUOTED_ACTION_LINE.test(doc.source.slice(lineStart, end < 0 ? doc.source.length : end));
}
/** Whether a paragraph's lines after its first include one that calls itself an action (`Task: …`, `ACTION: …`). */
function runsOnLabelledLines(doc: AgencyDocument, paragraph: Nodes, base: number): boolean {
  const [from, to] = spanIn(paragraph, base);
  const firstEnd = doc.source.indexOf('\n', from);
  return firstEnd >= 0 && firstEnd < to && LABELLED_ACTION_LINE.test(doc.source.slice(firstEnd + 1, to));
}
/** A carried-over action's status saying it is still to do (`SC: TODO.`, `Pending`, `Not yet`, `In progress`). */
const STILL_OPEN =
  /^[ \t]*(?:(?:\*\*|__)?[\p{L}\p{N}_.' -]{1,30}(?:\*\*|__)?[ \t]*[:：][ \t]*)?(?:\*\*|__)?(?:todo|to-do|to do|pending|not yet|not done|open|still open|in progress|ongoing|on-going|carried over|carry over|wip)(?![\p{L}])/iu;

/** The action items of one section, in document order. */
export function actionsIn(
  doc: AgencyDocument,
  section: Section,
  opts: ActionOptions,
  labelledOnly = section.def.kind !== 'actions',
  tablesOfActions = false,
): ActionItem[] {
  const out: ActionItem[] = [];
  const actionsSection = !labelledOnly;
  // `## Outcome` / `* Team members confirmed the tasks:` over `Xin: user guide`: the decisions recap the tasks the
  // actions section already hands out; they are not counted twice.
  const recap =
    !actionsSection &&
    (section.def.id === 'decisions' || minutesSectionNamed(section.heading.text) === 'decisions') &&
    // (The whole document's answer when a chunk's view is read: analyze.ts passes it.)
    !(opts.noActionsSection ?? !hasActionsSection(doc));
  // `## Decisions & Action Items`, `### Acuerdos y tareas`: the heading names the tasks beside the decisions; an item
  // or a numbered line led by a verb of work is one of them (commitmentTask).
  const commitmentsToo = !actionsSection && doc.type?.id === 'minutes' && namesCommitmentsToo(section.heading.text);
  const key = `${actionsSection}|${recap}|${tablesOfActions}|${commitmentsToo}|${opts.defaultYear}|${opts.jobPattern?.source ?? ''}|${opts.dateOrder ?? ''}|${opts.context?.key ?? ''}`;
  let previous: (typeof section.nodes)[number] | undefined;
  // A sub-heading naming a person or the team (`### Rohit`, `### **Team**`) owns the lists under it; the section's
  // own heading, when it says whose the tasks are (`### Action Items for All Members`), owns them all.
  let headingOwners: Owner[] = actionsSection
    ? groupOfHeading(headingSource(doc, section.heading), section.heading.start)
    : [];
  // Under another heading that names a person (`### Ian - D2B Update`), the lists a label calls actions there
  // (`Work to do:`) are that person's, as under a sub-heading naming them.
  if (!actionsSection && section.heading.depth > 0 && opts.context?.roster)
    headingOwners = rosterPersonHeading(
      headingSource(doc, section.heading),
      section.heading.start,
      opts.context.roster,
    );
  let resolutions = false;
  // `##### Frontend (Marta)` under `### Discusión, acuerdos y tareas` (commitmentsToo): a part of the work and who
  // carries it; the lists under it are that person's tasks (areaOwnerHeading).
  let areaRun = false;
  // `### 人员分工`, `## Roles`: who is on which part of the work; its `前端：顾洋、胡宇` lines are no tasks.
  let roleSplit = isRoleSplit(section.heading.text);
  let periodSplit = namesPeriodSplit(section.heading.text);
  // After a label calling what follows actions (`**Próximas tareas:**`), the lists under each group's own
  // line (`🔐 Backend (Node.js)`, `Frontend`) are still the actions, up to the next heading or other text.
  let labelledRun = false;
  // After a label alone (`NEXT STEPS:`), paragraphs numbered `1.)` (text to Markdown) are its items (parenNumbered).
  let numberedRun = false;
  // `## Action items (due 2026-11-30)`, `### 下周任务（12月10日前）`: one deadline for every task under it.
  const sectionDue = actionsSection
    ? deadlineOver(headingSource(doc, section.heading), section.heading.start, opts)
    : undefined;
  let headingDue = sectionDue;
  /** The lists and tables read since the last heading (a deadline line before them is all of theirs). */
  let listsSinceHeading = 0;
  /** Where the actions read since the last heading start in `out` (a deadline closing a list after them is theirs too). */
  let runStart = 0;
  const reading = actionsSection ? (section.reading ?? readingOfNodes(doc, section, opts.context?.roster)) : undefined;
  // `**Action Items**` in the section says which list holds them: a list under another label
  // (`**Writing principles**`) holds something else.
  const labelledBlocks = reading?.labelled === true;
  // A quoted block in an actions section holds the section's own text (`> | 成员 | 分工 |`): read inside it.
  const nodes = !section.nodes.some((p) => p.node.type === 'blockquote')
    ? section.nodes
    : actionsSection
      ? unquoted(section.nodes)
      : quotedActions(doc, section.nodes, opts.context?.roster);
  for (const p of nodes) {
    // The record of another meeting starts here (SectionReading.end): what follows is not this section's.
    if (reading?.end !== undefined && startIn(p.node, p.base) >= reading.end) break;
    const before = previous;
    previous = p;
    const paragraphTask = isParagraphTask(doc, reading, p);
    if (p.node.type === 'heading') {
      const [from, to] = spanIn(p.node, p.base);
      const heading = doc.text.slice(from, to);
      // A retrospective's `### Start` / `### Dejar de hacer` / `### 继续`: the team's resolutions, no tasks.
      resolutions = isResolutionsHeading(heading);
      roleSplit = isRoleSplit(heading);
      periodSplit = namesPeriodSplit(heading);
      headingOwners = resolutions ? [] : headingPersons(heading, from, opts.context?.roster);
      const area = commitmentsToo ? areaOwnerHeading(heading, from, opts.context?.roster) : undefined;
      areaRun = area !== undefined;
      if (area?.length) headingOwners = area;
      if (actionsSection && !resolutions && headingOwners.length === 0)
        headingOwners = initialsAmongPeople(doc, section, heading, from, opts.context?.roster);
      // `###### 负责人：黎明` under a task's heading: the owner of the task its lines below give (`日期：5月26日`).
      if (actionsSection && !resolutions && headingOwners.length === 0) {
        const label = OWNER_HEADING.exec(heading);
        if (label)
          headingOwners = findOwners(
            label[1],
            from + label.index + label[0].length - label[1].length,
            opts.context?.roster,
          );
      }
      headingDue = actionsSection ? (deadlineOver(heading, from, opts) ?? sectionDue) : undefined;
      labelledRun = false;
      numberedRun = false;
      listsSinceHeading = 0;
      runStart = out.length;
      continue;
    }
    const runBefore = labelledRun;
    if (p.node.type === 'list' || p.node.type === 'table') listsSinceHeading++;
    let numbered = false;
    if (p.node.type === 'paragraph') {
      const text = doc.text.slice(...spanIn(p.node, p.base)).trim();
      numbered = numberedRun && PAREN_NUMBERED.test(text);
      numberedRun = numbered || isActionLabelAlone(text);
      // `To be done until **Friday 1.12.2023**:` opening the section, before any list: the deadline of every
      // task under it up to the next heading, not only of the list right after it.
      // (Not a group's own label, `**Ana + Ben (due 2026-05-31):**`: the next group's list is not due then.)
      if (actionsSection && listsSinceHeading === 0 && text.length <= 80 && /[:：][ \t*_]*$/u.test(text)) {
        const due = deadlineOver(text, startIn(p.node, p.base), opts);
        if (due && leadInOwners(text, startIn(p.node, p.base), opts.context?.roster).length === 0) headingDue = due;
      }
      // `***Nick***` alone over his lists (and a quote of the ones carried over): a person of the roster named
      // as a label owns what follows, as a sub-heading naming them does, up to the next such label or heading.
      if (actionsSection && EMPHASIS_ALONE.test(text)) {
        const named = headingPersons(text, startIn(p.node, p.base), opts.context?.roster).filter((o) =>
          inRoster(o.name, opts.context?.roster),
        );
        if (named.length) {
          headingOwners = named;
          continue;
        }
      }
      // `标准：` / `Criteria:` alone in an actions section: what good work looks like, guidance up to the next
      // heading, not tasks (eval90).
      if (actionsSection && GUIDANCE_LEAD.test(text)) {
        resolutions = true;
        continue;
      }
      labelledRun =
        ACTION_LABEL.test(text) ||
        ACTION_LABEL_BARE.test(text) ||
        ACTION_LEAD_IN.test(text) ||
        // (A bold label, `**Obstáculos:**`, is another part of the notes and ends the run.)
        (labelledRun && GROUP_LABEL_LINE.test(text) && !OTHER_LABEL.test(text) && !OTHER_PART_LABEL.test(text));
    } else if (p.node.type !== 'list') labelledRun = false;
    if (p.node.type !== 'paragraph') numberedRun = false;
    if (resolutions) continue;
    // `**TODO:**` over `<ul>` / `<li> Anotar errores</li>`: an HTML list of the actions (htmlListItems).
    if (p.node.type === 'html') {
      const leadText =
        before?.node.type === 'paragraph' ? doc.text.slice(...spanIn(before.node, before.base)).trim() : '';
      if (actionsSection || isActionLabelAlone(leadText) || ACTION_LEAD_IN.test(leadText)) {
        let memo = NODE_ACTIONS.get(p.node);
        const htmlKey = `${key}|html|${leadText}`;
        if (!memo || memo.key !== htmlKey) {
          memo = { key: htmlKey, base: p.base, items: htmlListItems(doc, section, p.node, p.base, opts) };
          NODE_ACTIONS.set(p.node, memo);
        }
        const by = p.base - memo.base;
        for (const a of memo.items) out.push(by === 0 && a.section === section ? a : new PlacedAction(a, by, section));
      }
      continue;
    }
    if (
      p.node.type !== 'list' &&
      p.node.type !== 'paragraph' &&
      !(
        p.node.type === 'table' &&
        p.node.children.length > 1 &&
        (actionsSection ||
          (tablesOfActions && (isActionTable(rowCells(p.node.children[0])) || isOwnedDatedTable(p.node.children))))
      )
    )
      continue;
    // `### 07: Define the dataset` / `- assigned to: Ryan` / `- Done: 3/1`: the heading names the task, its list
    // says who and when; no task of its own.
    if (actionsSection && p.node.type === 'list' && before?.node.type === 'heading' && describesHeadingTask(doc, p))
      continue;
    // `### Landing page (60% complete)` over its fields (`- **Owner:** Ana`, `- **Progress:** 60%`): one job.
    // (In minutes, under any heading, a list giving both the owner and the deadline: `#### 年会方案` over
    // `- 截止时间：6/5` and `- 相关责任人：@lin`, a register of the meeting's tasks, one heading each.)
    // (Outside the actions sections each heading starts a part of its own, outsideSections: the list first in it.)
    const over: readonly [number, number] | undefined =
      before?.node.type === 'heading'
        ? spanIn(before.node, before.base)
        : !actionsSection && !before && section.heading.depth > 0 && section.heading.start >= 0
          ? [section.heading.start, section.heading.end]
          : undefined;
    const job =
      p.node.type === 'list' && over && (actionsSection || (doc.type?.id === 'minutes' && ownerAndDueFields(doc, p)))
        ? headingJob(doc, section, over, p, opts, headingDue)
        : undefined;
    if (job) {
      out.push(...job);
      continue;
    }
    // The paragraph leading into a list (`Mike to:`) is part of what its items mean.
    const lead =
      p.node.type === 'list' && before?.node.type === 'paragraph'
        ? {
            at: startIn(before.node, before.base),
            text: maskComments(doc.text.slice(...spanIn(before.node, before.base))),
          }
        : p.node.type === 'list' && before?.node.type === 'list'
          ? labelClosingList(doc, before.node, before.base)
          : undefined;
    // `Consolidar equipo operativo con roles iniciales:` over `- Santiago Calvo – Gestión estratégica …`: who
    // holds which role, not tasks (unless the lead-in names tasks too: `Roles y tareas:`).
    if (
      p.node.type === 'list' &&
      lead &&
      ROLE_SPLIT.test(lead.text) &&
      /[:：][ \t*_]*$/u.test(lead.text.trimEnd()) &&
      !ROLE_AND_TASKS.test(lead.text)
    )
      continue;
    // Under another label than the actions' one, in a section that labels its actions: not actions.
    const otherBlock =
      labelledBlocks &&
      lead !== undefined &&
      OTHER_LABEL.test(lead.text.trim()) &&
      !ACTION_LABEL.test(lead.text) &&
      !ACTION_LABEL_BARE.test(lead.text.trim()) &&
      leadInOwners(lead.text, lead.at, opts.context?.roster).length === 0 &&
      headingPersons(lead.text, lead.at, opts.context?.roster).length === 0;
    // A group's line inside a labelled run of actions (labelledRun) leads its list into them.
    const inRun =
      runBefore &&
      lead !== undefined &&
      before?.node.type === 'paragraph' &&
      GROUP_LABEL_LINE.test(lead.text.trim()) &&
      !OTHER_LABEL.test(lead.text.trim());
    // `- 扩充本体模型` / `- 学习 EasyChart` / `- 任务截止时间：2018.8.19`: the list's last item gives the others, tasks,
    // their deadline (and those read above it since the heading: `- 任务发布：构建原型`, then the deadline).
    const closing = p.node.type === 'list' ? closingDeadline(doc, p.node, p.base, opts) : undefined;
    // `To do by 2026-11-28:` over the list: its deadline is every item's that writes none.
    const listDue =
      (p.node.type === 'list' && lead && /[:：][ \t*_]*$/u.test(lead.text.trimEnd())
        ? deadlineOver(lead.text, lead.at, opts)
        : undefined) ??
      closing ??
      headingDue;
    const leadKey =
      (listDue ? `⏰${listDue.text}@${listDue.start - p.base}` : '') +
      (roleSplit ? 'ρ' : '') +
      (periodSplit ? 'π' : '') +
      (closing ? '⏱' : '') +
      (otherBlock ? '!' : '') +
      (inRun ? 'R' : '') +
      (areaRun ? 'A' : '') +
      (paragraphTask ? '¶' : '') +
      (numbered ? '⑴' : '') +
      (lead && /[:：][ \t*_]*$/u.test(lead.text.trimEnd()) ? lead.text : '') +
      (lead && 'then' in lead && lead.then ? `⤷${lead.then.at - p.base}${lead.then.text}` : '') +
      ((p.node.type === 'list' || paragraphTask) && headingOwners.length
        ? `#${headingOwners.map((o) => o.name).join(',')}@${headingOwners[0].start - p.base}`
        : '');
    let memo = NODE_ACTIONS.get(p.node);
    if (!memo || memo.key !== key + leadKey) {
      const items: ActionItem[] = [];
      if (p.node.type === 'list') {
        const jobLead = jobNumberLeading(opts.jobPattern);
        const fromLead = lead ? leadInOwners(lead.text, lead.at, opts.context?.roster) : [];
        if (!fromLead.length && lead && 'then' in lead && lead.then)
          fromLead.push(...leadInOwners(lead.then.text, lead.then.at, opts.context?.roster));
        const inherited = fromLead.length ? fromLead : headingOwners;
        const list: ListReading = { doc, section, base: p.base, opts, jobLead, inherited, roleSplit, periodSplit };
        // Outside an actions section only what a label calls actions: the list after `**Action items:**`; and
        // not the topics a lead-in puts off to the next meeting (`以下议题下次会议讨论：`).
        const listActions =
          !(lead !== undefined && NO_TASKS_LEAD.test(lead.text)) &&
          (((actionsSection || inRun || areaRun || closing !== undefined) && !otherBlock) ||
            (lead !== undefined &&
              (ACTION_LABEL.test(lead.text) ||
                (ACTION_LEAD_IN.test(lead.text.trimEnd()) && !(recap && RECAP_LEAD_IN.test(lead.text))) ||
                ACTION_LABEL_BARE.test(lead.text.trimEnd()) ||
                namesActions(lead.text) ||
                TRACKED_LEFTOVERS.test(lead.text.slice(lead.text.lastIndexOf('\n') + 1)))));
        // After a label of notes in a flat list (`- Discussion focused on:`, `- Next meeting focus:`), the items
        // are its points until the next label or numbered title: only one owned or dated is an action.
        let notes = false;
        // `* Xin:` alone, then `* finish the login page`, `* help Celia`: the items after a name are theirs.
        let nameLabel: Owner[] = [];
        const siblings = p.node.children;
        const agreed = !listActions && lead !== undefined && agreedTasks(list, siblings, lead.text);
        const roles = !listActions && splitsRoles(list, siblings);
        const byArrow = !listActions && handsOutByArrow(list, siblings);
        /** The last sibling read as a task with its owners, and where it is. */
        let previous: { k: number; owners: readonly Owner[] } | undefined;
        for (let k = 0; k < siblings.length; k++) {
          const item = siblings[k];
          // (The closing deadline item is no task: its date is the others'.)
          if (closing && k === siblings.length - 1) continue;
          const own = firstParagraph(item);
          const line = own ? firstLineOf(doc, own, p.base) : '';
          // `* What are next steps?` over `[x] Gina will add …` / `[] Establish …`, lines of its own paragraph: each
          // box a task (eval90).
          if (own && line.length < 40 && BOX_LABEL_FIRST.test(line)) {
            const boxed = boxedLines(doc, section, ...spanIn(own, p.base), opts);
            if (boxed) {
              items.push(...boxed);
              continue;
            }
          }
          if (/^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(line) && !item.children.some((c) => c.type === 'list')) {
            nameLabel = headingPersons(line, startIn(own!, p.base), opts.context?.roster);
            if (nameLabel.length) continue;
          }
          // `- 5. Data Locality`: a numbered title (parsed as a list inside the item) ends the notes.
          if (/^[ \t*_]*\d{1,2}[.)][ \t]/.test(line) || (!own && item.children[0]?.type === 'list')) notes = false;
          if (/^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(line) && !item.children.some((c) => c.type === 'list'))
            notes = NOTES_LABEL.test(line);
          // `4. For use-case 1` over `- Madeline will propose …` / `- Dominic will propose …`: a heading in the
          // list; each sub-item is a task of its own, with its owner.
          // `- **By 2026-11-30**` over the actions: its deadline is each sub-item's that writes none, and a finding
          // on it goes on each of them (over), not on the label.
          const labelDue =
            listActions && own && item.children.some((c) => c.type === 'list')
              ? labelDeadline(line, startIn(own, p.base), opts)
              : undefined;
          const dueOver = (s: ActionItem) => (s.due || !labelDue ? s : completedBy(s, s.owners, labelDue));
          // `- Animaciones (?)`, `- ¿Contenedores por versión?` in a part of the work shared out (areaRun): a point
          // still in doubt, no task yet.
          // (Not `- Entidad Hotel → (¿Habitaciones o plazas?)`: a task, with a question about it aside.)
          if (areaRun && /(?:[(（][ \t]*[?？][ \t]*[)）]|[?？])[ \t*_.。]*$/u.test(line)) continue;
          // `* 评审分组：` over `- 甲组：王磊、周婷、刘洋`: who is in which group, no tasks.
          if (listActions && GROUPS_LEAD.test(line.trim()) && membersOnly(doc, item, p.base)) continue;
          const subTasks = listActions ? ownedSubTasks(list, item) : undefined;
          if (subTasks) {
            items.push(...subTasks.map(dueOver));
            continue;
          }
          // An item that calls itself an action (`- **Action:** Sam to …`) is one wherever it is, and so is an
          // open box with a handle in it (`- [ ] @nicola go through the draft`) under a topic.
          // `* Jingxin` alone over their tasks (one of those present, or beside `* Linyuan:` over theirs): a
          // person's label, no task (its sub-items are read below).
          const aloneOwner =
            listActions && own && item.children.some((c) => c.type === 'list')
              ? nameAlone(doc, siblings, item, own, p.base, opts.context?.roster)
              : undefined;
          let a = aloneOwner
            ? undefined
            : listActions ||
                readsAsAction(line, item, opts.context?.roster, doc, section) ||
                (agreed && TASK_INFINITIVE_LEAD.test(line)) ||
                (commitmentsToo && COMMITMENT_TASK.test(line)) ||
                byArrow
              ? itemAction(list, item)
              : commitmentsToo && labelOverSteps(list, item, line)
                ? fromListItem(doc, section, item, p.base, opts, jobLead, inherited, true)
                : undefined;
          // `* Schedule next meeting: 4pm Tue 19th Oct` then `TODO:` over its list: the meeting is no task, the
          // list's items are, due at that meeting.
          if (!a && listActions && own && item.children.length > 1 && NEXT_MEETING_SET.test(line)) {
            const todo = meetingTodos(list, item, line, startIn(own, p.base));
            if (todo.length) {
              items.push(...todo);
              continue;
            }
          }
          // `1. Help or discussion needed` over notes whose lines say `TODO: …`, at any depth: the lines that call
          // themselves actions are the tasks (with those handed out beside them), the topic over them none.
          if (a && listActions && a.ownerNames.length === 0 && !a.due && item.children.some((c) => c.type === 'list')) {
            const inner = labelledSubItems(list, item);
            if (inner.some((t) => isCalledAction(t.text.split('\n')[0], opts.context?.roster))) {
              items.push(...inner);
              continue;
            }
          }
          // `- **Task:** Contact the printer` then `- **Responsible:** Yorik` (and `- **Due:** …`): the items
          // after the task that only say who and when are the task's, not tasks of their own.
          if (a && TASK_LABEL.test(line)) {
            let owners = a.owners;
            let due = a.due;
            while (k + 1 < siblings.length) {
              const next = firstParagraph(siblings[k + 1]);
              if (!next || siblings[k + 1].children.length > 1) break;
              const at = startIn(next, p.base);
              const said = maskComments(detached(doc.text.slice(at, endIn(next, p.base))));
              if (!LABELLED_SUB_ITEM.test(said)) break;
              if (owners.length === 0) owners = findOwners(said, at, opts.context?.roster);
              due ??= findDue(said, at, opts.defaultYear, opts.dateOrder).due;
              k++;
            }
            if (owners !== a.owners || due !== a.due) a = completedBy(a, owners, due);
          }
          // `Samuel tomará el diseño de CPU` among `Juan es el líder`, `Sergio será responsable de …`: a role taken.
          if (a && roles && !a.due && TAKES_ON.test(line)) a = undefined;
          if (a && a.owners.length === 0 && nameLabel.length) a = completedBy(a, nameLabel, a.due);
          // `- Ana and Ben will build the screens.` then `- Responsible for styling them too.`: the item goes on
          // with the same people, who own it.
          if (a && a.owners.length === 0 && previous?.k === k - 1 && CONTINUED_DUTY.test(line))
            a = completedBy(a, previous.owners, a.due);
          if (a) {
            if (!notes || a.ownerNames.length > 0 || a.due) items.push(a);
            previous = a.owners.length ? { k, owners: a.owners } : undefined;
            // `* Jordi to add a point to the next meeting:` over `* Jordi to open an issue …`: a sub-item led by a
            // person taking work on is a task of its own (the others say what the point holds).
            if (listActions && /[:：][ \t*_]*$/u.test(line)) items.push(...subCommitments(list, item));
            continue;
          }
          // `- 完成项目分工如下：` over a quote of the parts (`> 计划进度 - 朱辰凯`): each quoted line is a task.
          if (
            !listActions &&
            own &&
            item.children.some((c) => c.type === 'blockquote') &&
            ACTION_LEAD_IN.test(line.trimEnd()) &&
            !NO_TASKS_LEAD.test(line)
          ) {
            for (const c of item.children)
              if (c.type === 'blockquote') items.push(...quotedLines(doc, section, c, p.base, opts));
            continue;
          }
          // `4. Action Items / Responsibilities` with `Task: … | Assigned To: Alice` lines run on under it (no blank
          // line between): each line that calls itself an action is one, as in a paragraph of its own.
          if (!listActions && own && runsOnLabelledLines(doc, own, p.base)) {
            items.push(...fromLabelledParagraph(doc, section, own, p.base, opts, jobLead));
            continue;
          }
          // `- Action items:` with the actions below it (a summary list of real minutes): its sub-items. (`- ## Action
          // Items` over them: a heading written in the item is its label all the same.)
          const label = firstParagraph(item) ?? item.children.find((c) => c.type === 'heading');
          if (!label || !item.children.some((c) => c.type === 'list')) continue;
          const labelText = doc.text.slice(...spanIn(label, p.base));
          // `- **By Friday**` / `- Thursday of next week` / `- Next actions (team)` over the actions of an
          // actions section: its sub-items, due when the label says (with a date: `**By 2026-12-04**`).
          const overActions = listActions && labelsActions(labelText.split('\n')[0]);
          // Under another heading, an item named as the next actions are (`4. Reparto de tareas`, `4. _Nuevas
          // tareas:_`) over its sub-items: those are the actions.
          const named =
            !listActions &&
            // (Not `- 确定小组分工：` over `侯博文负责文件系统`: who owns which part of the project, not tasks.)
            ((minutesSectionNamed(labelText.split('\n')[0]) === 'next-actions' && !ROLE_SPLIT.test(labelText)) ||
              // `- 制定了每个人的任务` over `- 尹子鑫：实现手柄控制功能`: the tasks handed out, each a sub-item.
              TASKS_SET.test(labelText.split('\n')[0]) ||
              // `- The following documents need to be completed this week:` over the documents.
              (ACTION_LEAD_IN.test(labelText.split('\n')[0].trimEnd()) &&
                !(recap && RECAP_LEAD_IN.test(labelText.split('\n')[0]))));
          // `* Linyuan:` / `* Mark / Tim:` over their tasks in the actions: the person's label, the sub-items theirs.
          const labelLine = labelText.split('\n')[0];
          // (Not a topic over its parts, `- Requirements Analysis:` over `- View: Jan`: no word a plural or a topic's.)
          const whose = (
            listActions && /^[^:：\n]{1,40}[:：][ \t*_]*$/u.test(labelLine.trim())
              ? leadInOwners(labelLine, spanIn(label, p.base)[0], opts.context?.roster)
              : aloneOwner
                ? [aloneOwner]
                : []
          ).filter(
            (o) =>
              inRoster(o.name, opts.context?.roster) ||
              o.name.split(/[ \t]+/).every((w) => !PLURAL_ENDING.test(w) && !TOPIC_ENDING.test(w) && !/sis$/i.test(w)),
          );
          if (whose.length && !ACTION_LABEL.test(labelText) && !overActions) {
            for (const c of item.children)
              if (c.type === 'list')
                for (const sub of c.children) {
                  const s = itemAction({ ...list, inherited: whose }, sub);
                  if (s) items.push(s);
                }
            continue;
          }
          if (!ACTION_LABEL.test(labelText) && !ACTION_LABEL_BARE.test(labelText) && !overActions && !named) {
            // `- Travel` over `    * **Action item**: Oliver to …`: a sub-item that calls itself an action is one.
            if (!listActions) items.push(...labelledSubItems(list, item));
            else if (partsHandedOut(doc, item, p.base, opts.context?.roster)) {
              // `- Requirements Analysis:` over `- View: Jan` / `- Items: Sam`: the work split in parts, each
              // given to the one named after its colon; each part is a task (one left without a name is nobody's yet).
              for (const c of item.children)
                if (c.type === 'list')
                  for (const sub of c.children) {
                    const s = itemAction(list, sub);
                    if (!s) continue;
                    const who = partOwner(doc, sub, p.base, opts.context?.roster);
                    // `- Inputs: All` / `- Drink potion, equip items, etc.`: examples of the part before, no part.
                    if (
                      !who &&
                      s.owners.length === 0 &&
                      /,[^,\n]+,?[ \t]+(?:etc|etcétera|etcetera)\.?[ \t]*$/iu.test(s.text)
                    )
                      continue;
                    items.push(who ? completedBy(s, [who], s.due) : s);
                  }
            } else if (leftToDo(labelLine)) {
              // `- Things to finish from milestone 2:` over its tasks in the actions: the label of what is left, each
              // sub-item one of the tasks (not `- Discussed:`, `- Done:`, notes on the work).
              for (const c of item.children)
                if (c.type === 'list')
                  for (const sub of c.children) {
                    const grouped = groupedSubItems(list, sub);
                    if (grouped) {
                      items.push(...grouped.map(dueOver));
                      continue;
                    }
                    const s = itemAction(list, sub);
                    if (s) items.push(dueOver(s));
                  }
            } else {
              // `1. Open questions for the review` over notes that say `TODO: …` at any depth: those are the tasks.
              const inner = labelledSubItems(list, item);
              if (inner.some((t) => isCalledAction(t.text.split('\n')[0], opts.context?.roster))) items.push(...inner);
            }
            continue;
          }
          for (const c of item.children)
            if (c.type === 'list') {
              // `* Action Items` over topics that close with `**Action Item:** …`: where the items call
              // themselves actions, those are the actions, and the topics around them are not.
              const called = c.children.map((sub) => labelledSubItems(list, sub));
              const calls = (sub: ListItem) => {
                const own = firstParagraph(sub);
                return own ? isCalledAction(firstLineOf(doc, own, p.base), opts.context?.roster) : false;
              };
              const explicit = called.some((a) => a.length > 0);
              // `* Mis tareas a corto plazo son:`, `- Action items for Ian:`: the label says whose they are.
              const whose = ownersOfLabel(labelText.split('\n')[0], spanIn(label, p.base)[0]);
              const under = whose.length ? { ...list, inherited: whose } : list;
              // `- 王芳：排版` … then `- DDL：周五(6_12)晚上` closing the sub-items: the others' deadline, no task.
              const ending = closingDeadline(doc, c, p.base, opts);
              const dueOf = (s: ActionItem) => (s.due || !ending ? dueOver(s) : completedBy(s, s.owners, ending));
              c.children.forEach((sub, n) => {
                if (ending && n === c.children.length - 1) return;
                if (called[n].length) items.push(...called[n]);
                else if (!explicit || calls(sub)) {
                  // `- 前端：` over its own tasks: those are the actions, the group's when it names a team.
                  // (Not under `Responsibilities:`: `Designers:` over what designers do is a role.)
                  const grouped = ROLE_SPLIT.test(labelText) ? undefined : groupedSubItems(list, sub);
                  if (grouped) {
                    for (const g of grouped) items.push(dueOf(g));
                    return;
                  }
                  const s = itemAction(under, sub);
                  if (s) items.push(dueOf(s));
                }
              });
            }
        }
      } else if (p.node.type === 'table') {
        items.push(...fromTable(doc, section, p.node.children, p.base, opts));
      } else if (p.node.type === 'paragraph') {
        const tabbed =
          (actionsSection || tablesOfActions) && firstLineOf(doc, p.node, p.base).includes('\t')
            ? tabSeparatedTasks(doc, section, ...spanIn(p.node, p.base), opts)
            : [];
        if (tabbed.length) items.push(...tabbed);
        else if (paragraphTask && !(roleSplit && isRoleLine(firstLineOf(doc, p.node, p.base)))) {
          const [from, to] = spanIn(p.node, p.base);
          const item = paragraphItem(doc, section, from, to, 0, opts, jobNumberLeading(opts.jobPattern));
          // Under a person's sub-heading (`### Juana Tito`), the task is theirs.
          if (item)
            items.push(item.owners.length || !headingOwners.length ? item : completedBy(item, headingOwners, item.due));
        } else if (numbered) items.push(...parenNumbered(doc, section, p.node, p.base, opts));
        else if (commitmentsToo && isCommitmentTaskLine(doc, p)) {
          const [from, to] = spanIn(p.node, p.base);
          const item = paragraphItem(doc, section, from, to, 0, opts, jobNumberLeading(opts.jobPattern));
          if (item) items.push(item);
        } else if (before?.node.type === 'paragraph' && namedLinesAfterLeadIn(doc, before, p)) {
          // `So, our tasks this week will be:` over `Joris: find four charts.` / `Lin and Yaodong: finish the
          // proposal.`, one paragraph: each line a person's task (eval90).
          const [from, to] = spanIn(p.node, p.base);
          let at = from;
          for (const line of doc.text.slice(from, to).split('\n')) {
            const item = paragraphItem(doc, section, at, at + line.length, 0, opts, jobNumberLeading(opts.jobPattern));
            if (item) items.push(item);
            at += line.length + 1;
          }
        } else
          items.push(...fromLabelledParagraph(doc, section, p.node, p.base, opts, jobNumberLeading(opts.jobPattern)));
      }
      if (listDue)
        for (let i = 0; i < items.length; i++)
          if (!items[i].due) items[i] = completedBy(items[i], items[i].owners, listDue);
      memo = { key: key + leadKey, base: p.base, items };
      NODE_ACTIONS.set(p.node, memo);
    }
    // Read just now (or the chunk has not moved and the model is the same): the items as they are.
    const by = p.base - memo.base;
    for (const a of memo.items) out.push(by === 0 && a.section === section ? a : new PlacedAction(a, by, section));
    if (closing)
      for (let i = runStart; i < out.length; i++) if (!out[i].due) out[i] = completedBy(out[i], out[i].owners, closing);
  }
  return out;
}

/** `Jordi to open an issue …`, `Ana will send …`: [1] a person leading a sub-item and taking work on. */
export const SUB_COMMITMENT =
  /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?:\*\*|__)?[ \t]+(?:to|will)[ \t]+\p{Ll}/u;
/** The sub-items of an action that are tasks of their own (SUB_COMMITMENT, a real name). */
function subCommitments(list: ListReading, item: ListItem): ActionItem[] {
  const out: ActionItem[] = [];
  for (const c of item.children)
    if (c.type === 'list')
      for (const sub of c.children) {
        const own = firstParagraph(sub);
        const m = own ? SUB_COMMITMENT.exec(firstLineOf(list.doc, own, list.base)) : null;
        const s = m && realNames(m[1]).length === 1 ? itemAction(list, sub) : undefined;
        if (s?.owners.length) out.push(s);
      }
  return out;
}

/**
 * `### JP` among `### Katrina`, `### Eric`, `### Aleks` under the actions: a sub-heading of two or three capitals
 * beside sub-headings of the same level that name people is a person's initials, and owns the items under it.
 */
function initialsAmongPeople(
  doc: AgencyDocument,
  section: Section,
  heading: string,
  from: number,
  roster: Roster | undefined,
): Owner[] {
  const initials = headingInitials(heading);
  if (!initials) return [];
  const depth = /^ {0,3}(#{1,6})/.exec(heading)?.[1].length;
  const beside = section.nodes.some((p) => {
    if (p.node.type !== 'heading' || p.node.depth !== depth) return false;
    const [f, t] = spanIn(p.node, p.base);
    const other = doc.source.slice(f, t);
    return f !== from && !headingInitials(other) && headingPersons(other, f, roster).length > 0;
  });
  return beside ? [{ name: initials.name, start: from + initials.start, end: from + initials.end }] : [];
}

/**
 * `**Acuerdos:**` over `- Gabriela empezará cache.py` and `- Agregar run_pipeline.py`: where the agreements hand
 * out tasks by name (an item reads as one: readsAsAction), an item led by a verb of work in the infinitive is a
 * task agreed on too, with nobody named yet.
 */
function agreedTasks(list: ListReading, items: readonly ListItem[], lead: string): boolean {
  if (!AGREEMENTS_LABEL.test(lead.trim())) return false;
  return items.some((item) => {
    const own = firstParagraph(item);
    if (!own) return false;
    const line = firstLineOf(list.doc, own, list.base);
    return (
      !TASK_INFINITIVE_LEAD.test(line) && readsAsAction(line, item, list.opts.context?.roster, list.doc, list.section)
    );
  });
}
/** `Manu -> Rate datasets`, `Francisco → Documentación`: a person, an arrow, then their part of the work. */
const ARROW_ASSIGNMENT =
  /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)(?:\*\*|__)?[ \t]*(?:[-–—]+>|→|=>)[ \t]*\S/u;

/** Two list items in a row, each a person, an arrow and the work (ARROW_ASSIGNMENT). */
const ARROW_ITEMS =
  /^[ \t]*[-*+][ \t]+(?:\*\*|__)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?:\*\*|__)?[ \t]*(?:[-–—]+>|→|=>)[^\n]*\n[ \t]*[-*+][ \t]+(?:\*\*|__)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?:\*\*|__)?[ \t]*(?:[-–—]+>|→|=>)/mu;

/**
 * `#### Acuerdos tomados` over `- Manu -> Rate datasets`, `- Francisco -> Documentación y tests`: a list whose
 * every item hands a part of the work to a person with an arrow shares out the tasks, wherever it is. Most of
 * the people must be among those present (`Frontend -> React`, `Base de datos -> Postgres` are choices made).
 */
function handsOutByArrow(list: ListReading, items: readonly ListItem[]): boolean {
  const roster = list.opts.context?.roster;
  if (!roster || items.length < 2) return false;
  const names: string[] = [];
  for (const item of items) {
    const own = firstParagraph(item);
    const m = own ? ARROW_ASSIGNMENT.exec(firstLineOf(list.doc, own, list.base)) : null;
    if (!m) return false;
    names.push(m[1]);
  }
  const present = names.filter((n) => inRoster(n, roster)).length;
  return new Set(names).size >= 2 && present >= 2 && present * 3 >= names.length * 2;
}

/**
 * A list that shares out the roles: two items or more say who is the lead or responsible for a part (`Juan es el
 * líder del proyecto.`, `Sergio será responsable de las pruebas.`, `Gabriela se encargará de la caché.`).
 */
function splitsRoles(list: ListReading, items: readonly ListItem[]): boolean {
  let n = 0;
  for (const item of items) {
    const own = firstParagraph(item);
    if (own && ROLE_STATEMENT.test(firstLineOf(list.doc, own, list.base)) && ++n >= 2) return true;
  }
  return false;
}
const ROLE_STATEMENT =
  /^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:\*\*|__)?[ \t]+(?:(?:es|ser[aá])[ \t]+(?:(?:el|la)[ \t]+)?(?:l[ií]der|responsable|coordinador|coordinadora|encargad[oa]|jef[ea])(?![\p{L}])|se[ \t]+(?:encargar[aá]|ocupar[aá])[ \t]+de(?![\p{L}]))/u;
/** A person taking on a part of the work (`Samuel tomará el diseño …`, `Ana asumirá la parte de datos`). */
const TAKES_ON =
  /^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:\*\*|__)?[ \t]+(?:tomar[aá]|asumir[aá]|llevar[aá])[ \t]+(?:el|la|los|las)(?![\p{L}])/u;
/**
 * Under a heading naming the decisions and the tasks (`## Decisions & Action Items`), a line led by a verb of work,
 * after its number (`i.`, `2.`) or its topic's label (`**Escalado:** Revisar si …`): `i. Review the notes on rate
 * limits`, `Revisar el esquema de despliegue`, and more of the talk asked for (`ii. Further discussion on the fee
 * proposals`). A decision states what was settled (`The group agreed …`, `Se aprueba …`).
 */
const COMMITMENT_TASK = new RegExp(
  String.raw`^[ \t]*(?:(?:[ivx]{1,4}|\d{1,2})[.)][ \t]+)?(?:(?:\*\*|__)[^*_\n]{1,50}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*)?(?:\*\*|__)?(?:${TASK_VERBS}|${SPANISH_TASKS}|further[ \t]+(?:discussion|review|investigation|research|testing)[ \t]+(?:on|of|into|about))[ \t]+\S`,
  'iu',
);
/**
 * `3. **Actualización del diagrama:**` over `- Agregar el flujo …` / `- Documentar el retorno …`: a label alone over
 * sub-items each led by a verb of work (COMMITMENT_TASK) is one task, its sub-items its steps.
 */
function labelOverSteps(list: ListReading, item: ListItem, line: string): boolean {
  if (!/^[ \t]*(?:\*\*|__)[^*_\n]{1,60}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*$/u.test(line)) return false;
  const lists = item.children.filter((c) => c.type === 'list');
  if (lists.length !== 1) return false;
  return lists[0].children.every((sub) => {
    const own = firstParagraph(sub);
    return own !== undefined && COMMITMENT_TASK.test(firstLineOf(list.doc, own, list.base));
  });
}
/** A paragraph of one line that is such a task (COMMITMENT_TASK), not a lead-in to what follows. */
function isCommitmentTaskLine(doc: AgencyDocument, p: Placed): boolean {
  const said = doc.text.slice(...spanIn(p.node, p.base));
  return !said.includes('\n') && !/[:：][ \t*_]*$/u.test(said) && COMMITMENT_TASK.test(said);
}

/** A label of the agreements alone on its line (`**Acuerdos:**`, `Acuerdos tomados:`). */
const AGREEMENTS_LABEL =
  /^(?:\*\*|__)?acuerdos(?:[ \t]+(?:tomados|alcanzados|adoptados))?(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?$/iu;
/** An item led by a verb of work in the infinitive (`Agregar …`, `Preparar …`). */
const TASK_INFINITIVE_LEAD = new RegExp(`^[ \\t]*(?:\\*\\*|__)?${SPANISH_TASKS}(?![\\p{L}])`, 'iu');

/** A line that is one emphasised phrase alone (`***Nick***`, `**Kim**`, `__Ana Ruiz__`). */
const EMPHASIS_ALONE = /^(\*{2,3}|_{2,3})[^*_\n]{1,40}\1$/u;

/**
 * The deadline a heading or a lead-in line sets for the tasks under it: a date after a word that says so
 * (`due`, `by`, `before`, `截止`, `para el`, `antes del`, …) or before `前`. Not a date alone, nor after `on`,
 * `for` or `el`: `## Actions from the 2026-11-20 call` and `Tareas del 20/11:` name the meeting.
 */
function deadlineOver(text: string, at: number, opts: ActionOptions): Due | undefined {
  if (!/\d/.test(text)) return undefined;
  const { due, word } = findDue(text, at, opts.defaultYear, opts.dateOrder);
  // (`## Acciones para mañana (22 jul)`, `## Tasks for tomorrow (Nov 3)`: the day the list is for, named.)
  return due && ((word !== undefined && DEADLINE_WORD.test(word)) || DAY_NAMED.test(text))
    ? { ...due, over: true }
    : explainedDeadline(text, at, opts);
}

/** `## Action Items (Due by next sprint: February 17th):`: the deadline said in words, then its date (actionMarks.ts). */
function explainedDeadline(text: string, at: number, opts: ActionOptions): Due | undefined {
  const e = explainedDeadlineAt(text);
  if (!e) return undefined;
  const t = findDates(text.slice(e.at), { defaultYear: opts.defaultYear, yearlessNumeric: true, onlyFirst: true })[0];
  return t && t.start === 0 ? { ...makeDue(t, at + e.at, opts.dateOrder), over: true } : undefined;
}

/** A heading saying its tasks are for one day, the date beside it (`para mañana`, `for today`). */
const DAY_NAMED = /(?<![\p{L}])(?:para|for)[ \t]+(?:mañana|manana|hoy|tomorrow|today)(?![\p{L}])/iu;

/** The due keywords (DUE_KEYWORD) that say when a thing is due, not which day is meant: not `on`, `for`, `el`, `date:`. */
const DEADLINE_WORD =
  /^(?:due|deadline|not?\s+later|by|before|until|till|eod|cob|eob|截止|截至|期限|完成时间|闭环|最迟|最晚|不晚于|不迟于|fecha\s+l[ií]mite|para\s+el|antes|hasta|plazo|前)/iu;

/**
 * A line opening another meeting's record in a file that keeps them all: `第二次会议记录：`, `第3次例会`, or a
 * heading written without its space (`#会议内容：`), which Markdown reads as a paragraph.
 */
export const ANOTHER_RECORD =
  /^[ \t]*(?:(?:\*\*|__)?第[一二三四五六七八九十百\d]+次(?:会议|例会|周会|讨论|组会)?(?:记录|纪要)?(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?$|#{1,6}(?=\p{Script=Han}))/u;

const ANOTHER_RECORD_LINE = new RegExp(ANOTHER_RECORD.source, 'mu');

/** A lead-in that recaps tasks already handed out (`Team members confirmed final tasks:`, `Se confirmaron las tareas:`). */
const RECAP_LEAD_IN =
  /(?<![\p{L}])(?:confirmed|recapped|reviewed|restated|summari[sz]ed|went[ \t]+over|confirmaron|confirmamos|repasaron|repasamos|确认了?|回顾了?)(?![\p{L}])/iu;

/** Whether a heading of the document names its actions section. */
export function hasActionsSection(doc: AgencyDocument): boolean {
  return doc.sections.some((s) => s.def.kind === 'actions');
}

/** A table header with an action column and an owner or due column: a table of actions. */
export function isActionTable(header: readonly string[]): boolean {
  return (
    (findColumn(header, ACTION_COLUMNS) >= 0 &&
      (findColumn(header, OWNER_COLUMNS) >= 0 || findColumn(header, DUE_COLUMNS) >= 0)) ||
    actionOwnerColumn(header) >= 0
  );
}

/** A table header with an owner column and a due column (`| Name | Assigned To | Deadline |`). */
export function hasOwnerAndDueColumns(header: readonly string[]): boolean {
  return findColumn(header, OWNER_COLUMNS) >= 0 && findColumn(header, DUE_COLUMNS) >= 0;
}

/**
 * `| Name | Assigned To | Deadline |` under `## Deliverables:`: who does each and by when, whatever the column of
 * the work is called (as missing-section takes it: hasOwnedTaskTable), that column's cells each saying something
 * (not `| Type |` over `I` / `T`, codes of what each row is).
 */
function isOwnedDatedTable(rows: readonly TableRow[]): boolean {
  const header = rowCells(rows[0]);
  if (!hasOwnerAndDueColumns(header)) return false;
  const owner = findColumn(header, OWNER_COLUMNS);
  const due = findColumn(header, DUE_COLUMNS);
  const body = rows.slice(1).map(rowCells);
  const action = actionColumn(header, owner, due, findColumn(header, STATUS_COLUMNS), jobColumn(header, body), body);
  return action >= 0 && body.every((cells) => /\p{L}[^|]*\p{L}[^|]*\p{L}/u.test(cells[action] ?? ''));
}

/**
 * `| Actions: Responsible / Note |`, `| Action / Owner |`, `| Tareas (responsable) |`: a column of the actions whose
 * cells name their owners too (`Dora to send the link`); its index, or -1. The action column, its owner read in it.
 */
export function actionOwnerColumn(header: readonly string[]): number {
  return header.findIndex((h) => ACTION_OWNER_COLUMN.test(normalizeHeading(h)));
}
const ACTION_OWNER_COLUMN =
  /^(?:actions?|action items?|tasks?|acciones|accion|tareas?)[ \t]*(?:[:/(-][ \t]*)?(?:responsible|owners?|who|responsables?)(?![\p{L}])/u;

/** The first line of a node's source (an item's own paragraph, as written). */
function firstLineOf(doc: AgencyDocument, node: Nodes, base: number): string {
  const [from, to] = spanIn(node, base);
  const nl = doc.text.indexOf('\n', from);
  return doc.text.slice(from, nl >= 0 && nl < to ? nl : to);
}

/**
 * The deadline a list's last item gives the tasks above it, that item saying nothing else (`- 任务截止日期：2018.8.13`,
 * `- 任务截至时间2018.8.19`, `- Deadline: 2026-12-04`, `- Fecha límite: 4/12/2026`), with the due read from it; the
 * other items are no fields (`- 客户：…`; `- 王芳：…` is her task). Undefined otherwise.
 */
function closingDeadline(doc: AgencyDocument, list: Nodes, base: number, opts: ActionOptions): Due | undefined {
  if (list.type !== 'list' || list.children.length === 0) return undefined;
  const last = list.children[list.children.length - 1];
  const own = firstParagraph(last);
  if (!own || last.children.length !== 1) return undefined;
  const line = firstLineOf(doc, own, base);
  const m = CLOSING_DEADLINE.exec(line);
  if (!m) return undefined;
  for (const item of list.children) {
    if (item === last) break;
    const first = firstParagraph(item);
    const said = first ? firstLineOf(doc, first, base) : '';
    // (`王芳：整理名单` is a person's task, not a field.)
    if (FIELD_LINE.test(said) && findOwners(said, 0, opts.context?.roster).length === 0) return undefined;
  }
  const at = startIn(own, base) + m[0].indexOf(m[1]);
  const due = findDue(m[1], at, opts.defaultYear, opts.dateOrder).due ?? ddlDue(m[1], at, opts);
  return due?.date ? { ...due, over: true } : undefined;
}

/** `DDL：`, then a weekday and the date in brackets (`周六(4_18)`): where the date starts. */
const DDL_LEAD =
  /^(?:\*\*|__)?ddl(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?(?:(?:周|星期)[一二三四五六日天][ \t]*)?[(（]?/iu;

/**
 * `DDL：周六(4_18)晚上`, `DDL: 4/18`: the deadline a Chinese team writes under the English word (its date read as a
 * due keyword's; month and day may be joined by `_`, as in the team's file names).
 */
function ddlDue(said: string, at: number, opts: ActionOptions): Due | undefined {
  const lead = DDL_LEAD.exec(said);
  if (!lead) return undefined;
  const rest = said.slice(lead[0].length);
  const t = findDates(rest.replace(/_/g, '/'), {
    defaultYear: opts.defaultYear,
    yearlessNumeric: true,
    onlyFirst: true,
  })[0];
  if (t?.start !== 0 || t.kind === 'invalid') return undefined;
  const written = { ...t, text: rest.slice(t.start, t.end) };
  return makeDue(written, at + lead[0].length, opts.dateOrder);
}
/** [1] from the deadline's word on, then a date alone: what a list's closing item says when it is the tasks' deadline. */
const CLOSING_DEADLINE_BODY = String.raw`(?:\*\*|__)?(?:任务的?)?((?:(?:截止|截至)(?:日期|时间)?|deadline|due[ \t]+date|fecha[ \t]+l[ií]mite|plazo(?:[ \t]+de[ \t]+entrega)?)(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?\d[\d./年月日号-]{2,11}(?:\*\*|__)?|ddl(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?(?:(?:周|星期)[一二三四五六日天][ \t]*)?[(（]?\d[\d./_年月日号-]{2,11}[)）]?(?:晚上?|早上?|上午|下午|中午|之?前|以前)?(?:\*\*|__)?)[ \t。.]*$`;
const CLOSING_DEADLINE = new RegExp(String.raw`^[ \t]*${CLOSING_DEADLINE_BODY}`, 'iu');
/** A field's label and its colon leading a line (`客户：…`, `Budget: …`): a list of fields, not of tasks. */
const FIELD_LINE = /^[ \t]*(?:\*\*|__)?[^:：\n，,。.]{1,12}(?:\*\*|__)?[:：]/u;
/** Such a closing item anywhere in a text (for hasLabelledLists: the scan reads them from the parse). */
export const CLOSING_DEADLINE_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+${CLOSING_DEADLINE_BODY}`,
  'imu',
);

/**
 * `3. Plan para la próxima semana:` closing a numbered list, its explanation run on as the item's own lines,
 * then the bullets of the plan: the last item's first line labels the list after it, as a paragraph would.
 */
function labelClosingList(
  doc: AgencyDocument,
  list: Nodes,
  base: number,
): { at: number; text: string; then?: { at: number; text: string } } | undefined {
  if (list.type !== 'list') return undefined;
  const last = list.children[list.children.length - 1];
  const own = last && firstParagraph(last);
  if (!own || last.children.some((c) => c.type === 'list')) return undefined;
  const line = firstLineOf(doc, own, base);
  if (!ACTION_LABEL.test(line)) return undefined;
  const at = startIn(own, base);
  // The explanation run on under the label, when it leads into the bullets itself (`El equipo ha acordado … Se
  // espera que se concentren en:`): its subject owns them, as a paragraph's over a list does.
  const [, to] = spanIn(own, base);
  const rest = doc.text.slice(at + line.length + 1, to);
  const then =
    at + line.length < to && /[:：][ \t*_]*$/u.test(rest.trimEnd())
      ? { at: at + line.length + 1, text: maskComments(rest) }
      : undefined;
  return { at, text: maskComments(line), ...(then ? { then } : {}) };
}

/** `TODO:`, `TODO **BEFORE** next meeting:`, `Tasks for the next call:`: a label of what is to be done by a meeting. */
const TODO_FOR_MEETING =
  /^[ \t]*(?:\*\*|__)?(?:to-?dos?|action[ \t]+items?|tasks?)(?:\*\*|__)?(?:[ \t]+(?:\*\*|__)?(?:before|by|for|on|at|until)(?:\*\*|__)?[ \t]+(?:the[ \t]+)?next[ \t]+(?:meeting|call|session))?[ \t]*[:：][ \t*_]*$/iu;

/**
 * The items of the lists under a line setting the next meeting (`* Schedule next meeting: 4pm Sun 31th Oct 2021`),
 * each list under a label of what is to be done (`TODO:` after the line, `TODO **BEFORE** next meeting:` as a
 * paragraph of the item): tasks, due at that meeting when its date is read. None when no list is so labelled.
 */
function meetingTodos(list: ListReading, item: ListItem, line: string, at: number): ActionItem[] {
  const { doc, opts } = list;
  const set = NEXT_MEETING_SET.exec(line)!;
  const t = findDates(line.slice(set[0].length), { defaultYear: opts.defaultYear, onlyFirst: true })[0];
  const meeting =
    t && t.kind !== 'invalid' ? { ...makeDue(t, at + set[0].length, opts.dateOrder), over: true as const } : undefined;
  const out: ActionItem[] = [];
  for (let j = 1; j < item.children.length; j++) {
    const c = item.children[j];
    const before = item.children[j - 1];
    if (c.type !== 'list' || before.type !== 'paragraph') continue;
    const said = doc.source.slice(...spanIn(before, list.base));
    if (!TODO_FOR_MEETING.test(said.slice(said.lastIndexOf('\n') + 1))) continue;
    for (const sub of c.children) {
      const a = itemAction(list, sub);
      if (a) out.push(a.due || !meeting ? a : completedBy(a, a.owners, meeting));
    }
  }
  return out;
}

/** Whether a list item's line sets the next meeting (`- Schedule next meeting: 4pm Tue 19th Oct`): the scan leaves its lists to the parse. */
export function setsNextMeeting(line: string): boolean {
  return NEXT_MEETING_SET.test(line);
}

/**
 * The sub-items of an item, when there are two or more and each is led by its owner and what they will do
 * (`Madeline will propose an interactions diagram`, `Dominic to draw the components`): the tasks, the item
 * their heading. Undefined otherwise.
 */
function ownedSubTasks(list: ListReading, item: ListItem): ActionItem[] | undefined {
  const lists = item.children.filter((c) => c.type === 'list');
  if (lists.length !== 1 || lists[0].children.length < 2) return undefined;
  const subs = lists[0].children;
  // `Each of us can do wireframes for different views` over `- Mike - Merchant wireframes`, `- Blake & Noah - Admin
  // wireframes`: the work shared out, each sub-item a person's part (eval90), the item itself no task.
  const head = firstParagraph(item);
  if (
    head &&
    EACH_OF_US.test(firstLineOf(list.doc, head, list.base)) &&
    subs.every((sub) => {
      const own = firstParagraph(sub);
      return own !== undefined && NAMED_PART_LINE.test(firstLineOf(list.doc, own, list.base));
    })
  ) {
    const shared: ActionItem[] = [];
    for (const sub of subs) {
      const a = itemAction(list, sub);
      if (a) shared.push(a);
    }
    return shared;
  }
  let owned = 0;
  let parts = 0;
  for (const sub of subs) {
    const own = firstParagraph(sub);
    const line = own ? firstLineOf(list.doc, own, list.base) : '';
    if (OWNED_TASK_LINE.test(line)) owned++;
    else if (SHORT_PART.test(line)) parts++;
    else return undefined;
  }
  // `- Rotating keys` over `- Kris needs to land the pieces for it` and `- FFI and SDK integration`: a topic's
  // sub-items, one of them handed to someone, the others short parts of the work beside it: each is a task.
  if (parts > 0) {
    const head = firstParagraph(item);
    if (owned === 0 || !head || !SHORT_PART.test(firstLineOf(list.doc, head, list.base))) return undefined;
  }
  const out: ActionItem[] = [];
  for (const sub of subs) {
    const a = itemAction(list, sub);
    if (a) out.push(a);
  }
  return out;
}
/**
 * A name, then what they will do: `Madeline will propose …`, `Dominic to draw …`, `Kris needs to land …`, `Ana va a
 * preparar …`.
 */
const OWNED_TASK = String.raw`@?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:will|to|shall|needs[ \t]+to|has[ \t]+to|va[ \t]+a|debe|se[ \t]+encarga[ \t]+de)[ \t]+\p{Ll}`;
/** A part of the work named in a few words, no sentence and no label (`FFI and SDK integration`, `Rotating keys`). */
const SHORT_PART =
  /^[ \t]*(?:\*\*|__)?[\p{L}\p{N}][\p{L}\p{N}'’/&+-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’/&+-]*){0,4}(?:\*\*|__)?[ \t]*$/u;
/** `Each of us can do …`, `Each of us will …`: the work shared out among the team (ownedSubTasks). */
const EACH_OF_US =
  /^[ \t]*(?:\*\*|__)?each[ \t]+of[ \t]+us[ \t]+(?:can|will|should|is[ \t]+to|has[ \t]+to)[ \t]+\p{Ll}/iu;
/** `Mike - Merchant wireframes`, `Blake & Noah - Admin wireframes`: who, a dash, then their part. */
const NAMED_PART = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]*(?:&|and|,)[ \t]*\p{Lu}[\p{L}'’-]+)*[ \t]+[-–—][ \t]+\S`;
const NAMED_PART_LINE = new RegExp(String.raw`^[ \t]*${NAMED_PART}`, 'u');
const OWNED_TASK_LINE = new RegExp(String.raw`^[ \t]*${OWNED_TASK}`, 'u');
/** Such sub-items under an item, anywhere in a text (for hasLabelledLists: the scan reads them from the parsed document). */
/** EACH_OF_US over NAMED_PART sub-items, anywhere in a text (for hasLabelledLists). */
const EACH_OVER_NAMED_PARTS = new RegExp(
  String.raw`^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?each[ \t]+of[ \t]+us[ \t][^\n]*\n[ \t]{2,}(?:[-*+]|\d{1,3}[.)])[ \t]+${NAMED_PART}`,
  'imu',
);
const OWNED_SUB_TASKS = new RegExp(
  String.raw`^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[^\n]*\n(?:[ \t]{2,}(?:[-*+]|\d{1,3}[.)])[ \t]+${OWNED_TASK}[^\n]*\n?){2}`,
  'mu',
);

/** A label over choices still open: `possible actions:`, `Options:`, `Ideas:`, `Posibles acciones:`, `备选方案：`. */
const OPTIONS_LEAD =
  /^[ \t]*(?:[-*+][ \t]+)?[^\n:：]{0,30}(?<![\p{L}])(?:possible|potential|proposed|options?|ideas?|alternatives?|posibles|opciones|propuestas|alternativas|可选|备选|可能的)(?![\p{L}])[^\n:：]{0,30}[:：][ \t*_]*$/iu;

/**
 * The sub-items, at any depth, of a list item that is no action, that call themselves actions (`Action item: …`)
 * or are open boxes with a handle (`- [ ] @adam to check the first implementation`).
 */
function labelledSubItems(list: ListReading, item: ListItem): ActionItem[] {
  const out: ActionItem[] = [];
  // `* possible actions:` over `* Action: change the docs` / `* Action: open an issue`: options weighed, not tasks.
  const label = firstParagraph(item);
  const labelLine = label ? firstLineOf(list.doc, label, list.base) : '';
  if (OPTIONS_LEAD.test(labelLine)) return out;
  // `2. Review of actions from Nov 29` in the agenda, over `* action FK: open an issue …`: the past actions the
  // meeting will go through, not the ones it agrees (the notes say how each stands).
  if (isPastActionsPoint(labelLine) && AGENDA_HEADING.test(list.section.heading.text)) return out;
  // `- PR for the symbology (Matthias)` over `- TODO: add the tests`: the topic's person owns its to-dos; so does
  // HackMD's author tag on the topic (`1. \`Budget\` [name=Ray Raspberry]` over `- **ACTION**` and its tasks).
  // (A tag leading the topic, `- [name=Guillaume] Simplify the API?`, says who raised it, not who acts.)
  const bracketed = PARENT_OWNER.exec(labelLine) ?? HACKMD_NAME_CLOSING.exec(labelLine);
  const parentNames = bracketed ? realNames(bracketed[1]) : [];
  // `+ [ ] submit the evaluation by 9/12` over `1. Task 1: …`, `2. Task 2: …`: the parts are due when the whole is.
  const dated =
    label && /\d/.test(labelLine)
      ? findDue(labelLine, startIn(label, list.base), list.opts.defaultYear, list.opts.dateOrder)
      : undefined;
  const parentDue: Due | undefined =
    dated?.due && dated.word !== undefined && DEADLINE_WORD.test(dated.word) ? { ...dated.due, over: true } : undefined;
  const ownedByParent = (a: ActionItem): ActionItem =>
    a.ownerNames.length === 0 && parentNames.length && label
      ? completedBy(
          a,
          parentNames.map((name) => ({ name, start: a.start, end: a.start })),
          a.due ?? parentDue,
        )
      : !a.due && parentDue
        ? completedBy(a, a.owners, parentDue)
        : a;
  // `- **Noor** will write the brief` over `- **Task:** gather the results …` and `- **Due:** … (est. May 4th)`: the
  // task line only details the person's item above it, so it is theirs, due when its `Due:` sibling says.
  const leadingPerson = label ? PERSON_LEADING_ITEM.exec(labelLine) : null;
  const detailOf = (a: ActionItem, siblings: readonly ListItem[]): ActionItem => {
    if (!leadingPerson || !label || a.ownerNames.length || !TASK_LABEL.test(a.text.split('\n')[0])) return a;
    const at = startIn(label, list.base) + labelLine.indexOf(leadingPerson[1]);
    const owners = [{ name: leadingPerson[1], start: at, end: at + leadingPerson[1].length }];
    let due = a.due;
    for (const s of siblings) {
      const p = firstParagraph(s);
      if (due || !p) continue;
      const said = firstLineOf(list.doc, p, list.base);
      if (!DUE_SUB_ITEM.test(said)) continue;
      const from = startIn(p, list.base);
      due = findDue(said, from, list.opts.defaultYear, list.opts.dateOrder).due;
      // `Due: end of the month (est. May 4th)`: the estimated day in brackets is the date.
      const estimate = /[(（][ \t]*(?:est\.?|estimated|approx\.?|approximately)[ \t]+/iu.exec(said);
      if (!due && estimate) {
        const at = estimate.index + estimate[0].length;
        due = findDue(`due ${said.slice(at)}`, from + at - 4, list.opts.defaultYear, list.opts.dateOrder).due;
      }
    }
    return completedBy(a, owners, due);
  };
  for (const c of item.children) {
    if (c.type !== 'list') continue;
    c.children.forEach((sub, k) => {
      const own = firstParagraph(sub);
      const line = own ? firstLineOf(list.doc, own, list.base) : '';
      const a = readsAsAction(line, sub, list.opts.context?.roster, list.doc, list.section)
        ? itemAction(list, sub)
        : undefined;
      // `- 任务：写测试文档` then `- 负责人：林岚、周远`: the sibling that only says who (or when) is the task's.
      if (a)
        out.push(
          detailOf(
            ownedByParent(TASK_LABEL.test(line) ? labelledAfter(list, a, c.children.slice(k + 1)) : a),
            c.children,
          ),
        );
      // `- TODO:` / `- Next steps:` alone over its own sub-items, deep among the notes: those are actions, as
      // under such a label leading the list (their own sub-items are the details of each).
      else if (isActionLabelAlone(line) && sub.children.some((g) => g.type === 'list')) {
        for (const g of sub.children)
          if (g.type === 'list')
            for (const task of g.children) {
              const t = itemAction(list, task);
              if (t) out.push(ownedByParent(t));
            }
      } else out.push(...labelledSubItems(list, sub));
    });
  }
  return out;
}

/** A task's owners and date from the items after it that only say who or when (`- 负责人：…`, `- Due: …`). */
function labelledAfter(list: ListReading, a: ActionItem, after: readonly ListItem[]): ActionItem {
  let owners = a.owners;
  let due = a.due;
  for (const s of after) {
    const p = firstParagraph(s);
    if (!p || s.children.length > 1 || (owners.length > 0 && due)) break;
    const at = startIn(p, list.base);
    const said = maskComments(detached(list.doc.text.slice(at, endIn(p, list.base))));
    if (!LABELLED_SUB_ITEM.test(said)) break;
    if (owners.length === 0) owners = findOwners(said, at, list.opts.context?.roster);
    due ??= findDue(said, at, list.opts.defaultYear, list.opts.dateOrder).due;
  }
  return owners !== a.owners || due !== a.due ? completedBy(a, owners, due) : a;
}

const CORNER_LEAD = /^[ \t]*【([^【】\n]{1,30})】/u;
/** A job number (`OP-2026-077`, `YF-2026-140`) and a dash or colon leading an item. */
const JOB_LED = /^[ \t]*(?:\*\*|__)?[A-Z][A-Z0-9]{0,7}-\d{2,4}(?:-\d{1,5})?(?:\*\*|__)?[ \t]*(?:——|—|–|-|[:：])[ \t]*/u;
/** [1] the bracket and who is in it, before a comma and a date: `(Jane, by 12 Dec)`, `（陈立，12月10日前）`. */
const BRACKETED_WHO_WHEN =
  /([(（][ \t]*[^()（）,，;；\d\n]{1,40}?)[ \t]*[,，;；][ \t]*[^()（）\n]{0,20}\d[^()（）\n]{0,20}[)）](?=[ \t.。]*$)/mu;

/** A label alone saying how the work is judged (`标准：`, `**Criteria:**`, `Standards:`): guidance, no tasks. */
const GUIDANCE_LEAD = /^(?:\*\*|__)?(?:标准|criteria|standards|criterios)(?:\*\*|__)?[ \t]*[:：][ \t*_]*$/iu;

/** A lead-in naming how the team is split in groups: `评审分组：`, `小组成员：`, `Review groups:`. */
const GROUPS_LEAD =
  /^(?:\*\*|__)?(?:[\p{Script=Han}]{0,6}(?:分组|组员|小组成员)|(?:[\p{L}]+[ \t]+)?(?:groups|group members|team members|teams))(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?$/iu;
/** A group's name, then only people: `甲组：王磊、周婷、刘洋`, `Team B: Ana Ruiz, Ben Ode`. */
const MEMBERS_LINE =
  /^[ \t]*(?:\*\*|__)?[^:：\n]{1,12}(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\p{Script=Han}{2,4}|\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?:[ \t]*[、,，/][ \t]*(?:\p{Script=Han}{2,4}|\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?))+[ \t.。]*$/u;
/**
 * `Type | Description | Owner | Deadline` over a line of dashes alone (to Markdown a heading underlined, not a
 * table), then rows typed `D` (decision), `T` (task), `I` (information), each row's text run on in indented lines:
 * a typed table drawn without its outer pipes (missing-section reads its D and T rows). [1] the header, [2] the rows.
 */
const PIPELESS_TYPED_TABLE =
  /^[ \t]*((?:type|kind|tipo|类型)[ \t]*\|[ \t]*(?:description|item|details?|descripci[oó]n|内容|事项)[ \t]*\|[^\n|]*\|[^\n|]*)\r?\n[ \t]*-{3,}[ \t]*\r?\n((?:[ \t]*\p{Lu}[ \t]*\|[^\n]*(?:\r?\n[ \t]+[^\s|][^\n|]*)*(?:\r?\n|$))+)/gimu;
/** Whether a text holds such a table (the scan leaves it to the parse). */
export function hasPipelessTypedTable(text: string): boolean {
  PIPELESS_TYPED_TABLE.lastIndex = 0;
  const yes = text.includes('|') && PIPELESS_TYPED_TABLE.test(text);
  PIPELESS_TYPED_TABLE.lastIndex = 0;
  return yes;
}
/** The `T` rows of each PIPELESS_TYPED_TABLE of a document: tasks, with the owner and the deadline of their cells. */
function pipelessTypedTasks(doc: AgencyDocument, opts: ActionOptions): ActionItem[] {
  const def = doc.type?.sections.find((d) => d.kind === 'actions');
  if (!def) return [];
  const out: ActionItem[] = [];
  for (const m of doc.text.matchAll(PIPELESS_TYPED_TABLE)) {
    const header = m[1].split('|').map((c) => c.trim());
    const ownerCol = header.findIndex((c) => OWNER_HEADER.test(c));
    const dueCol = header.findIndex((c) => DUE_HEADER.test(c));
    if (ownerCol < 0 && dueCol < 0) continue;
    const heading = doc.headings.find((h) => h.start <= m.index && h.end >= m.index + m[1].length);
    if (!heading) continue;
    const section: Section = { def, heading, nodes: [], contentStart: heading.end, contentEnd: heading.end };
    let at = m.index + m[0].length - m[2].length;
    for (const row of m[2].split(/(?=^[ \t]*\p{Lu}[ \t]*\|)/mu)) {
      const start = at;
      at += row.length;
      const first = row.split(/\r?\n/)[0];
      if (!/^[ \t]*T[ \t]*\|/u.test(first)) continue;
      // Each cell of the first line with where it starts; the task's words run on in the lines under it.
      const cells: { text: string; at: number }[] = [];
      let from = 0;
      for (const c of first.split('|')) {
        cells.push({ text: c.trim(), at: start + from + c.length - c.trimStart().length });
        from += c.length + 1;
      }
      const more = row
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.trim())
        .filter(Boolean);
      const text = [cells[1]?.text ?? '', ...more].join(' ').trim();
      const ownerCell = ownerCol >= 0 ? cells[ownerCol] : undefined;
      const owners: Owner[] =
        ownerCell && !isBlankOwner(ownerCell.text) && /\p{L}/u.test(ownerCell.text)
          ? [{ name: trimName(ownerCell.text), start: ownerCell.at, end: ownerCell.at + ownerCell.text.length }]
          : [];
      const dueCell = dueCol >= 0 ? cells[dueCol] : undefined;
      const due =
        dueCell && /\d/.test(dueCell.text)
          ? dueInCell(dueCell.text, dueCell.at, opts.defaultYear, opts.dateOrder)
          : undefined;
      const insert = { at: start + first.length, intoEmptyCell: false };
      out.push({
        section,
        kind: 'table',
        text,
        start,
        end: start + first.length,
        done: false,
        owners,
        ownerNames: owners.map((o) => o.name),
        due,
        dueWithoutDate: false,
        ownerInsert: insert,
        dueInsert: insert,
      });
    }
  }
  return out;
}
const OWNER_HEADER = /^(?:owners?|assignee|who|responsible|responsables?|负责人|责任人)$/iu;
const DUE_HEADER = /^(?:due(?:[ \t]+date)?|deadline|fecha(?:[ \t]+l[ií]mite)?|plazo|截止日期|期限)$/iu;

/** Whether every sub-item of an item is a group and its members (MEMBERS_LINE). */
function membersOnly(doc: AgencyDocument, item: ListItem, base: number): boolean {
  const subs = item.children.flatMap((c) => (c.type === 'list' ? c.children : []));
  return (
    subs.length > 0 &&
    subs.every((sub) => {
      const own = firstParagraph(sub);
      return own !== undefined && sub.children.length === 1 && MEMBERS_LINE.test(firstLineOf(doc, own, base));
    })
  );
}

/** HackMD's author tag closing a topic's line: `` `Budget` [name=Ray Raspberry] ``. */
const HACKMD_NAME_CLOSING = /\[name=([^\]\n=]{1,40})\][ \t.。]*$/u;
/** A person's name in bold leading an item, then what they will do: `**Noor** will write …`, `**Li Wei** is responsible for …`. */
const PERSON_LEADING_ITEM =
  /^[ \t]*(?:\*\*|__)(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){0,3})(?:\*\*|__)[ \t]+(?:will|is|are|shall|to|takes?|leads?|owns?)[ \t]/u;
/** `- **Due:** …`, `- Deadline: …` among an item's details. */
const DUE_SUB_ITEM = /^[ \t]*(?:\*\*|__)?(?:due(?:[ \t]+date)?|deadline)(?:\*\*|__)?[ \t]*[:：]/iu;
/** A person in brackets closing an item's first line: `PR for the symbology (Matthias)`. */
const PARENT_OWNER = /[(（]([^()（）\n]{1,40})[)）][ \t.。]*$/u;

/** All action items of a document: those of its actions sections (analyze.ts keeps them with the document's facts). */
export function documentActions(doc: AgencyDocument, givenOpts: ActionOptions): ActionItem[] {
  // Every section of a type with actions: outside its actions sections, lists labelled as actions (actionsIn).
  if (!readsActions(doc)) return [];
  const opts: ActionOptions = givenOpts.dated
    ? givenOpts
    : { ...givenOpts, dated: datedSections(doc.headings, doc.text.length, givenOpts.dateOrder) };
  const sections = doc.sections;
  const context = opts.context ?? actionContextOf(doc.text, doc.lines, doc.frontMatter?.field('attendees')?.items);
  const withContext = { ...opts, context };
  // Minutes without an actions section whose actions are a table elsewhere (`| Who | Task | Due |` under
  // `## Notes`): that table is their actions section (missing-section takes it for one), so its rows are read.
  const tables = opts.noActionsSection ?? !hasActionsSection(doc);
  const items = sections.flatMap((s) =>
    actionsIn(
      doc,
      s,
      withContext,
      s.def.kind !== 'actions',
      (tables || namesCommitmentsToo(s.heading.text)) && s.def.kind !== 'actions',
    ),
  );
  for (const s of outsideSections(doc, tables)) items.push(...actionsIn(doc, s, withContext, true, tables));
  // `Type | Description | Owner | Deadline` over a line of dashes, then `T | … | Ven M | 11-03-2022`: its task rows.
  if (doc.text.includes('|')) items.push(...pipelessTypedTasks(doc, withContext));
  // The same list under a heading and its sub-heading (`## Tareas` / `### Pendientes`) is read once.
  const seen = new Set<number>();
  const read = items.filter((a) => {
    if (seen.has(a.start)) return false;
    seen.add(a.start);
    return true;
  });
  // (Not `summaries.size`: a chunk's check notes each question asked of the context, `has` alone.)
  const once = withoutSummaries(doc, read, context);
  if (context.addressee && doc.lang === 'en') {
    const reader = context.addressee;
    for (let i = 0; i < once.length; i++) {
      const a = once[i];
      if (a.ownerNames.length === 0 && READER_ASKED.test(a.text.split('\n')[0]))
        once[i] = completedBy(a, [{ name: reader, start: a.start, end: a.start }], a.due);
    }
  }
  // A log one person keeps of their own work (`Action items for me:` in one meeting's notes, `Action steps:` in
  // another's; a weekly report naming nobody): the tasks no one else is given are the writer's.
  const writersLog = context.writersLog;
  if (writersLog && (writersLog === 'label' || doc.type?.id === 'minutes'))
    for (let i = 0; i < once.length; i++) {
      const a = once[i];
      if (a.ownerNames.length === 0) once[i] = completedBy(a, [{ name: 'me', start: a.start, end: a.start }], a.due);
    }
  if (context.tasks.size === 0 || !once.some((a) => a.ownerNames.length === 0 || !a.due))
    return nearDues(deadlineDues(doc, dayOfMonthDues(doc, once, opts), opts), opts);
  // A task handed out in a table elsewhere (listed under `Tareas a realizar`, given its owner under
  // `### Reparto`, summed up again with its date under `Tareas asignadas`) is one task: the table's owner
  // and date are the item's. They are placed at the item (the table may be in another part of the text).
  const completed = once.map((a) => {
    if (a.ownerNames.length > 0 && a.due) return a;
    const firstLine = a.text.split('\n')[0];
    const labelled = ownerLabelledTaskKey(firstLine, a.ownerNames);
    const row =
      context.tasks.get(assignmentKey(firstLine)) ?? (labelled !== undefined ? context.tasks.get(labelled) : undefined);
    if (!row) return a;
    const owners =
      a.ownerNames.length === 0 && row.owners.length
        ? row.owners.map((name) => ({ name, start: a.start, end: a.start }))
        : undefined;
    const found =
      !a.due && row.dueText ? findDue(`due ${row.dueText}`, 0, opts.defaultYear, opts.dateOrder).due : undefined;
    const due = found && { ...found, start: a.start, end: a.start };
    return owners || due ? completedBy(a, owners ?? a.owners, due ?? a.due) : a;
  });
  return nearDues(deadlineDues(doc, dayOfMonthDues(doc, completed, opts), opts), opts);
}

/**
 * `### Pendientes` under a meeting's task table, `- El plan (\`plan.md\`)`, `- El calendario (\`calendario.md\`)`:
 * a list restating the table's open tasks, one item for each, by the files their rows quote. The rows are the tasks;
 * the list's items are no second set of them. The items under one heading are the list (chunks start at headings).
 */
function withoutSummaries(doc: AgencyDocument, items: ActionItem[], context: ActionContext): ActionItem[] {
  const under = new Map<number, ActionItem[]>();
  const headings = doc.headings;
  for (const a of items) {
    if (a.kind !== 'list' || !doc.source.slice(a.start, a.end).includes('`')) continue;
    let h = -1;
    for (let lo = 0, hi = headings.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (headings[mid].start <= a.start) {
        h = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const group = under.get(h);
    if (group) group.push(a);
    else under.set(h, [a]);
  }
  const dropped = new Set<ActionItem>();
  for (const group of under.values()) {
    const marks: string[] = [];
    for (const a of group) {
      const m = new RegExp(CODE_MARK.source).exec(doc.source.slice(a.start, a.end));
      if (!m) break;
      marks.push(codeMark(m[1]));
    }
    if (marks.length === group.length && context.summaries.has(summaryKey(marks)))
      for (const a of group) dropped.add(a);
  }
  return dropped.size ? items.filter((a) => !dropped.has(a)) : items;
}

/**
 * `Hi Blessing,` … `1. Review the demo and share any changes you'd like`, `- Email me any questions`: in an e-mail,
 * a next step that speaks to the reader (you, your) or has the writer receive (me) is the reader's.
 */
const READER_ASKED = /(?<![\p{L}'’])(?:you|your|yours|yourself|you['’](?:d|ll|re|ve)|me)(?![\p{L}'’])/iu;

/**
 * `#### 分工` over the tasks, then `#### DDL` over `5月14日会议前`: a deadline given by a heading of its own is the
 * due date of the tasks before it under the heading above (deadlineSections.ts), for those that give none.
 */
function deadlineDues(doc: AgencyDocument, actions: ActionItem[], opts: ActionOptions): ActionItem[] {
  if (!actions.some((a) => !a.due)) return actions;
  const deadlines = opts.deadlines ?? deadlineSections(doc.headings, doc.source, opts.defaultYear, opts.dateOrder);
  if (deadlines.length === 0) return actions;
  return actions.map((a) => {
    if (a.due) return a;
    const d = deadlines.find((s) => a.start >= s.start && a.start < s.end);
    if (!d) return a;
    const due: Due = { text: d.text, start: d.at, end: d.at + d.text.length, token: d.token, date: d.date, over: true };
    return completedBy(a, a.owners, due);
  });
}

/**
 * `Sergio entregará los programas antes del 25.` in the minutes of 20 May: a day of the month alone after a due
 * word (`antes del`, `para el`, `hasta el`) is that day of the meeting's month, or of the next month when it is
 * before the meeting's day. The meeting's date is the one its section's heading gives (`## Reunión 4 — 20 de
 * mayo`), else the document's own; without either the day is no date.
 */
function dayOfMonthDues(doc: AgencyDocument, actions: ActionItem[], opts: ActionOptions): ActionItem[] {
  if (!actions.some((a) => !a.due)) return actions;
  return actions.map((a) => {
    if (a.due) return a;
    const line = doc.source.slice(a.start, a.end);
    const m = DAY_OF_MONTH_DUE.exec(line);
    if (!m) return a;
    const heading = findDates(a.section.heading.text, { defaultYear: opts.defaultYear })[0];
    const meeting =
      heading?.kind === 'date' ? heading.date : heading?.kind === 'ambiguous' ? heading.certain : undefined;
    const ref = meeting ?? opts.near;
    const said = m[1] ?? m[2] ?? m[3] ?? m[5];
    // (`5号晚对齐`: after the number, where the Spanish forms end at it; `by the 20th`: the number before its ending.)
    const at = m[1] ? m.index + m[0].length - said.length : m[3] || m[5] ? m.index + m[0].lastIndexOf(said) : m.index;
    if (!ref) {
      // `5号晚对齐工作流程` with no date for the meeting: a day of the month all the same, its month unknown.
      if (!m[2]) return a;
      const token: DateToken = {
        kind: 'ambiguous',
        start: 0,
        end: said.length,
        text: said,
        form: 'numeric',
        hasTime: false,
      };
      // (`over`: no date of the text's own, so no date the date rules could read two ways.)
      const due: Due = { text: said, start: a.start + at, end: a.start + at + said.length, token, over: true };
      return completedBy(a, a.owners, due);
    }
    const day = Number(said);
    const next = day < ref.day;
    const month = next ? (ref.month % 12) + 1 : ref.month;
    const year = next && ref.month === 12 ? ref.year + 1 : ref.year;
    if (!isValidDate(year, month, day)) return a;
    const date = { year, month, day };
    // (`before Thursday 22nd`: the 22nd of the month where it is a Thursday; else no date read.)
    if (!ordinalWeekdayHolds(m[4], date)) return a;
    const token: DateToken = {
      kind: 'date',
      start: 0,
      end: said.length,
      text: said,
      date,
      hasYear: false,
      hasTime: false,
      // (A day written out after its due word, in Spanish or English, read one way only: the long form's.)
      form: m[2] ? 'zh' : 'es-long',
    };
    return completedBy(a, a.owners, { text: said, start: a.start + at, end: a.start + at + said.length, token, date });
  });
}
/**
 * A day of the month alone after a due word (`antes del 25.`, `para el 3`); not `antes del 25%`, `para el 2 de …`.
 * [2]: a Chinese day of the month (`5号`, `15日`) and the time of that day or `前` after it (`5号晚对齐`, `15日前提交`);
 * not `3号楼`, `1号线`, `3日内`. [3]: `by the 20th` in English, its ordinal ending on; not `by the 2nd draft`, `by the 20th of
 * May` (a word after it: the ordinal of something else, or a whole date read as such). [4] and [5]: `before Thursday 22nd`, a
 * weekday and its day as an ordinal (when the weekday is that day's: ordinalWeekdayHolds); not `by Friday 12th May`.
 */
export const DAY_OF_MONTH_DUE =
  /(?<![\p{L}])(?:antes[ \t]+del|para[ \t]+el|hasta[ \t]+el)[ \t]+(?:d[ií]a[ \t]+)?([1-9]|[12]\d|3[01])(?![\d/.\-:%,]?\d)(?![ \t]*(?:%|de(?![\p{L}])|h(?:s|oras?)?(?![\p{L}])|am|pm|€|\$))|(?<![\d./\-年月周第前后])([1-9]|[12]\d|3[01])[ \t]*[号日](?=[ \t]*(?:晚上?|早上?|上午|下午|中午|之?前|以前|当天))|(?<![\p{L}])(?:by|before|until|till)[ \t]+the[ \t]+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\p{L}\p{N}])(?![ \t]+(?!(?:and|or|to|at|in|on|for|so|with|from|if|when|then|but|latest)(?![\p{L}]))\p{L})|(?<![\p{L}])(?:by|before|until|till|due)[ \t]+((?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]+(?:the[ \t]+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\p{L}\p{N}])(?![ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)/iu;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Whether `Thursday` (DAY_OF_MONTH_DUE [4]) is the weekday of the date. */
function ordinalWeekdayHolds(weekday: string | undefined, date: { year: number; month: number; day: number }): boolean {
  if (weekday === undefined) return true;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAY_NAMES[day] === weekday.toLowerCase();
}

/**
 * The actions with each due date written without its year in the year nearest the document's date, or in
 * a log of meetings nearest the date of the dated section it is in (headingDates.ts).
 */
function nearDues(actions: ActionItem[], opts: ActionOptions): ActionItem[] {
  const near = opts.near;
  const dated = opts.dated ?? [];
  if (!near && dated.length === 0) return actions;
  return actions.map((a) => {
    const date = a.due?.date && nearSectionDate(a.due.date, a.due.token, sectionDateAt(dated, a.start) ?? near);
    return a.due && date && date !== a.due.date ? completedBy(a, a.owners, { ...a.due, date }) : a;
  });
}

/**
 * What the whole document says about its actions, read from its text: who was there, and the
 * tasks its tables hand out. The chunk-local checks (analyze.ts) get the whole document's, put
 * together from its chunks' parts (actionContextPart), so that an edit reads its chunk again only.
 */
export interface ActionContext {
  /** What the items' reading depends on: changes when the roster or a handed-out task does. */
  readonly key: string;
  readonly roster?: Roster;
  /** Tasks handed out in tables, by task (assignmentKey): owners' names and the due cell's text. */
  readonly tasks: ReadonlyMap<string, { readonly owners: readonly string[]; readonly dueText?: string }>;
  /** Whom an e-mail is written to (`Hi Blessing,`, `**To:** David Graham`): the reader its next steps ask. */
  readonly addressee?: string;
  /**
   * Open rows that a later row of the same owner records as done (closedKey): in a log of meetings kept in one
   * file, `| Draft \`plan.md\` | Ana | Pending |` in one meeting's table, `| Finish \`plan.md\` | Ana | Done |` in a
   * later one's. The task is not open any more.
   */
  readonly closed: ReadonlySet<string>;
  /**
   * The tables' open tasks, each table's as the files its rows quote (summaryKey): a list naming the same files,
   * one item each (`### Pending` under the table, `- The plan (\`plan.md\`)`), restates them; it is no second set of tasks.
   */
  readonly summaries: ReadonlySet<string>;
  /**
   * A log one person keeps of their own work, whose tasks are the writer's (writersLogMarks): `label` when a label
   * gives the writer actions (`Action items for me:`), `report` when the title names a weekly report and the
   * document names nobody present (minutes only: `# 项目周报（第 2 周）` over `## 下周计划`).
   */
  readonly writersLog?: 'label' | 'report';
}

export function actionContextOf(text: string, lines: LineIndex, attendees?: readonly string[]): ActionContext {
  return actionContextOfParts([actionContextPart(text, lines, CONTEXT_START)], attendees);
}

/**
 * Where the line-by-line reading of the context stands at a line start: inside a fence (its
 * marker), in the rows of a table that hands out tasks (its columns), under attendees headings
 * (the lowest depth of those still open). A text read in pieces carries it from one to the next.
 */
export interface ContextState {
  readonly fence?: string;
  readonly table?: TaskColumns;
  readonly attendeeDepth?: number;
}
/** The columns of a table that hands out tasks. */
interface TaskColumns {
  readonly owner: number;
  readonly due: number;
  readonly action: number;
  readonly status: number;
  readonly done: number;
}
export const CONTEXT_START: ContextState = {};

/** A table row that hands out a task, as read (the rows for one task are merged by mergeAssignments). */
interface AssignmentRow extends Assignment {
  readonly key: string;
  /** The owner cell's key (assignmentKey). */
  readonly who: string;
  /** Whether the row says its task is done (isDoneRow). */
  readonly done: boolean;
  /** The files and names its task cell quotes as code (`WBS.md`), folded: what a later row or a summary names it by. */
  readonly marks: readonly string[];
  /** Whether it opens its table (not a row of a table going on from the piece before). */
  readonly first: boolean;
}

/** What a piece of a text (a chunk, read from a line start) adds to the context, and the state after it. */
export interface ActionContextPart {
  readonly rows: readonly AssignmentRow[];
  /** Roster entries: list items and first table cells under attendees headings. */
  readonly entries: readonly string[];
  readonly exit: ContextState;
  /** Its rows and entries as text: parts with the same signature add the same to the context. */
  readonly signature: string;
}

/** The part of `text` (a piece starting at a line start, in `entry` state; `lines` its line index). */
export function actionContextPart(text: string, lines: LineIndex, entry: ContextState): ActionContextPart {
  const tables = assignmentRows(text, lines, entry);
  const roster = rosterEntries(text, entry.attendeeDepth);
  const rows = tables.rows;
  const entries = roster.entries;
  const signature =
    rows.length === 0 && entries.length === 0
      ? ''
      : JSON.stringify([
          rows.map((r) => [r.key, r.owners.map((o) => o.name), r.dueCell?.text, r.done, r.marks, r.first]),
          entries,
        ]);
  return {
    rows,
    entries,
    exit: { fence: tables.fence, table: tables.table, attendeeDepth: roster.depth },
    signature,
  };
}

/** The context of a text from the parts of its pieces, in order, and the front matter's `attendees:`. */
export function actionContextOfParts(
  parts: readonly ActionContextPart[],
  attendees?: readonly string[],
): ActionContext {
  const all: string[] = [...(attendees ?? [])];
  const addressees: string[] = [];
  const writer = new Set<string>();
  for (const p of parts)
    for (const e of p.entries)
      if (e.startsWith(WRITER)) writer.add(e[1]);
      else (e.startsWith(ADDRESSEE) ? addressees : all).push(e);
  const entries = speakersKept(all);
  // (The greeting's name before the `To:` line's: `To: blessing@…` then `Hi Blessing,`.)
  const greeted = addressees.find((a) => a[1] === 'g') ?? addressees[0];
  const addressee = greeted?.slice(2);
  const roster = entries.length ? makeRoster(entries) : undefined;
  const tasks = new Map<string, { owners: string[]; dueText?: string }>();
  for (const [key, row] of mergeAssignments(parts.map((p) => p.rows)))
    tasks.set(key, { owners: row.owners.map((o) => o.name), dueText: row.dueCell?.text });
  const { closed, summaries } = closedAndSummaries(parts);
  // A weekly report naming nobody present (no attendees, no speakers, written to nobody) is its writer's own.
  const writersLog = writer.has('m') ? 'label' : writer.has('r') && !all.length && !addressee ? 'report' : undefined;
  const key = `${writersLog ? `~${writersLog}` : ''}${roster?.key ?? ''}#${[...tasks].map(([k, t]) => `${k}=${t.owners.join(',')}@${t.dueText ?? ''}`).join(';')}${addressee ? `>${addressee}` : ''}${closed.size ? `#closed:${[...closed].join(';')}` : ''}${summaries.size ? `#summaries:${[...summaries].join(';')}` : ''}`;
  return { key, roster, tasks, addressee, closed, summaries, writersLog };
}

/** The key of an open row that a later row closes: its task's and its owner's keys (assignmentKey). */
export function closedKey(task: string, owner: string): string {
  return `${assignmentKey(task)}\u0001${assignmentKey(owner)}`;
}

/** The key of a table's open tasks, or of a list restating them: the file each quotes first, in order. */
export function summaryKey(marks: readonly string[]): string {
  return [...marks].sort().join('\u0001');
}

/**
 * The rows in order: an open row (`| Draft \`plan.md\` | Ana | 15/09 | Pending |`) is closed by a later done row of
 * the same owner naming the same task (the same words, or a file both quote: `| Finish \`plan.md\` | Ana | Done |`).
 * And each table whose open rows all quote a file, as a summary key.
 */
function closedAndSummaries(parts: readonly ActionContextPart[]): { closed: Set<string>; summaries: Set<string> } {
  const closed = new Set<string>();
  const summaries = new Set<string>();
  /** Open rows not yet closed, by owner and task (`k`) or owner and quoted file (`m`). */
  const open = new Map<string, string[]>();
  let table: string[] | undefined = [];
  const endTable = () => {
    if (table?.length) summaries.add(summaryKey(table));
    table = [];
  };
  for (const p of parts)
    for (const row of p.rows) {
      if (row.first) endTable();
      if (!row.done) {
        if (table) table = row.marks.length ? [...table, row.marks[0]] : undefined;
        if (!row.who) continue;
        const k = `${row.key}\u0001${row.who}`;
        for (const at of [`k${k}`, ...row.marks.map((m) => `m${m}\u0001${row.who}`)]) {
          const was = open.get(at);
          if (was) was.push(k);
          else open.set(at, [k]);
        }
        continue;
      }
      if (!row.who) continue;
      for (const at of [`k${row.key}\u0001${row.who}`, ...row.marks.map((m) => `m${m}\u0001${row.who}`)]) {
        for (const k of open.get(at) ?? []) closed.add(k);
        open.delete(at);
      }
    }
  endTable();
  return { closed, summaries };
}

// ---------------------------------------------------------------------------
// What the rest of the document says about the actions: who was there (the
// roster), and a table that hands out the listed tasks (`| Tarea | Responsable |`
// under `### Reparto`, after the list of tasks). Read from the source text line
// by line, so the full analysis and the workspace scan (scan.ts) agree.

// (`### Lista de asistentes`, `## List of attendees`: the list of them, as a heading.)
const ATTENDEE_HEADING = new RegExp(
  String.raw`^ {0,3}(#{1,6})[ \t]+(?:${PICTOGRAM}[ \t]*)*(?:\*\*|__)?[ \t]*(?:\d+[.)][ \t]*)?(?:(?:list[ \t]+of|lista[ \t]+de)[ \t]+)?(?:attendees?|attendance|attended[ \t]+by|roll[ \t]+call|participants?|present|members|people|asistentes|asistencia|participantes|miembros|integrantes|convocados|参会人员|参会人|与会人员|与会者|出席人员|出席)(?![\p{L}\p{N}_])`,
  'imu',
);

/** What separates the people of one roster line: `Richard, Abby, KV and Dann`, `Ana y Luis`. */
// (`Sergio Monsalve · Juan Ortiz`: a middle dot between names, as a separator.)
const ROSTER_SEPARATOR = /[,;，、]|[ \t]+(?:and|y|&|[·•])[ \t]+/u;
/** Emoji and what joins them (`👩‍💻`, `⚙️`): decoration before a name. */
const PICTOGRAMS = new RegExp(PICTOGRAM, 'gu');
const LEADING_PICTOGRAMS = new RegExp(String.raw`^(?:${PICTOGRAM}[ \t]*)+`, 'u');
/** A status pictogram (`🕒`) or an empty box written without its space (`[]`) leading an item. */
const LEADING_ITEM_PICTOGRAMS = new RegExp(
  String.raw`^[ \t]*(?:\[\](?=[ \t])|${PICTOGRAM})(?:[ \t]*${PICTOGRAM})*`,
  'u',
);
const ATTENDEE_WORDS = String.raw`(?:attendees?|attendance|(?:in[ \t]+)?attend[ae]nce|attending|participants?|present|asistentes|participantes|convocados|参会人员|参会人|与会人员|与会者|出席人员|出席)`;
/** Whether a text has an attendees label line (ATTENDEE_LABEL_LINE); a cheap test first. */
const ATTENDEE_LABEL = new RegExp(String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?${ATTENDEE_WORDS}`, 'imu');
/**
 * `**Attendees (Name, Role):**` alone ([1] empty), or `- Present: Ana Ruiz, Ben Ode`, `Attending the meeting: Adam,
 * April, Bill` ([1] the names).
 */
const ATTENDEE_LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?${ATTENDEE_WORDS}(?:[ \t]+(?:the[ \t]+|la[ \t]+)?(?:meeting|call|reuni[oó]n))?[ \t]*(?:(?:[(（][^()（）\n]{0,30}[)）])[ \t]*)?(?:(?:\*\*|__)[ \t]*)?[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?([^\n]*?)[ \t]*$`,
  'iu',
);
/** The depth an attendees label opens: deeper than any heading, so that every heading ends it. */
const LABEL_DEPTH = 7;

/** The ATX heading on a line: its depth; 0 when none. */
function headingDepth(line: string): number {
  const m = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  return m ? m[1].length : 0;
}

/** The cells of a table row written `| a | b |`, as words (or, with `words` false, as written). */
function tableCells(row: string, words = true): string[] {
  let r = row.trim();
  if (r.startsWith('|')) r = r.slice(1);
  if (r.endsWith('|') && !r.endsWith('\\|')) r = r.slice(0, -1);
  const cells = r.includes('\\') ? r.split(/(?<!\\)\|/) : r.split('|');
  return words ? cells.map((c) => inlineWords(c)) : cells;
}

/** A cell's or item's words without inline marks (`**Ana**`, `[Ana](mailto:…)`). */
function inlineWords(s: string): string {
  // Each pass only where its mark is: this runs on every cell of every table of every document indexed.
  if (s.includes('](')) s = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (EMPHASIS.test(s)) s = s.replace(/(\*\*|__|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2');
  return s.trim();
}
const EMPHASIS = /[*_`]/;

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * The document's roster: `attendees:` from the front matter, and the list items and first table column
 * under an attendees heading. Undefined when the document names nobody.
 */
export function rosterOf(text: string, attendees?: readonly string[]): Roster | undefined {
  const entries = speakersKept([
    ...(attendees ?? []),
    ...rosterEntries(text, undefined).entries.filter((e) => !e.startsWith(WRITER)),
  ]);
  return entries.length ? makeRoster(entries) : undefined;
}

/**
 * The roster entries of `text` (from a line start; `depth`: the lowest depth of the attendees headings
 * open there): list items and first table cells under an attendees heading, up to the next heading of
 * the same or a higher level; and the lowest depth of those open at its end.
 */
function rosterEntries(text: string, depth: number | undefined): { entries: string[]; depth?: number } {
  const entries: string[] = [...speakerTurns(text), ...addresseesIn(text), ...writersLogMarks(text)];
  if (depth === undefined && !ATTENDEE_HEADING.test(text) && !ATTENDEE_LABEL.test(text)) return { entries };
  const lines = text.split('\n');
  let open = depth;
  for (let j = 0; j < lines.length; j++) {
    const d = headingDepth(lines[j]);
    if (d) {
      // A heading ends the attendees parts at its level and below, and may start one.
      if (open !== undefined && d <= open) open = undefined;
      if (open === undefined && ATTENDEE_HEADING.test(lines[j])) {
        open = d;
        entries.push(...headingNames(lines[j]));
      }
      continue;
    }
    // `**Attendees (Name, Role):**` over a list, or `**Present:** Ana Ruiz, Ben Ode` (LABEL_DEPTH: any
    // heading, or a line that is no item, ends the list).
    const label = ATTENDEE_LABEL_LINE.exec(lines[j]);
    if (label) {
      if (label[1]?.trim()) entries.push(...inlineWords(label[1]).split(ROSTER_SEPARATOR));
      else open = LABEL_DEPTH;
      continue;
    }
    if (open === LABEL_DEPTH && lines[j].trim() !== '' && !/^\s*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(lines[j])) {
      open = undefined;
      continue;
    }
    if (open === undefined) continue;
    const item = /^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/.exec(lines[j]);
    // (`* 👩‍💻 **Juana Tito Larico**`: the pictogram is decoration.)
    if (item) entries.push(...inlineWords(item[1].replace(PICTOGRAMS, '')).split(ROSTER_SEPARATOR));
    else if (/^\s*\|/.test(lines[j]) && !DELIMITER.test(lines[j]) && !DELIMITER.test(lines[j + 1] ?? ''))
      entries.push(tableCells(lines[j]).find((c) => c !== '' && !/^\d+$/.test(c)) ?? '');
    else entries.push(...namesLine(lines[j]));
  }
  return { entries, depth: open };
}

/**
 * `### Attendees: Omar, Priya`, `### Attendees [Omar, Priya, Lise]`: the names the attendees heading gives itself,
 * after its colon or in its brackets, each capitalised words and nothing else (`## Attendees (remote)` names none).
 */
function headingNames(line: string): string[] {
  const m = /^[^:：[(（\n]*?(?:[:：][ \t]*(.+?)|[[(（](.+?)[\])）][ \t]*[:：]?)[ \t#]*$/u.exec(line);
  const names = m?.[1] ?? m?.[2];
  if (!names || names.length > 400) return [];
  const parts = inlineWords(names)
    .split(ROSTER_SEPARATOR)
    .map((p) => p.trim());
  // (`### Attendees: None`, `### Attendees: All`, `### Attendees: TBD`: no names.)
  return (m?.[1] !== undefined || parts.length >= 2) &&
    parts.every((p) => NAME_OF_LINE.test(p) && !NOT_NAMES.has(fold(p.split(/[ \t]/)[0])))
    ? parts
    : [];
}

/** One name of a line of names: capitalised words, up to four (`Ana Ruiz`, `Jo van Dijk`). */
const NAME_OF_LINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3}$/u;

/** `Arushi, Joanna, Jamuna` as a line of its own under the attendees heading: two names or more, and nothing else. */
function namesLine(line: string): string[] {
  if (!/[,;，、]|[ \t]and[ \t]/u.test(line) || line.length > 400) return [];
  const parts = inlineWords(line)
    .split(ROSTER_SEPARATOR)
    .map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => NAME_OF_LINE.test(p)) ? parts : [];
}

/**
 * `jgraham: FYI, the patch landed`: minutes that record who said what open a line with the speaker's handle
 * and a colon. Each turn is a roster entry marked SPEAKER; a handle that opens two lines or more is one of
 * the people (speakersKept), so `jcscott - Do full runs` and `sam: to update it` name their owners. Words
 * that open labels (`note:`, `todo:`, `status:`) are no speakers.
 */
const SPEAKER_TURN =
  /^[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?(?:\*\*|__)?@?([a-z][a-z0-9_.-]{1,30}[a-z0-9_])(?:\*\*|__)?(?:(?:[ \t]*:|[ \t]+[-–—])[ \t]+\S|[ \t]*：[ \t]*\S|:(?=\p{Script=Han}))/gmu;
/**
 * `- @锅巴：` over what they reported, `- @小舒：学习…`: a Chinese name (a nickname too) written as a handle, leading
 * an item with a colon, is one of the people.
 */
const HAN_HANDLE_TURN = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?@(\p{Script=Han}{2,4})(?:\*\*|__)?[ \t]*[:：]/gmu;
const SPEAKER = '\u0001';

/**
 * An e-mail's reader: the name after a greeting alone on its line (`Hi Blessing,`, `Dear Ms Lee,`) or on its `To:`
 * line (`**To:** David Warwick Graham`; an address alone names no one). Marked ADDRESSEE, then `g` or `t`.
 */
const ADDRESSEE = '\u0002';
const GREETING_LINE =
  /^[ \t]*(?:hi|hello|hey|dear)[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*[,!:][ \t]*$/gimu;
const TO_LINE =
  /^[ \t]*(?:\*\*|__)?to[ \t]*(?:[:：][ \t]*(?:\*\*|__)?|(?:\*\*|__)[ \t]*[:：])[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*(?:<[^>\n]*>)?[ \t]*$/gimu;
/**
 * Signs of a log one person keeps of their own work (WRITER, then `m` or `r`): a label of the writer's own actions
 * (`Action items for me:`: `m`), or a title naming a weekly report, not a meeting (`# 项目周报（第 2 周）`,
 * `# Weekly report`: `r`). See ActionContext.writersLog.
 */
export function writersLogMarks(text: string): string[] {
  const found: string[] = [];
  if (ACTIONS_FOR_ME.test(text)) found.push(`${WRITER}m`);
  if (REPORT_TITLE.test(text)) found.push(`${WRITER}r`);
  return found;
}
const WRITER = '\u0003';
const ACTIONS_FOR_ME =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:action[ \t]+items?|actions?|next[ \t]+steps|to-?dos?|tasks?|tareas|acciones|pr[oó]ximos[ \t]+pasos)[ \t]+(?:for|para)[ \t]+(?:me|myself|m[ií])(?:\*\*|__)?[ \t]*[:：]/imu;
const REPORT_TITLE =
  /^#[ \t]+(?![^\n]*(?:会议|例会|组会|meeting|reuni[oó]n|call|sync))[^\n]*(?:周报|周记|weekly[ \t]+report|informe[ \t]+semanal)/imu;
function addresseesIn(text: string): string[] {
  const found: string[] = [];
  if (/^[ \t]*(?:hi|hello|hey|dear)[ \t]/imu.test(text))
    for (const m of text.matchAll(GREETING_LINE)) found.push(`${ADDRESSEE}g${m[1]}`);
  if (/^[ \t]*(?:\*\*|__)?to[ \t]*(?:\*\*|__)?[ \t]*[:：]/imu.test(text))
    for (const m of text.matchAll(TO_LINE)) found.push(`${ADDRESSEE}t${m[1]}`);
  return found;
}
const NOT_SPEAKERS = new Set(
  'note notes todo todos fyi recap agenda status update updates action actions decision decisions summary context background question questions answer answers example examples result results outcome outcomes owner owners due when where what why how who link links source sources ref refs see cc bcc re fwd subject date time location venue attendees present absent minutes topic topics comment comments proposal proposals idea ideas pros cons problem problems solution solutions goal goals objective objectives tldr tl nb ps edit eta tbd wip https http mailto ftp file files step steps next prev previous current pr prs issue issues bug bugs fix fixes feat chore doc docs test tests build ci release releases version branch commit merge error errors warning warnings info debug log logs output input type name value key default optional required usage discussion discussed conclusion conclusions resolution resolved notice warning caution tip important reason reasons why nota notas tema temas acuerdo acuerdos pendiente pendientes objetivo resultado'.split(
    ' ',
  ),
);
function speakerTurns(text: string): string[] {
  const fullWidth = text.includes('：');
  if (!text.includes(':') && !fullWidth && !text.includes(' - ') && !text.includes('—') && !text.includes('–'))
    return [];
  const found: string[] = [];
  for (const m of text.matchAll(SPEAKER_TURN)) {
    const h = m[1];
    if (!NOT_SPEAKERS.has(h) && !NOT_NAMES.has(h) && !BRACKET_WORDS.has(h) && !BEFORE_TO.has(h))
      found.push(SPEAKER + h);
  }
  if (text.includes('@'))
    for (const m of text.matchAll(HAN_HANDLE_TURN)) if (!HAN_NOT_NAMES.test(m[1])) found.push(`@${m[1]}`);
  return found;
}
/** The roster entries with the speakers that open two lines or more (see SPEAKER_TURN), unmarked. */
function speakersKept(entries: readonly string[]): string[] {
  const turns = new Map<string, number>();
  for (const e of entries) if (e.startsWith(SPEAKER)) turns.set(e, (turns.get(e) ?? 0) + 1);
  if (turns.size === 0) return [...entries];
  const kept: string[] = [];
  for (const e of entries)
    if (!e.startsWith(SPEAKER)) kept.push(e);
    else if (turns.get(e)! >= 2) {
      kept.push(e.slice(1));
      turns.set(e, 0);
    }
  return kept;
}

/** A table row that hands out a task: its owners (with their offsets in the text) and due date cell. */
export interface Assignment {
  readonly owners: readonly Owner[];
  readonly dueCell?: { readonly text: string; readonly at: number };
}

/** How a task is matched between the list and the table: its first line's letters and digits, folded. */
export function assignmentKey(task: string): string {
  let key = TASK_KEYS.get(task);
  if (key === undefined) {
    key = detached(
      fold(inlineWords(task))
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    );
    if (TASK_KEYS.size >= MEMO_ENTRIES) TASK_KEYS.clear();
    if (task.length <= 500) TASK_KEYS.set(detached(task), key);
  }
  return key;
}
/**
 * `Legal: Finalize CLA` in the notes, `| Legal | Finalize CLA | Jan 15 |` in the summary table: the task's key
 * without the owner's label leading it (the label one of the item's owners), to match the table's task cell.
 */
export function ownerLabelledTaskKey(firstLine: string, ownerNames: readonly string[]): string | undefined {
  if (ownerNames.length === 0) return undefined;
  const m = /^[ \t*_]*([^:：\n]{1,40}?)[ \t*_]*[:：][ \t*_]*(?=\S)/u.exec(firstLine);
  if (!m) return undefined;
  const label = assignmentKey(m[1]);
  if (!label || !ownerNames.some((n) => assignmentKey(n) === label)) return undefined;
  return assignmentKey(firstLine.slice(m[0].length)) || undefined;
}
/** Keys of tasks already read: the same tasks recur across a workspace's reports and minutes. */
const TASK_KEYS = new Map<string, string>();

/**
 * Tables with a task column and an owner column (`| # | Tarea | Responsable |`), wherever they are: their
 * rows, by task. Real actas list the tasks, then hand them out in such a table under a heading of its own.
 * The first row for a task counts (a later one adds the date it lacks).
 */
export function assignmentTables(text: string, lines: LineIndex): Map<string, Assignment> {
  return mergeAssignments([assignmentRows(text, lines, CONTEXT_START, false).rows]);
}

/** The rows for each task, in order: the first row for a task counts; a later one only adds the date the first has not. */
function mergeAssignments(pieces: readonly (readonly AssignmentRow[])[]): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const rows of pieces)
    for (const row of rows) {
      const was = out.get(row.key);
      if (was && (was.dueCell || !row.dueCell)) continue;
      out.set(
        row.key,
        was ? { owners: was.owners, dueCell: row.dueCell } : { owners: row.owners, dueCell: row.dueCell },
      );
    }
  return out;
}

const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The rows that hand out tasks in `text` (from a line start, in `entry` state), with offsets in it, and
 * where the reading stands at its end: in a fence, or in a table whose rows may go on after it. `full`: each
 * row's owner key, done state and code marks too (mergeAssignments keeps only the owners and the due cell).
 */
function assignmentRows(
  text: string,
  lines: LineIndex,
  entry: ContextState,
  full = true,
): { rows: AssignmentRow[]; fence?: string; table?: TaskColumns } {
  const rows: AssignmentRow[] = [];
  let fence = entry.fence;
  let l = 0;
  if (entry.table) {
    // The rows of a table from the piece before go on here.
    const r = tableRows(lines, 0, entry.table, rows, false, full);
    if (r >= lines.lineCount - 1 && lines.lineText(lines.lineCount - 1) === '') return { rows, table: entry.table };
    l = r;
  } else if (!text.includes('|')) {
    // No table: only where fences open and close matters to the pieces after.
    if (text.includes('```') || text.includes('~~~'))
      for (let k = 0; k + 1 < lines.lineCount; k++) fence = fenceAfter(fence, lines.lineText(k));
    return { rows, fence };
  }
  for (; l + 1 < lines.lineCount; l++) {
    // Only a line that starts (after spaces) with a fence or a pipe matters: the others are passed over
    // without being cut out of the text (a long document has tens of thousands of them).
    let k = lines.lineStart(l);
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    const c = text[k];
    if (c !== '`' && c !== '~' && c !== '|' && !(c !== undefined && /\s/.test(c))) continue;
    const t = lines.lineText(l);
    const f = FENCE_LINE.exec(t);
    if (fence) {
      if (f && f[1][0] === fence[0]) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (!/^\s*\|/.test(t) || !DELIMITER.test(lines.lineText(l + 1)) || !lines.lineText(l + 1).includes('-')) continue;
    const header = tableCells(t);
    const owner = findColumn(header, OWNER_COLUMNS);
    if (owner < 0) continue;
    const due = findColumn(header, DUE_COLUMNS);
    const action = actionColumn(
      header,
      owner,
      due,
      findColumn(header, STATUS_COLUMNS),
      findColumn(header, JOB_COLUMNS),
    );
    if (action < 0) continue;
    const columns = {
      owner,
      due,
      action,
      status: findColumn(header, STATUS_COLUMNS),
      done: findColumn(header, DONE_COLUMNS),
    };
    const r = tableRows(lines, l + 2, columns, rows, true, full);
    // The rows ran to the end of the piece: they may go on in the next one (its heading line, if it has a `|`).
    if (r >= lines.lineCount - 1 && lines.lineText(lines.lineCount - 1) === '') return { rows, table: columns };
    l = r - 1;
  }
  return { rows, fence };
}

/** A file or name quoted as code in a task (`` `WBS.md` ``): [1] its text. */
const CODE_MARK = /`([^`\n]{2,80})`/g;

/** A code quote as a mark: the file it names, if it names one (`Update README.md`: `readme.md`), folded. */
function codeMark(quoted: string): string {
  const file = /(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_-][\p{L}\p{N}_.-]*\.\p{L}{1,5}(?![\p{L}\p{N}_])/u.exec(quoted);
  return fold((file ? file[0] : quoted).trim());
}

/** The fence state after a line (as assignmentRows reads it). */
function fenceAfter(fence: string | undefined, line: string): string | undefined {
  const f = FENCE_LINE.exec(line);
  if (fence) return f && f[1][0] === fence[0] ? undefined : fence;
  return f ? f[1] : undefined;
}

/** Reads a table's rows from line `r` on into `rows`; returns the first line after them. `full`: see assignmentRows. */
function tableRows(
  lines: LineIndex,
  r: number,
  columns: TaskColumns,
  rows: AssignmentRow[],
  opens: boolean,
  full: boolean,
): number {
  const { owner, due, action } = columns;
  let first = opens;
  for (; r < lines.lineCount && lines.lineText(r).includes('|') && lines.lineText(r).trim() !== ''; r++) {
    const raw = lines.lineText(r);
    // The cells read as words only where they are used (the owner, task and due columns).
    const rawCells = tableCells(raw, false);
    const cell = (i: number) => (rawCells[i] === undefined ? undefined : inlineWords(rawCells[i]));
    const who = cell(owner) ?? '';
    if (!who) continue;
    const key = assignmentKey(cell(action) ?? '');
    if (!key || isBlankOwner(who)) continue;
    const rowStart = lines.lineStart(r);
    const names = who
      .split(/[ \t]*[,;，、/][ \t]*/u)
      .map((n) => trimName(n.replace(/^@/, '')))
      .filter(Boolean);
    const owners = names.map((n) => {
      const i = raw.indexOf(n);
      return { name: n, start: rowStart + Math.max(0, i), end: rowStart + Math.max(0, i) + n.length };
    });
    const d = due >= 0 ? cell(due) : undefined;
    const dueCell = d ? { text: d, at: rowStart + Math.max(0, raw.indexOf(d)) } : undefined;
    if (!full) {
      rows.push({ key, owners, dueCell, who: '', done: false, marks: [], first });
      first = false;
      continue;
    }
    const words = rawCells.map((c) => inlineWords(c));
    const done = isDoneRow(words, columns.status, columns.done, due, action);
    const marks = [...(rawCells[action] ?? '').matchAll(CODE_MARK)].map((m) => codeMark(m[1]));
    rows.push({ key, owners, dueCell, who: assignmentKey(who), done, marks, first });
    first = false;
  }
  return r;
}

/** A task with the owners and due date the same task has elsewhere in the document. */
function completedBy(a: ActionItem, owners: readonly Owner[], due: Due | undefined): ActionItem {
  return {
    section: a.section,
    kind: a.kind,
    text: a.text,
    start: a.start,
    end: a.end,
    done: a.done,
    owners,
    ownerNames: owners.map((o) => o.name),
    due,
    dueWithoutDate: a.dueWithoutDate && !due,
    job: a.job,
    ownerInsert: a.ownerInsert,
    dueInsert: a.dueInsert,
  };
}
