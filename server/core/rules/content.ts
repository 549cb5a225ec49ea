/** Rules that look inside sections: button, support points, sign-off, directory, estimate, memo. */
import type { ListItem, TableRow } from 'mdast';
import { ROLES } from '../catalog/roles';
import type { RoleDef } from '../catalog/schema';
import { columnNames, findColumn, isEmptySection, itemText, listItems, rowCells, sectionText, spanIn, tables } from '../content';
import { firstSections, titleSpan, type Section } from '../document';
import { findDates } from '../dates';
import { findAmounts, parseAmount, sumAmounts, amountsEqual } from '../amounts';
import { plainText, spanOf } from '../markdown';
import { NameTable } from '../headings';
import { countHan, countLatinWords, fold, hasHan, isPlaceholder } from '../text';
import type { Rule, RuleContext } from './types';

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

const ROLE_NAMES = new NameTable<RoleDef>();
const ROLE_PATTERNS: { role: RoleDef; name: string }[] = [];
for (const r of ROLES) {
  for (const n of [r.names.en, r.names.zh, r.names.es, ...r.aliases]) {
    ROLE_NAMES.add(n, r);
    ROLE_PATTERNS.push({ role: r, name: fold(n) });
  }
}
// Longest first, so 客户总监 is not read as 客户.
ROLE_PATTERNS.sort((a, b) => b.name.length - a.name.length);

/** The role an entry starts with (or names anywhere), longest name first. */
export function roleIn(text: string): { role: RoleDef; end: number; start: number } | undefined {
  const t = fold(text);
  let best: { role: RoleDef; start: number; end: number } | undefined;
  for (const p of ROLE_PATTERNS) {
    let i = t.indexOf(p.name);
    while (i >= 0) {
      const before = t[i - 1];
      const after = t[i + p.name.length];
      const latin = /[a-z]/.test(p.name);
      const ok = !latin || ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after)));
      if (ok) {
        if (!best || i < best.start || (i === best.start && i + p.name.length > best.end)) best = { role: p.role, start: i, end: i + p.name.length };
        break;
      }
      i = t.indexOf(p.name, i + 1);
    }
  }
  return best;
}

interface SignoffEntry { role: RoleDef; hasName: boolean; hasDate: boolean; start: number; end: number }

function signoffEntries(ctx: RuleContext, s: Section): SignoffEntry[] {
  const out: SignoffEntry[] = [];
  const year = ctx.facts.defaultYear;
  const judge = (text: string, start: number, end: number) => {
    const r = roleIn(text);
    if (!r) return;
    const dates = findDates(text, { defaultYear: year, yearlessNumeric: true });
    let rest = text;
    for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
    // Remove the role words, labels and punctuation: what is left is the signer's name.
    rest = fold(rest).replace(fold(text).slice(r.start, r.end), ' ')
      .replace(/\b(?:name|signature|signed|date|nombre|firma|fecha)\b|签名|签字|姓名|日期/gu, ' ')
      .replace(/\[[ xX]\]/g, ' ')
      .replace(/[\s:：,，;；、|()（）\-–—_/.*]+/gu, ' ').trim();
    const hasName = rest !== '' && !isPlaceholder(rest);
    const hasDate = dates.some((d) => d.kind === 'date' || (d.kind === 'ambiguous' && d.certain !== undefined));
    out.push({ role: r.role, hasName, hasDate, start, end });
  };
  for (const item of listItems(s)) {
    const [a, b] = spanIn(item.node, item.base);
    judge(itemText(item.node as ListItem), a, Math.min(b, ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(a).line)));
  }
  for (const t of tables(s)) {
    const rows = t.node.children;
    const header = rowCells(rows[0]);
    const roleCol = findColumn(header, columnNames('Role', 'Title', '角色', '职务', 'Rol', 'Cargo'));
    const headerIsRole = roleCol < 0 && roleIn(header.join(' ')) !== undefined;
    const body = headerIsRole ? rows : rows.slice(1);
    for (const row of body as TableRow[]) {
      const cells = rowCells(row);
      const text = roleCol >= 0 ? [cells[roleCol], ...cells.filter((_, i) => i !== roleCol)].join(' | ') : cells.join(' | ');
      const [a, b] = spanIn(row, t.base);
      judge(text, a, b);
    }
  }
  // Plain paragraphs, one line per role.
  for (const p of s.nodes.filter((n) => n.node.type === 'paragraph')) {
    const [a] = spanOf(p);
    const lines = plainText(p.node).split('\n');
    let offset = a;
    for (const line of lines) {
      const lineNo = ctx.doc.lines.positionAt(offset).line;
      judge(line, ctx.doc.lines.lineStarts[lineNo], ctx.doc.lines.lineEnd(lineNo));
      offset = ctx.doc.lines.lineEnd(lineNo) + 1;
    }
  }
  return out;
}

export const missingSignoff: Rule = {
  id: 'missing-signoff',
  scope: 'document',
  check(ctx) {
    const roles = ctx.type.signoffRoles ?? [];
    if (roles.length === 0) return;
    for (const s of firstSections(ctx.doc.sections).filter((x) => x.def.kind === 'signoff')) {
      // A present section reports every role without a name and a date, even when it is empty (SPEC §2).
      const entries = signoffEntries(ctx, s);
      for (const id of roles) {
        const role = ROLES.find((r) => r.id === id);
        if (!role) continue;
        const mine = entries.filter((e) => e.role.id === id);
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
      const [a, b] = titleSpan(ctx.doc);
      ctx.report('memo-too-long', a, b, { words, cjk });
    }
  },
};
