/** action-due-before-meeting: one rule, whole (check, fix, messages, reference). */
import { daysBetween, hoursBetween, toIsoDate } from '../dates';
import { when } from '../l10n';
import { open } from './common/openActions';
import { minutes } from './common/examples';
import { typesWithSection } from './common/sections';
import { defineRule, type RuleContext } from './rule';

interface Params {
  due: string;
  meeting: string;
}

export default defineRule({
  id: 'action-due-before-meeting',
  severity: 'warning',
  appliesTo: typesWithSection('actions'),
  check(ctx: RuleContext<Params>) {
    const meeting = ctx.facts.fieldDate('meeting');
    if (!meeting) return;
    // Open items only: a done item due before the meeting was simply done in time.
    for (const a of open(ctx)) {
      const d = a.due?.date;
      if (!d || !a.due) continue;
      const before =
        d.hour !== undefined && meeting.hasTime ? hoursBetween(meeting.date, d) < 0 : daysBetween(meeting.date, d) < 0;
      if (before)
        ctx.report(
          // (A heading's deadline over the task: on the task.)
          a.due.over ? a.start : a.due.start,
          a.due.over ? a.end : a.due.end,
          { due: toIsoDate(d), meeting: toIsoDate(meeting.date) },
          { section: a.section.def.id },
        );
    }
  },
  messages: {
    en: (p) =>
      `This action is due ${when(p.due)}, before the meeting it came from (${when(p.meeting)}): check the date.`,
    zh: (p) => `这项行动的截止日期 ${when(p.due)} 早于会议日期 ${when(p.meeting)}，请核对日期。`,
    es: (p) =>
      `La fecha límite de este paso (${when(p.due)}) es anterior a la reunión de la que salió (${when(p.meeting)}): revisa la fecha.`,
  },
  doc: {
    title: { en: 'Due before the meeting', zh: '截止日期早于会议', es: 'Vence antes de la reunión' },
    description: {
      en: 'An action agreed at a meeting cannot be due before that meeting: the date is almost certainly a typo (wrong month or year). Check it with the owner and correct it.',
      zh: '会上定下的行动不可能在开会之前就到期，这个日期多半写错了（月份或年份）。请和负责人确认后改正。',
      es: 'Una tarea acordada en una reunión no puede vencer antes de esa reunión: casi seguro que la fecha tiene una errata (mes o año). Compruébala con el responsable y corrígela.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-10-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
  },
});
