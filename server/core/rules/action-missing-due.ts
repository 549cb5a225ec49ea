/** action-missing-due: one rule, whole (check, fix, messages, reference). */
import { dueLabel, relativeDeadline, saysDayFromMeeting } from '../actionMarks';
import { headingSource } from '../document';
import { q, clip } from '../l10n';
import { DATE_PLACEHOLDER, DUE_PLACEHOLDER } from '../placeholders';
import { short, open } from './common/openActions';
import { minutes } from './common/examples';
import { typesWithSection } from './common/sections';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';
import type { Lang } from '../catalog/schema';

interface Params {
  action: string;
  /** The day counted from the meeting's the task gives instead of a date (`Sunday`, `next week`), if any. */
  relative?: string;
  /** What a due label holds that is no date (`fecha límite: pronto`, `due: TBC`), as written. */
  unreadable?: string;
  /** The document's language, when the due label it should get is another language's than the message's. */
  docLang?: Lang;
  /** A table row whose due cell is empty: the date alone goes in the cell, no label. */
  cell?: boolean;
}

/** The due label each language's message shows by default. */
const DUE_IN_MESSAGE: Readonly<Record<Lang, string>> = {
  en: 'due YYYY-MM-DD',
  zh: '截止 YYYY-MM-DD',
  es: 'fecha límite: AAAA-MM-DD',
};

/** The due label to write, as the message shows it: the document's own (`截止：…` in a Chinese one) when it differs. */
function dueForm(messageLang: Lang, p: Params): string {
  if (p.cell) return messageLang === 'es' ? 'AAAA-MM-DD' : 'YYYY-MM-DD';
  return p.docLang && p.docLang !== messageLang ? DUE_PLACEHOLDER[p.docLang] : DUE_IN_MESSAGE[messageLang];
}

/** Titles of its quick fixes. */
const TITLES = {
  addDue: {
    en: () => 'Add a due date',
    zh: () => '添加截止日期',
    es: () => 'Añadir fecha límite',
  },
};

function addDueFix(finding: Finding, ctx: FixContext): Fix[] {
  const at = finding.data.insertAt;
  if (at === undefined) return [];
  // (After an empty due label, the date alone: the label is there already.)
  const spaced = /\s/u.test(ctx.doc.source.slice(at - 1, at)) ? '' : ' ';
  const text =
    finding.data.intoEmptyCell || finding.data.emptyValue
      ? spaced + DATE_PLACEHOLDER
      : ' ' + DUE_PLACEHOLDER[ctx.doc.lang];
  return [
    { title: TITLES.addDue[ctx.options.locale](), edits: [{ start: at, end: at, newText: text }], isPreferred: true },
  ];
}

