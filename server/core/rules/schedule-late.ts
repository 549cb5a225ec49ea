/** schedule-late: one rule, whole (check, fix, messages, reference). */
import { isMoreThan } from '../dates';
import { num, known, plural, when } from '../l10n';
import { fieldLine, hoursText, lateness, show, writtenField } from './common/timing';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  opened: string;
  sent?: string;
  hours?: number;
  minutes?: number;
  days?: number;
}

export default defineRule({
  id: 'schedule-late',
  severity: 'warning',
  appliesTo: ['job'],
  check(ctx: RuleContext<Params>) {
    const opened = ctx.facts.fieldDate('opened');
    if (!opened) return;
    const sent = ctx.facts.fieldDate('schedule-sent');
    if (sent) {
      const at = fieldLine(ctx, 'schedule-sent')!;
      if (isMoreThan(opened.date, sent.date, 1)) {
        ctx.report(
          at[0],
          at[1],
          { opened: show(opened), sent: show(sent), ...lateness(opened, sent, 24) },
          { field: 'schedule-sent' },
        );
      }
      return;
    }
    if (writtenField(ctx.doc, 'schedule-sent')) return; // written but unreadable: invalid-date says so
    const today = { date: ctx.options.today, hasTime: false };
    if (isMoreThan(opened.date, today.date, 1)) {
      const at = fieldLine(ctx, 'opened')!;
      ctx.report(at[0], at[1], { opened: show(opened), ...lateness(opened, today, 24) }, { field: 'schedule-sent' });
    }
  },
  messages: {
    en: (p) => {
      const gap = known(p.hours)
        ? hoursText('en', p.hours, p.minutes)
        : known(p.days)
          ? plural(p.days, 'day', 'days')
          : undefined;
      if (p.sent) {
        return gap
          ? `The schedule went out ${gap} after the job was opened; send it within 24 hours.`
          : `The schedule went out on ${when(p.sent)}, more than 24 hours after the job was opened (${when(p.opened)}); send it within 24 hours.`;
      }
      return `The job was opened ${gap ? `${gap} ago` : `on ${when(p.opened)}`} and no schedule has gone out: send it (within 24 hours of opening) and note the time in schedule-sent.`;
    },
    zh: (p) => {
      const gap = known(p.hours)
        ? hoursText('zh', p.hours, p.minutes)
        : known(p.days)
          ? `${num(p.days)} 天`
          : undefined;
      if (p.sent) {
        return gap
          ? `进度表在开单后 ${gap}才发出，应在开单后 24 小时内发出。`
          : `进度表 ${when(p.sent)} 才发出，距开单（${when(p.opened)}）已超过 24 小时，应在 24 小时内发出。`;
      }
      return `${gap ? `开单已经 ${gap}` : `工作单 ${when(p.opened)} 开单`}，进度表还没有发出：请尽快发出（开单后 24 小时内），并在 schedule-sent 记下发出时间。`;
    },
    es: (p) => {
      const gap = known(p.hours)
        ? hoursText('es', p.hours, p.minutes)
        : known(p.days)
          ? plural(p.days, 'día', 'días')
          : undefined;
      if (p.sent) {
        return gap
          ? `El cronograma se envió ${gap} después de abrir la orden; envíalo en las 24 horas siguientes a la apertura.`
          : `El cronograma se envió el ${when(p.sent)}, más de 24 horas después de abrir la orden (${when(p.opened)}); envíalo en las 24 horas siguientes.`;
      }
      return `La orden se abrió ${gap ? `hace ${gap}` : `el ${when(p.opened)}`} y el cronograma aún no se ha enviado: envíalo (máximo 24 horas tras la apertura) y anota la fecha en schedule-sent.`;
    },
  },
  doc: {
    title: { en: 'Schedule sent late', zh: '进度表发出太晚', es: 'Cronograma enviado tarde' },
    description: {
      en: 'When a job card is opened, the production schedule goes to the client within 24 hours. Send it and record when in `schedule-sent`; a job opened over a day ago with no `schedule-sent` is reported too.',
      zh: '工作卡开单后，进度表应在 24 小时内发给客户。请发出并在 `schedule-sent` 记下时间；开单超过一天仍没有 `schedule-sent` 的也会报告。',
      es: 'Cuando se abre una orden de trabajo, el cronograma se envía al cliente en las 24 horas siguientes. Envíalo y anota cuándo en `schedule-sent`; también se avisa si la orden lleva más de un día abierta sin `schedule-sent`.',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-04 11:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: open
      ---
      # Job card ACME-0457: winter TV spot
    `,
    good: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: open
      ---
      # Job card ACME-0457: winter TV spot
    `,
  },
});
