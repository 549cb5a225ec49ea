/**
 * Files generated from the catalog and the rule registry: the rule reference
 * in three languages (docs/rules.md, docs/rules.zh-cn.md, docs/rules.es.md)
 * and its table in the README, the rule ids in the configuration schema and in
 * package.json's `agencyDocs.rules` setting, the document-type reference
 * (docs/types.md) and the editor snippets. `npm run generate` writes them;
 * test/generated.test.ts fails when they drift.
 */
import { DOCUMENT_TYPES, FIELDS, fieldAliases, typeById } from '../server/core/catalog';
import {
  AGENCY_BODY_FIELDS,
  HEADER_FIELDS,
  AGENCY_FIELDS,
  OTHER_TRADES,
  SOFTWARE_TITLE_WORDS,
  BODY_FIELD_LINES,
  EVERYDAY_SECTIONS,
  EVERYDAY_TITLES,
  LOOSE_TITLES,
  TYPED_AT,
  TYPE_POINTS,
} from '../server/core/catalog/detection';
import { LANGS, type Lang } from '../server/core/catalog/schema';
import { RULES, RULE_IDS } from '../server/core/rules/index';
import { SEVERITIES, type AppliesTo } from '../server/core/rules/rule';
import { renderTemplate } from '../server/core/templates';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** What `agency-docs check examples` prints (the bundled CLI, so run after a build). */
export function exampleOutput(): string {
  const root = join(__dirname, '..');
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'agency-docs.js'), 'check', 'examples', '--today', '2026-11-22', '--locale', 'en', '--no-color'],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 1 && r.status !== 0) throw new Error(`check examples failed: ${r.stderr}`);
  return r.stdout;
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  return i >= 0 && j > i ? text.slice(0, i + start.length) + '\n\n' + content + '\n' + text.slice(j) : text;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文', es: 'Español' };

/** The words of the rule reference in each language. */
const REFERENCE: Record<
  Lang,
  {
    file: string;
    name: string;
    heading: string;
    intro: string;
    columns: string;
    defaultIs: string;
    appliesTo: string;
    triggers: string;
    passes: string;
    setting: string;
    all: string;
    any: string;
    acrossWorkspace: string;
    listSep: string;
  }
> = {
  en: {
    file: 'docs/rules.md',
    name: 'English',
    heading: 'Rule reference',
    intro:
      'Every finding carries one of these ids as its `code`. Change a rule\'s severity or switch it off in `.agency-docs.json` (`"rules": { "section-order": "off" }`), in the editor settings (`agencyDocs.rules`), or for one line or file with an inline comment (`<!-- agency-docs-disable-next-line rule-id -->`).',
    columns: '| Rule | Default | What it checks |',
    defaultIs: 'default',
    appliesTo: 'applies to',
    triggers: 'Triggers it:',
    passes: 'Passes:',
    setting: 'The examples assume this around them:',
    all: 'all document types',
    any: 'any document, whether or not its type is known',
    acrossWorkspace: ' (across the workspace)',
    listSep: ', ',
  },
  zh: {
    file: 'docs/rules.zh-cn.md',
    name: '中文',
    heading: '规则参考',
    intro:
      '每条检查结果都以下列 id 之一作为 `code`。可以在 `.agency-docs.json`（`"rules": { "section-order": "off" }`）或编辑器设置（`agencyDocs.rules`）里修改规则的级别或停用规则，也可以用行内注释（`<!-- agency-docs-disable-next-line rule-id -->`）只对一行或一个文件停用。',
    columns: '| 规则 | 默认级别 | 检查内容 |',
    defaultIs: '默认级别',
    appliesTo: '适用于',
    triggers: '会触发本规则：',
    passes: '不会触发：',
    setting: '示例假定工作区里还有：',
    all: '所有文档类型',
    any: '任何文档（无论类型是否已知）',
    acrossWorkspace: '（跨整个工作区）',
    listSep: '、',
  },
  es: {
    file: 'docs/rules.es.md',
    name: 'Español',
    heading: 'Referencia de reglas',
    intro:
      'Cada aviso lleva uno de estos identificadores como `code`. Cambia la gravedad de una regla o desactívala en `.agency-docs.json` (`"rules": { "section-order": "off" }`), en la configuración del editor (`agencyDocs.rules`) o, para una línea o un archivo, con un comentario (`<!-- agency-docs-disable-next-line rule-id -->`).',
    columns: '| Regla | Por defecto | Qué comprueba |',
    defaultIs: 'por defecto',
    appliesTo: 'se aplica a',
    triggers: 'Lo activa:',
    passes: 'Lo cumple:',
    setting: 'Los ejemplos suponen que alrededor hay:',
    all: 'todos los tipos de documento',
    any: 'cualquier documento, se conozca o no su tipo',
    acrossWorkspace: ' (en todo el espacio de trabajo)',
    listSep: ', ',
  },
};

/** A rule's `appliesTo` in words: the type names (and ids) it checks. */
export function appliesToText(applies: AppliesTo, lang: Lang): string {
  const w = REFERENCE[lang];
  if (applies === 'all') return w.all;
  if (applies === 'any') return w.any;
  return applies.map((id) => `${typeById(id)?.names[lang] ?? id} (\`${id}\`)`).join(w.listSep);
}

