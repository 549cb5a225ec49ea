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
  /** A date read either way, both days past: the earlier reading (`due` is the later, `days` counted from it). */
  earlier?: string;
}

export default defineRule({
  id: 'action-overdue',
  severity: 'information',
  appliesTo: typesWithSection('actions'),
  check(ctx: RuleContext<Params>) {
    const today = ctx.options.today;
    for (const a of open(ctx)) {
      // (`11-03-2022` read either way, both days long past: overdue all the same, since the later of them.)
      const t = a.due?.token;
      const either =
        t?.kind === 'ambiguous' &&
        t.dayFirst &&
        t.monthFirst &&
        daysBetween(t.dayFirst, today) > 0 &&
        daysBetween(t.monthFirst, today) > 0
          ? daysBetween(t.dayFirst, t.monthFirst) > 0
            ? t.monthFirst
            : t.dayFirst
          : undefined;
      const d = a.due?.date ?? either;
      if (!d || !a.due) continue;
      const days = daysBetween(d, today);
      // (A heading's deadline over the task: on the task, one finding each.)
      const [from, to] = a.due.over ? [a.start, a.end] : [a.due.start, a.due.end];
      const earlier =
        either && t?.kind === 'ambiguous' ? (either === t.dayFirst ? t.monthFirst : t.dayFirst) : undefined;
      const params = earlier ? { due: toIsoDate(d), days, earlier: toIsoDate(earlier) } : { due: toIsoDate(d), days };
      if (days > 0) ctx.report(from, to, params, { section: a.section.def.id });
    }
  },
  messages: {
    en: (p) =>
      p.earlier
        ? `This action was due on ${when(p.earlier)} or ${when(p.due)} (the date reads either way; ${known(p.days) ? `${plural(p.days, 'day', 'days')} ago at least` : 'both past'}) and is still open: chase it or agree a new date.`
        : `This action was due on ${when(p.due)}${known(p.days) ? ` (${plural(p.days, 'day', 'days')} ago)` : ''} and is still open: chase it or agree a new date.`,
    zh: (p) =>
      p.earlier
        ? `这项行动的截止日期可读作 ${when(p.earlier)} 或 ${when(p.due)}，两者都已过去${known(p.days) ? `（至少 ${num(p.days)} 天）` : ''}，仍未完成：请跟进，或重新约定日期。`
        : known(p.days)
          ? `这项行动已逾期 ${num(p.days)} 天（截止 ${when(p.due)}），仍未完成：请跟进，或重新约定日期。`
          : `这项行动已过截止日期 ${when(p.due)}，仍未完成：请跟进，或重新约定日期。`,
    es: (p) =>
      p.earlier
        ? `Este paso vencía el ${when(p.earlier)} o el ${when(p.due)} (la fecha se lee de las dos maneras${known(p.days) ? `; hace al menos ${plural(p.days, 'día', 'días')}` : ''}) y sigue abierto: haz el seguimiento o acuerda una nueva fecha.`
        : `Este paso vencía el ${when(p.due)}${known(p.days) ? ` (hace ${plural(p.days, 'día', 'días')})` : ''} y sigue abierto: haz el seguimiento o acuerda una nueva fecha.`,
  },
  doc: {
    title: { en: 'Overdue action', zh: '行动项已逾期', es: 'Tarea vencida' },
    description: {
      en: 'An open action whose due date has passed. Chase the owner, then tick it (`- [x]`) when it is done or agree and write a new date. A date that reads two ways (`11-03-2022`) is overdue when both of its days have passed.',
      zh: '这项行动还没完成，截止日期却已经过了。请跟进负责人：完成后打勾（`- [x]`），或重新约定并写上新日期。可有两种读法的日期（`11-03-2022`）在两种读法都已过去时算逾期。',
      es: 'Una tarea abierta cuya fecha límite ya pasó. Haz el seguimiento con el responsable y márcala (`- [x]`) cuando esté hecha, o acuerda y escribe una fecha nueva. Una fecha que se lee de dos maneras (`11-03-2022`) está vencida cuando ya pasaron sus dos días.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
    good: minutes('- [x] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
  },
});
