/** missing-section: one rule, whole (check, fix, messages, reference). */
import {
  firstSections,
  missingSections,
  sectionTable,
  titleSpan,
  topicsAsHeadings,
  topicsAsOnlyList,
  type AgencyDocument,
} from '../document';
import { hasTotalRow, lineItemRows } from '../lineItems';
import { countHan, countLatinWords, PICTOGRAM } from '../text';
import { CTA_BUTTON, normalizeHeading } from '../headings';
import { DUE_COLUMNS, hasTabSeparatedTasks, hasTasksSetItem, isActionTable, OWNER_COLUMNS } from '../actions';
import { findColumn, rowCells } from '../content';
import { hasInlineActions, hasInlineDecisions, hasOpenTasks, hasPurposeStatement } from '../inlineRecords';
import { sectionInsertions } from '../edits';
import { article, q, qNamed, num } from '../l10n';
import { sectionNaming } from './common/sections';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

/** `section`: the name the fix will write (the document's language); `inUi`: the user's language's name, when it differs. */
interface Params {
  section: string;
  type: string;
  inUi?: string;
}

/** Titles of its quick fixes. */
const TITLES = {
  addSection: {
    en: (s: string) => `Add the ${q.en(s)} section`,
    zh: (s: string) => `添加${q.zh(s)}部分`,
    es: (s: string) => `Añadir la sección ${q.es(s)}`,
  },
  addAllSections: {
    en: (n: number) => (n === 1 ? 'Add the missing section' : `Add all ${num(n)} missing sections`),
    zh: (n: number) => (n === 1 ? '添加缺少的部分' : `添加全部 ${num(n)} 个缺少的部分`),
    es: (n: number) => (n === 1 ? 'Añadir la sección que falta' : `Añadir las ${num(n)} secciones que faltan`),
  },
};

/**
 * An estimate that states its total as the last row of its line items (`| 合计 | 315,000 |`, or `| **TOTAL** | |
 * [amount] |` still to be filled in) has its Total: no section of its own is asked for.
 */
function totalInLineItems(doc: AgencyDocument): boolean {
  const items = firstSections(doc.sections).find((s) => s.def.kind === 'line-items');
  if (!items) return false;
  if (lineItemRows(items, doc.lang).some((r) => r.kind === 'total') || hasTotalRow(items)) return true;
  // `## 报价` over `基础交付价：¥1,980` alone: one price for the whole work, no items and no table, is its total.
  return singlePrice(doc.text.slice(items.contentStart, items.contentEnd));
}

/**
 * A part holding one price and nothing else priced: a line or two of text, no table and no list (`基础交付价：¥1,980`,
 * `Flat fee: $4,500`).
 */
function singlePrice(text: string): boolean {
  const t = withoutCode(text).trim();
  if (!t || /^[ \t]*(?:\||[-*+][ \t]|\d{1,2}[.)][ \t])/mu.test(t)) return false;
  return (t.match(PRICE) ?? []).length === 1 && t.split('\n').filter((l) => l.trim()).length <= 3;
}

/**
 * An estimate offering options or packages (`## Opciones / Paquetes`, `## Packages`), each with its own price:
 * the client pays one of them, so each price is a total and no sum of them is asked for.
 */
function pricedOptions(doc: AgencyDocument): boolean {
  return firstSections(doc.sections).some((s) => {
    if (s.def.kind !== 'line-items' || !OPTIONS_HEADING.test(s.heading.text)) return false;
    const text = doc.text.slice(s.contentStart, s.contentEnd);
    return (text.match(PRICE) ?? []).length >= 2;
  });
}
/**
 * An estimate whose costs are a table under a label or no heading at all (`**Estimate**` over `| Workstream | Hours
 * | Cost |`): two rows or more with a price are its line items.
 */
function pricedTable(body: string): boolean {
  if (pricedHtmlTable(body)) return true;
  let rows = 0;
  // `| Hito | Monto | Fecha límite de pago |`: the instalments the price is paid in, not the costs (per table).
  let payments = false;
  let inTable = false;
  for (const line of body.split('\n')) {
    const row = /^[ \t]*\|/u.test(line);
    if (row && !inTable) payments = PAYMENT_HEADER.test(line);
    inTable = row;
    if (!row || payments || /^[ \t|:-]+$/u.test(line)) continue;
    if ((line.match(PRICE) ?? []).length > 0 && ++rows >= 2) return true;
  }
  return false;
}
/**
 * An estimate of the work in hours, part by part (`| Componente | Descripción | Horas |` over `| Login | Pantallas |
 * 48 |` under each part's heading): two tables or more with an hours column, each with two rows or more with a figure
 * in it, give its line items. (One such table alone may be a plan of the work, not its costs.)
 */