/** The rule reference as Markdown in a language, its rules at heading level `level`. */
export function ruleReference(level: number, lang: Lang = 'en'): string {
  const w = REFERENCE[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const h = '#'.repeat(level);
  const out: string[] = [];
  out.push(w.columns, '|---|---|---|');
  for (const r of RULES) out.push(`| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.doc.title[lang]} |`);
  out.push('');
  for (const r of RULES) {
    const where = appliesToText(r.appliesTo, lang) + (r.needs === 'workspace' ? w.acrossWorkspace : '');
    out.push(
      `${h} ${r.id}`,
      '',
      `**${r.doc.title[lang]}** · ${w.defaultIs}${colon}${r.severity} · ${w.appliesTo}${colon}${where}`,
      '',
      r.doc.description[lang],
      '',
    );
    out.push(
      w.triggers,
      '',
      '```markdown',
      r.doc.bad.trimEnd(),
      '```',
      '',
      w.passes,
      '',
      '```markdown',
      r.doc.good.trimEnd(),
      '```',
      '',
    );
    const setting = r.doc.setting;
    if (setting) {
      out.push(w.setting, '');
      for (const [path, text] of Object.entries(setting.files ?? {}))
        out.push(`\`${path}\`${colon.trimEnd()}`, '', '```markdown', text.trimEnd(), '```', '');
      if (setting.config) out.push(`\`.agency-docs.json\`${colon.trimEnd()}`, '', '```json', setting.config, '```', '');
    }
  }
  return out.join('\n');
}

/** The README's rule table: each rule linking its entry in docs/rules.md (the README is for users; the reference is there). */
export function ruleTable(): string {
  const out = [REFERENCE.en.columns, '|---|---|---|'];
  for (const r of RULES) out.push(`| [\`${r.id}\`](docs/rules.md#${r.id}) | ${r.severity} | ${r.doc.title.en} |`);
  return out.join('\n') + '\n';
}

/** docs/rules.md and its translations, each linking the others. */
export function rulesDoc(lang: Lang = 'en'): string {
  const w = REFERENCE[lang];
  const others = LANGS.map((l) =>
    l === lang ? REFERENCE[l].name : `[${REFERENCE[l].name}](${REFERENCE[l].file.replace('docs/', '')})`,
  ).join(' · ');
  return `# ${w.heading}\n\n<!-- Generated by \`npm run generate\` from server/core/rules/ (one module per rule); do not edit. -->\n\n${others}\n\n${w.intro}\n\n${ruleReference(2, lang)}`;
}

/** The rule ids in the configuration schema (the rest of the file is written by hand). */
export function schemaWithRuleIds(schema: string): string {
  const ids = `"enum": [${RULE_IDS.map((id) => JSON.stringify(id)).join(', ')}]`;
  return schema.replace(/("propertyNames": \{\s*)"enum": \[[^\]]*\]/, `$1${ids}`);
}

/**
 * package.json with one `agencyDocs.rules` setting per rule (for the editor's settings and their validation):
 * each with its one-line summary and the severities explained, in the UI language through package.nls*.json.
 */
export function packageWithRuleSettings(packageJson: string): string {
  const pkg = JSON.parse(packageJson);
  const properties: Record<string, unknown> = {};
  const levels = [...SEVERITIES, 'off'];
  for (const id of RULE_IDS) {
    properties[id] = {
      type: 'string',
      enum: levels,
      enumDescriptions: levels.map((l) => `%config.severity.${l}%`),
      markdownDescription: `%config.rule.${id}%`,
    };
  }
  pkg.contributes.configuration.properties['agencyDocs.rules'].properties = properties;
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The package.nls files (VS Code's strings for package.json) in each UI language. */
export const PACKAGE_NLS: Readonly<Record<Lang, string>> = {
  en: 'package.nls.json',
  zh: 'package.nls.zh-cn.json',
  es: 'package.nls.es.json',
};

/** A package.nls file with each rule's one-line summary (`config.rule.<id>`) from the rule registry; the rest is written by hand. */
export function nlsWithRuleSummaries(nlsJson: string, lang: Lang): string {
  const nls = JSON.parse(nlsJson) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(nls)) if (!k.startsWith('config.rule.')) out[k] = v;
  const colon = lang === 'zh' ? '：' : ': ';
  // The description's first sentence ("e.g." is no end: a sentence ends before a capital or after 。).
  for (const r of RULES)
    out[`config.rule.${r.id}`] =
      `**${r.doc.title[lang]}**${colon}${r.doc.description[lang].split(/(?<=\.)\s+(?=\p{Lu})|(?<=。)/u)[0]}`;
  return JSON.stringify(out, null, 2) + '\n';
}

export function typesDoc(): string {
  const out: string[] = [
    '# Document types',
    '',
    '<!-- Generated by `npm run generate` from server/core/catalog; do not edit. -->',
    '',
  ];
  out.push(...howTheTypeIsFound(), '');
  out.push(
    '## Section names',
    '',
    'A heading names a section at any level (a second `#` heading such as `# Action items` too), whatever its numbering (`1.`, `一、`, `①`), emphasis (HTML `<strong>` too), emoji, case, accents, Traditional or Simplified Chinese characters (`## 決議` is `## 决议`, `## 待辦事項` is `## 待办事项`), question marks (`## ¿A quién nos dirigimos?`), trailing colon or `{#anchor}`. It may carry names in two languages (`## Button / 按钮`, `## 按钮（Button）`) or a note after its name (`## Next steps – 24 Nov`; the day the work is due by: `### To do until 30.09.`, which also dates each task under it, `### Deliverables for Monday`); a name after another piece counts only when that first piece names the same section (`## @deprecated on OBJECT - next steps` is a topic); a heading that lists its parts with `/`, `|` or `·` names each part that names a section when two of them do (`## Short Version / Decisions / Action Items / Important Links` has both Decisions and Next actions). Each section accepts its names in the three languages and every name under "Also accepted" below, in the singular or the plural (`Objective` / `Objectives`, `Tarea` / `Tareas`), with a word that only qualifies it (`Key decisions`, `Initial tasks`, `Consented decisions`, `Potential TODOs`, `Open actions`, `Decisions needed`, `Decisiones técnicas`, `现阶段达成的共识`) or says where it came from (`Outcome from this discussion`, `Action items from the meeting`, `Resoluciones de la asamblea`) or gives its reasons (`Decisions made and their reasoning`) or for when (`Plan de acción para Sprint 2`, `Reparto de las tareas para el Hito 2`, `Tareas próxima semana`, `TODO for next meeting`, `Action items by next sprint`, `Compromisos para los próximos 15 días`; not `Next steps for @oneOf`, a topic), and in Spanish with an adjective after the noun (`Decisiones clave`, `Tareas iniciales`, `Compromisos asumidos`) or `próximos` before it (`Próximas tareas`), and Spanish decisions with what they are about (`Acuerdos sobre el próximo taller`). Two names of one section joined by `and` or `/` name it (`### Action Items and Next Steps`), and so does a name joined to words that only say what kind of notes these are (`Temas tratados / decisiones importantes`); Spanish qualifiers after the noun such as `a tomar`, `sugeridos`, `próximas` (`Acciones a tomar para los siguientes sprints`, `Próximos pasos sugeridos`) and a time frame (`para el próximo control`) are left aside. A word saying the part is made anew (`全新品牌定位策略`, `目标用户重新细分`) or the overall one (`整体时间线`), a span of days before it (`7天核心指标预期`), the piece a brief or a plan is about (`Objetivo del flyer`; not in minutes or agendas), what the team will do with it (`Success metrics we should track`), the networks it is for (`Identidad visual en redes`) or that it is seen across the competitors (`Design patterns across competitors`) is left aside too; a measure beside a name (`Brand & Awareness`) and a page’s call-to-action button (`CTA按钮`) name no section. The columns of a task board (`TO DO / DOING`) are a topic the meeting went through, not its actions. An agenda whose topics are its own headings (three or more that name no section: `## Announcements`, `## Nominated issues`, …) has its topics. Fixes never add a section that is already there under one of these names. They write in the document’s language: that of most headings that name a section, else `lang:` in the front matter, else Chinese for a body in Chinese, else the words of the headings (`## Información de la reunión`, `## Estado de las tareas`: Spanish), else the common words of the body (an acta whose headings are only its dates, `### 15/06/2023`, is Spanish by its words), else the editor’s language.',
    '',
  );
  for (const t of DOCUMENT_TYPES) {
    out.push(`## ${t.id}: ${t.names.en} / ${t.names.zh} / ${t.names.es}`, '', t.summary.en, '');
    if (t.aliases.length) out.push(`Also called: ${t.aliases.join(', ')}.`, '');
    out.push(`Fields: ${t.fields.map((f) => (f.optional ? `\`${f.id}\` (optional)` : `\`${f.id}\``)).join(', ')}.`, '');
    if (t.sections.length) {
      out.push('| # | Section | 中文 | Español | Also accepted |', '|---|---|---|---|---|');
      for (const [i, s] of t.sections.entries()) {
        out.push(
          `| ${i + 1} | ${s.names.en}${s.optional ? ' (optional)' : ''} | ${s.names.zh} | ${s.names.es} | ${s.aliases.join(', ')} |`,
        );
      }
      out.push('');
    }
  }
  out.push('## Field names', '', '| Field | Also accepted |', '|---|---|');
  for (const f of FIELDS) out.push(`| \`${f.id}\` | ${fieldAliases(f).join(', ')} |`);
  out.push('');
  out.push(...READING_NOTES);
  return out.join('\n');
}

