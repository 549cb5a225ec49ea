/** action-overdue: one rule, whole (check, fix, messages, reference). */
import { daysBetween, toIsoDate } from '../dates';
import { num, known, plural, when } from '../l10n';
import { open } from './common/openActions';
import { OCTOBER_HEAD, minutes } from './common/examples';
import { typesWithSection } from './common/sections';
import { defineRule, type RuleContext } from './rule';

interface Params {
  due: string;
  days: number;
}

export default defineRule({
  id: 'action-overdue',
  severity: 'information',
  appliesTo: typesWithSection('actions'),
  check(ctx: RuleContext<Params>) {
    const today = ctx.options.today;
    for (const a of open(ctx)) {
      const d = a.due?.date;
      if (!d || !a.due) continue;
      const days = daysBetween(d, today);
      // (A heading's deadline over the task: on the task, one finding each.)
      const [from, to] = a.due.over ? [a.start, a.end] : [a.due.start, a.due.end];
      if (days > 0) ctx.report(from, to, { due: toIsoDate(d), days }, { section: a.section.def.id });
    }
  },
  messages: {
    en: (p) =>
      `This action was due on ${when(p.due)}${known(p.days) ? ` (${plural(p.days, 'day', 'days')} ago)` : ''} and is still open: chase it or agree a new date.`,
    zh: (p) =>
      known(p.days)
        ? `这项行动已逾期 ${num(p.days)} 天（截止 ${when(p.due)}），仍未完成：请跟进，或重新约定日期。`
        : `这项行动已过截止日期 ${when(p.due)}，仍未完成：请跟进，或重新约定日期。`,
    es: (p) =>
      `Este paso vencía el ${when(p.due)}${known(p.days) ? ` (hace ${plural(p.days, 'día', 'días')})` : ''} y sigue abierto: haz el seguimiento o acuerda una nueva fecha.`,
  },
  doc: {
    title: { en: 'Overdue action', zh: '行动项已逾期', es: 'Tarea vencida' },
    description: {
      en: 'An open action whose due date has passed. Chase the owner, then tick it (`- [x]`) when it is done or agree and write a new date.',
      zh: '这项行动还没完成，截止日期却已经过了。请跟进负责人：完成后打勾（`- [x]`），或重新约定并写上新日期。',
      es: 'Una tarea abierta cuya fecha límite ya pasó. Haz el seguimiento con el responsable y márcala (`- [x]`) cuando esté hecha, o acuerda y escribe una fecha nueva.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
    good: minutes('- [x] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
  },
});
