/** estimate-total-mismatch: one rule, whole (check, fix, messages, reference). */
import { isEmptySection, rowCells, spanIn } from '../content';
import { lineItemRows, SUBTOTAL_ROW, TOTAL_ROW } from '../lineItems';
import { firstSections, type Section } from '../document';
import { plainText, spanOf } from '../markdown';
import type { Lang } from '../catalog/schema';
import { amountsEqual, amountsLang, findAmounts, sumAmounts } from '../amounts';
import { typesWithSection } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  sum: string;
  total: string;
}

const MONEY_LOCALE = { en: 'en-US', zh: 'zh-CN', es: 'es-ES' } as const;

/** An amount as the message's language writes it (86,300 / 86.300). */
function formatMoney(n: number, lang: 'en' | 'zh' | 'es'): string {
  return n.toLocaleString(MONEY_LOCALE[lang], {
    minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: lang === 'es' ? 'always' : 'auto',
  } as unknown as Intl.NumberFormatOptions);
}

const HEADING_NUMBER = /^[ \t]*(?:[(（]\d{1,3}[)）]|\d{1,3}(?:\.\d{1,3})*[.)）、．])[ \t]*/u;
const BRACKETED_REMARK = /[(（][ \t]*\d{1,3}[ \t]*\p{L}[\p{L} \t]*[)）]/gu;

/**
 * The total a Total section states, placed on the line that says it (the heading itself in
 * `## Total: $3,150`, else the first paragraph, list item or table row holding an amount):
 * that is the number the AE has to correct.
 */
function statedTotal(section: Section, lang: Lang): { value: number; start: number; end: number } | undefined {
  // (Not the heading's numbering, `## 2. Total`, `## (2) Total`, `## 2、合计`, nor a remark in brackets, `## Total (2
  // items)`; brackets around the amount, `## Total (USD 3,150)`, are no minus sign in a heading.)
  const inHeading = findAmounts(
    section.heading.text
      .replace(HEADING_NUMBER, '')
      .replace(BRACKETED_REMARK, ' ')
      .replace(/[()（）]/gu, ' '),
    lang,
  )[0];
  if (inHeading) return { value: inHeading.value, start: section.heading.start, end: section.heading.end };
  if (isEmptySection(section)) return undefined;
  for (const p of section.nodes) {
    if (p.node.type === 'heading' || p.node.type === 'html') continue;
    if (p.node.type === 'table') {
      // `| Fase 1 | $3,225 |` … `| **TOTAL PROYECTO** | **$4,425** |`: a summary table's total row is the total.
      const totalRow = lineItemRows(section, lang).find((r) => r.kind === 'total');
      if (totalRow) return totalRow;
      for (const row of p.node.children) {
        const a = rowCells(row)
          .map((c) => findAmounts(c, lang)[0])
          .find(Boolean);
        if (a) {
          const [start, end] = spanIn(row, p.base);
          return { value: a.value, start, end };
        }
      }
      continue;
    }
    const a = findAmounts(plainText(p.node), lang)[0];
    if (a) {
      const [start, end] = spanOf(p);
      return { value: a.value, start, end };
    }
  }
  return undefined;
}

/** A line of a Total section written as text: what it says (by its label) and its amount, placed. */
interface TotalLine {
  readonly kind: 'subtotal' | 'total' | 'other';
  /** A total said to include a tax (`incl. VAT`, `IVA incluido`, `含税`). */
  readonly withTax?: boolean;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of a Total section written as text, one amount each (`Subtotal £18,950.00` / `VAT (20%) £3,790.00`
 * / `**Total £22,740.00**`): read only when one of them is labelled as the total and another line has an amount
 * too; else the section's first amount is its total (statedTotal).
 */
function totalLines(section: Section, text: string, lang: Lang): TotalLine[] | undefined {
  const lines: TotalLine[] = [];
  for (const p of section.nodes) {
    if (p.node.type !== 'paragraph' && p.node.type !== 'list') continue;
    const [from, to] = spanOf(p);
    let at = from;
    for (const raw of text.slice(from, to).split('\n')) {
      const start = at;
      at += raw.length + 1;
      const label = raw.replace(/^[\s>*_+-]*(?:\d{1,2}[.)]\s+)?/u, '').replace(/[*_]/g, '');
      const amounts = findAmounts(label, lang);
      if (amounts.length === 0) continue;
      const kind = SUBTOTAL_ROW.test(label) ? 'subtotal' : TOTAL_ROW.test(label) ? 'total' : 'other';
      const withTax = WITH_TAX.test(label);
      lines.push({ kind, withTax, value: amounts[amounts.length - 1].value, start, end: start + raw.length });
    }
  }
  return lines.length >= 2 && lines.some((l) => l.kind === 'total') ? lines : undefined;
}

const WITH_TAX = /\b(?:incl(?:uding|\.)?|inc\.)\s*(?:vat|tax|gst|iva)\b|con\s+iva|iva\s+incluido|含税/iu;

/** What the text lines of a Total section state against the items' sum: each subtotal, then the total. */
function statedByLines(
  lines: readonly TotalLine[],
  sum: number,
): { value: number; sum: number; start: number; end: number }[] {
  const out: { value: number; sum: number; start: number; end: number }[] = [];
  let running = sum;
  let sinceSubtotal: number[] = [];
  for (const l of lines) {
    if (l.kind === 'subtotal') {
      out.push({ value: l.value, sum: sumAmounts([running, ...sinceSubtotal]), start: l.start, end: l.end });
      running = l.value;
      sinceSubtotal = [];
    } else if (l.kind === 'other') sinceSubtotal.push(l.value);
    else {
      // `Grand total incl. VAT` with no tax line to add: the tax is not written, nothing to check it against.
      if (!(l.withTax && sinceSubtotal.length === 0 && out.length > 0))
        out.push({ value: l.value, sum: sumAmounts([running, ...sinceSubtotal]), start: l.start, end: l.end });
      break;
    }
  }
  return out;
}

