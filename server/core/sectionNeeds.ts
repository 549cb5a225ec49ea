/**
 * What some sections must hold besides any text (docs/types.md): an account plan's milestones each
 * with a date, its revenue and profit with a figure, a presentation plan's rehearsal with a date before
 * the presentation. Read by empty-section: a section without what it is for is, for its readers, empty.
 */
import type { ListItem, Nodes } from 'mdast';
import {
  daysBetween,
  findDates,
  hasTimeOfDay,
  hoursBetween,
  readingFor,
  type CalendarDate,
  type ReadersOrder,
} from './dates';
import type { Section } from './document';
import { plainText } from './markdown';
import { listItems, rowCells, sectionText, spanIn, tables } from './content';
import { DATE_PLACEHOLDER } from './placeholders';

/** One need a section does not meet, and where to say so. */
export interface UnmetNeed {
  readonly what: 'milestone-date' | 'figure' | 'rehearsal-date' | 'rehearsal-after';
  readonly start: number;
  readonly end: number;
}

/** What the reading needs of the document. */
export interface NeedsContext {
  /** The document's whole text (the offsets of findings are in it). */
  readonly text: string;
  readonly defaultYear: number;
  readonly dateOrder?: ReadersOrder;
  /** The presentation's own date (the proposal's `date`), for the rehearsal. */
  readonly presentation?: { date: CalendarDate; hasTime: boolean };
}

