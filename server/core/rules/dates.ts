/** Rules on dates: invalid and ambiguous dates, and the handbook's timing rules. */
import type { Nodes, Root } from 'mdast';
import { fieldById } from '../catalog';
import { daysBetween, findDates, hoursBetween, isLessThanBefore, isMoreThan, readingFor, toIsoDate, toIsoDateTime, type CalendarDate, type DateToken } from '../dates';
import type { FieldEntry } from '../frontmatter';
import { dateToIsoFix } from '../fixes';
import type { Rule, RuleContext } from './types';
import { isEmptySection } from '../content';
import { occursIn } from '../markdown';

const DEADLINE_CUE = /(?:\b(?:by|on|due|until|till|before|from|para el|antes del?|hasta el|el)|截止|期限|前|于|在)\s*[:：]?\s*$/iu;

/** Invalid and ambiguous date tokens in the text of one parsed chunk (not code), relative to the chunk; kept while the chunk is. */
const CHUNK_DATES = new WeakMap<Root, { year: number; tokens: DateToken[] }>();
const DIGIT = /[0-9]/g;

function chunkDateTokens(tree: Root, chunkText: string, year: number): DateToken[] {
  const memo = CHUNK_DATES.get(tree);
  if (memo && memo.year === year) return memo.tokens;
  const tokens: DateToken[] = [];
  // Every date has an ASCII digit: a node with none in its source is skipped.
  const hasDigit = occursIn(chunkText, DIGIT);
  const inProse = { defaultYear: year };
  const withYearless = { defaultYear: year, yearlessNumeric: true };
  const visit = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (!hasDigit(s, e)) return;
    if (node.type === 'text') {
      const text = chunkText.slice(s, e);
      // The rules report only on invalid and ambiguous dates: valid ones are not kept (a long text has many).
      for (const t of findDates(text, inProse)) if (t.kind !== 'date') tokens.push({ ...t, start: t.start + s, end: t.end + s } as DateToken);
      // `by 12/03`: a year-less day/month after a deadline word is a date; `24/7` in prose is not.
      if (/\d[/.]\d/.test(text)) {
        for (const t of findDates(text, withYearless)) {
          if (t.kind !== 'date' && t.form === 'numeric' && DEADLINE_CUE.test(text.slice(Math.max(0, t.start - 16), t.start))) tokens.push({ ...t, start: t.start + s, end: t.end + s } as DateToken);
        }
      }
      return;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  for (const block of tree.children) visit(block);
  CHUNK_DATES.set(tree, { year, tokens });
  return tokens;
}

/** The date-like tokens of a document with absolute offsets — front matter values, action due dates, and the invalid or ambiguous ones of the body text (not code). */
export function documentDateTokens(ctx: RuleContext): DateToken[] {
  // Two rules read them: gathered once per analysed document.
  let tokens = DOC_TOKENS.get(ctx.doc);
  if (!tokens) DOC_TOKENS.set(ctx.doc, (tokens = gatherDateTokens(ctx)));
  return tokens;
}
const DOC_TOKENS = new WeakMap<object, DateToken[]>();

function gatherDateTokens(ctx: RuleContext): DateToken[] {
  const { doc } = ctx;
  const year = ctx.facts.defaultYear;
  // The first token read at an offset wins; only the ones the rules report on (not valid dates) are kept and placed.
  const seen = new Set<number>();
  const out: DateToken[] = [];
  const add = (t: DateToken, start: number, end: number) => {
    if (seen.has(start)) return;
    seen.add(start);
    if (t.kind !== 'date') out.push({ ...t, start, end } as DateToken);
  };
  for (const f of doc.frontMatter?.fields ?? []) {
    if (f.valueEnd <= f.valueStart) continue;
    const kind = f.id ? fieldById(f.id)?.kind : undefined;
    const dateLike = kind === 'date' || kind === 'datetime';
    for (const t of findDates(doc.text.slice(f.valueStart, f.valueEnd), { defaultYear: year, yearlessNumeric: dateLike })) add(t, t.start + f.valueStart, t.end + f.valueStart);
  }
  for (const a of ctx.facts.actions) {
    const due = a.due;
    if (due) add(due.token, due.start, due.end);
  }
  for (const c of doc.chunks) for (const t of chunkDateTokens(c.tree, c.text, year)) add(t, t.start + c.offset, t.end + c.offset);
  return out.sort((a, b) => a.start - b.start);
}

export const invalidDate: Rule = {
  id: 'invalid-date',
  scope: 'document',
  check(ctx) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind === 'invalid') ctx.report('invalid-date', t.start, t.end, { text: t.text });
    }
  },
};

