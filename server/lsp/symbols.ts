/** Outline and navigation: document symbols, folding ranges, workspace symbols. */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import type { Analysis, Session } from '../core/session';
import type { Heading } from '../core/document';
import type { ActionItem } from '../core/actions';
import { fold } from '../core/text';
import { DOCUMENT_TYPES } from '../core/catalog';
import type { Lang } from '../core/catalog/schema';
import { Positions, uriOf, type PositionEncoding } from './convert';

/** A name beside a heading, in the user's language, unless the heading already says it (no “Decisions Decisions”). */
function besides(heading: string, name: string | undefined): string | undefined {
  return name && fold(heading).replace(/[\s:：#]+$/u, '') !== fold(name) ? name : undefined;
}

/** Headings as a tree, each known section and the title with its name in the user's language; action items under their section. */
export function documentSymbols(analysis: Analysis, encoding: PositionEncoding, lang: Lang = 'en'): DocumentSymbol[] {
  const { doc } = analysis;
  const positions = new Positions(doc.lines, encoding);
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  const ends = headingEnds(doc.headings, doc.text.length);
  // The actions of each section, in one pass (a long log has tens of thousands).
  const actionsOf = new Map<Heading, ActionItem[]>();
  if (doc.sections.length)
    for (const a of analysis.actions) {
      const list = actionsOf.get(a.section.heading);
      if (list) list.push(a);
      else actionsOf.set(a.section.heading, [a]);
    }
  doc.headings.forEach((h, i) => {
    const end = ends[i];
    const symbol: DocumentSymbol = {
      name: h.text || '#'.repeat(h.depth),
      detail: besides(
        h.text,
        h.section ? h.section.names[lang] : h.depth === 1 && doc.type ? doc.type.names[lang] : undefined,
      ),
      kind: h.depth === 1 ? SymbolKind.File : h.section ? SymbolKind.Module : SymbolKind.String,
      range: positions.offsets(h.start, Math.max(h.end, trimEnd(doc.text, end))),
      selectionRange: positions.offsets(h.start, h.end),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ depth: h.depth, symbol });
    if (h.section) {
      for (const a of actionsOf.get(h) ?? []) {
        symbol.children!.push({
          name: a.text.split('\n')[0] || '…',
          detail: [a.done ? '✓' : '', ...a.owners.map((o) => '@' + o.name), a.due?.text ?? '']
            .filter(Boolean)
            .join(' '),
          kind: SymbolKind.Event,
          range: positions.offsets(a.start, a.end),
          selectionRange: positions.offsets(a.start, a.end),
        });
      }
    }
  });
  return roots;
}

/**
 * Where each heading's part ends: at the next heading of the same or a higher level, else at `length`.
 * One pass with a stack, not a search from each heading (a long log has thousands of headings).
 */
function headingEnds(headings: readonly Heading[], length: number): number[] {
  const ends: number[] = headings.map(() => length);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]].depth >= h.depth) ends[open.pop()!] = h.start;
    open.push(i);
  });
  return ends;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Sections, the front matter and multi-line blocks fold. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { doc } = analysis;
  const out: FoldingRange[] = [];
  const line = (o: number) => doc.lines.positionAt(o).line;
  const fm = doc.frontMatter;
  if (fm && !fm.error?.unclosed && line(fm.end) > line(fm.start))
    out.push({ startLine: line(fm.start), endLine: line(fm.end), kind: FoldingRangeKind.Imports });
  const ends = headingEnds(doc.headings, doc.text.length);
  doc.headings.forEach((h, i) => {
    const endLine = line(trimEnd(doc.text, ends[i]));
    if (endLine > line(h.start)) out.push({ startLine: line(h.start), endLine, kind: FoldingRangeKind.Region });
  });
  for (const p of doc.nodes) {
    if (p.node.type !== 'code' && p.node.type !== 'table' && p.node.type !== 'html') continue;
    const s = line(p.base + (p.node.position?.start.offset ?? 0));
    const e = line(p.base + (p.node.position?.end.offset ?? 0));
    if (e > s)
      out.push({ startLine: s, endLine: e, kind: p.node.type === 'html' ? FoldingRangeKind.Comment : undefined });
  }
  return out;
}

/** Documents by type and title, and job numbers, across the workspace. */
export function workspaceSymbols(query: string, session: Session): WorkspaceSymbol[] {
  const q = fold(query.trim());
  const out: WorkspaceSymbol[] = [];
  for (const s of session.summaries()) {
    const type = DOCUMENT_TYPES.find((t) => t.id === s.type);
    const name = s.title ?? s.path.split(/[\\/]/).pop() ?? s.path;
    const hay = fold(
      `${name} ${type?.names.en ?? ''} ${type?.names.zh ?? ''} ${type?.names.es ?? ''} ${s.client ?? ''} ${s.job?.id ?? ''}`,
    );
    if (q && !q.split(/\s+/).every((w) => hay.includes(w))) continue;
    out.push({
      name,
      kind: SymbolKind.File,
      containerName: [type?.names[session.locale], s.client].filter(Boolean).join(' · '),
      location: { uri: uriOf(s.path) },
    });
    if (s.job) {
      out.push({
        name: s.job.id,
        kind: SymbolKind.Key,
        containerName: name,
        location: {
          uri: uriOf(s.path),
          range: { start: { line: s.job.line - 1, character: 0 }, end: { line: s.job.line - 1, character: 0 } },
        },
      });
    }
    if (out.length > 2000) break;
  }
  return out;
}
