/** Reading inside sections: text, emptiness, lists, tables. */
import type { ListItem, Table, TableRow, Nodes, Paragraph } from 'mdast';
import { sectionNodes, type Section } from './document';
import { plainText, type Placed } from './markdown';
import { isPlaceholder, NO_ACTION } from './text';
import { headingValue, normalizeHeading } from './headings';

/** Plain text of a section's content (subsection headings included). */
export function sectionText(section: Section): string {
  return section.nodes.map((p) => plainText(p.node)).join('\n');
}

/** True when a section holds nothing but whitespace, comments or a placeholder (docs/rules.md#empty-section). */
export function isEmptySection(section: Section): boolean {
  let known = EMPTY.get(section);
  if (known === undefined) {
    // Stop at the first real text: a long section need not be read to the end.
    let text = '';
    for (const p of sectionNodes(section)) {
      if (p.node.type === 'heading') {
        // `### 张三：负责前端页面`: a sub-heading that says its point after a colon holds it.
        const said = headingValue(plainText(p.node, 80));
        if (said && !isPlaceholder(said)) text += ' ' + said;
        // `### 在下次会议前完成登录页，并设计第二份问卷`: a sub-heading written as a sentence is the point itself.
        else if (sentenceHeading(plainText(p.node, 120))) text += ' ' + plainText(p.node, 120);
        if (text.trim().length > 16) break;
        continue;
      }
      // An HTML block (`<table>` of actions) holds what its tags enclose; a comment (`<!-- fill in -->`) nothing.
      text += ' ' + (p.node.type === 'html' ? htmlText(p.node.value) : plainText(p.node, 16));
      if (text.trim().length > 16) break;
    }
    // `## Total: $3,150` holds its content in the heading.
    const inHeading = headingValue(section.heading.text);
    if (inHeading && !isPlaceholder(inHeading)) text += ' ' + inHeading;
    known = text.trim() === '' || isPlaceholder(text);
    EMPTY.set(section, known);
  }
  return known;
}
const EMPTY = new WeakMap<Section, boolean>();

/**
 * A heading that is a sentence, not a name (see isEmptySection): a clause's comma or stop inside it with words on
 * both sides, or twenty Chinese characters or twelve words and more.
 */
function sentenceHeading(text: string): boolean {
  const t = text.trim();
  return (
    /\p{L}[ \t]*[，；。,;][ \t]*\p{L}/u.test(t) ||
    (t.match(/\p{Script=Han}/gu) ?? []).length >= 20 ||
    t.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 12
  );
}

/**
 * `#### Conclusion` over `n/a`, `## Actions` over `None`: minutes saying nothing was decided or handed out, which
 * is what the section is there to say (elsewhere `n/a` is a blank left: `Budget: n/a`).
 */
export function saysNothingToRecord(section: Section): boolean {
  if (section.def.id !== 'decisions' && section.def.kind !== 'actions') return false;
  let text = '';
  for (const p of sectionNodes(section)) {
    if (p.node.type === 'heading') return false;
    text += ` ${p.node.type === 'html' ? htmlText(p.node.value) : plainText(p.node, 40)}`;
    if (text.length > 40) return false;
  }
  return NO_ACTION.test(text.trim());
}

/** The text an HTML block shows: without its comments and tags (an image counts as something shown). */
function htmlText(html: string): string {
  const shown = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  return /<img\b/i.test(shown) ? 'image' : shown.replace(/<[^>]*>?/g, ' ').replace(/&nbsp;|&#160;/g, ' ');
}

/** Items of the lists directly in a section (not nested lists). */
export function listItems(section: Pick<Section, 'nodes'>): Placed<ListItem>[] {
  const out: Placed<ListItem>[] = [];
  for (const p of section.nodes) {
    if (p.node.type === 'list') for (const item of p.node.children) out.push({ node: item, base: p.base });
  }
  return out;
}

/** Tables directly in a section. */
export function tables(section: Pick<Section, 'nodes'>): Placed<Table>[] {
  return section.nodes.filter((p): p is Placed<Table> => p.node.type === 'table');
}

/** Text of a list item without its nested lists. */
export function itemText(item: ListItem): string {
  let text = '';
  let first = true;
  for (const c of item.children) {
    if (c.type === 'list') continue;
    text += (first ? '' : '\n') + plainText(c as Nodes);
    first = false;
  }
  return text.trim();
}

/** The first paragraph of an item: where appended text belongs. */
export function firstParagraph(item: ListItem): Paragraph | undefined {
  return item.children.find((c): c is Paragraph => c.type === 'paragraph');
}

/** Cell texts of a table row. */
export function rowCells(row: TableRow): string[] {
  return row.children.map((c) => plainText(c).trim());
}

/** Finds the column whose header names one of `names` (normalized like headings). */
export function findColumn(header: readonly string[], names: ReadonlySet<string>): number {
  for (let i = 0; i < header.length; i++) {
    const h = normalizeHeading(header[i]);
    if (names.has(h)) return i;
  }
  for (let i = 0; i < header.length; i++) {
    const parts = normalizeHeading(header[i]).split(
      /\s*[/|()（）]\s*|(?<=\p{Script=Han})\s*(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])\s*(?=\p{Script=Han})/u,
    );
    if (parts.some((p) => names.has(p.trim()))) return i;
  }
  return -1;
}

/** A set of normalized column names. */
export function columnNames(...names: string[]): ReadonlySet<string> {
  return new Set(names.map(normalizeHeading));
}

/** Span of a node inside a placed container. */
export function spanIn(node: Nodes, base: number): [number, number] {
  return [startIn(node, base), endIn(node, base)];
}

/** Where a node starts inside a placed container (spanIn's first half, without making the pair). */
export function startIn(node: Nodes, base: number): number {
  return base + (node.position?.start.offset ?? 0);
}

/** Where a node ends inside a placed container. */
export function endIn(node: Nodes, base: number): number {
  return base + (node.position?.end.offset ?? 0);
}