function hoursTable(body: string): boolean {
  let tables = 0;
  for (const m of body.matchAll(HEADER_ROW)) {
    const header = m[1]
      .trim()
      .replace(/^\||\|$/gu, '')
      .split('|');
    const col = header.findIndex((c) => HOURS_COLUMN.test(c.replace(/[*_`]/gu, '').trim()));
    if (col < 0) continue;
    let figures = 0;
    // The table's rows, up to its end (after the delimiter row).
    for (const row of body
      .slice((m.index ?? 0) + m[0].length)
      .split('\n')
      .slice(1)) {
      if (!/^[ \t]*\|/u.test(row)) break;
      const cell =
        row
          .trim()
          .replace(/^\||\|$/gu, '')
          .split('|')[col] ?? '';
      if (HOURS_CELL.test(cell) && ++figures >= 2) break;
    }
    if (figures >= 2 && ++tables >= 2) return true;
  }
  return false;
}
/** A cell of hours: a figure, maybe in bold, maybe with `h` after it (`48`, `**40**`, `368h`). */
const HOURS_CELL = /^[ \t*_]*\d[\d,.]*[ \t]*h?[ \t*_]*$/u;
/**
 * An estimate written one heading per item, each over its price alone (`## Amplificador < ref 5616 >` over `precio:`
 * and `*** 33.90 € ***`): three such headings or more are its line items.
 */
function pricedHeadings(body: string): boolean {
  let items = 0;
  for (const part of body.split(/^[ \t]{0,3}#{1,6}[ \t]+[^\n]*$/mu).slice(1)) {
    const lines = part.split('\n').filter((l) => l.trim() && !/^[ \t]*<br\s*\/?>[ \t]*$/iu.test(l));
    if (lines.length >= 1 && lines.length <= 3 && (part.match(PRICE) ?? []).length === 1 && ++items >= 3) return true;
  }
  return false;
}
/** A column of the hours each part takes (`Horas`, `Hours`, `Est. hours`, `工时`). */
const HOURS_COLUMN =
  /^(?:(?:estimated|est\.?)[ \t]+)?(?:hours|hrs|horas(?:[ \t]+estimadas)?|工时|预计工时|人时)(?:[ \t]*\((?:h|hrs|hours|horas)\))?$/iu;
/**
 * A table row totalling the estimate (`| **TOTAL PROYECTO (horas)** | | **4,782h** |`, `| 合计 | 12,000 |`), under any
 * heading: not a subtotal.
 */
const TOTAL_ROW =
  /^[ \t]*\|[ \t]*(?:\*\*|__)?(?:total|grand[ \t]+total|total[ \t]+general|合计|总计)(?![\p{L}])[^|\n]*\|[^\n]*\d/imu;
/**
 * An estimate whose costs are a list of labelled items, each with its price (`- **Web page + hosting:** $3,000`):
 * two items or more are its line items.
 */
function pricedItems(body: string): boolean {
  // (Not `- **Deposit:** $500` and `- **Balance:** $500`: the instalments of the price, or its total and taxes.)
  return (body.match(PRICED_ITEM) ?? []).filter((m) => !NOT_AN_ITEM.test(m)).length >= 2;
}
const NOT_AN_ITEM =
  /(?:deposit|balance|payment|instal?lment|upfront|total|subtotal|tax|vat|anticipo|saldo|pago|cuota|impuesto|iva|定金|订金|尾款|首付|首款|付款|合计|总计|总价|税)/iu;
const PRICED_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*|__)[^*_\n]{2,80}?(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*(?:(?:[~≈]|desde |from |约)[ \t]*)?(?:[$€£¥][ \t]?\d|\d[\d,. ]*[ \t]?(?:USD|EUR|MXN|GBP|ARS|COP|CLP|元|€))/gmu;
/** A front-matter key giving the whole amount (`value: 15000`, `total: "$4,500"`, `金额: 8000`), as other tools write it. */
const FRONT_TOTAL =
  /^(?:total|value|amount|total[_ -]?amount|grand[_ -]?total|monto|importe|monto[_ -]total|importe[_ -]total|金额|总价|总额|合计)[ \t]*:[ \t]*["']?(?:[$€£¥][ \t]?)?\d[\d,.]*(?:[ \t]?(?:USD|EUR|MXN|GBP|ARS|COP|CLP|元|€))?["']?[ \t]*$/imu;
/** A front-matter status saying the client accepted (`status: accepted`, `estado: aprobado`, `状态: 已确认`). */
const FRONT_ACCEPTED =
  /^(?:status|estado|状态)[ \t]*:[ \t]*["']?(?:accepted|approved|signed|aceptad[oa]|aprobad[oa]|firmad[oa]|已确认|已签字|已签署|已批准)["']?[ \t]*$/imu;
/** A table header of a payment schedule: the milestone or instalment, and when it is paid. */
const PAYMENT_HEADER =
  /^[ \t]*\|[ \t]*(?:\*\*)?(?:hitos?|milestones?|pagos?|payments?|cuotas?|instal?lments?|付款(?:节点|阶段)?|分期)(?:\*\*)?[ \t]*\|/iu;
/**
 * An HTML table of items and prices (`<th>建议零售价</th>` over `<td>9.9</td>` rows): a header cell naming the price
 * or amount, and two rows or more with a figure in that column.
 */
function pricedHtmlTable(body: string): boolean {
  for (const table of body.matchAll(/<table\b[\s\S]*?<\/table>/giu)) {
    const cells = (row: string) => [...row.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/giu)].map((c) => c[2]);
    const rows = [...table[0].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/giu)].map((r) => r[1]);
    const col = cells(rows[0] ?? '').findIndex((c) => PRICE_HEADER.test(c.replace(/<[^>]*>/gu, '')));
    if (col < 0) continue;
    const priced = rows.slice(1).filter((r) => /\d/u.test(cells(r)[col] ?? '')).length;
    if (priced >= 2) return true;
  }
  return false;
}
const PRICE_HEADER = /价|价格|金额|费用|price|cost|amount|fee|precio|importe|monto|costo|coste|tarifa/iu;
const OPTIONS_HEADING =
  /(?<![\p{L}])(?:opci[oó]n|opciones|paquetes?|packages?|options?|plans?|planes|tiers?)(?![\p{L}])|套餐|方案/iu;
// (`₱45,000`, `PHP 1,500`: the Philippine peso, too.)
const PRICE = /[$€£¥₱][ \t]?\d|\d[\d,. ]*[ \t]?(?:USD|EUR|MXN|GBP|ARS|COP|CLP|PHP|元|€)/gu;
/** A workstream's stage line saying it is under way (`stage: In Progress`, `Estado: En curso`, `状态：进行中`). */
const IN_PROGRESS_STAGE =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:stage|status|estado|etapa|状态|阶段)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?(?:in progress|in-progress|ongoing|underway|en curso|en progreso|进行中)/imu;
/**
 * A weekly report whose heading is the week alone (`## 2026-1-12 ~ 2026-1-16`) over the week's items, numbered or
 * listed (`1、 Finished the cart page`): the work done that week.
 */
function weekOfWork(doc: AgencyDocument): boolean {
  return doc.headings.some((h, i) => {
    if (!WEEK_RANGE_HEADING.test(h.text.trim())) return false;
    const end = doc.headings[i + 1]?.start ?? doc.text.length;
    const items = doc.text.slice(h.end, end).match(/^[ \t]*(?:[-*+•][ \t]|\d{1,2}(?:[.)、]|\.\))[ \t]*\S)/gmu);
    return (items?.length ?? 0) >= 2;
  });
}
const DAY = String.raw`(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?`;
const WEEK_RANGE_HEADING = new RegExp(
  String.raw`^(?:第?[\d一二三四五六七八九十]{1,3}周[ \t:：]*)?${DAY}[ \t]*(?:~+|～+|至|到|—|–|-{1,3})[ \t]*${DAY}[ \t]*(?:周报|周)?$`,
  'u',
);
/** A ticked task (`- [x] Outreach sent`): work done. */
const TICKED = /^[ \t]*[-*+][ \t]+\[[xX]\][ \t]+\S/mu;

/**
 * A bold label that names a section (`**决定事项：**`, `- **后续行动计划**：`, `3. **决定和行动计划**：`, `📌 **Acuerdos:**` (a
 * pictogram on a line of its own, not in a list's summary: `- 🚀 **Enfoque:** …`),
 * `**Next steps:**`, `**初步结论**<br>` with the line break of HTML): minutes written as one list give their parts this way
 * instead of headings.
 */
const BOLD_SECTION_LABEL = new RegExp(
  String.raw`^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|(?:${PICTOGRAM}[ \t]*)+)?(?:\*\*|__)([^*_\n]{1,40}?|[^*_\n()（）]{1,40}?[ \t]*[(（][^*_\n()（）]{1,60}[)）])[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?(?:<br[ \t]*\/?>[ \t]*)?$|(?:\*\*|__)[ \t]*[:：]|[:：][ \t]*[^*_\n]{1,200}?(?:\*\*|__)[ \t]*$)`,
  'gmu',
);
/**
 * A plain label line naming a section, with its text after the colon or below it (`Tone: calm and plain.`,
 * `Target viewer: first-year students`, `Formats:` over its list, `> Goal: …` in a quote under the title): a short
 * brief written without headings; in Chinese, with no space after the colon and numbered (`决策一：保持名称不变`).
 * Not a list item (`- Style: modern` among an image's specs is a detail of something else).
 */
const PLAIN_SECTION_LABEL =
  /^(?:>[ \t]*)*(\p{L}[\p{L}\p{M} '’&/-]{0,50}?)(?:[一二三四五六七八九十])?[ \t]*(?:[:：][ \t]+\S|(?<=\p{Script=Han}[一二三四五六七八九十]?)：[^\s：]|[:：][ \t]*\r?\n[ \t]*(?:[-*+•][ \t]+)?\S)/gmu;
/** The header of a table of typed rows: the type first, then what it is (`Type | Description | Owner | Deadline`). */
const TYPED_HEADER =
  /^[ \t]*\|?[ \t]*(?:type|kind|tipo|类型)[ \t]*\|[ \t]*(?:description|item|details?|descripci[oó]n|内容|事项)[ \t]*\|/imu;
/** A row typed `D` or `T` (`D    | It was decided …`). */
const TYPED_ROW = /^[ \t]*\|?[ \t]*([DT])[ \t]*\|[ \t]*\S/gmu;
/** The sections a table of typed rows holds: decisions for its `D` rows, next actions for its `T` rows. */
function typedRows(prose: string): string[] {
  const header = TYPED_HEADER.exec(prose);
  if (!header) return [];
  const kinds = new Set([...prose.slice(header.index).matchAll(TYPED_ROW)].map((m) => m[1]));
  return [...(kinds.has('D') ? ['decisions'] : []), ...(kinds.has('T') ? ['next-actions'] : [])];
}
function sectionsLabelled(doc: AgencyDocument, body: string): Set<string> {
  const found = new Set<string>();
  if (!doc.type) return found;
  const table = sectionTable(doc.type);
  const perItem = ITEM_RECORDS.has(doc.type.id) ? recordLabels(body) : undefined;
  const bodyStart = doc.text.length - body.length;
  for (const m of body.matchAll(BOLD_SECTION_LABEL)) {
    if (perItem?.has(m.index ?? 0)) continue;
    if (CAMPAIGN_RECORDS.has(doc.type.id) && underCampaign(doc, bodyStart + (m.index ?? 0))) continue;
    // `**Target:** 100 email subscribers`, `**Week 6 targets:**` over `- 50-100 orders`: a figure to reach is a
    // KPI, not the people the brief is for.
    const after = body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    const figure = /^[\s*_]*(?:[-*+][ \t]+)?(?:[~≈<>+]|up to |at least |hasta |至少)?[ \t]*[$€£¥]?\d/iu.test(after);
    // `**Target:** joyofcare.net`: the site the work is about, not its audience.
    const site = WEB_ADDRESS.test(after);
    // `- **Apoyo:** Blanco (#FFFFFF)`: a palette's colours, not the part the label names.
    if (HEX_COLOUR.test(after)) continue;
    // `**Objetivo:** Crear una base sólida…` atop a strategy: what the strategy is to achieve.
    if (doc.type.id === 'strategy' && OBJECTIVE_LABEL.test(m[1].trim()) && (m.index ?? 0) < TOP_OF_BODY)
      found.add('marketing-objective');
    // `2. **CTA按钮**: 颜色…`: the page's call-to-action button, not the Button.
    const cta = CTA_BUTTON.test(m[1]);
    // `- **长期目标**: 1年内实现1000名学员`: a figure to reach is the objective's, not the position the brand is to hold.
    for (const d of table.table.matchAll(m[1]))
      if (
        !((figure || site) && d.id === 'target-consumer') &&
        !(figure && d.id === 'where-are-we-going') &&
        !(cta && d.id === 'button')
      )
        found.add(d.id);
  }
  // Label lines and table rows outside code: a YAML block's `差异化:` key is data, not the document's part.
  const prose = withoutCode(body);
  // `- 价值承诺：把…` under `### 账号定位`: a list item whose label is a whole name of a part, written out (four Chinese
  // characters or more, two words or more), with a statement after it, once in the document (not each post's
  // `- 核心信息：…`); and likewise `| 品牌承诺 | 一句写满十个字的承诺 |`, a row of a table of the brand's parts with the
  // statement in its next cell.
  if (ITEM_LABEL_TYPES.has(doc.type.id))
    for (const pattern of [ITEM_LABEL, ROW_STATEMENT]) {
      const labelled = [...prose.matchAll(pattern)];
      const count = new Map<string, number>();
      for (const m of labelled) count.set(normalizeHeading(m[1]), (count.get(normalizeHeading(m[1])) ?? 0) + 1);
      for (const m of labelled) {
        const key = normalizeHeading(m[1]);
        if ((count.get(key) ?? 0) > 1 || underCampaign(doc, bodyStart + (m.index ?? 0))) continue;
        if (!/\p{Script=Han}{4}/u.test(key) && !/^\p{L}+ \p{L}+/u.test(key)) continue;
        // A statement after the label (ten Chinese characters or six words), not a detail (`- 目标人群：上班族` among
        // the list's other details).
        if (countHan(m[2]) < 10 && countLatinWords(m[2]) < 6) continue;
        const d = table.table.get(key);
        if (d && !HEX_COLOUR.test(m[0])) found.add(d.id);
      }
    }
  for (const m of prose.matchAll(PLAIN_SECTION_LABEL)) {
    const after = prose.slice((m.index ?? 0) + m[0].length - 1, (m.index ?? 0) + m[0].length + 60);
    const figure = /^[\s*_]*(?:[~≈<>+]|up to |at least |hasta |至少)?[ \t]*[$€£¥]?\d/iu.test(after);
    const site = WEB_ADDRESS.test(after.slice(1));
    // `> 目标：不花钱，先拿下前 1000 个用户` atop a strategy, like its bold `**Objective:**`: what it is to achieve.
    if (doc.type.id === 'strategy' && OBJECTIVE_LABEL.test(m[1].trim()) && (m.index ?? 0) < TOP_OF_BODY)
      found.add('marketing-objective');
    for (const d of table.table.matchAll(m[1]))
      if (!((figure || site) && d.id === 'target-consumer') && !(figure && d.id === 'where-are-we-going'))
        found.add(d.id);
  }
  // `| 信息 | 证据点（配图/事实） |` over two filled rows or more in a brief or a strategy: a column whose header is a
  // whole name of a part (three Chinese characters or two words and more, a remark in brackets aside) holds it.
  if (ITEM_LABEL_TYPES.has(doc.type.id))
    for (const m of prose.matchAll(HEADER_ROW)) {
      const cells = m[1].split('|').slice(1, -1);
      // (The next lines only: split whole, the rest of a long document would be read again for every table.)
      const rows = prose
        .slice((m.index ?? 0) + m[0].length)
        .split('\n', 30)
        .slice(1);
      const end = rows.findIndex((r) => !/^[ \t]*\|/u.test(r));
      const body = (end < 0 ? rows : rows.slice(0, end)).map((r) => r.split('|').slice(1, -1));
      cells.forEach((cell, i) => {
        const key = normalizeHeading(cell.replace(/\*\*|__/g, '').replace(/[(（][^()（）]*[)）]\s*$/u, ''));
        if (!/\p{Script=Han}{3}/u.test(key) && !/^\p{L}+ \p{L}+/u.test(key)) return;
        if (body.filter((r) => /\p{L}/u.test(r[i] ?? '')).length < 2) return;
        const d = table.table.get(key);
        // (Not the Button nor the target: a column of messages or people, one a row, is no single one of them.)
        if (d && d.kind !== 'button' && d.id !== 'target-consumer') found.add(d.id);
      });
    }
  // A competitor review by competitor: each one's table gives the dimensions as rows (`| **功能** | … |`,
  // `| Services | … |`) or as the header (`| Strengths | Weaknesses |`).
  if (doc.type.id === 'competitor') {
    for (const m of prose.matchAll(ROW_LABEL)) for (const d of table.table.matchAll(m[1])) found.add(d.id);
    // A comparison matrix by column: each header cell over the rule line is a dimension (`| 竞品 | 产品形态 | 核心定位 |`).
    for (const m of prose.matchAll(HEADER_ROW)) {
      const cells = m[1].split('|').slice(1, -1);
      // The rows under the header (after its rule line), for what each column holds.
      const rows = prose
        .slice((m.index ?? 0) + m[0].length)
        .split('\n')
        .slice(1, 30);
      const end = rows.findIndex((r) => !/^[ \t]*\|/u.test(r));
      const body = (end < 0 ? rows : rows.slice(0, end)).map((r) => r.split('|').slice(1, -1));
      cells.forEach((cell, i) => {
        const name = cell.replace(/\*\*|__/g, '').trim();
        if (!/^\p{L}/u.test(name) || name.length > 40) return;
        // `| Users |` over `500K+ users`, `~10+ years`: how many use it, not who they are.
        const counts = body.some((r) => COUNT.test(r[i] ?? ''));
        for (const d of table.table.matchAll(name)) if (!(counts && d.id === 'target-consumer')) found.add(d.id);
      });
    }
  }
  // `- 目标人群：` with nothing after it, over a list nested under it: the item is the part's label (not in minutes
  // or an agenda, whose items are the points gone through: `- 现阶段的工作安排：` over the areas discussed).
  const meeting = doc.type.id === 'minutes' || doc.type.id === 'agenda';
  for (const m of meeting ? [] : prose.matchAll(LIST_LABEL_OVER_LIST))
    if (m[3].replace(/\t/g, '    ').length > m[1].replace(/\t/g, '    ').length)
      for (const d of table.table.matchAll(m[2])) found.add(d.id);
  // `- 會議結論` over the list nested under it in minutes or an agenda: an item that is the whole name of a part,
  // alone on its line, is the part's label (not a point of the meeting in other words: the name itself only).
  for (const m of meeting ? prose.matchAll(NAME_ITEM_OVER_LIST) : [])
    if (m[3].replace(/\t/g, '    ').length > m[1].replace(/\t/g, '    ').length) {
      const d = table.table.get(normalizeHeading(m[2]));
      if (d) found.add(d.id);
    }
  // `| **3. División de tareas esta semana** | A2.4 → Rafa … |` in minutes kept as a table of the meeting's points: a
  // row whose label is the whole name of a part, with its text in the next cell.
  for (const m of meeting ? prose.matchAll(MEETING_ROW) : []) {
    const d = table.table.get(normalizeHeading(m[1]));
    if (d) found.add(d.id);
  }
  // `* What everyone is working on:` over `- Sam: email verification (#1040)`, one item a member: the work each one
  // has taken on (not read as actions: it is what each is busy with, rarely with a date).
  if (meeting && WORK_ROUNDUP.test(prose)) found.add('next-actions');
  // `Tareas<TAB>Responsable` over `1. Subir el formulario<TAB>Programador`: a table of tasks and owners kept with tabs.
  if (meeting && hasTabSeparatedTasks(prose)) found.add('next-actions');
  // `Type | Description | Owner | Deadline` over rows typed `D` (a decision) and `T` (a task), as minutes kept in one
  // typed table write them (under a legend `Decisions (D)`, `Tasks (T)`), its delimiter row well formed or not.
  if (meeting) for (const id of typedRows(prose)) found.add(id);
  // `**Do:**` over one list and `**Don’t:**` over another: what the work must and must not do.
  const mandatories = doc.type.sections.find((d) => d.id === 'mandatories');
  if (mandatories && DO_LABEL.test(body) && DONT_LABEL.test(body)) found.add(mandatories.id);
  // `一、本周进展/完成`, `二、下周计划`: a report without headings names its parts on lines of their own,
  // numbered the Chinese way.
  for (const m of body.matchAll(HAN_NUMBERED_LABEL)) for (const d of table.table.matchAll(m[1])) found.add(d.id);
  // `##会议结论`: a heading written without its space, which Markdown reads as text (see ANOTHER_RECORD).
  for (const m of prose.matchAll(HEADING_WITHOUT_SPACE)) for (const d of table.table.matchAll(m[1])) found.add(d.id);
  // `######ACTION ITEMS:` likewise in Latin letters: only a part's whole name (not a hashtag, `#launch`).
  for (const m of prose.matchAll(LATIN_HEADING_WITHOUT_SPACE)) {
    const d = table.table.get(normalizeHeading(m[1]));
    if (d) found.add(d.id);
  }
  // `- *Próximos pasos:*` over its items, `<b>Tasks to be completed</b>` over an HTML list: a label in italics or in
  // HTML bold, alone on its line.
  for (const re of [ITALIC_SECTION_LABEL, HTML_BOLD_LABEL])
    for (const m of prose.matchAll(re)) for (const d of table.table.matchAll(m[1])) found.add(d.id);
  // `To do:` or `DECISIONS MADE` on a plain line of its own over a list (`- `, `1. `, `• `): a label too. Without
  // a colon only in capitals, as a label is written (a sentence has lower case).
  for (const m of prose.matchAll(LABEL_OVER_ITEMS))
    if (m[2] || !/\p{Ll}/u.test(m[1])) for (const d of table.table.matchAll(m[1])) found.add(d.id);
  // `Objetivos` over `- Maximizar ventas …` in a document with no heading below its title: its parts are plain lines,
  // each over its list (two such lines or more, after a blank line; in lower case, without a colon).
  if (doc.headings.length <= 1) {
    const labels = [...prose.matchAll(PLAIN_NAME_OVER_LIST)];
    if (labels.length >= 2) for (const m of labels) for (const d of table.table.matchAll(m[1])) found.add(d.id);
  }
  // `3. Decisions Made` over a bulleted list: a numbered line that is the whole name of a part, its items below.
  for (const m of prose.matchAll(NUMBERED_NAME_OVER_ITEMS)) {
    const d = table.table.get(normalizeHeading(m[1]));
    if (d) found.add(d.id);
  }
  return found;
}

/**
 * The types whose list items' labels repeated item by item describe the items, not the document: a research
 * report's `- **Objective**: …` under each campaign it proposes is no purpose of the research. (Not a plan's
 * `- **核心目标**：…` under each of its phases: the plan's own objectives; nor each competitor's `**Strengths:**`,
 * each topic's `**Decisions:**`, each workstream's `**Done:**`: the review's, the minutes', the report's.)
 */
const ITEM_RECORDS = new Set(['research']);

/**
 * Where the bold labels of records stand (their offsets): a list item's label written three times or more
 * (`- **Objective**: …` under each of three proposed campaigns).
 */
function recordLabels(body: string): Set<number> {
  const labels = [...body.matchAll(BOLD_SECTION_LABEL)]
    .filter((m) => /^[ \t]*[-*+][ \t]/u.test(m[0]))
    .map((m) => ({ at: m.index ?? 0, key: normalizeHeading(m[1]) }));
  const count = new Map<string, number>();
  for (const l of labels) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  return new Set(labels.filter((l) => (count.get(l.key) ?? 0) >= 3).map((l) => l.at));
}

/** The types whose campaigns proposed one by one are records of their own (not a status report's workstreams). */
const CAMPAIGN_RECORDS = new Set(['strategy', 'brief', 'media-brief', 'research', 'competitor']);
/** A heading naming one numbered campaign of several (`### Campaign 2: Category push`, `### 活动二：…`). */
const CAMPAIGN_HEADING =
  /^(?:campaign|campaña|campana|活动|战役)[ \t]*(?:#[ \t]*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[:：.、 \t]|$)/iu;
/**
 * Whether an offset falls under a heading that names one campaign of several: its `**Budget:**`, `**Targets:**`
 * describe that campaign, not the document.
 */
function underCampaign(doc: AgencyDocument, at: number): boolean {
  let last: (typeof doc.headings)[number] | undefined;
  for (const h of doc.headings) {
    if (h.start > at) break;
    last = h;
  }
  if (!last) return false;
  const text = last.text.replace(/[*_`]/g, '').trim();
  // `#### Reddit Strategy (HIGH INTENT TRAFFIC)` over `**Rules:**`: the rules of posting on that network.
  return CAMPAIGN_HEADING.test(text) || (last.depth >= 3 && CHANNEL_HEADING.test(text));
}

/** A sub-heading on one social network or platform (`Reddit strategy`, `TikTok`, `小红书运营`). */
const CHANNEL_HEADING =
  /^(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?(?:reddit|tiktok|instagram|facebook|youtube|linkedin|twitter|pinterest|snapchat|threads|whatsapp|telegram|discord|小红书|抖音|快手|微博|微信|视频号|b站|哔哩哔哩|知乎)(?![\p{L}])/iu;

/** A colour written as a hex code (`#FFFFFF`, `#2d2d2d`). */
const HEX_COLOUR = /#(?=[0-9A-Fa-f]{0,5}[A-Fa-f])(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})(?![0-9A-Za-z])|#\d{6}(?!\d)/u;

/** A strategy's objective as a label (`**Objective:**`, `**Objetivo:**`, `**目标：**`), read atop the body only. */
const OBJECTIVE_LABEL = /^(?:objectives?|goals?|objetivos?|metas?|目标)$/iu;
/** How far into the body (in characters) a label still stands atop it. */
const TOP_OF_BODY = 600;

/** The types whose parts may be a list item's label alone (see sectionsLabelled). */
const ITEM_LABEL_TYPES = new Set(['strategy', 'brief']);
/** A table row of a label and its text (`| 品牌承诺 | … |`, `| **Brand promise** | … |`). */
const ROW_STATEMENT =
  /^[ \t]*\|[ \t]*(?:\*\*|__)?(\p{L}[\p{L}\p{M} '’&-]{1,40}?)(?:\*\*|__)?[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|/gmu;
/** A list item opening with a plain label and its text (`- 价值承诺：把…`, `* Value proposition: …`). */
const ITEM_LABEL = /^[ \t]*[-*+][ \t]+(\p{L}[\p{L}\p{M} '’&-]{1,40}?)[ \t]*[:：][ \t]*(\S[^\n]*)/gmu;

/** A label's text that is a web address or a domain (`joyofcare.net`, `https://…`, `www.…`) and nothing more. */
const WEB_ADDRESS =
  /^[\s*_:：]*(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|app|dev|ai|es|mx|cn|ar|pe|cl|uk|de|fr|it|us|ca|au)(?:\/\S*)?)[ \t]*(?:\r?\n|$)/iu;

/**
 * A plain line naming a part, then a list item (`- `, `1. `, `1.) `, `• `), after at most one line that leads
 * into it (`The following decisions were made:`) and blank lines (see sectionsLabelled).
 */
/**
 * A plain line of a few words after a blank line, directly over a list (`Objetivos` over `- Maximizar ventas …`): a
 * part's name in a document with no headings below its title (see sectionsLabelled).
 */
const PLAIN_NAME_OVER_LIST =
  /(?<=^|\n[ \t]*\r?\n)(\p{L}[\p{L}\p{M} '’&/,-]{1,40}?(?:[ \t]*[(（][^()（）\n]{1,60}[)）])?)[ \t]*\r?\n(?=[-*+•][ \t]+\S|\d{1,3}[.)][ \t]+\S)/gu;
const LABEL_OVER_ITEMS =
  /^[ \t]*(\p{L}[^\n:：*_#|>]{0,40}?)[ \t]*([:：])?[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}(?:[ \t]*\S[^\n]*\r?\n(?:[ \t]*\r?\n){0,2})?[ \t]*(?:[-*+•·]|\d{1,3}(?:\.\)|[.)])|\.(?=[ \t]))[ \t]/gmu;
/**
 * A numbered line naming a part (`3. Decisions Made`), then a bulleted item or a line of text after blank lines, not
 * the next numbered line of a list of names (see sectionsLabelled).
 */
const NUMBERED_NAME_OVER_ITEMS =
  /^[ \t]*\d{1,2}[.)](?:[ \t]+|(?=\p{Script=Han}))(\p{L}[^\n:：*_#|>]{0,40}?)[ \t]*(?:[:：][ \t]*)?\r?\n(?:[ \t]*\r?\n){0,2}[ \t]*(?:[-*+•][ \t]|(?!\d{1,3}[.)])[\p{L}\d])/gmu;
/**
 * A sentence saying whom a brief or a strategy speaks to (`The target audience is 22–45-year-old …`, `El público
 * objetivo son …`, `Se dirige a los jugadores de …`, `It is aimed at …`, `目标用户是…`; not how it speaks to them, `se dirige a sus
 * clientes con un tono cálido`), at a line's or a sentence's start;
 * or a label for them after a sentence of a paragraph (`… un tono directo. Target: dueños de autos y mecánicos.`; not
 * a figure to reach, `Target: 100 leads`, nor a list item's `- Target: bloggers`, whom one action reaches).
 */
const TARGET_SENTENCE =
  /(?:^[ \t]*(?:[-*+][ \t]+)?|[.!?][ \t]+)(?:(?:the|our) (?:target audience|target market|target customers?|primary audience|core audience) (?:is|are|consists of) |(?:el|nuestro) (?:p[uú]blico objetivo|cliente ideal) (?:es|son) |(?:se dirige|va dirigid[oa]|est[aá] dirigid[oa]) a (?!trav[eé]s)(?![^.\n]{0,80}(?:como si|tono|de forma|de manera|de t[uú](?![\p{L}])|de usted))|(?:it|the (?:brand|campaign|product|site|app|service)) is aimed at )\S|[.!?][ \t]+(?:target|target audience|p[uú]blico objetivo)[ \t]*:[ \t]*(?![$€£¥~≈<>+]?[ \t]*\d)\S|目标(?:受众|人群|用户|客户)(?:是|为)(?!谁|什么)/imu;
/** The text with the lines of its fenced code blocks emptied (offsets kept). */
function withoutCode(text: string): string {
  return text.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[^\n]*$|(?![\s\S]))/gmu, (block) =>
    block.replace(/[^\n]/g, ' '),
  );
}

/**
 * A list item that is a label alone (`- 目标人群：`, `- **Audience:**`), then an item indented under it (looked at
 * ahead, not taken: the item after a plain one may be a label itself).
 */
const LIST_LABEL_OVER_LIST =
  /^([ \t]*)[-*+][ \t]+(?:\*\*|__)?(\p{L}[^\n:：*_]{0,30}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:(?:\*\*|__)[ \t]*)?\r?\n(?=(?:[ \t]*\r?\n){0,2}([ \t]*)[-*+][ \t]+\S)/gmu;

/**
 * A list item that is a name alone, bold or not, with or without a colon (`- 會議結論`), then an item indented under it;
 * an agenda point's time may follow the name (`- Assign work (_3 min_)`).
 */
const NAME_ITEM_OVER_LIST =
  /^([ \t]*)[-*+][ \t]+(?:\*\*|__)?(\p{L}[^\n:：*_]{0,30}?)(?:\*\*|__)?[ \t]*(?:[:：][ \t]*)?(?:(?:\*\*|__)[ \t]*)?(?:\([*_]?\d{1,3}[ \t]*(?:min|mins|minutes)\.?[*_]?\)[ \t]*)?\r?\n(?=(?:[ \t]*\r?\n){0,2}([ \t]*)[-*+][ \t]+\S)/gmu;

/** A table row of a numbered or bold label and its text (`| **3. División de tareas** | A2.4 → Rafa |`). */
const MEETING_ROW =
  /^[ \t]*\|[ \t]*(?:\*\*|__)?(?:\d{1,2}[.)][ \t]*)?(\p{L}[^|*_\n]{1,50}?)[ \t]*(?:\*\*|__)?[ \t]*\|[ \t]*[^|\n]*?\p{L}[^|\n]*\|/gmu;

/**
 * A list item asking what each one is working on (`* What everyone's working on:`, `- Quién trabaja en qué:`, `- 各自在做的工作：`),
 * then two items nested under it, each a name and its work (`  - Sam: email verification`).
 */
const WORK_ROUNDUP =
  /^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?:what (?:everyone|everybody|each (?:of us|person|member))(?:['’]s| is) (?:currently )?working on|who(?:['’]s| is) working on what|en qu[eé] (?:est[aá] trabajando cada un[oa]|trabaja cada un[oa])|qui[eé]n trabaja en qu[eé]|各自(?:在做|正在做)的工作|每个人(?:在做|正在做)的工作)(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?\r?\n(?:[ \t]+[-*+][ \t]+(?:\*\*|__)?\p{Lu}[\p{L}.'’ -]{0,30}?(?:\*\*|__)?[ \t]*[:：][^\n]*\r?\n){2}/imu;

/** A count of users or downloads (`500K+`, `~10+`, `1.2M`, `3万`). */
const COUNT = /\d[\d.,]*[ \t]*(?:[KkMmBb](?![\p{L}])|[KkMm]?\+|万|亿)/u;

/** A table's header row (group 1), the line over its rule line (`|---|:--:|`). */
const HEADER_ROW =
  /^([ \t]*\|[^\n]*\|)[ \t]*\r?\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gmu;
/** A table row's first cell, a few words (`| **核心优势** | … |`, `| Strengths | Weaknesses |`). */
const ROW_LABEL = /^[ \t]*\|[ \t]*(?:\*\*|__)?(\p{L}[\p{L}\p{M} '’&/-]{0,30}?)(?:\*\*|__)?[ \t]*\|/gmu;
const DO_LABEL = /^[ \t]*(?:\*\*|__)(?:do|dos|do's|sí)[ \t]*(?:[:：][ \t]*)?(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?$/imu;
const DONT_LABEL =
  /^[ \t]*(?:\*\*|__)(?:don['’]?t|don['’]?ts|no)[ \t]*(?:[:：][ \t]*)?(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?$/imu;

/** A line of its own, numbered `一、` or `（二）`, naming a part in a few words (see sectionsLabelled). */
const HEADING_WITHOUT_SPACE = /^ {0,3}#{1,6}(?=\p{Script=Han})([^\n#]{1,40}?)[ \t#]*$/gmu;
const LATIN_HEADING_WITHOUT_SPACE = /^ {0,3}#{1,6}(?=\p{Lu})([^\n#]{1,40}?)[ \t#]*$/gmu;
/** A label in italics with its colon, alone on its line or a list item's (`- *Próximos pasos:*`, `_Decisions:_`). */
const ITALIC_SECTION_LABEL =
  /^[ \t]*(?:[-+][ \t]+|\*[ \t]+|\d{1,3}[.)][ \t]+)?(?:\*(?!\*)|_(?!_))(\p{L}[^*_\n:：]{0,40}?)[ \t]*[:：][ \t]*(?:\*|_)[ \t]*$/gmu;
/** A label in HTML bold alone on its line (`<b>Tasks to be completed</b>`, `<strong>Decisiones:</strong>`). */
const HTML_BOLD_LABEL = /^[ \t]*<(?:b|strong)>[ \t]*(\p{L}[^<>\n]{0,40}?)[ \t]*[:：]?[ \t]*<\/(?:b|strong)>[ \t]*$/gimu;
const HAN_NUMBERED_LABEL =
  /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[ \t]*([^\n:：。，,]{2,20}?)[ \t]*(?:[:：][ \t]*)?\r?$/gmu;

/** A table of tasks with who does each (an action column and an owner column), anywhere in the document. */
function hasOwnedTaskTable(doc: AgencyDocument): boolean {
  return doc.nodes.some((p) => {
    if (p.node.type !== 'table' || p.node.children.length < 2) return false;
    const header = rowCells(p.node.children[0]);
    // (`| Type | Description | Owner | Deadline |`: who does each and by when, whatever the task column is called.)
    return (isActionTable(header) || findColumn(header, DUE_COLUMNS) >= 0) && findColumn(header, OWNER_COLUMNS) >= 0;
  });
}

/** A table's column of members (`团队成员`, `Member`, `Integrante`). */
const MEMBER_COLUMN = /^(?:团队成员|成员|组员|队员|members?|team members?|integrantes?|miembros?)$/iu;
/** A table's column of the work each one plans next (`计划任务`, `明日计划`, `Planned tasks`, `Próximas tareas`). */
const PLANNED_COLUMN =
  /^(?:计划任务|计划|明日计划|下周计划|后续计划|下一步计划|planned tasks?|planned work|next steps?|plans? for (?:tomorrow|next week)|tareas planificadas|pr[oó]ximas tareas|plan para (?:mañana|la pr[oó]xima semana))$/iu;
/**
 * A table, in Markdown or in HTML, with a column of members and a column of what each plans to do next, two rows or
 * more: a stand-up's notes, each member's next tasks.
 */
function hasPlannedWorkTable(body: string): boolean {
  const fits = (cells: string[]) =>
    cells.some((c) => MEMBER_COLUMN.test(c)) && cells.some((c) => PLANNED_COLUMN.test(c));
  const plain = (c: string) => c.replace(/<[^>]*>|\*\*|__/gu, '').trim();
  for (const m of body.matchAll(HEADER_ROW)) {
    const rows = body
      .slice((m.index ?? 0) + m[0].length)
      .split('\n', 4)
      .slice(1)
      .filter((r) => /^[ \t]*\|/u.test(r));
    if (rows.length >= 2 && fits(m[1].split('|').slice(1, -1).map(plain))) return true;
  }
  for (const table of body.matchAll(/<table\b[\s\S]*?<\/table>/giu)) {
    const rows = [...table[0].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/giu)].map((r) => r[1]);
    const header = [...(rows[0] ?? '').matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/giu)].map((c) => plain(c[1]));
    if (rows.length >= 3 && fits(header)) return true;
  }
  return false;
}

/**
 * A heading naming the team's action plan (`## Action Plan:`, `## Our action plan`), or the commitments a
 * retrospective closes with, alone or in brackets after a word naming nothing (`### Mac (Actionable Commitments)`
 * beside `### Windows (Bad)`): its steps are mostly practices.
 */
const ACTION_PLAN_HEADING = /^(?:(?:our|the|team) )?action plan$|^(?:\p{L}+ ?\()?actionable commitments\)?$/u;

/**
 * A heading marking its part as agreed in brackets after the name (`Q4 priorities (agreed)`, `Calendario (acordado)`,
 * `排期（已确认）`). (Not `Agreed procedure`: a course template's standing procedure for its stand-ups.)
 */
const AGREED_HEADING =
  /^[^()（）]{2,40} ?[(（](?:agreed|approved|acordad[oa]s?|aprobad[oa]s?|已确认|已商定|已通过)[)）]$/u;

/** The types whose purpose is a meeting's. */
const MEETING_TYPES = new Set(['agenda', 'minutes']);

/** The required sections the document lacks, as this rule reports them. */
function missingOf(doc: AgencyDocument): ReturnType<typeof missingSections> {
  const all = missingSections(doc);
  if (all.length === 0) return all;
  const body = doc.text.slice(doc.frontMatter?.end ?? 0);
  // Any part given by a bold label instead of a heading: `**Next steps:**` in minutes written as one list,
  // `**Target Audience**: Space enthusiasts…` or `- **目标用户 (Target Audience):**` in a brief.
  const labelled = sectionsLabelled(doc, body);
  const front = doc.frontMatter ? doc.text.slice(doc.frontMatter.contentStart, doc.frontMatter.contentEnd) : '';
  return all.filter(
    (d) =>
      !(
        d.kind === 'total' &&
        (totalInLineItems(doc) ||
          pricedOptions(doc) ||
          FRONT_TOTAL.test(front) ||
          (hoursTable(withoutCode(body)) && TOTAL_ROW.test(withoutCode(body))))
      ) &&
      // `status: accepted` in another tool's front matter: the client accepted the estimate.
      !(doc.type?.id === 'estimate' && d.kind === 'signoff' && FRONT_ACCEPTED.test(front)) &&
      !(
        d.kind === 'line-items' &&
        (pricedTable(withoutCode(body)) ||
          pricedItems(withoutCode(body)) ||
          hoursTable(withoutCode(body)) ||
          pricedHeadings(withoutCode(body)))
      ) &&
      // A status report by workstream: `stage: In progress` under a workstream's heading, its ticked tasks done.
      !(doc.type?.id === 'status' && d.id === 'jobs-in-progress' && IN_PROGRESS_STAGE.test(body)) &&
      !(doc.type?.id === 'status' && d.id === 'completed' && (TICKED.test(body) || weekOfWork(doc))) &&
      !(d.kind === 'topics' && (topicsAsHeadings(doc) || topicsAsOnlyList(doc))) &&
      // A brief or a strategy saying whom it speaks to in a sentence (`The target audience is …`).
      !(
        d.id === 'target-consumer' &&
        ITEM_LABEL_TYPES.has(doc.type?.id ?? '') &&
        TARGET_SENTENCE.test(withoutCode(body))
      ) &&
      // Minutes by topic record each decision and action where it was discussed (inlineRecords.ts).
      !(d.id === 'decisions' && hasInlineDecisions(body)) &&
      !(d.id === 'next-actions' && (hasInlineActions(body) || hasOpenTasks(body))) &&
      // `This meeting is to discuss …`, `Estas reuniones son para:`: the meeting's purpose, said in a sentence.
      !(d.id === 'purpose' && MEETING_TYPES.has(doc.type?.id ?? '') && hasPurposeStatement(body)) &&
      // `## 决议事项` over `| 编号 | 交办内容 | 负责人 |`: the tasks handed out, in a table under another heading.
      !(d.kind === 'actions' && (hasOwnedTaskTable(doc) || hasTasksSetItem(body))) &&
      // `Tareas<TAB>Responsable` over its rows: a table of tasks pasted as lines, its cells apart by tabs.
      !(d.kind === 'actions' && hasTabSeparatedTasks(body)) &&
      // `| 团队成员 | 完成任务 | 计划任务 |` in a stand-up's notes: what each member does next.
      !(d.kind === 'actions' && hasPlannedWorkTable(withoutCode(body))) &&
      // `## Action Plan` closing a retrospective: what the team will do next, though its steps are often practices
      // (`Each member should aim for two pull requests a week`), so they are not read as tasks.
      !(d.id === 'next-actions' && doc.headings.some((h) => ACTION_PLAN_HEADING.test(normalizeHeading(h.text)))) &&
      // `## Q4 Priorities (Agreed)`: what the meeting agreed, whatever it is about.
      !(
        d.id === 'decisions' &&
        doc.type?.id === 'minutes' &&
        doc.headings.some((h) => AGREED_HEADING.test(normalizeHeading(h.text)))
      ) &&
      !labelled.has(d.id),
  );
}

function addSectionFixes(finding: Finding, ctx: FixContext): Fix[] {
  const { doc } = ctx;
  const type = doc.type;
  const def = type?.sections.find((s) => s.id === finding.data.section);
  if (!type || !def) return [];
  const fixes: Fix[] = [
    {
      title: TITLES.addSection[ctx.options.locale](def.names[doc.lang]),
      edits: sectionInsertions(doc, type, [def], doc.lang),
      isPreferred: true,
      safe: true,
    },
  ];
  const all = missingOf(doc);
  if (all.length > 1) {
    fixes.push({
      title: TITLES.addAllSections[ctx.options.locale](all.length),
      edits: sectionInsertions(doc, type, all, doc.lang),
      safe: true,
    });
  }
  return fixes;
}

export default defineRule({
  id: 'missing-section',
  severity: 'error',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const [s, e] = titleSpan(ctx.doc);
    for (const def of missingOf(ctx.doc)) {
      ctx.report(
        s,
        e,
        { ...sectionNaming(def, ctx.doc.lang, ctx.options.locale), type: ctx.type.names[ctx.options.locale] },
        { section: def.id },
      );
    }
  },
  fix: addSectionFixes,
  fixTitles: TITLES,
  messages: {
    // A name in the document's other language takes no English article (not “a “Acuerdos””).
    en: (p) =>
      p.inUi
        ? `Add the section ${qNamed.en(p.section, p.inUi)}: ${q.en(p.type)} documents need one.`
        : `Add ${article(p.section)} ${q.en(p.section)} section: ${q.en(p.type)} documents need one.`,
    zh: (p) => `缺少${qNamed.zh(p.section, p.inUi)}部分，每份${p.type}都需要，请补上。`,
    es: (p) =>
      `Falta la sección ${qNamed.es(p.section, p.inUi)}; es obligatoria en todo documento de tipo ${q.es(p.type)}.`,
  },
  doc: {
    title: { en: 'Missing section', zh: '缺少部分', es: 'Falta una sección' },
    description: {
      en: 'A section the handbook requires for this type of document has no heading, e.g. minutes without Next actions or a brief without a Button. Add the heading (in English, Chinese or Spanish) with its content; the quick fix inserts it at the right place. An estimate whose line items table ends with its total row (`| Total | 20,500 |`, `| 合计 | 20,500 |`) has its Total. Minutes written by topic, with `**Decision:**` and `**Action:**` lines under each point or one table with Decision and Action columns, have their decisions and next actions (a labelled list of actions, `- Action items:` with the actions below it, and each `**Action:** …` line are checked for owners and due dates). Minutes written as one list whose parts are bold labels (`**Decisions:**`, `- **Next steps**:`, `**决定事项：**`) have those sections too, and so do minutes that label each decision (`- 决策一：…`), lead into them (`Ante el resultado de esta reunión, adoptamos las siguientes medidas:`) or label their open tasks `Pending:`, and so does any document whose part is a bold label with its text (`**Target Audience**: students and teachers`, `- **目标用户：** …`), and so does a short brief written as plain label lines at the start of a paragraph (`Tone: calm and plain.`, `Formats:` over its list; not a list item, which is a detail of something else). A `**Do:**` list with a `**Don’t:**` list gives the mandatories. A competitor review written competitor by competitor covers each dimension that a table row or header names (`| **Services** | … |`, `| Strengths | Weaknesses |`). An estimate offering options or packages each with its price (`## Packages`) asks no total of them; a status report by workstream has its jobs in progress when a stage line says so (`stage: In Progress`) and its completed work in ticked tasks (`- [x] …`). An estimate with a table of two priced rows or more has its line items under any heading or label; a competitor review’s comparison matrix covers each dimension its header cells name (`| 竞品 | 核心定位 |`). Outside minutes and agendas, a list item that is a label alone over a list nested under it (`- Target audience:`) gives its part (in minutes and agendas, only one that is the part’s whole name: `- Decisions`, `- 會議結論`), and a bold label may carry a remark in brackets (`**Forbidden imagery (in every image):**`); in a research report, a list item’s label written under three items or more (`- **Objective**: …` under each proposed campaign) describes those items, not the research. An estimate’s total row still without its amount (`| **TOTAL** | | [amount] |`) is its Total, an HTML table with a price column is its line items, and a payment schedule (`| Milestone | Amount | Due |`) is not. A weekly report whose heading is the week alone (`## 2026-1-12 ~ 2026-1-16`) over the week’s numbered items has its completed work. The labels under one numbered campaign of several (`### Campaign 2: …` over `**Targets:**`) describe that campaign, not the document, and so do the labels under a sub-heading on one social network (`#### Reddit strategy` over `**Rules:**`). A label whose text is colours (`**Support:** White (#FFFFFF)`) or the page’s call-to-action button (`**CTA button**: colour and text`) names no part; a list item whose label is a whole name of a part written once (`- Value promise: …`, `- 价值承诺：…`) gives it in a brief or a strategy. A competitor review’s table column of counts (`| Users |` over `500K+`) is not its target consumer. A strategy’s `**Objective:**` line atop it, in bold or plain (`> Goal: …`), gives its marketing objective. In a brief or a strategy, a table row whose label is a whole name of a part written once, with a statement beside it (`| 品牌承诺 | … |`), or a column whose header is one (`| 证据点（图片/数据） |` over two filled rows), gives that part. An estimate whose price section holds one amount alone (`## 报价` over `整站交付价：¥3,600`) has its total, one listing two labelled items with their prices (`- **Web design:** $2,500`) has its line items, and one whose front matter, written by another tool, gives the amount (`value: 9800`) or the client’s acceptance (`status: accepted`) has its total or its sign-off. An agenda or minutes stating the meeting’s purpose in a sentence that names the meeting (`This meeting is to discuss …`, `Estas reuniones son para:`, `本次会议旨在…`) have their purpose; `The goal is to …` alone speaks of the work, not the meeting. Minutes keeping two open boxes or more at a list’s top level (`- [ ] Order the prints`), outside a roll call, have their next actions, and a labelled choice (`- Elección: …`, `- 选定：…`) records a decision; a decision only said in a sentence of the notes (`Se decidió …`) does not make the Decisions part. A numbered line that is a part’s whole name, over its items (`3. Decisions Made`), gives that part, and a brief or a strategy saying in a sentence whom it speaks to (`The target audience is …`, `Se dirige a …`, or `Target: …` after a sentence of a paragraph) has its target consumer. Minutes whose items say who will do what (`- Marta preparará las diapositivas.`, two people or more, even under `**Acuerdos:**`), or whose table of tasks has an owner or a date column (`| Tarea asignada | Responsable | Fecha estimada |`), have their next actions; Chinese minutes listing two points or more the meeting settled (`- 确定技术路线：…`) have their decisions. Minutes also have their parts as a label in italics or in HTML bold (`- *Next steps:*`, `<b>Tasks to be completed</b>`), a heading missing its space (`######ACTION ITEMS:`), a bold capital mark (`**DECISION** The group …`), a table of motions (`| Motion text | Moved by |`) or with Owner and Deadline columns, a heading marked `(Agreed)`, and a retrospective’s `## Action Plan` (its steps are not read as tasks). Minutes record their next actions, too, in a `责任人：@name, what to do` line under a topic of this meeting (not under the review of the last meeting’s items), in items handing each person their part with an arrow (`- Lucía → Product pages`, two people or more whom the document names elsewhere), in a list of what everyone is working on (`* What everyone is working on:` over `- Priya: search filters`; its items are not read as tasks), in a list led into by a commitment (`ahora tenemos como compromiso lo siguiente:`, `We committed to the following:`), under a label naming the tasks with their owner and deadline in brackets (`Tasks per member (task - owner - deadline):`), in a row of a table of the meeting’s points whose label is a part’s whole name (`| **2. División de tareas** | … |`), and in a stand-up’s table of members and their planned tasks (`| Member | Done | Planned tasks |`, in Markdown or HTML); and their decisions in proposals each marked with the result (`… **通过**`, `(passed)`) or a bold label naming the decision on one matter (`**Decision on the colours:**`, `**Decisión sobre …:**`), or a label naming what was agreed (`| **Plazo acordado** | … |`). An agenda saying what the group meets to do (`The Tiles Working Group meets monthly to review …`, `The WG’s primary purpose is to discuss …`) has its purpose, and one written as a list under its title or the meeting’s date alone (`#### 12th March 2027`) has its topics. Minutes with a sentence ending in the next steps the meeting set (`… and we agreed the next steps:`, `… se han definido los siguientes pasos a llevar a cabo:`) have their next actions in the list after it; steps of a procedure (`es necesario seguir los siguientes pasos:`) are no tasks. A bold label closed by an HTML line break (`**初步结论**<br>`) gives its part too, and a table of tasks and owners kept with tabs (`Tareas<TAB>Responsable`) the next actions. Minutes have their next actions, too, in lines closed by their owner’s tag (`… publicar el resumen. **Responsable: Ana**`, `…确认参与单位   责任人：林舟`; each line is read as an action), in the list after a sentence ending in the tasks the meeting set (`… se definieron tareas para prepararla:`), in the issues listed under `遗留问题跟踪（…）：` (their dated progress notes, `11.02：…`, name no owner), and in headings each over its deadline and the one responsible (`- 截止时间：…`, `- 相关责任人：@lin`; each heading is read as a task); a retrospective’s `Mac (Actionable Commitments)` is its plan (its practices are not read as tasks). They have their decisions in a board’s motions with their result (`…动议“…”，经辩论，决定：…`, `该动议未通过`) and in a vote’s count on a line of its own (`Aprobada con 5-1-2`). An agenda’s `### Outcomes` under the minutes kept below it (`## Minute`, `## Notes`) or after its topics is what the meeting came to, not its purpose. A document with no heading below its title, written as plain lines each over its list (`Objetivos` over `- Maximizar ventas …`, two such lines or more), has the parts those lines name.',
      zh: '这类文档按规范必须有的部分没有标题，例如会议记录没有「后续行动」，创意简报没有「按钮」。请加上标题（中、英、西文均可）并写好内容，快速修复会把它插到正确的位置。费用明细表最后一行写了合计（`| 合计 | 20,500 |`）的估价单，已经有合计。按议题写、每个议题下有「决定：」「行动：」行，或用一张带决定列和行动列的表格的会议记录，已经有结论和后续行动（标明为行动的列表，如 `- 行动项：` 下的各项，以及每一行 `行动项：…`，都会检查负责人和截止日期）。整份纪要写成一个列表、各部分用加粗标签标出（`**决定事项：**`、`- **后续行动计划**：`）的，也算有这些部分，逐条写明决策（`- 决策一：…`）、用引导句引出决定（`adoptamos las siguientes medidas:`）或以 `Pending:` 标出待办的也算；任何文档中用加粗标签写出的部分（`**Target Audience**: …`、`- **目标用户：** …`）同样算有；在段首用普通标签行写出各部分的简短简报（`Tone: 平实`、`Formats:` 下接列表；列表项不算，那是别处的细节）也算有。`**Do:**` 与 `**Don’t:**` 两个列表算作必要条件。逐个竞争者写的竞争者评议，表格行或表头写到的维度（`| **功能** | … |`、`| 优势 | 弱点 |`）也算有。列出几个各自标价的方案或套餐（`## 套餐`）的估价单不要求合计；按工作流写的周报，有 `状态：进行中` 这样的行就算有进行中的工作，打了勾的任务（`- [x] …`）算已完成。估价单中有两行以上标了价格的表格，不论标题或标签如何，都算有费用明细；竞争者评议的对比表，表头各格写到的维度（`| 竞品 | 核心定位 |`）也算有。会议记录和议程以外，只有标签、下面缩进列出内容的列表项（`- 目标人群：`）也算有该部分（会议记录和议程中，须是该部分的完整名称：`- 会议结论`），加粗标签可以带括号说明（`**禁用画面（每张图都适用）：**`）；调研报告里在三项以上重复出现的列表项标签（每个建议活动下的 `- **目标**：…`）说的是各项本身，不算报告的部分。估价单中金额还没填的合计行（`| **合计** | | [金额] |`）算有合计，带价格列的 HTML 表格算有费用明细，付款进度表（`| 付款节点 | 金额 | 日期 |`）不算。标题只写本周日期范围（`## 2026-1-12 ~ 2026-1-16`）、下面列出编号事项的周报，算有已完成工作。多个编号活动之一的标题（`### 活动二：…`）下的标签说的是该活动，不算文档的部分；某个社交平台的小标题（`#### 小红书运营`）下的标签（`**规则：**`）也一样。内容是颜色的标签（`**辅助色：** 白色 (#FFFFFF)`）、页面上的行动按钮（`**CTA按钮**：颜色和文字`）不算任何部分；简报或策略里只出现一次、标签是某部分完整名称的列表项（`- 价值承诺：…`）算有该部分。竞品分析表格里的数量列（`| 用户 |` 下是 `50万+`）不算目标消费者。策略开头的 `**目标：**` 行（加粗与否，如 `> 目标：…`）算有营销目标。简报或策略里，表格中只出现一次、标签是某部分完整名称且旁边有一句话的行（`| 品牌承诺 | … |`），或表头是某部分名称、下面至少两行有内容的列（`| 证据点（图片/数据） |`），算有该部分。报价单的报价部分只有一个金额（`## 报价` 下 `整站交付价：¥3,600`）算有总计；列出两项以上带价格的标签项（`- **网页设计：** ¥2,500`）算有明细；其他工具写的头部给出金额（`value: 9800`）或客户已接受（`status: accepted`）算有总计或签核。议程或会议记录用点明会议的一句话写出目的（`本次会议旨在…`、`This meeting is to discuss …`、`Estas reuniones son para:`），算有会议目的；只写 `The goal is to …` 说的是工作，不是会议。会议记录中列表顶层有两个以上未勾选的方框（`- [ ] 订印刷品`），且不在签到名单下，算有后续行动；标明的选定项（`- 选定：…`、`- Elección: …`）算作决定；只在记录正文的句子里提到的决定（`最终决定…`）不算有「决定」部分。编号行正是某部分的完整名称、下面接着内容（`3. Decisions Made`）的，算有该部分；简报或策略用一句话写明对谁说（`目标用户是…`、`Se dirige a …`，或段落中一句话之后的 `Target: …`）的，算有目标消费者。会议记录中列表项写明谁将做什么（`- Marta preparará las diapositivas.`，至少两人，写在 `**Acuerdos:**` 下也算），或任务表带负责人或日期列（`| 任务 | 负责人 | 预计完成时间 |`）的，算有后续行动；中文纪要在同一列表中列出两条以上会上确定的事项（`- 确定技术路线：…`）的，算有决定。会议记录中用斜体或 HTML 加粗写出的标签（`- *后续行动：*`、`<b>待办</b>`）、漏了空格的标题（`######ACTION ITEMS:`）、加粗大写标记（`**DECISION** …`）、动议表（`| Motion text | Moved by |`）或带负责人和截止日期列的表格、标明`（已确认）`的标题，以及复盘的 `## Action Plan`（其中各步不当作任务检查），也算有相应部分。会议记录在本次议题下写 `责任人：@姓名，要做的事`（不是在回顾上次会议遗留事项时），用箭头把各人的工作分下去（`- 苏芮 → 同步脚本`，至少两人，且文中别处也提到他们），列出每个人正在做的工作（`* What everyone is working on:` 下的 `- Priya: search filters`，其中各项不当作任务检查），用一句承诺引出列表（`We committed to the following:`），用标签写明任务并在括号中注明负责人和截止日期（`各成员任务（任务 - 负责人 - 截止日期）：`），在议程表中以某部分的完整名称为一行的标签（`| **2. 任务分配** | … |`），或站会表格有成员列和计划任务列（`| 团队成员 | 完成任务 | 计划任务 |`，Markdown 或 HTML），都算有后续行动；逐条提议后标明结果（`…（提议人：林晓）**通过**`），用加粗标签写明就某事的决定（`**Decisión sobre …:**`），或标签写明商定的内容（`| **Plazo acordado** | … |`），算有决定。议程写明本小组开会是为了讨论或审议什么（`The Tiles Working Group meets monthly to review …`），算有会议目的；议程只是标题或会议日期（`#### 2027年3月12日`）下的一个列表的，算有议题。会议记录中一句话以会议定下的后续步骤结尾（`… se han definido los siguientes pasos a llevar a cabo:`）的，其后的列表算后续行动；操作步骤（`es necesario seguir los siguientes pasos:`）不是任务。以 HTML 换行结尾的加粗标签（`**初步结论**<br>`）也算有该部分；用制表符分列的任务与负责人表（`任务<TAB>负责人`）算有后续行动。会议记录中以负责人标注结尾的行（`…确认参与单位   责任人：林舟`、`… **Responsable: Ana**`，每行当作一项行动检查）、以会上定下的任务结尾的一句话之后的列表（`… se definieron tareas para prepararla:`）、`遗留问题跟踪（…）：` 下列出的问题（其下注明日期的进展，如 `11.02：…`，不算负责人），以及每个标题下都写明截止时间和负责人的任务登记（`- 截止时间：…`、`- 相关责任人：@lin`，每个标题当作一项任务检查），也算有后续行动；复盘的 `Mac (Actionable Commitments)` 算作行动计划（其中各项不当作任务检查）。理事会逐条动议并写明结果（`…动议“…”，经辩论，决定：…`、`该动议未通过`），或单独一行写明表决票数（`Aprobada con 5-1-2`），算有决定。议程下方附的会议记录（`## Minute`、`## Notes`）里或议题之后的 `### Outcomes` 是会议的结果，不算会议目的。标题下没有其他标题、各部分写成单独一行再接列表的文档（`Objetivos` 下的 `- Maximizar ventas …`，至少两行这样的标签），算有这些行所写的部分。',
      es: 'Falta el título de una sección que el manual exige para este tipo de documento, por ejemplo un acta sin «Próximos pasos» o un brief sin «Botón». Añade el título (en español, inglés o chino) con su contenido; la corrección rápida lo inserta en su sitio. Un presupuesto cuya tabla de partidas termina con la fila del total (`| Total | 20.500 |`) ya tiene su total. Un acta escrita por temas, con líneas `**Acuerdo:**` y `**Acción:**` bajo cada punto o una tabla con columnas de acuerdo y acción, ya tiene sus acuerdos y próximos pasos (una lista marcada como acciones, `- Acciones:` con las acciones debajo, y cada línea `**Acción:** …` se comprueban en responsable y fecha). Un acta escrita como una sola lista cuyas partes son etiquetas en negrita (`**Acuerdos:**`, `- **Próximos pasos**:`) también tiene esas secciones, y también la que marca cada decisión (`- 决策一：…`), las introduce con una frase (`Ante el resultado de esta reunión, adoptamos las siguientes medidas:`) o marca sus tareas abiertas con `Pending:`, igual que cualquier documento que da una parte como etiqueta en negrita con su texto (`**Público objetivo**: estudiantes y profesores`), y también un brief breve escrito con etiquetas simples al comienzo de un párrafo (`Tono: sereno y claro.`, `Formatos:` sobre su lista; no un elemento de lista, que es un detalle de otra cosa). Una lista `**Do:**` con una lista `**Don’t:**` da los requisitos obligatorios. Un análisis de la competencia escrito competidor por competidor cubre cada dimensión que nombra una fila o la cabecera de una tabla (`| **Servicios** | … |`, `| Fortalezas | Debilidades |`). Un presupuesto que ofrece opciones o paquetes con su precio cada uno (`## Paquetes`) no necesita un total de ellos; un informe por líneas de trabajo tiene trabajos en curso cuando una línea de estado lo dice (`Estado: En curso`) y trabajo completado en las tareas marcadas (`- [x] …`). Un presupuesto con una tabla de dos filas con precio o más tiene sus partidas bajo cualquier título o etiqueta; la matriz comparativa de un análisis de la competencia cubre cada dimensión que nombran las celdas de su cabecera (`| Competidor | Posicionamiento |`). Fuera de actas y órdenes del día, un elemento de lista que es solo una etiqueta sobre una lista anidada (`- Público objetivo:`) da su parte (en actas y órdenes del día, solo si es el nombre entero de la parte: `- Acuerdos`), y una etiqueta en negrita puede llevar una aclaración entre paréntesis (`**Imágenes prohibidas (en todas las piezas):**`); en un informe de investigación, la etiqueta de un elemento de lista repetida en tres elementos o más (`- **Objetivo**: …` bajo cada campaña propuesta) describe esos elementos, no la investigación. La fila del total de un presupuesto aún sin importe (`| **TOTAL** | | [importe] |`) es su total, una tabla HTML con columna de precio son sus partidas, y un plan de pagos (`| Hito | Monto | Fecha |`) no lo es. Un informe semanal cuyo título es solo la semana (`## 2026-1-12 ~ 2026-1-16`) sobre sus puntos numerados tiene su trabajo completado. Las etiquetas bajo una de varias campañas numeradas (`### Campaña 2: …` sobre `**Público:**`) describen esa campaña, no el documento, igual que las etiquetas bajo un subtítulo sobre una red social (`#### Estrategia en Reddit` sobre `**Reglas:**`). Una etiqueta cuyo texto son colores (`**Apoyo:** Blanco (#FFFFFF)`) o el botón de llamada a la acción de una página (`**Botón CTA**: color y texto`) no da ninguna parte; en un brief o una estrategia, un elemento de lista cuya etiqueta es el nombre entero de una parte, escrito una sola vez (`- Promesa de valor: …`), la da. La columna de cifras de una tabla de un análisis de la competencia (`| Usuarios |` sobre `500K+`) no es su consumidor objetivo. La línea `**Objetivo:**` al principio de una estrategia, en negrita o no (`> Meta: …`), da su objetivo de marketing. En un brief o una estrategia, una fila de tabla cuya etiqueta es el nombre entero de una parte, escrita una vez y con una frase al lado (`| Promesa de marca | … |`), o una columna cuyo encabezado lo es (`| Pruebas (datos/imágenes) |` sobre dos filas con texto), da esa parte. Un presupuesto cuya sección de precio tiene un solo importe (`## 报价` sobre `整站交付价：¥3,600`) tiene su total; uno que lista dos conceptos etiquetados con su precio (`- **Diseño web:** $2.500`) tiene sus partidas, y uno cuya cabecera, escrita por otra herramienta, da el importe (`value: 9800`) o la aceptación del cliente (`status: accepted`) tiene su total o su aprobación. Un orden del día o un acta que dice el objetivo de la reunión en una frase que nombra la reunión (`Estas reuniones son para:`, `This meeting is to discuss …`, `本次会议旨在…`) tiene su objetivo; `The goal is to …` a secas habla del trabajo, no de la reunión. Un acta con dos casillas sin marcar o más en el primer nivel de una lista (`- [ ] Pedir las copias`), fuera de una lista de asistencia, tiene sus próximos pasos, y una elección etiquetada (`- Elección: …`, `- 选定：…`) registra un acuerdo; un acuerdo dicho solo en una frase de las notas (`Se decidió …`) no da la sección de acuerdos. Una línea numerada que es el nombre entero de una parte, sobre su contenido (`3. Acuerdos`), da esa parte, y un brief o una estrategia que dice en una frase a quién se dirige (`El público objetivo son …`, `Se dirige a …`, o `Target: …` tras una frase de un párrafo) tiene su consumidor objetivo. Un acta cuyos puntos dicen quién hará qué (`- Marta preparará las diapositivas.`, dos personas o más, aunque estén bajo `**Acuerdos:**`), o cuya tabla de tareas tiene columna de responsable o de fecha (`| Tarea asignada | Responsable | Fecha estimada |`), tiene sus próximos pasos; un acta en chino que lista dos puntos o más que la reunión dejó fijados (`- 确定技术路线：…`) tiene sus acuerdos. Un acta también tiene sus partes como etiqueta en cursiva o en negrita HTML (`- *Próximos pasos:*`, `<b>Tareas</b>`), como título sin su espacio (`######ACTION ITEMS:`), como marca en mayúsculas y negrita (`**DECISION** …`), en una tabla de mociones (`| Moción | Propuesta por |`) o con columnas de responsable y fecha límite, bajo un título marcado `(acordado)`, y en el `## Action Plan` de una retrospectiva (sus pasos no se leen como tareas). Un acta tiene también sus próximos pasos en una línea `责任人：@nombre，qué hará` bajo un tema de esta reunión (no bajo el repaso de los pendientes de la anterior), en puntos que dan a cada persona su parte con una flecha (`- Lucía → Fichas de producto`, dos personas o más que el documento nombra en otro lugar), en una lista de en qué trabaja cada uno (`* What everyone is working on:` sobre `- Priya: search filters`; sus puntos no se leen como tareas), en una lista que introduce un compromiso (`ahora tenemos como compromiso lo siguiente:`), bajo una etiqueta que nombra las tareas con su responsable y fecha entre paréntesis (`Tareas de cada integrante (Nº. Tarea - Responsable - Fecha límite):`) en la fila de una tabla de puntos cuya etiqueta es el nombre entero de una parte (`| **2. División de tareas** | … |`) y en la tabla de una daily con columnas de integrante y de tareas previstas (`| Integrante | Hecho | Próximas tareas |`, en Markdown o HTML); y sus acuerdos en propuestas marcadas con su resultado (`… **通过**`, `(aprobado)`) o en una etiqueta en negrita que nombra la decisión sobre un asunto (`**Decisión sobre la pasarela de pago:**`) o lo acordado (`| **Plazo acordado** | … |`). Un orden del día que dice para qué se reúne el grupo (`The Tiles Working Group meets monthly to review …`) tiene su objetivo, y uno escrito como una lista bajo su título o solo la fecha de la reunión (`#### 12 de marzo de 2027`) tiene sus temas. Un acta con una frase que termina en los pasos que fijó la reunión (`… se han definido los siguientes pasos a llevar a cabo:`) tiene sus próximos pasos en la lista que sigue; los pasos de un procedimiento (`es necesario seguir los siguientes pasos:`) no son tareas. Una etiqueta en negrita cerrada por un salto de línea HTML (`**初步结论**<br>`) también da su parte, y una tabla de tareas y responsables hecha con tabuladores (`Tareas<TAB>Responsable`), los próximos pasos. Un acta tiene también sus próximos pasos en líneas cerradas por la etiqueta de su responsable (`… publicar el resumen. **Responsable: Ana**`, `…确认参与单位   责任人：林舟`; cada línea se lee como una acción), en la lista que sigue a una frase que termina en las tareas que fijó la reunión (`… se definieron tareas para prepararla:`), en los asuntos listados bajo `遗留问题跟踪（…）：` (sus notas de avance con fecha, `11.02：…`, no nombran responsable) y en títulos que dan cada uno su fecha límite y su responsable (`- 截止时间：…`, `- 相关责任人：@lin`; cada título se lee como una tarea); el `Mac (Actionable Commitments)` de una retrospectiva es su plan (sus prácticas no se leen como tareas). Tiene sus acuerdos en las mociones de una junta con su resultado (`…动议“…”，经辩论，决定：…`, `该动议未通过`) y en el recuento de una votación en una línea propia (`Aprobada con 5-1-2`). Un `### Outcomes` de un orden del día bajo el acta que lleva debajo (`## Minute`, `## Notes`) o tras sus temas es lo que resultó de la reunión, no su objetivo. Un documento sin títulos bajo el suyo, escrito como líneas sueltas cada una sobre su lista (`Objetivos` sobre `- Maximizar ventas …`, dos líneas así o más), tiene las partes que esas líneas nombran.',
    },
    bad: `${MINUTES_HEAD}\n${DECISIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
  },
});