/** How owners, dates and sign-offs are read (server/core/actions.ts, dates.ts, signoffs.ts). */
const READING_NOTES = [
  '## Action items',
  '',
  "An action item is a list item, or a table row with an action column (Action, Task, Item, What, 行动项, 事项, 任务, Acción, Tarea…; without one, in a table with an owner or due column, the first column that is not numbering, owner, due, status or job). A numbering column (`#`, `No.`, `序号`) is never the action's text. Outside the actions sections, under any heading (`## Short Version / Decision`, `## Notes`), a list labelled as actions holds action items too: the sub-items of `- Action items:` / `- Acciones:` / `- 行动项：` (and of a bare `- TODOs` or `- TODO's`), and the list after a paragraph that says only `**Action items:**` (or `**Acciones próximas:**`); an item that calls itself one (`- To-Do: move work to the front end`, `- task: wire it to the search page`, `**Action:** …`) is one. A bold due date over items (`- **By Friday**`) labels them and is no action, and so does a time alone (`- Thursday of next week`) and an item that names a section over its points (`3. Next actions (team)`, `2. Decisions needed`); in an actions section, the items under a time or under `Next actions (team)` are the actions, due on the label's date if it has one (`- **By 2026-12-04**`); a deadline line opening an actions section before any list (`To be done until **Friday 1.12.2023**:`) is the deadline of every task under it up to the next heading. A lead-in naming the work to come in Chinese (`确定接下来前后端工作：`, `制定下一阶段开发计划：`) leads the actions under it. A list after a lead-in that puts its topics off to a later meeting (`由于时间原因，以下议题下次会议讨论：`, `The following topics were deferred to the next meeting:`) holds topics, not actions. Minutes written with no headings at all read the list after `TODO:` the same way, and the lines numbered `1、` / `1.` after `遗留问题：` or `Next steps:` alone on a line of a paragraph (a topic written with hard breaks) are actions too. Minutes with no actions section at all read an action table (an action column with an owner or due column; a column of the actions that names their owners too, `Actions: Responsible / Note`, its owners read in its cells; or an owner and a due column, `| Name | Assigned To | Deadline |` under `## Deliverables:`) under any other heading as their actions; a row whose action cell says there is none (`None specified.`) is none. A line that calls itself one action and says it is one wherever it is, in a paragraph of its own or in a list of notes, at any depth (`- Travel` over `    * Action item: Oliver to follow up`): `**Action:** Marta to brief the editor by 2026-11-25`, `ACTION ITEM: Brad will re-check the options`, `- AI(ana): call the printer`, `**Acción:** …`, `行动项：…` (a contact report written by topic closes each point this way); `Action: none` and `Action items: see above.` say there is none. `Next steps:` and `Follow-up:` in a paragraph are often prose about the plan and are not read as actions; but a short sentence of its own, ending with a colon, that says the list after it holds the next steps (`The major next steps we decided on were:`, `Los próximos pasos acordados son:`) makes that list the actions and counts as the next actions section; one that only offers ideas (`the next steps I could see:`, `possible follow-ups:`) does not. The label alone on its line without a colon (`Action items`, `Next steps`, `行动项`), as a paragraph or a list item, leads the list of actions under it; where its items are topics that each close with `**Action Item:** …`, those lines are the actions. In an actions section that labels its actions (`**Action Items**`), a list under another bold label (`**Writing principles**`) is not actions. After a label that calls what follows the tasks (`**Próximas tareas:**`), the lists under each group's own short line (`🔐 Backend (Node.js)`, `Frontend`) are tasks too, up to the next heading or sentence. In an actions section, lines numbered the Chinese way in one paragraph (`1、确认门店名单` over `2、新品海报终稿`, `（1）`, `①`) are its actions, and a quoted table (`> | 成员 | 分工 |`) is read as if unquoted; after an actions label alone on its line (`NEXT STEPS:`), paragraphs numbered `1.)`, `2.)` (text to Markdown) are its actions. A task table's owner column may have no name, or be named for the members (`成员`, `成员姓名`, `Member`), when each row holds a person's name (`刘涛（组长）`). When the group meets next (`Next meeting: 2026-12-20`, `Próxima reunión: 20/12`, `下次会议：12月20日`) is no task; a sub-heading dating another call with its time of day (`### Monday, January 23, 17:00`) ends the actions section of a pad that keeps several calls. `AI:` is an action only where it names who does it (`AI: Kate to ask the studio`; not `AI: define what autonomous means`), or where the label is in bold and a verb of work follows it (`**AI:** Check with the studio about the rota`, `**AI: fix the permission of this doc**`; not `**AI:** As AI tools spread, …`). An action quoted in a block of its own outside the actions sections (`>ACTION: Publish the 1.2 draft, KM.`, one carried over from an earlier meeting; the initials after its last comma are its owner’s) is one while the status under it says it is still to do (`* KM: TODO.`, `* LP: not yet.`, or no status list at all); a status that says anything else (`* KM: style guide updated, see the wiki.`) answers it. Lines that call themselves a task, run on under a list item with no blank line between (`2. Action Items / Responsibilities` over `Task: Draft the schema | Assigned To: Dana | Deadline: Sprint 2`), are tasks each, as in a paragraph of their own.",
  '',
  'A table whose action column only numbers the actions (`| Action Item | Description |` over `| **87.4** | Update the EIP bot |`) has their text in the next column. A typed table drawn without its outer pipes (`Type | Description | Owner | Deadline` over a line of dashes alone, then rows `T | Book the studio | Ana | 2026-11-30` whose text may run on in indented lines) has its `T` rows for tasks, with the owner and deadline of their cells (`-` is none); its `D` and `I` rows are no tasks.',
  '',
  'Its **owner** can be written:',
  '',
  '- `@name` (`@alice`, `@张伟`); `Owner:` / `Assignee:` / `Responsible:` / `Lead:` / `Who:` / `负责人：` / `责任人：` / `执行人：` / `跟进人：` / `Responsable:` / `Encargado:` followed by the name (`1、确认门店名单。责任人：李娜`);',
  '- leading the item: `Marta to send …`, `Marta and Ben will …`, `Ana enviará …`, `Jorge se encarga de …`, `**Marta**: …`, `Marta Gil: …`, `ACTION(ana): …`, `AI(Ben): …`, `Action - Dana - …`, `A cargo de Lucía Herrera: …`, `For Silona: …` / `Para Lucía: …` (one of the attendees, where the document names them), `由张伟负责`, `张伟：…`, `张伟跟进…`, also before a verb of the work such as `打印`, `补拍`, `录制` or `上传` (`**待办事项**：韩雪打印报名表…；周宁补拍…`; a Chinese name is a common surname, `司` among them, and one or two characters);',
  '- closing the item (a due date may follow): `… (Marta)`, `… [Ben]`, `…（王芳）`, `… — Marta Gil`, `… → Dana (Fri 27 Nov)`, `… | Dana Whitfield | 2026-11-25`, `…—— 赵敏，11月26日前`; one of the attendees in capitals (`… FLETCHER`);',
  "- after the task's colon, one or several names joined by `,` `and` `y` `&` `/` `、` `和`: `Análisis de costes: Carlos y Raúl`, `Retail media plan: Kim Lowe and Raj Patel`, `整理门店清单：张伟、李娜` (the rest of the item must be names; a due date may close it);",
  "- in brackets anywhere on the item's first line, glued or leading: `Mockups (Paula) -> …`, `Matriz RACI(Íñigo)`, `[Michelle] Put …`, `门店海报（王芳）-> …`; a lower-case handle alone in brackets (`(scottmcm)`) or several of them (`(aturon, centril)`) too, and two letters of initials where the brackets close the item (`… (mw)`), but not a word that says how the item stands (`(optional)`, `(pendiente)`); a hedge keeps the name (`(maybe nikomatsakis?)`, `(eddyb/nikomatsakis, perhaps?)`), a short word (`(pm)`, `(es)`) nor an acronym inside the line (`(UML)`); brackets closing an item hard-wrapped over several lines name its owners too;",
  '- a lower-case handle or a team leading the item: `niko to post …`, `geds-dm will run …`, `Lang team to review …`, `Geth team finish …`, `WG members to look over …`; after a tag or a number: `[ACTION] Sam & Jeremy to …`, `**33.2**— Danny to …`;',
  '- after an action tag, even without its colon, a member’s handle written with two capitals or more (`ACTION: SKoT to …`, `Action NickB to …`, `ACTION: StuartM - Form …`) or a person of the attendees (`ACTION - Lewis - External Sales - …`); a nickname in mixed case beside a person in a group before `to` (`ACTION: Tara and DLz to propose …`); who will do it in brackets after a topic and a dash (`Annual report - Draft review (Jacque S to send out)`); the initials or the group it is for (`ACTION ALL: review …`, `ACTION BW: schedule …`, which also makes the line an action wherever it is); a role leading the item, as written (`AWG Chair will …`, `The secretary to …`, `Design lead to …`); a status pictogram or an empty box written without its space before any of these (`🕒 Fletcher - Set up …`, `[] AWG Chair will …`); the actions heading that says whose they are (`### Action Items for All Members`, `### Tareas para todo el equipo`); members’ initials in brackets leading the item (`[NM] Create …`, `[ML, NM] Investigate …`; not `[TBD]`); a group after a bold label, a remark in brackets after it (`**Review:** All board members (present or not) are to read …`); a sub-heading asking it of a person (`### From David`, `### For Jonny`, `### De Lucía`: of the attendees, or a full name) and a heading naming an attendee, then a topic (`### Ian - Loader update`, over `Work to do:`); a team’s label over its tasks or leading the sentence in Chinese (`- 前端：` over `- 调研图表组件`, `前端继续完善登录页面`), not under a split of roles (`Responsibilities:`);',
  '- a person as the subject of a later clause or of a statement: `…; Kim will confirm the tone`, `Se va a esperar a que Raúl notifique …`, `Paweł is against …`, `Peter argued that …`;',
  '- the paragraph leading into the list, ending with a colon: `Raj Patel to:` / `李娜负责：` and then the items;',
  "- after a lead-in into the actions (`So, our tasks this week will be:`), a paragraph of lines each led by people and a colon (`Joris: find four charts.` / `Lin and Yaodong: finish the proposal.`): each line is that person's task;",
  "- the whole team: `* Everyone` alone over sub-items (each a task), `Each of us can do …` over `- Mike - Shop mock-ups` / `- Blake & Noah - Admin mock-ups` (each sub-item the named person's task, the item none), a task asked of each member on their own part (`check your user story`, `draft three stories each`);",
  '- a `Person responsible:` / `Persona responsable:` sub-item, as `Owner:` is (below);',
  "- the people of the minutes (the roster, below) leading the item with a colon or a dash, or after a clause: `ana: send the storyboard`, `tomas & ana: Book the studio`, `(Nathan + Lily)`, `jcscott - Do full runs` (a handle, a dash and a capital need no roster), `Arushi - Start writing …`, `…, we resend. lee to call them`; several handles or names before `to`/`will`: `ana and lee to review …`, `gsnedders + jgraham to re-review`; HackMD's author tag `[name=Priya]`; `owner 李雷` / `--owner 王芳` without a colon;",
  '- closing the item after a dash: one of the people (`… - sam`), a group (`… -- all`), or, after a double dash, a name as written (`… -- Xia wenzong`, `… ---张海龙`); a date may follow it;',
  '- after a label: `Leaflet copy: Tom will check …`, `**PR review:** Sina will review …` (the person the rest of the item names owns it, not the label: `**Venue investigation:** Rohit will call …`); a bold label ending in a word that names a topic (`**Pricing:**`, `**Seguridad:**`, `**Planificación:**`, `Deployment:`) is no person; a name and what the person is doing with it: `Naomi taking notes`, `Lena taking the lead on …` (`Lettershop booking by Friday` is a thing, not a person);',
  '- a sub-heading of the actions section that names a person or the team owns the lists under it: `### Rohit`, `### **Killari and Sina**`, `### Team:`, `### Equipo estudiantil`, `### Museo / stakeholders`, `### 前端组`; a topic or a department does not (`### Testing`, `### Coordination`, `### Retail`, `### Creative`, `### Team building`); so does a person’s full name of two to four words as a bold label over their items (`- **Rafael Molina García:**` over `  - Alta en el repositorio.`);',
  '- a sub-item tagged as an action gives its owner and due date to the item above it: `- Store rollout` / `  - [ACTION] Priya to brief the managers by 2026-11-27`; under an action closed by its colon (`* Jordi to add a point to the next meeting:`), a sub-item led by a person and `to` or `will` (`* Jordi to open an issue …`) is a task of its own, and the other sub-items what the action holds;',
  "- in the table's owner column in any position: Owner, Assignee, Who, Responsible, Responsibility, Lead, POC, 负责人, 责任人, 执行人, 跟进人, 相关人, 负责人员, 相关负责人, Responsable(s), Encargado, Miembro (del equipo) (`| Miembro | Próxima tarea prevista |`); a role, company or title in brackets after a name (`Priya Raman (CD)`, `周子航（客户执行）`) is no part of it, two people in one cell (`Priya / Marcus`, `周子航、王浩`) are each an owner, and where that column names someone, a word in brackets closing the task (`Headline options (two)`) names nobody;",
  "- a blank where the name goes names nobody, and the action has no owner: `TBD`, `Por definir`, `Por asignar`, `待定`, the template's `who` left in the owner column, or another template's blank in brackets (`Responsable: [Nombre]`, `[Por definir]`); likewise a due date written `[Por definir]` or `[DD/MM/YYYY]` is no date. Our own `@owner` and `YYYY-MM-DD` are placeholders to fill in (`unfilled-placeholder`).",
  '- in Chinese minutes by topic, the open items under `遗留问题：` are the follow-ups: the label counts as the next actions, as `会议结论：` alone on its line (or `结论：…` in a table cell) counts as the decisions.',
  '- a group as the label or the subject: `All: review …`, `TSC members: vote …`, `All attendees to review …`, `Composite Schemas Working Group: …`, `全体：…`, `Todos: …`; the group word alone before a dash (`Group - Pre-read the wireframe`, `All – review the deck`, `Team - …`); a group the request is addressed to, before a dash and `Please` (`Section owners- Please send …`) or a colon (`New volunteers: Welcome Ana and Tom - Please tell us …`); the writer, in the first person (`I will also put the questions on the board`, `I’ll send the slides`: an e-mail or a log kept by one person); a linked name (`[**Lee**](…): grant …`) or a lower-case handle and a colon before a capitalised task (`leebyron: Update …`);',
  '- in a sub-item of the task that says so: `- Owner: Omar Haddad`, `- Task owner: Sydney`, `- **Due:** 2026-11-24`, `- 负责人：王磊`, `- Fecha límite: 27/11` (for the due date too);',
  '- in the only sub-item of the task when it is nothing but names: `- Upgrade the account` / `  - Nidhi` (a name of the attendees), `  - Aung, Nathan, Daniel` (two names or more); one other word (`  - Styling`) is part of the work; and in sub-items most of which (two at least) the attendees lead: `- Code team` / `  - Nick (framework)` / `  - Yuning (templates)`;',
  '- in a table elsewhere in the document that hands out the listed tasks (`### Reparto` with `| # | Tarea | Responsable | Fecha límite |` after the list under `Tareas a realizar`): a task written twice is one task, and the owner and due date of its row in a table with an owner column are its own.',
  "- in an archive's bracketed labels on the item's line: `[assignee] devon`, `[**assignee**] Gorga Siagian, Kateri` (each name an owner, whatever else the item names);",
  '- the initials after or before the word action: `action FK: open an issue …`, `action FK, ML: …`, `FK action: add the reminder …` (which also makes the line an action wherever it is);',
  "- a sub-heading of two or three capitals beside sub-headings of the same level under the actions that name people (`### JP` with `### Katrina` and `### Eric`): a person's initials, owning the items under it (alone, `### QA` heads a topic);",
  "- a group named `All …` with a word for a body of people (`**All exec board**: Send …`, `All officers to file …`), and a person's household or team taking the task on (`Bill Wherling's family has volunteered to host …`, `Ana's team will review …`);",
  "- in a summary table, for an item led by its owner's label: `Legal: Finalize CLA` in the notes is the `| Legal | Finalize CLA | Jan 15 |` row (the label left out when the tasks are matched).",
  '- one of the attendees leading the item with the verb of the work in the present, in Spanish: `Sergio envía el contacto del proveedor`, `Marta arma el estimado` (a word that is none of them, `Mañana llama …`, is no one); `Both:` / `Ambos:` leading the item, the two people together; in a list whose every item hands a part of the work to a person with an arrow, most of them among the attendees (`- Manu -> Rate datasets`, `- Francisco -> Documentación`), each item is a task, under the agreements too (`Frontend -> React` is a choice made, no task).',
  '',
  'A column of tasks led by the part of the product each touches (`| 1 | KDS: ordenar las comandas | P0 |`, `| POS: … |`, `| Ticket: … |`: three labelled cells or more, one of which can be no one’s name, an acronym or a word in lower case) has areas before its colons, not owners. `the owner` in the text of a task names no one (`email to the owner by Friday`); `Owner Ana` does. Tasks are also the rows of a table with an owner column under a heading that names the decisions and the commitments together (`## Acuerdos y compromisos` over `| # | Acuerdo | Responsable |`), beside the actions section; the fixes to make next (`## Próximos fixes`, `## Next fixes`, a `Fix` column) and the next steps `inmediatos` are the next actions. An item that only says there is nothing (`No notes`, `Sin novedades`) is no task. In an e-mail in English (a greeting alone on its line, `Hi Blessing,`, or a `**To:** David Graham` line), a next step that speaks to the reader (`Review the demo and share any changes you’d like`, `Send me the photos`) is the reader’s. The attendees may be written on one line separated by a middle dot (`**Asistentes:** Sergio Monsalve · Juan Ortiz`).',
  '',
  "A name is one to three capitalised words (a surname may carry its particle joined: `McDonald`, `O'Brien`, `DeShawn`; a handle its initial: `MitchK`; a hyphen joins capitalised parts: `Jean-Luc`, while `Pre-work:` is a label; a word for a thing, `Estimación`, `Deployment`, is none), upper-case initials or a Chinese name with a common surname; a name may be followed by an arrow (`Ana → send the deck`); an arrow closing the item hands it to the people after it, in lower case too when the attendees name one of them (`Buscador -> francis, jesus y ramón`), or to everyone (`-> cada uno los suyos`, `-> todos`); trailing punctuation is not part of it (`Marta Gil.` is `Marta Gil`); a particle written with a capital inside a name is the name's (`Anas El Hani`, `Omar Al Rashid`), and such a name may be the start of an attendee's full name. Words that lead ordinary sentences and labels are not names: `Thanks to the team`, `Reply to the client`, `Note: …`, `Se enviará …`, `备注：…`, `方案将…`; nor are months, weekdays and common tools (`(Nov. – Dec.)`, `(Figma)`), nor a thing in the passive (`Conflict needs to be resolved`). The people the minutes list as present (`attendees:`, or the list or table under an Attendees / Attendance / Asistentes / Asistencia / Participantes / 参会人员 heading, or a line of two names or more alone under it (`Arushi, Joanna, Jamuna`), or under a label line such as `**Attendees (Name, Role):**`, or the names after `**Present:**`) are names however they are written: `carlos varela y raul montalban`, `Adrián romero`, `Juanjo hace el vídeo`; so are the speakers of minutes that record who said what, a lower-case handle that opens two lines or more with a colon (`jgraham: the patch landed.`; not a label such as `note:` or `status:`). Where the minutes list who was there, a word before a colon that reads like a thing (a plural such as `Mockups:` or `Docs:`, a -tion or -ment word) and is none of them is a label, not an owner.",
  '',
  "A table's due column is headed Due, Due date, Due by, Deadline, When, By, By when, Target date, ETA, 截止日期, 期限, 完成时间, Fecha, Fecha límite, Fecha de entrega, Plazo (and the like); a job column Job, Job number, Job ref, Ref, 工作单号, 工单号, 单号, OT, Número de trabajo, Nº (de) trabajo (a bare `Nº` column numbers the rows when another column names the job or its cells are `1`, `2`, `3`: `| Nº | OT | Tarea |`). A **due date** is a date after `due`, `by`, `before`, `on`, `for`, `until`, `deadline`, `para el`, `antes del`, `hasta el`, `el`, `fecha límite`, `截止`, `期限`, or a date followed by `前` / `之前`; a weekday or the time of day may stand between the word and the date (`by Friday 4 December 2026`, `antes del viernes 5 de marzo`, `by COB Monday 23/11`). A date that closes the first line of the item after a separator, a bracket or the owner is its due date too (`Location recce, 2026-11-28`, `… — 30/11/2026`, `… @Dana 2026-11-24`, `… (Fri 27 Nov)`, also before the people after a dash: `… before the review ( Aug 11th) -- all`); a date inside the line is what the task is about (`Circulate the 2026-11-17 minutes`), and a date after a verb of starting is when the work starts (`que se empiece el 22/02`, `starting on 3 March`). After a due word, a date may be one number (`by 20261130`); in a due column, a short dotted form is a date (`4.12`), and a weekday beside a year-less date picks its reading in the document's year (`4.12 (Friday)`). A day of the month alone after `antes del`, `para el` or `hasta el` (`antes del 25.`) is that day of the meeting's month (the date of the section's heading, `## Reunión 4 — 20 de mayo`, else the document's), or of the next month when it is before the meeting's day; without a meeting date it is no date. A Chinese day of the month followed by the time of day or `前` (`5号晚对齐工作流程`, `15日前提交`) is that day likewise; without a meeting date it is a due date all the same, its month unknown (not `3号楼`, `1号线`, `3日内`). A heading of its own after the tasks that holds one date alone (`#### DDL` over `5月14日会议前`, `### 关键节点` over `- 任务截止日期：12月7日`, `## Fecha límite` over `14 de mayo`) gives that date to the tasks before it under the same heading above (not `### 备注` over a date, nor a heading over a sentence). Relative phrases (`next week`, `antes del martes`, `(próxima llamada)`, `下周`) are no date.",
  '',
  "An actions heading that says the deadline in words and then its date dates every item under it (`## Action Items (Due by next sprint: February 17th):`); so does a bracketed label on the item's line (`[due] 31 March 2024`, `[**due**] 6 August 2025`). Where no field gives the document's date, the one day its title or its `Date:` line names (`# TSC Meeting Notes - December 16, 2025`) is the date a due date without its year is read nearest (`Jan 15` is 15 January 2026). A date after an arrow closing the item, with no more than its weekday, is its due date (`Dealer poster (Tom) -> 2026-12-11`, `… → viernes 11/12/2026`, `… → 12月10日`), as after a dash, a comma or in brackets; people after the arrow still take the item. A weekday and its day as an ordinal after a due word (`before Thursday 22nd`) is that day of the meeting's month (or the next month's, when before the meeting's day), read only when the weekday is that day's, as `antes del 25.` and `15日前` are.",
  '',
  'Not every item of an actions section is an open action: a ticked (`- [x]`) or struck-through (`~~…~~`) item is done, and so is one whose first line closes with a done mark after a dash, a colon or a bracket, or in bold (`… - DONE`, `… — done in tracker`, `… (done)`, `… [DONE]`, `… **Done**`, `…: completado`; not `** Not Done **`), or one led by a done label (`DONE: Dan to send the invite`); a rule of the process that says how many must (`At least one has to come from a member`) names nobody’s task; a pointer to another item (`see the Zenodo bullet under Nick’s action items`) and the team’s standing practice (`后续每周定期线上沟通`, and, naming nobody, a task every so many days, weeks or months: `定期进度汇报: 每三天向组长汇报`) are no tasks or a row whose `Done?` column says `Y`, `yes` or `x`; a template’s `TODO` alone is no action; an item that says there is nothing (`None`, `Ninguna`, `无`, `None, all covered in the agenda`), a point for discussion that names nobody and no date (`Decision: …`, `Question: …`, `Status: …`, `Pregunta: …`, `问题：…`, or a question ending in `?`), a short topic whose sub-items report on it in sentences (`Job board` with `- Price — we just added …`), an item that is only a link, a label with the points below it (`- Stephen:`, `- Action items:`), a topic written as a title with an acronym (`Partner API`), an agreement (`Rough agreement to …`, `Se acordó …`), a question followed by an example in brackets (`Opt-in for the mailer? (e.g. …)`), a short label ending with a colon that leads the items after it (`- Proposal:`, `- Discussion focused on:`), a label such as `Goal:`, `Objective:`, `Proposal:` or `Co-chair update:`, a numbered title or one joined with `&` (`5. Data Locality & Scheduling`, `Tag Runtime & Workloads`), a past tense leading the item (`Added the legal line`, `Discussed the budget`, `Met with the printer`; also after the speaker’s name: `Mark T: Spoke to the vendor`), topics under a sub-heading that keeps them for later (`### Future Discussions`, `### Parking lot`, `### 待讨论`), the fields of a done task its sub-heading names (`### 07: Define the dataset` / `- assigned to: Ryan` / `- Done: 3/1`), and a statement of what was said or found are not actions. A statement has a subject (`The`, `This`, `It`, `We`, `Most`, `Many`, `Current`, `One of …`, an acronym such as `CNCF`, or a person’s name) whose first verb states (`is`, `was`, `would`, `does not`, `went`, `discussed`; after a name `argued`, `thinks`, `suggested`) before anything asks for work (`to`, `will`, `should`, `must`, `needs`): `The print quote is lower than last winter`, `Tom is also against a second run`, `We discussed the shoot`; a later clause that asks for work (`…; Kim will confirm the tone`) or a due date written on it keeps it an action. English only: Spanish and Chinese minutes write tasks as nouns. A template’s row or item left as it came (`| | item | who | due_date |`, `- Action`, `| 事项 |`) is no action. A table that indexes a recording (a column of times such as `6:15`) and another template’s bracketed blanks (`[Owner 1]: [Task and due date]`) are not actions either. A list read under a heading and again under its sub-heading (`## Tareas` / `### Pendientes`) counts once. What the team did, in the first person plural (`Discutimos las responsabilidades …`, `Asignamos tareas …`), keeping something up to date (`Mantener la documentación actualizada`), an item naming nobody and no date led by continue, maintain or keep, a practice to go on with (`Continue implementing the assigned tasks`, `Maintain synchronized working sessions`, `Keep the tracker up to date`), the items under a lead-in that reports on the tasks (`**Actualizaciones de tareas asignadas:**`, `Estado de las tareas:`) the standing duties under `Para todos:`, and, in a list that shares out the roles (`Juan es el líder`, `Sergio será responsable de …`), a person taking on a part (`Samuel tomará el diseño de la CPU`) are no actions; under `**Acuerdos:**` that hand out tasks by name, an item led by a verb of work in the infinitive (`Agregar el script de integración.`) is one, with nobody named, and so is such an item over the parts it covers (`- Revisar el flujo de alta:` over `  - caducidad,` `  - reenvío.`). An `Owner:` left blank names nobody (the line below it, `Prioridad: Baja`, is no name).',
  '',
  'Under an actions label alone (`Next steps:`, `* What are next steps?`), lines of the same paragraph each opening with a box are one task each: `[x]` done, `[ ]` or `[]` (no space) open. Under the actions, `标准：` / `Criteria:` / `Standards:` alone leads guidance up to the next heading (what good work looks like, no tasks); `- 方法：…` after a task says how it is done (a note, no task); and a weekday in the plural naming nobody (`In person touch point: Wednesdays at 12:15`) is the team’s standing slot, no task.',
  '',
  "A past action gone through again is done when its first sub-item gives the verdict (`- action FK: open an issue` / `  - done, fixed by ML`, `  - Done.`; not `Done: 3/1`, a field, nor `done by Friday`), and so is an item whose bracketed status says so (`[status] done`). Under the agenda's point `Review of actions from Nov 29` (or `Review of last meeting's action items`), the sub-items are the past actions the meeting will go through, not actions it agreed; and under a heading that names the decisions (`#### Decision Items:`, `## Key Decisions Made`), what someone will do is what was decided, not a task.",
  '',
  '## Dates',
  '',
  "A numeric day/month date (`03/04/2026`, `3/4`) is read as the document's readers read it: Spanish documents day first; Chinese documents month first when written without a year (`12.15`, `3/4`; their dates with a year are year first), unless they write two day/month dates or more one way only (`18/09/2022` and `24/07/2022`: their `11/09/2022` is 11 September); English minutes whose own day is written year first between slashes, in their title or on a key’s line atop them (`**Time:** 2021/02/03`, the East Asian way), read a date without a year month first too (`2.6` is 6 February); English readers are split, so a date whose two numbers are both 12 or less is `ambiguous-date` there, except in a document that writes two dates or more one way only (`11/26/2019` and `12/17/2019` in a year's log of meetings, `23-02-2022` and `15-03-2022`; none the other way) and in a table column whose other dates show one order: a date it can only hold day first (`25/04/2015`) and none month first (`04/25/2015`), or the other way round, and its `03/04/2015` is read that way too (year-less days alone in their cells, or with a time or a remark in brackets after them: `4.14 (next week)` makes the column’s `4.10 11.00pm` and `4.11 (Friday)` month first). A date written with its weekday (`Wednesday 2/3/2021`, `2/3/2021 (Tue)`, `星期三 2/3/2021`) has the one reading that falls on that day. `dateOrder: \"dmy\"` or `\"mdy\"` in `.agency-docs.json` sets one reading for every document. Month-name dates (`Nov 30`, `August 17, 2016`, `Dec-4-2017`, `20 Nov`, `4 de diciembre`, `3 dic`, `27 nov.`) and year-first dates (`2021/03/11`) have one reading; of the Spanish abbreviations, `mar`, `may`, `set` and `ago` are ordinary words too and count as months only with a full stop or a year (`2 mar.`, `2 mar 2027`). The language is the one of the document's words (Chinese characters, or Spanish or English common words), else of its section headings. A date without a year takes the document's own year (`date`, else `meeting`, else `issued`; without those, the year of the one date its title gives (a title opening with a date of two digits each written year first, `# 25-04-10 Supervisor Meeting`, is of 10 April 2025: only when the first number can be no month and gives a later year than a day-first reading would), else of a `Date:` / `Fecha:` / `日期：` line among the first 30 lines of the body (without one, a `Time:` / `时间：` / `時間：` / `Hora:` line with a date: `**Time:** 2020.9.30 15:00` dates a document's `9.30` in 2020; a date of the Republic of China calendar there, `**時間**: 113/11/26`, is of its year 113, 2024), else of the one date of the body's first two headings (`# Course++` over `## Team Meeting 6 - 2023-10-11`), else of the date in the file name or a folder named as a year: `2023-03-16-sync.md`, `minutes/2023/`; else this year), and where the document gives its own date, in the year that puts it nearest that date, within half a year (`by 8 Jan` in minutes of 2 December 2026 is 8 January 2027, not a date eleven months before the meeting); in a log of meetings, an action's date without a year under a heading that is a date (`# Dec-4-2017`, `Oct 8, 2019` underlined, `## Weekly sync 2023-03-16`; a heading date without its year, `Sep 10`, takes the year of the dated heading before it) is the one nearest that heading's date, within half a year (`by 3rd January` under `# Dec-19-2017` is 3 January 2018, `by Oct 22` under `Oct 8, 2019` is 22 October 2019); in minutes and agendas, `date` is the meeting's date when `meeting` is absent, and without either the one date of the title is (`# Status call – 19 Nov 2026`). The dates the timing rules compare (`meeting`, `issued`, `opened`, `schedule-sent`, `updated`) may also be written as lines among the first 80 lines of the body, above its first section, as missing-field reads them (`**Date:** 30 Nov 2026, 10:00`, `**Issued:** 3 Dec 2026, 17:30`, `**Fecha:** 30/11/2026`, `**发出日期：** 2026-12-03`); the front matter wins when it gives the date, and a finding about such a date goes on its line.",
  '',
  '## Sign-off',
  '',
  "Each list item, table row or line of the Sign-off section is an entry: a role (`Creative director: Ana Ruiz, 2026-11-20`), or a party: the client's company (its `client:` value, else its `**Client:**` line atop the body, or a configured alias, with or without Ltd, S.A., 有限公司; in a document naming no client, any configured client) counts for the client; the agency (`Agency`, `Agencia`, `代理商`, `我方`, `乙方`, or the configured `agency` name) counts for the role its title names (`Ana Ruiz, Account Director`), else for a required agency role nobody signed for. Prose counts too: `Approved by Priya Nair (Brightwell Foods), 2026-11-20`, `客户确认：赵敏 2026年11月20日`, `Aprobado por …`. A Sign-off written as a bold label instead of a heading (`**Approvals:**` or `- **Sign-off:**` with the entries below it, `**Approved by:** …`) is read the same way, up to the next heading, rule or bold label.",
  '',
];

