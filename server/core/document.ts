/**
 * The document model: what an agency document is made of once parsed —
 * front matter, type, language, title, sections — with absolute offsets.
 */
import type { Root, RootContent, Heading as MdHeading, Nodes } from 'mdast';
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { findDates, latinWordsLanguage } from './dates';
import { LANGS } from './catalog/schema';
import { ChunkCache, parseChunks, plainText, spanOf, type Chunk, type Placed } from './markdown';
import { readFrontMatter, readSimpleFrontMatter, unclosedFrontMatter, type FrontMatter } from './frontmatter';
import { matchHeading, normalizeHeading, sectionTable, type SectionTable } from './headings';
import type { HeadingsSplice } from './headingDates';
import { declaresTypeInBrokenYaml, detectType, typeTelling, type TypeSource } from './typeDetection';
import {
  LineIndex,
  MEMO_ENTRIES,
  countHan,
  countLatinWords,
  detached,
  hasHan,
  sourceFrom,
  type TextChange,
  type TextSource,
} from './text';
import { HEADING_WORDS } from './catalog/languageWords';

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
  /**
   * Its line as written, when it is before the text it is given with: a chunk's check (analyze.ts) sees the
   * sections it continues with their headings at negative offsets, outside its text (see headingSource).
   */
  readonly source?: string;
}

/** A heading's line as written (its marks too): from the text, or kept with it when it is before the text. */
export function headingSource(doc: Pick<AgencyDocument, 'text'>, heading: Heading): string {
  return heading.start >= 0 ? doc.text.slice(heading.start, heading.end) : (heading.source ?? heading.text);
}

/** A section of the document's type found under a heading. */
export interface Section {
  readonly def: SectionDef;
  readonly heading: Heading;
  /** Top-level nodes after the heading up to the next heading of the same or a higher level. */
  readonly nodes: readonly Placed[];
  readonly contentStart: number;
  readonly contentEnd: number;
  /** An actions section's reading from all of its nodes, when it is given only some of them (a chunk's check). */
  readonly reading?: SectionReading;
}

/**
 * What the reading of an actions section takes from all of its top-level nodes, not from one part of them:
 * - `labelled`: a paragraph only labels the actions (`**Action Items**`): lists under other labels hold
 *   something else;
 * - `end`: where another meeting's record starts in it (`第二次会议记录：`, `#会议内容：`, in a file that keeps
 *   them all): nothing from there on is read (a list holding such a line is read, as the last item's
 *   continuation, and nothing after it);
 * - `paragraphsUntil`: the section is written as one paragraph per task, no list and no table, two at least
 *   or one led by its owner (`Alexander: redactar un primer guion…` / blank line / `Preparar una propuesta
 *   visual…`; a paragraph under each person's sub-heading): each one-line paragraph up to the first rule is a
 *   task (a line ending in a colon leads into what follows; it is none). Undefined when they are not tasks.
 * Offsets are the section's. A chunk's check (analyze.ts) sees the nodes of its chunk only: it is given
 * these, read from the whole section (actions.ts sectionReading), so that it reads what a whole analysis reads.
 */
export interface SectionReading {
  readonly labelled: boolean;
  readonly end?: number;
  readonly paragraphsUntil?: number;
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
  /**
   * What an edit reads of the text (text.ts TextSource): `text` itself, or the editor's pieces, whose whole
   * string (`text`) V8 would copy flat on the first read. Code that runs on every keystroke reads this.
   */
  readonly source: TextSource;
  readonly lines: LineIndex;
  readonly chunks: readonly Chunk[];
  /** All top-level nodes in document order. */
  readonly nodes: readonly Placed[];
  readonly frontMatter?: FrontMatter;
  readonly type?: DocumentTypeDef;
  readonly typeSource?: TypeSource;
  readonly unknownType?: UnknownTypeValue;
  /**
   * Front matter YAML cannot read names a type of ours (`type: research`), in a workspace whose `type:` values are
   * not another tool's (TypeVocabulary): frontmatter-syntax reports it, though no type is known.
   */
  readonly typeInBrokenFrontMatter?: boolean;
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
  /** The same text as a source to read it by (TextSource: the editor's pieces); `text` itself by default. */
  readonly source?: TextSource;
  /** The folder has a `.agency-docs.json`: an everyday title (`# Agenda`) is enough to type a document there. */
  readonly agencyWorkspace?: boolean;
  /** The workspace's `type:` values are another tool's (typeDetection.ts TypeVocabulary): a `type:` alone types nothing. */
  readonly othersTypeVocabulary?: boolean;
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
  splice: ChunkSplice,
  change: TextChange | undefined,
  source: TextSource,
): LineIndex {
  if (change && previous.text.length + change.newEnd - change.oldEnd === text.length)
    // One character more on each side: a line start depends on the character before it and, for CR LF, after it.
    return LineIndex.after(
      previous.lines,
      text,
      Math.max(0, change.start - 1),
      Math.min(text.length, change.newEnd + 1),
      source,
    );
  const k = splice.k;
  if (k === chunks.length && k === previous.chunks.length && text.length === previous.text.length)
    return new LineIndex(text, previous.lines, source);
  // The chunk after the kept ones is read again, at least (a line start depends on the characters around it).
  const to = Math.max(splice.j, k + 1);
  return LineIndex.after(
    previous.lines,
    text,
    splice.head,
    to < chunks.length ? chunks[to].offset : text.length,
    source,
  );
}

/**
 * The headings of a chunk placed at `base`, matched against `table` (undefined: the document has no
 * type), `skip` not matched (the title, when it names the type): kept per parsed chunk, so that an edit
 * places again only the headings of the chunks it moved, and matches only those of the chunks it touched.
 */
