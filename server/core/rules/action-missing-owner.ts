/** action-missing-owner: one rule, whole (check, fix, messages, reference). */
import { q, clip } from '../l10n';
import { OWNER_PLACEHOLDER } from '../placeholders';
import { short, open } from './common/openActions';
import { minutes } from './common/examples';
import { typesWithSection } from './common/sections';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  action: string;
  /** A table row whose owner cell is empty: the reader fills the cell, not the task's words. */
  cell?: boolean;
}

/** Titles of its quick fixes. */
const TITLES = {
  addOwner: {
    en: () => 'Add an owner (@name)',
    zh: () => '添加负责人（@姓名）',
    es: () => 'Añadir responsable (@nombre)',
  },
};

function addOwnerFix(finding: Finding, ctx: FixContext): Fix[] {
  const at = finding.data.insertAt;
  if (at === undefined) return [];
  return [
    {
      title: TITLES.addOwner[ctx.options.locale](),
      edits: [{ start: at, end: at, newText: ' @' + OWNER_PLACEHOLDER[ctx.doc.lang] }],
      isPreferred: true,
    },
  ];
}

export default defineRule({
  id: 'action-missing-owner',
  severity: 'error',
  appliesTo: typesWithSection('actions'),
  check(ctx: RuleContext<Params>) {
    for (const a of open(ctx)) {
      if (a.ownerNames.length > 0) continue;
      ctx.report(
        a.start,
        a.end,
        a.ownerInsert.intoEmptyCell ? { action: short(a.text), cell: true } : { action: short(a.text) },
        { section: a.section.def.id, insertAt: a.ownerInsert.at, intoEmptyCell: a.ownerInsert.intoEmptyCell },
      );
    }
  },
  fix: addOwnerFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.cell
        ? `Every next action needs an owner: write who owns ${clip(p.action) ? q.en(clip(p.action)) : 'this one'} in its owner cell.`
        : clip(p.action)
          ? `Every next action needs an owner: add @name to ${q.en(clip(p.action))}.`
          : 'Every next action needs an owner: add @name to this one.',
    zh: (p) =>
      p.cell
        ? `每项后续行动都要有负责人：请在${clip(p.action) ? q.zh(clip(p.action)) : '这一项'}所在行的负责人栏填上姓名。`
        : clip(p.action)
          ? `每项后续行动都要有负责人：请给${q.zh(clip(p.action))}加上 @姓名。`
          : '每项后续行动都要有负责人：请给这一项加上 @姓名。',
    es: (p) =>
      p.cell
        ? `Cada próximo paso necesita un responsable: escribe quién se encarga de ${clip(p.action) ? q.es(clip(p.action)) : 'este'} en su celda de responsable.`
        : clip(p.action)
          ? `Cada próximo paso necesita un responsable: añade @nombre a ${q.es(clip(p.action))}.`
          : 'Cada próximo paso necesita un responsable: añade @nombre a este.',
  },
  doc: {
    title: { en: 'Action without an owner', zh: '行动项没有负责人', es: 'Tarea sin responsable' },
    description: {
      en: 'Every next action needs one person who owns it, or it will not happen. Write `@name` in the item (or fill the Owner column of the table). Owners are also read as people write them: `Ana to send …`, `Ana will …`, `(Ana)` or `— Ana` closing the item, `(Ana, by 12 Dec)`, `[new for Ana Ruiz]` (a task newly set for her; `[new for all members]` for the group), `Owner: Ana — the task`, `Ana: …`, a name alone over a list, a committee by its initials (`TSC will …`), `All to …`, initials beside the word action (`action FK: …`, `FK action: …`), a bracketed label (`[assignee] devon`), and in minutes, a task handed out among the notes (`Marshall: I’ll ask the data team`), and the writer’s own (`I will put the questions on the board`); `Both: …`; a list handing each part of the work to an attendee with an arrow (`- Manu -> Rate datasets`). A column of tasks led by areas (`KDS: …`, `POS: …`) names no owner there. In an e-mail (`Hi Blessing,`), a next step that speaks to the reader (`Send me the photos`, `… you’d like`) is the reader’s. A table’s `Person(s)` column names the owner; a row in bold alone (`| **Kickoff** | | |`) names the group of tasks under it; in a table copied from a word processor whose owner cells were merged over each person’s rows (a name, then empty cells, on most rows), an empty cell is the owner’s above. A task shared out in its sub-items, most of which name their person in closing brackets or by handle (`- Boot care guide (Lena)`), is theirs; `Please add yourself to …` asks every reader; a lead-in giving the list to the whole team (`… by the whole team:`) gives it its owner. A heading closed by the handles of who carries its topic (`### Payments API @ana`) gives them the tasks under it. An owner still to be settled (`TBD with the client`, `Por confirmar con Pablo`) is none. An owner flag as in a command line (`--owner ana`) names the owner, and a label of the writer’s own tasks (`My tasks for this week:`, `* Mis tareas a corto plazo son:`) gives them the tasks under it. A name leading the item with the capacity they act in before the colon (`Tas (as board member): Submit …`) is the owner. A heading naming a workstream and then, after a dash, the people who carry it (`### User research - Ines, Omar, Lola`, also with its space missing after the hashes) gives them the tasks under it. A name after a dash written against the task (`Use_cases- Ines`) owns it, and a request addressed to the group (`To all members of the WG, please review …`) is the group’s. A topic among the actions (`- Key rotation`) over sub-items one of which is handed to someone (`Mira needs to land the pieces`) and the others short parts of the work (`Bindings and app integration`) holds that many tasks, each with its own owner or none. Under a task’s heading, a line giving its progress (`Progress: unit tests done`) or its owner alone (`Owner: Ines`) is a field of that task, not a task. In a log one person keeps of their own work (a label `Action items for me:` among its lists, or minutes titled as a weekly report that name nobody present), the tasks no one else is given are the writer’s. `Work on assigned stories` is every member’s; `各组内部审核` and `alice和cherie一组` give the task to the groups, `主持人应该…` to the meeting’s host, and a part handed out under a task of the actions (`- Interface design:` over `- Map screen: Rosa`) to the one named (or the two named: `- Side banners: Tom and Li Wei`). `Undecided: Set up the repo` has no owner yet. A task whose sub-items give its parts to people (`- Add icons to the mockups` over `- Login page: Omar` / `- Shop page - Priya`) is theirs; the names an attendees heading gives itself (`### Attendees: Omar, Priya`) are the people present, and the start of one of their first names closing an item (`- Night mode - lise` for Lisette) names her. A word for a thing before `to` (`Patterns to apply …`) names no one.',
      zh: '每项后续行动都要有一个负责人，否则就没人跟进。请在该项里写上 `@姓名`（或填写表格的负责人栏）。也认得常见写法：`负责人：李娜`、`李娜：…`、`由李娜负责`、项目末尾的`（李娜）`或`（李娜，12月10日前）`、`[new for Ana Ruiz]`（新交给她的任务；`[new for all members]` 归全体）、开头的`【李娜】`、列表上方单独一行的人名，以及分句开头的`X负责…`（`新同学负责界面设计，阿岚负责音效设计`：不必有姓氏；`谁负责`、`专人负责`不算）。子项大多在末尾括号里或用 @ 写明各自负责人时，整项任务归他们。表格的 `Person(s)` 列也算负责人栏；只有一格粗体的行（`| **第一阶段** | | |`）是下面一组任务的名称；从文字处理软件复制的表格若负责人单元格按人合并（多数行为空，只在每人第一行写名字），空格即沿用上面的负责人。标题末尾写了负责人账号的（`### 支付接口 @陈玄`），其下任务归他们。负责人一栏写着待定、待确认之类（`待确认（王明）`）的不算有负责人。像命令行参数那样写的负责人（`--owner zhouli`）也算；写作者自己的任务标签（`我的任务：`）下的任务归写作者本人。项目开头的人名后括号注明身份再加冒号（`Tas (as board member): …`），此人即负责人。标题写明工作方向、破折号后列出承担者（`### User research - Ines, Omar, Lola`，`###` 后缺空格也算），其下任务归这些人。紧贴任务的短横线后写的人名（`Use_cases- Ines`）是负责人；写给全组的请求（`To all members of the WG, please review …`）归全组。行动项中的一个议题（`- 密钥轮换`）下的子项，若其中一项交给了某人（`Mira needs to land the pieces`），其余是几个词写出的工作部分（`Bindings and app integration`），则每个子项都是一项任务，各有或没有负责人。任务标题下只写进度（`完成进度：完成单元测试`）或只写负责人（`负责人：张伟`）的行是该任务的字段，不是另一项任务。一个人记录自己工作的日志（列表标签里有 `Action items for me:`，或标题为周报、未列出任何参会者的纪要）中，没有交给别人的任务归作者本人。`Work on assigned stories`（各自继续已分配的工作）归全体成员；`各组内部审核`、`alice和cherie一组` 把任务交给各组，`主持人应该…` 交给会议主持人，行动项中一项任务下分出的部分（`- 界面设计：` 下的 `- 地图页：周婷`）归写明的人。`Undecided: …`（尚未决定由谁负责）不算有负责人。 任务下的子项把各部分交给各人（`- 给原型加图标` 下的 `- 登录页：Omar`、`- 商店页 - Priya`）时，任务归这些人；参会人员标题本身写出的名字（`### Attendees: Omar, Priya`）算到会者，项末尾写出某位到会者名字的开头（Lisette 写作 `- 夜间模式 - lise`）也指此人。`to` 前表示事物的词（`Patterns to apply …`）不是人名。',
      es: 'Cada próximo paso necesita una persona responsable; si no, no se hará. Escribe `@nombre` en la tarea (o rellena la columna Responsable de la tabla). También se leen las formas habituales: `Ana enviará …`, `Ana va a …`, `Responsable: Ana – la tarea`, `(Ana)` al final, `[nuevo para Ana Ruiz]` (una tarea nueva para ella; `[new for all members]` para el grupo), `Ana: …`, y en las actas, un asistente seguido del verbo en infinitivo o en presente (`Mauricio finalizar la presentación`, `Sergio envía el contacto`), `Ambos: …`, y una lista que reparte el trabajo con flechas entre los asistentes (`- Manu -> Rate datasets`). La columna `Persona(s)` de una tabla nombra al responsable; una fila con una sola celda en negrita (`| **Arranque** | | |`) nombra el grupo de tareas de debajo; en una tabla copiada de un procesador de textos con las celdas del responsable combinadas (un nombre y luego celdas vacías, en la mayoría de filas), una celda vacía es del responsable de arriba. Una introducción que reparte la lista a todo el equipo (`… por todos los integrantes del equipo:`) le da responsable, y `Se estableció que Josefa y Dani revisarán …` nombra a quienes la harán. Un título cerrado por las cuentas de quienes llevan su tema (`### API de pagos @ana`) les da las tareas de debajo. Un responsable aún por decidir (`Por confirmar con Pablo`) no lo es. Un responsable escrito como opción de línea de órdenes (`--owner ana`) cuenta, y una etiqueta de las tareas de quien escribe (`* Mis tareas a corto plazo son:`) le da las tareas de debajo. Un nombre al principio con su papel entre paréntesis antes de los dos puntos (`Lucía (como secretaria): enviar el acta`) es la responsable. Un título con una línea de trabajo y, tras un guion, quienes la llevan (`### Investigación - Inés, Omar, Lola`, también sin espacio tras las almohadillas) les da las tareas de debajo. Un nombre tras un guion pegado a la tarea (`Casos_de_uso- Inés`) es el responsable, y un pedido dirigido al grupo (`A todos los integrantes, por favor revisen …`) es del grupo. Un tema entre las tareas (`- Rotación de claves`) sobre subpuntos de los que uno se encarga a alguien (`Mira needs to land the pieces`) y los demás son partes del trabajo en pocas palabras (`Bindings and app integration`) contiene esas tareas, cada una con su responsable o sin él. Bajo el título de una tarea, una línea con su avance (`Avance: pruebas hechas`) o solo su responsable (`Responsable: Inés`) es un dato de esa tarea, no otra tarea. En el registro que una persona lleva de su propio trabajo (una etiqueta `Action items for me:` entre sus listas, o unas actas tituladas como informe semanal que no nombran a ningún asistente), las tareas que no se dan a nadie más son de quien escribe. `Seguir con las tareas asignadas` es de cada integrante; `各组内部审核` y `alice和cherie一组` dan la tarea a los grupos, `主持人应该…` a quien modera la reunión, y una parte repartida bajo una tarea de las acciones (`- Diseño de interfaz:` sobre `- Mapa: Rosa`) a quien se nombra (o a los dos nombrados: `- Banners laterales: Tom y Li Wei`). `Undecided: …` (sin decidir) no tiene responsable todavía. Una tarea cuyos subpuntos reparten sus partes entre personas (`- Añadir iconos a las maquetas` sobre `- Inicio de sesión: Omar` / `- Tienda - Priya`) es de ellas; los nombres que da el propio título de asistentes (`### Attendees: Omar, Priya`) son los presentes, y el comienzo del nombre de uno de ellos al cerrar un punto (`- Modo noche - lise` por Lisette) lo nombra. Una palabra para una cosa antes de `to` (`Patterns to apply …`) no nombra a nadie.',
    },
    bad: minutes('- [ ] Send the revised storyboard due 2026-11-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
  },
});
