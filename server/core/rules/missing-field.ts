/** missing-field: one rule, whole (check, fix, messages, reference). */
import { DATE_IS_MEETING, fieldKey } from '../catalog';
import { emptyValueInsertion, fieldInsertions } from '../edits';
import { q } from '../l10n';
import { FIELD_BODY_LINES, bodyFieldIds, headingFieldIds } from '../typeDetection';
import { findAmounts } from '../amounts';
import type { AgencyDocument } from '../document';
import { md } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  field: string;
  type: string;
  placeholder?: boolean;
}

/** The field as the message names it: the key a fix writes in the reader's language. */
const fieldName = fieldKey;

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
  if (!id || finding.data.placeholderValue) return [];
  const title = TITLES.addField[ctx.options.locale](id);
  if (finding.data.emptyValue) {
    const edit = emptyValueInsertion(ctx.doc, id, ctx.options.today);
    return edit ? [{ title, edits: [edit], isPreferred: true, safe: true }] : [];
  }
  return [{ title, edits: fieldInsertions(ctx.doc, [id], ctx.options.today), isPreferred: true, safe: true }];
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
    for (const req of ctx.type.fields) {
      if (req.optional) continue;
      const name = fieldName(req.id, ctx.options.locale);
      const typeName = ctx.type.names[ctx.options.locale];
      const entry = fm?.field(req.id);
      // Minutes and agendas written with `date:` alone, or with the date in the title, give the meeting's date there.
      if (!entry && req.id === 'meeting' && ctx.facts.fieldDate('meeting')) continue;
      if (!entry) {
        inBody ??= bodyFields(ctx.doc);
        if (inBody.has(req.id)) continue;
        // `**Fecha:** 15/3/2025`, `* Meeting date: …` or `### Date/Time: …` near the top of minutes or an agenda.
        if (req.id === 'meeting' && DATE_IS_MEETING.has(ctx.type.id) && inBody.has('date')) continue;
        // An estimate whose amounts all say their currency (`500,00 €`, `USD 4,023`, `¥3,000`), or that says it
        // in words (`All prices in USD`), states it.
        if (req.id === 'currency' && (amountsCurrency(ctx.doc) !== undefined || CURRENCY_SAID.test(ctx.doc.text)))
          continue;
        // A report whose title or headings say its week (`# 项目周报（第 1 周）`, `## WEEK 13 (APR 25 - May 2)`,
        // `# Weekly Status Report - Week Ending Jan 10, 2026`).
        if (req.id === 'week' && ctx.doc.headings.some((h) => WEEK_HEADING.test(h.text))) continue;
      }
      if (!entry) {
        const [s, e] = fm ? [fm.start, fm.start + 3] : [0, ctx.doc.lines.lineEnd(0)];
        ctx.report(s, e, { field: name, type: typeName }, { field: req.id });
      } else if (entry.missing) {
        const emptyValue = entry.text === '' && !entry.items;
        ctx.report(
          entry.keyStart,
          Math.max(entry.valueEnd, entry.keyEnd),
          { field: name, type: typeName, placeholder: true },
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
        ? `The ${q.en(p.field)} field is still empty or a placeholder like TBD: fill it in.`
        : `Add the ${q.en(p.field)} field to the front matter: ${q.en(p.type)} documents need it.`,
    zh: (p) =>
      p.placeholder
        ? `${q.zh(p.field)}字段还是空的或只是占位（如 TBD、待定），请填上实际内容。`
        : `文档头部缺少${q.zh(p.field)}字段，每份${p.type}都要填写，请补上。`,
    es: (p) =>
      p.placeholder
        ? `El campo ${q.es(p.field)} está vacío o solo tiene un marcador (TBD, pendiente…): rellénalo.`
        : `Falta el campo ${q.es(p.field)} en la cabecera; es obligatorio en todo documento de tipo ${q.es(p.type)}.`,
  },
  doc: {
    title: { en: 'Missing field', zh: '缺少字段', es: 'Falta un campo' },
    description: {
      en: "Each document type needs certain facts in its front matter: the client, the dates, the job number… A field that is absent, empty or still a placeholder such as TBD counts as missing. Fill it in; the quick fix adds the key for you. A field written as a line near the top of the body counts too (`**Present:** Ana Ruiz, Ben Cole`, `**Client:** Acme Foods`), and so do the attendees or the distribution as a heading with the names under it (`## Attendees`, `## Attended by`). An estimate whose amounts all carry one currency (`500,00 €`) or that says it (`All prices in USD`) has its currency; a status report whose title or a heading names the week (`# Weekly report – Week 13`, `# 项目周报（第 1 周）`) has its week. Another template's blank (a variable in double braces, `[YYYY-MM-DD]`, `__/__/____`) is no value.",
      zh: '每类文档的头部都要写明一些基本信息：客户、日期、工作单号等。字段没写、是空的或还是 TBD、待定之类的占位，都算缺少。请填上，快速修复可以帮你加上字段。正文开头写成一行的字段也算（`参会人员：赵敏、孙浩`），参会人员或抄送写成标题、下面列出姓名（`## 参会人员`）也算。估价单的金额都带同一币种（`¥3,000`）或写明了币种（`币种：人民币`），就算有币种；周报的标题或小标题写了第几周（`# 项目周报（第 1 周）`），就算有周次。其他模板的待填项（双花括号里的变量、`[YYYY-MM-DD]`、`__/__/____`）不算填写。',
      es: 'Cada tipo de documento necesita ciertos datos en su cabecera: el cliente, las fechas, el número de trabajo… Un campo ausente, vacío o que todavía dice TBD o «pendiente» cuenta como faltante. Rellénalo; la corrección rápida añade la clave. Un campo escrito como línea al principio del cuerpo también cuenta (`**Asistentes:** Ana Ruiz, Ben Cole`), y también los asistentes o la distribución como título con los nombres debajo (`## Asistentes`). Un presupuesto cuyos importes llevan todos la misma moneda (`500,00 €`) o que la dice (`Precios en EUR`) tiene su moneda; un informe cuyo título o un encabezado dice la semana (`# Informe semanal – Semana 13`) tiene su semana. El hueco de otra plantilla (una variable entre llaves dobles, `[DD/MM/AAAA]`, `__/__/____`) no es un valor.',
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

/** The one currency every amount of the body that names one names (`€` throughout), if there is one. */
function amountsCurrency(doc: AgencyDocument): string | undefined {
  const body = doc.text.slice(doc.frontMatter?.end ?? 0, (doc.frontMatter?.end ?? 0) + 200_000);
  const named = new Set<string>();
  for (const a of findAmounts(body, doc.lang)) if (a.currency) named.add(SAME_CURRENCY[a.currency] ?? a.currency);
  return named.size === 1 ? [...named][0] : undefined;
}

const CURRENCY_SAID =
  /(?<![\p{L}])(?:(?:all )?(?:prices|amounts|figures|costs|fees)[^.\n]{0,20}[ \t]in[ \t]+(?:USD|EUR|GBP|MXN|ARS|CNY|RMB|US dollars|euros)|(?:precios|importes|montos)[^.\n]{0,20}[ \t]en[ \t]+(?:USD|EUR|MXN|ARS|euros|pesos|d[oó]lares)|币种[:：]|(?:金额|价格)单位[:：])/iu;
const WEEK_HEADING =
  /(?<![\p{L}])(?:week|semana)[ \t]*(?:#[ \t]*)?\d{1,2}(?!\d)|(?<![\p{L}])week[ \t]+(?:ending|of|commencing|starting)[ \t]+\S|第[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*周|\d{1,2}月\d{1,2}[日号]?[ \t]*[~～至到—-][ \t]*\d{1,2}(?:月\d{1,2})?[日号]?|\d{4}-\d{1,2}-\d{1,2}[ \t]*(?:到|至|~|～)/iu;

/** Signs and codes of one currency (`¥3,000` and `2.5万元` are both yuan). */
const SAME_CURRENCY: Readonly<Record<string, string>> = {
  '¥': 'CNY',
  元: 'CNY',
  RMB: 'CNY',
  人民币: 'CNY',
  '€': 'EUR',
  euros: 'EUR',
  euro: 'EUR',
};

/** The fields written in the body: as `Key: value` lines near its top, and the list fields as headings. */
function bodyFields(doc: AgencyDocument): Set<string> {
  // Further down than type detection reads: a brief pasted under the client's e-mail gives its fields after it.
  const ids = bodyFieldIds(doc.text.slice(doc.frontMatter?.end ?? 0), FIELD_BODY_LINES, true);
  for (const id of headingFieldIds(doc.text, doc.headings)) ids.add(id);
  return ids;
}