/** The detection rule, from the same numbers the code uses. */
function howTheTypeIsFound(): string[] {
  const p = TYPE_POINTS;
  const everyday = DOCUMENT_TYPES.filter((t) => EVERYDAY_TITLES[t.id].length).map(
    (t) => `${t.id}: ${EVERYDAY_TITLES[t.id].join(', ')}`,
  );
  return [
    '## How the type is found',
    '',
    "1. `type:` in the front matter (or `doctype:`, `tipo:`, `类型:`), holding an id below or any of the type's names: the document is of that type — unless the workspace's `type:` values are another tool's (see \"Another tool's `type:`\" below).",
    '2. Otherwise a file name like `acme-q3.brief.md` (`<anything>.<id>.md`, the id in lower case as written here, and not after a dotted date or version: `2022.05.11.Minutes.md` and `v1.2.memo.md` are named by their date, as other tools name notes), unless the front matter is another tool’s (a key that is neither a field below nor one any site generator writes: Dendron’s `desc:`, `github_issue:`) and nothing else says agency (an agency field, a title only agencies use, a `.agency-docs.json`, two of the type’s sections).',
    '3. Otherwise, unless the file is a blank form kept to be copied (`01-creative-brief.template.md`, `strategy_template.md`, `plantilla.md`, `competitor-analysis-tmpl.md`, a file in a `templates/` or `plantillas/` folder or up to three folders below it: `templates/production-kit/01-preproduccion/brief.md`), a project’s own page (`README.md`, `README.es.md`, `CHANGELOG.md`, `CONTRIBUTING.md`…), a step of a procedure (`# Step 4: Differentiation Strategy`, `# Paso 2: …`), or its title says it is a form or a page about the type (`# Creative Brief Template`, `# Creative Brief Canvas`, `# How to write a creative brief`, `# Plantilla de brief creativo`, `# 创意简报模板`), or an AI assistant’s instructions (a file under a `prompts/`, `skills/`, `agents/`, `.claude/`, `.cursor/` or `.github/` folder, two levels up at most, or named `SKILL.md`, `AGENTS.md`, `*.prompt.md`, or opening by telling the assistant who it is: `You are an expert content writer …`, `Eres un …`, `你是一名…`), the first `#` heading (the title) proposes a type, and the signs of an agency document add points; the document is of that type at ' +
      TYPED_AT +
      ' points or more:',
    '',
    '| Sign | Points |',
    '|---|---|',
    `| The title names the type by a name only agencies use: \`# Creative brief: Copy launch\`, \`# Contact report – Brightwell – 20 Nov\`, \`# BRIEF CREATIVO PARA DISEÑADORES\`, \`# Brief de campaña\` (the name alone, leading or ending the title, or one of its parts between separators, or, when of more than one word, closing one after the client’s name: \`# Acme Contact report – 20 Nov\`; not a word joined to another by a hyphen, as a command’s name is: \`# Debug-Job\`) | ${p.specificTitle} |`,
    `| The title uses an everyday phrase (\`# Meeting notes\`, \`# Meeting minutes – 2024-01-05\`, \`# Acta de reunión 21/02\`, \`# 会议纪要：双十一复盘\`), or an everyday word leading a date or a separator (\`# Agenda – 5 May\`, \`# Estrategia – Acme 2027\`), or leading more words in a meeting's name (\`# Minutes of the weekly call\`, \`# Acta de la junta directiva\`); or a Chinese title whose first part, before a bracket or a space, ends with any Chinese name of the type (\`# 项目周报（第49周）\`, \`# 月度进度报告 2026年11月\`); an everyday phrase closing a part of the title after the client’s name counts the same (\`# Brightwell Foods Weekly status report, w/c 30 Nov\`, \`# 华悦乳业 工作进度报告（第 49 周）\`) | ${p.everydayTitle} |`,
    `| The title is one everyday word and nothing else (\`# Agenda\`, \`# Status\`), or one everyday word only closes it (\`# Acme Strategy\`, \`# Landing Page Brief\`: any trade’s word for a plan), or leads the words saying what the plan is about, as Spanish writes it (\`# Estrategia de contenido: …\`, \`# Estrategia integral de …\`, \`# Propuesta de proyecto\`) | ${p.bareTitle} |`,
    `| The front matter has an agency field: ${AGENCY_FIELDS.map((f) => `\`${f}\``).join(', ')} (or one of their names below); or one of the first ${BODY_FIELD_LINES} lines of the body, above its first section heading (outside code), gives ${AGENCY_BODY_FIELDS.map((f) => `\`${f}\``).join(', ')} a value: \`**Client:** Acme\`, \`- Cliente: Bodegas Altamira\`, \`| 客户 | 青禾乳业 |\` (a mapping is another tool’s field of the same name: a citation’s \`issued: {date-parts: …}\`; a note-taking app’s link, \`meeting: "[[Weekly sync]]"\`, is none; a product, \`product: Discovery\` atop a manual’s page, gives the brand but is no sign; \`**Client:** none\` gives no value, and a label under a section, \`## 2. Roles\` over \`- **Client:** who approves posts\`, is that part’s; a client said in lowercase words, \`Client: the desktop shell\`, is described, not named; a blank left in a copied form, \`**Cliente:** [Nombre del cliente]\`, \`<client name>\`, \`XXX\`, names nobody; a label quoted, \`> cliente: …\`, is no header; a portfolio’s project page, \`Client:\` beside \`Role:\` or \`Year:\`, is no agency document) | +${p.agencyField} |`,
    `| The folder (or one above it) has a \`.agency-docs.json\`, and the title is not one of the loose phrases below | +${p.agencyWorkspace} |`,
    `| \`type:\` is a near miss of the same type (\`type: breif\`) | +${p.nearMissType} |`,
    `| Two of the type's sections are there under their names, as headings down to level 4, \`####\` (three or more: +${2 * p.sections}), under a title worth more than ${p.bareTitle} point (a plan whose one everyday word only closes the title, \`# Brand & Marketing Strategy\`, is any trade's: it needs an agency field or the workspace's configuration); sections every meeting or study has do not count (${Object.entries(
      EVERYDAY_SECTIONS,
    )
      .map(([t, ids]) => `${t}: ${ids!.join(', ')}`)
      .join('; ')}) | +${p.sections} |`,
    `| The type's header is given, all of it or all but one field, in the front matter or as lines at the top of the body: ${Object.entries(
      HEADER_FIELDS,
    )
      .map(([t, ids]) => `${t}: ${ids.map((f) => `\`${f}\``).join(', ')}`)
      .join('; ')} (\`# Memo — Leeds radio test\` over \`to:\` and \`from:\`) | +${p.headerFields} |`,
    '',
    'Minutes, actas, 会议纪要, agendas, status reports and research summaries are written in every club, school and open-source project, so their names are everyday phrases: such a page is an agency document only when something else says so (a `client:`, a `Client:` line, a `.agency-docs.json`). `attendees:` or `Date:` alone does not: note-taking apps and open-source minutes carry them too.',
    '',
    'Everyday words and phrases (besides any type name that is a single word): ' + everyday.join('; ') + '.',
    '',
    `A word of another trade next to an everyday name makes the title another kind of document, and it types nothing: ${Object.entries(
      OTHER_TRADES,
    )
      .map(([id, words]) => `${id}: ${words.map((w) => `\`${w}\``).join(', ')}`)
      .join(
        '; ',
      )} (\`# Full UX & Correctness Audit Brief\`, \`# Service status\`, \`# Estrategia SEO inicial\`, \`# Go-to-Market (GTM) Strategy\`: before the name, past an abbreviation in brackets, or after it as Spanish writes it). Software named for a type types nothing either, whatever the name: one of ${[...SOFTWARE_TITLE_WORDS].map((w) => `\`${w}\``).join(', ')} right after the name leading the title (\`# Meeting Agenda App\`, \`# Contact Report API\`).`,
    '',
    "Of those, the loose phrases name no type, they are only what people also write (a software team's `# Meeting notes – platform team`, a blog's `# Weekly update`): the folder's `.agency-docs.json` alone does not make them the type's; another sign must (an agency field, or the type's sections where those count): " +
      Object.entries(LOOSE_TITLES)
        .map(([t, names]) => `${t}: ${names!.join(', ')}`)
        .join('; ') +
      '.',
    '',
    '4. Anything else is ordinary Markdown and gets no finding at all.',
    '',
    "A `type:` value that names no type is reported (`unknown-type`, with the nearest id) only when it is a near miss of a type — one edit away for values of up to five letters, two for longer ones, or an everyday word of the type (`breif`, `minuets`, `acta`, `estimado`) — and the document also looks like an agency document: a title naming a type, a file name, an agency field, two of the suggested type's own fields, one of its sections, or a `.agency-docs.json`. Any other value (`docs`, `home`, `bug`, `meeting`) belongs to another tool: the file is ordinary Markdown.",
    '',
    "### Another tool's `type:`",
    '',
    "Note-taking and planning tools type every page (`type: plan`, `type: idea`, `type: review`, `type: concept`), and some of their words are ours (`type: research`, `type: strategy`). The values of every Markdown file of the workspace (the folders checked, or the editor's workspace) are counted: when at least two values that are neither ours nor a near miss of ours are on at least three files, and those files are at least as many as the files whose `type:` names one of ours, the vocabulary is another tool's. Then a page whose `type:` is the only sign of an agency document (no agency field in its front matter or its first lines, no title only agencies use, no `.agency-docs.json`) is that tool's page: ordinary Markdown, no finding, not in the workspace index. A `Job:` line whose value is code (`` - Job: `ubuntu-latest` ``) is a CI job, no agency sign. The CLI decides once every file is scanned; the editor checks its open documents again when the verdict changes (a page added or removed).",
  ];
}