export const ambiguousDate: Rule = {
  id: 'ambiguous-date',
  scope: 'document',
  check(ctx) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind !== 'ambiguous' || /^yyyy-mm-dd$/i.test(t.text)) continue;
      // A date with one reading for this document's readers is not ambiguous (`Nov 30`, `2021/03/11`, a Spanish `04/02/2024`).
      if (readingFor(t, ctx.facts.dateOrder)) continue;
      // Both readings are offered as rewrites: the writer knows which one was meant.
      const iso = (d: CalendarDate) => (t.hasTime ? toIsoDateTime(d) : toIsoDate(d));
      const readings = t.dayFirst && t.monthFirst ? { dayFirst: iso(t.dayFirst), monthFirst: iso(t.monthFirst) } : undefined;
      ctx.report('ambiguous-date', t.start, t.end, { text: t.text }, readings ? { readings } : {});
    }
  },
  fix: dateToIsoFix,
};

function fieldLine(ctx: RuleContext, id: string): [number, number] | undefined {
  const f: FieldEntry | undefined = ctx.doc.frontMatter?.field(id);
  return f ? [f.keyStart, Math.max(f.valueEnd, f.keyEnd)] : undefined;
}

function lateness(a: { date: CalendarDate; hasTime: boolean }, b: { date: CalendarDate; hasTime: boolean }): { hours?: number; days?: number } {
  return a.hasTime && b.hasTime ? { hours: Math.round(hoursBetween(a.date, b.date)) } : { days: daysBetween(a.date, b.date) };
}

function show(d: { date: CalendarDate; hasTime: boolean }): string {
  return d.hasTime ? toIsoDateTime(d.date) : toIsoDate(d.date);
}

export const minutesLate: Rule = {
  id: 'minutes-late',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'minutes') return;
    const meeting = ctx.facts.fieldDate('meeting');
    const issued = ctx.facts.fieldDate('issued');
    const at = fieldLine(ctx, 'issued');
    if (!meeting || !issued || !at) return;
    if (isMoreThan(meeting.date, issued.date, 1)) {
      ctx.report('minutes-late', at[0], at[1], { meeting: show(meeting), issued: show(issued), ...lateness(meeting, issued) }, { field: 'issued' });
    }
  },
};

export const agendaLate: Rule = {
  id: 'agenda-late',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'agenda') return;
    const meeting = ctx.facts.fieldDate('meeting');
    const issued = ctx.facts.fieldDate('issued');
    const at = fieldLine(ctx, 'issued');
    if (!meeting || !issued || !at) return;
    if (isLessThanBefore(issued.date, meeting.date, 2)) {
      ctx.report('agenda-late', at[0], at[1], { meeting: show(meeting), issued: show(issued), ...lateness(issued, meeting) }, { field: 'issued' });
    }
  },
};

export const scheduleLate: Rule = {
  id: 'schedule-late',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'job') return;
    const opened = ctx.facts.fieldDate('opened');
    if (!opened) return;
    const sent = ctx.facts.fieldDate('schedule-sent');
    if (sent) {
      const at = fieldLine(ctx, 'schedule-sent')!;
      if (isMoreThan(opened.date, sent.date, 1)) {
        ctx.report('schedule-late', at[0], at[1], { opened: show(opened), sent: show(sent), ...lateness(opened, sent) }, { field: 'schedule-sent' });
      }
      return;
    }
    if (ctx.doc.frontMatter?.field('schedule-sent')) return; // written but unreadable: invalid-date says so
    const today = { date: ctx.options.today, hasTime: false };
    if (isMoreThan(opened.date, today.date, 1)) {
      const at = fieldLine(ctx, 'opened')!;
      ctx.report('schedule-late', at[0], at[1], { opened: show(opened), ...lateness(opened, today) }, { field: 'schedule-sent' });
    }
  },
};

export const estimateMissing: Rule = {
  id: 'estimate-missing',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'job') return;
    const status = ctx.doc.frontMatter?.field('status');
    if (!status || status.missing) return;
    const value = status.text.toLowerCase().replace(/[\s_]+/g, '-');
    if (!['in-progress', 'delivered', 'closed'].includes(value)) return;
    const field = ctx.doc.frontMatter?.field('estimate');
    if (field && !field.missing) return;
    const section = ctx.doc.sections.find((s) => s.def.id === 'estimate');
    if (section && !isEmptySection(section)) return;
    ctx.report('estimate-missing', status.keyStart, Math.max(status.valueEnd, status.keyEnd), { status: status.text }, { field: 'estimate' });
  },
};

export const staleFactbook: Rule = {
  id: 'stale-factbook',
  scope: 'document',
  check(ctx) {
    if (ctx.type.id !== 'factbook') return;
    const updated = ctx.facts.fieldDate('updated');
    const at = fieldLine(ctx, 'updated');
    if (!updated || !at) return;
    const days = daysBetween(updated.date, ctx.options.today);
    if (days > 90) ctx.report('stale-factbook', at[0], at[1], { updated: toIsoDate(updated.date), days }, { field: 'updated' });
  },
};