/** The task's words before its due label (`Lola revisa el guion — fecha límite: por confirmar` → the task alone). */
function beforeLabel(text: string): string {
  const label = dueLabel(text);
  const before = label ? text.slice(0, label.start).replace(/[\s,，;；:：|—–(（*_-]+$/u, '') : text;
  return before || text;
}

export default defineRule({
  id: 'action-missing-due',
  severity: 'error',
  appliesTo: typesWithSection('actions'),
  check(ctx: RuleContext<Params>) {
    for (const a of open(ctx)) {
      // (`次日输出方案`, `by tomorrow`: the day is the meeting's next, a deadline the reader can date.)
      if (a.due || saysDayFromMeeting(a.text)) continue;
      // `| Logo | Sunday | Ana |`, `by Friday`: a deadline the writer gave, but no date a later reader can find.
      // (`### Action Items by Thursday 10pm`: the heading gives the tasks under it that day, no date either.)
      const relative =
        relativeDeadline(ctx.doc.source.slice(a.start, a.end)) ??
        (a.section.def.kind === 'actions' ? relativeDeadline(headingSource(ctx.doc, a.section.heading)) : undefined);
      // `fecha límite: pronto`, `Deadline: TBC`: the item has its due label; the fix adds no second one, and the
      // message names what the label holds. An empty label gets the date after it.
      const label =
        a.kind === 'list' && a.dueInsert.at > a.start
          ? dueLabel(ctx.doc.source.slice(a.start, a.dueInsert.at))
          : undefined;
      const unreadable = !relative && label?.value ? label.value : undefined;
      const docLang = ctx.doc.lang;
      const params: Params = relative
        ? { action: short(a.text), relative, docLang }
        : unreadable
          ? { action: short(beforeLabel(a.text)), unreadable }
          : a.dueInsert.intoEmptyCell
            ? { action: short(a.text), cell: true }
            : { action: short(a.text), docLang };
      ctx.report(a.start, a.end, params, {
        section: a.section.def.id,
        insertAt: !label ? a.dueInsert.at : label.value ? undefined : a.start + label.end,
        intoEmptyCell: a.dueInsert.intoEmptyCell,
        emptyValue: label !== undefined && !label.value,
      });
    }
  },
  fix: addDueFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.unreadable && clip(p.action)
        ? `${q.en(clip(p.unreadable))} cannot be read as a date: write the deadline of ${q.en(clip(p.action))} as one (YYYY-MM-DD).`
        : p.relative && clip(p.action)
          ? `${q.en(p.relative)} is not a date: write the deadline of ${q.en(clip(p.action))} as one (${dueForm('en', p)}), so that whoever reads it later knows the day.`
          : p.cell
            ? `Every next action needs a deadline: write the date (${dueForm('en', p)}) in the due cell of ${clip(p.action) ? q.en(clip(p.action)) : 'this one'}.`
            : clip(p.action)
              ? `Every next action needs a deadline: add a due date (${dueForm('en', p)}) to ${q.en(clip(p.action))}.`
              : `Every next action needs a deadline: add a due date (${dueForm('en', p)}) to this one.`,
    zh: (p) =>
      p.unreadable && clip(p.action)
        ? `${q.zh(clip(p.unreadable))}无法识别为日期：请把${q.zh(clip(p.action))}的截止日期写成具体日期（YYYY-MM-DD）。`
        : p.relative && clip(p.action)
          ? `${q.zh(p.relative)}不是具体日期：请给${q.zh(clip(p.action))}写上截止日期（${dueForm('zh', p)}），日后查看的人才知道是哪一天。`
          : p.cell
            ? `每项后续行动都要有截止日期：请在${clip(p.action) ? q.zh(clip(p.action)) : '这一项'}所在行的截止日期栏填上日期（${dueForm('zh', p)}）。`
            : clip(p.action)
              ? `每项后续行动都要有截止日期：请给${q.zh(clip(p.action))}写上截止日期（${dueForm('zh', p)}）。`
              : `每项后续行动都要有截止日期：请给这一项写上截止日期（${dueForm('zh', p)}）。`,
    es: (p) =>
      p.unreadable && clip(p.action)
        ? `${q.es(clip(p.unreadable))} no se puede leer como fecha: escribe la fecha límite de ${q.es(clip(p.action))} como una (AAAA-MM-DD).`
        : p.relative && clip(p.action)
          ? `${q.es(p.relative)} no es una fecha: escribe la fecha límite de ${q.es(clip(p.action))} (${dueForm('es', p)}), para que quien lo lea después sepa qué día es.`
          : p.cell
            ? `Cada próximo paso necesita una fecha límite: escríbela (${dueForm('es', p)}) en la celda de fecha de ${clip(p.action) ? q.es(clip(p.action)) : 'este'}.`
            : clip(p.action)
              ? `Cada próximo paso necesita una fecha límite: añádela a ${q.es(clip(p.action))} (${dueForm('es', p)}).`
              : `Cada próximo paso necesita una fecha límite: añádela a este (${dueForm('es', p)}).`,
  },
  doc: {
    title: { en: 'Action without a due date', zh: '行动项没有截止日期', es: 'Tarea sin fecha límite' },
    description: {
      en: 'Every next action needs a deadline the client and the team agreed on. Add `due YYYY-MM-DD` to the item (or fill the Due column of the table). One deadline for a whole list counts for each of its tasks when the heading or the line leading into the list says so (`## Action items (due 2026-11-30)`, `To do by 28 Nov:`, `## Action Items (Due by next sprint: February 17th)`), or names the day the list is for beside its date (`## Tasks for tomorrow (Nov 28)`); a date there that only names the meeting (`Actions from the 20 Nov call`) does not. So does a heading of its own after the tasks that holds one date alone (`#### DDL` over `5月14日会议前`, `### 关键节点` over `- 任务截止日期：12月7日`): it is the deadline of the tasks before it under the same heading above. A bracketed label dates an item too (`[due] 31 March 2024`), and so does its day in bold leading it (`**April 27th:** Rehearse the pitch`). A row whose status cell logs each change after its day (`20260706:open 20260720:close`) is as its last status says. The rows of a table with an owner column under a heading naming the decisions and the commitments (`## Acuerdos y compromisos`) are tasks too, and so are the fixes to make next (`## Next fixes`); under such a heading (`## Decisions & Action Items`), so is a line led by a verb of work after its number or its topic’s label (`i. Review the rate-limit notes`, `**Escalado:** Revisar …`), or asking for more talk (`ii. Further discussion on the fees`), and a label alone over such steps (`**Actualización del diagrama:**` over `- Agregar el flujo …`) is one task; its sub-headings naming a part of the work and who carries it in brackets (`##### Frontend (Marta)`, `##### DevOps` beside them) make the items under them tasks, that person’s, a point still in doubt aside (`Animaciones (?)`). In a log of meetings kept in one file, a row that a later meeting’s table records as done by the same owner (the same task, or a file both quote: `Draft plan.md`, then `Finish plan.md | Ana | Done`) is no longer open; a list restating the open rows of one table, one item for each file they quote (`### Pending` under the table), is no second set of tasks, and `None (…)` is none. A day counted from the meeting’s own (`by tomorrow`, `by end of day`, `next week`, `by Friday`) is not a date: write the date (the message names the day it found: `“Sunday” is not a date`); so is a weekday the actions heading gives them all (`### Action Items by Thursday 10pm`), and a deadline cell saying how soon (`| ASAP |`, `| 1 Month |`). A heading written in HTML (`<h2>Week 11</h2>`) ends the actions as a Markdown heading does, and a label naming another part of the record (`Attendees:`, `What has been done:`) ends the lists a label of the actions opened. In Chinese tasks, a day written where the task’s clause starts, before the work (`次日排定优先级`, `今天完成升级`, `下周一完成`), is the time the work is planned for and counts as its deadline; a week (`本周内`) or `会后` does not. A task done at a meeting named by its day (`during the March 2 lab session`, `at the 4 March review`) is due that day, and so are the tasks under a heading giving the next meeting’s day (`Action items by next meeting: 10am Monday 6th July`). The next meeting’s time set among the actions (`Schedule next meeting: 4pm Tue 7th July`) is no task. In Chinese minutes, `下周工作：` over lines numbered `1、` lists next week’s tasks, each checked as a task (`下周` is not a date). A due label whose value is no date (`due: TBC`, `fecha límite: pronto`) is named in the message, and the fix adds no second label; an empty one gets the date after it. A table pasted as plain lines, its cells apart by tabs (`Tareas<TAB>Responsable` over `1. Incluir el campo<TAB>Programadora`), gives a task in each row; a month and a day in figures before 前 (`3-25号前整理需求`) is a date; `None, wait for the approval` is no task.',
      zh: '每项后续行动都要有双方认可的截止日期。请在该项里加上 `截止 YYYY-MM-DD`（或填写表格的截止日期栏）。标题或列表前的引导句写明整批任务的期限时（`## 待办事项（11月30日前）`），或写明清单所属的那一天及其日期（`## Acciones para mañana (22 jul)`），该期限算作其下每项任务的截止日期；只写会议日期的不算。项目开头加粗写出的日期标签（`**4月27日：** 彩排提案`）也算该项的截止日期。状态栏按日期记录每次变化（`20260706:open 20260720:close`）的行，以最后一条为准。任务之后单列一个标题、其下只写一个日期（`#### DDL` 下写 `5月14日会议前`，`### 关键节点` 下写 `- 任务截止日期：12月7日`），这个日期就是同一上级标题下、它之前各项任务的截止日期。标题同时写明决定与承诺（`## 决议与待办事项`、`## Acuerdos y compromisos`）时，其下带负责人栏的表格各行也是任务；这样的标题（`## Decisions & Action Items`）下，编号或议题标签之后以工作动词开头的一行（`i. Review the rate-limit notes`、`**Escalado:** Revisar …`）或要求继续讨论的一行（`ii. Further discussion on the fees`）也是任务，单独一个标签、其下各步都以工作动词开头的（`**Actualización del diagrama:**` 下的 `- Agregar el flujo …`），算一项任务；其下写明工作部分、括号里写负责人的小标题（`##### Frontend (Marta)`，以及并列的 `##### DevOps`）下的各项都是任务，归括号里的人，仍存疑的一项（`Animaciones (?)`）除外。一个文件里按次记下的多次会议中，某行任务若在后一次会议的表格里由同一负责人记为已完成（同一任务，或两行引用同一文件：`起草 plan.md`，之后 `完成 plan.md | 王芳 | 已完成`），就不再算未完成；逐条按所引用文件复述某张表未完成各行的列表（表格下的 `### 待办`）不算另一批任务，`无（…）` 也不算任务。分句开头、写在工作之前的某一天（`次日排定优先级`、`今天完成升级`、`明天白天输出视频`、`下周一完成`）可由会议日期推出，算作截止日期；`本周内`（一周）、`会后`、`尽快`不算；表格截止栏或“截止”后只写星期几、下周之类时，提示会指出这个词（`「周日」不是具体日期`）；行动项标题只给出星期几时（`### Action Items by Thursday 10pm`），其下各项同样没有日期，截止栏只写多快完成的（`| ASAP |`、`| 1 Month |`）也一样。用 HTML 写的标题（`<h2>Week 11</h2>`）与 Markdown 标题一样结束行动项；指明会议记录其他部分的标签（`Attendees:`、`What has been done:`）结束行动项标签开启的列表。在以日期指明的会议上完成的任务（`during the March 2 lab session`），截止日期就是那天；标题写明下次会议日期的（`Action items by next meeting: 10am Monday 6th July`），其下任务以那天为截止。行动项里定下的下次会议时间（`Schedule next meeting: 4pm Tue 7th July`）不是任务。中文纪要里 `下周工作：` 下按 `1、` 编号的各行是下周的任务，逐条检查（`下周`不是具体日期）。截止标签后写的不是日期时（`截止日期：待定`、`due: TBC`），提示会指出这个值，快速修复不会再加一个截止标签；标签后为空时，在其后填入日期。 以制表符分隔各格、作为普通文字粘贴的表格（`任务<TAB>负责人` 下的 `1. 增加字段<TAB>程序员`）每行是一项任务；前面是数字月日的 `前`（`3-25号前整理需求`）是日期；`None, wait for the approval`（没有任务，再说明原因）不是任务。',
      es: 'Cada próximo paso necesita una fecha límite acordada con el cliente y el equipo. Añade `fecha límite: AAAA-MM-DD` a la tarea (o rellena la columna Fecha de la tabla). Una fecha límite para toda una lista cuenta para cada tarea cuando el título o la línea que la introduce lo dice (`## Tareas (antes del 30 de noviembre)`) o nombra el día para el que es la lista junto a su fecha (`## Acciones para mañana (22 jul)`); una fecha que solo nombra la reunión (`Tareas del 20/11`) no. Su día en negrita al principio de la tarea (`**27 de abril:** ensayar la presentación`) también la fecha. Una fila cuyo estado anota cada cambio tras su día (`20260706:open 20260720:close`) está como dice el último. También cuenta un título propio tras las tareas con una sola fecha debajo (`#### Fecha límite` sobre `14 de mayo`): es la fecha límite de las tareas anteriores bajo el mismo título superior. Las filas de una tabla con columna Responsable bajo un título que nombra los acuerdos y los compromisos (`## Acuerdos y compromisos`) también son tareas, y lo son los arreglos por hacer (`## Próximos fixes`) y los `Próximos pasos inmediatos`; bajo un título así (`## Decisions & Action Items`), también una línea que empieza por un verbo de trabajo tras su número o la etiqueta de su tema (`i. Review the rate-limit notes`, `**Escalado:** Revisar …`), o que pide seguir hablando de algo (`ii. Further discussion on the fees`), y una etiqueta sola sobre pasos así (`**Actualización del diagrama:**` sobre `- Agregar el flujo …`) es una tarea; bajo sus subtítulos que nombran una parte del trabajo y, entre paréntesis, quién la lleva (`##### Frontend (Marta)`, y a su lado `##### DevOps`), cada punto es una tarea de esa persona, salvo uno aún en duda (`Animaciones (?)`). En un registro de reuniones llevado en un solo archivo, una fila que la tabla de una reunión posterior da por hecha, del mismo responsable (la misma tarea, o un archivo que citan las dos: `Redactar plan.md`, luego `Terminar plan.md | Ana | Completado`), ya no está abierta; una lista que repite las filas abiertas de una tabla, un punto por cada archivo que citan (`### Pendientes` bajo la tabla), no es otra serie de tareas, y `Ninguno (…)` no es ninguna. Un día contado desde el de la reunión (`para mañana`, `el viernes`, `la próxima semana`, `(primera semana)`) no es una fecha: escríbela (el mensaje nombra el día que encontró: `«domingo» no es una fecha`); tampoco lo es el día de la semana que el título de las tareas da a todas (`### Action Items by Thursday 10pm`), ni una celda de fecha que dice cuán pronto (`| ASAP |`, `| 1 Month |`). Un título escrito en HTML (`<h2>Semana 11</h2>`) termina las tareas como uno de Markdown, y una etiqueta que nombra otra parte del acta (`Asistentes:`, `What has been done:`) termina las listas que abrió una etiqueta de tareas. (En las tareas en chino, un día escrito al empezar la cláusula, antes del trabajo, como `次日排定优先级`, es el día previsto y cuenta como fecha límite.) Una tarea que se hará en una reunión nombrada por su día (`during the March 2 lab session`) vence ese día, y también las tareas bajo un título que da el día de la próxima reunión (`Action items by next meeting: 10am Monday 6th July`). La hora de la próxima reunión fijada entre las tareas (`Agendar próxima reunión: martes 7 de julio, 16:00`) no es una tarea. En actas en chino, `下周工作：` sobre líneas numeradas `1、` enumera las tareas de la semana siguiente, cada una se comprueba (`下周` no es una fecha). Una etiqueta de fecha límite cuyo valor no es una fecha (`fecha límite: pronto`, `due: TBC`) se nombra en el mensaje, y el arreglo no añade una segunda; si está vacía, pone la fecha tras ella. Una tabla pegada como líneas, con las celdas separadas por tabuladores (`Tareas<TAB>Responsable` sobre `1. Incluir el campo<TAB>Programadora`), da una tarea en cada fila; un mes y un día en cifras antes de 前 (`3-25号前整理需求`) son una fecha; `None, wait for the approval` no es una tarea.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
  },
});
