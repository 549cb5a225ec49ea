/**
 * The placeholders our templates and fixes write (`<budget>`, `YYYY-MM-DD`,
 * `@owner`, the sample action "What needs doing"). They keep a fixed document
 * free of missing-field and missing-section findings, yet nothing is filled
 * in: `unfilled-placeholder` points at each one until the AE replaces it
 * (docs/rules.md). TBD-style words are not these: they stay missing values.
 */
import type { Lang } from './catalog/schema';
import { type AgencyDocument, type Section, sectionNodes } from './document';
import { itemText, rowCells } from './content';
import { plainText } from './markdown';
import type { FieldEntry } from './frontmatter';
import { fold, isPlaceholder } from './text';
import { BLANK_NAMES } from './catalog/blanks';

/** The sample action a template puts under an actions section. */
export const SAMPLE_ACTION: Readonly<Record<Lang, string>> = {
  en: 'What needs doing',
  zh: '需要完成的事项',
  es: 'Qué hay que hacer',
};
/** The owner a template or the add-owner fix writes (without the `@`). */
export const OWNER_PLACEHOLDER: Readonly<Record<Lang, string>> = { en: 'owner', zh: '负责人', es: 'responsable' };
/** What the add-due fix writes after an action. */
export const DUE_PLACEHOLDER: Readonly<Record<Lang, string>> = {
  en: 'due: YYYY-MM-DD',
  zh: '截止：YYYY-MM-DD',
  es: 'fecha límite: YYYY-MM-DD',
};
/** The date placeholder of templates and fixes. */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

const SAMPLES = Object.values(SAMPLE_ACTION).map((s) => fold(s));
const OWNERS = new Set(Object.values(OWNER_PLACEHOLDER).map((s) => fold(s)));

/** True for an action whose words are a template's sample ("需要完成的事项 @负责人 截止 YYYY-MM-DD"): not a real action. */
export function isSampleAction(text: string): boolean {
  const t = fold(text.trim());
  return (
    SAMPLES.some((s) => t === s || t.startsWith(s + ' ')) ||
    TEMPLATE_WORD.test(t) ||
    isBracketTemplate(t) ||
    isNumberedSample(t) ||
    // `- [ ] Ar 1` under a template's `- AR:` (action required): the label's own word, numbered.
    /^ar[ \t]*\d{1,2}$/.test(t)
  );
}

/**
 * A status template's numbered sample: `Task 1 - Expected completion: [Date]`, `Task 2 - Description`: once its
 * blanks and the words that label them are taken out, nothing but `Task 1` is left (text folded).
 */
function isNumberedSample(t: string): boolean {
  // (What is left must start with one of the words, and the passes below only put spaces where they take text out.)
  if (!/\d|\[/.test(t) || !NUMBERED_SAMPLE_WORD.test(t)) return false;
  const rest = t
    .replace(/\[[^\]\n]*\]/g, ' ')
    .replace(
      /(?<![\p{L}])(?:expected completion|completion|due|description|descripcion|details?|completado|completed|progress|progreso)(?![\p{L}])/gu,
      ' ',
    )
    .replace(/[%:：\-–—|.,]/g, ' ')
    .trim();
  return /^(?:task|tarea|item|deliverable|entregable|action|accion|project|proyecto|任务|事项|工作)[ \t]*\d{1,2}$/u.test(
    rest,
  );
}

const NUMBERED_SAMPLE_WORD = /task|tarea|item|deliverable|entregable|action|accion|project|proyecto|任务|事项|工作/u;

/**
 * Whether a section holds items and rows, and every one is a template's sample left as it came
 * (`- [ ] [Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]`, `| [Nombre] | [Descripción] | … |`), with
 * no other words: nothing is written in it yet (empty-section).
 */
export function holdsOnlySamples(section: Section): boolean {
  let samples = 0;
  // One by one: a long log's section stops at its first real line without listing the rest.
  for (const p of sectionNodes(section)) {
    const n = p.node;
    if (n.type === 'list') {
      for (const item of n.children) {
        if (!isSampleAction(itemText(item).split('\n')[0])) return false;
        samples++;
      }
    } else if (n.type === 'table') {
      for (const row of n.children.slice(1)) {
        const cells = rowCells(row);
        if (!cells.every(isBlankCell) && !isSampleAction(cells.join(' '))) return false;
        samples++;
      }
    } else if (n.type !== 'html' && /[\p{L}\p{N}]/u.test(plainText(n, 16))) return false;
  }
  return samples > 0;
}

