/**
 * Which document type a Markdown file is, if any (docs/types.md, "How the
 * type is found"). `type:` in the front matter and a file name like
 * `acme.brief.md` decide alone. Otherwise the title proposes a type and the
 * signs of an agency document add points (catalog/detection.ts): a title
 * that only an agency writes types the document by itself; an everyday one
 * (`# Agenda`, `# Meeting minutes`, `# Acta de reunión`) needs agency fields
 * (in the front matter, or a `Client:` line atop the body), an agency
 * workspace or the type's own sections besides. Anything else is ordinary
 * Markdown and gets no finding at all.
 */
import type { DocumentTypeDef } from './catalog/schema';
import { LANGS } from './catalog/schema';
import { DOCUMENT_TYPES } from './catalog/documentTypes';
import {
  AGENCY_BODY_FIELDS,
  AGENCY_FIELDS,
  AI_INSTRUCTION_FILE,
  AI_INSTRUCTION_FOLDERS,
  BODY_FIELD_LINES,
  EVERYDAY_SECTIONS,
  EVERYDAY_TITLES,
  GENERIC_FRONT_MATTER_KEYS,
  LOOSE_TITLES,
  OTHER_TRADES,
  SOFTWARE_TITLE_WORDS,
  TYPED_AT,
  HEADER_FIELDS,
  TYPE_POINTS,
} from './catalog/detection';
import { fieldIdForKey, type FieldEntry, type FrontMatter } from './frontmatter';
import { NameTable, headingCandidates, matchHeading, normalizeHeading, sectionTable } from './headings';
import { detached, editDistance, fold, hasHan, isPlaceholder, MEMO_ENTRIES, type TextSource } from './text';

/** How the type was found. */
export type TypeSource = 'frontmatter' | 'filename' | 'title';

const TYPE_NAMES = new NameTable<DocumentTypeDef>();
for (const t of DOCUMENT_TYPES) {
  TYPE_NAMES.add(t.id, t);
  for (const l of LANGS) TYPE_NAMES.add(t.names[l], t);
  for (const a of t.aliases) TYPE_NAMES.add(a, t);
}

/** The type a `type:` value or an id names (case, accents and spacing ignored). */
export function typeByName(name: string): DocumentTypeDef | undefined {
  return TYPE_NAMES.get(normalizeHeading(name)) ?? TYPE_NAMES.get(normalizeHeading(name.replace(/[-_]+/g, ' ')));
}

/**
 * The type a file name declares: `acme-q3.brief.md`, the id written as the id is (lower case). The last part of a
 * dotted date or version is no name before it: `2022.05.11.Minutes.md`, `v1.2.memo.md` are named by their date or
 * version, as other tools name their notes, not by our convention.
 */
export function typeFromFileName(path: string): DocumentTypeDef | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const m = /^([\s\S]+)\.([a-z-]+)\.(?:md|markdown)$/i.exec(base);
  if (!m || m[2] !== m[2].toLowerCase() || /(?:^|\.)v?\d+$/i.test(m[1])) return undefined;
  const id = m[2];
  return DOCUMENT_TYPES.find((t) => t.id === id);
}

const TEMPLATE_FILE = /(?:^|[\\/._-])(?:template|plantilla|模板|tmpl)\.(?:md|markdown)$/i;
/** Folders of blank forms (`templates/launch-brief.md`, `plantillas/acta.md`), the file's folder or the one above it. */
const TEMPLATE_FOLDERS: ReadonlySet<string> = new Set([
  'templates',
  'template',
  '_templates',
  'plantillas',
  'plantilla',
  '模板',
  '模版',
]);
/**
 * A project's own pages (`README.md`, `CHANGELOG.md`, `README.es.md`): they tell about a repository, a folder or an
 * app (`# Job Card for Vehicle Service` atop a garage app's README), never one of its documents.
 */
const PROJECT_PAGE_FILE =
  /(?:^|[\\/])(?:readme|changelog|changes|history|contributing|code_of_conduct|security|license|authors|support|governance|maintainers)(?:\.[a-z]{2}(?:[-_][a-z]{2,4})?)?\.(?:md|markdown)$/i;
/** A step of a procedure (`# Step 4: Differentiation Strategy`, `# Paso 2: …`, `# 第三步：…`), not a document. */
const STEP_TITLE = /^\s*(?:step|paso)\s*\d{1,2}\b|^\s*第[一二三四五六七八九十\d]{1,3}步/iu;
/**
 * A title saying the page is about the type, not one of its documents: a blank form or a guide to writing
 * one (`# Creative Brief Template`, `# Creative Brief Canvas`, `# Plantilla de brief creativo`, `# 创意简报模板`); not a
 * word a campaign may be about (`guide`, `samples`).
 */
const ABOUT_THE_TYPE_TITLE =
  /(?<![\p{L}\p{N}])(?:templates?|canvas|cheat ?sheet|checklist|how to write|tutorial|examples?|plantillas?|ejemplos?|c[oó]mo escribir)(?![\p{L}\p{N}])|模板|范本|范例|样例|示例|写作指南/iu;

/** A path's file name and the two folders above it, lower-cased: where a file's place says what it is. */
function fileAndFolders(path: string, depth = 2): { name: string; folders: string[] } {
  const parts = path.toLowerCase().split(/[\\/]/);
  const name = parts.pop() ?? '';
  return { name, folders: parts.slice(-depth) };
}

/**
 * True when the file is a blank form by its folder (TEMPLATE_FOLDERS), up to three folders above it: a kit of
 * forms keeps them by stage (`templates/production-template/01-preproduccion/brief.md`).
 */
function templatesPath(path: string): boolean {
  return fileAndFolders(path, 3).folders.some((p) => TEMPLATE_FOLDERS.has(p));
}

/** True when the file sits where an AI assistant's instructions live (catalog/detection.ts): its file name and two folders above. */
function aiInstructionsPath(path: string): boolean {
  const { name, folders } = fileAndFolders(path);
  return AI_INSTRUCTION_FILE.test(name) || folders.some((p) => AI_INSTRUCTION_FOLDERS.includes(p));
}

