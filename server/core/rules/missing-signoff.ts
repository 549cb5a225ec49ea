/** missing-signoff: one rule, whole (check, fix, messages, reference). */
import { ROLES } from '../catalog/roles';
import type { RoleDef } from '../catalog/schema';
import { columnNames, findColumn, itemText, listItems, rowCells, spanIn, tables } from '../content';
import { firstSections, type Section } from '../document';
import { findDates } from '../dates';
import { plainText, spanOf } from '../markdown';
import { NameTable } from '../headings';
import { fold, isPlaceholder } from '../text';
import { q } from '../l10n';
import type { ListItem, TableRow } from 'mdast';
import { typesWith } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params { role: string; lacks: 'name' | 'date' | 'both' }

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

function signoffEntries(ctx: RuleContext<Params>, s: Section): SignoffEntry[] {
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

export default defineRule({
  id: 'missing-signoff',
  severity: 'warning',
  appliesTo: typesWith((t) => (t.signoffRoles?.length ?? 0) > 0),
  check(ctx: RuleContext<Params>) {
    const roles = ctx.type.signoffRoles ?? [];
    if (roles.length === 0) return;
    for (const s of firstSections(ctx.doc.sections).filter((x) => x.def.kind === 'signoff')) {
      // A present section reports every role without a name and a date, even when it is empty (docs/rules.md#missing-signoff).
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
        ctx.report(a, b, { role: role.names[ctx.options.locale], lacks }, { section: s.def.id, role: id });
      }
    }
  },
  messages: {
    en: (p) => p.lacks === 'both'
      ? `Nobody has signed off as ${q.en(p.role)} yet: add their name and the date before the work goes out.`
      : p.lacks === 'name'
        ? `The ${q.en(p.role)} sign-off has no name: add who approved.`
        : `The ${q.en(p.role)} sign-off has no date: add when they approved.`,
    zh: (p) => p.lacks === 'both'
      ? `还没有${q.zh(p.role)}签核：工作发出前请补上签核人姓名和日期。`
      : p.lacks === 'name'
        ? `${q.zh(p.role)}签核缺少姓名，请写上签核人。`
        : `${q.zh(p.role)}签核缺少日期，请写上签核日期。`,
    es: (p) => p.lacks === 'both'
      ? `Falta la aprobación de ${q.es(p.role)}: añade su nombre y la fecha antes de que el trabajo salga de la agencia.`
      : p.lacks === 'name'
        ? `La aprobación de ${q.es(p.role)} no tiene nombre: indica quién aprobó.`
        : `La aprobación de ${q.es(p.role)} no tiene fecha: indica cuándo se aprobó.`,
  },
  doc: {
    title: { en: 'Missing sign-off', zh: '缺少签核', es: 'Falta una aprobación' },
    description: {
      en: 'Work does not leave the agency without sign-off. Each required role needs an entry with a name and a date in the Sign-off section (strategy: client, general manager, account director, creative director; brief: account lead, creative lead, client).',
      zh: '没有签核的工作不能离开公司。「签核」部分里每个必需的角色都要有一条，写明姓名和日期（传播策略：客户、总经理、客户总监、创意总监；创意简报：客户负责人、创意负责人、客户）。',
      es: 'Ningún trabajo sale de la agencia sin aprobación. Cada rol obligatorio necesita una entrada con nombre y fecha en la sección de aprobaciones (estrategia: cliente, director general, director de cuentas, director creativo; brief: responsable de cuenta, responsable creativo, cliente).',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker, 2026-11-22
    `,
  },
});