interface PlacedHeadings {
  readonly base: number;
  readonly table: SectionTable | undefined;
  readonly skip: MdHeading | undefined;
  readonly headings: readonly Heading[];
}
const PLACED_HEADINGS = new WeakMap<Root, PlacedHeadings>();
/** The headings of a chunk at `base`, not matched (for the title and the type). */
const RAW_HEADINGS = new WeakMap<Root, { readonly base: number; readonly headings: readonly Heading[] }>();
/** The languages of a heading that names no section (shared: read only). */
const NO_LANGS: readonly Lang[] = Object.freeze([]);

function rawHeadings(c: Chunk): readonly Heading[] {
  const known = RAW_HEADINGS.get(c.tree);
  if (known && known.base === c.offset) return known.headings;
  const base = c.offset;
  const placed: Heading[] = [];
  // Each chunk's headings are read once per parse, with offsets in the chunk: here they are only placed.
  for (const o of outlineOf(c.tree))
    placed.push({
      depth: o.depth,
      text: o.text,
      start: o.start + base,
      end: o.end + base,
      node: o.node,
      langs: NO_LANGS,
    });
  RAW_HEADINGS.set(c.tree, { base, headings: placed });
  return placed;
}

function matchedHeadings(c: Chunk, table: SectionTable | undefined, skip: MdHeading | undefined): readonly Heading[] {
  if (!table) return rawHeadings(c);
  const known = PLACED_HEADINGS.get(c.tree);
  if (known && known.table === table && known.skip === skip) {
    if (known.base === c.offset) return known.headings;
    // Moved only (an edit before it): the same headings and matches, placed again with literals, not spreads.
    const delta = c.offset - known.base;
    const headings: Heading[] = [];
    for (const h of known.headings) {
      const start = h.start + delta;
      const end = h.end + delta;
      headings.push(
        h.section
          ? { depth: h.depth, text: h.text, start, end, node: h.node, section: h.section, langs: h.langs }
          : { depth: h.depth, text: h.text, start, end, node: h.node, langs: h.langs },
      );
    }
    PLACED_HEADINGS.set(c.tree, { base: c.offset, table, skip, headings });
    return headings;
  }
  const base = c.offset;
  const headings: Heading[] = [];
  for (const o of outlineOf(c.tree)) {
    const start = o.start + base;
    const end = o.end + base;
    let m: ReturnType<typeof matchHeading> | undefined;
    if (o.node !== skip) {
      let match = HEADING_MATCH.get(o.node);
      if (!match || match.table !== table)
        HEADING_MATCH.set(o.node, (match = { table, match: matchHeading(table, o.text) }));
      m = match.match;
    }
    headings.push(
      m
        ? { depth: o.depth, text: o.text, start, end, node: o.node, section: m.section, langs: m.langs }
        : { depth: o.depth, text: o.text, start, end, node: o.node, langs: NO_LANGS },
    );
  }
  PLACED_HEADINGS.set(c.tree, { base, table, skip, headings });
  return headings;
}

/** The top-level nodes of the chunks, in document order. */
function nodesOf(chunks: readonly Chunk[]): Placed[] {
  const nodes: Placed[] = [];
  for (const c of chunks) {
    const base = c.offset;
    for (const n of (c.tree as Root).children) nodes.push({ node: n as RootContent, base });
  }
  return nodes;
}

/** The index of the last chunk starting at or before `offset`. */
export function chunkAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The top-level nodes of the chunks that start in `[from, to)`, one by one. */
function* nodesIn(chunks: readonly Chunk[], from: number, to: number): Generator<Placed> {
  if (chunks.length === 0) return;
  for (let i = chunkAt(chunks, from); i < chunks.length && chunks[i].offset < to; i++) {
    const c = chunks[i];
    for (const n of (c.tree as Root).children) {
      const at = c.offset + (n.position?.start.offset ?? 0);
      if (at >= from && at < to) yield { node: n as RootContent, base: c.offset };
    }
  }
}

/** The top-level nodes of the chunks that start in `[from, to)`. */
function nodesBetween(chunks: readonly Chunk[], from: number, to: number): Placed[] {
  return [...nodesIn(chunks, from, to)];
}

/** Where each section built here takes its nodes from (see sectionNodes). */
const SECTION_SPANS = new WeakMap<Section, { chunks: readonly Chunk[]; from: number; to: number }>();

/**
 * A section's top-level nodes one by one, read from its chunks as they are asked for: a check that
 * stops at the first real text does not list the nodes of a section that runs over a whole long document.
 */
export function* sectionNodes(section: Section): Generator<Placed> {
  const span = SECTION_SPANS.get(section);
  if (!span) {
    yield* section.nodes;
    return;
  }
  yield* nodesIn(span.chunks, span.from, span.to);
}

