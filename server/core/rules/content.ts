/** Rules that look inside sections: button, support points, sign-off, directory, estimate, memo. */
import { ROLES } from '../catalog/roles';
import { columnNames, findColumn, isEmptySection, listItems, rowCells, sectionText, spanIn, tables } from '../content';
import type { Section } from '../document';
import { entriesByRole, signoffEntries, type SignoffOptions } from '../signoffs';
import { findAmounts, parseAmount, sumAmounts, amountsEqual } from '../amounts';
import { plainText } from '../markdown';
import { countHan, countLatinWords, fold, hasHan, isPlaceholder } from '../text';
import type { Rule, RuleContext } from './types';
import { firstSections, titleSpan } from './structure';

function sectionsOfKind(ctx: RuleContext, kind: string): Section[] {
  return firstSections(ctx.doc.sections).filter((s) => s.def.kind === kind && !isEmptySection(s));
}

/** Sentences in a text: split after . ! ? (followed by a space or the end) and after 。！？. */
export function countSentences(text: string): number {
  // Abbreviations and initials end with a dot but not a sentence: vs. e.g. Dr. U.S.
  const masked = text
    .replace(/\b(?:vs|etc|approx|incl|dept|e\.g|i\.e|p\.ej|Dr|Mr|Mrs|Ms|Sr|Sra|Srta|Dra|St|No|Nº|Co|Inc|Ltd|Corp|aprox)\./giu, (m) => m.slice(0, -1) + '\u2024')
    .replace(/\b(\p{Lu})\.(?=\s*\p{Lu}\.|\s+\p{Ll})/gu, '$1\u2024');
  return masked
    .split(/(?<=[。！？])|(?<=[.!?])(?=\s|$)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

export const buttonNotSingle: Rule = {
  id: 'button-not-single',
  scope: 'document',
  check(ctx) {
    for (const s of sectionsOfKind(ctx, 'button')) {
      const items = listItems(s);
      const report = (reason: 'items' | 'sentences' | 'words', count: number) =>
        ctx.report('button-not-single', s.heading.start, s.heading.end, { reason, count }, { section: s.def.id });
      if (items.length > 1) { report('items', items.length); continue; }
      const text = sectionText(s).trim();
      const sentences = countSentences(text);
      if (sentences > 1) { report('sentences', sentences); continue; }
      const han = countHan(text);
      const words = countLatinWords(text);
      if (words > 30 || han > 60) report('words', han > 60 ? han : words);
    }
  },
};

export const supportPointsCount: Rule = {
  id: 'support-points-count',
  scope: 'document',
  check(ctx) {
    const max = 5;
    for (const s of firstSections(ctx.doc.sections).filter((x) => x.def.kind === 'support-points')) {
      // An empty section has no support point: SPEC §4 reports it here too.
      const items = listItems(s).length;
      const rows = tables(s).reduce((n, t) => n + Math.max(0, t.node.children.length - 1), 0);
      const paragraphs = s.nodes.filter((p) => p.node.type === 'paragraph').length;
      const count = isEmptySection(s) ? 0 : items + rows || paragraphs;
      if (count === 0 || count > max) {
        ctx.report('support-points-count', s.heading.start, s.heading.end, { count, max }, { section: s.def.id });
      }
    }
  },
};

export { roleIn } from '../signoffs';

export const missingSignoff: Rule = {
  id: 'missing-signoff',
  scope: 'document',
  check(ctx) {
    const roles = ctx.type.signoffRoles ?? [];
    if (roles.length === 0) return;
    for (const s of firstSections(ctx.doc.sections).filter((x) => x.def.kind === 'signoff')) {
      // A present section reports every role without a name and a date, even when it is empty (docs/types.md).
      const entries = signoffEntries(ctx.doc, s, signoffOptions(ctx));
      const byRole = entriesByRole(entries, roles);
      for (const id of roles) {
        const role = ROLES.find((r) => r.id === id);
        if (!role) continue;
        const mine = byRole.get(id) ?? [];
        const good = mine.find((e) => e.hasName && e.hasDate);
        if (good) continue;
        const e = mine[0];
        const lacks = !e ? 'both' : !e.hasName && !e.hasDate ? 'both' : !e.hasName ? 'name' : 'date';
        const [a, b] = e ? [e.start, e.end] : [s.heading.start, s.heading.end];
        ctx.report('missing-signoff', a, b, { role: role.names[ctx.options.locale], lacks }, { section: s.def.id, role: id });
      }
    }
  },
};

/** The client's names (its `client:` value and the configured aliases) and the agency's, for party rows. */
function signoffOptions(ctx: RuleContext): SignoffOptions {
  const client = ctx.doc.frontMatter?.field('client');
  const clientNames: string[] = [];
  if (client && !client.missing) {
    clientNames.push(client.text);
    const f = fold(client.text.trim());
    for (const c of ctx.options.config.clients) {
      const all = [c.name, ...(c.aliases ?? [])];
      if (all.some((n) => fold(n.trim()) === f)) clientNames.push(...all);
    }
  }
  return { defaultYear: ctx.facts.defaultYear, dateOrder: ctx.facts.dateOrder, clientNames, agencyNames: ctx.options.config.agencyNames };
}

const PHONE = /\+?\d[\d\s().-]{6,}\d/;
// Full-width punctuation ends an address too: `刘明，总监，liuming@example.cn`.
const EMAIL = /[^\s@<>()，,;；、|｜]+@[^\s@<>()，,;；、|｜]+\.[^\s@<>()，,;；、|｜]+/;

export const directoryEntryIncomplete: Rule = {
  id: 'directory-entry-incomplete',
  scope: 'document',
  check(ctx) {
    for (const s of sectionsOfKind(ctx, 'directory')) {
      const judge = (name: string, hasTitle: boolean, hasContact: boolean, a: number, b: number) => {
        if (hasTitle && hasContact) return;
        const lacks = !hasTitle && !hasContact ? 'both' : !hasTitle ? 'title' : 'contact';
        ctx.report('directory-entry-incomplete', a, b, { name, lacks }, { section: s.def.id });
      };
      for (const item of listItems(s)) {
        // The whole entry, nested details included; separators: commas, colons, slashes, bars, dashes.
        const text = plainText(item.node).replace(/\n+/g, ', ');
        const contact = PHONE.test(text) || EMAIL.test(text);
        const separators = hasHan(text) ? /\s*(?:[,，;；|｜、·•:：/]|\s[-–—]\s|[()（）]|\s+)\s*/u : /\s*(?:[,，;；|｜、·•:：]|\s[/-–—]\s|[()（）])\s*/u;
        const parts = text.replace(EMAIL, ' ').replace(PHONE, ' ')
          .split(separators).map((p) => p.replace(/^(?:tel|phone|email|e-mail|电话|邮箱|手机|teléfono|correo)\s*[:：]?/iu, '').trim()).filter((p) => p && !isPlaceholder(p));
        const [a, b] = spanIn(item.node, item.base);
        judge(parts[0] ?? text, parts.length >= 2, contact, a, Math.min(b, ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(a).line)));
      }
      for (const t of tables(s)) {
        const header = rowCells(t.node.children[0]);
        const nameCol = Math.max(0, findColumn(header, columnNames('Name', 'Contact', '姓名', '名称', '联系人', 'Nombre', 'Contacto')));
        const titleCol = findColumn(header, columnNames('Title', 'Role', 'Position', 'Job title', '职位', '职务', '头衔', 'Cargo', 'Puesto'));
        for (const row of t.node.children.slice(1)) {
          const cells = rowCells(row);
          if (cells.every((c) => c === '')) continue;
          const others = cells.filter((_, i) => i !== nameCol && i !== titleCol).join(' ');
          const contact = PHONE.test(others) || EMAIL.test(others);
          const hasTitle = titleCol >= 0 ? !isPlaceholder(cells[titleCol] ?? '') : cells.filter((c, i) => i !== nameCol && c && !PHONE.test(c) && !EMAIL.test(c)).length > 0;
          const [a, b] = spanIn(row, t.base);
          judge(cells[nameCol] ?? '', hasTitle, contact, a, b);
        }
      }
    }
  },
};

const AMOUNT_COLUMNS = columnNames('Amount', 'Cost', 'Price', 'Subtotal', 'Total', 'Fee', 'Fees', '金额', '费用', '小计', '价格', '合计', 'Importe', 'Monto', 'Costo', 'Coste', 'Precio', 'Subtotal');
const TOTAL_ROW = /^(?:total|grand total|sum|合计|总计|总额|總計|suma|total general)\b/iu;

export const estimateTotalMismatch: Rule = {
  id: 'estimate-total-mismatch',
  scope: 'document',
  check(ctx) {
    const lang = ctx.doc.lang;
    const itemsSection = firstSections(ctx.doc.sections).find((s) => s.def.kind === 'line-items');
    if (!itemsSection) return;
    const amounts: number[] = [];
    let tableTotal: { value: number; start: number; end: number } | undefined;
    for (const t of tables(itemsSection)) {
      const header = rowCells(t.node.children[0]);
      const col = findColumn(header, AMOUNT_COLUMNS);
      const amountCol = col >= 0 ? col : header.length - 1;
      for (const row of t.node.children.slice(1)) {
        const cells = rowCells(row);
        const a = parseAmount(cells[amountCol] ?? '', lang);
        if (!a) continue;
        if (TOTAL_ROW.test(fold(cells[0] ?? '').trim())) {
          const [s, e] = spanIn(row, t.base);
          tableTotal = { value: a.value, start: s, end: e };
        } else amounts.push(a.value);
      }
    }
    if (amounts.length === 0) return;
    const sum = sumAmounts(amounts);
    const totalSection = firstSections(ctx.doc.sections).find((s) => s.def.kind === 'total');
    const stated: { value: number; start: number; end: number }[] = [];
    if (tableTotal) stated.push(tableTotal);
    if (totalSection && !isEmptySection(totalSection)) {
      const first = findAmounts(sectionText(totalSection), lang)[0];
      if (first) stated.push({ value: first.value, start: totalSection.heading.start, end: totalSection.heading.end });
    }
    for (const t of stated) {
      if (!amountsEqual(sum, t.value)) {
        ctx.report('estimate-total-mismatch', t.start, t.end, { sum: formatMoney(sum, ctx.options.locale), total: formatMoney(t.value, ctx.options.locale) }, { section: totalSection && t.start === totalSection.heading.start ? totalSection.def.id : itemsSection.def.id });
      }
    }
  },
};

const MONEY_LOCALE = { en: 'en-US', zh: 'zh-CN', es: 'es-ES' } as const;

/** An amount as the message's language writes it (86,300 / 86.300). */
function formatMoney(n: number, lang: 'en' | 'zh' | 'es'): string {
  return n.toLocaleString(MONEY_LOCALE[lang], { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2, useGrouping: lang === 'es' ? 'always' : 'auto' } as unknown as Intl.NumberFormatOptions);
}

export const memoTooLong: Rule = {
  id: 'memo-too-long',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'memo') return;
    const body = ctx.doc.nodes.filter((p) => p.node.type !== 'yaml' && p.node.type !== 'html' && p.node.type !== 'code').map((p) => plainText(p.node)).join('\n');
    const words = countLatinWords(body);
    const cjk = countHan(body);
    if (words > 300 || cjk > 600) {
      const [a, b] = titleSpan(ctx);
      ctx.report('memo-too-long', a, b, { words, cjk });
    }
  },
};
