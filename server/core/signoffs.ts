/**
 * Reading a Sign-off section (docs/types.md, "Sign-off"): one entry per list
 * item, table row or line of prose, each with the role or party it signs
 * for, whether it has a name, and whether it has a date.
 *
 * People sign by role (`Creative director: Ana Ruiz, 2026-11-20`), by party
 * (`| Brightwell Foods | Priya Nair | 2026-11-20 |`, `| Agency | Ana Ruiz,
 * Account Director | … |`, `代理商`, `我方`, `Agencia`) and in prose
 * (`Approved by Priya Nair (Brightwell Foods), 2026-11-20`, `客户确认：赵敏
 * 2026年11月20日`). A party row for the client counts for the client; one for
 * the agency counts for the role its title names, else for an agency role the
 * type requires that nobody else signed for.
 */
import type { ListItem, TableRow } from 'mdast';
import { ROLES, STANDS_IN_FOR } from './catalog/roles';
import type { RoleDef } from './catalog/schema';
import { columnNames, findColumn, itemText, listItems, rowCells, spanIn, tables } from './content';
import type { AgencyDocument, Section } from './document';
import { findDates, readingFor, type ReadersOrder } from './dates';
import { matchHeading, sectionTable } from './headings';
import { plainText, spanOf, type Placed } from './markdown';
import { fold, isPlaceholder, sourceFrom } from './text';
import { bodyFieldLine, type BodySpan } from './typeDetection';

/** One entry of a Sign-off section. */
/**
 * The sign-off sections, in the body's offsets: their lines name who signs for whom (`Client: Ann Lee, 2026-12-01`,
 * `客户：赵敏`), no field of the document.
 */
export function signoffSpans(doc: AgencyDocument): BodySpan[] {
  const bodyStart = doc.frontMatter?.end ?? 0;
  return doc.sections
    .filter((s) => s.def.kind === 'signoff')
    .map((s): BodySpan => [s.heading.start - bodyStart, s.contentEnd - bodyStart]);
}

/**
 * The value of the first `Key: value` line atop the body giving the field `id` (`**Client:** Acme` → `Acme`),
 * outside the sign-off: a short brief's `## Sign-off` over `Client: Ann Lee, 2026-12-01` names who signs, not
 * the client.
 */
export function headerFieldValue(doc: AgencyDocument, id: string): string | undefined {
  const body = sourceFrom(doc.source, doc.frontMatter?.end ?? 0);
  return bodyFieldLine(body, id, undefined, signoffSpans(doc))?.value;
}

export interface SignoffEntry {
  /** The role it names (`Creative director`), if any. */
  readonly role?: RoleDef;
  /** The party it names when it names no role: the client's company, or the agency. */
  readonly party?: 'client' | 'agency';
  readonly hasName: boolean;
  readonly hasDate: boolean;
  readonly start: number;
  readonly end: number;
}

export interface SignoffOptions {
  readonly defaultYear: number;
  readonly dateOrder?: ReadersOrder;
  /** The client's names: its `client:` value and the configured aliases. */
  readonly clientNames: readonly string[];
  /** The agency's configured names. */
  readonly agencyNames: readonly string[];
}

const ROLE_PATTERNS: { role: RoleDef; name: string }[] = [];
for (const r of ROLES)
  for (const n of [r.names.en, r.names.zh, r.names.es, ...r.aliases]) ROLE_PATTERNS.push({ role: r, name: fold(n) });
// Longest first, so 客户总监 is not read as 客户.
ROLE_PATTERNS.sort((a, b) => b.name.length - a.name.length);

/** Where a folded name occurs in folded text as a whole word (Latin) or anywhere (CJK). */
function wordAt(t: string, name: string, from = 0): number {
  let i = t.indexOf(name, from);
  const latin = /[a-z0-9]/.test(name);
  while (i >= 0) {
    const before = t[i - 1];
    const after = t[i + name.length];
    if (!latin || ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after)))) return i;
    i = t.indexOf(name, i + 1);
  }
  return -1;
}

