/**
 * The document model: what an agency document is made of once parsed —
 * front matter, type, language, title, sections — with absolute offsets.
 */
import type { Root, RootContent, Heading as MdHeading, Nodes } from 'mdast';
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { LANGS } from './catalog/schema';
import { ChunkCache, parseChunks, plainText, spanOf, type Chunk, type Placed } from './markdown';
import { readFrontMatter, readSimpleFrontMatter, unclosedFrontMatter, type FrontMatter } from './frontmatter';
import { matchHeading, sectionTable, type SectionTable } from './headings';
import { detectType, type TypeSource } from './typeDetection';
import { LineIndex, hasHan, type TextChange } from './text';

export { matchHeading, sectionTable, type SectionTable } from './headings';
export { typeByName, typeFromFileName, typeFromTitle, suggestType, type TypeSource } from './typeDetection';

/** A heading of the document. */
export interface Heading {
  readonly depth: number;
  /** Plain text, without markup or HTML comments. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly node: MdHeading;
  /** The section of the document's type it names, if any. */
  readonly section?: SectionDef;
  /** Languages whose canonical names it uses (for the document's language). */
  readonly langs: readonly Lang[];
}

/** A section of the document's type found under a heading. */
export interface Section {
  readonly def: SectionDef;
  readonly heading: Heading;
  /** Top-level nodes after the heading up to the next heading of the same or a higher level. */
  readonly nodes: readonly Placed[];
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** A `type:` value that names no type. */
export interface UnknownTypeValue {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
}

/** An HTML comment with its span (for inline disable comments). */
export interface Comment {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A parsed document. Offsets are UTF-16 offsets into `text`. */
export interface AgencyDocument {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly chunks: readonly Chunk[];
  /** All top-level nodes in document order. */
  readonly nodes: readonly Placed[];
  readonly frontMatter?: FrontMatter;
  readonly type?: DocumentTypeDef;
  readonly typeSource?: TypeSource;
  readonly unknownType?: UnknownTypeValue;
  /** The first level-1 heading. */
  readonly title?: Heading;
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  /** The document's language: most headings, else `lang:`, else the caller's locale. */
  readonly lang: Lang;
  readonly comments: readonly Comment[];
}

/** HTML comments of each parsed chunk, offsets relative to the chunk (chunks are shared, so relative). */
const CHUNK_COMMENTS = new WeakMap<Root, Comment[]>();

export function chunkComments(tree: Root, chunkText: string): Comment[] {
  let out = CHUNK_COMMENTS.get(tree);
  if (out) return out;
  const found: Comment[] = [];
  // HTML, comments included, starts with `<`: a chunk without one need not be walked.
  if (!chunkText.includes('<')) {
    CHUNK_COMMENTS.set(tree, found);
    return found;
  }
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const [s, e] = spanOf({ node, base: 0 });
      found.push({ value: node.value, start: s, end: e });
    } else if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  out = found;
  CHUNK_COMMENTS.set(tree, out);
  return out;
}

/** Options for building the model. */
export interface ModelOptions {
  /** Language when the headings do not tell and there is no `lang:` field. */
  readonly locale?: Lang;
  readonly cache?: ChunkCache;
  /** The model of the version before an edit: its unchanged chunks are found without hashing their text. */
  readonly previous?: AgencyDocument;
  /** Where this text differs from `previous`'s (the editor's changes): only the text around it is read again. */
  readonly change?: TextChange;
  /** The folder has a `.agency-docs.json`: an everyday title (`# Agenda`) is enough to type a document there. */
  readonly agencyWorkspace?: boolean;
}

const sharedCache = new ChunkCache();

/** A top-level heading of a chunk, offsets relative to the chunk. */
interface ChunkHeading {
  readonly node: MdHeading;
  readonly depth: number;
  /** Plain text, without markup or HTML comments. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
/** The headings of each parsed (cached, shared) chunk: a long document has thousands, placed on every edit. */
const OUTLINES = new WeakMap<Root, readonly ChunkHeading[]>();

function outlineOf(tree: Root): readonly ChunkHeading[] {
  let out = OUTLINES.get(tree);
  if (out) return out;
  const found: ChunkHeading[] = [];
  for (const n of tree.children) {
    if (n.type !== 'heading') continue;
    const [start, end] = spanOf({ node: n, base: 0 });
    found.push({ node: n, depth: n.depth, text: plainText(n).trim(), start, end });
  }
  out = found;
  OUTLINES.set(tree, out);
  return out;
}

/** A heading's section, per parsed heading node and section table (a lookup by identity, not by its words). */
const HEADING_MATCH = new WeakMap<MdHeading, { table: SectionTable; match: ReturnType<typeof matchHeading> }>();

/**
 * The line index of a new version from the one before: the line starts of
 * the unchanged chunks at the start are kept, those of the unchanged chunks
 * at the end are moved by the change in length, and only the text between
 * is read (LineIndex.after).
 */
function linesAfterEdit(
  previous: AgencyDocument,
  text: string,
  chunks: readonly Chunk[],
  change: TextChange | undefined,
): LineIndex {
  if (change && previous.text.length + change.newEnd - change.oldEnd === text.length)
    // One character more on each side: a line start depends on the character before it and, for CR LF, after it.
    return LineIndex.after(
      previous.lines,
      text,
      Math.max(0, change.start - 1),
      Math.min(text.length, change.newEnd + 1),
    );
  const before = previous.chunks;
  let k = 0;
  while (
    k < chunks.length &&
    k < before.length &&
    chunks[k].tree === before[k].tree &&
    chunks[k].offset === before[k].offset
  )
    k++;
  if (k === chunks.length && k === before.length && text.length === previous.text.length)
    return new LineIndex(text, previous.lines);
  const from = k < chunks.length ? chunks[k].offset : text.length;
  const delta = text.length - previous.text.length;
  let j = chunks.length;
  let i = before.length;
  while (
    j > k + 1 &&
    i > k + 1 &&
    chunks[j - 1].tree === before[i - 1].tree &&
    chunks[j - 1].offset === before[i - 1].offset + delta
  ) {
    j--;
    i--;
  }
  const to = j < chunks.length ? chunks[j].offset : text.length;
  return LineIndex.after(previous.lines, text, from, to);
}

/** Parses and models a document. */
export function buildDocument(path: string, text: string, options: ModelOptions = {}): AgencyDocument {
  const previous = options.previous;
  const change = previous && options.change;
  const chunks = parseChunks(text, options.cache ?? sharedCache, previous?.chunks, change);
  const lines = previous ? linesAfterEdit(previous, text, chunks, change) : new LineIndex(text);
  const nodes: Placed[] = [];
  const headings: Heading[] = [];
  let title: Heading | undefined;
  for (const c of chunks) {
    const base = c.offset;
    for (const n of (c.tree as Root).children) nodes.push({ node: n as RootContent, base });
    // Each chunk's headings are read once per parse, with offsets in the chunk: here they are only placed.
    for (const o of outlineOf(c.tree)) {
      const h: Heading = {
        depth: o.depth,
        text: o.text,
        start: o.start + base,
        end: o.end + base,
        node: o.node,
        langs: [],
      };
      headings.push(h);
      if (h.depth === 1 && !title) title = h;
    }
  }

  // Front matter
  let frontMatter: FrontMatter | undefined;
  const first = nodes[0];
  if (first && first.node.type === 'yaml') {
    const [s, e] = spanOf(first);
    const open = /^---[ \t]*\r?\n/.exec(text.slice(s));
    const contentStart = s + (open ? open[0].length : 4);
    // The common one-key-per-line header is read directly; anything else goes to the YAML parser.
    frontMatter =
      readSimpleFrontMatter(first.node.value, s, e, contentStart) ??
      readFrontMatter(first.node.value, s, e, contentStart);
  } else {
    frontMatter = unclosedFrontMatter(text);
  }

  // Type: front matter, file name, or the title with the other signs (docs/types.md).
  const decision = detectType({
    path,
    frontMatter,
    title: title?.text,
    agencyWorkspace: options.agencyWorkspace,
    headings: headings.filter((h) => h !== title).map((h) => h.text),
    body: frontMatter && !frontMatter.error?.unclosed ? text.slice(frontMatter.end) : text,
  });
  const type = decision.type;
  const typeSource = decision.source;
  const unknownType: UnknownTypeValue | undefined = decision.nearMiss && {
    value: decision.nearMiss.field.text,
    start: decision.nearMiss.field.valueStart,
    end: decision.nearMiss.field.valueEnd,
    suggestion: decision.nearMiss.suggestion,
  };
  // Any heading may open a section (`# Action items` too), except a title that names the type.
  const sectionNames = type ? sectionTable(type) : undefined;
  if (sectionNames) {
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      if (h === title && decision.titleNamesType) continue;
      let known = HEADING_MATCH.get(h.node);
      if (!known || known.table !== sectionNames)
        HEADING_MATCH.set(h.node, (known = { table: sectionNames, match: matchHeading(sectionNames, h.text) }));
      const match = known.match;
      if (match) headings[i] = { ...h, section: match.section, langs: match.langs };
    }
  }