/** VS Code snippets: one per type and language, ready to fill, with today's date. */
export function snippets(): Record<string, { prefix: string[]; body: string[]; description: string; scope: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string; scope: string }> = {};
  for (const t of DOCUMENT_TYPES) {
    for (const lang of LANGS) {
      const body = renderTemplate(t, lang, { today: { year: 2000, month: 1, day: 1 }, snippet: true }).split('\n');
      const suffix = lang === 'en' ? '' : `-${lang}`;
      out[`${t.names.en} (${LANG_NAMES[lang]})`] = {
        prefix: [`agency-${t.id}${suffix}`, `${t.names[lang]}`],
        body,
        description: `${t.names[lang]}: ${t.summary[lang]}`,
        scope: 'markdown',
      };
    }
  }
  return out;
}

/** The generated files: path → content (from the current README, schema and package.json, whose other parts are written by hand). */
export function generatedFiles(
  readme: string,
  schema: string,
  packageJson: string,
  nls: Readonly<Record<Lang, string>>,
): Record<string, string> {
  let newReadme = replaceBetween(readme, 'rules', ruleTable());
  newReadme = replaceBetween(
    newReadme,
    'example-output',
    '`npx agency-docs check examples --today 2026-11-22` prints:\n\n```text\n' + exampleOutput().trimEnd() + '\n```\n',
  );
  return {
    'docs/rules.md': rulesDoc('en'),
    'docs/rules.zh-cn.md': rulesDoc('zh'),
    'docs/rules.es.md': rulesDoc('es'),
    'schemas/agency-docs.schema.json': schemaWithRuleIds(schema),
    'package.json': packageWithRuleSettings(packageJson),
    ...Object.fromEntries(LANGS.map((l) => [PACKAGE_NLS[l], nlsWithRuleSummaries(nls[l], l)])),
    'docs/types.md': typesDoc(),
    'snippets/agency-docs.code-snippets': JSON.stringify(snippets(), null, 2) + '\n',
    'README.md': newReadme,
  };
}