/** A cell of a template's row left as it came: empty, or the column's own word (`| | item | who | due_date |`). */
function isBlankCell(cell: string): boolean {
  const c = fold(cell.trim()).replace(/[_-]+/g, ' ');
  return c === '' || isSampleAction(c) || BLANK_CELLS.has(c) || isPlaceholder(c);
}
const BLANK_CELLS = new Set(
  [
    ...BLANK_NAMES,
    'due',
    'due date',
    'date',
    'deadline',
    'when',
    'fecha',
    'fecha limite',
    '截止日期',
    '日期',
    'status',
    'estado',
    '状态',
  ].map(fold),
);

/** A template's row or item left as it came: `| | item | who | due_date |`, `- Action`, `| 事项 | 负责人 |`. */
const TEMPLATE_WORD =
  /^(?:\*\*|__)?(?:items?|actions?(?: items?)?|tasks?|to ?do|description|tareas?|accion(?:es)?|descripcion|事项|行动项|待办事项|任务)(?:\*\*|__)?$/u;

/**
 * Another template's sample: nothing but bracketed blanks to fill in (`[Owner 1]: [Task and due date]`,
 * `[Descripción de la tarea]`, `[Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]`), and between them at
 * most the labels of the blanks. A link (`[the brief](…)`) is words, not a blank; a blank that says what was
 * agreed (`[Diseñar módulo de riesgos]`, a table filled in without removing its brackets) is the task.
 */