/** Parses and models a document. */
export function buildDocument(path: string, text: string, options: ModelOptions = {}): AgencyDocument {
  const previous = options.previous;
  const change = previous && options.change;
  // Read through the source while editing (a source of the same length as the text, else the text).
  const source = options.source && options.source.length === text.length ? options.source : text;
  const chunks = parseChunks(text, options.cache ?? sharedCache, previous?.chunks, change, source);
  // The chunks the edit left alone: for the line index, and for the headings and what is known of them.
  const fromPrevious = previous && chunkSplice(previous.chunks, chunks, previous.text.length, text.length);
  const lines = previous
    ? linesAfterEdit(previous, text, chunks, fromPrevious!, change, source)
    : new LineIndex(text, undefined, source);
  // Listed when asked for: a long document has tens of thousands, and an edit seldom needs them.
  let nodes: Placed[] | undefined;
  const allNodes = () => (nodes ??= nodesOf(chunks));
  let title: Heading | undefined;
  /** The chunk that holds the title: the only one whose headings may skip it. */
  let titleChunk: Chunk | undefined;
  for (const c of chunks) {
    if (title) break;
    for (const h of rawHeadings(c))
      if (h.depth === 1) {
        title = h;
        titleChunk = c;
        break;
      }
  }

  // Front matter
  let frontMatter: FrontMatter | undefined;
  const firstNode = chunks[0]?.tree.children[0];
  const first = firstNode && { node: firstNode as RootContent, base: chunks[0].offset };
  if (first && first.node.type === 'yaml') {
    const [s, e] = spanOf(first);
    // Its first line, to its `\n` (read through the source, not the whole text).
    const nl = source.indexOf('\n', s);
    const open = /^---[ \t]*\r?\n/.exec(source.slice(s, nl < 0 ? source.length : nl + 1));
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
    othersTypeVocabulary: options.othersTypeVocabulary,
    // Read only when the front matter and the file name do not decide.
    get headings() {
      const words: string[] = [];
      for (const c of chunks) for (const h of rawHeadings(c)) if (h !== title && typeTelling(h)) words.push(h.text);
      return words;
    },
    body: frontMatter && !frontMatter.error?.unclosed ? sourceFrom(source, frontMatter.end) : source,
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
  const skip = title && decision.titleNamesType ? title.node : undefined;
  // `# Agenda Items` over the list of topics: a title that names the type and one of its sections, with a list
  // or table right under it and no other heading for that section, is that section too.
  const titleSection = skip && sectionNames && titleChunk && title ? matchHeading(sectionNames, title.text) : undefined;
  // Typing in a long document: the headings of the chunks before and after the edit, and what is known of
  // them (their votes, which name sections, where those end), are the last version's (see HeadingsKnown).
  const known = previous && !titleSection ? HEADINGS_KNOWN.get(previous) : undefined;
  const splice = known && known.table === sectionNames && known.skip === skip ? fromPrevious : undefined;
  /** The headings before the edit, when taken over: the last version's (copied whole, a slice). */
  const hp = splice && known ? firstAtOrAfter(previous!.headings, splice.head) : 0;
  const headings: Heading[] = hp > 0 ? previous!.headings.slice(0, hp) : [];
  /** Each chunk's headings, for the votes on the language kept by chunk (when not taken over). */
  let headingGroups: HeadingGroup[] | undefined;
  let facts: HeadingsKnown;
  if (splice && known) {
    const before = previous!.headings;
    const hs = firstAtOrAfter(before, splice.tailThen);
    for (let n = splice.k; n < splice.j; n++) {
      const c = chunks[n];
      for (const h of matchedHeadings(c, sectionNames, c === titleChunk ? skip : undefined)) headings.push(h);
    }
    const tail = headings.length;
    const delta = splice.delta;
    for (let n = hs; n < before.length; n++) {
      const h = before[n];
      headings.push(delta === 0 ? h : movedHeading(h, delta));
    }
    facts = knownAfter(known, headings, hp, tail, before, hs);
    HEADINGS_SPLICES.set(headings, { before, hp, tail, hs, delta });
  } else {
    headingGroups = [];
    for (const c of chunks) {
      const group = matchedHeadings(c, sectionNames, c === titleChunk ? skip : undefined);
      headingGroups.push({ tree: c.tree, headings: group });
      for (const h of group) headings.push(h);
    }
    if (titleSection && titleChunk && skip) {
      const m = titleSection;
      const siblings = titleChunk.tree.children;
      const next = siblings[siblings.indexOf(skip) + 1];
      if ((next?.type === 'list' || next?.type === 'table') && !headings.some((h) => h.section === m.section)) {
        const i = headings.findIndex((h) => h.node === skip);
        if (i >= 0) headings[i] = { ...headings[i], section: m.section, langs: m.langs };
      }
    }
    facts = knownOf(sectionNames, skip, headings);
  }
  /** Spanish or English by the words of the headings (latinHeadingsLanguage), counted once. */
  const wordsLanguage = (): 'en' | 'es' | undefined => {
    facts.words ??= headingWordVotes(headingGroups ?? groupsOf(chunks, sectionNames, titleChunk, skip));
    const { en, es } = facts.words;
    return es > en ? 'es' : en > es ? 'en' : undefined;
  };

  // Sections: from a heading to the next heading of the same or a higher level (top-level headings are
  // the only top-level nodes that end one); their nodes are listed when asked for.
  const sections: Section[] = [];
  const foreign = type ? foreignWords(headings, facts.candidates, wordsLanguage, text) : NO_HEADINGS;
  if (type) {
    for (let n = 0; n < facts.sectioned.length; n++) {
      const hi = facts.sectioned[n];
      const h = headings[hi];
      if (foreign.has(h)) continue;
      if (
        !h.section ||
        (h.section.kind === 'actions' &&
          (isReviewOfActions(headings, hi) || isDecisionsTopic(headings, hi, (o) => o.section))) ||
        (h.section.id === 'decisions' && isStatusColumn(headings, hi)) ||
        (h.section.id === 'purpose' && type.id === 'agenda' && isOutcomeOfNotes(headings, hi)) ||
        (h.section.id === 'sign-off' && describesApproval(headings, hi))
      )
        continue;
      let k = facts.ends[n];
      if (k < 0) facts.ends[n] = k = sectionEnd(headings, hi, h.section.kind === 'actions');
      const contentEnd = k < headings.length ? headings[k].start : text.length;
      let content: Placed[] | undefined;
      const section: Section = {
        def: h.section,
        heading: h,
        get nodes() {
          return (content ??= nodesBetween(chunks, h.end, contentEnd));
        },
        contentStart: h.end,
        contentEnd,
      };
      SECTION_SPANS.set(section, { chunks, from: h.end, to: contentEnd });
      sections.push(section);
    }
  }

  // Language: most headings, else `lang:`, else the locale.
  const votes: Record<Lang, number> = { en: facts.votes.en, zh: facts.votes.zh, es: facts.votes.es };
  for (const h of foreign) for (const l of h.langs) votes[l]--;
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
  if (!lang && best > 0) {
    // A tie (`CONCLUSIONES` is a name in Spanish and English alike): the words of the headings decide.
    const top = LANGS.filter((l) => votes[l] === best);
    const byWords = wordsLanguage();
    lang = byWords && top.includes(byWords) ? byWords : top[0];
  }
  if (!lang) {
    // No section heading tells: the script of the body decides between Chinese and the others, then the
    // words of the headings between Spanish and English (`## Información de la reunión`), then the words of
    // the body (an acta whose headings are only its dates, `### 15/06/2023`), then the locale.
    // (Chinese when its characters are a fair share of the body: one list item left in Chinese, `- 接受保险`, in an
    // English review is no Chinese document.)
    const sample = text.slice(0, 4000);
    lang = chineseBody(sample) ? 'zh' : (wordsLanguage() ?? latinWordsLanguage(text) ?? options.locale ?? 'en');
  }

  // Those of the chunks before and after the edit are the last version's, moved.
  const comments: Comment[] = splice
    ? previous!.comments.slice(0, firstAtOrAfter(previous!.comments, splice.head))
    : [];
  if (splice) {
    const before = previous!.comments;
    for (let n = splice.k; n < splice.j; n++) {
      const c = chunks[n];
      for (const m of chunkComments(c.tree, c.text))
        comments.push({ value: m.value, start: m.start + c.offset, end: m.end + c.offset });
    }
    for (let n = firstAtOrAfter(before, splice.tailThen); n < before.length; n++) {
      const m = before[n];
      comments.push(
        splice.delta === 0 ? m : { value: m.value, start: m.start + splice.delta, end: m.end + splice.delta },
      );
    }
  } else
    for (const c of chunks)
      for (const m of chunkComments(c.tree, c.text))
        comments.push({ value: m.value, start: m.start + c.offset, end: m.end + c.offset });
  // The title as the very heading of the list (its match placed anew): `h === doc.title` holds for it.
  const titleHeading = title && (headings.find((h) => h.start >= title.start) ?? title);
  const doc: AgencyDocument = {
    path,
    text,
    source,
    lines,
    chunks,
    get nodes() {
      return allNodes();
    },
    frontMatter,
    type,
    typeSource,
    unknownType,
    typeInBrokenFrontMatter:
      !type && !!frontMatter?.error && !options.othersTypeVocabulary && declaresTypeInBrokenYaml(source, frontMatter),
    title: titleHeading?.start === title?.start ? titleHeading : title,
    headings,
    sections,
    lang,
    comments,
  };
  // (Not when the title is a section too: the next version makes its headings whole.)
  if (!titleSection) HEADINGS_KNOWN.set(doc, facts);
  // What the last version took over from the one before it is no longer asked for (a model is made from the
  // last one only); kept, each version would keep the one before it, and so every version since the document
  // was opened (its headings and chunk list: about 0.7 MB an edit at 100,000 lines, marked by every collection).
  if (previous && previous.chunks !== chunks) SPLICES.delete(previous.chunks);
  if (previous && previous.headings !== headings) HEADINGS_SPLICES.delete(previous.headings);
  if (fromPrevious) SPLICES.set(chunks, { before: previous!.chunks, splice: fromPrevious });
  // An edit after the first PREFIX_READ characters leaves what was read of them as it was.
  const memo = change && change.start >= PREFIX_READ ? PREFIX_MEMOS.get(previous) : undefined;
  if (memo) PREFIX_MEMOS.set(doc, memo);
  return doc;
}

/** How much of the start of a text the readings kept by prefixMemo may read (dates.ts: the first 50,000 characters). */
export const PREFIX_READ = 50_000;
const PREFIX_MEMOS = new WeakMap<AgencyDocument, Map<string, unknown>>();

/**
 * A value read from the first PREFIX_READ characters of the text alone (the readers' language and date order,
 * the days written year first, dates.ts), made once and kept by the next versions while their edits are after
 * those characters: typing further down a long document does not read them again. `key` names the reading and
 * any other input it has.
 */
export function prefixMemo<T>(doc: AgencyDocument, key: string, read: () => T): T {
  let memo = PREFIX_MEMOS.get(doc);
  if (!memo) PREFIX_MEMOS.set(doc, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  const value = read();
  memo.set(key, value);
  return value;
}

/** Which chunks of a model are its previous version's (chunkSplice), for the analysis to take over what it kept of them. */
const SPLICES = new WeakMap<readonly Chunk[], { readonly before: readonly Chunk[]; readonly splice: ChunkSplice }>();

/** The chunks of `chunks` that are those of `before` (the first `k`, and from `j` on those of `before` from `i` on, moved). */
export function chunksKept(
  before: readonly Chunk[],
  chunks: readonly Chunk[],
  lengthThen: number,
  length: number,
): ChunkSplice {
  const known = SPLICES.get(chunks);
  return known && known.before === before ? known.splice : chunkSplice(before, chunks, lengthThen, length);
}

/**
 * A value per chunk that depends on the chunk's tree and text only (not on where it is), in the chunks' order,
 * kept in `store` by the chunk list: a model made from its previous version (typing) takes over the values of
 * the chunks the edit left alone from the previous list's (chunkSplice) and computes those of the others, so
 * that a rule walking a long document's thousands of chunks reads an array, not a lookup per chunk. The
 * values live as long as their chunk list.
 */
export function valuesPerChunk<T>(
  store: WeakMap<readonly Chunk[], readonly T[]>,
  chunks: readonly Chunk[],
  of: (c: Chunk) => T,
): readonly T[] {
  const known = store.get(chunks);
  if (known) return known;
  const splice = SPLICES.get(chunks);
  const last = splice && store.get(splice.before);
  let values: T[];
  if (splice && last) {
    const { k, j, i } = splice.splice;
    values = last.slice(0, k);
    for (let n = k; n < j; n++) values.push(of(chunks[n]));
    for (let n = i; n < last.length; n++) values.push(last[n]);
  } else {
    values = [];
    for (const c of chunks) values.push(of(c));
  }
  store.set(chunks, values);
  return values;
}

/**
 * What a version's model knows of its headings besides the headings, kept for the next version (typing):
 * the headings of the chunks an edit left alone are the same, so these are the last ones with the edited
 * chunks' headings taken out and put in (knownAfter), not counted again over thousands of headings.
 */
interface HeadingsKnown {
  readonly table: SectionTable | undefined;
  readonly skip: MdHeading | undefined;
  /** The languages of the section names, over all headings (the foreign words' too). */
  readonly votes: Readonly<Record<Lang, number>>;
  /** Spanish and English by the headings' words (headingWordsLanguage), once counted. */
  words?: { readonly en: number; readonly es: number };
  /** The indices of the headings that name a section. */
  readonly sectioned: readonly number[];
  /** For each of those, where its section ends (sectionEnd), once found; -1 before. */
  readonly ends: number[];
  /** The indices of the headings that may be an English word (foreignWords). */
  readonly candidates: readonly number[];
}
const HEADINGS_KNOWN = new WeakMap<AgencyDocument, HeadingsKnown>();

/** A one-word Spanish name of a section, which may be an English word (foreignWords). */
function foreignCandidate(h: Heading): boolean {
  return (
    !!h.section &&
    h.langs.length === 1 &&
    h.langs[0] === 'es' &&
    /^\p{L}+$/u.test(normalizeHeading(h.text.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')))
  );
}

function knownOf(
  table: SectionTable | undefined,
  skip: MdHeading | undefined,
  headings: readonly Heading[],
): HeadingsKnown {
  const votes: Record<Lang, number> = { en: 0, zh: 0, es: 0 };
  const sectioned: number[] = [];
  const candidates: number[] = [];
  for (let n = 0; n < headings.length; n++) {
    const h = headings[n];
    for (const l of h.langs) votes[l]++;
    if (!h.section) continue;
    sectioned.push(n);
    if (foreignCandidate(h)) candidates.push(n);
  }
  return { table, skip, votes, sectioned, ends: sectioned.map(() => -1), candidates };
}

/**
 * The last version's knowledge of its headings (`known`, of `before`) for the new headings, which are
 * `before`'s up to `hp`, new ones up to `tail`, then `before`'s from `hs` on, moved.
 */
function knownAfter(
  known: HeadingsKnown,
  headings: readonly Heading[],
  hp: number,
  tail: number,
  before: readonly Heading[],
  hs: number,
): HeadingsKnown {
  const votes: Record<Lang, number> = { en: known.votes.en, zh: known.votes.zh, es: known.votes.es };
  const words = known.words && { en: known.words.en, es: known.words.es };
  const count = (h: Heading, by: number) => {
    for (const l of h.langs) votes[l] += by;
    if (words) {
      const l = headingWordsLanguage(h.text);
      if (l) words[l] += by;
    }
  };
  for (let n = hp; n < hs; n++) count(before[n], -1);
  for (let n = hp; n < tail; n++) count(headings[n], 1);
  /** How far the indices of the headings after the edit moved. */
  const shift = tail - hs;
  const sectioned: number[] = [];
  const ends: number[] = [];
  const candidates: number[] = [];
  for (const n of known.candidates) if (n < hp) candidates.push(n);
  for (let n = hp; n < tail; n++) if (foreignCandidate(headings[n])) candidates.push(n);
  for (const n of known.candidates) if (n >= hs) candidates.push(n + shift);
  for (let x = 0; x < known.sectioned.length; x++) {
    const n = known.sectioned[x];
    if (n >= hp) break;
    const end = known.ends[x];
    sectioned.push(n);
    if (end < 0 || end < hp) {
      // Ends before the edit (or not found yet): as it was.
      ends.push(end);
      continue;
    }
    // It ran past the headings before the edit: it ends at one of the new headings, else where it did after them.
    const h = headings[n];
    const actions = h.section?.kind === 'actions';
    let k = hp;
    while (k < tail && headings[k].depth > h.depth && !(actions && isMeetingHeading(headings[k].text))) k++;
    ends.push(k < tail ? k : end >= hs ? end + shift : -1);
  }
  for (let n = hp; n < tail; n++)
    if (headings[n].section) {
      sectioned.push(n);
      ends.push(-1);
    }
  for (let x = 0; x < known.sectioned.length; x++) {
    const n = known.sectioned[x];
    if (n < hs) continue;
    sectioned.push(n + shift);
    const end = known.ends[x];
    ends.push(end < 0 ? -1 : end + shift);
  }
  return { table: known.table, skip: known.skip, votes, words, sectioned, ends, candidates };
}

/** Which headings of a model are its previous version's, when taken over (typing): see headingsKept. */
const HEADINGS_SPLICES = new WeakMap<readonly Heading[], HeadingsSplice>();

/**
 * Which of a model's headings are its previous version's (`before`'s up to `hp`, the edited chunks' up to
 * `tail`, then `before`'s from `hs` on, moved by `delta`), when they were taken over from it: for what is read
 * of the headings to follow the edit as they do (headingDates.ts, the dated sections).
 */
export function headingsKept(headings: readonly Heading[]): HeadingsSplice | undefined {
  return HEADINGS_SPLICES.get(headings);
}

/** A heading of the last version moved by `delta` (a literal, not a spread: thousands after an edit). */
function movedHeading(h: Heading, delta: number): Heading {
  const start = h.start + delta;
  const end = h.end + delta;
  return h.section
    ? { depth: h.depth, text: h.text, start, end, node: h.node, section: h.section, langs: h.langs }
    : { depth: h.depth, text: h.text, start, end, node: h.node, langs: h.langs };
}

/** The index of the first of `xs` (in order of start) that starts at or after `offset`. */
function firstAtOrAfter(xs: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The chunks of a new version that are the last version's: the first `k` at the same place, those from
 * `j` on moved by `delta` (the last's from `i` on). `head` is where the chunks between start (the same in
 * both versions), `tailThen` where the last version's chunks after the edit started.
 */
export interface ChunkSplice {
  readonly k: number;
  readonly j: number;
  readonly i: number;
  readonly delta: number;
  readonly head: number;
  readonly tailThen: number;
}
function chunkSplice(
  before: readonly Chunk[],
  chunks: readonly Chunk[],
  lengthThen: number,
  length: number,
): ChunkSplice {
  const delta = length - lengthThen;
  let k = 0;
  while (
    k < chunks.length &&
    k < before.length &&
    chunks[k].tree === before[k].tree &&
    chunks[k].offset === before[k].offset
  )
    k++;
  let j = chunks.length;
  let i = before.length;
  while (
    j > k &&
    i > k &&
    chunks[j - 1].tree === before[i - 1].tree &&
    chunks[j - 1].offset === before[i - 1].offset + delta
  ) {
    j--;
    i--;
  }
  const head = k < chunks.length ? chunks[k].offset : length;
  const tailThen = i < before.length ? before[i].offset : lengthThen;
  return { k, j, i, delta, head, tailThen };
}

/** Each chunk's headings as matched (for the votes by chunk when the last version's are not known). */
function groupsOf(
  chunks: readonly Chunk[],
  table: SectionTable | undefined,
  titleChunk: Chunk | undefined,
  skip: MdHeading | undefined,
): HeadingGroup[] {
  return chunks.map((c) => ({
    tree: c.tree,
    headings: matchedHeadings(c, table, c === titleChunk ? skip : undefined),
  }));
}

const HEADING_WORD_LANG = new Map<string, 'en' | 'es'>([
  ...HEADING_WORDS.en.map((w) => [w, 'en'] as const),
  ...HEADING_WORDS.es.map((w) => [w, 'es'] as const),
]);
/**
 * Spanish or English, by most headings (each counted for the language most of its words are in:
 * catalog/languageWords.ts, and `ñ`, `¿`, an accented vowel for Spanish); undefined when they do not tell.
 */
function headingWordVotes(groups: readonly HeadingGroup[]): { en: number; es: number } {
  let en = 0;
  let es = 0;
  for (const g of groups) {
    const votes = chunkVotes(g);
    en += votes.en;
    es += votes.es;
  }
  return { en, es };
}

interface HeadingGroup {
  readonly tree: Root;
  readonly headings: readonly Heading[];
}
/**
 * A chunk's headings counted once: every edit of a long log asks for the votes of all of them, and its
 * chunks but one are the same trees as before. Kept with the heading nodes counted (a chunk's title is
 * left out of its headings once the type is known), so a different set is counted again.
 */
const CHUNK_VOTES = new WeakMap<Root, { first?: MdHeading; count: number; en: number; es: number }>();
function chunkVotes(g: HeadingGroup): { en: number; es: number } {
  const known = CHUNK_VOTES.get(g.tree);
  if (known && known.count === g.headings.length && known.first === g.headings[0]?.node) return known;
  let en = 0;
  let es = 0;
  for (const h of g.headings) {
    const l = headingWordsLanguage(h.text);
    if (l === 'es') es++;
    else if (l === 'en') en++;
  }
  const votes = { first: g.headings[0]?.node, count: g.headings.length, en, es };
  CHUNK_VOTES.set(g.tree, votes);
  return votes;
}

const NO_HEADINGS: ReadonlySet<Heading> = new Set();

/**
 * `## Meta (Instagram + Facebook)` in an English plan: a one-word Spanish name (`Meta`, the objective) that is
 * also an English word or a brand names nothing where the headings (or else the prose) are in English. A
 * function of its own, so that no closure of the document holds the chunks' trees.
 */
function foreignWords(
  headings: readonly Heading[],
  candidates: readonly number[],
  wordsLanguage: () => 'en' | 'es' | undefined,
  text: string,
): ReadonlySet<Heading> {
  if (candidates.length === 0) return NO_HEADINGS;
  const english = (wordsLanguage() ?? proseLanguage(text.slice(0, 4000))) === 'en';
  return english ? new Set(candidates.map((n) => headings[n])) : NO_HEADINGS;
}

/** Little words of English and Spanish prose, to tell which of the two a text is written in. */
const EN_PROSE = new Set([
  'the',
  'and',
  'with',
  'without',
  'your',
  'our',
  'for',
  'to',
  'of',
  'is',
  'are',
  'than',
  'this',
]);
const ES_PROSE = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'con', 'para', 'por', 'es', 'una']);
/** The language of Latin-script prose by its little words, when one has at least twice the other's and five. */
function proseLanguage(text: string): 'en' | 'es' | undefined {
  let en = 0;
  let es = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (EN_PROSE.has(w)) en++;
    else if (ES_PROSE.has(w)) es++;
  }
  return en >= 5 && en >= 2 * es ? 'en' : es >= 5 && es >= 2 * en ? 'es' : undefined;
}

/** A heading's language by most of its words. */
function headingWordsLanguage(text: string): 'en' | 'es' | undefined {
  let e = 0;
  let s = /[ñáéíóú¿¡]/iu.test(text) ? 1 : 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const l = HEADING_WORD_LANG.get(w);
    if (l === 'en') e++;
    else if (l === 'es') s++;
  }
  return s > e ? 'es' : e > s ? 'en' : undefined;
}

/**
 * `### Follow-up` as a point of the meeting's `## Agenda`: last meeting's actions gone through one by one, each
 * with how it stands (`- @ana: Email the vendor` / `  - Fell through the cracks, doing it now`): a review, not
 * the actions this meeting agreed (those come under their own heading).
 */
export function isReviewOfActions(headings: readonly { depth: number; text: string }[], at: number): boolean {
  const h = headings[at];
  if (!/^follow[- ]?ups?$/u.test(normalizeHeading(h.text))) return false;
  for (let k = at - 1; k >= 0; k--)
    if (headings[k].depth < h.depth) return AGENDA_HEADING.test(normalizeHeading(headings[k].text));
  return false;
}
const AGENDA_HEADING = /^(?:agenda|topics|agenda items|orden del dia|temas|议程|议题)$/u;

/**
 * `### 3. Next steps` under `## Decisions`, among numbered sub-headings of the meeting's topics (`### 1. Script
 * routes`, `### 2. Budget`) that name no section: what was decided on that topic, not the actions section. Minutes
 * started from an agenda (workflow/minutes.ts) give each topic such a heading, and an agenda's last topic is often
 * the next steps. `sectionOf` tells the section a heading names.
 */
export function isDecisionsTopic<H extends { depth: number; text: string }>(
  headings: readonly H[],
  at: number,
  sectionOf: (h: H) => SectionDef | undefined,
): boolean {
  const h = headings[at];
  if (!NUMBERED_TOPIC.test(h.text)) return false;
  let p = at - 1;
  while (p >= 0 && headings[p].depth >= h.depth) p--;
  if (p < 0 || sectionOf(headings[p])?.id !== 'decisions') return false;
  // Another topic of the same level under it, numbered and naming no section.
  for (let k = p + 1; k < headings.length && headings[k].depth > headings[p].depth; k++) {
    const o = headings[k];
    if (k !== at && o.depth === h.depth && NUMBERED_TOPIC.test(o.text) && !sectionOf(o)) return true;
  }
  return false;
}
const NUMBERED_TOPIC = /^\s*\d{1,2}[.)]\s+\S/u;