export default defineRule({
  id: 'estimate-total-mismatch',
  severity: 'error',
  appliesTo: typesWithSection('line-items'),
  check(ctx: RuleContext<Params>) {
    // The separators the amounts are written with (`$1,200` in a Mexican quote is twelve hundred).
    const lang = amountsLang(ctx.doc.text, ctx.doc.lang);
    const itemsSection = firstSections(ctx.doc.sections).find((s) => s.def.kind === 'line-items');
    if (!itemsSection) return;
    let amounts: number[] = [];
    let tableTotal: { value: number; start: number; end: number } | undefined;
    // A subtotal row is checked against the items above it, then stands for them (tax and fees follow).
    const subtotals: { value: number; sum: number; start: number; end: number }[] = [];
    for (const row of lineItemRows(itemsSection, lang)) {
      if (row.kind === 'subtotal') {
        subtotals.push({ value: row.value, sum: sumAmounts(amounts), start: row.start, end: row.end });
        amounts = [row.value];
      } else if (row.kind === 'total') tableTotal = row;
      else amounts.push(row.value);
    }
    if (amounts.length === 0) return;
    const sum = sumAmounts(amounts);
    const totalSection = firstSections(ctx.doc.sections).find((s) => s.def.kind === 'total');
    const stated: { value: number; sum: number; start: number; end: number }[] = subtotals.filter((x) => x.sum !== 0);
    if (tableTotal) stated.push({ ...tableTotal, sum });
    let sectionTotal: { value: number; start: number; end: number } | undefined;
    const byLines = totalSection && !tableTotal ? totalLines(totalSection, ctx.doc.text, lang) : undefined;
    if (totalSection && byLines) {
      // `Subtotal` / `VAT (20%)` / `Total` as lines: each subtotal against what comes before it, the total against
      // the last subtotal (or the items) and the lines after it.
      const read = statedByLines(byLines, sum);
      sectionTotal = read[read.length - 1];
      stated.push(...read);
    } else if (totalSection) {
      sectionTotal = statedTotal(totalSection, lang);
      if (sectionTotal) stated.push({ ...sectionTotal, sum });
    }
    for (const t of stated) {
      if (!amountsEqual(t.sum, t.value)) {
        ctx.report(
          t.start,
          t.end,
          { sum: formatMoney(t.sum, ctx.options.locale), total: formatMoney(t.value, ctx.options.locale) },
          {
            section:
              totalSection && t.start >= totalSection.heading.start && t.start <= totalSection.contentEnd
                ? totalSection.def.id
                : itemsSection.def.id,
          },
        );
      }
    }
  },
  messages: {
    en: (p) => `The line items add up to ${p.sum}, but the total says ${p.total}: check the sums before it goes out.`,
    zh: (p) => `费用明细加起来是 ${p.sum}，但合计写的是 ${p.total}，发出前请核对金额。`,
    es: (p) => `Las partidas suman ${p.sum}, pero el total dice ${p.total}: revisa las cuentas antes de enviarlo.`,
  },
  doc: {
    title: { en: 'Total does not add up', zh: '合计对不上', es: 'El total no cuadra' },
    description: {
      en: 'The line items of the estimate do not add up to the stated total. A wrong sum in front of the client costs credibility (or money): check each amount and correct the total. The finding is on the line that states the total (a Total row of the table, or the Total section). A Subtotal row (`Subtotal`, `小计`, `Base imponible`) is checked against the items above it, and the rows after it (tax, fees) add to it.',
      zh: '估价单各项费用加起来和写的合计不一致。金额算错会让客户失去信任（或让公司赔钱）：请逐项核对并改正合计。提示标在写合计的那一行（表格的合计行或「合计」部分）。小计行（`小计`、`Subtotal`、`Base imponible`）与其上各项核对，其后的税费等行再加到小计上。',
      es: 'Las partidas del presupuesto no suman el total indicado. Un error de cuentas delante del cliente cuesta credibilidad (o dinero): revisa cada importe y corrige el total. El aviso aparece en la línea que indica el total (la fila Total de la tabla o la sección Total). Una fila de subtotal (`Base imponible`, `Subtotal`, `小计`) se comprueba con las partidas de encima, y las filas siguientes (IVA, tasas) se suman a ella.',
    },
    bad: md`
      ---
      type: estimate
      job: ACME-0457
      client: Acme Foods
      date: 2026-11-03
      currency: USD
      ---
      # Cost estimate: winter TV spot

      ## Line items
      | Item | Amount |
      |---|---|
      | Script and storyboard | $4,500 |
      | Shoot (2 days) | $18,000 |
      | Post-production | $6,250 |

      ## Total
      $27,750
    `,
    good: md`
      ---
      type: estimate
      job: ACME-0457
      client: Acme Foods
      date: 2026-11-03
      currency: USD
      ---
      # Cost estimate: winter TV spot

      ## Line items
      | Item | Amount |
      |---|---|
      | Script and storyboard | $4,500 |
      | Shoot (2 days) | $18,000 |
      | Post-production | $6,250 |

      ## Total
      $28,750
    `,
  },
});