function isBracketTemplate(text: string): boolean {
  if (!text.startsWith('[') && !text.includes(' [')) return false;
  let blanks = 0;
  let said = false;
  const rest = text.replace(/\[([^[\]\n]*)\](?!\()/g, (_, inner: string) => {
    if (/\p{L}{3}/u.test(inner)) {
      blanks++;
      if (!GENERIC_BLANK.test(inner.trim()) && inner.trim().split(/\s+/).length > 2) said = true;
    }
    return ' ';
  });
  return blanks > 0 && !said && !/[\p{L}\p{N}]/u.test(rest.replace(/\.{3}|…/g, '').replace(BLANK_LABEL, ' '));
}
/** The first word of a blank that names what goes in it (text folded: lower case, no accents). */
const GENERIC_BLANK =
  /^(?:tasks?|tareas?|accion(?:es)?|actions?|items?|names?|nombres?|owners?|responsables?|descriptions?|descripcion|dates?|fechas?|personas?|persons?|who|quien|topics?|temas?|decision(?:es)?|notes?|notas?|details?|detalles?|text|texto|entregables?|deliverables?|事项|任务|负责人|姓名|日期|内容)(?![\p{L}])/u;
/** The labels a template writes before its blanks: `Responsable:`, `Fecha:`, `Owner:`, `Due:`, `负责人：`. */
const BLANK_LABEL =
  /(?<![\p{L}])(?:responsables?|owners?|fecha(?: limite)?|due(?: date)?|date|deadline|who|quien|assignee|completad[oa]|completed|截止(?:日期)?|负责人|日期)[ \t]*[:：]?/gu;

/**
 * Whether a section holds nothing but another template's blanks: `{Descripción del proyecto}`, `[Definir
 * audiencia objetivo]`, `[重要工作1]`, `Edad: [rango]`, a label with nothing after its colon, empty task boxes,
 * a table whose rows are blank (empty-section). Not for the next actions: a task written in brackets there is
 * still the task (holdsOnlySamples reads those).
 */
export function holdsOnlyTemplateBlanks(section: Section): boolean {
  let blanks = 0;
  for (const p of sectionNodes(section)) {
    const n = p.node;
    if (n.type === 'heading' || n.type === 'html' || n.type === 'thematicBreak') continue;
    if (n.type === 'table') {
      for (const row of n.children.slice(1)) {
        if (!rowCells(row).every((c) => isTemplateBlank(c))) return false;
        blanks++;
      }
      continue;
    }
    if (n.type !== 'paragraph' && n.type !== 'list' && n.type !== 'blockquote') return false;
    const text = plainText(n, 2000);
    if (text.length >= 2000) return false;
    for (const line of text.split('\n')) {
      // `What was completed this week?` over empty boxes: the template's prompt, not an answer (alone it
      // may be a topic put as a question, so it is no blank of its own).
      if (QUESTION_LINE.test(line)) continue;
      if (!isTemplateBlank(line)) return false;
      blanks++;
    }
  }
  return blanks > 0;
}

/** One line or cell left as a template wrote it (see holdsOnlyTemplateBlanks). */
function isTemplateBlank(text: string): boolean {
  const t = text.trim();
  if (t === '' || isPlaceholder(t) || WHOLE_BLANK.test(t)) return true;
  // `Edad: [rango]`, `Guardrails:`: a label and its blank, or nothing after it.
  const labelled = /^[^:：\n[\]{}]{1,60}[:：][ \t]*(.*)$/u.exec(t);
  if (!labelled) return false;
  const value = labelled[1].trim();
  return value === '' || isPlaceholder(value) || WHOLE_BLANK.test(value);
}
const QUESTION_LINE = /^[^\n]{3,120}[?？][ \t]*$/u;
/** A blank in brackets or braces, whole: `[Definir audiencia]`, `【待填写】`, `{Descripción}`. */
const WHOLE_BLANK = /^(?:\[[^[\]\n]{1,240}\]|【[^【】\n]{1,120}】|\{\{?[^{}\n]{1,240}\}?\})$/u;

/** True for an owner name that is our placeholder (`owner`, `负责人`, `responsable`). */
export function isPlaceholderOwner(name: string): boolean {
  return OWNERS.has(fold(name));
}

/** A front-matter value, or one item of a list, that is a placeholder we insert: `<client>`, `YYYY-MM-DD`, `YYYY-MM-DD HH:mm`. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  return /^<[^<>\n]+>$/.test(v) || /^YYYY-MM-DD(?:[ T]HH:mm)?$/.test(v);
}

/** One placeholder in a document. */
export interface Placeholder {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The field it stands in for, when it is a front-matter value. */
  readonly field?: FieldEntry;
  readonly kind: 'value' | 'owner' | 'date' | 'action';
}

/**
 * The fields our templates ask for as `<client>`: in the body too (`Prepared for <client> by …`), where a preview
 * shows nothing at all in its place (it reads as an HTML tag).
 */
const FIELD_BLANKS =
  'client|brand|budget|job|owner|subject|to|from|competitor|strategy|currency|location|attendees|distribution|week|year|status';

/** Owner mentions, dates, sample actions and `<client>`-style blanks in the body (outside code). */
const BODY = new RegExp(
  `(?<![\\p{L}\\p{N}_.+-])@(?:${Object.values(OWNER_PLACEHOLDER).join('|')})(?![\\p{L}\\p{N}_])` +
    `|\\bYYYY-MM-DD(?:[ T]HH:mm)?\\b` +
    `|<(?:${FIELD_BLANKS})>` +
    `|${Object.values(SAMPLE_ACTION).join('|')}`,
  'gu',
);

/** Every placeholder of the document: front-matter values first, then the body's, in order. */
export function findPlaceholders(doc: AgencyDocument): Placeholder[] {
  const out: Placeholder[] = [];
  const fm = doc.frontMatter;
  if (fm && !fm.error) {
    for (const f of fm.fields) {
      if (f.items) {
        // `[<attendees>]`: the item's text sits inside the value's span.
        for (const item of f.items) {
          if (!isPlaceholderValue(item)) continue;
          const at = doc.text.indexOf(item, f.valueStart);
          if (at >= 0 && at < f.valueEnd)
            out.push({ text: item, start: at, end: at + item.length, field: f, kind: 'value' });
        }
      } else if (isPlaceholderValue(f.text))
        out.push({ text: f.text, start: f.valueStart, end: f.valueEnd, field: f, kind: 'value' });
    }
  }
  const bodyStart = fm ? fm.end : 0;
  if (!/YYYY|@|<|needs doing|需要完成的事项|hay que hacer/.test(doc.text.slice(bodyStart))) return out;
  // Code and raw HTML are not the AE's text.
  const skip: [number, number][] = [];
  for (const p of doc.nodes) {
    if (p.node.type !== 'code' && p.node.type !== 'html') continue;
    skip.push([p.base + (p.node.position?.start.offset ?? 0), p.base + (p.node.position?.end.offset ?? 0)]);
  }
  BODY.lastIndex = bodyStart;
  for (let m = BODY.exec(doc.text); m; m = BODY.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([s, e]) => start >= s && start < e)) continue;
    const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
    // Inside inline code (`YYYY-MM-DD` as an example of the format): an odd number of backticks before it on its line.
    if ((doc.text.slice(lineStart, start).match(/`/g)?.length ?? 0) % 2 === 1) continue;
    const kind = m[0].startsWith('@')
      ? 'owner'
      : m[0].startsWith('YYYY')
        ? 'date'
        : m[0].startsWith('<')
          ? 'value'
          : 'action';
    out.push({ text: m[0], start, end, kind });
  }
  return out;
}
