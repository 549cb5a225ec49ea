/** missing-field: one rule, whole (check, fix, messages, reference). */
import { DATE_IS_MEETING, fieldKey, type Lang } from '../catalog';
import { emptyValueInsertion, fieldInsertions, keyToWrite } from '../edits';
import { q, qNamed, theNamedEn } from '../l10n';
import {
  FIELD_BODY_LINES,
  WHEN_KEY,
  bodyFieldIds,
  type BodySpan,
  bodyFieldLine,
  bodyWhenValue,
  headingFieldIds,
} from '../typeDetection';
import { rocYear } from '../documentYear';
import { signoffSpans } from '../signoffs';
import { PICTOGRAM, fold, isPlaceholder, linesFrom, sourceFrom, trimmedEnd, type TextSource } from '../text';
import { findAmounts } from '../amounts';
import { findDates } from '../dates';
import { fieldIdForKey } from '../frontmatter';
import type { AgencyDocument } from '../document';
import { md } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  /** The key as the document writes it, or as the fix would; `inUi`: the reader's word for it, when it differs. */
  field: string;
  inUi?: string;
  type: string;
  placeholder?: boolean;
}

/**
 * The field as the message names it: the key written (`lugar:` with no value), else the key the fix writes in the
 * document's language and style, with the reader's word after it when it differs (`“地点” (location)`).
 */
function fieldNaming(
  doc: AgencyDocument,
  id: string,
  locale: Lang,
  written?: string,
): { field: string; inUi?: string } {
  const field = written?.trim() || keyToWrite(doc, id);
  const inUi = fieldKey(id, locale);
  return field.toLowerCase() === inUi.toLowerCase() ? { field } : { field, inUi };
}

/** Titles of its quick fixes. */
const TITLES = {
  addField: {
    en: (f: string) => `Add the ${q.en(f)} field`,
    zh: (f: string) => `添加${q.zh(f)}字段`,
    es: (f: string) => `Añadir el campo ${q.es(f)}`,
  },
};

function addFieldFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.field;
  // A value to write over a placeholder, here or on its line in the body, is the writer's to give.
  if (!id || finding.data.placeholderValue || finding.data.inBody) return [];
  const title = TITLES.addField[ctx.options.locale](keyToWrite(ctx.doc, id));
  if (finding.data.emptyValue) {
    const edit = emptyValueInsertion(ctx.doc, id);
    return edit ? [{ title, edits: [edit], isPreferred: true, safe: true }] : [];
  }
  return [{ title, edits: fieldInsertions(ctx.doc, [id]), isPreferred: true, safe: true }];
}