/** The role an entry names (first in the text, longest name at one position). */
export function roleIn(text: string): { role: RoleDef; end: number; start: number } | undefined {
  const t = fold(text);
  let best: { role: RoleDef; start: number; end: number } | undefined;
  for (const p of ROLE_PATTERNS) {
    const i = wordAt(t, p.name);
    if (i >= 0 && (!best || i < best.start || (i === best.start && i + p.name.length > best.end)))
      best = { role: p.role, start: i, end: i + p.name.length };
  }
  return best;
}

/** The agency, by the words people use for it. */
const AGENCY_WORDS = [
  'agency',
  'the agency',
  'agencia',
  'la agencia',
  '代理商',
  '代理公司',
  '我方',
  '乙方',
  '广告公司',
];
/** The client, by the words people use for it: the client role's names and aliases (`Client`, `甲方`, `Cliente`). */
const CLIENT_WORDS = (() => {
  const client = ROLES.find((r) => r.id === 'client');
  return client ? [...Object.values(client.names), ...client.aliases].map(fold) : [];
})();

/**
 * Whether a name is a party, not a person: the agency or the client by the words people use for them
 * (`Agency`, `the agency`, `甲方`, `Cliente`), or by a configured name (`Brightwell` for Brightwell Foods Ltd).
 */
export function isPartyName(name: string, agencyNames: readonly string[], clientNames: readonly string[]): boolean {
  const f = fold(name.trim()).replace(/^(?:the|our|la|el)\s+/u, '');
  if (AGENCY_WORDS.includes(f) || CLIENT_WORDS.includes(f)) return true;
  return [...agencyNames, ...clientNames].some((n) => sameCompany(fold(n.trim()), f));
}

/** Company suffixes a client's name is also written without (`Brightwell Foods Ltd` → `Brightwell Foods`). */
const COMPANY_SUFFIX =
  /[\s,]*(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|s\.?a\.?|s\.?l\.?|s\.?a\.?\s*de\s*c\.?v\.?|co\.?|corp\.?|有限公司|股份有限公司|集团|公司)$/iu;

/** A folded company name without its legal suffix (`grupo solera, s.a.` → `grupo solera`). */
export function companyStem(folded: string): string {
  const bare = folded.replace(COMPANY_SUFFIX, '').trim();
  return bare.length >= 2 ? bare : folded;
}

/**
 * Whether two folded names are one company: the same, the same without a legal suffix (`Grupo Solera, S.A.`),
 * or one the other's first words (`Aster Hotels Group`, `Harbor Bank N.A.`, `星河文旅: 华东区`).
 */