  // Sections: from a heading to the next heading of the same or a higher level.
  const sections: Section[] = [];
  if (type) {
    const headingIdx: number[] = [];
    nodes.forEach((p, i) => {
      if (p.node.type === 'heading') headingIdx.push(i);
    });
    headingIdx.forEach((ni, hi) => {
      const h = headings[hi];
      if (!h.section) return;
      let j = ni + 1;
      while (j < nodes.length && !(nodes[j].node.type === 'heading' && (nodes[j].node as MdHeading).depth <= h.depth))
        j++;
      const content = nodes.slice(ni + 1, j);
      const contentEnd = j < nodes.length ? spanOf(nodes[j])[0] : text.length;
      sections.push({ def: h.section, heading: h, nodes: content, contentStart: h.end, contentEnd });
    });
  }

  // Language: most headings, else `lang:`, else the locale.
  const votes: Record<Lang, number> = { en: 0, zh: 0, es: 0 };
  for (const h of headings) for (const l of h.langs) votes[l]++;
  let lang: Lang | undefined;
  const best = Math.max(votes.en, votes.zh, votes.es);
  if (best > 0) {
    const top = LANGS.filter((l) => votes[l] === best);
    if (top.length === 1) lang = top[0];
  }
  if (!lang) {
    const declared = frontMatter?.field('lang')?.text.toLowerCase();
    if (declared)
      lang =
        LANGS.find((l) => declared.startsWith(l)) ??
        (/中文|chinese|chino/.test(declared) ? 'zh' : /espa|spanish/.test(declared) ? 'es' : undefined);
  }
  if (!lang && best > 0) lang = LANGS.find((l) => votes[l] === best);
  if (!lang) {
    // No section heading tells: the script of the body decides between Chinese and the locale.
    const sample = text.slice(0, 4000);
    lang = hasHan(sample) ? 'zh' : (options.locale ?? 'en');
  }

