/** minutes-late: one rule, whole (check, fix, messages, reference). */
import { isMoreThan } from '../dates';
import { num, known, plural, when } from '../l10n';
import { fieldLine, hoursText, lateness, show, type SentLateParams } from './common/timing';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { defineRule, type RuleContext } from './rule';

type Params = SentLateParams;

export default defineRule({
  id: 'minutes-late',
  severity: 'warning',
  appliesTo: ['minutes'],
  check(ctx: RuleContext<Params>) {
    const meeting = ctx.facts.fieldDate('meeting');
    const issued = ctx.facts.fieldDate('issued');
    const at = fieldLine(ctx, 'issued');
    if (!meeting || !issued || !at) return;
    if (isMoreThan(meeting.date, issued.date, 1)) {
      ctx.report(
        at[0],
        at[1],
        { meeting: show(meeting), issued: show(issued), ...lateness(meeting, issued, 24) },
        { field: 'issued' },
      );
    }
  },
  messages: {
    en: (p) =>
      known(p.hours)
        ? `The minutes went out ${hoursText('en', p.hours, p.minutes)} after the meeting; send them within 24 hours.`
        : known(p.days)
          ? `The minutes went out ${plural(p.days, 'day', 'days')} after the meeting; send them within 24 hours.`
          : `The minutes went out on ${when(p.issued)}, more than 24 hours after the meeting (${when(p.meeting)}); send them within 24 hours.`,
    zh: (p) =>
      known(p.hours)
        ? `会议记录在会后 ${hoursText('zh', p.hours, p.minutes)}才发出，应在会后 24 小时内发出。`
        : known(p.days)
          ? `会议记录在会后 ${num(p.days)} 天才发出，应在会后 24 小时内发出。`
          : `会议记录 ${when(p.issued)} 才发出，距会议（${when(p.meeting)}）已超过 24 小时，应在会后 24 小时内发出。`,
    es: (p) =>
      known(p.hours)
        ? `El acta se envió ${hoursText('es', p.hours, p.minutes)} después de la reunión; envíala en las 24 horas siguientes.`
        : known(p.days)
          ? `El acta se envió ${plural(p.days, 'día', 'días')} después de la reunión; envíala en las 24 horas siguientes.`
          : `El acta se envió el ${when(p.issued)}, más de 24 horas después de la reunión (${when(p.meeting)}); envíala en las 24 horas siguientes.`,
  },
  doc: {
    title: { en: 'Minutes sent late', zh: '会议记录发出太晚', es: 'Acta enviada tarde' },
    description: {
      en: 'Minutes (contact reports) go to the client within 24 hours of the meeting, while everyone still remembers what was agreed. Send them sooner next time; the rule compares `meeting` and `issued`, in the front matter or as lines atop the body (`**Date:** 30 Nov 2026, 10:00`, `**Issued:** 3 Dec 2026, 17:30`).',
      zh: '会议记录（客户会议报告）应在会后 24 小时内发给客户，趁大家还记得会上的决定。下次请早点发出；本规则比较 `meeting` 和 `issued` 两个时间（写在文档头部，或写成正文开头的行：`**会议时间：** 2026-11-30 10:00`、`**发出日期：** 2026-12-03`）。',
      es: 'El acta (informe de contacto) se envía al cliente en las 24 horas siguientes a la reunión, mientras todos recuerdan lo acordado. Envíala antes la próxima vez; la regla compara `meeting` e `issued`, en el front matter o como líneas al principio del texto (`**Fecha:** 30/11/2026`, `**Emitido:** 03/12/2026`).',
    },
    bad:
      MINUTES_HEAD.replace('issued: 2026-11-24 17:30', 'issued: 2026-11-26 09:00') +
      '\n' +
      DECISIONS +
      '\n' +
      NEXT_ACTIONS,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
  },
});
