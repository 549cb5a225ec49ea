/**
 * Reading an estimate's line items table: its amount column, and which rows are items, a subtotal
 * or the total (docs/rules.md#estimate-total-mismatch). Shared by the sum check and by
 * missing-section, for which a total row in the table is the estimate's Total.
 */
import type { Lang } from './catalog/schema';
import { columnNames, findColumn, rowCells, spanIn, tables } from './content';
import type { Section } from './document';
import { parseAmount } from './amounts';
import { fold } from './text';

/** The column with each line's amount; a unit price column (`| Qty | Precio | Importe |`) is read only when there is none. */
const AMOUNT_COLUMNS = columnNames(
  'Amount',
  'Total',
  'Subtotal',
  'Line total',
  '金额',
  '小计',
  '合计',
  '总价',
  'Importe',
  'Monto',
  'Total línea',
);
const PRICE_COLUMNS = columnNames('Cost', 'Price', 'Fee', 'Fees', '费用', '价格', '单价', 'Costo', 'Coste', 'Precio');

// The word ends the cell or is followed by a non-letter (`\b` does not work after CJK: `合计` was read as a line item).
export const TOTAL_ROW =
  /^(?:total|grand total|sum|合计|总计|总额|總計|合計|suma|total general|importe total)(?![\p{L}\p{N}])/iu;

// The sum before tax: `Subtotal`, `Net`, `小计`, `不含税合计`, Spanish invoices' `Base imponible`.
export const SUBTOTAL_ROW =
  /^(?:sub-?total|net total|total net|小计|小計|不含税合计|不含税总计|base imponible|importe neto|suma parcial)(?![\p{L}\p{N}])/iu;

export interface LineItemRow {
  readonly kind: 'item' | 'subtotal' | 'total';
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** The rows of the section's tables that hold an amount, in order, each read as an item, a subtotal or the total. */
export function lineItemRows(section: Section, lang: Lang): LineItemRow[] {
  const rows: LineItemRow[] = [];
  for (const t of tables(section)) {
    const header = rowCells(t.node.children[0]);
    const named = findColumn(header, AMOUNT_COLUMNS);
    const col = named >= 0 ? named : findColumn(header, PRICE_COLUMNS);
    const amountCol = col >= 0 ? col : header.length - 1;
    for (const row of t.node.children.slice(1)) {
      const cells = rowCells(row);
      const a = parseAmount(cells[amountCol] ?? '', lang);
      if (!a) continue;
      // The row's label: its first cell with words (a `#` or numbering column holds none).
      const label =
        cells
          .slice(0, Math.max(1, amountCol))
          .map((c) => fold(c).trim())
          .find((c) => c !== '' && !/^[#\d.)]+$/.test(c)) ?? '';
      const [start, end] = spanIn(row, t.base);
      const kind = SUBTOTAL_ROW.test(label) ? 'subtotal' : TOTAL_ROW.test(label) ? 'total' : 'item';
      rows.push({ kind, value: a.value, start, end });
    }
  }
  return rows;
}

/**
 * Whether a row of the section's tables is labelled as the total (`| **TOTAL DESARROLLO** | | [PLACEHOLDER] |`),
 * with an amount or still without one: the estimate has its Total row, however its value stands.
 */
export function hasTotalRow(section: Section): boolean {
  for (const t of tables(section))
    for (const row of t.node.children.slice(1)) {
      const label = rowCells(row)
        .map((c) => fold(c).trim())
        .find((c) => c !== '' && !/^[#\d.)]+$/.test(c));
      if (label && TOTAL_ROW.test(label) && !SUBTOTAL_ROW.test(label)) return true;
    }
  return false;
}