  const comments: Comment[] = [];
  for (const c of chunks)
    for (const m of chunkComments(c.tree, c.text))
      comments.push({ value: m.value, start: m.start + c.offset, end: m.end + c.offset });
  return {
    path,
    text,
    lines,
    chunks,
    nodes,
    frontMatter,
    type,
    typeSource,
    unknownType,
    title,
    headings,
    sections,
    lang,
    comments,
  };
}

/** The first section found for each definition, in document order. */
export function firstSections(sections: readonly Section[]): Section[] {
  const seen = new Set<SectionDef>();
  return sections.filter((s) => {
    if (seen.has(s.def)) return false;
    seen.add(s.def);
    return true;
  });
}

/** The required sections of the document's type that have no heading. */
export function missingSections(doc: AgencyDocument): SectionDef[] {
  if (!doc.type) return [];
  const present = new Set(doc.sections.map((s) => s.def));
  // A heading that lists its parts (`## Short Version / Decisions / Action Items`) has each of them.
  for (const h of doc.headings)
    if (h.section && /[/|｜·]/u.test(h.text))
      for (const d of sectionTable(doc.type).table.matchAll(h.text)) present.add(d);
  return doc.type.sections.filter((d) => !d.optional && !present.has(d));
}

/** Where document-level findings go: the title heading, else the first line with text after the front matter, else the first line. */
export function titleSpan(doc: AgencyDocument): [number, number] {
  const t = doc.title;
  if (t) return [t.start, t.end];
  const fm = doc.frontMatter;
  if (fm && !fm.error?.unclosed) {
    // First line after the front matter that has text, else the opening fence.
    const line = doc.lines.positionAt(fm.end).line + 1;
    for (let l = line; l < doc.lines.lineCount; l++) {
      if (doc.lines.lineText(l).trim() !== '') return [doc.lines.lineStarts[l], doc.lines.lineEnd(l)];
    }
  }
  return [0, doc.lines.lineEnd(0)];
}