/**
 * `#### Resolved` beside `#### To Reply` / `#### To Resolve` / `#### WIP`: a column of a board of issues (how
 * each stands), not the meeting's decisions.
 */
function isStatusColumn(headings: readonly { depth: number; text: string }[], at: number): boolean {
  const h = headings[at];
  if (normalizeHeading(h.text) !== 'resolved') return false;
  const sibling = (k: number) =>
    headings[k].depth === h.depth && STATUS_COLUMN.test(normalizeHeading(headings[k].text));
  for (let k = at - 1; k >= 0 && headings[k].depth >= h.depth; k--) if (sibling(k)) return true;
  for (let k = at + 1; k < headings.length && headings[k].depth >= h.depth; k++) if (sibling(k)) return true;
  return false;
}
const STATUS_COLUMN =
  /^(?:to resolve|unresolved|to reply|todo|to do|wip|in progress|done|open|closed|pending|blocked)$/u;

/**
 * `## Approval process` (how many rounds, who approves what) beside the signatures under `## Approvals`: the
 * process is a topic, and the signatures are the Sign-off. Alone, the process heading is the Sign-off still (a
 * brief that keeps its signatures under it).
 */
function describesApproval(headings: readonly Heading[], at: number): boolean {
  if (!APPROVAL_PROCESS.test(headings[at].text)) return false;
  return headings.some((o, k) => k !== at && o.section?.id === 'sign-off' && !APPROVAL_PROCESS.test(o.text));
}
const APPROVAL_PROCESS = /\b(?:process|workflow|flow|proceso|flujo)\b|流程/iu;