export default defineRule({
  id: 'missing-field',
  severity: 'error',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const fm = ctx.doc.frontMatter;
    if (fm?.error) return; // only frontmatter-syntax for a block that cannot be read
    // Fields given at the top of the body (`**Present:** Ana, Ben`, `参会人员：…`, `## Attendees` and a list) are there.
    let inBody: Set<string> | undefined;
    let signoffs: BodySpan[] | undefined;
    for (const req of ctx.type.fields) {
      if (req.optional) continue;
      const name = fieldNaming(ctx.doc, req.id, ctx.options.locale);
      const typeName = ctx.type.names[ctx.options.locale];
      const entry = fm?.field(req.id);
      // Minutes and agendas written with `date:` alone, or with the date in the title, give the meeting's date there.
      if (!entry && req.id === 'meeting' && ctx.facts.fieldDate('meeting')) continue;
      if (!entry) {
        signoffs ??= signoffSpans(ctx.doc);
        inBody ??= bodyFields(ctx.doc, signoffs);
        if (inBody.has(req.id)) continue;
        // The field given in the body in another form: see FIELD_READERS.
        const look: BodyLook = { doc: ctx.doc, field: req.id, type: ctx.type.id, typeFields: ctx.type.fields, inBody };
        if (FIELD_READERS.some((r) => reads(r, req.id, ctx.type.id) && r.gives(look))) continue;
      }
      if (!entry) {
        // `**Budget:** TBD`, `**Cliente:** <client>` atop the body: the line is there, its value is not.
        const bodyStart = fm?.end ?? 0;
        signoffs ??= signoffSpans(ctx.doc);
        const blank = bodyFieldLine(sourceFrom(ctx.doc.source, bodyStart), req.id, FIELD_BODY_LINES, signoffs);
        if (blank) {
          ctx.report(
            bodyStart + blank.start,
            bodyStart + blank.end,
            { ...name, type: typeName, placeholder: true },
            { field: req.id, inBody: true },
          );
          continue;
        }
        const [s, e] = fm ? [fm.start, fm.start + 3] : [0, ctx.doc.lines.lineEnd(0)];
        ctx.report(s, e, { ...name, type: typeName }, { field: req.id });
      } else if (entry.missing) {
        const emptyValue = entry.text === '' && !entry.items;
        ctx.report(
          entry.keyStart,
          Math.max(entry.valueEnd, entry.keyEnd),
          { ...fieldNaming(ctx.doc, req.id, ctx.options.locale, entry.key), type: typeName, placeholder: true },
          { field: req.id, emptyValue, placeholderValue: !emptyValue },
        );
      }
    }
  },
  fix: addFieldFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.placeholder
        ? `${theNamedEn('field', p.field, p.inUi)} is still empty or a placeholder like TBD: fill it in.`
        : `Add ${theNamedEn('field', p.field, p.inUi, 'the')} to the front matter: ${q.en(p.type)} documents need it.`,
    zh: (p) =>
      p.placeholder
        ? `${qNamed.zh(p.field, p.inUi)}字段还是空的或只是占位（如 TBD、待定），请填上实际内容。`
        : `文档头部缺少${qNamed.zh(p.field, p.inUi)}字段，每份${p.type}都要填写，请补上。`,
    es: (p) =>
      p.placeholder
        ? `El campo ${qNamed.es(p.field, p.inUi)} está vacío o solo tiene un marcador (TBD, pendiente…): rellénalo.`
        : `Falta el campo ${qNamed.es(p.field, p.inUi)} en la cabecera; es obligatorio en todo documento de tipo ${q.es(p.type)}.`,
  },
  doc: {
    title: { en: 'Missing field', zh: '缺少字段', es: 'Falta un campo' },
    description: {
      en:
        "Each document type needs certain facts in its front matter: the client, the dates, the job number… A field that is absent, empty or still a placeholder such as TBD counts as missing. Fill it in; the quick fix adds the key for you. A field written as a line near the top of the body counts too (`**Present:** Ana Ruiz, Ben Cole`, `**Client:** Acme Foods`), and so do the attendees or the distribution as a heading with the names under it (`## Attendees`, `## Attended by`). An estimate whose amounts all carry one currency (`500,00 €`) or that says it (`All prices in USD`) has its currency; a status report whose title or a heading names the week (`# Weekly report – Week 13`, `# 项目周报（第 1 周）`) has its week, and one dated in its title or a line of its own atop it (`# Status report as of April 7th`) has its week and issue date. A date given as `**Generated:**`, `**Last updated:**` or on one of the last lines (`*Created: 2026-03-01*`) is the document's date; an estimate addressed `**To:** Acme` names its client. A report's own `date:` (not minutes' or an agenda's, which is the meeting's) gives its issue date. A document that keeps none of its type's fields in its front matter, titled `Name — what it is` (`# TipFly AI — Go-to-market strategy`), names its brand there, and in a brief, a strategy or a status report its client too (the writer’s own company when in-house; not in an estimate, whose title may carry the name of the agency quoting, nor in a competitor review, whose title may name the competitor); so does a name written as one before a Chinese title or the English words for the document (`# NovaDesk 推广方案`, `# LumaCraft Content Strategy`; not a platform, `# TikTok 推广方案`). An estimate writing `$` in its rows and one code on most of its amounts (`$1,750 USD`) has that currency; a heading on the budget with an amount in a currency (`## Budget allocation ($250 NZD)`) gives the budget, and a heading atop the body that opens with the month or the day alone (`# 2026年5月 / …`) gives the date, and so does a byline atop the body with its day (`Prepared by Ana Ruiz, 12 May 2025`, `编制：王明2025.5.12`); amounts that each name an ISO code (`ARS 8.500` for one cost, `USD 200` for another) state their currency, and a changelog whose revisions open with their day (`## Changelog` over `- 2026-06-04 …`) dates the document (minutes too: it says when they were written). A company line atop a brief, a strategy, a competitor review or a report (`**Company:** Acme Foods`, `**Empresa:** …`) names its client; a client line saying it is a brand (`**Client:** Nightjar (Candle Brand)`), or the e-mail subject naming the campaign for the client (`Subject: Nightjar Winter Campaign`), gives the brand; a competitor review whose headings number its competitors (`## Agency 1: Faro`), list them under a heading over them (`### Main competitors` over `#### Quill.io`) or whose table names them row by row (`| App | Rating |`) has its competitor; a report's delivery date atop it (`**Delivery date:** 2 October 2026`) is its issue date and gives its week, and so does an ISO week in its title (`2026W1`) for the week; a brief's `**Final Approval:** May 28` gives its due date. Another template's blank (a variable in double braces, `[YYYY-MM-DD]`, `__/__/____`, a name to fill in under its heading: `### Client:` over `[Your company]`) is no value; a line of the body still holding one, or TBD (`**Budget:** TBD`), is reported on that line, with no quick fix (the value is yours to give). Minutes name their attendees under headings and labels of their own words too (`## People Present`, `## Voting member attendance`, `*Attendance*:`, `- Attendees:` over the names, `**Miembros en la reunión:** …`, `#### 参会者`, `**出席委員**:`), or say that everyone came (`全员参加`, `All members present`); the meeting's day may be in the title, the first heading or the subject line (`## Committee Meeting 2026.06.11`, `# 4.24.21 Design session`, `**会议主题：** 例会 3.11`), on a `**Time:**` / `**时间**：` line, or in the headings of each meeting of a log (`## 迭代会议2（4.11）`). Minutes are issued when they are written: a `Fecha de redacción:` or `Created:` line atop or closing them, the publishing stamp of a page's `date:` (`2026-07-07T23:29:06+08:00`) or the date atop a log whose meetings each have their own `Date:` line give it (a bare `Date:` atop minutes is the meeting's). An agenda's call link atop it (`Video Conference Link: https://zoom.us/j/…`) gives its place; a sign-off block on the last lines (`**分发范围**: 全体项目成员`) gives the distribution. A line in emphasis atop a brief or a report signed by its writer, then the month or the day after a bar (`*Ana Ruiz, Creative Director | May 2026*`), gives its date. A key may follow an emoji (`**📅 Date:** 04/09/2026`) or join the place to the date (`**City and date:** Leeds - 03/02/2026`), and a Chinese key may be followed by a tab (`會議時間<TAB>115年3月2日`). Minutes name their attendees as their members too (`- **Members**: Ana Ruiz / Li Wei`, `- 成员：全体组员`), as a line of initials under the title (`AR, BK, CL`) or under `*Other attendees:*`; their meeting's day may be a front-matter stamp with its time (`date: 2026-04-28 14:00:00 +1000`, `from:`, an event’s `start: 2026-02-08T15:00`), a line of its own (`March 3, 2026`), a day in digits in the headings of a log (`## 20260304会议纪要`) or labels of each session (`3/14/2026:`, `> **5月3日上午**：`); a closing `Prepared by` line over a `Date:` line gives when they were written, and a title saying the meeting is a call (`… - teleconference`) its place. A `**Created:**` line atop a job gives when it was opened; `pro bono` atop a brief, its budget; an update e-mailed `**To:**` someone, its client, and so does a client named in brackets among those at a meeting (`* Client Name (Jo Park)`). The meeting’s day may be a heading or a list item under the title with its time and zone (`## March 4, 2026 @ 3pm CET`), a line in bold (`**2026/4/14 下午**`), a call’s heading further down (`### Design Teleconference - 2026-03-17`) or the bold or folded label of each meeting of a log (`**Client Meeting 1 (03/02/2026)**:`, `<summary>Monday 2nd March 2026</summary>`); the attendees may be said as `Ana & Ben present`, in a title `Meeting with Ana, Ben and Carla` or under `## Signatures of those present`; an agenda’s call channel (`IRC:`, `Zoom joining instructions:`, `Platform:`) or a heading on how to join (`## Connection details`) gives its place; a stamp to the second alone atop minutes (`2026-03-04 20:49:49`) says when they were written. A label may follow an emoji (`👥 **Asistentes:**` over the names, `📅 **Fecha de elaboración:** 15/02/2026`); the organisation a project works with, named beside the client (`**Entidad colaboradora / Cliente:**`), is its client; an acta’s closing formula (`En Granada, a 2 de octubre de 2026.`) says when it was written." +
        ' The meeting’s day may be in the prose opening the body, in a line about the meeting (`The review was held on Friday 6th March 2026`), under a line of keys (`Date  Place` over `9.14  15:00`, a table `| Date | Time |` over its row) or in the list under a heading of the meetings kept (`## Past meetings` over `- [Design review - 2 March 2026](…)`); the attendees, in the opening prose (`the members Ana Ruiz and Ben Cole`), in a table atop the minutes with a row for each member (`| Name | Done | Next |`), under `Present` alone on its line over the names, or as list items, each a name, over what each reported. A ticket opening a brief’s title (`# WEB-9 — Spring banner`) gives its job; a client line naming one part of the title (`# Pancora — Brand strategy` over `Client: Pancora`), in a document keeping no fields, its brand; a status page’s period (`**Period:** 2026/03/02 - 2026/03/29`), its week; a project line naming the organisation it is for (`**Project:** Booking site for Harbor Clinic`), its client. Minutes sent `**To:** Client team` give their distribution; a Chinese key followed by a space (`* 更新时间 2026-03-25`) gives the date; headings each a month and a day and the meeting (`### 6.2 会议纪要`) date a log.' +
        ' Minutes name their client as `Client / Sponsor:` too, and are issued on their `Date of Circulation:`; the meeting’s day may be under a heading joining it to the time and the place (`## Date, Time and Location`), in the headings of a log written `Mar-3-2026`, on the line under its key alone (`##### 时间：` over `3月6日（周五）`); the attendees, the team listed under `## Team` or `## Equipo`, one name an item. A brief’s `Written:` line gives its date, and a name in quotes after `Brand Identity:` its brand.' +
        ' Minutes name their attendees one a line under `Meeting Attendees`, under `## Key Participants`, `人员：` or `参与角色：`, after a bar on the line of the date (`日期：2026-03-12 ｜ 参会：王明、李华`) or in the `Asistentes` column of a table of meetings, whose `Fecha` column then dates them; someone named in brackets as the client among them (`Tomás Rey (cliente, La Casa Verde)`) names their client. A closing line saying when the document was made (`**Published:** March 5, 2026`, `**Report Generated:** 2026-03-05`, `*Acta generada … · 2026-03-05*`) or a page’s `publicationdate:` gives its issue date, and `**Last Updated:**` closing a fact book its update. A status report’s `**Week Ending:** 8 March 2026` gives its week; a review’s `Corte de relevamiento:` or `Data as of:` its date, and so does a byline with the month (`*Prepared by Ana Ruiz, March 2026*`). The meeting’s day may open a heading under the title (`## March 4, 2026 - Client Call`) or a line naming the meeting (`2026-03-04 club Meeting Agenda`), or be on the `时间：` line of each meeting of a log; a Hangouts link or the opening prose saying where it is held (`The meeting will be held on Thursday at the Harbor Library`) gives an agenda its place, and a title for an account’s handle (`Growth Strategy for @HarborBooks`), in a document keeping no fields, its brand.' +
        ' A page’s `+++` TOML header opening the body (`date = "2026-03-04T10:00:00Z"`) dates it as the front matter’s `date:` would. A budget over a period or for the media with its amount (`**Monthly budget:** USD 1,200`, `**Budget mensual**:`, `月预算：8000 元`) gives the budget; `品牌名称：` the brand; a table with a column for the client filled in (`| Client Name | Status |` over `| Harbor Charters | Green |`) the client, and so do a fact book’s or a brief’s `| Business Name |` row, a sales call’s `**Prospect:**`, the `**Company:**` line atop the minutes of a call and someone marked `(Client)` among those at a meeting (`- Gwen Hart (Client)`). Minutes name their attendees too as one sub-heading a person under `## Individual responses` (three at least), or as the people listed first, each named in full, under the prose opening them (`The AGM was held on …` over `- Rosa Linden (Chair)`); the meeting’s day may be written `2026 03 04` in the title.' +
        ' The meeting’s day may be in a title with the month in lower case and its year (`# Tuesday, jul 27, 2026 at 19:00 GMT+8`) or on the body’s first line naming the meeting (`TSC 例会 2026-03-12`); the attendees may be listed under a `Roll call:` closing a sentence of prose. The meeting’s day may also be under a heading naming when and where it was (`# CIUDAD Y FECHA.` over `14/05/2026 Cartagena`, `### Time and Place:`), in a title whose hashes touch the words (`#6/02/26 Kickoff Call`) or written with dashes and a short year (`05-21-26`); the attendees, in a table of people (`| Nombre completo | Rol |`) under a label alone (`**Participantes**`), anywhere. A `| **Company** | … |` row of the meeting’s details table gives minutes their client, and a heading that starts with the day names the attendees under it (`### March 2nd, meeting Attendees`).' +
        ' Who recorded the minutes over a `Time:` line with the day and its year, closing them (`**记录人：** 小林` / `**时间：** 2027-05-14 09:30`), says when they were written.' +
        ' The meeting’s day may be alone on a line atop the minutes with its hours written with dots (`2027.03.04 19.00-21.30`), on a quoted line naming the meeting after it (`> 2027.4.12 周日 上午 第三次会议记录`) or in a heading naming the agenda of that day (`## Agenda Items for March 5, 2027`).' +
        ' Minutes marking one of their attendees as the client (`### Attendees: Jo Park (Client), Ana Ruiz`, or `- Jo Park (Client)` one a line, or in the attendees’ row of the meeting’s details table, `| Attendees | Jo Park(client), Ana Ruiz |`) name their client. A changelog numbered among the parts and kept as a table (`## 2. Revision history` over `| 1.0 | 2027-01-14 | First draft |`) dates the document too.' +
        ' Lines in an HTML comment are not read. A meeting held on a call says so by its format too (`**Format:** Google Meet`), which gives its place.' +
        ' The attendees may be under a heading naming them in two languages (`## 参会人员 Attendees`); an agenda’s logistics section naming the video platform (`## Logistics` over `We will use Zoom …`; not a chat channel alone, `IRC`) gives its place; a label line on the budget with its total as the first item under it (`Presupuesto de prueba (mensual en ARS)` over `- Total: ARS 4.800.000`) gives the budget, and `**Marcas**:` or `**Brands:**`, the brands in the plural, the brand. A count between the name and a Chinese title keeps the name (`# DeepNeed 7天营销执行计划`); a brief’s title saying what it is, then the campaign for a name the body writes so too (`# Creative Brief: UGC Ad Campaign for Reminderr`), names its client and brand; a part of a title that opens with a campaign, a promotion or the document’s subject (`— Promo Tiquete Verde`, `# Campaña: PROMO …`, `: Estrategia de Crecimiento B2B`) names no one.',
      zh:
        '每类文档的头部都要写明一些基本信息：客户、日期、工作单号等。字段没写、是空的或还是 TBD、待定之类的占位，都算缺少。请填上，快速修复可以帮你加上字段。正文开头写成一行的字段也算（`参会人员：赵敏、孙浩`），参会人员或抄送写成标题、下面列出姓名（`## 参会人员`）也算。估价单的金额都带同一币种（`¥3,000`）或写明了币种（`币种：人民币`），就算有币种；周报的标题或小标题写了第几周（`# 项目周报（第 1 周）`），就算有周次；标题或开头单独一行写了日期（`20260914周报`），就算有周次和发出日期。`**更新时间**：`、`最后更新：` 或结尾几行的 `*创建时间：2026-03-01*` 都算文档日期；正文开头以年月或日期开头的标题（`# 2026年5月 / …`）也算，报告头部自己的 `date:`（会议记录和议程的 `date:` 是会议日期，除外）算发出日期，头部不写本类字段、标题写成“名称 · 文档类别”（`# 诡谜局 · 前期获客宣传方案`）的文档，标题里的名称算品牌，简报、策略和进度报告还算客户（内部文档即作者自己的公司；估价单的标题可能是报价方自己的名称、竞争者评议的标题可能是竞争对手，这两类不算客户）；标题开头紧接文档类别的英文名称也算（`# NovaDesk 推广方案`、`# LumaCraft Content Strategy`；平台名如 `# TikTok 推广方案` 不算），正文开头带日期的署名行（`编制：王明2025.5.12`）也算。金额各自写明货币代码（`ARS 8.500`、`USD 200`）的，算有币种；各条修订以日期开头的更新日志（`## 更新日志` 下的 `- 2026-06-04 …`）也算文档日期（会议记录也算：即纪要写成的日期）。简报、策略、竞品分析或周报开头的公司行（`**公司：** 青禾乳业`）算有客户；客户行写明是品牌（`**客户：** 夜鹰（香薰品牌）`）或邮件主题以客户名命名活动，算有品牌；竞品分析的标题给竞品编号（`## 竞品一：瑞幸`）、在竞品标题下逐个列出，或表格逐行写出竞品（`| 竞品 | 评分 |`），算有竞品；周报开头的交付日期（`**交付日期：** 2026年10月2日`）算发出日期和周次，标题里的 ISO 周（`2026W1`）算周次；简报的 `**Final Approval:** 5月28日` 算截止日期。写明金额和币种的预算标题（`## 预算分配（¥5,000）`）算有预算。其他模板的待填项（双花括号里的变量、`[YYYY-MM-DD]`、`__/__/____`、标题下待填的名称：`### 客户：` 下的 `[你的公司名称]`）不算填写；正文里仍写着待填项或 TBD 的那一行（`**预算：** 待定`）就在该行提示，不提供快速修复（值需要你来填）。会议记录的参会人员也可以写在其他说法的标题或标签下（`#### 参会者`、`**出席委員**:`、`- 与会人员：` 下列出姓名），或写明全员到场（`全员参加`）；会议日期可以写在标题、第一个标题或会议主题行里（`**会议主题：** 例会 3.11`），写在 `**时间**：` 行上，或写在记录多次会议的各个标题里（`## 迭代会议2（4.11）`）。会议记录的发出日期即撰写日期：开头或结尾的 `创建时间：`、网页 `date:` 里的发布时间（`2026-07-07T23:29:06+08:00`），或多次会议各有日期的记录开头的日期都算（会议记录开头单写的 `日期：` 是会议日期）。议程开头的视频会议链接（`https://zoom.us/j/…`）算会议地点；结尾几行的 `**分发范围**: 全体项目成员` 算抄送。简报或报告开头一行斜体署名、竖线后写月份或日期（`*王明，创意总监 | 2026年5月*`），算有日期。HTML 注释里的行不读。' +
        '字段名前可以有表情符号（`**📅 日期：** 2026/09/04`），中文字段名后可以跟制表符（`會議時間<TAB>115年3月2日`）。会议记录的参会人员也可以写成成员（`- 成员：全体组员`）、标题下一行的姓名缩写（`AR, BK, CL`）或 `*Other attendees:*` 下的名单；会议日期可以是头部带时间的时间戳（`date: 2026-04-28 14:00:00 +1000`、`from:`、活动的开始时间 `start: 2026-02-08T15:00`）、单独一行的日期、记录中各标题里的数字日期（`## 20260304会议纪要`）或各次讨论的日期标签（`> **5月3日上午**：`）；结尾 `Prepared by` 行下的 `Date:` 行算发出日期，标题写明是电话或视频会议的算有地点。工作单开头的 `**Created:**` 行算开单日期；简报开头的 `pro bono` 算有预算；发给某人（`**收件人：**`、`**To:**`）的进度邮件算有客户，会议名单里括号中写出的客户（`* 客户（朴乔）`）也算。会议日期也可以写在标题下带时间和时区的小标题或列表项里（`## March 4, 2026 @ 3pm CET`）、单独一行粗体（`**2026/4/14 下午**`）、`##` 后不空格的标题（`##**2026年4月14日**`）、`时间地点：` 行，或记录中每次会议的粗体或折叠标签里；参会人员可以写成 `###参与者`（不空格）、`参会者；…`、标题 `与王明、李华的会议`；议程的会议频道（`会议链接：`、`会议平台：`）或入会方式标题（`## 入会方式`）算有地点；会议记录开头单独一行精确到秒的时间戳（`2026-03-04 20:49:49`）算发出日期。' +
        '会议日期也可以写在正文开头说到会议的一句话里（`会议于2026年3月6日下午召开`）、一行字段名下的值里（`时间  地点` 下的 `9.14  15:00`，或表头 `| 日期 | 时间 |` 下的一行），或会议列表标题下各条带日期的链接里；参会人员也可以写在开头的句子里（`参会成员王明、李华`）、开头每行一人的表格里（`| 姓名 | 今日完成 |`），或写成各人姓名的列表项、下面是各自的汇报。简报标题开头的工单号（`# MKT-42：春季海报简报`）算工作单号；头部不写字段、客户行的名称是标题的一部分的，算有品牌；进度页的 `**执行期间**：2026/03/02 - 2026/03/29` 算周次；项目行写明为哪家机构（`项目：青禾公司官网改版`）的，算有客户。会议记录写明 `**To:**` 的算有抄送；中文字段名后空一格再写日期（`* 更新时间 2026-03-25`）也算日期；各标题为“月.日 + 会议纪要”（`### 6.2 会议纪要`）的记录算有会议日期。' +
        '会议记录的 `Client / Sponsor:` 算客户，`Date of Circulation:` 算发出日期；会议日期也可以写在把日期、时间、地点连在一起的标题下（`## Date, Time and Location`），或单独一行字段名下一行（`##### 时间：` 下的 `3月6日（周五）`）；`## 团队` 下每项一个人名的列表算参会人员。简报的 `Written:` 行算日期，`Brand Identity:` 后加引号的名称算品牌。' +
        '会议记录的参会人员也可以写在单独一行的 `Meeting Attendees` 下（每行一人）、`## Key Participants`、`人员：` 或 `参与角色：` 后，日期行里竖线后的 `参会：`（`日期：2026-03-12 ｜ 参会：王明、李华`），或会议一览表的 `Asistentes` 列里（其 `Fecha` 列即会议日期）；名单里括号中注明是客户的（`Tomás Rey (cliente, La Casa Verde)`）算有客户。结尾说明文档何时生成或发布的一行（`**Published:** March 5, 2026`、`*纪要由录音生成 · 2026-03-05*`）或网页头部的 `publicationdate:` 算发出日期，实情手册结尾的 `**Last Updated:**` 算更新日期。周报开头的 `**Week Ending:**` 算周次；竞品分析的 `Corte de relevamiento:`、`数据截至：` 算日期，带月份的署名行（`*Prepared by Ana Ruiz, March 2026*`）也算。会议日期也可以写在标题下以日期开头的小标题（`## March 4, 2026 - Client Call`）、以日期开头并写明会议的一行，或记录中每次会议各自的 `时间：` 行；议程的 Hangouts 链接或开头说明会议在何处召开的句子（`本次会议在二楼会议室召开`）算有地点；头部不写字段、标题写明账号（`@HarborBooks`）的，算有品牌。' +
        '正文开头网页的 `+++` TOML 头（`date = "2026-03-04T10:00:00Z"`）与头部的 `date:` 同样算日期。写明金额的按期或按媒体的预算（`月预算：8000 元`、`**Monthly budget:** USD 1,200`）算有预算；`品牌名称：` 算有品牌；表格里有客户一列并已填写（`| 客户 | 状态 |` 下的 `| 青禾 | 正常 |`）算有客户，实情手册或简报的 `| Business Name |` 行、销售通话的 `**Prospect:**`、通话纪要开头的 `**Company:**` 行，以及参会名单里注明（客户）的人（`- 王丽（客户）`）也算。会议记录的参会人员也可以写成 `## Individual responses` 下每人一个小标题（至少三个），或写在开头一段话下面、最先列出的全名名单（`The AGM was held on …` 下的 `- Rosa Linden (Chair)`）；标题里写成 `2026 03 04` 的日期也算会议日期。表情符号后的字段名也算（`👥 **Asistentes:**` 下列出的人名，`📅 **Fecha de elaboración:** 15/02/2026`）；与客户并列写出的项目合作单位（`**Entidad colaboradora / Cliente:**`）算客户；西班牙语会议记录结尾的落款（`En Granada, a 2 de octubre de 2026.`）算发出日期。' +
        '会议日期也可以写在月份小写并带年份的标题里（`# Tuesday, jul 27, 2026 at 19:00 GMT+8`），或正文第一行写明会议和日期（`TSC 例会 2026-03-12`）；参会人员也可以列在一句话末尾的 `Roll call:` 下。会议日期也可以写在说明时间地点的标题下一行（`# 时间地点` 下的 `2026/05/14 三楼`、`### Time and Place:`）、`#` 后不空格的标题（`#6/02/26 Kickoff Call`）或用短横线和两位年份写的日期（`05-21-26`）；参会人员也可以是单独一行标签（`**参会人员**`）下、首列为姓名的表格（`| 姓名 | 角色 |`），位置不限。会议信息表里的 `| **Company** | … |` 行算会议记录的客户；以日期开头的标题（`### March 2nd, meeting Attendees`）下列出的也算参会人员。' +
        '会议记录结尾的记录人下一行写有带年份日期的 `时间：`（`**记录人：** 小林` / `**时间：** 2027-05-14 09:30`），算发出日期。' +
        '会议日期也可以是会议记录开头单独一行、时间用点写的日期（`2027.03.04 19.00-21.30`），引用块中日期后写明会议的一行（`> 2027.4.12 周日 上午 第三次会议记录`），或写明某日议程的标题（`## Agenda Items for March 5, 2027`）。会议记录的参会人员中注明是客户的（`### 参会人员：朴乔（客户）、王明`，或每行一人的 `- 朴乔（客户）`，或会议信息表的参会人员一行 `| Attendees | Jo Park(client), Ana Ruiz |`）算有客户。带编号、写成表格的修订记录（`## 二、修订记录` 下的 `| 1.0 | 2027-01-14 | 初稿 |`）也算有日期。会议形式写明在线上开（`**形式：** 腾讯会议`、`**Format:** Google Meet`）的，也算有地点。' +
        '参会人员也可以列在中英两种语言写的标题下（`## 参会人员 Attendees`）；议程中写明视频会议平台的接入安排部分（`## 接入工具及交流方式 Logistics` 下的 `我们将使用 Zoom …`；只有 `IRC` 这样的聊天频道不算）算有地点；单独一行的预算标签、其下第一项为合计金额（`推广预算（月度）` 下的 `- 合计：¥48,000`）算有预算；复数的 `**Marcas**:`、`**Brands:**` 算有品牌。名称与中文标题之间夹着天数的（`# DeepNeed 7天营销执行计划`）仍算名称；简报标题先写文档类别、再写为某个名称做的活动、且正文也这样写出该名称的（`# Creative Brief: UGC Ad Campaign for Reminderr`），算有客户和品牌；标题中以活动、促销或文档主题开头的部分（`— Promo Tiquete Verde`、`# Campaña: PROMO …`、`: Estrategia de Crecimiento B2B`）不算名称。',
      es:
        'Cada tipo de documento necesita ciertos datos en su cabecera: el cliente, las fechas, el número de trabajo… Un campo ausente, vacío o que todavía dice TBD o «pendiente» cuenta como faltante. Rellénalo; la corrección rápida añade la clave. Un campo escrito como línea al principio del cuerpo también cuenta (`**Asistentes:** Ana Ruiz, Ben Cole`), y también los asistentes o la distribución como título con los nombres debajo (`## Asistentes`). Un presupuesto cuyos importes llevan todos la misma moneda (`500,00 €`) o que la dice (`Precios en EUR`) tiene su moneda; un informe cuyo título o un encabezado dice la semana (`# Informe semanal – Semana 13`) tiene su semana, y uno fechado en su título o en una línea propia al principio (`# Informe semanal · 14/09/2026`) tiene su semana y su fecha de emisión. Una fecha dada como `**Última actualización:**` o en las últimas líneas es la fecha del documento, y el `date:` propio de un informe (no el de un acta o un orden del día, que es el de la reunión) es su fecha de emisión, y un documento que no lleva ninguno de los campos de su tipo, titulado `Nombre — qué es` (`# PACAME — Estrategia de redes`), nombra ahí su marca, y en un brief, una estrategia o un informe también su cliente (la propia empresa si es interno; no en un presupuesto, cuyo título puede llevar el nombre de quien presupuesta, ni en un análisis de la competencia, cuyo título puede nombrar al competidor), y también un nombre escrito como tal delante de un título en chino o de las palabras inglesas del documento (`# NovaDesk 推广方案`, `# LumaCraft Content Strategy`; no una plataforma, `# TikTok 推广方案`), y también un título al principio que empieza por el mes o el día (`# Mayo 2026 / …`) y una firma al principio con su día (`Elaborado por Ana Ruiz, 12 de mayo de 2025`). Importes que nombran cada uno su código ISO (`ARS 8.500`, `USD 200`) dicen su moneda, y un registro de cambios cuyas revisiones empiezan por su día (`## Changelog` sobre `- 2026-06-04 …`) fecha el documento (también un acta: dice cuándo se redactó). Una línea de empresa al principio de un brief, una estrategia, un análisis de la competencia o un informe (`**Empresa:** La Reserva`) da su cliente; una línea de cliente que dice que es una marca (`**Cliente:** Alma (marca de café)`), o el asunto del correo con la campaña a nombre del cliente, da la marca; un análisis de la competencia que numera a sus competidores en los títulos (`## Agencia 1: Faro`), los pone bajo un título sobre ellos o los nombra fila a fila en una tabla (`| Competidor | Precio |`) tiene su competidor; la fecha de entrega al principio de un informe (`**Fecha de Entrega:** 2 de octubre de 2026`) es su fecha de emisión y da su semana, y una semana ISO en su título (`2026W1`) da la semana; el `**Aprobación final:** 28 de mayo` de un brief da su fecha límite. Un presupuesto que escribe `$` en sus filas y un mismo código en la mayoría de importes (`$1,750 USD`) tiene esa moneda; un título sobre el presupuesto con un importe en una moneda (`## Reparto del presupuesto ($250 NZD)`) da el presupuesto. El hueco de otra plantilla (una variable entre llaves dobles, `[DD/MM/AAAA]`, `__/__/____`, un nombre por rellenar bajo su título: `### Cliente:` sobre `[Tu nombre/empresa]`) no es un valor; una línea del cuerpo que aún lo tiene, o TBD (`**Presupuesto:** pendiente`), se señala en esa línea, sin corrección rápida (el valor lo pones tú). Un acta nombra a sus asistentes también bajo títulos y etiquetas con otras palabras (`## Integrantes Asistentes`, `**Miembros en la reunión:** Ana, Luis y Marta`, `**Asistentes:**` con los nombres en la línea siguiente), o dice que vinieron todos (`Asistieron todos`); el día de la reunión puede ir en el título, el primer encabezado o la línea del asunto, en una línea `**Hora:**` o en el encabezado de cada reunión de un diario. Un acta se emite cuando se redacta: una línea `Fecha de redacción:` o `Fecha de creación:` al principio o al final, la marca de publicación del `date:` de una página o la fecha al principio de un diario cuyas actas tienen cada una su `Fecha:` la dan (una `Fecha:` sola al principio de un acta es la de la reunión). El enlace de la videollamada al principio de un orden del día (`https://zoom.us/j/…`) da el lugar; las últimas líneas pueden dar la distribución. Una línea en cursiva al principio de un brief o un informe firmada por quien lo escribe, con el mes o el día tras una barra (`*Ana Ruiz, directora creativa | mayo 2026*`), da su fecha. Una etiqueta puede ir tras un emoji (`👥 **Asistentes:**` sobre los nombres, `📅 **Fecha de elaboración:** 15/02/2026`); la entidad con la que trabaja un proyecto, nombrada junto al cliente (`**Entidad colaboradora / Cliente:**`), es su cliente; la fórmula de cierre de un acta (`En Granada, a 2 de octubre de 2026.`) dice cuándo se redactó. Las líneas dentro de un comentario HTML no se leen.' +
        ' Una clave puede ir tras un emoji (`**📅 Fecha:** 04/09/2026`) o unir el lugar a la fecha (`**Ciudad y fecha:** Cartagena - 03/02/2026`). Un acta nombra a sus asistentes también como sus miembros (`- **Miembros**: Ana Ruiz / Luis Gil`), con una línea de iniciales bajo el título (`AR, BK, CL`) o bajo `*Other attendees:*`, o en una etiqueta de lista sobre los nombres (`- **PARTICIPANTES**`); el día de la reunión puede ser la marca con hora de la cabecera (`date: 2026-04-28 14:00:00 +1000`, `from:`, el inicio de un evento `start: 2026-02-08T15:00`), una línea propia (`3 de marzo de 2026`), un día en cifras en los títulos de un diario (`## 20260304会议纪要`) o la etiqueta de cada sesión (`3/14/2026:`); una línea `Prepared by` al final sobre una `Date:` da cuándo se redactó, y un título que dice que la reunión es una llamada (`… - videoconferencia`), su lugar. Una línea `**Created:**` al principio de un trabajo da su apertura; `pro bono` al principio de un brief, su presupuesto; un informe enviado por correo `**Para:**` alguien, su cliente, y también un cliente nombrado entre paréntesis entre los asistentes (`* Cliente (Jo Park)`). El día de la reunión puede ir en un encabezado o un elemento de lista bajo el título con su hora y su zona, con el mes delante (`## Abril 14, 2026`), tras `Día` (`- Día 14 de abril de 2026.`) o en la etiqueta en negrita de cada reunión de un diario; los asistentes pueden ir en un título `Reunión con Ana, Luis y Marta`, bajo `## Firmas de los Presentes` o `- Miembros:` sobre los nombres; el canal de la llamada (`Plataforma: Meet`, `Enlace de la videollamada:`) o un título sobre cómo unirse (`## Datos de conexión`) da el lugar.' +
        ' El día de la reunión puede ir en la prosa que abre el cuerpo, en una línea sobre la reunión (`La reunión se celebró el jueves 12 de marzo de 5:00 a 6:30 p.m.`), bajo una línea de claves (una tabla `| Fecha | Hora | Lugar |` sobre su fila) o en la lista bajo un título de las reuniones (`## Reuniones documentadas`); los asistentes, en esa prosa (`los integrantes Lucía Pardo y Tomás Gil`), en una tabla al principio con una fila por integrante o bajo `Presentes` solo en su línea sobre los nombres. Un ticket al principio del título de un brief (`# [OPS-112] Brief de campaña`) da su trabajo; una línea de cliente que nombra una parte del título (`# Pancora — Estrategia de marca` sobre `Cliente: Pancora`), en un documento sin campos, su marca; el periodo de un informe de estado (`**Periodo:** 2026/03/02 - 2026/03/29`), su semana; una línea de proyecto que nombra la organización para la que es (`**Proyecto:** Nueva web del Museo de Ciencias Aurora`), su cliente. Un acta enviada `**Para:**` alguien da su distribución.' +
        ' Un acta nombra a su cliente también como `Cliente / Patrocinador:`; el día de la reunión puede ir bajo un título que lo une a la hora y el lugar (`## Fecha, hora y lugar`), en un título con el mes delante (`## Marzo 3 del 2026`) o en la línea bajo su clave sola (`Fecha:`); los asistentes, el equipo en una lista bajo `## Equipo`, un nombre por elemento. El nombre entre comillas tras `**Identidad de marca:**` da la marca.' +
        ' Un acta nombra a sus asistentes también uno por línea bajo `Meeting Attendees`, bajo `## Key Participants`, `人员：` o `参与角色：`, tras una barra en la línea de la fecha (`日期：2026-03-12 ｜ 参会：王明、李华`) o en la columna `Asistentes` de una tabla de reuniones, cuya columna `Fecha` las fecha; alguien nombrado entre paréntesis como cliente entre ellos (`Tomás Rey (cliente, La Casa Verde)`) da su cliente. Una línea final que dice cuándo se hizo el documento (`**Publicado:** 5 de marzo de 2026`, `*Acta generada … · 2026-03-05*`) o el `publicationdate:` de una página da su emisión, y `**Last Updated:**` al final de un libro de datos su actualización. La `**Week Ending:**` de un informe da su semana; el `Corte de relevamiento:` de un análisis, su fecha, y también una firma con el mes (`*Elaborado por Ana Ruiz, marzo de 2026*`). El día de la reunión puede abrir un encabezado bajo el título (`## 4 de marzo de 2026 - Llamada con el cliente`) o una línea que nombra la reunión, o ir en la línea `Hora:` de cada reunión de un diario; un enlace de Hangouts o la prosa inicial que dice dónde se celebra (`La reunión se realizará el jueves en la Sala Norte`) da el lugar de un orden del día, y un título con la cuenta (`@HarborBooks`), en un documento sin campos, su marca.' +
        ' Una cabecera TOML `+++` de una página al principio del cuerpo (`date = "2026-03-04T10:00:00Z"`) la fecha como lo haría el `date:` de la cabecera. Un presupuesto por periodo o para medios con su importe (`**Presupuesto mensual:** 1.200 €`, `**Budget mensual**:`, `月预算：8000 元`) da el presupuesto; `品牌名称：`, la marca; una tabla con una columna para el cliente rellenada (`| Cliente | Estado |` sobre `| Náutica Sur | Verde |`), el cliente, y también la fila `| Business Name |` de un libro de datos o un brief, el `**Prospect:**` de una llamada comercial, la línea `**Company:**` al principio del acta de una llamada y alguien marcado `(Cliente)` entre los asistentes (`- Gwen Hart (Cliente)`). Un acta nombra a sus asistentes también con un subtítulo por persona bajo `## Individual responses` (tres al menos), o como las personas listadas primero, con nombre y apellido, bajo la prosa que la abre (`La asamblea se celebró el …` sobre `- Rosa Linden (Presidenta)`); el día de la reunión puede escribirse `2026 03 04` en el título.' +
        ' El día de la reunión puede ir en un título con el mes en minúscula y su año (`# Tuesday, jul 27, 2026 at 19:00 GMT+8`) o en la primera línea del cuerpo que nombra la reunión (`Reunión TSC 2026-03-12`); los asistentes, bajo un `Roll call:` al final de una frase. El día de la reunión puede ir bajo un título que dice cuándo y dónde fue (`# CIUDAD Y FECHA.` sobre `14/05/2026 Cartagena`), en un título con las almohadillas pegadas (`#6/02/26 Kickoff Call`) o con guiones y el año en dos cifras (`05-21-26`); los asistentes, en una tabla de personas (`| Nombre completo | Rol |`) bajo una etiqueta sola (`**Participantes**`), en cualquier parte. La fila `| **Company** | … |` de la tabla de datos de la reunión da al acta su cliente, y un título que empieza por el día nombra a los asistentes de debajo (`### 3 de marzo: Asistentes`).' +
        ' Quién tomó el acta sobre una línea `Hora:` con el día y su año, al final (`**记录人：** 小林` / `**时间：** 2027-05-14 09:30`), dice cuándo se redactó.' +
        ' El día de la reunión puede ir solo en una línea al principio del acta con las horas escritas con puntos (`2027.03.04 19.00-21.30`), en una línea citada que nombra la reunión tras él (`> 2027.4.12 周日 上午 第三次会议记录`) o en un título que nombra el orden del día de ese día (`## Orden del día del 5 de marzo de 2027`). Un acta que marca a uno de sus asistentes como el cliente (`### Asistentes: Jo Park (cliente), Ana Ruiz`, o `- Jo Park (cliente)` uno por línea, o en la fila de asistentes de la tabla de datos de la reunión, `| Asistentes | Jo Park(cliente), Ana Ruiz |`) nombra a su cliente. Un historial de cambios numerado entre las partes y escrito como tabla (`## 2. Historial de revisiones` sobre `| 1.0 | 2027-01-14 | Creación inicial |`) también fecha el documento. Una reunión por videollamada lo dice también con su modalidad (`**Modalidad:** Google Meet`), que da el lugar.' +
        ' Los asistentes pueden ir bajo un título que los nombra en dos idiomas (`## 参会人员 Attendees`); la sección de logística de un orden del día que nombra la plataforma de videollamada (`## Logistics` sobre `We will use Zoom …`; no un canal de chat solo, `IRC`) da el lugar; una línea de etiqueta sobre el presupuesto con su total como primer elemento debajo (`Presupuesto de prueba (mensual en ARS)` sobre `- Total: ARS 4.800.000`) da el presupuesto, y `**Marcas**:`, las marcas en plural, la marca. Una cifra de días entre el nombre y un título en chino mantiene el nombre (`# DeepNeed 7天营销执行计划`); el título de un brief que dice qué es y luego la campaña para un nombre que el cuerpo también escribe así (`# Creative Brief: UGC Ad Campaign for Reminderr`) da su cliente y su marca; una parte del título que empieza por una campaña, una promoción o el tema del documento (`— Promo Tiquete Verde`, `# Campaña: PROMO …`, `: Estrategia de Crecimiento B2B`) no nombra a nadie.',
    },
    bad: md`
      ---
      type: minutes
      client: Acme Foods
      meeting: 2026-11-24 10:00
      issued: TBD
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      meeting: 2026-11-24 10:00
      issued: 2026-11-24 17:30
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      distribution: Tom Baker, Ana Ruiz, Li Wei, Sam Lee
      ---
      # Contact report: winter campaign review
    `,
  },
});