// A period is a date for a plan: a month (`March`, `marzo`, `3月`), a quarter or half (`Q1`, `H2`, `T3`,
// `第一季度`, `primer trimestre`), a week (`W12`, `week 12`, `semana 12`, `第12周`), a year (`2027`), a
// season's fixed days (Christmas, 春节, Semana Santa).
const PERIOD = new RegExp(
  [
    String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b`,
    String.raw`\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\b`,
    String.raw`\b[QHT][1-4]\b|\b[1-4][QT]\b|(?:primer|segundo|tercer|cuarto|1er|2º|3er|4º)\s+(?:trimestre|semestre)`,
    String.raw`\b(?:week|wk|semana)\s*\d{1,2}\b|\bW\d{1,2}\b|第\s*\d{1,2}\s*周`,
    String.raw`[0-9一二三四五六七八九十]{1,3}\s*月|第[一二三四1-4]季度|[上下]半年|[一二三四1-4]季度`,
    String.raw`\b(?:19|20)\d\d\b`,
    String.raw`\b(?:Christmas|Xmas|Easter|Black Friday|Cyber Monday|Navidad|Semana Santa|Reyes|Back to school)\b|春节|中秋|国庆|双十一|双11|618|元旦|开学季`,
  ].join('|'),
  'iu',
);

/** Whether a text names a date or a period a plan can be held to. */
function hasDateOrPeriod(text: string, defaultYear: number): boolean {
  return PERIOD.test(text) || findDates(text, { defaultYear, yearlessNumeric: true, onlyFirst: true }).length > 0;
}

// A figure: a digit (`€1.2m`, `15%`), or a Chinese number with its unit (`三百万元`, `两成`).
const FIGURE = /\d|[一二两三四五六七八九十百千]+\s*[万亿千百成倍%％]/u;

// A rehearsal set relative to the presentation by a day (`the day before`, `el día anterior`, `前一天`) is
// dated; `the week before` is not.
const DAY_BEFORE =
  /\b(?:the\s+)?(?:day|morning|evening|afternoon|night)\s+before\b|\bel\s+día\s+(?:anterior|antes)\b|\bla\s+(?:víspera|tarde\s+anterior|mañana\s+anterior)\b|前一[天日晚]|提前一[天日]|前天/iu;

/** The needs of one section its content does not meet (none for a section without such a need). */
export function unmetNeeds(section: Section, ctx: NeedsContext): UnmetNeed[] {
  switch (section.def.kind) {
    case 'milestones':
      return undatedMilestones(section, ctx);
    case 'figure':
      return FIGURE.test(sectionText(section)) ? [] : [onHeading(section, 'figure')];
    case 'rehearsal':
      return rehearsalNeeds(section, ctx);
    default:
      return [];
  }
}

function onHeading(section: Section, what: UnmetNeed['what']): UnmetNeed {
  return { what, start: section.heading.start, end: section.heading.end };
}

/**
 * Milestones each with a date: every item of its lists and every row of its tables names a date or
 * period, or sits under a lead-in or sub-heading that does (`Q1:` over its items); milestones written as
 * prose need one date among them.
 */
function undatedMilestones(section: Section, ctx: NeedsContext): UnmetNeed[] {
  const dated = (text: string) => hasDateOrPeriod(text, ctx.defaultYear);
  const out: UnmetNeed[] = [];
  let read = false;
  // The text of the last paragraph or sub-heading above a list: `In Q1:` dates the items under it.
  let leadIn = '';
  for (const p of section.nodes) {
    const node = p.node as Nodes;
    if (node.type === 'list') {
      read = true;
      if (dated(leadIn)) continue;
      for (const item of listItems({ nodes: [p] })) {
        if (!dated(plainText(item.node as ListItem))) {
          const [start] = spanIn(item.node, item.base);
          out.push({ what: 'milestone-date', start, end: lineEnd(ctx.text, start) });
        }
      }
    } else if (node.type === 'table') {
      read = true;
      for (const t of tables({ nodes: [p] })) {
        for (const row of t.node.children.slice(1)) {
          const cells = rowCells(row);
          if (cells.every((c) => c === '')) continue;
          if (!dated(cells.join(' '))) {
            const [start] = spanIn(row, t.base);
            out.push({ what: 'milestone-date', start, end: lineEnd(ctx.text, start) });
          }
        }
      }
    } else leadIn = plainText(node);
  }
  if (read) return out;
  return dated(sectionText(section)) ? [] : [onHeading(section, 'milestone-date')];
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}

/**
 * A rehearsal needs a date before the presentation: none at all (`the week before`) is one finding on the
 * heading; dates that all fall after the presentation are one on the first of them. On the presentation's
 * own day, a time is needed to tell (`09:00` before a `14:00` pitch); without one, the day is taken as before.
 */
function rehearsalNeeds(section: Section, ctx: NeedsContext): UnmetNeed[] {
  const found: { start: number; end: number; date: CalendarDate }[] = [];
  let relative = false;
  let written = false;
  for (const p of section.nodes) {
    const text = plainText(p.node);
    if (DAY_BEFORE.test(text)) relative = true;
    // The date still our template's blank (`YYYY-MM-DD 在 3 号会议室预演`): unfilled-placeholder asks for it, once.
    if (text.includes(DATE_PLACEHOLDER)) written = true;
    const base = p.base + (p.node.position?.start.offset ?? 0);
    for (const t of findDates(text, { defaultYear: ctx.defaultYear, yearlessNumeric: true })) {
      // A date that does not exist, or has two readings, is written all the same: invalid-date and
      // ambiguous-date speak of it.
      written = true;
      const date = readingFor(t, ctx.dateOrder);
      if (!date) continue;
      // Offsets in plain text are not the source's (markup is dropped): the date's first occurrence from the node's start.
      const at = ctx.text.indexOf(t.text, base);
      const start = at < 0 || at > section.contentEnd ? base : at;
      found.push({ start, end: lineEnd(ctx.text, start), date });
    }
  }
  if (!written && !relative) return [onHeading(section, 'rehearsal-date')];
  const pitch = ctx.presentation;
  if (!pitch || relative || found.length === 0) return [];
  const before = found.some((d) => {
    const days = daysBetween(d.date, pitch.date);
    if (days !== 0) return days > 0;
    if (!(hasTimeOfDay(d.date) && pitch.hasTime)) return true;
    return hoursBetween(d.date, pitch.date) > 0;
  });
  return before ? [] : [{ what: 'rehearsal-after', start: found[0].start, end: found[0].end }];
}