/**
 * Whether the text opens by telling an AI assistant who it is (`You are an expert content writer producing …`,
 * `Eres un redactor …`, `你是一名…`): a prompt, whatever brief it carries, no document.
 */
function tellsAnAssistant(body: TextSource): boolean {
  return ASSISTANT_OPENING.test(body.slice(0, Math.min(body.length, 400)).trimStart());
}
const ASSISTANT_OPENING =
  /^(?:\*\*|__)?(?:you[ \t]+are[ \t]+(?:a|an)[ \t]|eres[ \t]+(?:un|una)[ \t]|你是(?:一[名个位])?)/iu;

/**
 * `# Full UX & Correctness Audit Brief`, `# Estrategia SEO inicial`: the word before the name ending the title, or
 * after the name leading it, makes it another trade's document.
 */
function anotherTrades(whole: string, name: string, type: DocumentTypeDef, leads: boolean): boolean {
  const word = leads
    ? /^\s*(?:(?:de|del|de la)\s+)?([\p{L}]+)/u.exec(whole.slice(name.length))?.[1]
    : // (Past an abbreviation in brackets: `Go-to-Market (GTM) Strategy`, and past `brand`: `Personal Brand Strategy`.)
      /([\p{L}]+)\s*(?:(?:brand|marca)\s+)?(?:\([\p{L}\s]{1,12}\)\s*)?$/u.exec(
        whole.slice(0, whole.length - name.length),
      )?.[1];
  return (
    word !== undefined && ((OTHER_TRADE_WORDS.get(type.id)?.has(word) ?? false) || (leads && SOFTWARE_WORDS.has(word)))
  );
}
const SOFTWARE_WORDS = new Set(SOFTWARE_TITLE_WORDS.map((w) => normalizeHeading(w)));
const OTHER_TRADE_WORDS = new Map(
  Object.entries(OTHER_TRADES).map(([id, words]) => [id, new Set(words.map((w) => normalizeHeading(w)))]),
);

/** A name a title may use, normalized, with how much it says on its own. */
interface TitleName {
  readonly text: string;
  readonly type: DocumentTypeDef;
  readonly everyday: boolean;
  readonly oneWord: boolean;
  /** One of LOOSE_TITLES: the workspace alone does not make it the type's. */
  readonly loose: boolean;
  /** Written in Han characters (hasHan), known once. */
  readonly han: boolean;
}

const TITLE_NAMES: TitleName[] = (() => {
  const seen = new Set<string>();
  const out: TitleName[] = [];
  for (const t of DOCUMENT_TYPES) {
    const everyday = new Set(EVERYDAY_TITLES[t.id].map((n) => normalizeHeading(n)));
    const loose = new Set((LOOSE_TITLES[t.id] ?? []).map((n) => normalizeHeading(n)));
    const names = [t.id.replace(/-/g, ' '), ...LANGS.map((l) => t.names[l]), ...t.aliases, ...EVERYDAY_TITLES[t.id]];
    for (const n of names) {
      const text = normalizeHeading(n);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const oneWord = !hasHan(text) && !text.includes(' ');
      out.push({
        text,
        type: t,
        everyday: everyday.has(text) || oneWord,
        oneWord,
        loose: loose.has(text),
        han: hasHan(text),
      });
    }
  }
  // Longest first: `brief creativo` before `brief`, `meeting minutes` before `minutes`.
  return out.sort((a, b) => b.text.length - a.text.length);
})();

/** True when `name` sits in `title` at `at` as whole words (Han names need no spaces around them). */
function standsAlone(title: string, at: number, name: string): boolean {
  if (hasHan(name)) return true;
  const before = at === 0 ? '' : title[at - 1];
  const after = title[at + name.length] ?? '';
  const letter = /[\p{L}\p{N}]/u;
  return !letter.test(before) && !letter.test(after);
}

/** Whether `name` is in `title` only joined to another word by a hyphen without spaces (`debug-job`). */
function inCompound(title: string, name: string): boolean {
  let seen = false;
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    if (!standsAlone(title, at, name)) continue;
    seen = true;
    const joinedBefore = at >= 2 && title[at - 1] === '-' && /\p{L}/u.test(title[at - 2]);
    const end = at + name.length;
    const joinedAfter = title[end] === '-' && /\p{L}/u.test(title[end + 1] ?? '');
    if (!joinedBefore && !joinedAfter) return false;
  }
  return seen;
}

/** What a title says about the type: the type it names and the points that is worth. */
export interface TitleSign {
  readonly type: DocumentTypeDef;
  readonly points: number;
  readonly loose?: boolean;
}

/** What a title says about the type: the type it names and the points that is worth. */
export function titleSign(title: string): TitleSign | undefined {
  // Read twice per document (detectType), and titles repeat across a workspace (`# Weekly status`): once each.
  let sign = TITLE_SIGNS.get(title);
  if (sign === undefined) {
    sign = titleSignUncached(title) ?? null;
    if (TITLE_SIGNS.size >= MEMO_ENTRIES) TITLE_SIGNS.clear();
    TITLE_SIGNS.set(detached(title), sign);
  }
  return sign ?? undefined;
}
const TITLE_SIGNS = new Map<string, TitleSign | null>();

