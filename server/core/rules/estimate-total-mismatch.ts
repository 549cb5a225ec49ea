/** estimate-total-mismatch: one rule, whole (check, fix, messages, reference). */
import { isEmptySection, rowCells, spanIn } from '../content';
import { lineItemRows } from '../lineItems';
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

/**
 * The total a Total section states, placed on the line that says it (the heading itself in
 * `## Total: $3,150`, else the first paragraph, list item or table row holding an amount):
 * that is the number the AE has to correct.
 */
function statedTotal(section: Section, lang: Lang): { value: number; start: number; end: number } | undefined {
  const inHeading = findAmounts(section.heading.text, lang)[0];
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
    if (totalSection) {
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
              totalSection && sectionTotal && t.start === sectionTotal.start
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