export function sameCompany(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [companyStem(a), companyStem(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.startsWith(short) && /^[^\p{L}\p{N}]/u.test(long.slice(short.length));
}

function partyNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const f = fold(n.trim());
    if (f.length < 2) continue;
    out.add(f);
    out.add(companyStem(f));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Labels and words around a signer's name that are not the name. */
const LABELS =
  /\b(?:name|signature|signed(?:\s+(?:off\s+)?(?:by|for))?|approved(?:\s+by)?|approval|date|on|for|by|nombre|firma|firmado(?:\s+por)?|aprobado(?:\s+por)?|aprobada(?:\s+por)?|conforme|fecha|por|el|de)\b|签名|签字|签核|姓名|日期|确认|批准|同意|审批/gu;

/**
 * Where a Sign-off is written: a section under its heading, or the part after a bold label (`**Approvals:**`,
 * `- **Sign-off:**` with the entries below it) in a document written as bold labels.
 */
export interface SignoffPart {
  readonly nodes: readonly Placed[];
  /** Where the entries start: after the heading, or after the label (`**Approved by:** Ana Ruiz, …`). */
  readonly contentStart: number;
  /** The heading or the label: where a role nobody signed for is reported. */
  readonly start: number;
  readonly end: number;
}

/** A bold label opening a paragraph or a list item: `**Approvals:**`, `**Sign-off**:`, `__Firmas__` alone on its line. */
const BOLD_LABEL =
  /^[ \t]*(?:\*\*|__)([^*_\n]{1,40}?)[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：]|(?:\*\*|__)[ \t]*(?=\r?\n|$))/u;

/**
 * The Sign-off of a document that gives it as a bold label instead of a heading (missing-section counts it as
 * there): the first paragraph or list item opening with a label that names the type's Sign-off, with what
 * follows it up to the next heading, rule or bold label (a list item: its own content).
 */
export function labelledSignoff(doc: AgencyDocument): SignoffPart | undefined {
  if (!doc.type || (!doc.text.includes('**') && !doc.text.includes('__'))) return undefined;
  const table = sectionTable(doc.type);
  const label = (node: Placed['node'], base: number) => {
    const [a, b] = spanOf({ node, base });
    const m = BOLD_LABEL.exec(doc.text.slice(a, b));
    return m ? { name: m[1], start: a, end: a + m[0].length } : undefined;
  };
  const isSignoff = (name: string) => matchHeading(table, name)?.section.kind === 'signoff';
  const nodes = doc.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const p = nodes[i];
    if (p.node.type === 'paragraph') {
      const l = label(p.node, p.base);
      if (!l || !isSignoff(l.name)) continue;
      const part: Placed[] = [p];
      for (let j = i + 1; j < nodes.length; j++) {
        const n = nodes[j].node;
        if (n.type === 'heading' || n.type === 'thematicBreak' || (n.type === 'paragraph' && label(n, nodes[j].base)))
          break;
        part.push(nodes[j]);
      }
      return { nodes: part, contentStart: l.end, start: l.start, end: l.end };
    }
    if (p.node.type === 'list')
      for (const item of p.node.children) {
        const first = item.children[0];
        const l = first?.type === 'paragraph' ? label(first, p.base) : undefined;
        if (l && isSignoff(l.name))
          return {
            nodes: item.children.map((node) => ({ node, base: p.base })),
            contentStart: l.end,
            start: l.start,
            end: l.end,
          };
      }
  }
  return undefined;
}

