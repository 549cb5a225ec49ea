/** invalid-date: one rule, whole (check, fix, messages, reference). */
import { q } from '../l10n';
import { documentDateTokens } from './common/dateTokens';
import { minutes } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  text: string;
}

export default defineRule({
  id: 'invalid-date',
  severity: 'error',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind === 'invalid') ctx.report(t.start, t.end, { text: t.text });
    }
  },
  messages: {
    en: (p) => `${q.en(p.text)} is not a real date: check the day and the month.`,
    zh: (p) => `${q.zh(p.text)}不是有效的日期，请检查月份和日期。`,
    es: (p) => `${q.es(p.text)} no es una fecha válida: revisa el día y el mes.`,
  },
  doc: {
    title: { en: 'Date that does not exist', zh: '不存在的日期', es: 'Fecha inexistente' },
    description: {
      en: 'A date that is not on the calendar, such as 30 February or month 13. Nobody can plan around it: check the day and the month and correct it. A record number after its name (`Acuerdo 2026-13-01`, `Decision #2026-00-03`, `Ticket 2026-00-07`) is no date.',
      zh: '日历上不存在的日期，例如 2 月 30 日或 13 月。这样的日期没法安排工作：请核对月份和日期后改正。记录编号（如 `Acuerdo 2026-13-01`、`Decision #2026-00-03`、`Ticket 2026-00-07`）不是日期。',
      es: 'Una fecha que no existe en el calendario, como el 30 de febrero o el mes 13. Nadie puede organizarse con ella: revisa el día y el mes y corrígela. El número de un acuerdo, un acta o un ticket tras su nombre (`Acuerdo 2026-13-01`, `Acta 2026-00-02`) no es una fecha.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-11-31\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-30\n'),
  },
});
