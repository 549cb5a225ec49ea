/**
 * An estimate from a job card (docs/workflow.md): the job's number and
 * client, its deliverables as line items to price, beside the job card. The
 * `estimate-missing` fix creates it and links it from the card.
 */
import type { ListItem } from 'mdast';
import type { Lang, Localized } from '../catalog/schema';
import { typeByName, type AgencyDocument } from '../document';
import { isEmptySection, itemText, rowCells, sectionText } from '../content';
import { findAmounts } from '../amounts';
import { toIsoDate, type CalendarDate } from '../dates';
import { isPlaceholder } from '../text';
import type { Finding, Fix, FixContext, TextEdit } from '../rules/rule';
import {
  dirOf,
  fieldLine,
  freePath,
  joinPath,
  mdText,
  titleFor,
  titleSubject,
  WorkflowError,
  type GeneratedDocument,
} from './common';

/** `Awaiting print quotes.`, `Pendiente de la imprenta.`, `待报价`: the section says the estimate is still to come. */
const STILL_TO_COME =
  /^(?:awaiting|pending|waiting (?:for|on)|to follow|not yet|pendiente|en espera|a la espera|por recibir|todavía no|aún no|待|等待|尚未|暂无|还没有)/iu;

/**
 * The estimate a job card gives, as estimate-missing reads it: its `estimate:` field as written (a path or an
 * amount), else what its Estimate section states (its first amount, `4.300 €`, `¥46,000`; else its first line),
 * unless the section is empty or only says the estimate is still to come. Undefined when the card gives none.
 */