/** The fields that each give a document's own date. */
const DOCUMENT_DATES = ['date', 'issued', 'updated'];

/** How many lines at the end of the body are read for a date signed off there (`*创建时间：2026-03-01*`). */
const CLOSING_LINES = 8;

const DATED_LINE =
  /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__|\*|_)?([\p{L}][\p{L} ]{0,28}?)\s*(?:(?:\*\*|__|\*|_)\s*)?[:：]\s*(?:(?:\*\*|__|\*|_)\s*)?(\S.*)$|^\s*\|\s*(?:\*\*|__)?([\p{L}][\p{L} ]{0,28}?)\s*(?:(?:\*\*|__)\s*)?\|\s*([^|]*)\||^\s*(?:[-*+]\s+)?(?:\*\*|__)?(\p{Script=Han}{2,8})(?:\*\*|__)?[ \t]+(\d.*)$/u;

/** The names of a date that say no more than that (`Date:`, `Fecha:`, `日期：`): atop minutes, the meeting's. */
const BARE_DATE = new Set(['date', 'fecha', '日期']);

/** The first lines of the body and its last ones, where a document says when it was written. */
function topAndClosingLines(doc: AgencyDocument): string[] {
  const lines = doc.text
    .slice(doc.frontMatter?.end ?? 0)
    .trimEnd()
    .split('\n');
  return lines.length <= FIELD_BODY_LINES + CLOSING_LINES
    ? lines
    : [...lines.slice(0, FIELD_BODY_LINES), ...lines.slice(-CLOSING_LINES)];
}

/**
 * Whether a line near the top of the body or one of its last lines gives the document's date under one of the
 * names of a date (`**Generated:** 2026-05-12`, `> **Last updated:** February 25, 2026`, `*创建时间：2026-03-01*`),
 * with a value that has a number in it (not `[TIMESTAMP]`), after an emoji or not (`📅 **Fecha de elaboración:**`); with `bare` false, not under a name that says only
 * "date" (`**Fecha de redacción:**` counts, `**Fecha:**` does not).
 */
function datedByField(doc: AgencyDocument, bare = true, ids: readonly string[] = DOCUMENT_DATES): boolean {
  return topAndClosingLines(doc).some((line) => {
    const m = DATED_LINE.exec(line);
    if (!m) return false;
    // (`* 更新时间 2025-03-25`: a Chinese key, a space, then the day.)
    const key = m[1] ?? m[3] ?? m[5];
    // `*文档更新时间：2026年5月17日*`, `Document last updated:`: the document's own date, named so.
    const id = fieldIdForKey(key) ?? fieldIdForKey(key.replace(/^(?:本?文档|文件|document)\s*/iu, ''));
    return !!id && ids.includes(id) && (bare || !BARE_DATE.has(fold(key.trim()))) && /\d/.test(m[2] ?? m[4] ?? m[6]);
  });
}

/** The fields a sign-off block among the last lines of the body gives (`**分发范围**: 全体项目成员`). */
function closingFields(doc: AgencyDocument): Set<string> {
  // The body's last lines, read back from its end (not the whole text): more than FIELD_BODY_LINES lines, the last CLOSING_LINES.
  const source = doc.source;
  const start = doc.frontMatter?.end ?? 0;
  const end = trimmedEnd(source, start);
  let from = end;
  let breaks = 0;
  let last = -1;
  while (breaks < FIELD_BODY_LINES) {
    const nl = from > start ? source.lastIndexOf('\n', from - 1) : -1;
    if (nl < start) break;
    breaks++;
    if (breaks === CLOSING_LINES) last = nl + 1;
    from = nl;
  }
  if (breaks + 1 <= FIELD_BODY_LINES) return new Set();
  return bodyFieldIds(source.slice(last, end), CLOSING_LINES, true);
}

/** A date with its time, as a site generator or a wiki stamps a page: `2020-07-07T23:29:06+08:00`. */
const PAGE_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Whether the front matter's `date:` is a page's publishing stamp (see PAGE_STAMP): when the minutes went out. */
function pageStamp(doc: AgencyDocument): boolean {
  const date = doc.frontMatter?.field('date');
  return !!date && !date.missing && PAGE_STAMP.test(date.text.trim());
}

/**
 * Whether the first line of the body is a stamp to the second, alone (`2026-03-04 20:49:49`): a note stamped when
 * it was written, as an editor or a script stamps it.
 */
function stampTop(doc: AgencyDocument): boolean {
  const first = topLines(doc)[0]?.trim();
  return !!first && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/u.test(first) && PAGE_STAMP.test(first.replace(' ', 'T'));
}