export function signoffEntries(
  doc: AgencyDocument,
  s: Pick<Section | SignoffPart, 'nodes' | 'contentStart'>,
  opts: SignoffOptions,
): SignoffEntry[] {
  const out: SignoffEntry[] = [];
  const clients = partyNames(opts.clientNames);
  const agencies = partyNames([...opts.agencyNames])
    .concat(AGENCY_WORDS.map(fold))
    .sort((a, b) => b.length - a.length);
  const judge = (text: string, start: number, end: number, datedLine = false) => {
    const t = fold(text);
    const r = roleIn(text);
    let party: 'client' | 'agency' | undefined;
    let cut: { start: number; end: number } | undefined = r && { start: r.start, end: r.end };
    if (!r) {
      for (const [names, p] of [
        [clients, 'client'],
        [agencies, 'agency'],
      ] as const) {
        for (const n of names) {
          const i = wordAt(t, n);
          if (i >= 0) {
            party = p;
            cut = { start: i, end: i + n.length };
            break;
          }
        }
        if (party) break;
      }
    }
    if (!r && !party) return;
    const dates = findDates(text, { defaultYear: opts.defaultYear, yearlessNumeric: true });
    let rest = t;
    for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
    // Remove the role or party, the other party names, labels and punctuation: what is left is the signer's name.
    if (cut) rest = rest.slice(0, cut.start) + ' ' + rest.slice(cut.end);
    for (const n of [...clients, ...agencies]) {
      const i = wordAt(rest, n);
      if (i >= 0) rest = rest.slice(0, i) + ' ' + rest.slice(i + n.length);
    }
    rest = rest
      .replace(LABELS, ' ')
      .replace(/\[[ x]\]/g, ' ')
      .replace(/[\s:：,，;；、|()（）\-–—_/.*]+/gu, ' ')
      .trim();
    const hasName = rest !== '' && !isPlaceholder(rest) && /[\p{L}]/u.test(rest);
    // A date with two readings is a date all the same (ambiguous-date asks for it to be written plainly).
    const hasDate =
      datedLine || dates.some((d) => readingFor(d, opts.dateOrder) !== undefined || d.kind === 'ambiguous');
    out.push({ role: r?.role, party, hasName, hasDate, start, end });
  };
  // `For Copperline: Tom Okafor, Managing Director; Dana Lee, Account Director — all on 19 November 2026`: signers
  // with their titles, one after another in a line, each an entry, the line's date theirs.
  const judgeLine = (text: string, start: number, end: number) => {
    const parts = text.split(/[;；]/u);
    if (parts.length < 2 || parts.filter((part) => roleIn(part)).length < 2) return judge(text, start, end);
    const dated = findDates(text, { defaultYear: opts.defaultYear, yearlessNumeric: true }).length > 0;
    for (const part of parts) judge(part, start, end, dated);
  };
  for (const item of listItems(s)) {
    const [a, b] = spanIn(item.node, item.base);
    judge(itemText(item.node as ListItem), a, Math.min(b, doc.lines.lineEnd(doc.lines.positionAt(a).line)));
  }
  for (const t of tables(s)) {
    const rows = t.node.children;
    const header = rowCells(rows[0]);
    const roleCol = findColumn(
      header,
      columnNames(
        'Role',
        'Title',
        '角色',
        '职务',
        'Rol',
        'Cargo',
        'Signed for',
        'For',
        'Party',
        'On behalf of',
        'Company',
        '单位',
        '公司',
        '签署方',
        // `| 甲方/乙方 | 签字人 | 日期 |`: the column of the parties, not a party's own row.
        '甲方/乙方',
        '甲方／乙方',
        '甲乙方',
        'En nombre de',
        'Por',
        'Parte',
        'Empresa',
      ),
    );
    const headerIsRole = roleCol < 0 && roleIn(header.join(' ')) !== undefined;
    const body = headerIsRole ? rows : rows.slice(1);
    for (const row of body as TableRow[]) {
      const cells = rowCells(row);
      const text =
        roleCol >= 0 ? [cells[roleCol], ...cells.filter((_, i) => i !== roleCol)].join(' | ') : cells.join(' | ');
      const [a, b] = spanIn(row, t.base);
      judge(text, a, b);
    }
  }
  // Plain paragraphs, one line per entry.
  for (const p of s.nodes.filter((n) => n.node.type === 'paragraph')) {
    const [a] = spanOf(p);
    const lines = plainText(p.node).split('\n');
    let offset = a;
    for (const line of lines) {
      const lineNo = doc.lines.positionAt(offset).line;
      const [from, to] = [doc.lines.lineStart(lineNo), doc.lines.lineEnd(lineNo)];
      offset = to + 1;
      // The line of a bold label: only what follows the label is an entry (`**Approved by:** Ana Ruiz, …`).
      if (to <= s.contentStart) continue;
      if (from < s.contentStart) judgeLine(doc.text.slice(s.contentStart, to), s.contentStart, to);
      else judgeLine(line, from, to);
    }
  }
  return out;
}

/**
 * The entries that count for each required role: by role; a client-party
 * entry for the client; an agency-party entry (no title) for each required
 * agency role nobody signed for by name, in the type's order.
 */
export function entriesByRole(
  entries: readonly SignoffEntry[],
  required: readonly string[],
): Map<string, SignoffEntry[]> {
  const by = new Map<string, SignoffEntry[]>(required.map((id) => [id, []]));
  for (const e of entries) {
    if (e.role) by.get(by.has(e.role.id) ? e.role.id : (STANDS_IN_FOR[e.role.id] ?? e.role.id))?.push(e);
    else if (e.party === 'client') by.get('client')?.push(e);
  }
  const agencyRoles = required.filter((id) => id !== 'client');
  const untitled = entries.filter((e) => !e.role && e.party === 'agency');
  const open = agencyRoles.filter((id) => !by.get(id)!.some((e) => e.hasName && e.hasDate));
  // Complete agency rows first, so an incomplete one does not take a role a complete one could fill.
  const ordered = [
    ...untitled.filter((e) => e.hasName && e.hasDate),
    ...untitled.filter((e) => !(e.hasName && e.hasDate)),
  ];
  ordered.forEach((e, i) => {
    const id = open[i];
    if (id) by.get(id)!.push(e);
  });
  return by;
}
