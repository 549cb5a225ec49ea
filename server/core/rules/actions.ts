/** Rules on action items: owner, due date, overdue, due before the meeting; and milestones' dates. */
import { daysBetween, hoursBetween, toIsoDate } from '../dates';
import { addDueFix, addOwnerFix } from '../fixes';
import type { ActionItem } from '../actions';
import type { Rule, RuleContext } from './types';

/** The action's words for a message: without owners and due dates, shortened. */
function short(text: string): string {
  // Remembered: an action reported once is reported again on every keystroke elsewhere in the document.
  let words = SHORT.get(text);
  if (words === undefined) {
    if (SHORT.size >= 10000) SHORT.clear();
    SHORT.set(text, (words = shorten(text)));
  }
  return words;
}
const SHORT = new Map<string, string>();

function shorten(text: string): string {
  // Only the start is shown (about 40 characters), so only the start is cleaned.
  const t = text.slice(0, 160)
    .replace(/(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_][\p{L}\p{N}_.'-]*/gu, ' ')
    .replace(/(?<![\p{L}])(?:due(?:\s+date)?|deadline|截止(?:日期|时间)?|期限|fecha\s+l[ií]mite|para\s+el)\s*[:：]?\s*\S*/giu, ' ')
    .replace(/\s+/g, ' ').trim() || text.trim();
  return [...t].length > 40 ? [...t].slice(0, 39).join('') + '…' : t;
}

/** The open action items, computed once per analysis for the four rules that read them. */
function open(ctx: RuleContext): readonly ActionItem[] {
  let list = OPEN.get(ctx.facts);
  if (!list) OPEN.set(ctx.facts, (list = ctx.facts.actions.filter((a) => !a.done)));
  return list;
}
const OPEN = new WeakMap<object, readonly ActionItem[]>();

export const actionMissingOwner: Rule = {
  id: 'action-missing-owner',
  scope: 'document',
  check(ctx) {
    for (const a of open(ctx)) {
      if (a.ownerNames.length > 0) continue;
      ctx.report('action-missing-owner', a.start, a.end, { action: short(a.text) },
        { section: a.section.def.id, insertAt: a.ownerInsert.at, intoEmptyCell: a.ownerInsert.intoEmptyCell });
    }
  },
  fix: addOwnerFix,
};

export const actionMissingDue: Rule = {
  id: 'action-missing-due',
  scope: 'document',
  check(ctx) {
    for (const a of open(ctx)) {
      if (a.due) continue;
      ctx.report('action-missing-due', a.start, a.end, { action: short(a.text) },
        { section: a.section.def.id, insertAt: a.dueInsert.at, intoEmptyCell: a.dueInsert.intoEmptyCell });
    }
  },
  fix: addDueFix,
};

export const actionOverdue: Rule = {
  id: 'action-overdue',
  scope: 'document',
  check(ctx) {
    const today = ctx.options.today;
    for (const a of open(ctx)) {
      const d = a.due?.date;
      if (!d || !a.due) continue;
      const days = daysBetween(d, today);
      if (days > 0) ctx.report('action-overdue', a.due.start, a.due.end, { due: toIsoDate(d), days }, { section: a.section.def.id });
    }
  },
};

export const actionDueBeforeMeeting: Rule = {
  id: 'action-due-before-meeting',
  scope: 'document',
  check(ctx) {
    const meeting = ctx.facts.fieldDate('meeting');
    if (!meeting) return;
    // Open items only: a done item due before the meeting was simply done in time.
    for (const a of open(ctx)) {
      const d = a.due?.date;
      if (!d || !a.due) continue;
      const before = d.hour !== undefined && meeting.hasTime ? hoursBetween(meeting.date, d) < 0 : daysBetween(meeting.date, d) < 0;
      if (before) ctx.report('action-due-before-meeting', a.due.start, a.due.end, { due: toIsoDate(d), meeting: toIsoDate(meeting.date) }, { section: a.section.def.id });
    }
  },
};