/** A `Date:` / `Fecha:` / `日期：` line, in a list or not. */
const DATE_LINE =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?(?:date|fecha|日期)[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?[:：][ \t]*(?:\*\*|__|\*|_)?[^\n]*\d/iu;

/**
 * A log of meetings (`### ACTA 2024-01` …), each dated on a `Fecha:` line of its own, two at least, with one
 * more atop it above its first section: that one is the date of the log itself.
 */
function datedLog(doc: AgencyDocument): boolean {
  const lines = doc.text.slice(doc.frontMatter?.end ?? 0).split('\n');
  let headings = 0;
  let top = false;
  let below = 0;
  /** The last heading a dated meeting was counted under: one per heading. */
  let counted = -1;
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (/^ {0,3}#{1,6}\s/.test(line)) headings++;
    else if (DATE_LINE.test(line)) {
      // Atop: under the title at most.
      if (headings <= 1 && below === 0) top = true;
      else if (headings > 1 && counted !== headings) {
        below++;
        counted = headings;
      }
    }
  }
  return top && below >= 2;
}

/** Words saying a meeting is held on a call (`teleconference`, `videoconferencia`, `视频会议`). */
const CALL_WORDS =
  /(?<![\p{L}])(?:teleconf(?:erence)?|video[- ]?conference|conference call|video call|teleconferencia|videoconferencia|videollamada)(?![\p{L}])|视频会议|電話會議|电话会议|視訊會議|线上会议|線上會議/iu;
/** Whether the title (the first level-1 heading or the front matter's `title:`) says the meeting is a call. */
function callTitle(doc: AgencyDocument): boolean {
  return [doc.title?.text, frontMatterTitle(doc)].some((t) => !!t && CALL_WORDS.test(t));
}

/** The front matter's `title:` (a page's; no field of ours), when it has a value. */
function frontMatterTitle(doc: AgencyDocument): string | undefined {
  const title = doc.frontMatter?.fields.find((f) => fold(f.key) === 'title');
  return title && !title.missing ? title.text : undefined;
}

/** A line saying who wrote the minutes (`**Meeting Notes Prepared By**: …`, `Redactado por:`, `记录人：`). */
const PREPARED_BY =
  /(?<![\p{L}])(?:prepared|recorded|written|taken|compiled) by(?![\p{L}])|(?<![\p{L}])(?:redactad[ao]|elaborad[ao]|preparad[ao]) por(?![\p{L}])|记录人|記錄人|整理人|纪要整理/iu;
/**
 * A `Time:` line whose value is a whole day with its year (`**时间：** 2026-05-14 09:30`): under who wrote the
 * minutes, when they were written.
 */
const TIME_LINE =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?(?:time|hora|时间|時間|记录时间|記錄時間)[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?[:：][ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:19|20)\d\d[-/.年]/iu;
/**
 * Whether, among the last lines, who wrote the minutes is followed by a `Date:` line with a day (`**Prepared
 * By**: Ana Ruiz` / `**Date**: 10/22/2026`), or a `Time:` line with the day and its year (`**记录人：** 小林` /
 * `**时间：** 2026-05-14 09:30`): the day they were written.
 */
function preparedOn(doc: AgencyDocument): boolean {
  const lines = doc.text
    .slice(doc.frontMatter?.end ?? 0)
    .trimEnd()
    .split('\n')
    .slice(-CLOSING_LINES);
  return lines.some(
    (line, i) =>
      PREPARED_BY.test(line) &&
      lines
        .slice(i, i + 3)
        .some(
          (l) =>
            (DATE_LINE.test(l) &&
              findDates(l, { defaultYear: 2000 }).some((t) => t.kind === 'date' || t.kind === 'ambiguous')) ||
            (TIME_LINE.test(l) && findDates(l, { defaultYear: 2000 }).some((t) => t.kind === 'date')),
        ),
  );
}

/** A link to a video call: Zoom, Meet, Teams, Webex, Jitsi, 腾讯会议, 飞书. */
const CALL_LINK =
  /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|meet\.google\.com|hangouts\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|bluejeans\.com|meeting\.tencent\.com|vc\.feishu\.cn|meetings\.feishu\.cn|zoom-lfx\.platform\.linuxfoundation\.org)\b/iu;
/** Whether a line atop the body (outside comments) links to the video call the meeting is held on. */
function callLink(doc: AgencyDocument): boolean {
  let inComment = false;
  let n = 0;
  for (const line of doc.text.slice(doc.frontMatter?.end ?? 0).split('\n')) {
    if (inComment || /^\s*<!--/.test(line)) {
      inComment = !line.includes('-->');
      continue;
    }
    if (++n > FIELD_BODY_LINES) return false;
    if (CALL_LINK.test(line)) return true;
  }
  return false;
}

/** A key naming the channel a call is held on (`IRC:`, `Zoom joining instructions:`, `Enlace de la videollamada:`). */
const CALL_KEY =
  /^(?:irc|irc channel|zoom|zoom link|zoom meeting|zoom joining instructions|google meet|meet link|teams|teams link|webex|jitsi|dial-in|dial in|call link|call details|meeting link|video call|video link|joining instructions|enlace|enlace de la reuni[oó]n|enlace de la videollamada|enlace de zoom|enlace de meet|videollamada|会议链接|会议号|腾讯会议|飞书会议|视频会议链接|入会链接)$/iu;
/** A heading over how to join the call (`## Connection details`, `### Datos de conexión`, `## 入会方式`). */
const CALL_HEADING =
  /^(?:connection details|connection info(?:rmation)?|dial-in(?: details| information)?|joining (?:instructions|details)|how to join|call details|conference details|datos de conexi[oó]n|c[oó]mo (?:unirse|conectarse)|acceso a la (?:reuni[oó]n|videollamada)|入会方式|参会方式|接入方式|会议接入)$/iu;
/** How far down the body an agenda's joining details are read: below the times of the call in each zone. */
const CALL_DETAILS_LINES = 60;
/** A key saying how a meeting is held (`**Format:** Google Meet`, `Modalidad: virtual`, `形式：线上`). */
const FORMAT_KEY = /^(?:format|meeting format|mode|modality|formato|modalidad|形式|会议形式|方式|会议方式)$/iu;
/** Its value when the meeting is a call: a video platform or the word for one held online. */
const CALL_FORMAT =
  /(?<![\p{L}])(?:google meet|meet|zoom|teams|microsoft teams|webex|jitsi|hangouts|discord|online|virtual|remote|video ?call|videollamada|en l[ií]nea|a distancia)(?![\p{L}])|腾讯会议|飞书|钉钉|线上|视频会议|远程/iu;

/**
 * A heading on the meeting's practical arrangements (`## Logistics`, `## 接入工具及交流方式 Logistics`, `## 其他
 * Logistics`): the place only when its part names the video platform the meeting is held on (see VIDEO_PLATFORM).
 */
const LOGISTICS_HEADING =
  /^(?:(?:meeting )?logistics|log[ií]stica|接入工具|接入工具及交流方式|交流方式|其他|其它|会议安排)(?: (?:(?:meeting )?logistics|log[ií]stica|接入工具|接入工具及交流方式|交流方式|会议接入|接入方式))?$/iu;
/** A video platform named (`We will use Zoom …`, `腾讯会议`); not a chat channel (`IRC`) nor `remote` alone. */
const VIDEO_PLATFORM =
  /(?<![\p{L}])(?:google meet|zoom|microsoft teams|webex|jitsi(?: meet)?|hangouts|gotomeeting|bluejeans|whereby)(?![\p{L}])|腾讯会议|飞书会议|钉钉会议|瞩目/iu;
function logisticsPlatform(doc: AgencyDocument): boolean {
  const hs = doc.headings;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    const name = h.text
      .replace(/[*_`:：]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    // (Both words or one that is not `其他` alone: `## 其他` over other notes is no logistics.)
    if (!LOGISTICS_HEADING.test(name) || /^(?:其他|其它)$/u.test(name)) continue;
    let k = i + 1;
    while (k < hs.length && hs[k].depth > h.depth) k++;
    if (VIDEO_PLATFORM.test(doc.text.slice(h.end, k < hs.length ? hs[k].start : doc.text.length))) return true;
  }
  return false;
}

/** Whether the body says how to join the call: a line keyed so, or a heading over it (see CALL_KEY, CALL_HEADING). */
function callDetails(doc: AgencyDocument): boolean {
  if (doc.headings.some((h) => CALL_HEADING.test(h.text.replace(/[*_`:：]/g, '').trim()))) return true;
  if (logisticsPlatform(doc)) return true;
  if (keyedValue(doc, CALL_KEY, CALL_DETAILS_LINES)) return true;
  // `**Format:** Google Meet · [meeting link]`: the meeting is held on that call.
  const format = keyedValue(doc, FORMAT_KEY, CALL_DETAILS_LINES);
  return format !== undefined && CALL_FORMAT.test(format);
}

/** Whether the front matter holds none of the type's fields (`type:` alone, a page's `title:` and `tags:`, or nothing). */
function keepsNoFields(doc: AgencyDocument, fields: readonly { id: string }[]): boolean {
  return (doc.frontMatter?.fields ?? []).every((f) => !f.id || f.id === 'type' || !fields.some((r) => r.id === f.id));
}

/** A title in two parts, one of them a name (see NAME_LIKE; no number): `TipFly AI — Competitive Analysis`, `晓记 · 品牌方案`. */
/**
 * A name: a capital after its first letter (`TipFly AI`, `The Vektor Corporation`, `PACAME`), or a few Chinese
 * characters alone (`诡谜局`, `手冲手记`; not a topic, `在线订购与账户管理中心`).
 */
const NAME_LIKE = /^.+\p{Lu}|^\p{Script=Han}{2,6}$/u;
/** Words that say what the document is (`内容简报草稿`, `营销方案`): a part holding one names no one. */
const DOCUMENT_WORDS = /简报|方案|计划|报告|策略|报价|纪要|记录|草稿|周报|分析|需求/u;
const WEEK_WORDS = /\b(?:week|weekly|semana|semanal)\b|周/iu;
const TITLE_PARTS = /[ \t]+(?:—|–|--?)[ \t]+|[ \t]*[:：·｜|][ \t]*/u;
function titleNamesSubject(doc: AgencyDocument): boolean {
  return titleNameParts(doc).length > 0;
}

/** The parts of a two-part title that are a name (see titleNamesSubject). */
function titleNameParts(doc: AgencyDocument): string[] {
  const title = doc.title?.text.replace(/[*_`]/g, '').trim();
  if (!title) return [];
  const parts = title.split(TITLE_PARTS).filter((p) => /\p{L}/u.test(p));
  // (Not a date or a week: `Week Ending Jan 10, 2026`.)
  return parts.length < 2
    ? []
    : parts
        .map((p) => p.trim())
        .filter(
          (p) =>
            p.length <= 40 &&
            NAME_LIKE.test(p) &&
            !/\d/.test(p) &&
            !WEEK_WORDS.test(p) &&
            !DOCUMENT_WORDS.test(p) &&
            !SUBJECT_PART.test(p),
        );
}

/**
 * A part of a title that opens with the word for a campaign, a promotion or the document (`Promo Tiquete Verde`,
 * `Campaña`, `Estrategia de Crecimiento`, `Brief Creativo del Flyer`): what the work is, or its subject, not whose.
 */
const SUBJECT_PART = new RegExp(
  String.raw`^(?:${PICTOGRAM}[ \t]*)*(?:campa[nñ]a|campaign|promo|promoci[oó]n|promotion|estrategia|strategy|brief|plan|informe|report|propuesta|proposal|an[aá]lisis|analysis|gu[ií]a|guide)(?![\p{L}])`,
  'iu',
);

/**
 * A description in place of a name (`New Turf Installation Company`, `A Local Bakery`): whom it is for is not
 * named yet.
 */
const DESCRIBED_NOT_NAMED = /^(?:new|a|an|our|your|my|the new)[ \t]/iu;
/** Capitals in Chinese words only as an abbreviation (`百万AI应用课`): a course or a product described, not a name. */
const HAN_WITH_ABBREVIATION = /^(?=.*\p{Script=Han})(?=.*\p{Lu})(?!.*\p{Lu}\p{Ll})/u;
/** The parts of the title between its separators (TITLE_PARTS) that hold words, without emphasis. */
function titleParts(doc: AgencyDocument): string[] {
  const title = doc.title?.text.replace(/[*_`]/g, '').trim();
  if (!title) return [];
  return title
    .split(TITLE_PARTS)
    .map((p) => p.trim())
    .filter((p) => /\p{L}/u.test(p));
}

/**
 * Whether the title of a brief, a strategy or a status report, keeping none of its type's fields, names whom it is
 * for beside what it is (`# Maple & Rye — Campaign brief`, `# Bright Path - Weekly Ads Report`): the company or the
 * brand the work is for, its client (the writer's own when in-house). Not an estimate's (the agency quoting may
 * title it with its own name), nor a competitor review's (its title may name the competitor).
 */
function titleNamesClient(doc: AgencyDocument): boolean {
  const parts = titleParts(doc);
  // (Two parts: a longer title, `Memoria: Campaña para Feria Norte — Caso 2: Cevisa`, names cases and topics.)
  if (parts.length !== 2) return false;
  // One part says what the document is (`Paid ads brief`, `推广方案`), the other is a name: two words or more with
  // their capitals (`Maple & Rye`), or one (`Selora`).
  if (!parts.some((p) => WHAT_IT_IS.test(p) || DOCUMENT_WORDS.test(p))) return false;
  return parts.some(
    (p) =>
      p.length <= 40 &&
      (NAME_LIKE.test(p) || /^\p{Lu}/u.test(p)) &&
      !/\d/.test(p) &&
      !WEEK_WORDS.test(p) &&
      !DOCUMENT_WORDS.test(p) &&
      !DESCRIBED_NOT_NAMED.test(p) &&
      !HAN_WITH_ABBREVIATION.test(p) &&
      !WHAT_IT_IS.test(p) &&
      !SUBJECT_PART.test(p),
  );
}

/**
 * A brief's title saying what it is, then the campaign for a name (`# Creative Brief: UGC Ad Campaign for Reminderr`):
 * the name after `for` is whom the work is for, when the body writes it so too (a name keeps its capitals: `for Small
 * Businesses` in a title in title case is written `small businesses` below it).
 */
function titleCampaignFor(doc: AgencyDocument): boolean {
  const parts = titleParts(doc);
  if (parts.length !== 2 || !WHAT_IT_IS.test(parts[0])) return false;
  const name = CAMPAIGN_FOR.exec(parts[1])?.[1];
  if (!name || PLATFORMS.test(name)) return false;
  const body = doc.text.slice(doc.title!.end, doc.title!.end + CAMPAIGN_FOR_READ);
  const escaped = name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'u').test(body);
}
/** How far into the body the name after `for` is looked for. */
const CAMPAIGN_FOR_READ = 4000;
const CAMPAIGN_FOR =
  /(?<![\p{L}])(?:[Cc]ampaign|[Aa]ds?|[Ll]aunch|[Bb]rief|[Cc]ampa[nñ]a|[Ll]anzamiento)[ \t]+(?:[Ff]or|[Pp]ara)[ \t]+(\p{Lu}[\p{L}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}&.'’-]*){0,2})$/u;
/**
 * A title that is a name, then what the document is, with no mark between them: a name in Latin letters before a
 * Chinese title (`# NovaDesk 推广方案`, `# Tide Lamp 详细推广计划`), or a name written as one (`LumaCraft`, `VERDANT`) before
 * the English words for the document (`# LumaCraft Content Strategy`). The name: a capital inside a word or two
 * words with their capitals, or a word of four capitals or more; no digit, no platform (`# TikTok 推广方案` is the
 * channel, not whose the plan is).
 */
const NAME_THEN_CHINESE_KIND =
  /^((?:[A-Za-z][A-Za-z.&'’-]*)(?:[ \t]+[A-Za-z][A-Za-z.&'’-]*){0,3})[ \t]*(?:\d{1,3}[ \t]*(?:天|日|周|週|个月|個月|月|年)[ \t]*)?(?=\p{Script=Han})[^\n]*(?:方案|计划|策略|手册|简报|规划|報告|报告)/u;
const NAME_THEN_ENGLISH_KIND =
  /^((?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{4,}))[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}(?:[Ss]trategy|[Pp]lan|[Bb]rief|[Rr]eport|[Pp]laybook)$/u;
const WRITTEN_AS_NAME = /\p{Ll}\p{Lu}|^\p{Lu}{4,}$|^\p{Lu}\p{L}*[ \t]+\p{Lu}/u;
const PLATFORMS =
  /^(?:tiktok|youtube|linkedin|facebook|instagram|twitter|wechat|whatsapp|github|gitlab|google|shopify|wordpress|xiaohongshu|douyin|bilibili|weibo|amazon|etsy|pinterest|reddit|discord|telegram|seo|sem|kol)$/iu;
function titleNameThenKind(doc: AgencyDocument): boolean {
  const title = doc.title?.text
    .replace(/[*_`]/g, '')
    .replace(new RegExp(String.raw`^(?:${PICTOGRAM}[ \t]*)+`, 'u'), '')
    .trim();
  if (!title) return false;
  const name = (NAME_THEN_CHINESE_KIND.exec(title) ?? NAME_THEN_ENGLISH_KIND.exec(title))?.[1].trim();
  return !!name && WRITTEN_AS_NAME.test(name) && !PLATFORMS.test(name) && !/\d/.test(name);
}

/** Words saying what the document is (`Brand Strategy`, `Creative Brief`, `Plan de Marketing`): that part names no one. */
const WHAT_IT_IS =
  /(?<![\p{L}])(?:brief|strategy|plan|report|status|positioning|proposal|analysis|overview|review|playbook|framework|guide|deck|campaign|marketing|estrategia|posicionamiento|informe|propuesta|an[aá]lisis|gu[ií]a|campaña|resumen)(?![\p{L}])/iu;

/** Whether the front matter gives the document's `date:` (`date: 2026-11-27`), a value with a number in it. */
function frontMatterDated(doc: AgencyDocument): boolean {
  const date = doc.frontMatter?.field('date');
  return !!date && !date.missing && /\d/.test(date.text) && !isPlaceholder(date.text);
}

/** A byline: who prepared the document, then (after the name) the day. */
const BYLINE =
  /^[\s>*_]*(?:编制|编写|撰写|撰稿|作者|报告人|整理|prepared by|written by|compiled by|author|elaborado por|preparado por|redactado por|autor[ae]?)[\s*_]*[:：]?[\s*_]*(\S.{0,80})$/iu;
/** Whether a byline among the first lines of the body gives the day it was written (see BYLINE). */
function datedByline(doc: AgencyDocument): boolean {
  return topLines(doc).some((line) => {
    const m = BYLINE.exec(line);
    if (!m) return false;
    // `*Prepared by Ana Ruiz, December 2024*`: the month it was written, after the name.
    const last = m[1]
      .replace(/[*_]+[ \t]*$/u, '')
      .split(/[,，|·—–]/u)
      .pop()
      ?.trim();
    return (
      findDates(m[1], { defaultYear: 2000 }).some((t) => t.kind === 'date' || t.kind === 'ambiguous') ||
      (!!last && MONTH_YEAR.test(last))
    );
  });
}

/**
 * A line in emphasis atop the body signed by its writer, then the day or the month after a bar or a dash
 * (`*Ana Ruiz, Creative Director | May 2026*`, `_Equipo de cuentas — 12/05/2026_`, `*王明 · 2026年5月*`).
 */
const SIGNED_LINE = /^[\s>]*([*_]{1,2})([^*_\n\d|·—–]{2,60}?)[ \t]*[|·—–][ \t]*([^*_\n|]{4,30}?)[ \t]*\1[ \t]*$/u;
/** A month and its year (`May 2026`, `mayo de 2026`, `2026年5月`). */
const MONTH_YEAR =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre),?(?: de)? (?:19|20)\d{2}$|^(?:19|20)\d{2}年\d{1,2}月$/iu;
/** Whether a signed line in emphasis atop the body gives the day or month it was written (see SIGNED_LINE). */
function datedSignedLine(doc: AgencyDocument): boolean {
  return topLines(doc).some((line) => {
    const m = SIGNED_LINE.exec(line);
    if (!m || !/\p{L}/u.test(m[2])) return false;
    const when = m[3].trim();
    return (
      MONTH_YEAR.test(when) ||
      findDates(when, { defaultYear: 2000 }).some(
        (t) => (t.kind === 'date' || t.kind === 'ambiguous') && t.start === 0 && t.end === when.length,
      )
    );
  });
}

/** A heading over the document's revisions. */
const CHANGELOG_HEADING =
  /^(?:change? ?log|revision history|version history|document history|更新日志|更新记录|修订记录|修订历史|版本记录|版本历史|变更记录|historial de (?:cambios|versiones|revisiones)|registro de cambios)$/iu;
/** Whether a changelog heading lists revisions that each open with their day (`- 2018-11-14 Added the founders`). */
function datedChangelog(doc: AgencyDocument): boolean {
  return doc.headings.some((h, i) => {
    // (`## 2. Historial de revisiones`: numbered among the document's parts.)
    const name = h.text
      .replace(/[*_`:：]/g, '')
      .trim()
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[一二三四五六七八九十]{1,3}[、.．])[ \t]*/u, '');
    if (!CHANGELOG_HEADING.test(name)) return false;
    const end = doc.headings[i + 1]?.start ?? doc.text.length;
    return doc.text
      .slice(h.end, end)
      .split('\n')
      .some((line) => {
        const m =
          /^[ \t]*(?:(?:[-*+][ \t]+|\d{1,3}[.)]|\|[ \t]*(?:v?\d{1,3}(?:\.\d{1,3})+[ \t]*\|)?)[ \t]*)?(?:\*\*|__|v\d+(?:\.\d+)*[ \t]*[—–:|-][ \t]*)*(.{6,24})/u.exec(
            line,
          );
        return (
          !!m &&
          findDates(m[1], { defaultYear: 2000 }).some(
            (t) => (t.kind === 'date' || t.kind === 'ambiguous') && t.start <= 2,
          )
        );
      });
  });
}

/** How many lines atop the body are read for a date or a period of their own. */
const TOP_LINES = 15;

/** The first lines of the body, without front matter. */
function topLines(doc: AgencyDocument): string[] {
  return linesFrom(doc.source, doc.frontMatter?.end ?? 0, TOP_LINES * 3)
    .filter((l) => l.trim() !== '')
    .slice(0, TOP_LINES);
}

/** A day written as digits alone (`20241012`) or without 日 (`2022年4月9周报`). */
const COMPACT_DAY =
  /(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|(?<!\d)\d{4}年\d{1,2}月\d{1,2}(?!\d)/u;

/**
 * A title or a line of its own near the top that dates the document: a heading, or a short line that is no
 * list item, table row or `Key: value` line, with a day in it.
 */
function datedTop(doc: AgencyDocument): 'day' | 'period' | undefined {
  for (const line of topLines(doc)) {
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    if (!heading && (/^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*\|/.test(line) || /[:：]/.test(line))) continue;
    const text = line.replace(/<[^<>\n]*>/g, ' ').replace(/[#*_`>]/g, ' ');
    if (text.trim().length > 80) continue;
    const days = findDates(text, { defaultYear: 2000 }).filter((t) => t.kind === 'date' || t.kind === 'ambiguous');
    // Two days (`2016-3-7到2016-3-13`, `WEEK 13 (APR 25 - May 2)`) are the period reported on, not the day it was issued.
    if (days.length >= 2) return 'period';
    if (days.length === 1 || COMPACT_DAY.test(text)) return 'day';
  }
  return undefined;
}

/** A heading that is a date and little else (`Tuesday, 5 August 2025`, `2025-08-05`, `8月5日（周二）`). */
function isDateHeading(text: string): boolean {
  // (`2026.03.04 19.00-21.30`: the hours of the meeting written with dots, from one to the other.)
  const t = text
    .replace(/[*_`#]/g, ' ')
    .replace(DOTTED_HOURS, ' ')
    .trim();
  if (t.length > 40) return false;
  const tokens = findDates(t, { defaultYear: 2000 }).filter((d) => d.kind === 'date' || d.kind === 'ambiguous');
  if (tokens.length !== 1) return false;
  const rest = (t.slice(0, tokens[0].start) + t.slice(tokens[0].end))
    .replace(
      /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b|(?:星期|周|週)[一二三四五六日天]/giu,
      '',
    )
    // `Día 18 de abril`, and the zone of the time said with it (`@ 4pm CEST`, `15:00 UTC`).
    .replace(/(?<![\p{L}])d[ií]a(?![\p{L}])/giu, '')
    .replace(
      /(?<![\p{L}])(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|IST|JST|KST|AES?T|AEDT)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![\p{L}])/gu,
      '',
    )
    // The hours of the meeting after its day (`2026-03-04, 14:00 - 15:30pm`).
    .replace(/(?<![\p{N}])\d{1,2}:\d{2}(?:[ \t]*(?:am|pm))?(?![\p{L}\p{N}])/giu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return rest === '';
}

/** The hours of a meeting written with dots, from one to the other (`19.00-21.30`, `9.30～11.00`). */
const DOTTED_HOURS =
  /(?<![\p{N}.])(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]*(?:-|–|~|～|至|到)[ \t]*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\p{N}.])/gu;

/** A heading among the first lines whose first piece is a day or a month alone (`# 2026年5月 / …`). */
function datedHeadingTop(doc: AgencyDocument): boolean {
  return topLines(doc).some((line) => {
    if (!/^\s{0,3}#{1,6}\s/.test(line)) return false;
    const first = line
      .replace(/^\s*#+\s*/, '')
      .split(/\s+[/|·–—]\s+/u)[0]
      .trim();
    return isDateHeading(first) || new RegExp(`^(?:${MONTH.source})$`, 'u').test(first);
  });
}

/** A heading naming the budget with an amount in a currency (`Budget Allocation ($250 NZD)`, `预算：¥5万`). */
function budgetHeading(text: string, lang: AgencyDocument['lang']): boolean {
  return (
    /(?<![\p{L}])(?:budget|presupuesto)(?![\p{L}])|预算/iu.test(text) &&
    findAmounts(text, lang).some((a) => a.currency !== undefined)
  );
}

/**
 * The budget as a label line of its own, its total the first item under it (`Presupuesto de prueba (ejemplo, mensual
 * en ARS)` over `- Total: ARS 4.800.000`, `**Budget**` over `- Total: $12,000`), near the top of the body.
 */
function budgetTotalBelow(doc: AgencyDocument): boolean {
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, FIELD_BODY_LINES);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!BUDGET_LABEL_LINE.test(lines[i])) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].trim() === '') k++;
    const total = k < lines.length ? BUDGET_TOTAL_ITEM.exec(lines[k]) : null;
    if (total && findAmounts(total[1], doc.lang).some((a) => a.currency !== undefined)) return true;
  }
  return false;
}
const BUDGET_LABEL_LINE =
  /^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:budget|presupuesto|预算)(?![\p{L}])[^:：\n*_]{0,60}(?:\*\*|__)?[ \t]*[:：]?[ \t]*$/iu;
const BUDGET_TOTAL_ITEM =
  /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?(?:total|合计|总计|总预算)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?(.+)$/iu;

/** A month written as digits alone (`202409`) or in Chinese (`2024年9月`). */
const MONTH = /(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?!\d)|(?<!\d)\d{4}年\d{1,2}月(?!\d)/u;

/** A period named atop the body: a week (`> 项目周期：第11周 — 第18周`), or a month in the title. */
function periodTop(doc: AgencyDocument): boolean {
  const lines = topLines(doc);
  if (lines.some((l) => WEEK_HEADING.test(l))) return true;
  const title = doc.title?.text;
  return !!title && MONTH.test(title);
}

/** The one currency every amount of the body that names one names (`€` throughout), if there is one. */
function amountsCurrency(doc: AgencyDocument): string | undefined {
  const body = doc.text.slice(doc.frontMatter?.end ?? 0, (doc.frontMatter?.end ?? 0) + 200_000);
  const named = new Map<string, number>();
  for (const a of findAmounts(body, doc.lang))
    if (a.currency) {
      const c = SAME_CURRENCY[a.currency] ?? a.currency;
      named.set(c, (named.get(c) ?? 0) + 1);
    }
  if (named.size === 1) return [...named.keys()][0];
  // `ARS 8.500` for the domain and `USD 200` for the work: each amount names its own code (not a bare `$` or
  // `pesos`, which several currencies share).
  if (
    named.size > 1 &&
    [...named.keys()].every((c) => /^[A-Z]{3}$/u.test(c)) &&
    findAmounts(body, doc.lang).every((a) => a.currency)
  )
    return [...named.keys()].join(' ');
  // `$280` in the rows and `**$1,750 USD**` in the total, `$ 60,000 MXN`: the dollar sign is the code's the
  // amounts name, when one code (of a currency written with `$`) is at least four in five of those named.
  if (!named.has('$')) return undefined;
  const codes = [...named].filter(([c]) => c !== '$').sort((a, b) => b[1] - a[1]);
  const all = codes.reduce((n, [, k]) => n + k, 0);
  return codes.length > 0 && DOLLAR_CODES.has(codes[0][0]) && codes[0][1] * 5 >= all * 4 ? codes[0][0] : undefined;
}

/** Currencies written with the dollar sign. */
const DOLLAR_CODES = new Set(['USD', 'MXN', 'CAD', 'AUD', 'NZD', 'ARS', 'COP', 'CLP', 'UYU', 'SGD', 'HKD']);

const CURRENCY_SAID =
  /(?<![\p{L}])(?:(?:all )?(?:prices|amounts|figures|costs|fees)[^.\n]{0,20}[ \t]in[ \t]+(?:USD|EUR|GBP|MXN|ARS|CNY|RMB|US dollars|euros)|(?:precios|importes|montos)[^.\n]{0,20}[ \t]en[ \t]+(?:USD|EUR|MXN|ARS|euros|pesos|d[oó]lares)|币种[:：]|(?:金额|价格)单位[:：])/iu;
/** `All prices in PHP.`, `Prices are in NZD`: any ISO code, in capitals, after the words (see CURRENCY_SAID). */
const CODE_SAID =
  /(?<![\p{L}])(?:[Aa]ll[ \t]+)?(?:[Pp]rices|[Aa]mounts|[Ff]igures|[Cc]osts|[Ff]ees)(?:[ \t]+(?:are|shown|quoted|listed|given))?[ \t]+in[ \t]+[A-Z]{3}(?![\p{L}])/u;
const WEEK_HEADING =
  /(?<![\p{L}\d])(?:19|20)\d{2}-?W\d{1,2}(?!\d)|(?<![\p{L}])(?:week|semana)[ \t]*(?:#[ \t]*)?\d{1,2}(?!\d)|(?<![\p{L}])week[ \t]+(?:ending|of|commencing|starting)[ \t]+\S|第[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*周|\d{1,2}月\d{1,2}[日号]?[ \t]*[~～至到—-][ \t]*\d{1,2}(?:月\d{1,2})?[日号]?|\d{4}-\d{1,2}-\d{1,2}[ \t]*(?:到|至|~|～)/iu;

/** A column or label naming the currency of its amounts (`| Price (ETB) |`, `Importe (MXN)`, `金额（元）`). */
const CURRENCY_COLUMN =
  /(?<![\p{L}])(?:[Pp]rices?|[Aa]mounts?|[Cc]osts?|[Tt]otal|[Ff]ees?|[Rr]ates?|[Pp]recios?|[Ii]mportes?|[Mm]ontos?|[Cc]ost[oe]s?|[Tt]arifas?|金额|价格|单价|费用)[ \t]*[(（][ \t]*(?:[A-Z]{3}|元|人民币|美元)[ \t]*[)）]/u;

/** Signs and codes of one currency (`¥3,000` and `2.5万元` are both yuan). */
const SAME_CURRENCY: Readonly<Record<string, string>> = {
  '¥': 'CNY',
  元: 'CNY',
  RMB: 'CNY',
  人民币: 'CNY',
  '€': 'EUR',
  euros: 'EUR',
  euro: 'EUR',
  // `35美元` beside `289元`: each amount says its own currency, as a code would.
  美元: 'USD',
  欧元: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
  '£': 'GBP',
  '₵': 'GH₵',
};

/** The fields written in the body: as `Key: value` lines near its top, and the list fields as headings. */
function bodyFields(doc: AgencyDocument, signoffs: readonly BodySpan[]): Set<string> {
  // Further down than type detection reads: a brief pasted under the client's e-mail gives its fields after it.
  const bodyStart = doc.frontMatter?.end ?? 0;
  const ids = bodyFieldIds(sourceFrom(doc.source, bodyStart), FIELD_BODY_LINES, true, signoffs);
  for (const id of headingFieldIds(doc.source, doc.headings)) ids.add(id);
  for (const id of listLabelIds(doc)) ids.add(id);
  return ids;
}

/**
 * The list fields given as a plain label ending its line with a colon, with one name a line below it (`Call
 * attendees:` over `Chief Data Officer`), near the top of the body.
 */
function listLabelIds(doc: AgencyDocument): Set<string> {
  const ids = new Set<string>();
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, BODY_FIELD_LINES_READ);
  for (let i = 0; i + 1 < lines.length; i++) {
    const m =
      /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L} ]{0,30}?)[ \t]*(?:(?:\*\*|__)[ \t]*)?[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?\r?$/u.exec(
        lines[i],
      );
    const id = m ? fieldIdForKey(m[1]) : undefined;
    if (!id || (id !== 'attendees' && id !== 'distribution')) continue;
    const next = lines[i + 1].trim();
    if (next !== '' && !next.startsWith('#') && !/[:：]\s*$/.test(next)) ids.add(id);
  }
  return ids;
}
const BODY_FIELD_LINES_READ = 40;

/** Words that name who attended, one of which a key about the attendees holds (`People Present`). */
const ATTEND_WORDS = new Set([
  'attendees',
  'attendee',
  'attendance',
  'attendence',
  // `Atendees: Dorian, Za`: the word as it is often misspelt.
  'atendees',
  'atendee',
  'attendents',
  'attendants',
  'attending',
  'attended',
  'present',
  'participants',
  'participating',
  'asistentes',
  'asistencia',
  'asistieron',
  'participaron',
  'convocados',
  'convocadas',
  'roll',
  'asistió',
  'participó',
  'presentes',
  // `Equipo de Desarrollo Presente:` over the names.
  'presente',
  'participantes',
  'integrantes',
]);
/** Words that may go with them in such a key (`Voting member attendance`, `Miembros en la reunión`). */
const ATTEND_WITH = new Set([
  'voting',
  'member',
  'members',
  'people',
  'persons',
  'team',
  'staff',
  'committee',
  'board',
  'meeting',
  'call',
  'list',
  'of',
  'the',
  'in',
  'at',
  'by',
  'who',
  'were',
  'was',
  'all',
  'names',
  'miembros',
  'personas',
  'equipo',
  'del',
  'de',
  'la',
  'el',
  'los',
  'en',
  'reunion',
  'lista',
  // `Integrantes del Acta`, `*Other attendees:*`, `Also present`.
  'acta',
  'minuta',
  'other',
  'additional',
  'also',
  // `Firmas de los Presentes`, `Signatures of those present`.
  'firmas',
  'signatures',
  'those',
  // `**Community attendance:**`, `BOD Members present:` (the board of directors), `Equipo de Desarrollo Presente`.
  'community',
  'bod',
  'desarrollo',
  // `## Key Participants` over the names.
  'key',
]);
/** Chinese keys about the attendees (`参会者`, `出席委員`, `与会人员`), and those about who did not come. */
const ATTEND_HAN = /参会|參會|与会|與會|出席|到会|到會|参加人|參加人|参与人|參與人|参与者|參與者/u;
/** Chinese keys that name the attendees alone as a key of minutes (`人员：三位队员`, `参与角色：前端、后端`). */
const ATTEND_HAN_KEY = /^(?:人员|人員|参与角色|參與角色|参会角色|參會角色)$/u;
const ABSENT_HAN = /缺席|未出席|请假|請假|未到|缺勤/u;

/**
 * Whether a heading or label names the attendees in words of its own: every word is about who attended, one of
 * them says it (`Voting member attendance`, `People Present`, `Attendents`, `Integrantes Asistentes`, `Miembros
 * en la reunión`, `参会者`, `出席委員`); `Items to present` is not.
 */
export function namesAttendees(key: string): boolean {
  const k = fold(
    key
      .replace(/[(（][^()（）]*[)）]?\s*$/u, '')
      .replace(/[:：]\s*$/u, '')
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''),
  );
  if (k === '' || k.length > 40) return false;
  if (fieldIdForKey(k) === 'attendees') return true;
  // `## 参会人员 Attendees`, `Attendees / 参会人员`: the name in two languages, each naming the attendees.
  const runs = k.split(/(?<=\p{Script=Han})[ \t/|｜]*(?=[a-z])|(?<=[a-z])[ \t/|｜]*(?=\p{Script=Han})/u);
  if (runs.length === 2) return runs.every((r) => namesAttendees(r));
  if (/\p{Script=Han}/u.test(k))
    return (k.length <= 8 && ATTEND_HAN.test(k) && !ABSENT_HAN.test(k)) || ATTEND_HAN_KEY.test(k);
  const words = k.split(/[^\p{L}]+/u).filter(Boolean);
  return words.some((w) => ATTEND_WORDS.has(w)) && words.every((w) => ATTEND_WORDS.has(w) || ATTEND_WITH.has(w));
}

/**
 * A key and its value, a label alone on its line (`**Asistentes:**`), or a list item so labelled (`- Attendees:`,
 * `- **Final Approval:** May 28`), in a quote or not (`> **Company:** Acme`), after an emoji or not (`👥 **Asistentes:**`): the one reader of a `Key: value`
 * line in the body for the checks below (see {@link label}).
 */
const LABEL_LINE =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|:[ \t]+(?=[^ \t]))?(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?(?:\*\*|__|\*|_)?([^*_:：\n]{1,40}?)[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?[:：][ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?(.*)$/u;
/** A line's key, trimmed, and its value as written (empty for a label alone), if the line is a `Key: value` line. */
function label(line: string): { key: string; value: string } | undefined {
  const m = LABEL_LINE.exec(line);
  return m ? { key: m[1].trim(), value: m[2] } : undefined;
}
/** Everyone attended: `全员参加`, `All members present`, `Asistieron todos`. */
const ALL_PRESENT =
  /全员(?:参加|出席|参会|到齐|到场|在场)|全体(?:成员|组员|队员|委员)?(?:参加|出席|参会|到齐|开会)|(?<![\p{L}])(?<!not )(?:all (?:(?:group |team |committee |board )?members |attendees )?(?:were )?present|everyone (?:was )?present|full attendance|asistieron todos|todos (?:los (?:integrantes|miembros) )?(?:presentes|asistieron))(?![\p{L}])/iu;

/** A key closing a line of prose after its sentence (`… who was here. Roll call:`), the names to follow below. */
const TAIL_KEY =
  /[.!?。！？][ \t]+(?:\*\*|__)?([^.!?。！？:：*_\n]{1,40}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*$/u;

/** How many lines of the body are read for the attendees under a label: a log of meetings names them far down. */
const ATTENDEE_LINES_READ = 2000;

/**
 * Whether the document says who attended under a heading or a label of its own (see {@link namesAttendees}),
 * anywhere, with the names on its line or under it, or says everyone did, near the top.
 */
function attendeesGiven(doc: AgencyDocument): boolean {
  for (const h of doc.headings) if (namesAttendees(h.text) && namesFollow(doc.source, h.end, h.depth)) return true;
  // `## Equipo` / `## Team members` over the people, one a list item: the team that met.
  for (const h of doc.headings) {
    const key = h.text.replace(/[*_`:：]/g, '').trim();
    if ((MEMBERS_KEY.test(key) || TEAM_KEY.test(key)) && peopleListed(doc.source, h.end)) return true;
  }
  // `## Individual responses` over `### Tiana`, `### Christian`, `### Hana`: what each member who met reported.
  for (let i = 0; i < doc.headings.length; i++) {
    const key = doc.headings[i].text.replace(/[*_`:：]/g, '').trim();
    if (INDIVIDUAL_KEY.test(key) || MEMBERS_KEY.test(key) || TEAM_KEY.test(key))
      if (personHeadings(doc.headings, i)) return true;
  }
  if (initialsUnderTitle(doc)) return true;
  // `# Reunión con Gustavo, Mariano y Alberto`: the title names who met.
  if (doc.headings.some((h) => MEETING_WITH.test(h.text.replace(/[*_`]/g, '').trim()))) return true;
  const bodyStart = doc.frontMatter?.end ?? 0;
  const lines = linesFrom(doc.source, bodyStart, ATTENDEE_LINES_READ);
  // `los integrantes Ana Ruiz y Luis Gil decidieron…`, `| 姓名 | 今日完成 |` over each member's row, `* 王明：` over
  // what each member reported.
  if (membersNamed(lines) || personTable(doc) || membersReport(lines)) return true;
  // `The AGM was held on Thursday 5th March 2015.` over `- Ana Ruiz (Chair)`, `- Ben Cole (Secretary)`: the people
  // listed first, under no label, are those who met.
  if (namesListedAtop(lines)) return true;
  // `| Fecha | Temas | Asistentes |` over a row for each meeting, each naming who came.
  if (meetingsTable(doc).attendees) return true;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/u, '');
    if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (i < FIELD_BODY_LINES && (ALL_PRESENT.test(line) || NAMES_PRESENT.test(line))) return true;
    // `###参与者` over the names, its hashes against the word (no heading to Markdown).
    const bare = /^ {0,3}#{1,6}(?=[^\s#])(.{1,40})$/u.exec(line.trimEnd());
    if (bare && namesAttendees(bare[1].replace(/[*_`]/g, '')) && namesBelow(lines, i)) return true;
    if (/^ {0,3}#/.test(line)) continue;
    // `Present` alone on its line over the names, one after another (`Ana Ruiz (Chair), Ben Cole`).
    const alone = /^[ \t]*(?:\*\*|__)?(\p{L}[\p{L} ]{0,30}?)(?:\*\*|__)?[ \t]*$/u.exec(line);
    if (alone && i < FIELD_BODY_LINES && namesAttendees(alone[1]) && namesListBelow(lines, i)) return true;
    // `**Participantes**` alone on its line over a table of people (`| Nombre completo | Rol |`), anywhere.
    if (alone && namesAttendees(alone[1]) && nameTableBelow(lines, i)) return true;
    // `Meeting Attendees` alone on its line over the names, one a line.
    if (alone && i < FIELD_BODY_LINES && namesAttendees(alone[1]) && namesColumnBelow(lines, i)) return true;
    // `- 参会者；王明, 李华`: a Chinese key closed by a semicolon written for its colon.
    const semi = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(\p{Script=Han}{2,6})(?:\*\*)?[ \t]*；[ \t]*(\S.*)$/u.exec(line);
    if (semi && namesAttendees(semi[1]) && namesLine(semi[2])) return true;
    // `| Attending | Ana Ruiz, Ben Cole |`: a two-cell row naming the attendees.
    const cells = /^[ \t]*\|/u.test(line) ? line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|') : [];
    if (cells.length === 2 && namesAttendees(cells[0].replace(/[*_`]/g, '').trim()) && namesLine(cells[1])) return true;
    // `> 日期：2026-08-28 ｜ 参会：Ana、Ben ｜ 记录：Ana`: keys one after another on a line, a bar between them.
    if (BAR_KEYS.test(line) && /^[ \t]*(?:>[ \t]*)*[^|｜\s]/u.test(line)) {
      const given = line
        .split(BAR_KEYS)
        .slice(1)
        .some((part) => {
          const p = label(part.trim());
          return !!p && namesAttendees(p.key) && namesLine(p.value);
        });
      if (given) return true;
    }
    // `… sign in below so we know who was here. Roll call:` over the names: the key closes a sentence of prose.
    const tail = TAIL_KEY.exec(line);
    if (tail && namesAttendees(tail[1]) && namesBelow(lines, i)) return true;
    const m = label(line);
    // `- **Members**: Ana Ruiz / Li Wei` or `- 成员：全体组员` atop minutes: the members who met; `- Miembros:` over
    // the names.
    if (
      m &&
      i < FIELD_BODY_LINES &&
      MEMBERS_KEY.test(m.key) &&
      (namesLine(m.value) || (m.value.replace(/[*_`\s]/g, '') === '' && namesBelow(lines, i)))
    )
      return true;
    if (!m || !namesAttendees(m.key)) continue;
    const value = m.value
      .replace(/<br\s*\/?>/giu, ' ')
      .replace(/[*_`]/g, '')
      .trim();
    if (value !== '' ? !isPlaceholder(value) : namesBelow(lines, i)) return true;
  }
  return false;
}

/** The bar between keys on one line (`日期：… ｜ 参会：…`, `Date: … | Attendees: …`; no table's cell). */
const BAR_KEYS = /｜|(?<=[ \t])\|(?=[ \t])/u;
/** Two names or more and that they were there: `Phil & Christian present`, `Ana, Ben and Carla were present`. */
const NAMES_PRESENT =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?:(?:,[ \t]*|[ \t]*(?:&|and)[ \t]+)\p{Lu}\p{Ll}+)+[ \t]+(?:were[ \t]+)?present(?![\p{L}])/u;
/** A title saying whom the meeting was with, two names or more (`Reunión con Gustavo, Mariano y Alberto`, `与王明、李华的会议`). */
const MEETING_WITH =
  /^(?:[Mm]eeting|[Cc]all|[Ss]ync|[Cc]atch-up|[Rr]euni[oó]n|[Jj]unta|[Ll]lamada)[ \t]+(?:with|con)[ \t]+\p{Lu}[\p{L}.'-]*(?:(?:,[ \t]*|[ \t]+(?:and|y|e|&)[ \t]+)\p{Lu}[\p{L}.'-]*)+\.?$|^(?:与|和)\p{Script=Han}{2,4}(?:[、，,和]\p{Script=Han}{2,4})+的?(?:会议|会谈|碰头会|沟通会)$/u;

/** A list item naming the client's person in brackets: `Client Name (Jo Park)`, `Cliente (Jo Park)`, `客户（朴乔）`. */
const CLIENT_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]*)?(?:\*\*|__)?(?:client|cliente|客户)(?:[ \t]+(?:name|contact|representative|nombre|representante))?(?:\*\*|__)?[ \t]*[(（][ \t]*\p{L}[^()（）\n]*[)）]/iu;
/** Whether a list item among the first lines of minutes names the client who attended (see CLIENT_ITEM). */
function clientAttended(doc: AgencyDocument): boolean {
  return linesFrom(doc.source, doc.frontMatter?.end ?? 0, FIELD_BODY_LINES).some(
    (l) => CLIENT_ITEM.test(l) || clientInBrackets(l) || clientAmongAttendees(l) || MARKED_CLIENT_ITEM.test(l),
  );
}

/** A list item that is a person marked as the client and nothing else (`- Jo Park (Client)`, `- 朴乔（客户）`). */
const MARKED_CLIENT_ITEM =
  /^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Script=Han}{2,4})(?:\*\*|__)?[ \t]*[(（][ \t]*(?:client|cliente|客户|客戶|甲方)[ \t]*[)）][ \t]*$/iu;

/** A person marked as the client in brackets after the name: `Jo Park (Client)`, `Jo Park (cliente)`, `朴乔（客户）`. */
const MARKED_CLIENT = /(?:\p{L}[\p{L}.'’-]*)[ \t]*[(（][ \t]*(?:client|cliente|客户|客戶|甲方)[ \t]*[)）]/iu;
/**
 * Whether a line naming the attendees (`### Attendees: Jo Park (Client), Ana Ruiz`) marks one of them as the client:
 * the client was there, named as a person.
 */
function clientAmongAttendees(line: string): boolean {
  const m = label(line.replace(/^[ \t]{0,3}#{1,6}[ \t]+/u, ''));
  if (m) return namesAttendees(m.key) && MARKED_CLIENT.test(m.value);
  // `| Attendees | Jo Park(client), Ana Ruiz |`: the row of the meeting's details table naming who came.
  const row = ATTENDEES_ROW.exec(line);
  return !!row && namesAttendees(row[1].trim()) && MARKED_CLIENT.test(row[2]);
}
/** A table row of a key and its value (`| **Attendees** | Jo Park (Client), Ana Ruiz |`): [1] the key, [2] the value. */
const ATTENDEES_ROW = /^[ \t]*\|[ \t]*(?:\*\*|__)?([^|*_\n]{2,40}?)(?:\*\*|__)?[ \t]*\|([^|\n]+)\|[ \t]*$/u;

/** A person's company named as the client in brackets after the name: `Juan Gil (cliente, La Jobiteka)`, `(client: Acme)`. */
const CLIENT_BRACKET = /[(（][ \t]*(?:client|cliente|客户|客戶)[ \t]*[,，:：][ \t]*([^()（）\n]{2,60})[)）]/iu;
/** Whether a line names the client so (see CLIENT_BRACKET), its name no blank. */
function clientInBrackets(line: string): boolean {
  const m = CLIENT_BRACKET.exec(line);
  return !!m && /\p{L}/u.test(m[1]) && !isPlaceholder(m[1].trim()) && !/^\[[^\]]*\]$/u.test(m[1].trim());
}

/** A heading over what each member reported (`Individual responses`, `Updates by person`, `个人汇报`). */
const INDIVIDUAL_KEY =
  /^(?:individual (?:responses|updates|reports|status(?:es)?|check-?ins|standups?)|updates by (?:person|member)|per[- ]person updates|(?:team )?member updates|actualizaciones individuales|reportes individuales|informes individuales|个人汇报|个人进展|个人进度|成员汇报|成员进展|成员进度)$/iu;
/**
 * Whether the heading at `i` has three sub-headings or more, each a person's name alone (`### Tiana`, `### Ana
 * Ruiz`), and no other sub-heading.
 */
function personHeadings(headings: AgencyDocument['headings'], i: number): boolean {
  const depth = headings[i].depth;
  let people = 0;
  for (let j = i + 1; j < headings.length && headings[j].depth > depth; j++) {
    if (headings[j].depth !== depth + 1) continue;
    if (!PERSON_NAME.test(headings[j].text.replace(/[*_`:：]/g, '').trim())) return false;
    people++;
  }
  return people >= 3;
}

/** A person's name in words, two at least, each with its capital (`Ana Ruiz`, `Daniel de la Vega`). */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:de|del|la|van|von|da|di))*(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)+$/u;
/** A line saying who was not there (`Apologies for Absence`, `Absent`, `Ausentes`, `缺席`). */
const ABSENT_WORDS = /apolog|absen|regrets|excus|ausen|缺席|请假|請假/iu;
/**
 * Whether the first list of the body, before any heading below the title and under no label (`Absent:`), is of
 * people, three at least, each named in full, a role in brackets after it aside (`- Ana Ruiz (Chair, <code>ar1</code>)`).
 */
function namesListedAtop(lines: readonly string[]): boolean {
  let seenTitle = false;
  let before = '';
  for (let i = 0; i < lines.length && i < BODY_FIELD_LINES_READ; i++) {
    const t = lines[i].trim();
    if (t === '') continue;
    if (/^#{1,6}[ \t]/u.test(t)) {
      if (seenTitle) return false;
      seenTitle = true;
      before = '';
      continue;
    }
    if (!/^(?:[-*+]|\d{1,3}[.)])[ \t]/u.test(t)) {
      before = t;
      continue;
    }
    // The list: under prose (or the title), not under a label or a line about who was away.
    if (/[:：][*_ \t]*$/u.test(before) || ABSENT_WORDS.test(before) || label(before)) return false;
    let people = 0;
    for (let j = i; j < lines.length && /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/u.test(lines[j]); j++) {
      if (!FULL_NAME.test(listedName(lines[j], LONG_ROLE_AFTER))) return false;
      people++;
    }
    return people >= 3;
  }
  return false;
}

/** A label naming the members of the team that met (`Members`, `Miembros`, `成员`, `組員`). */
const MEMBERS_KEY =
  /^(?:members|team members|group members|miembros|miembros del equipo|成员|成員|组员|組員|小组成员|小組成員)$/iu;

/** A heading naming the team (`Team`, `Equipo`, `团队`), over the people in it. */
const TEAM_KEY = /^(?:(?:the |our )?team|(?:el |nuestro )?equipo|团队|團隊)$/iu;
/** A person's name: words each with a capital (`Ana Ruiz`, `María José Ruíz Vázquez`), or two to four Chinese characters. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|los|las|van|von|da|di|du|y)){0,5}$|^\p{Script=Han}{2,4}$/u;
/**
 * Whether the list right under a heading (at `at`, its end) is of people, two at least, each item a name alone
 * (a role in brackets after it aside: `Ana Ruiz (PM)`).
 */
function peopleListed(text: TextSource, at: number): boolean {
  return namesOneALine(
    text
      .slice(at, at + 2000)
      .split('\n')
      .slice(1, 30),
    true,
  );
}

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
/** A key of those who did not come (`Absent:`, `Apologies:`, `Ausentes:`, `缺席：`), closing the names above it. */
const ABSENT_KEY =
  /^(?:absent|absentees|apologies|excused|regrets|not present|ausentes?|excusad[oa]s|缺席|请假)[ \t]*[:：]/iu;
/** A role in brackets after a name (`Ana Ruiz (PM)`), and the longer one a list atop minutes may give (`(Chair, …)`). */
const ROLE_AFTER = /[ \t]*[(（][^()（）\n]{1,30}[)）][ \t]*$/u;
const LONG_ROLE_AFTER = /[ \t]*[(（][^()（）\n]{1,80}[)）][ \t]*$/u;
/** The name a line of names gives: without its list marker, its marks and a role in brackets after it. */
function listedName(line: string, role = ROLE_AFTER): string {
  return line.replace(LIST_MARKER, '').replace(/[*_`]/g, '').replace(role, '').trim();
}

/**
 * Whether the lines hold names one a line, two at least, up to a blank line after them (a role in brackets after
 * a name aside: `Ana Ruiz (PM)`); `listed`: each a list item, the names end where the list does.
 */
function namesOneALine(lines: readonly string[], listed: boolean): boolean {
  let people = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '') {
      if (people > 0) break;
      continue;
    }
    if (listed && !LIST_MARKER.test(t)) break;
    // `Absent: None` right after the names closes them.
    if (people > 0 && ABSENT_KEY.test(listedName(t))) break;
    if (!PERSON_NAME.test(listedName(t))) return false;
    people++;
  }
  return people >= 2;
}

/** Whether a label's value names people: some text that is no blank (`TBD`, `[names]`). */
function namesLine(value: string): boolean {
  const v = value
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/[*_`]/g, '')
    .trim();
  return /\p{L}/u.test(v) && !isPlaceholder(v) && !/^\[[^\]]*\]$/u.test(v);
}

/** Three initials or more, one after another (`KW, LC, GA, SB`): who met, as a team writes it. */
const INITIALS_LINE = /^(?:\p{Lu}{2,3}[ \t]*[,;][ \t]*){2,}\p{Lu}{2,3}\.?$/u;
/** Whether the first line of text under the title is a line of initials (see INITIALS_LINE). */
function initialsUnderTitle(doc: AgencyDocument): boolean {
  if (!doc.title) return false;
  const next = linesFrom(doc.source, doc.title.end, 12)
    .slice(1)
    .find((l) => l.trim() !== '');
  return !!next && INITIALS_LINE.test(next.trim());
}

/**
 * Whether the first line with text after a heading of `depth` ending at `at` holds names: no heading, no label
 * of its own, no blank; under its sub-headings (`## Voting member attendance` / `### Premier members` / names).
 */
function namesFollow(text: TextSource, at: number, depth: number): boolean {
  for (const line of text
    .slice(at, at + 2000)
    .split('\n')
    .slice(1, 40)) {
    const t = line.trim();
    if (t === '') continue;
    const sub = /^(#{1,6})\s/.exec(t);
    if (sub && sub[1].length > depth) continue;
    return isNamesLine(t);
  }
  return false;
}
/**
 * Whether the lines under a label are names, one a line, two at least (`    Ana Ruiz` / `    Ben Cole`, `- Ana
 * Ruiz (PM)`): each a person's name alone, a role in brackets aside.
 */
function namesColumnBelow(lines: readonly string[], i: number): boolean {
  return namesOneALine(lines.slice(i + 1, i + 31), false);
}
/** Whether the next line with text holds two names or more, one after another (`Ana Ruiz, Ben Cole`, `王明、李华`). */
function namesListBelow(lines: readonly string[], i: number): boolean {
  const next = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '');
  return !!next && isNamesLine(next.trim()) && /\p{L}[^,，、;；\n]*[,，、;；][ \t]*\p{L}/u.test(next);
}
/** A table's first column naming people (`| Nombre completo | Rol |`, `| Name | Role |`, `| 姓名 | 角色 |`). */
const NAME_COLUMN =
  /^(?:names?|full names?|nombres?|nombre completo|nombre y apellidos?|apellidos y nombres?|姓名|名字)$/iu;
/** Whether the next line with text heads a table whose first column names people, over one row at least. */
function nameTableBelow(lines: readonly string[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && j <= i + 3 && lines[j].trim() === '') j++;
  const header = lines[j] ?? '';
  if (!/^[ \t]*\|/u.test(header) || !/^[ \t]*\|?[ \t:|-]+$/u.test(lines[j + 1] ?? '')) return false;
  return NAME_COLUMN.test(firstCell(header) ?? '') && !!firstCell(lines[j + 2] ?? '');
}
function namesBelow(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++)
    if (lines[j].trim() !== '' && lines[j].trim() !== '<br>') return isNamesLine(lines[j].trim());
  return false;
}
function isNamesLine(line: string): boolean {
  if (/^#/.test(line) || /^(?:---+|\*\*\*+)$/.test(line) || /[:：]\s*(?:(?:\*\*|__)\s*)?$/.test(line)) return false;
  const v = line
    .replace(/^(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]*)?/, '')
    .replace(/[*_`|]/g, ' ')
    .trim();
  return v !== '' && !isPlaceholder(v);
}

/** Labels naming what the meeting is (`**会议主题：** …`, `Subject:`, `Asunto:`), whose value may date it. */
const MEETING_SUBJECT_KEY = /^(?:会议主题|会议名称|主题|subject|title|meeting|meeting title|asunto|t[ií]tulo|tema)$/iu;
/** A day written month.day.year with dots and a two-digit year, as in `4.24.21` (no version number: `v1.2.10`). */
const DOTTED_DAY = /(?<![\p{L}\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\.\d{2}(?![\d.])/u;

/** A day written year, month and day with spaces between (`2024 03 11`), its month and day in two digits. */
const SPACED_DAY = /(?<![\d.,])(?:19|20)\d{2} (?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01])(?![\d.,])/u;

/** `04-19-26`: a day and a month between dashes, then a two-digit year (findDates leaves it: `10-03-22` may be year first). */
const DASHED_SHORT = /(?<![\p{L}\d-])(\d{1,2})-(\d{1,2})-\d{2}(?![\d-])/u;
/** Whether a title or heading holds `04-19-26`, a valid day whichever of its first two numbers is the month. */
function dashedDay(t: string): boolean {
  const m = DASHED_SHORT.exec(t);
  if (!m) return false;
  const [a, b] = [+m[1], +m[2]];
  const day = (d: number, mo: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  return day(a, b) || day(b, a);
}

/**
 * An English month in lower case with its day and its year (`jul 27, 2021`, `27 jul 2021`): the dates read month
 * names capitalised only (`may` is a verb), but with a day and a year beside it the word is the month.
 */
const LOWER_MONTH_DAY_YEAR =
  /(?<![\p{L}])(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[ \t]+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{2}|(?:3[01]|[12]\d|0?[1-9])[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?[ \t]+(?:19|20)\d{2})(?!\d)/u;

/**
 * Whether a title, a heading or a subject line holds a day (`2016.06.11`, `10/12/22`, `4.24.21`; in Chinese
 * `3.11` too, after the words: `## 3.1 背景` opens with the number of a section, not a day).
 */
function holdsDay(text: string, lang: AgencyDocument['lang']): boolean {
  const t = text.replace(/[*_`#]/g, ' ').trim();
  return (
    findDates(t, { defaultYear: 2000, yearlessNumeric: true, shortDots: lang === 'zh' }).some(
      (d) => (d.kind === 'date' || d.kind === 'ambiguous') && (d.start > 0 || !/^\d{1,2}\.\d{1,2}$/.test(d.text)),
    ) ||
    DOTTED_DAY.test(t) ||
    COMPACT_DAY.test(t) ||
    SPACED_DAY.test(t) ||
    LOWER_MONTH_DAY_YEAR.test(t) ||
    dashedDay(t)
  );
}

/**
 * Whether minutes or an agenda give the meeting's day where the front matter does not: in the title, the first
 * heading, the front matter's `title:` or a subject line atop the body; on a `Time:` / `时间：` line (a day of
 * the Republic of China calendar after `時間`, `113/11/26`, too); or in two headings or more, one per meeting.
 */
/** A heading about the meeting itself. */
const MEETING_WORD = /meeting|minutes|reuni[oó]n|acta|minuta|会议|會議|纪要|紀要|例会|例會|周会|週會|晨会|晨會/iu;
function meetingDated(doc: AgencyDocument): boolean {
  if (frontMatterTimestamp(doc)) return true;
  const body = doc.text.slice(doc.frontMatter?.end ?? 0);
  const when = bodyWhenValue(body, FIELD_BODY_LINES);
  if (when && (holdsDay(when, doc.lang) || rocYear(when) !== undefined)) return true;
  const titles: string[] = [];
  if (doc.title) titles.push(doc.title.text);
  const firstHeading = topLines(doc).find((l) => /^ {0,3}#{1,6}\s/.test(l));
  if (firstHeading) titles.push(firstHeading);
  const fmTitle = frontMatterTitle(doc);
  if (fmTitle) titles.push(fmTitle);
  for (const line of topLines(doc)) {
    const m = label(line);
    if (m && MEETING_SUBJECT_KEY.test(m.key)) titles.push(m.value);
  }
  if (titles.some((t) => holdsDay(t, doc.lang))) return true;
  // `### Meeting minutes: 2026-01-21 UTC 16:00` under the title; a date alone on a line atop the body
  // (`23 - 10 - 2025`, its separators spaced).
  for (const line of topLines(doc)) {
    if (/^ {0,3}#{1,6}\s/.test(line) && MEETING_WORD.test(line) && holdsDay(line, doc.lang)) return true;
    const bare = line
      .replace(/[*_]/g, '')
      .trim()
      .replace(/(\d)\s+([-/.])\s+(?=\d)/g, '$1$2');
    if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(bare) && holdsDay(bare, doc.lang)) return true;
    // `December 7, 2020` alone on its line (below the comments a page opens with), a list item (`* Tuesday, March
    // 29, 2016 at 6 pm CEST`, `- Día 18 de abril de 2023.`), a line in bold with the part of the day
    // (`**2020/6/22 晚上**`) or a heading under the title (`## August 25, 2025 @ 4pm CEST`, `##**2016年3月13日**`,
    // `## Marzo 22, 2021`).
    if (!/^\s*(?:<!--|\|)/.test(line) && dayLine(line)) return true;
    // `> **4月19日晚上**：` over what was said that evening.
    if (dayLabel(line)) return true;
  }
  let dated = 0;
  for (const h of doc.headings) if (h !== doc.title && holdsDay(h.text, doc.lang) && ++dated >= 2) return true;
  // `### 6.2 会议纪要`, `### 5.19 会议纪要`: a log whose headings are a month and a day and the meeting alone.
  if (doc.headings.filter((h) => SESSION_HEADING.test(h.text.replace(/[*_`]/g, '').trim())).length >= 2) return true;
  // `# 7.11`, `# 7.14`: a log whose headings are each a month and a day alone.
  if (doc.headings.filter((h) => BARE_SESSION_DAY.test(h.text.replace(/[*_`]/g, '').trim())).length >= 2) return true;
  if (otherMeetingDay(doc)) return true;
  // `### Immersive Web Working Group Teleconference - 2023-10-31` under the agenda's items: the call's day, not
  // the next one's.
  if (doc.headings.some((h) => CALL_WORDS.test(h.text) && !NEXT_WORDS.test(h.text) && holdsDay(h.text, doc.lang)))
    return true;
  // A log of meetings each opening with its day in bold or in a folded summary (`**Client Meeting 1
  // (24/09/2020)**: …`, `<summary>Wednesday 28th September 2022</summary>`), two at least.
  let entries = 0;
  let inCode = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode;
    const m = inCode ? null : LOG_ENTRY.exec(line);
    const label = m?.[1] ?? m?.[2];
    if (
      label &&
      !NEXT_WORDS.test(label) &&
      (isDateHeading(label.replace(DAY_PART, ' ')) || (MEETING_WORD.test(label) && holdsDay(label, doc.lang))) &&
      ++entries >= 2
    )
      return true;
  }
  // `2/21/2023:` and `2/23/2023:` over each session's items: dated one by one, like the headings of a log.
  let labels = 0;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && dayLabel(line) && ++labels >= 2) return true;
  }
  return openingDated(doc) || whenOverValues(doc) || meetingsListed(doc);
}

/** Words and verbs that say a meeting is held (`se celebra la reunión`, `was held on`, `召开`). */
const MEETING_HELD =
  /(?<![\p{L}])(?:meeting|met|held|convened|gathered|reuni[oó]n|reunimos|reunieron|reunirse|celebr[oó]|celebra|realiz[oó]|convocatoria|encuentro|encontrar(?:nos)?|sesi[oó]n)(?![\p{L}])|会议|會議|开会|開會|召开|召開|举行|舉行/iu;
/** How many lines of prose opening the body are read for the meeting's day. */
const OPENING_PROSE_LINES = 3;

/**
 * Whether the prose opening the body dates the meeting it speaks of (`La reunión se realizó el martes 30 de
 * septiembre de 6:00 a 8:00 p.m.`, `The AGM was held on Thursday 5th March 2015`, `会议于3月4日下午召开`): a
 * day in a line that says a meeting is held, the next one's aside.
 */
function openingDated(doc: AgencyDocument): boolean {
  let prose = 0;
  for (const line of topLines(doc)) {
    if (/^\s{0,3}#|^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*[|>]|^\s*<|^\s*(?:```|~~~)/u.test(line)) continue;
    if (++prose > OPENING_PROSE_LINES) return false;
    const text = line.replace(/[*_`]/g, '');
    if (!MEETING_HELD.test(text)) continue;
    const day = findDates(text, { defaultYear: 2000 }).find((t) => t.kind === 'date' || t.kind === 'ambiguous');
    if (day && !NEXT_WORDS.test(text.slice(0, day.start))) return true;
  }
  return false;
}

/** A line of keys alone (`时间  地点`, `Date | Time | Place`): a form whose values are on the line under it. */
const WHEN_KEYS_LINE =
  /^[ \t]*(?:\*\*|__)?(?:时间|時間|日期|date|time|fecha|hora)(?:\*\*|__)?(?:[ \t]*[|/]?[ \t]+(?:\*\*|__)?(?:时间|時間|日期|地点|地點|date|time|place|location|venue|fecha|hora|lugar)(?:\*\*|__)?)+[ \t]*$/iu;
/** Whether a line of keys atop the body (see WHEN_KEYS_LINE) is over a line whose first value is a day (`8.22  10:00`). */
function whenOverValues(doc: AgencyDocument): boolean {
  const lines = topLines(doc);
  return lines.some((l, i) => {
    if (!WHEN_KEYS_LINE.test(l.replace(/\|/g, ' ')) || i + 1 >= lines.length) return false;
    // A table's header (`| Fecha | Hora | Lugar |`): its values are on the row below the rule.
    const row = /^\s*\|/u.test(l) && /^[ \t]*\|?[ \t]*:?-{3,}/u.test(lines[i + 1]) ? lines[i + 2] : lines[i + 1];
    const first = row
      ?.replace(/^[ \t]*\|/u, '')
      .split('|')[0]
      .replace(/[*_`]/g, ' ')
      .trim()
      .split(/[ \t]{2,}|\t/u)[0];
    // (Under its key, `8.22` is a month and a day, not the number of a section.)
    return !!first && (holdsDay(first, doc.lang) || /^(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])$/u.test(first));
  });
}

/** A heading over the meetings a page keeps (`## Reuniones documentadas`, `## Meetings`, `## 会议记录`). */
const MEETINGS_HEADING =
  /^(?:(?:past |previous )?meetings(?: held| log| notes)?|reuniones(?: realizadas| documentadas| anteriores)?|minutas|actas|会议记录|會議記錄|会议列表|历次会议|歷次會議)$/iu;
/** Whether a heading over the meetings lists two of them or more, each with its day (`- [Reunión técnica - 23 de junio de 2026](…)`). */
function meetingsListed(doc: AgencyDocument): boolean {
  return doc.headings.some((h, i) => {
    if (!MEETINGS_HEADING.test(h.text.replace(/[*_`:：]/g, '').trim())) return false;
    const end = doc.headings[i + 1]?.start ?? doc.text.length;
    const dated = doc.text
      .slice(h.end, end)
      .split('\n')
      .filter(
        (l) => /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u.test(l) && holdsDay(l.replace(/\]\([^)\n]*\)/g, ']'), doc.lang),
      );
    return dated.length >= 2;
  });
}

/** A heading that is a month and a day (`6.2`, `5/19`) and the word for the meeting or its minutes alone. */
const SESSION_HEADING =
  /^(?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])[ \t]*(?:会议纪要|会议记录|會議記錄|例会|例會|午会|早会|晨会|周会|meeting|meeting notes|minutes|reuni[oó]n|acta|minuta)$/iu;
/** A heading that is a month and a day alone (`# 7.11`, `## 10-25`): in a log, one session's day. */
const BARE_SESSION_DAY = /^(?:1[0-2]|0?[1-9])[./-](?:3[01]|[12]\d|0?[1-9])$/u;
/** `<li>Thursday January 23, 2025</li>`, `<h6 align="right">Team 2017/10/20</h6>`: one HTML element on its line. */
const HTML_ITEM = /^[ \t]*<(li|h[1-6])(?:[ \t][^<>\n]*)?>([^<>\n]{1,80})<\/\1>[ \t]*$/u;
/** `@time 2018.12.29`: a log entry's stamp. */
const AT_STAMP = /^[ \t]*@(?:time|date)[ \t]+(\S.*)$/u;
/** `###会议时间<TAB>2016.3.12 晚8点`: a heading, its hashes against a Chinese key, a tab or a colon, then the day. */
const HAN_WHEN_HEADING = /^ {0,3}#{1,6}[ \t]*(?:会议时间|會議時間|时间|時間|日期|会议日期|會議日期)[ \t：:]+(\S.*)$/u;

/**
 * Whether the first lines give the meeting's day as an HTML element (a list item under a heading about the
 * meeting, or a heading of its own: `<li>Thursday January 23, 2025</li>`), as a log's `@time` stamp or as a Chinese
 * `时间` heading.
 */
function otherMeetingDay(doc: AgencyDocument): boolean {
  let heading = '';
  /** The key of a `##### 时间：` / `Date:` line alone, whose value is on the next line with text. */
  let whenKey = false;
  for (const line of doc.text.slice(doc.frontMatter?.end ?? 0).split('\n', FIELD_BODY_LINES)) {
    const when = HAN_WHEN_HEADING.exec(line) ?? AT_STAMP.exec(line);
    if (when && holdsDay(when[1], doc.lang)) return true;
    if (line.trim() === '') continue;
    // `##### 时间：` over `5月7日（周五）12:30-13:30`: the key, then its value a line below.
    if (whenKey && !/^ {0,3}#/.test(line) && !NEXT_WORDS.test(line) && holdsDay(line, doc.lang)) return true;
    const alone = KEY_ALONE.exec(line);
    whenKey = !!alone && (WHEN_KEY.test(alone[1]) || DAY_FIELDS.has(fieldIdForKey(alone[1]) ?? ''));
    if (/^ {0,3}#{1,6}\s/.test(line)) heading = line;
    const m = HTML_ITEM.exec(line);
    if (!m || NEXT_WORDS.test(m[2])) continue;
    if (m[1] === 'li' ? isDateHeading(m[2]) && MEETING_WORD.test(heading) : holdsDay(m[2], doc.lang)) return true;
  }
  return false;
}
/** A key alone on its line, a heading or not, its colon after it or not (`##### 时间：`, `**Date:**`, `Fecha`). */
const KEY_ALONE =
  /^ {0,3}(?:#{1,6}[ \t]*)?(?:\*\*|__)?(\p{L}(?:[\p{L} ]{0,20}\p{L})?)[ \t]*(?:(?:\*\*|__)[ \t]*)?(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?$/u;
/** The fields whose value is the meeting's day, atop minutes or an agenda. */
const DAY_FIELDS = new Set(['date', 'meeting']);
/** The next or the last meeting, whose day is not this one's (`Next call 2026-05-01`, `Próxima reunión`, `下次会议`). */
const NEXT_WORDS =
  /(?<![\p{L}])(?:next|previous|last|pr[oó]xim[ao]|siguiente|anterior)(?![\p{L}])|下次|下一次|上次|下周/iu;
/** A line opening with a label in bold (`**Client Meeting 1 (24/09/2020)**: …`) or a folded summary (`<summary>…</summary>`). */
const LOG_ENTRY =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)([^*_\n]{3,60})(?:\*\*|__)|^[ \t]*(?:<details[^>]*>[ \t]*)?<summary>([^<\n]{3,60})<\/summary>/iu;
/** A Spanish month before the day (`Marzo 22, 2021`, `Junio 20 del 2022`), as English writes it. */
const ES_MONTH_FIRST =
  /^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)[ \t]+(?:3[01]|[12]\d|0?[1-9])(?:,[ \t]*|[ \t]+(?:del?[ \t]+)?)(?:19|20)\d{2}$/iu;
/** An English month, the day and the year joined by hyphens (`Dec-4-2017`, `Jan-03-2018`). */
const EN_MONTH_HYPHENED =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)-(?:3[01]|[12]\d|0?[1-9])-(?:19|20)\d{2}$/iu;

/**
 * A line that is a day alone: a list item, a line in bold, a heading written with its hashes against the text
 * (`##**2016年3月13日**`) or not, the part of the day (`晚上`) and the time with its zone (`@ 4pm CEST`) aside.
 */
function dayLine(line: string): boolean {
  const t = line
    .replace(/^[\s>]*(?:#{1,6}[ \t]*|(?:[-*+]|\d{1,3}[.)])[ \t]+)?/u, '')
    .replace(DAY_PART, ' ')
    .replace(/[*_`]/g, ' ')
    .trim();
  const bare = t.replace(/[.\s]+$/u, '');
  return isDateHeading(t) || ES_MONTH_FIRST.test(bare) || EN_MONTH_HYPHENED.test(bare);
}

/** A label that is a day and nothing else, but a part of the day (`2/21/2023:`, `> **4月19日晚上**：`). */
const DAY_LABEL =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?([^*_:：\n]{3,30}?)[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?[:：]/u;
/** Parts of a day said after it (`晚上`, `por la tarde`, `morning`). */
const DAY_PART =
  /上午|下午|晚上|中午|早上|凌晨|傍晚|(?<![\p{L}])(?:morning|afternoon|evening|night|(?:por la )?(?:mañana|tarde|noche))(?![\p{L}])/giu;
function dayLabel(line: string): boolean {
  const m = DAY_LABEL.exec(line);
  return !!m && /\d/.test(m[1]) && isDateHeading(m[1].replace(DAY_PART, ' '));
}

/**
 * A page's front matter dated with its time and its zone (`date: 2020-04-28 14:00:00 +1000`, `from: 2023-09-30
 * 00:00:00 +1000`, `start: 2021-02-08T15:00`): atop minutes or an agenda, the meeting's day.
 */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[ \t]*(?:Z|[+-]\d{2}:?\d{2})?$/u;
function frontMatterTimestamp(doc: AgencyDocument): boolean {
  // (`start: 2021-02-08T15:00`: an event's start, as a site generator's calendar page writes it; a key of no field.)
  return ['date', 'from', 'start'].some((id) => {
    const f =
      id === 'start' ? doc.frontMatter?.fields.find((e) => e.key.toLowerCase() === id) : doc.frontMatter?.field(id);
    const m = f && !f.missing ? TIMESTAMP.exec(f.text.trim()) : null;
    return !!m && findDates(m[1], { defaultYear: 2000 }).some((t) => t.kind === 'date');
  });
}

/** How far down a brief's timeline (`**Kick-off:**` … `**Final Approval:**`, after the e-mail it came in) is read. */
const FINAL_DATE_LINES = 120;

/** `## Brand Identity: "Chaos & Comedy Co."`, `**Identidad de marca:** «Nube»`: a name in quotes after the key. */
const BRAND_QUOTED =
  /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:brand identity|identidad de marca|品牌形象)[ \t]*(?:(?:\*\*|__)[ \t]*)?[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?(?:"[^"\n]{2,40}"|“[^“”\n]{2,40}”|«[^«»\n]{2,40}»|「[^「」\n]{2,40}」)[ \t]*(?:(?:\*\*|__)[ \t]*)?$/iu;

/** The types whose `Company:` line atop the body names the client (see keyedValue). */
const COMPANY_TYPES = new Set(['brief', 'media-brief', 'strategy', 'competitor', 'status']);
/** The types whose title may name the client (titleNamesClient). */
const CLIENT_TITLE_TYPES = new Set(['brief', 'media-brief', 'strategy', 'status']);
const COMPANY_KEY = /^(?:company|company name|empresa|nombre de la empresa|公司|公司名称|企业|企业名称)$/iu;
/** The last approval or delivery of a job (`Final Approval`, `Entrega final`, `最终交付`). */
const FINAL_DATE_KEY =
  /^(?:final approval|final delivery|final deadline|final deliverables? due|aprobaci[oó]n final|entrega final|fecha de entrega final|最终确认|最终交付|终稿|终稿交付)$/iu;

/**
 * The value of the first line among the top ones of the body whose key matches (`**Company:** TechCorp Inc.`),
 * outside code and not a blank (`[Tu empresa]`, `TBD`); with `dated`, only a value holding a day.
 */
function keyedValue(
  doc: AgencyDocument,
  key: RegExp,
  lines = TOP_LINES * 2,
  dated = false,
  inCode = false,
  rows = false,
): string | undefined {
  let fenced = false;
  for (const line of linesFrom(doc.source, doc.frontMatter?.end ?? 0, lines)) {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced && !inCode) continue;
    const m = label(line.replace(/\r$/u, '')) ?? (rows ? keyCells(line) : undefined);
    if (!m || !key.test(m.key)) continue;
    const value = m.value.replace(/[*_`]+/gu, '').trim();
    // (`[Tu empresa]` is a blank; a link, `[members page](https://…)`, is not.)
    if (
      !/\p{L}|\d/u.test(value) ||
      /^(?:\[(?![^\]\n]*\]\()|[<{])|^(?:tbd|tbc|n\/a|待定|pendiente|por definir)$/iu.test(value)
    )
      continue;
    if (dated && !findDates(value, { defaultYear: 2000 }).some((t) => t.kind === 'date' || t.kind === 'ambiguous'))
      continue;
    return value;
  }
  return undefined;
}

/** A two-cell table row read as a key and its value: `| **Business Name** | The Saltwater Kitchen |`. */
function keyCells(line: string): { key: string; value: string } | undefined {
  // (The closing bar and its spaces as one optional group: `\|?[ \t]*` after the cell would try every split of a
  // cell padded with spaces against it, quadratic in a row padded to 13,000 characters.)
  const m = /^[ \t]*\|([^|\n]+)\|([^|\n]*)(?:\|[ \t]*)?\r?$/u.exec(line);
  return m ? { key: m[1].replace(/[*_`]/g, '').trim(), value: m[2] } : undefined;
}

/** A budget over a period or for the media (`Monthly budget`, `Budget mensual`, `Presupuesto de medios`, `月预算`). */
const BUDGET_KEY =
  /^(?:(?:monthly|weekly|daily|annual|yearly|quarterly|campaign|media|ad|ads|advertising|marketing|paid media) budget|budget (?:mensual|semanal|diario|anual|trimestral|monthly|weekly|daily)|presupuesto (?:mensual|semanal|diario|anual|trimestral|de (?:la )?campa[nñ]a|de medios|de pauta|publicitario|de marketing)|月预算|月度预算|每月预算|年度预算|季度预算|广告预算|投放预算|推广预算|营销预算|媒体预算)$/iu;
/** Whom a sales call is with (`Prospect`, `Prospecto`, `潜在客户`). */
const PROSPECT_KEY = /^(?:prospect|prospecto|潜在客户|意向客户)$/iu;
/** The business a brief or a fact book is about, under the word an intake form uses (`Business Name`). */
const BUSINESS_KEY = /^(?:business name|business|nombre del negocio|negocio|商家名称|店铺名称|店名)$/iu;

/** A list item naming a person, then that the person is the client (`- Henry Zhu (Client)`, `* 王明（客户）`). */
const CLIENT_PERSON_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Script=Han}{2,4})(?:\*\*|__)?[ \t]*[(（][ \t]*(?:[Cc]lient|CLIENT|[Cc]liente|CLIENTE|客户|客戶)[ \t]*[)）]/u;
/** Whether a list item among the first lines of minutes names a person at the meeting as the client (see CLIENT_PERSON_ITEM). */
function clientPersonListed(doc: AgencyDocument): boolean {
  return linesFrom(doc.source, doc.frontMatter?.end ?? 0, FIELD_BODY_LINES).some((l) => CLIENT_PERSON_ITEM.test(l));
}

/**
 * Whether a table atop the body has a column named for the client (`| Client Name | Status |`, `| Cliente |`,
 * `| 客户 |`), filled in on a row under it with a name (not a blank, `[Client]`, `TBD`).
 */
function clientColumn(doc: AgencyDocument): boolean {
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, FIELD_BODY_LINES);
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\|/u, '')
      .replace(/\|$/u, '')
      .split('|')
      .map((c) => c.replace(/[*_`]/g, '').trim());
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/^[ \t]*\|/u.test(lines[i]) || !/^[ \t]*\|?[ \t]*:?-{3,}/u.test(lines[i + 1])) continue;
    const head = cells(lines[i]);
    // (A header of two cells is a table of keys and values, `| Field | Value |`, read as such.)
    const at = head.length >= 2 ? head.findIndex((c) => fieldIdForKey(c) === 'client') : -1;
    if (at < 0) continue;
    for (let j = i + 2; j < lines.length && /^[ \t]*\|/u.test(lines[j]); j++) {
      const cell = cells(lines[j])[at] ?? '';
      if (/^\p{L}/u.test(cell) && !isPlaceholder(cell) && !/^[[<{]/u.test(cell)) return true;
    }
  }
  return false;
}

/** A `+++` TOML header's `date = "…"` line (a page's, as Hugo or Zola write it): its value. */
const TOML_DATE = /^[ \t]*date[ \t]*=[ \t]*["']?([^"'\n]+?)["']?[ \t]*\r?$/u;
/**
 * Whether a `+++` TOML header opening the body (or the document) dates it as the front matter's `date:` would:
 * the meeting's day and, for a stamp with its time, when minutes went out; the date of any other document.
 */
function tomlDated(doc: AgencyDocument, id: string, meeting: boolean): boolean {
  if (id !== 'date' && id !== 'meeting' && id !== 'issued') return false;
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, 40).map((l) => l.replace(/\r$/u, ''));
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0 || lines[open].trim() !== '+++') return false;
  let value: string | undefined;
  for (let i = open + 1; i < lines.length; i++) {
    if (lines[i].trim() === '+++') {
      if (!value || !findDates(value.replace(/T.*$/u, ''), { defaultYear: 2000 }).some((t) => t.kind === 'date'))
        return false;
      if (meeting) return id === 'meeting' || (id === 'issued' && PAGE_STAMP.test(value));
      return id === 'date' || id === 'issued';
    }
    value ??= TOML_DATE.exec(lines[i])?.[1];
  }
  return false;
}

/** When a document was created (`**Created:** 2026-05-09`, `Fecha de creación:`, `创建日期：`). */
const CREATED_KEY =
  /^(?:created|created on|date created|creation date|fecha de creaci[oó]n|creado|creada|创建日期|创建时间)$/iu;
/** Work done for free (`pro bono`): its budget is stated. */
const PRO_BONO = /(?<![\p{L}])pro[ -]bono(?![\p{L}])/iu;

/** A status report's delivery or document date on a line atop it (`**Fecha de Entrega:** 2 de Octubre de 2025`). */
function deliveredOn(doc: AgencyDocument): boolean {
  return !!keyedValue(doc, DELIVERED_KEY, TOP_LINES * 2, true);
}
const DELIVERED_KEY =
  /^(?:delivery date|delivered|date delivered|date of delivery|fecha de entrega|fecha entrega|entregado|entregada|交付日期|提交日期)$/iu;

/** A client line naming the brand in brackets (`The Band (Perfume Brand)`, `Nube（咖啡品牌）`, `Alma (marca de café)`). */
const BRAND_IN_BRACKETS = /[(（][^()（）]{0,30}(?:\bbrand\b|\bmarca\b|品牌)[^()（）]{0,30}[)）]/iu;
/** The subject of the e-mail a brief came in (`Subject: Lufthansa Summer Campaign 2025`). */
const MAIL_SUBJECT_KEY = /^(?:subject|re|asunto|主题|邮件主题)$/iu;

/** Whether the client's line says it is the brand, or the campaign in the subject is named for the client. */
function clientIsBrand(doc: AgencyDocument): boolean {
  const client =
    doc.frontMatter?.field('client')?.text ??
    bodyFieldLine(doc.text.slice(doc.frontMatter?.end ?? 0), 'client', FIELD_BODY_LINES)?.value;
  if (!client) return false;
  if (BRAND_IN_BRACKETS.test(client)) return true;
  // (The e-mail the brief came in may be pasted as a block of code: its subject is read there too.)
  const subject = keyedValue(doc, MAIL_SUBJECT_KEY, TOP_LINES * 2, false, true);
  // The client's first word, a name (`BrewDog` of `BrewDog Germany`), opening the campaign's name in the subject.
  const name = /^[\p{Lu}][\p{L}\d&'’.-]{2,}/u.exec(client.trim())?.[0];
  return (
    !!subject &&
    !!name &&
    subject.startsWith(name) &&
    /(?<![\p{L}])(?:campaign|launch|campaña|lanzamiento)(?![\p{L}])|活动|上市/iu.test(subject)
  );
}

/** A heading naming one of several competitors, numbered (`Agencia 1: IMTEX Publicidad`, `竞品二：瑞幸`). */
const NUMBERED_COMPETITOR =
  /^(?:competitor|competidor|competencia|agencia|agency|rival|brand|marca|竞品|竞争对手|对手)[ \t]*(?:#[ \t]*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[:：.、·—–-][ \t]*\S/iu;
/** A heading over the competitors (`Competidores principales`, `独立 SaaS 竞品`, `Main competitors`). */
const COMPETITORS_HEADING = /(?<![\p{L}])(?:competitors|competidores|rivals)(?![\p{L}])|竞品|竞争对手/iu;
/** A table's first header cell naming what each row is (`| App |`, `| Competidor |`, `| 竞品 |`). */
const COMPETITOR_COLUMN =
  /^[ \t]*\|[ \t]*(?:\*\*|__)?(?:apps?|competitors?|competidor(?:es)?|brands?|marcas?|compan(?:y|ies)|empresas?|agencias?|agency|agencies|products?|productos?|tools?|herramientas?|竞品|竞争对手|品牌|产品|公司)(?:\*\*|__)?[ \t]*\|[^\n]*\r?\n[ \t]*\|?[ \t]*:?-{3,}[^\n]*\r?\n(?:[ \t]*\|[ \t]*(?:\*\*|__)?\p{L}[^\n]*\r?\n){2}/imu;

/** Whether a competitor review names the competitors it reviews (see missing-field's check). */
function namesCompetitors(doc: AgencyDocument): boolean {
  const hs = doc.headings;
  for (let i = 0; i < hs.length; i++) {
    const text = hs[i].text.replace(/[*_`]/g, '').trim();
    if (NUMBERED_COMPETITOR.test(text)) return true;
    if (!COMPETITORS_HEADING.test(text)) continue;
    // Sub-headings under it, each one competitor (`#### Copy.ai (USA)`).
    const subs: string[] = [];
    for (let j = i + 1; j < hs.length && hs[j].depth > hs[i].depth; j++)
      if (hs[j].depth === hs[i].depth + 1) subs.push(hs[j].text);
    if (subs.filter((t) => /^[*_\s]*[\p{Lu}\d]/u.test(t)).length >= 2) return true;
    // A list under it whose items open with a name (`- PhotoAid（…）`, `- **Remove.bg** …`).
    const end = hs[i + 1]?.start ?? doc.text.length;
    const names = doc.text.slice(hs[i].end, end).match(/^[ \t]*[-*+][ \t]+(?:\*\*|__)?\p{Lu}[\p{L}\d.&'’-]*/gmu);
    if ((names?.length ?? 0) >= 2) return true;
  }
  return COMPETITOR_COLUMN.test(doc.text.slice(doc.frontMatter?.end ?? 0));
}

/** A ticket key opening the title, then a separator (`DEA-7 — …`, `[WEB-112] …`, `OPS-42：…`). */
/** A tracker's word for the job's ticket (`Issue`, `Ticket`, `Incidencia`, `工单`). */
const ISSUE_KEY = /^(?:issue|ticket|incidencia|工单)$/iu;
const TITLE_TICKET = /^[ \t]*[[(]?[A-Z][A-Z0-9]{1,9}-\d{1,6}[\])]?(?:[ \t]*(?:—|–|--?|[:：|·])[ \t]*|[ \t]+)\S/u;
/** Whether the title opens with the ticket of the job (see TITLE_TICKET). */
function titleTicket(doc: AgencyDocument): boolean {
  const title = doc.title?.text.replace(/[*_`]/g, '');
  return !!title && TITLE_TICKET.test(title);
}

/**
 * Whether the client, given on its line (`Cliente: **Nube**`), is one part of a title in parts (`Nube — Estrategia
 * de marca`, `Nube · 品牌方案`): a document about the client's own name, which is its brand.
 */
function clientInTitle(doc: AgencyDocument): boolean {
  const client =
    doc.frontMatter?.field('client')?.text ??
    bodyFieldLine(doc.text.slice(doc.frontMatter?.end ?? 0), 'client', FIELD_BODY_LINES)?.value;
  const name = client
    ?.replace(/[*_`]/g, '')
    .replace(/[(（][^()（）]*[)）]?/gu, ' ')
    .split(/[·|,，;；]/u)[0]
    .trim();
  const title = doc.title?.text.replace(/[*_`]/g, '').trim();
  if (!name || !title || !/\p{L}/u.test(name) || isPlaceholder(name)) return false;
  const parts = title.split(TITLE_PARTS).map((p) => fold(p.trim()));
  return parts.length >= 2 && parts.includes(fold(name));
}

/** A key naming the period a report covers (`执行期间`, `Reporting period`, `Periodo`). */
const PERIOD_KEY =
  /^(?:执行期间|執行期間|报告期间|報告期間|统计周期|統計週期|周期|週期|期间|期間|period|reporting period|report period|periodo|per[ií]odo del informe)$/iu;
/** Whether a line atop the body keyed as a period gives its first and last day (`2026/01/15 - 2026/02/15`). */
function periodKeyed(doc: AgencyDocument): boolean {
  const value = keyedValue(doc, PERIOD_KEY, TOP_LINES * 3);
  return (
    !!value &&
    findDates(value, { defaultYear: 2000 }).filter((t) => t.kind === 'date' || t.kind === 'ambiguous').length >= 2
  );
}

/** Common Chinese family names, the first character of a person's name. */
const HAN_SURNAMES =
  '王李张张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/** A name written with capitals (`Ana Ruiz`, `Marilyn Ríos David`). */
const CAP_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,3}`;
/**
 * The members named in a sentence, two or more (`los integrantes Ana Ruiz y Luis Gil`, `all team members (Ana
 * Ruiz, Ben Cole)`, `参会成员王明、李华`).
 */
const MEMBERS_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:integrantes|miembros|members|participants|participantes|asistentes|attendees)(?:[ \t]+(?:del equipo|de la reuni[oó]n|of the team|of the group))?[ \t]*(?:[(:,][ \t]*)?${CAP_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:y|e|and|&)[ \t]+)${CAP_NAME})+` +
    // (In Chinese, each name opens with a family name: `人员管理、任务分配` names no one.)
    String.raw`|(?:(?:参会|與會|与会|出席)(?:成员|成員|人员|人員)|成员|成員|组员|組員)(?:有|为|為|包括)?[:：]?[${HAN_SURNAMES}]\p{Script=Han}{1,2}(?:[、，,和][${HAN_SURNAMES}]\p{Script=Han}{1,2})+`,
  'u',
);
/** Whether a line atop the body names the members who met in a sentence (see MEMBERS_NAMED). */
function membersNamed(lines: readonly string[]): boolean {
  return lines.slice(0, FIELD_BODY_LINES).some((l) => MEMBERS_NAMED.test(l.replace(/[*_`]/g, '')));
}

/** A table's first header cell naming the person on each row (`| 姓名 |`, `| Name |`, `| Integrante |`). */
const PERSON_KEY = /^(?:姓名|成员|成員|组员|組員|name|names|member|team member|nombre|nombres|integrante|miembro)$/iu;
/** The first cell of a table row, without its emphasis. */
const firstCell = (line: string): string | undefined =>
  /^[ \t]*\|([^|\n]*)\|/u.exec(line)?.[1].replace(/[*_`]/g, '').trim();
/**
 * Whether minutes atop their body hold a table whose first column names the person on each row, two rows or more (`| 姓名 | 今日完成 |`,
 * `| Asistentes | |` over `| Nombres | Rol |`): those who met.
 */
function personTable(doc: AgencyDocument): boolean {
  // Atop the body: further down, a table of who does what (`| 姓名 | 负责文档 |` under an item of the agenda) is the
  // work shared out, not who came.
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, BODY_FIELD_LINES_READ + 20);
  for (let i = 0; i + 3 < lines.length; i++) {
    if (i >= BODY_FIELD_LINES_READ) break;
    const head = firstCell(lines[i]);
    if (!head || !/^[ \t]*\|?[ \t]*:?-{3,}/u.test(lines[i + 1])) continue;
    if (!PERSON_KEY.test(head) && !namesAttendees(head)) continue;
    let rows = 0;
    for (let j = i + 2; j < lines.length && /^[ \t]*\|/u.test(lines[j]); j++) {
      const cell = firstCell(lines[j]) ?? '';
      if (namesLine(cell) && !PERSON_KEY.test(cell)) rows++;
    }
    if (rows >= 2) return true;
  }
  return false;
}

/** A list item that is a person's name alone, or with a colon (`* 王明：`, `- 李华`), over what that person said. */
const NAME_ITEM = new RegExp(
  `^[-*+][ \\t]+(?:\\*\\*)?[${HAN_SURNAMES}]\\p{Script=Han}{1,2}(?:\\*\\*)?[ \\t]*[:：]?(?:\\*\\*)?$`,
  'u',
);
/** Whether three list items or more, each a member's name, head what each reported (see NAME_ITEM). */
function membersReport(lines: readonly string[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i++)
    if (NAME_ITEM.test(lines[i].trim()) && /^[ \t]+[-*+][ \t]/u.test(lines[i + 1]) && ++n >= 3) return true;
  return false;
}

/** A key naming the project (`**Proyecto:**`, `Project name:`, `项目名称：`). */
const PROJECT_KEY = /^(?:project|project name|proyecto|nombre del proyecto|项目|項目|项目名称|項目名稱)$/iu;
/** Words naming a kind of organisation (`Museo`, `Foundation`, `Inc.`, `博物馆`). */
const ORGANISATION =
  /(?<![\p{L}])(?:museo|fundaci[oó]n|universidad|colegio|instituto|hospital|cl[ií]nica|asociaci[oó]n|ayuntamiento|municipalidad|alcald[ií]a|empresa|museum|foundation|university|college|school|clinic|association|council|company|inc\.?|llc|ltd\.?|s\.a\.|s\.l\.|gmbh)(?![\p{L}])|公司|集团|集團|博物馆|博物館|大学|大學|医院|醫院|协会|協會|基金会|基金會|学校|學校/iu;
/**
 * Whether a project line atop the body says whom the project is for: an organisation named with its kind after
 * `for` / `para` / `del` (`Nueva web del Museo de la Ciudad`, `Website for Harbor Clinic`), or in Chinese
 * (`青禾公司官网改版`).
 */
function projectForOrganisation(doc: AgencyDocument): boolean {
  const value = keyedValue(doc, PROJECT_KEY);
  if (!value) return false;
  if (/\p{Script=Han}/u.test(value))
    return /\p{Script=Han}{2,}(?:公司|集团|集團|博物馆|博物館|大学|大學|医院|醫院|协会|協會|基金会|基金會|学校|學校)/u.test(
      value,
    );
  const m = /(?<![\p{L}])(?:for|para|del)[ \t]+(?:the[ \t]+|el[ \t]+|la[ \t]+)?(\p{Lu}[^,;()\n]*)$/u.exec(value.trim());
  return !!m && ORGANISATION.test(m[1]);
}

/** The last `n` lines of the body, trailing blank lines aside (read back from its end, not the whole text). */
function lastLines(doc: AgencyDocument, n: number): string[] {
  const source = doc.source;
  const start = doc.frontMatter?.end ?? 0;
  const end = trimmedEnd(source, start);
  let from = end;
  for (let k = 0; k < n && from > start; k++) {
    const nl = source.lastIndexOf('\n', from - 1);
    from = Math.max(nl, start);
  }
  return source
    .slice(from, end)
    .split('\n')
    .filter((l, i) => i > 0 || from === start || l !== '');
}

/** Words saying the document was made or put out (`Published`, `Report Generated`, `Acta generada`, `生成于`). */
const MADE_WORD =
  /(?<![\p{L}])(?:published|generated|publicad[oa]|generad[oa]|elaborad[oa]|redactad[oa])(?![\p{L}])|生成|发布|發布/iu;
/** A day written in full: its year in four digits. */
const FULL_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
/** Whether `text` opens (from `at`) or closes with a day whose year is written (`December 16, 2025`, `2026-07-24`). */
function dayAt(text: string, where: 'start' | 'end'): boolean {
  const t = text.replace(/[\s.。]+$/u, '');
  return findDates(t, { defaultYear: 2000 }).some(
    (d) =>
      (d.kind === 'date' || d.kind === 'ambiguous') &&
      FULL_YEAR.test(d.text) &&
      (where === 'start' ? t.slice(0, d.start).trim() === '' : d.end === t.length),
  );
}

/**
 * Whether one of the last lines says when the document was made: a key with such a word over a day (`**Published:**
 * December 16, 2025`, `**Report Generated:** 2025-11-20`), or a line in such words closing on its day (`*Acta
 * generada a partir de la transcripción · 2026-07-24*`); not the next one's (`Next report generated …`).
 */
function closingStamp(doc: AgencyDocument): boolean {
  return lastLines(doc, CLOSING_LINES).some((line) => {
    if (line.length > 300 || !MADE_WORD.test(line) || NEXT_WORDS.test(line)) return false;
    const m = label(line.replace(/\r$/u, ''));
    if (m && MADE_WORD.test(m.key) && dayAt(m.value.replace(/[*_`]/g, ' ').trim(), 'start')) return true;
    return dayAt(line.replace(/[*_`]/g, ' ').trim(), 'end');
  });
}

/**
 * The closing formula of a Spanish acta, where and when it was signed (`*En Granada, a 02 de octubre de 2026.*`,
 * `Madrid, a 3 de mayo de 2026`): when the minutes were written.
 */
const SIGNED_AT_PLACE =
  /^[ \t]*[*_]*[ \t]*(?:En[ \t]+)?\p{Lu}[\p{L}\p{M} .'’-]{1,40},[ \t]+a[ \t]+(?:\d{1,2}[ \t]+de[ \t]+\p{L}+[ \t]+de(?:l)?[ \t]+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})[ \t]*\.?[ \t]*[*_]*[ \t]*$/u;
function signedAtPlace(doc: AgencyDocument): boolean {
  return lastLines(doc, CLOSING_LINES).some((line) => SIGNED_AT_PLACE.test(line.replace(/\r$/u, '')));
}

/** A page's key for when it was published (`publicationdate`, `published`, `pubDate`, `publish_date`). */
const PUBLISHED_KEY =
  /^(?:publication[ _-]?date|publish(?:ed)?[ _-]?(?:date|at|on)?|pub[ _-]?date|date[ _-]?published)$/iu;
/** Whether the front matter says with a day when the page was published (see PUBLISHED_KEY). */
function publishedInFrontMatter(doc: AgencyDocument): boolean {
  return (doc.frontMatter?.fields ?? []).some(
    (f) =>
      PUBLISHED_KEY.test(f.key.trim()) &&
      !f.missing &&
      findDates(f.text.replace(/T.*$/u, ''), { defaultYear: 2000 }).some((t) => t.kind === 'date'),
  );
}

/** A key naming the week a report covers by one of its days (`Week Ending`, `Week commencing`, `Semana del`). */
const WEEK_KEY =
  /^(?:week ending|week ended|w\/e|week commencing|week beginning|week starting|week of|semana del|semana que termina|semana terminada el|本周|周期截至)$/iu;
/** A key giving the day a review's facts stand at (`Corte de relevamiento`, `Data as of`, `数据截至`). */
const AS_OF_KEY =
  /^(?:as of|as at|data as of|data as at|current as of|fecha de corte|corte|corte de relevamiento|corte de datos|datos al|数据截至|截至|截止日期)$/iu;

/**
 * Whether, atop minutes or an agenda, a heading under the title opens with the meeting's day, its year written
 * (`## December 3, 2024 - Client Call`, `## 2026-02-09 Updates`), or a line of its own names the meeting after its
 * day (`2016-06-07 hackseq Meeting Agenda`); not the next meeting's.
 */
function dayOpensTop(doc: AgencyDocument): boolean {
  const title = doc.title?.text;
  const lines = topLines(doc);
  // `PMC 例会 2023-11-16` as the body's first line, standing for a title: the meeting named, then its day.
  const first = lines.find((l) => l.trim() !== '' && !/^\s*<!--/u.test(l));
  // `#5/18/16 Kickoff Call`: a title to its writer, its hashes against the words (no heading to Markdown).
  const unspaced = first && /^ {0,3}#{1,6}(?=[^\s#])(.{1,80})$/u.exec(first);
  if (unspaced && holdsDay(unspaced[1], doc.lang)) return true;
  if (first && first.length <= 60 && !/^\s*(?:#|[-*+|>]|\d{1,3}[.)][ \t])/u.test(first) && !label(first)) {
    const t = first.replace(/[*_`]/g, ' ').trim();
    if (MEETING_WORD.test(t) && !NEXT_WORDS.test(t) && dayAt(t, 'end')) return true;
  }
  return lines.some((line) => {
    if (NEXT_WORDS.test(line) || line.length > 100) return false;
    const heading = /^ {0,3}#{1,6}[ \t]+(.*)$/u.exec(line);
    if (heading) {
      if (heading[1] === title) return false;
      const h = heading[1].replace(/[*_`]/g, ' ').trim();
      // `## Agenda Items for March 5, 2024`: the agenda gone through, of the meeting that day.
      const agenda = AGENDA_OF_DAY.exec(h);
      return dayAt(h, 'start') || (!!agenda && isDateHeading(agenda[1]));
    }
    // (`> 2026.4.12 周日 上午 第三次会议记录`: the line may be quoted.)
    const t = line
      .replace(/^[ \t]*(?:>[ \t]*)+/u, '')
      .replace(/[*_`]/g, ' ')
      .trim();
    return !/^(?:[-*+|>]|\d{1,3}[.)][ \t])/u.test(t) && !label(t) && MEETING_WORD.test(t) && dayAt(t, 'start');
  });
}

/** A heading naming the agenda of a day (`Agenda Items for March 5, 2024`, `Orden del día del 5 de marzo de 2024`). */
const AGENDA_OF_DAY =
  /^(?:agenda(?:[ \t]+items)?|orden[ \t]+del[ \t]+d[ií]a|议程|議程)[ \t]*(?:for|of|on|del|de|[:：–—-])?[ \t]*(\S.*)$/iu;

/** A day in a table's cell: one the dates read, or a day, a month's name and a year (`2-abril-25`). */
const CELL_DAY =
  /^(?:3[01]|[12]\d|0?[1-9])[-/ .](?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)[\p{L}]*\.?[-/ .](?:\d{2}|\d{4})$/iu;
/** A table's header cell naming when each meeting was held (`Fecha`, `Date`, `日期`, `Meeting date`). */
const DATE_COLUMN = /^(?:fecha|date|日期|meeting date|fecha de (?:la )?reuni[oó]n|会议日期|会议时间)$/iu;

/**
 * A table atop minutes with a row for each meeting (`| Fecha | Temas Tratados | Asistentes |`): whether a column
 * named for the attendees is filled in on two rows or more (`attendees`), and whether a column named for the
 * date holds a day on two rows or more (`dated`).
 */
function meetingsTable(doc: AgencyDocument): { attendees: boolean; dated: boolean } {
  const lines = linesFrom(doc.source, doc.frontMatter?.end ?? 0, BODY_FIELD_LINES_READ + 20);
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\|/u, '')
      .replace(/\|$/u, '')
      .split('|')
      .map((c) => c.replace(/[*_`]/g, '').trim());
  const found = { attendees: false, dated: false };
  for (let i = 0; i + 3 < lines.length && i < BODY_FIELD_LINES_READ; i++) {
    if (!/^[ \t]*\|/u.test(lines[i]) || !/^[ \t]*\|?[ \t]*:?-{3,}/u.test(lines[i + 1])) continue;
    const head = cells(lines[i]);
    const who = head.findIndex((c) => namesAttendees(c));
    const when = head.findIndex((c) => DATE_COLUMN.test(c));
    let named = 0;
    let days = 0;
    for (let j = i + 2; j < lines.length && /^[ \t]*\|/u.test(lines[j]); j++) {
      const row = cells(lines[j]);
      if (who >= 0 && namesLine(row[who] ?? '')) named++;
      const day = row[when] ?? '';
      if (
        when >= 0 &&
        (CELL_DAY.test(day) ||
          findDates(day, { defaultYear: 2000 }).some((t) => t.kind === 'date' || t.kind === 'ambiguous'))
      )
        days++;
    }
    if (named >= 2) found.attendees = true;
    if (days >= 2 && when === 0 && who >= 0) found.dated = true;
  }
  return found;
}

/** A social account's handle (`@ElWeyDelPermiso`), not an e-mail's part. */
const HANDLE = /(?<![\p{L}\d_.@])@[A-Za-z][A-Za-z0-9_]{2,29}(?![\p{L}\d_@])/u;
/** Whether the title names the account the work is for by its handle (see HANDLE). */
function titleHandle(doc: AgencyDocument): boolean {
  return !!doc.title && HANDLE.test(doc.title.text);
}

/** Whether two `Time:` / `时间：` lines of the body or more each hold a day: a log whose meetings are dated one by one. */
function whenLinesLog(doc: AgencyDocument): boolean {
  let dated = 0;
  let fenced = false;
  for (const line of linesFrom(doc.source, doc.frontMatter?.end ?? 0, ATTENDEE_LINES_READ)) {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    const m = fenced ? undefined : label(line.replace(/\r$/u, ''));
    if (m && WHEN_KEY.test(m.key) && !NEXT_WORDS.test(line) && holdsDay(m.value, doc.lang) && ++dated >= 2) return true;
  }
  return false;
}

/**
 * A sentence saying where a meeting is held: after the verb, a place named with a capital (`will be held on
 * Thursday from 6-8pm at the Harbor Library`, `se realizará el jueves en la Sala Norte`), or `在…召开`.
 */
const HELD_AT =
  /(?<![\p{L}])(?:(?:will be|is|was|be) held|takes? place|will take place|took place|(?:will )?meet)(?![\p{L}])[^.\n]{0,100}?(?<![\p{L}])at[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}|(?<![\p{L}])(?:se (?:celebrar[áa]|realizar[áa]|llevar[áa] a cabo|celebr[óo]|realiz[óo])|tendr[áa] lugar|tuvo lugar)(?![\p{L}])[^.\n]{0,100}?(?<![\p{L}])en[ \t]+(?:el[ \t]+|la[ \t]+|las[ \t]+|los[ \t]+)?\p{Lu}\p{Ll}|在\p{Script=Han}{2,20}(?:召开|举行|舉行|召開)/u;
/** Whether the prose opening the body says where the meeting it speaks of is held (see HELD_AT); not the next one. */
function openingPlace(doc: AgencyDocument): boolean {
  let prose = 0;
  for (const line of topLines(doc)) {
    if (/^\s{0,3}#|^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*[|>]|^\s*<|^\s*(?:```|~~~)|^\s*-{3,}\s*$/u.test(line)) continue;
    if (++prose > OPENING_PROSE_LINES) return false;
    const text = line.replace(/[*_`]/g, '');
    const m = HELD_AT.exec(text);
    if (m && !NEXT_WORDS.test(text.slice(0, m.index + m[0].length))) return true;
  }
  return false;
}

/** What a reader of the body is given: the document, the field asked for and the fields keyed atop the body. */
interface BodyLook {
  doc: AgencyDocument;
  /** The field the front matter lacks. */
  field: string;
  /** The document's type (`minutes`, `brief`…). */
  type: string;
  /** The fields its type asks for. */
  typeFields: readonly { id: string }[];
  /** Fields written as `Key: value` lines atop the body (`**Present:** Ana, Ben`). */
  inBody: ReadonlySet<string>;
}

/** One form in which the body gives a field the front matter lacks. */
interface FieldReader {
  /** The fields it may give; every field when absent. */
  fields?: readonly string[];
  /**
   * The types it reads: `meeting` for minutes and agendas (whose date is the meeting's), `other` for the rest, or
   * the types named; every type when absent.
   */
  types?: 'meeting' | 'other' | ReadonlySet<string> | readonly string[];
  /** Truthy when the document gives the field in this form. */
  gives: (look: BodyLook) => unknown;
}

/** Whether a reader is one to try for this field of this type. */
function reads(reader: FieldReader, field: string, type: string): boolean {
  if (reader.fields && !reader.fields.includes(field)) return false;
  const t = reader.types;
  if (t === undefined) return true;
  if (t === 'meeting') return DATE_IS_MEETING.has(type);
  if (t === 'other') return !DATE_IS_MEETING.has(type);
  return t instanceof Set ? t.has(type) : (t as readonly string[]).includes(type);
}

/**
 * The forms in which a document gives a field in its body rather than in its front matter, tried in this order
 * once the field's own `Key: value` line atop the body is not there. A new form is one entry: the fields it
 * gives, the types it reads, its reader; the rule's description says it to users.
 */
const FIELD_READERS: readonly FieldReader[] = [
  // `**Fecha:** 15/3/2025`, `* Meeting date: …` or `### Date/Time: …` near the top of minutes or an agenda.
  { fields: ['meeting'], types: 'meeting', gives: ({ inBody }) => inBody.has('date') },
  // `## 发布日期：2026年2月24日`, `**Issued:** 3 May 2026` atop a strategy or a brief: the day it was issued dates it.
  { fields: ['date'], types: 'other', gives: ({ inBody }) => inBody.has('issued') },
  // An estimate whose amounts all say their currency (`500,00 €`, `USD 4,023`, `¥3,000`), or that says it
  // in words (`All prices in USD`), states it.
  {
    fields: ['currency'],
    gives: ({ doc }) =>
      amountsCurrency(doc) !== undefined ||
      CURRENCY_SAID.test(doc.text) ||
      CODE_SAID.test(doc.text) ||
      CURRENCY_COLUMN.test(doc.text),
  },
  // A report whose title or headings say its week (`# 项目周报（第 1 周）`, `## WEEK 13 (APR 25 - May 2)`,
  // `# Weekly Status Report - Week Ending Jan 10, 2026`).
  { fields: ['week'], gives: ({ doc }) => doc.headings.some((h) => WEEK_HEADING.test(h.text)) },
  // The document's own date under another name: `**Generated:** 2026-05-12`, `> **Last updated:** …`, a
  // status report's `**更新时间**: …` or `**Date:** …`, or a last line `*创建时间：2026-03-01*` (not in minutes
  // or an agenda, whose `Date:` is the meeting's).
  { fields: ['date', 'issued'], types: 'other', gives: ({ doc }) => datedByField(doc) },
  // A document that keeps none of its type's fields (its front matter names only its type, or it has none),
  // titled `Name — what it is` (`# TipFly AI — Competitive Analysis`, `# 诡谜局 · 前期获客宣传方案`): the title
  // names its brand (and, in a brief, a strategy or a status report, whom it is for: titleNamesClient). (Not
  // minutes or an agenda, whose titles name the meeting; and a document that keeps its fields is asked for
  // the missing one.)
  // (`# Nube — Estrategia de marca` over `> Cliente: **Nube**`: a name, the client's, though it is one word.)
  // (`# X Growth Strategy for @ElWeyDelPermiso`: the brand's own account, named by its handle.)
  {
    fields: ['brand'],
    types: 'other',
    gives: ({ doc, typeFields }) =>
      keepsNoFields(doc, typeFields) &&
      (titleNamesSubject(doc) ||
        clientInTitle(doc) ||
        titleHandle(doc) ||
        titleNameThenKind(doc) ||
        titleNamesClient(doc) ||
        titleCampaignFor(doc)),
  },
  // `# Maple & Rye — Campaign brief` keeping no fields: the title names whom the work is for (titleNamesClient).
  {
    fields: ['client'],
    types: CLIENT_TITLE_TYPES,
    gives: ({ doc, typeFields }) =>
      keepsNoFields(doc, typeFields) && (titleNamesClient(doc) || titleNameThenKind(doc) || titleCampaignFor(doc)),
  },
  // A report's own `date:` in the front matter is when it went out (not in minutes or an agenda: the meeting's).
  { fields: ['issued'], types: 'other', gives: ({ doc }) => frontMatterDated(doc) },
  // `编制：卢明2025.5.12`, `Prepared by Ana Ruiz, 12 May 2025` atop the body: who wrote it and when.
  { fields: ['date'], types: 'other', gives: ({ doc }) => datedByline(doc) || datedSignedLine(doc) },
  // `## Changelog` over `- 2018-11-14 Added the founders`: the document is dated by its last revision.
  { fields: ['date'], types: 'other', gives: ({ doc }) => datedChangelog(doc) },
  // A status report dated in its title or a line of its own atop it (`# Status report as of April 7th`,
  // `# Informe semanal · 27/07/2026`, `20241012周工作日志`, `2022年4月9周报`) gives its week and its date;
  // a period atop it (`> 项目周期：第11周 — 第18周`, `# 202409 计划完成情况`), its week.
  { fields: ['issued'], types: ['status'], gives: ({ doc }) => datedTop(doc) === 'day' },
  { fields: ['week'], types: ['status'], gives: ({ doc }) => datedTop(doc) || periodTop(doc) },
  // Minutes of several meetings, each dated in a heading of its own (`#### Tuesday, 5 August 2025`).
  { fields: ['meeting'], gives: ({ doc }) => doc.headings.some((h) => isDateHeading(h.text)) },
  // A heading atop the body that begins with the month or day alone (`# 2026年5月 / 目标市场：…`): the
  // document's date, as precise as its writer gives it (not in minutes or an agenda: the meeting's).
  { fields: ['date'], types: 'other', gives: ({ doc }) => datedHeadingTop(doc) },
  // `## 8. Budget allocation ($250 NZD)`: the budget in a heading of its own, with its currency.
  { fields: ['budget'], gives: ({ doc }) => doc.headings.some((h) => budgetHeading(h.text, doc.lang)) },
  // `Presupuesto de prueba (mensual en ARS)` over `- Total: ARS 4.800.000`: the budget, its total the first item.
  { fields: ['budget'], gives: ({ doc }) => budgetTotalBelow(doc) },
  // An estimate addressed `**To:** Afework Pharma` names its client.
  { fields: ['client'], types: ['estimate'], gives: ({ inBody }) => inBody.has('to') },
  // An update e-mailed to the client (`**To:** David Graham`, `**To:** ana@acme.com`) names whom it is for.
  { fields: ['client'], types: ['status'], gives: ({ inBody }) => inBody.has('to') },
  // Minutes sent `**To:** Client team, Project team`: whom they go to.
  { fields: ['distribution'], types: 'meeting', gives: ({ inBody }) => inBody.has('to') },
  // `* Client Name (Jo Park)` among those at the meeting: the client was there.
  { fields: ['client'], types: 'meeting', gives: ({ doc }) => clientAttended(doc) },
  // Who attended under another name (`## People Present`, `**Miembros en la reunión:** …`, `#### 参会者`,
  // `- Attendees:` over the names), anywhere, or said of everyone (`全员参加`).
  { fields: ['attendees'], gives: ({ doc }) => attendeesGiven(doc) },
  // A sign-off block closing the minutes (`**分发范围**: 全体项目成员`).
  { fields: ['distribution', 'attendees'], gives: ({ doc, field }) => closingFields(doc).has(field) },
  // The meeting's day in the title, the first heading or the subject line (`## Committee Meeting
  // 2016.06.11`, `# 4.24.21 4:00 p.m.`, `**会议主题：** 社区会议 3.11`), on a `**Time:**` / `**時間**:` line, or
  // in the headings of each meeting a log keeps (`## 迭代会议3（4.27）`).
  { fields: ['meeting'], types: 'meeting', gives: ({ doc }) => meetingDated(doc) },
  // When minutes or an agenda were written: `**Fecha de redacción:** 16/02/2026` atop or closing them, a
  // page's publishing stamp (`date: 2020-07-07T23:29:06+08:00`), or the date atop a log of meetings each
  // dated on its own `Fecha:` line.
  {
    fields: ['issued'],
    types: 'meeting',
    gives: ({ doc }) =>
      pageStamp(doc) ||
      stampTop(doc) ||
      datedByField(doc, false) ||
      datedLog(doc) ||
      preparedOn(doc) ||
      signedAtPlace(doc) ||
      // (`## Changelog` over `- 2026-03-25 created by Ana`: the minutes' revisions, dated from when they were written.)
      datedChangelog(doc),
  },
  // An agenda's call link atop it (`Video Conference Link: https://zoom.us/j/…`) says where.
  { fields: ['location'], gives: ({ doc }) => callLink(doc) },
  // `IRC: irc.w3.org #group`, `* Zoom joining instructions: …`, `## Connection details`: how to join the call.
  { fields: ['location'], gives: ({ doc }) => callDetails(doc) },
  // `The meeting will be held on Thursday … at the Harbor Library (12 Quay St.)`: the opening prose says where.
  { fields: ['location'], types: 'meeting', gives: ({ doc }) => openingPlace(doc) },
  // `title: Steering Committee 2026 March - teleconference`: the title says the meeting is a call.
  { fields: ['location'], gives: ({ doc }) => callTitle(doc) },
  // `**Company:** TechCorp Inc.`, `**Empresa:** La Reserva`, `公司：青禾乳业` atop a brief, a strategy, a review or a
  // report: the company it is for (not an estimate's, whose company line may be the agency quoting).
  { fields: ['client'], types: COMPANY_TYPES, gives: ({ doc }) => keyedValue(doc, COMPANY_KEY) },
  // `**Company:** TechCorp Inc.` atop the minutes of a call, beside who took part: the company met (also as a row of
  // the meeting's details table, `| **Company** | Harbour Dairy |`).
  {
    fields: ['client'],
    types: ['minutes'],
    gives: ({ doc }) => keyedValue(doc, COMPANY_KEY, TOP_LINES * 2, false, false, true),
  },
  // `## Brand Identity: "Chaos & Comedy Co."`: the brand's name, in quotes after the key about it.
  { fields: ['brand'], gives: ({ doc }) => topLines(doc).some((l) => BRAND_QUOTED.test(l)) },
  // `**Client:** The Band (Perfume Brand)`: the client line says the client is the brand; `Subject: Lufthansa
  // summer campaign` over `**Client:** Lufthansa`: the campaign carries the client's own name.
  { fields: ['brand'], gives: ({ doc }) => clientIsBrand(doc) },
  // `## Agencia 1: IMTEX Publicidad`, `### Main competitors` over `#### Copy.ai (USA)`, a table of the apps
  // reviewed (`| App | Rating |`): a competitor review names its competitors in its headings or its table.
  { fields: ['competitor'], types: ['competitor'], gives: ({ doc }) => namesCompetitors(doc) },
  // `**Fecha de Entrega:** 2 de Octubre de 2025` atop a report: the day it was delivered, so its issue date
  // and its week.
  { fields: ['issued', 'week'], types: ['status'], gives: ({ doc }) => deliveredOn(doc) },
  // `**Created:** 2026-05-09` atop a job's brief: the day the job was opened.
  { fields: ['opened'], gives: ({ doc }) => keyedValue(doc, CREATED_KEY, TOP_LINES * 2, true) },
  // `| **Builder** | Ana Ruiz (pro bono) |`: the work is done for nothing, a budget of its own.
  { fields: ['budget'], gives: ({ doc }) => topLines(doc).some((l) => PRO_BONO.test(l)) },
  // `- **Final Approval:** May 28` in a brief: the last date of the job, when the work is due.
  { fields: ['due'], gives: ({ doc }) => keyedValue(doc, FINAL_DATE_KEY, FINAL_DATE_LINES, true) },
  // `**Proyecto:** Nueva web del Museo de la Ciudad`, `Project: App for Acme Foods Inc.`: the project names whom it is for.
  { fields: ['client'], gives: ({ doc }) => projectForOrganisation(doc) },
  // `# DEA-7 — Creative Brief`, `# [WEB-112] Brief de campaña`: the title opens with the job's ticket.
  { fields: ['job'], gives: ({ doc }) => titleTicket(doc) },
  // `**Issue:** COR-87 — Site migration kickoff` atop a brief: the job's ticket under the tracker's word.
  { fields: ['job'], gives: ({ doc }) => keyedValue(doc, ISSUE_KEY)?.match(TITLE_TICKET) },
  // `> **执行期间**：2026/01/15 - 2026/02/15` atop a status page: the period it reports on.
  { fields: ['week'], types: ['status'], gives: ({ doc }) => periodKeyed(doc) },
  // A closing line saying when the document was made (`**Published:** December 16, 2025`, `**Report
  // Generated:** 2025-11-20`, `*Acta generada a partir de la transcripción · 2026-07-24*`): its date, or,
  // for minutes, when they were written.
  { fields: ['issued'], gives: ({ doc }) => closingStamp(doc) },
  // (The same closing line dates a document other than minutes or an agenda.)
  { fields: ['date'], types: 'other', gives: ({ doc }) => closingStamp(doc) },
  // A page's `publicationdate: 2009-10-14T01:36:00` (`published:`, `pubDate:`): when it went out.
  { fields: ['issued'], gives: ({ doc }) => publishedInFrontMatter(doc) },
  // `**Last Updated:** 2026-02-01` atop or closing a fact book: when it was last brought up to date.
  { fields: ['updated'], gives: ({ doc }) => datedByField(doc, true, ['updated']) },
  // `**Week Ending:** 17 November 2025` atop a status report: the week it reports on.
  { fields: ['week'], types: ['status'], gives: ({ doc }) => keyedValue(doc, WEEK_KEY, TOP_LINES * 2, true) },
  // `> Corte de relevamiento: 16/02/2026`, `Data as of: 2 March 2026` atop a review or a report: the day its
  // facts were gathered, its date.
  { fields: ['date'], types: 'other', gives: ({ doc }) => keyedValue(doc, AS_OF_KEY, TOP_LINES * 2, true) },
  // `## December 3, 2024 - Client Call` under the title, `2016-06-07 hackseq Meeting Agenda` on a line of its
  // own: the meeting's day opens a heading or names the meeting atop the body.
  { fields: ['meeting'], types: 'meeting', gives: ({ doc }) => dayOpensTop(doc) },
  // `# CIUDAD Y FECHA.` over `08/03/2020 Barranquilla`, `### Time and Place:` over `May 17, 2026 | 3-4pm Discord`:
  // a heading naming when (and where) the meeting was, over a line opening with its day.
  { fields: ['meeting'], types: 'meeting', gives: ({ doc }) => dayUnderWhenHeading(doc) },
  // `| Fecha | Temas | Asistentes |` over a row for each meeting: a log kept as a table, each dated.
  { fields: ['meeting'], types: 'meeting', gives: ({ doc }) => meetingsTable(doc).dated },
  // `时间：2026-06-16` under each meeting of a log, two at least: each meeting dated on its own `Time:` line.
  { fields: ['meeting'], types: 'meeting', gives: ({ doc }) => whenLinesLog(doc) },
  // A page's `+++` TOML header atop the body, as Hugo or Zola write it (`date = "2026-01-04T14:00:00Z"`): its
  // date is the front matter's `date:` (the meeting's, and when minutes with a stamp went out).
  { gives: ({ doc, field, type }) => tomlDated(doc, field, DATE_IS_MEETING.has(type)) },
  // `**Monthly budget:** $30,000-$40,000 CLP`, `**Presupuesto de medios:** 4.000 €`, `月预算：5000元`: the budget,
  // over a period or for the media, with its amount.
  { fields: ['budget'], gives: ({ doc }) => keyedValue(doc, BUDGET_KEY, FIELD_BODY_LINES)?.match(/\d/u) },
  // `**Prospect:** Marcus Perez, Maple Stoneworks` atop a sales call's minutes: whom the call was with.
  { fields: ['client'], types: 'meeting', gives: ({ doc }) => keyedValue(doc, PROSPECT_KEY) },
  // `- Henry Zhu (Client)` among those at the meeting: the client was there, named.
  { fields: ['client'], types: 'meeting', gives: ({ doc }) => clientPersonListed(doc) },
  // `| Client Name | Status |` over a row for each client (`| Harbor Charters | Green |`): whom the report is for.
  { fields: ['client'], gives: ({ doc }) => clientColumn(doc) },
  // `| **Business Name** | The Saltwater Kitchen |` atop a fact book or a brief: the business it is about.
  {
    fields: ['client'],
    types: [...COMPANY_TYPES, 'factbook'],
    gives: ({ doc }) => keyedValue(doc, BUSINESS_KEY, TOP_LINES * 2, false, false, true),
  },
];

/** The words of a heading naming when and where a meeting was (`Ciudad y fecha`, `Time and Place`, `Date`). */
const WHEN_WORDS = new Set(['date', 'time', 'day', 'fecha', 'hora', 'día', 'dia']);
/** `时间地点`, `会议时间`, `日期`, `地点和时间`: the Chinese heading naming when (and where). */
const WHEN_HAN =
  /^(?:会议)?(?:时间|時間|日期)(?:[、/及和与與]?(?:地点|地點))?$|^(?:地点|地點)[、/及和与與]?(?:时间|時間|日期)$/u;
const WHERE_WORDS = new Set(['place', 'location', 'city', 'venue', 'lugar', 'ciudad', 'sitio', 'and', 'y']);
/**
 * Whether a heading naming when the meeting was stands over a line that opens with its day, its year written
 * (`14/05/2026 Cartagena`, `May 17, 2026 | 3-4pm`).
 */
function dayUnderWhenHeading(doc: AgencyDocument): boolean {
  for (const h of doc.headings) {
    const key = fold(h.text.replace(/[*_`:：.。]/g, ' ')).trim();
    const words = key.split(/[\s,&/]+/u).filter(Boolean);
    const latin =
      words.length <= 5 &&
      words.some((w) => WHEN_WORDS.has(w)) &&
      words.every((w) => WHEN_WORDS.has(w) || WHERE_WORDS.has(w));
    if (!latin && !WHEN_HAN.test(key)) continue;
    const next = linesFrom(doc.source, h.end, 4).find((l) => l.trim() !== '');
    // (Opening with it, its year written: not prose about the meeting, nor the next one's, `下次会议 3月13日`.)
    if (next && !/^\s*#/u.test(next) && dayAt(next.replace(/[*_`]/g, ' ').trim(), 'start')) return true;
  }
  return false;
}