/**
 * `### Outcomes` under `## Minute` in an agenda that keeps its minutes below (or after the agenda's topics): what the
 * meeting came to, written up afterwards, not what it is for (`Desired outcome`, `Expected outcome` still are).
 */
function isOutcomeOfNotes(
  headings: readonly { depth: number; text: string; section?: SectionDef }[],
  at: number,
): boolean {
  const h = headings[at];
  if (!OUTCOMES_HEADING.test(normalizeHeading(h.text))) return false;
  for (let k = at - 1; k >= 0; k--) {
    if (headings[k].section?.kind === 'topics') return true;
    if (headings[k].depth < h.depth && MINUTES_HEADING.test(normalizeHeading(headings[k].text))) return true;
  }
  return false;
}
const OUTCOMES_HEADING = /^(?:outcomes?|meeting outcomes?|key outcomes?|resultados?|成果|会议成果|结果)$/u;
const MINUTES_HEADING =
  /^(?:minutes?|meeting minutes|notes|meeting notes|minuta|minutas|acta|notas|notas de la reunion|会议纪要|纪要|会议记录|记录)$/u;

/**
 * Where the section of `headings[at]` ends: at the next heading of the same or a higher level, or, for an
 * actions section, at a sub-heading dating another meeting (`### Monday, January 23, 17:00 Eastern` under
 * `## Next steps:` in a pad that keeps several calls: its attendees and notes are not these actions).
 */