export function jobCardEstimate(doc: AgencyDocument): string | undefined {
  const field = doc.frontMatter?.field('estimate');
  if (field && !field.missing) return field.text;
  const section = doc.sections.find((s) => s.def.id === 'estimate');
  if (!section || isEmptySection(section)) return undefined;
  const text = sectionText(section).trim();
  const amounts = findAmounts(text, doc.lang);
  if (amounts.length > 0) return amounts[0].text;
  if (STILL_TO_COME.test(text)) return undefined;
  const first =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  // (A section of a picture or a link alone still states one: its heading stands for it.)
  if (first === '') return section.heading.text;
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

const ESTIMATE = typeByName('estimate')!;
const JOB = typeByName('job')!;

const COLUMNS: Record<Lang, [string, string, string]> = {
  en: ['Item', 'Supplier', 'Amount'],
  zh: ['项目', '供应商', '金额'],
  es: ['Concepto', 'Proveedor', 'Importe'],
};
const NO_DELIVERABLES: Localized = {
  en: 'The job card lists no deliverables: add one row per item to price',
  zh: '工作卡没有列出交付物：请逐行写下要报价的项目',
  es: 'La orden de trabajo no enumera entregables: añade una fila por partida',
};
const NOT_JOB: Localized = {
  en: 'This is not a job card: an estimate is made from a job card (type: job).',
  zh: '这不是工作卡：估价单要从工作卡（type: job）生成。',
  es: 'Esto no es una orden de trabajo: el presupuesto se hace desde una orden de trabajo (type: job).',
};

/** The deliverables of a job card, one per list item or table row (the first column). */
export function deliverablesOf(card: AgencyDocument): string[] {
  const section = card.sections.find((s) => s.def.id === 'deliverables');
  if (!section) return [];
  const out: string[] = [];
  for (const p of section.nodes) {
    if (p.node.type === 'list')
      for (const item of p.node.children as ListItem[]) {
        const t = itemText(item).split('\n')[0].trim();
        if (t && !isPlaceholder(t)) out.push(t);
      }
    else if (p.node.type === 'table') {
      for (const row of p.node.children.slice(1)) {
        const t = rowCells(row)[0]?.trim();
        if (t && !isPlaceholder(t)) out.push(t);
      }
    }
  }
  return out;
}

/** Where the estimate goes: beside the card, named by the job number (`NW-2026-016.estimate.md`). */
export function estimatePathFor(card: AgencyDocument, exists?: (path: string) => boolean): string {
  const job = card.frontMatter?.field('job');
  const base =
    job && !job.missing
      ? job.text.trim().replace(/[\\/:*?"<>|\s]+/g, '-')
      : (card.path.split(/[\\/]/).pop() ?? 'job').replace(/(?:\.job)?\.(?:md|markdown)$/i, '');
  return freePath(joinPath(dirOf(card.path), `${base}.estimate.md`), exists);
}

/** A new estimate for a job card. Throws WorkflowError when `card` is not a job card. */
export function estimateFromJobCard(
  card: AgencyDocument,
  today: CalendarDate,
  exists?: (path: string) => boolean,
): GeneratedDocument {
  if (card.type?.id !== JOB.id) throw new WorkflowError(NOT_JOB);
  const lang = card.lang;
  const value = (id: string) => {
    const f = card.frontMatter?.field(id);
    return f && !f.missing ? f.text : undefined;
  };
  const job = value('job');
  const lines = [
    '---',
    fieldLine('type', ESTIMATE.id),
    fieldLine('job', job ?? '<job>'),
    fieldLine('client', value('client') ?? '<client>'),
    fieldLine('date', toIsoDate(today)),
    fieldLine('currency', '<currency>'),
    '---',
    '',
  ];
  const subject = titleSubject(card.title?.text, JOB);
  lines.push(`# ${titleFor(ESTIMATE, lang, subject ? (job ? `${subject} (${job})` : subject) : (job ?? ''))}`, '');
  const section = (kind: string) => ESTIMATE.sections.find((s) => s.kind === kind)!;
  const items = section('line-items');
  const [item, supplier, amount] = COLUMNS[lang];
  lines.push(`## ${items.names[lang]}`, '');
  const deliverables = deliverablesOf(card);
  if (deliverables.length === 0) lines.push(`<!-- ${NO_DELIVERABLES[lang]} -->`, '');
  lines.push(`| ${item} | ${supplier} | ${amount} |`, '|---|---|---|');
  // Amounts are left empty: the account executive prices each line.
  for (const d of deliverables) lines.push(`| ${mdText(d)} |  |  |`);
  if (deliverables.length === 0) lines.push('|  |  |  |');
  lines.push('');
  for (const kind of ['total', 'signoff']) {
    const s = section(kind);
    lines.push(`## ${s.names[lang]}`, '', `<!-- ${s.prompt[lang]} -->`, '');
  }
  return { path: estimatePathFor(card, exists), text: lines.join('\n') };
}

const CREATE_TITLE: Localized = { en: 'Create the estimate', zh: '生成估价单', es: 'Crear el presupuesto' };

/**
 * The `estimate-missing` fix: a new estimate beside the card, and the card's
 * `estimate:` field pointing to it (an insertion; nothing of the card is rewritten).
 */
export function createEstimateFix(finding: Finding, ctx: FixContext): Fix[] {
  if (ctx.doc.type?.id !== JOB.id) return [];
  const created = estimateFromJobCard(ctx.doc, ctx.options.today, ctx.options.fileExists);
  const link = created.path.slice(dirOf(created.path).length + 1);
  const eol = ctx.doc.lines.eol;
  const fm = ctx.doc.frontMatter;
  const entry = fm?.field('estimate');
  let edit: TextEdit;
  if (entry) {
    // `estimate:` is there without a value: the path goes after the colon.
    const at = entry.valueEnd > entry.keyEnd ? entry.valueEnd : entry.keyEnd + 1;
    const colon = ctx.doc.text.indexOf(':', entry.keyEnd);
    const after =
      colon >= 0 && colon < ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(entry.keyStart).line) ? colon + 1 : at;
    edit = { start: after, end: after, newText: ' ' + link };
  } else if (fm && fm.contentEnd > fm.contentStart)
    edit = { start: fm.contentEnd, end: fm.contentEnd, newText: eol + `estimate: ${link}` };
  else if (fm) edit = { start: fm.contentStart, end: fm.contentStart, newText: `estimate: ${link}${eol}` };
  else return [];
  void finding;
  return [
    {
      title: CREATE_TITLE[ctx.options.locale],
      edits: [edit],
      createFile: { path: created.path, text: created.text.replace(/\n/g, eol) },
    },
  ];
}