function titleSignUncached(title: string): TitleSign | undefined {
  const whole = normalizeHeading(title);
  if (!whole) return undefined;
  const pieces = new Set(headingCandidates(title));
  // The first part of a title, before a bracket or a space: `项目周报` in `# 项目周报（第49周）`.
  const lead = whole.split(/\s*[(（【[]|\s+/u)[0];
  let best: TitleSign | undefined;
  for (const n of TITLE_NAMES) {
    let points = 0;
    if (whole === n.text)
      points = !n.everyday ? TYPE_POINTS.specificTitle : n.oneWord ? TYPE_POINTS.bareTitle : TYPE_POINTS.everydayTitle;
    else {
      // The name leads or ends the title, or is one of its parts (`Acme – Creative brief – 20 Nov`).
      const leads = whole.startsWith(n.text) && standsAlone(whole, 0, n.text);
      const ends = whole.endsWith(n.text) && standsAlone(whole, whole.length - n.text.length, n.text);
      // `# Debug-Job`, `# Get-Job`: a word joined to another by a hyphen is a compound (a command's name), not the type's.
      if (!n.han && inCompound(whole, n.text)) continue;
      if (
        (ends && anotherTrades(whole, n.text, n.type, false)) ||
        (leads && anotherTrades(whole, n.text, n.type, true))
      )
        continue;
      if (leads || pieces.has(n.text))
        points = !n.everyday
          ? TYPE_POINTS.specificTitle
          : leads && qualifiedAfter(whole, n)
            ? TYPE_POINTS.bareTitle
            : TYPE_POINTS.everydayTitle;
      // One everyday word only closing the title (`# Acme Strategy`, `# Landing Page Brief`) is any trade's word
      // for a plan or a summary: it counts as the bare word does, and the document needs more to be typed.
      // (An everyday phrase, `# Brightwell meeting agenda`, still says more.)
      else if (ends)
        points = !n.everyday
          ? TYPE_POINTS.specificTitle
          : n.oneWord
            ? TYPE_POINTS.bareTitle
            : TYPE_POINTS.everydayTitle;
      // A Chinese name ending that first part (`# 项目周报（第49周）`, `# 月度进度报告 2026年11月`) counts as an everyday
      // phrase, whatever the name: the document is typed only with another sign.
      else if (n.han && lead !== whole && lead.endsWith(n.text)) points = TYPE_POINTS.everydayTitle;
      // A name of more than one word closing one part of the title, after the client's (`# Acme Contact report – 20
      // Nov`, `# Brightwell Foods Weekly status report, w/c 30 Nov`, `# 华悦乳业 工作进度报告（第 49 周）`): as it closes a
      // whole title. (A plan's one word, `# Brand & Marketing Strategy - …`, is any trade's: it says nothing there.)
      else if (!n.oneWord) {
        const part = [...pieces].find(
          (p) =>
            p !== whole &&
            p.length > n.text.length &&
            p.endsWith(n.text) &&
            standsAlone(p, p.length - n.text.length, n.text) &&
            !anotherTrades(p, n.text, n.type, false),
        );
        if (part) points = n.everyday ? TYPE_POINTS.everydayTitle : TYPE_POINTS.specificTitle;
      }
    }
    if (points > (best?.points ?? 0)) best = { type: n.type, points, loose: n.loose };
    if (best?.points === TYPE_POINTS.specificTitle) break;
  }
  return best;
}

/**
 * `# Estrategia de contenido: …`, `# Estrategia integral de …`, `# Propuesta de proyecto`: one everyday word leading
 * the title, then the words that say what it is about, is the Spanish for an English title it closes (`Content
 * strategy`, `Project proposal`): any trade's plan, worth what that is. Not for a meeting's notes: `Acta de la
 * junta`, `Minutes of the weekly call` name the meeting. A separator or a date after the word (`# Estrategia –
 * Acme 2027`, `# Brief: spring`) still counts as more; the type's own phrases (`Estrategia de comunicación`,
 * `Brief de campaña`) are names of their own and count as they are.
 */
function qualifiedAfter(whole: string, n: TitleName): boolean {
  return n.oneWord && !MEETING_NOTES.has(n.type.id) && /^\s+\p{L}/u.test(whole.slice(n.text.length));
}
const MEETING_NOTES: ReadonlySet<string> = new Set(['minutes', 'agenda']);

/** The type a title names, whatever it is worth (for listings and tests). */
export function typeFromTitle(text: string): DocumentTypeDef | undefined {
  return titleSign(text)?.type;
}

/**
 * The type a `type:` value nearly names (`breif`, `minuets`, `acta`): one
 * edit from a name for short values, two for longer ones, or a title word of
 * the type. Values far from every name belong to other tools.
 */
export function suggestType(value: string): string | undefined {
  const v = normalizeHeading(value.replace(/[-_]+/g, ' '));
  if (v.length < 3) return undefined;
  const limit = v.length <= 5 ? 1 : 2;
  let best: { id: string; d: number } | undefined;
  for (const n of TITLE_NAMES) {
    const d = editDistance(v, fold(n.text));
    if (d <= limit && (!best || d < best.d)) best = { id: n.type.id, d };
  }
  return best?.id;
}

/**
 * Whether a heading is one type detection reads (TypeSigns.headings): the parts of a document are at the levels
 * below its title, not five levels down (`##### Marca y reputación` deep in a course's notes titled `# Estrategia`).
 */
export function typeTelling(h: { readonly depth: number }): boolean {
  return h.depth <= 4;
}

/** What type detection reads of a document. */
export interface TypeSigns {
  readonly path: string;
  readonly frontMatter?: FrontMatter;
  /** The first level-1 heading's text. */
  readonly title?: string;
  /** Every heading's text except the title's, of the levels it reads (typeTelling). */
  readonly headings: readonly string[];
  /** The folder has a `.agency-docs.json`. */
  readonly agencyWorkspace?: boolean;
  /** The text after the front matter (only its first lines are read, for `Client:` lines). */
  readonly body?: TextSource;
  /** The workspace's `type:` values are another tool's vocabulary (TypeVocabulary): a `type:` alone types nothing. */
  readonly othersTypeVocabulary?: boolean;
}

export interface TypeDecision {
  readonly type?: DocumentTypeDef;
  readonly source?: TypeSource;
  /** A `type:` value that nearly names a type, in a document that looks like an agency document. */
  readonly nearMiss?: { readonly field: FieldEntry; readonly suggestion: string };
  /** The title names a type (else it may itself be a section heading, as in `# Action items`). */
  readonly titleNamesType?: boolean;
  /**
   * Typed by a `type:` naming one of ours and by nothing else that says "agency" (no agency field, title or
   * workspace): in a workspace whose `type:` values are another tool's, it is that tool's page.
   */
  readonly declaredOnly?: boolean;
}

/** Distinct sections of `type` among the headings (`telling`: only those that say "agency"). */
function sectionsNamed(type: DocumentTypeDef, headings: readonly string[], telling = false): number {
  const table = sectionTable(type);
  const found = new Set<string>();
  for (const h of headings) {
    const m = matchHeading(table, h);
    if (m && !(telling && EVERYDAY_SECTIONS[type.id]?.includes(m.section.id))) found.add(m.section.id);
  }
  return found.size;
}

/** An emoji before a key (`**📅 Fecha:**`, `👥 **Asistentes:**`), with its modifiers and joiners. */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]*[ \t]*)?`;
/**
 * A `Key: value` line or a two-cell table row: `**Client:** Acme`, `- Cliente: Altamira`, `*Fecha:* 2/4/2025`,
 * `### Meeting Date/Time: Thursday …`, `2. **参会人员**：…`, `| 客户 | 青禾 |`, `week_of: 2026-07-15` (a key in snake case),
 * `**📅 Fecha:** 15/08/2026` (an emoji before the key).
 */