export function sectionEnd(headings: readonly { depth: number; text: string }[], at: number, actions: boolean): number {
  const h = headings[at];
  let k = at + 1;
  while (
    k < headings.length &&
    headings[k].depth > h.depth &&
    !(actions && (isMeetingHeading(headings[k].text) || isNotesHeading(headings[k].text)))
  )
    k++;
  return k;
}

/**
 * `### Other notes` under `## Tasks:` (`Meeting time: lasted 40 minutes`): the notes kept after the tasks, not more
 * of them.
 */
function isNotesHeading(text: string): boolean {
  return NOTES_HEADING.test(normalizeHeading(text));
}
const NOTES_HEADING =
  /^(?:(?:other|additional|extra|general|misc(?:ellaneous)?|meeting)[ \t]+notes|otras[ \t]+notas|notas[ \t]+adicionales|其他备注|其它备注|备注)[ \t]*[:：]?$/iu;

/**
 * A heading that dates a meeting with its time of day (`Monday, January 23, 17:00 Eastern`). Not a session's
 * date alone: a running log groups each session's actions under `### Session 3 · 2026-05-12` in its actions.
 */
export function isMeetingHeading(text: string): boolean {
  if (!text.includes(':') || !TIME_OF_DAY.test(text)) return false;
  // (Asked of every heading under an actions section on every edit: each text read once.)
  let dated = MEETING_HEADINGS.get(text);
  if (dated === undefined) {
    dated = findDates(text, { defaultYear: 2000, onlyFirst: true }).length > 0;
    if (MEETING_HEADINGS.size >= MEMO_ENTRIES) MEETING_HEADINGS.clear();
    MEETING_HEADINGS.set(detached(text), dated);
  }
  return dated;
}
const MEETING_HEADINGS = new Map<string, boolean>();
const TIME_OF_DAY = /(?<![\d:])\d{1,2}:\d{2}(?![\d:])/;