// Each optional piece takes the spaces after it: spaces that two `\s*` could share make a padded line cubic.
const KEY_LINE = new RegExp(
  String.raw`^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|:\s+(?=\S))?${EMOJI}(?:\*\*|__|\*|_)?${EMOJI}([\p{L}][\p{L}\p{M} ./&#_]{0,38}?)\s*(?:[(（][^()（）\n]{0,30}[)）]\s*)?(?:(?:\*\*|__|\*|_)\s*)?[:：]\s*(?:(?:\*\*|__|\*|_)\s*)?\S`,
  'u',
);
/** `**时间**  2024.05.08`, `**参与人员**  李斯嘉、王明`: a bold key with no colon, its value after it. */
const BOLD_KEY_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([\p{L}][\p{L}\p{M} ./&#_]{0,28}?)(?:\*\*|__)[ \t]+\S/u;
/** `會議時間<TAB>105年11月16日`: a Chinese key, a tab, then its value (a form pasted from a table). */
const TAB_KEY_LINE = /^[ \t]*(\p{Script=Han}{2,8})\t+[ \t]*\S/u;
/**
 * A two-cell row `| Client | Acme |`: its key cell, then (see {@link keyRow}) one value cell, the row closed or not.
 * Matched in two steps: the key cell ends at the row's second pipe whatever the spaces, so the value is tested once
 * (in one pattern, every way of sharing a padded key cell's spaces re-scanned a 13,000-character row).
 */
const KEY_ROW_KEY = /^\s*\|\s*(?:\*\*|__)?([\p{L}][\p{L}\p{M} .#/&]{0,28}?)\s*(?:[:：]\s*)?(?:(?:\*\*|__)\s*)?\|/u;
const KEY_ROW_VALUE = /^\s*[^|\s-][^|]*(?:\|\s*)?$/u;
function keyRow(line: string): RegExpExecArray | null {
  const m = KEY_ROW_KEY.exec(line);
  return m && KEY_ROW_VALUE.test(line.slice(m[0].length)) ? m : null;
}
const FENCE_LINE = /^\s*(?:```|~~~)/;
/** The line of `text` starting at `from`. */
function lineAt(text: TextSource, from: number): string {
  const nl = text.indexOf('\n', from);
  return text.slice(from, nl < 0 ? text.length : nl);
}
/** A table's row, and the rule under its header (`|---|:---|`). */
const TABLE_ROW = /^\s*\|/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}[\s|:-]*$/;
/** Whether a table's second cell is itself a key (`Hora`, `Time`, `Client`), so the row is a header. */
function headerCell(cell: string): boolean {
  return cell !== '' && (WHEN_KEY.test(cell) || PLACE_OR_TIME.test(cell) || fieldIdForKey(cell) !== undefined);
}

/** A span of the body, from..to in its offsets. */
export type BodySpan = readonly [number, number];

/**
 * The `Key: value` lines near the top of the body (`**Client:** Acme`, `**Present:** Ana, Ben`,
 * `参会人员：赵敏、孙浩`, `| Cliente | Altamira |`), outside code, in the first BODY_FIELD_LINES lines: each
 * field id a key names, with the value's text; stops when `visit` returns true.
 */
function visitBodyFields(
  body: TextSource,
  visit: (id: string, value: string, line: { start: number; text: string }) => boolean | undefined,
  lines = BODY_FIELD_LINES,
  idsOf: (key: string) => readonly string[] = keyFieldIds,
  /** Spans of the body (its offsets) whose lines give no field: a sign-off's `Client: Ann Lee, 2026-12-01`. */
  skipped: readonly BodySpan[] = [],
  /** Stop at the body's first heading below the title (`##` to `######`): only the header above it is read. */
  headerOnly = false,
): void {
  let inFence = false;
  let inComment = false;
  let from = 0;
  /** The line before (a table's row above makes a row no header). */
  let last = '';
  for (let n = 0; n < lines && from <= body.length; n++) {
    const nl = body.indexOf('\n', from);
    const start = from;
    const line = body.slice(from, nl < 0 ? body.length : nl);
    from = nl < 0 ? body.length + 1 : nl + 1;
    const previous = last;
    last = line;
    // An HTML comment (`<!-- How to join … -->` atop an agenda) gives no field, and its lines are not counted.
    if (inComment || (!inFence && /^\s*<!--/.test(line))) {
      const close = line.indexOf('-->', inComment ? 0 : line.indexOf('<!--') + 4);
      inComment = close < 0;
      n--;
      continue;
    }
    if (FENCE_LINE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || skipped.some(([a, b]) => start >= a && start < b)) continue;
    if (headerOnly && SECTION_HEADING_LINE.test(line)) return;
    const key = KEY_LINE.exec(line) ?? BOLD_KEY_LINE.exec(line) ?? TAB_KEY_LINE.exec(line);
    const m = key ?? keyRow(line);
    if (!m) continue;
    // `| Fecha | Hora |`: a table's header, its second cell another key, gives no value (its row may be empty).
    // (A row further down the table is a key and its value, that value a key's word or not: `| Distribution |
    // attendees |` under the rows before it.)
    if (
      !key &&
      headerCell((line.split('|')[2] ?? '').replace(/[*_`:：]/g, '').trim()) &&
      !(TABLE_ROW.test(previous) && !TABLE_RULE.test(lineAt(body, from)))
    )
      continue;
    // The value: after the key's colon (the match ends on its first character), or the row's second cell.
    const value = key ? line.slice(m[0].length - 1) : (line.split('|')[2] ?? '');
    for (const id of idsOf(m[1].replace(/\.$/, ''))) if (visit(id, value, { start, text: line })) return;
  }
}

/** The fields the lines near the top of the body give a value (see {@link visitBodyFields}). */
export function bodyFieldIds(
  body: TextSource,
  lines = BODY_FIELD_LINES,
  filledOnly = false,
  skipped: readonly BodySpan[] = [],
): Set<string> {
  const ids = new Set<string>();
  visitBodyFields(
    body,
    (id, value) => {
      // With filledOnly (missing-field), a value left as another template's blank (`{{DATE}}`, `TBD`) is none.
      // A real date in brackets (`[16/02/2026]`) is a value; `[DD/MM/AAAA]` is not.
      const v = value.replace(/[*_`]/g, '').trim().replace(BRACKETED_DAY, '$1');
      // Ours too, in another template's brackets: `[YYYY-MM-DD]`; a form's line to write on, `__/__/____`.
      const blank =
        isPlaceholder(v) ||
        isPlaceholder(value) ||
        /^\[?(?:YYYY-MM-DD|<[^<>\n]+>)\]?$/i.test(v) ||
        // Blanks only, run together: `{{CONTACT_NAME}}, {{TITLE}} — {{CLIENT_COMPANY}}`.
        v.replace(TEMPLATE_BLANKS, '').replace(/[\s,;:·—–\-/|()（），；：]+/gu, '') === '';
      if (!filledOnly || !blank) ids.add(id);
      return false;
    },
    lines,
    keyFieldIds,
    skipped,
  );
  return ids;
}

/** A day written in digits in square brackets, as a form's filled-in blank: `[16/02/2026]`, `[2026-02-16]`. */
const BRACKETED_DAY = /^\[\s*(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\s*\]$/;

/**
 * How many lines of the body are read for the fields a document writes there instead of in its front matter
 * (missing-field, and the dates the timing rules compare): further down than type detection reads, as a brief
 * pasted under the client's e-mail gives its fields after it.
 */
export const FIELD_BODY_LINES = 80;

/** Another template's blanks in a value: `{{NAME}}`, `{name}`, `[Name]`, `<name>`. */
const TEMPLATE_BLANKS = /\{\{[^{}\n]*\}\}|\{[^{}\n]*\}|\[[^[\]\n]*\]|<[^<>\n]+>/g;

/**
 * The first line atop the body that gives the field `id` (`**Issued:** 3 Dec 2026, 17:30`): its value without
 * emphasis (`3 Dec 2026, 17:30`) and the line's span from its first character to its last (offsets in `body`).
 */
export function bodyFieldLine(
  body: TextSource,
  id: string,
  lines = BODY_FIELD_LINES,
  skipped: readonly BodySpan[] = [],
): { value: string; start: number; end: number } | undefined {
  let found: { value: string; start: number; end: number } | undefined;
  visitBodyFields(
    body,
    (field, v, line) => {
      if (field !== id) return false;
      const lead = line.text.length - line.text.trimStart().length;
      found = {
        value: v.replace(/[*_`]+/g, '').trim(),
        start: line.start + lead,
        end: line.start + line.text.trimEnd().length,
      };
      return true;
    },
    lines,
    keyFieldIds,
    skipped,
  );
  return found;
}

/**
 * A label that says when without naming a field: `**Time:** 2020.9.30 15:00`, `时间：`, `**時間**:`, `Hora:`,
 * `When:`. Atop minutes, its date is the meeting's.
 */
export const WHEN_KEY =
  /^(?:time|when|date ?time|hora|cu[aá]ndo|d[ií]a y hora|时间|時間|日期时间|日期時間|会议日期时间)$/iu;
const whenOrField = (key: string): readonly string[] => (WHEN_KEY.test(key.trim()) ? ['when'] : keyFieldIds(key));

/**
 * The value of the first `Date:` / `Meeting date:` / `Fecha:` / `日期：` line atop the body, as written; else of
 * the first `Time:` / `时间：` line with a digit in it (`**Time:** 2020.9.30 15:00`).
 */
export function bodyDateValue(body: TextSource): string | undefined {
  let value: string | undefined;
  let when: string | undefined;
  visitBodyFields(
    body,
    (id, v) => {
      if (id === 'date' || id === 'meeting') value = v;
      else if (id === 'when' && when === undefined && /\d/.test(v)) when = v;
      return value !== undefined;
    },
    BODY_FIELD_LINES,
    whenOrField,
  );
  return value ?? when;
}

/** The value of the first `Time:` / `When:` / `时间：` / `Hora:` line atop the body with a digit in it, as written. */
export function bodyWhenValue(body: TextSource, lines = BODY_FIELD_LINES): string | undefined {
  let when: string | undefined;
  visitBodyFields(
    body,
    (id, v) => {
      if (id === 'when' && /\d/.test(v)) when = v;
      return when !== undefined;
    },
    lines,
    whenOrField,
  );
  return when;
}

/** Words for a place or a time that go with a date in one key (`Ciudad y fecha`, `Date and time`). */
const PLACE_OR_TIME = /^(?:ciudad|city|town|place|lugar|hora|time|hour)$/iu;

/** The sponsor, said with the client in one key (`Client / Sponsor`, `Cliente / Patrocinador`). */
// (`Entidad Colaboradora / Cliente:`: the organisation a student project works with, named as its client.)
const SPONSOR =
  /^(?:sponsor|patrocinador|赞助方|赞助商|partner organi[sz]ation|collaborating organi[sz]ation|entidad colaboradora|organizaci[oó]n colaboradora|entidad socia|合作单位|合作方)$/iu;

/**
 * The field a key names: whole, or a date written with its time (`Meeting Date/Time` → meeting, `Date &
 * Time` → date). Only dates: `Job/Queue management:` in a README names no job.
 */
function keyFieldIds(key: string): string[] {
  // `Participants 与会人：`, `Date日期：`: a key written in two languages names its field by its Chinese.
  const han = /^[A-Za-z][A-Za-z ]*?\s*(\p{Script=Han}+)$/u.exec(key);
  const whole = fieldIdForKey(key) ?? (han ? fieldIdForKey(han[1]) : undefined);
  if (whole) return [whole];
  // `时间地点：2026-3-4 周三 三楼`: the day and the place under one Chinese key.
  if (
    /^(?:时间|時間|日期)[、/及和与與]?(?:地点|地點)$|^(?:地点|地點)[、/及和与與]?(?:时间|時間|日期)$/u.test(key.trim())
  )
    return ['date', 'location'];
  // `**CIUDAD Y FECHA:** Barranquilla - 14/05/2020`, `Place and date:`: the date, with the place before it;
  // `## Date, Time and Location`: the date, with its time and its place.
  const joined = key.split(/,[ \t]*(?:(?:y|and|e|und)[ \t]+)?|[ \t]+(?:y|and|e|und)[ \t]+/iu);
  if (joined.length === 2 || joined.length === 3) {
    const ids = joined.map((p) => fieldIdForKey(p));
    const date = ids.find((i) => i === 'date' || i === 'meeting');
    if (date && joined.every((p, i) => ids[i] === date || ids[i] === 'location' || PLACE_OR_TIME.test(p.trim())))
      return ids.filter((i): i is string => i === date || i === 'location');
  }
  if (!/[/&]/.test(key)) return [];
  const [first, ...rest] = key.split(/[/&]/).map((p) => p.trim());
  const id = first ? fieldIdForKey(first) : undefined;
  if ((id === 'date' || id === 'meeting') && rest.every((p) => /^(?:time|hora|时间)$/iu.test(p))) return [id];
  // `| **Brand / Client** | The Grateful Team |`: one value for both fields; `Client / Sponsor:`, the client
  // under the name a project course gives it too.
  const ids = [first, ...rest].map((p) => (p && SPONSOR.test(p) ? 'sponsor' : p ? fieldIdForKey(p) : undefined));
  if (!ids.every((i) => i === 'client' || i === 'brand' || i === 'sponsor')) return [];
  if (ids.includes('sponsor') && !ids.includes('client')) return [];
  return (ids as string[]).filter((i) => i !== 'sponsor');
}

/**
 * The list fields (attendees, distribution) given as a heading with names under it (`## Attendees` /
 * `- Ana Ruiz`, `## 👥 Attended by:`, `## Attendance (please add yourself)`, `## 参会人员`), anywhere in the
 * document, or as a bold label alone on its line near the top; likewise a heading named as another field over
 * its value (`### Budget` / `EUR 40,000`): for missing-field only; type detection does not read headings as fields.
 */
export function headingFieldIds(text: TextSource, headings: readonly { text: string; end: number }[]): Set<string> {
  const ids = new Set<string>();
  // A bold label alone on its line near the top (`**Attendance (please add yourself):**`, `- **PARTICIPANTES**`)
  // heads a list too.
  const labels: { text: string; end: number; item?: boolean }[] = [];
  for (let n = 0, from = 0; n < BODY_FIELD_LINES * 2 && from < text.length; n++) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const m = /^[ \t]*([-*+][ \t]+)?(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?\r?$/u.exec(
      text.slice(from, end),
    );
    if (m) labels.push({ text: m[2], end, item: !!m[1] });
    from = end + 1;
  }
  for (const h of [...headings, ...labels]) {
    const key = h.text
      .replace(/^[^\p{L}]+/u, '')
      .replace(DAY_BEFORE_KEY, '')
      .replace(/[(（].*$/u, '')
      .replace(/[:：]\s*$/u, '')
      .trim();
    // (As a key names them: `## Date, Time and Location` over the prose that says when the meeting took place.)
    for (const id of key.length <= 40 ? keyFieldIds(key) : []) {
      // A list item so labelled heads the names of a list field only (`- **Attendees**`; `* **Deadline:**` is a blank).
      if ('item' in h && h.item && id !== 'attendees' && id !== 'distribution') continue;
      // The first line with text after the heading says who (a list item, or a line that is no heading), or,
      // under `### Budget` / `## Deadline`, the value, which must not be a blank (`TBD`).
      const next = /\n[ \t]*(\S[^\n]*)/.exec(text.slice(h.end, h.end + 2000));
      if (!next || /^#/.test(next[1])) continue;
      const value = next[1].replace(/^(?:[-*+]|\d{1,3}[.)])[ \t]+/, '').replace(/[*_`]/g, '');
      // `### **Cliente:**` over `[Tu nombre/empresa]`: another template's blank in brackets, where the name goes.
      if (BRACKETED_BLANK.test(value.trim())) continue;
      if (id === 'attendees' || id === 'distribution' || !isPlaceholder(value)) ids.add(id);
    }
  }
  return ids;
}

/**
 * The meeting's day before the key, in words (`### September 19th, meeting Attendees`, `## 3 de mayo: Asistentes`,
 * whose leading digits are already gone when this is read).
 */
const DAY_BEFORE_KEY =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|(?:\d{1,2}[ \t]+)?de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre))(?:,?[ \t]+(?:de[ \t]+)?\d{4})?[ \t]*[,，:：–—-][ \t]*(?=\p{L})/iu;

/** A blank in brackets asking for a name (`[Tu nombre/empresa]`, `[Client name]`, `[客户名称]`), and nothing else. */
const BRACKETED_BLANK =
  /^\[[^[\]\n]{0,30}(?:name|nombre|empresa|company|client|cliente|brand|marca|your|tu|客户|名称|公司|品牌)[^[\]\n]{0,30}\](?!\()$/iu;

/** True when a line near the top of the body names an agency field with a value (catalog/detection.ts). */
export function bodyHasAgencyField(body: TextSource): boolean {
  let found = false;
  let portfolio = false;
  // Atop the body only, before its first section: a label further down is one part's (`## 2. Roles` over
  // `- **Client:** who approves posts`, a kickoff agenda's blank form; a README's `- **Client:** React SPA`).
  visitBodyFields(
    body,
    (id, value, line) => {
      if (id === PORTFOLIO) {
        portfolio = true;
        return true;
      }
      const v = value.replace(/[*_`]/g, '').trim();
      // `- Job: \`ubuntu-latest\``: code, a CI job, no agency's. `**Client:** none`, `Client: …`: no client.
      // `Client: the command-line frontend`, `Cliente: pequeñas tiendas`: who a design serves, said in words, not
      // a company's name. `> cliente: …`: a quotation (a slide's aside, a mail quoted), not the page's header.
      found ||=
        AGENCY_BODY_FIELDS.includes(id) &&
        !/^\s*(?:(?:\*\*|__)\s*)?`/.test(value) &&
        /[\p{L}\p{N}]/u.test(v) &&
        !isPlaceholder(v) &&
        !NAME_BLANK.some((re) => re.test(v)) &&
        !NO_VALUE.test(v) &&
        !DESCRIBED_NOT_NAMED.test(v) &&
        !/^\s*>/.test(line.text);
      return false;
    },
    BODY_FIELD_LINES,
    (key) =>
      PORTFOLIO_KEYS.test(key.trim())
        ? [PORTFOLIO]
        : NO_AGENCY_SIGN_KEYS.has(key.trim().toLowerCase())
          ? []
          : keyFieldIds(key),
    [],
    true,
  );
  return found && !portfolio;
}

/**
 * A portfolio's project page (`Client: Harbour Bikes` over `Role: Lead designer`, `Year: 2024`): the client is
 * whom the designer worked for, and the page is no agency document (an agency's own documents say no role or year).
 */
const PORTFOLIO = '\u0000portfolio';
const PORTFOLIO_KEYS = /^(?:(?:my )?role|year|rol|mi rol|a[ñn]o|角色|我的角色|年份)$/iu;

/**
 * A blank form's client, where the name goes (`[Nombre del cliente]`, `<client name>`, `XXX`): a copied template
 * says nothing of an agency, so it must not make the title's everyday type word an agency document's.
 */
const NAME_BLANK: readonly RegExp[] = [
  BRACKETED_BLANK,
  /^<[^<>\n]{0,30}(?:name|nombre|empresa|company|client|cliente|brand|marca|your|tu|客户|名称|公司|品牌)[^<>\n]{0,30}>$/iu,
  /^x{3,}$/i,
];

/** A value in lowercase words (`the command-line frontend`, `pequeñas tiendas de barrio`): described, not a name. */
const DESCRIBED_NOT_NAMED = /^\p{Ll}[\p{L}\p{M}'’.-]*\s+\p{L}/u;

/** A value saying there is none: `none`, `n/a`, `ninguno`, `无`. */
const NO_VALUE = /^(?:none|no|n\/?a|nil|ninguno|ninguna|nada|无|没有|暂无)\.?$/iu;

/** A heading below the title (`##` to `######`): a section starts there. */
const SECTION_HEADING_LINE = /^[ \t]{0,3}#{2,6}[ \t]/;

/**
 * Whether the type's header (HEADER_FIELDS) is given, all of it or all but one field (a memo that forgot its
 * subject is still a memo, and the one to tell so), in the front matter or at the top of the body.
 */
function givesHeader(typeId: string, fm: FrontMatter | undefined, body: TextSource | undefined): boolean {
  const header = HEADER_FIELDS[typeId];
  if (!header) return false;
  const enough = Math.max(2, header.length - 1);
  const given = new Set(
    header.filter((id) => {
      const f = fm?.field(id);
      return f !== undefined && !f.missing;
    }),
  );
  if (given.size < enough && body !== undefined)
    visitBodyFields(body, (id, value) => {
      if (header.includes(id) && value.trim() !== '') given.add(id);
      return given.size >= enough;
    });
  return given.size >= enough;
}

/**
 * Names of agency fields that documentation sites write too (`product: Discovery` atop a product's manual
 * page): they give the field its value, but say nothing of an agency document.
 */
const NO_AGENCY_SIGN_KEYS: ReadonlySet<string> = new Set(['product', 'product name', 'producto', 'display name']);

/** A front-matter value that is a mapping: `{date-parts: [[2026, 7, 13]]}`, or `date-parts:` on the lines below. */
const MAPPING_VALUE = /^\s*\{|^[\p{L}\p{N}_-]+:(?:[ \t][^\n]*)?\n/u;

/** Decides the type of a document from all its signs (see the file comment). */
export function detectType(signs: TypeSigns): TypeDecision {
  const fm = signs.frontMatter;
  const typeField = fm?.field('type');
  const declared = typeField && !typeField.missing ? typeField : undefined;
  const title = signs.title !== undefined ? titleSign(signs.title) : undefined;
  const agencyField =
    fm?.fields.some(
      (f) =>
        f.id !== undefined &&
        AGENCY_FIELDS.includes(f.id) &&
        !NO_AGENCY_SIGN_KEYS.has(f.key.trim().toLowerCase()) &&
        // A mapping is another tool's field of the same name: a citation's `issued: {date-parts: …}` (CSL).
        !MAPPING_VALUE.test(f.text) &&
        // `meeting: "[[Weekly sync]]"`: a note-taking app's link to another page, no agency's value.
        !/^\s*["']?\[\[/.test(f.text),
    ) === true;
  // A file name of ours (`tags.status.md`) on a page with another tool's front matter (Dendron's `desc:`,
  // `github_issue:`): ours only with a sign of an agency document besides (an agency field, a title only an
  // agency writes, an agency workspace, two parts of the type named under headings). A `type:` naming one of
  // ours decides alone: real minutes on wikis carry their generator's keys (`editor:`, `teaser:`) too.
  const othersOnly =
    fm?.fields.some((f) => f.id === undefined && !GENERIC_FRONT_MATTER_KEYS.has(f.key.trim().toLowerCase())) === true &&
    !agencyField &&
    !signs.agencyWorkspace &&
    !(title && title.points >= TYPE_POINTS.specificTitle);
  if (declared) {
    const t = typeByName(declared.text);
    if (t) {
      const titleNamesType = signs.title !== undefined && !!titleSign(signs.title);
      const declaredOnly =
        !agencyField &&
        !signs.agencyWorkspace &&
        !(title && title.points >= TYPE_POINTS.specificTitle) &&
        !(signs.body !== undefined && bodyHasAgencyField(signs.body));
      // Another tool's notes (`type: research` beside `type: plan`, `type: idea`): ordinary Markdown.
      if (declaredOnly && signs.othersTypeVocabulary) return {};
      return { type: t, source: 'frontmatter', titleNamesType, declaredOnly };
    }
  }
  const suggestion = declared ? suggestType(declared.text) : undefined;
  const named = typeFromFileName(signs.path);
  // (Two of the type's sections, as a title needs: `## Status` alone on a Dendron page about status badges is not one.)
  const fromName = named && othersOnly && sectionsNamed(named, signs.headings) < 2 ? undefined : named;

  let nearMiss: TypeDecision['nearMiss'];
  if (declared && suggestion) {
    // Reported only where something else says "agency document" too.
    const suggested = DOCUMENT_TYPES.find((t) => t.id === suggestion)!;
    const ownFields = suggested.fields.filter((f) => fm?.field(f.id) !== undefined).length;
    const agencyLike =
      !!fromName ||
      !!title ||
      agencyField ||
      !!signs.agencyWorkspace ||
      ownFields >= 2 ||
      sectionsNamed(suggested, signs.headings) > 0;
    if (agencyLike) nearMiss = { field: declared, suggestion };
  }
  const titleNamesType = !!title;
  if (fromName) return { type: fromName, source: 'filename', nearMiss, titleNamesType };
  // A blank form kept to be copied (`01-creative-brief.template.md`, `strategy_template.md`, `# Creative Brief
  // Template`) or a page about the type (`# Creative Brief Canvas`): its title names the type, but it is no
  // document (with `type:` it is checked as one).
  // An AI assistant's prompt or skill (`prompts/03_ad_copy_and_creative_brief.md`) is no document either.
  // A project's README, a folder of blank forms, a step of a procedure: no document either.
  if (
    TEMPLATE_FILE.test(signs.path) ||
    PROJECT_PAGE_FILE.test(signs.path) ||
    (title &&
      (ABOUT_THE_TYPE_TITLE.test(signs.title ?? '') ||
        aiInstructionsPath(signs.path) ||
        (signs.body !== undefined && tellsAnAssistant(signs.body)) ||
        templatesPath(signs.path) ||
        STEP_TITLE.test(signs.title ?? '')))
  )
    return { nearMiss };
  // A `type:` of another tool (`docs`, `home`, `meeting`) marks the file as that tool's, not ours.
  if (declared && !nearMiss) return {};
  if (!title) return { nearMiss };

  let points = title.points;
  if (points < TYPED_AT && (agencyField || (signs.body !== undefined && bodyHasAgencyField(signs.body))))
    points += TYPE_POINTS.agencyField;
  if (points < TYPED_AT && signs.agencyWorkspace && !title.loose) points += TYPE_POINTS.agencyWorkspace;
  if (points < TYPED_AT && nearMiss?.suggestion === title.type.id) points += TYPE_POINTS.nearMissType;
  if (points < TYPED_AT && givesHeader(title.type.id, fm, signs.body)) points += TYPE_POINTS.headerFields;
  // (A title whose one everyday word only closes it, `# Brand & Marketing Strategy`, is any trade's plan: its parts
  // alone do not make it an agency document; an agency field or the workspace's configuration must.)
  if (points < TYPED_AT && title.points > TYPE_POINTS.bareTitle) {
    const n = sectionsNamed(title.type, signs.headings, true);
    if (n >= 3) points += 2 * TYPE_POINTS.sections;
    else if (n === 2) points += TYPE_POINTS.sections;
  }
  return points >= TYPED_AT ? { type: title.type, source: 'title', nearMiss, titleNamesType } : { nearMiss };
}

/** A `type:` value as the vocabulary counts it, or undefined when there is none to count (a blank, a placeholder). */
export function declaredTypeValue(fm: FrontMatter | undefined): string | undefined {
  const f = fm?.field('type');
  if (!f || f.missing || isPlaceholder(f.text)) return undefined;
  const v = normalizeHeading(f.text);
  return v && v.length <= 60 ? v : undefined;
}

/**
 * The `type:` values of a workspace's Markdown files, to tell whether they are another tool's vocabulary
 * (docs/types.md, "Another tool's `type:`"): note-taking and planning tools type every page (`type: plan`,
 * `type: idea`, `type: review`, `type: concept`), and some of their words are ours (`research`, `strategy`).
 * The vocabulary is another tool's when at least two values, on at least three files, are neither ours nor a
 * near miss of ours, and those files are at least as many as the files naming one of ours.
 */
export class TypeVocabulary {
  private readonly byPath = new Map<string, { value: string; ours: boolean }>();
  private readonly others = new Map<string, number>();
  private oursCount = 0;
  private othersCount = 0;

  /** Records a file's value (undefined: it declares none). */
  set(path: string, value: string | undefined): void {
    const before = this.byPath.get(path);
    if (before?.value === value) return;
    if (before) {
      this.byPath.delete(path);
      if (before.ours) this.oursCount--;
      else {
        this.othersCount--;
        const n = this.others.get(before.value)! - 1;
        if (n === 0) this.others.delete(before.value);
        else this.others.set(before.value, n);
      }
    }
    if (value === undefined) return;
    const ours = typeByName(value) !== undefined || suggestType(value) !== undefined;
    this.byPath.set(path, { value, ours });
    if (ours) this.oursCount++;
    else {
      this.othersCount++;
      this.others.set(value, (this.others.get(value) ?? 0) + 1);
    }
  }

  /** Whether the workspace's `type:` values are another tool's. */
  othersVocabulary(): boolean {
    return this.others.size >= 2 && this.othersCount >= 3 && this.othersCount >= this.oursCount;
  }
}

/**
 * Whether front matter YAML cannot read writes a `type:` line naming one of ours or nearly (frontmatter-syntax then
 * reports it though the type is unknown). `type: docs`, `Type: Standard`: a type written for another tool leaves the
 * file ordinary Markdown. Read from the block's own lines only.
 */
export function declaresTypeInBrokenYaml(source: TextSource, fm: FrontMatter): boolean {
  if (!fm.error) return false;
  const raw = source.slice(fm.contentStart, fm.error.unclosed ? Math.min(source.length, 2000) : fm.contentEnd);
  for (const m of raw.matchAll(/^(?:type|doctype)[ \t]*:[ \t]*["']?([^"'#\r\n]*)/gim)) {
    const value = m[1].trim();
    if (value === '' || typeByName(value) || suggestType(value)) return true;
  }
  return false;
}