/**
 * Whether a body is written in Chinese: Han characters, at least one for every five words in Latin letters
 * (code, names and links aside, a Chinese text has far more).
 */
function chineseBody(sample: string): boolean {
  return hasHan(sample) && countHan(sample) * 5 >= countLatinWords(sample);
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

/**
 * An agenda written as its topics: three headings or more besides the title (and a first heading above it,
 * `## Agenda for 8 Dec` over `# Opening`, `# Points of action`, …) that name no section of the type
 * (`## Announcements`, `## Beta-nominations`, `## Nominated issues`) are its topics. Two (`## Logistics`,
 * `## Background`) may be what surrounds topics that are missing.
 */
export function topicsAsHeadings(doc: AgencyDocument): boolean {
  let topics = 0;
  const first = doc.headings[0];
  // Three top-level headings or more are no title and its parts: each is a topic (`Administrative work` then
  // `===`, `Triage blocker issues` then `===`).
  let topLevel = 0;
  for (const h of doc.headings) if (h.depth === 1 && !h.section) topLevel++;
  for (const h of doc.headings)
    if (
      !h.section &&
      (topLevel >= 3 || (h !== doc.title && h !== first && (h.depth >= 2 || first !== doc.title))) &&
      ++topics >= 3
    )
      return true;
  return false;
}

/**
 * An agenda written as one list and nothing else to head it (no heading but maybe its title, or the meeting's date
 * alone: `#### 9th October 2017`): the list is its topics.
 */
export function topicsAsOnlyList(doc: AgencyDocument): boolean {
  return (
    doc.headings.every((h) => h === doc.title || DATE_ALONE.test(h.text.replace(/[*_]/gu, '').trim())) &&
    doc.nodes.some((p) => p.node.type === 'list')
  );
}
/**
 * A heading that is a date and nothing else (`9th October 2017`, `October 9, 2017`, `12 de marzo de 2027`, `2017-10-09`,
 * `2017年10月9日`).
 */
const DATE_ALONE =
  /^(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}+,?[ \t]+\d{4}|\d{1,2}[ \t]+de[ \t]+\p{L}+[ \t]+(?:de[ \t]+)?\d{4}|\p{L}+[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)$/u;

/** The required sections of the document's type that have no heading. */
export function missingSections(doc: AgencyDocument): SectionDef[] {
  if (!doc.type) return [];
  const present = new Set(doc.sections.map((s) => s.def));
  // A heading that lists its parts (`## Short Version / Decisions / Action Items`) has each of them.
  for (const h of sectionedHeadings(doc))
    if (h.section && /[/|｜·&和及与]|\s(?:and|y|e)\s/iu.test(h.text))
      for (const d of sectionTable(doc.type).table.matchAll(h.text)) present.add(d);
  return doc.type.sections.filter((d) => !d.optional && !present.has(d));
}

/**
 * The headings that name a section (foreign words and reviews of actions among them), in order: the model knows
 * their places (an edit takes them over from the last version), so a long log's thousands of other headings are
 * not walked for them.
 */
export function sectionedHeadings(doc: AgencyDocument): readonly Heading[] {
  const known = HEADINGS_KNOWN.get(doc);
  if (!known) return doc.headings.filter((h) => h.section);
  return known.sectioned.map((n) => doc.headings[n]);
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
      if (doc.lines.lineText(l).trim() !== '') return [doc.lines.lineStart(l), doc.lines.lineEnd(l)];
    }
  }
  return [0, doc.lines.lineEnd(0)];
}
