/** agenda-late: one rule, whole (check, fix, messages, reference). */
import { isLessThanBefore } from '../dates';
import { num, known, plural, when } from '../l10n';
import { fieldLine, hoursText, lateness, show, type SentLateParams } from './common/timing';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

type Params = SentLateParams;

export default defineRule({
  id: 'agenda-late',
  severity: 'warning',
  appliesTo: ['agenda'],
  check(ctx: RuleContext<Params>) {
    const meeting = ctx.facts.fieldDate('meeting');
    const issued = ctx.facts.fieldDate('issued');
    const at = fieldLine(ctx, 'issued');
    if (!meeting || !issued || !at) return;
    if (isLessThanBefore(issued.date, meeting.date, 2)) {
      ctx.report(
        at[0],
        at[1],
        { meeting: show(meeting), issued: show(issued), ...lateness(issued, meeting, 48) },
        { field: 'issued' },
      );
    }
  },
  messages: {
    en: (p) => {
      const tail = 'send it at least 48 hours ahead.';
      if (known(p.hours))
        return p.hours > 0
          ? `The agenda went out only ${hoursText('en', p.hours, p.minutes)} before the meeting; ${tail}`
          : `The agenda went out after the meeting had started; ${tail}`;
      if (known(p.days)) {
        if (p.days > 0) return `The agenda went out only ${plural(p.days, 'day', 'days')} before the meeting; ${tail}`;
        return p.days === 0
          ? `The agenda went out on the day of the meeting; ${tail}`
          : `The agenda went out after the meeting; ${tail}`;
      }
      return `The agenda went out on ${when(p.issued)}, less than 48 hours before the meeting (${when(p.meeting)}); ${tail}`;
    },
    zh: (p) => {
      const tail = '应至少提前 48 小时发出。';
      if (known(p.hours))
        return p.hours > 0
          ? `议程在会前仅 ${hoursText('zh', p.hours, p.minutes)}才发出，${tail}`
          : `议程在会议开始之后才发出，${tail}`;
      if (known(p.days)) {
        if (p.days > 0) return `议程在会前仅 ${num(p.days)} 天才发出，${tail}`;
        return p.days === 0 ? `议程在开会当天才发出，${tail}` : `议程在会议之后才发出，${tail}`;
      }
      return `议程 ${when(p.issued)} 才发出，距会议（${when(p.meeting)}）不到 48 小时，${tail}`;
    },
    es: (p) => {
      const tail = 'envíalo con al menos 48 horas de antelación.';
      if (known(p.hours))
        return p.hours > 0
          ? `El orden del día se envió solo ${hoursText('es', p.hours, p.minutes)} antes de la reunión; ${tail}`
          : `El orden del día se envió cuando la reunión ya había empezado; ${tail}`;
      if (known(p.days)) {
        if (p.days > 0)
          return `El orden del día se envió solo ${plural(p.days, 'día', 'días')} antes de la reunión; ${tail}`;
        return p.days === 0
          ? `El orden del día se envió el mismo día de la reunión; ${tail}`
          : `El orden del día se envió después de la reunión; ${tail}`;
      }
      return `El orden del día se envió el ${when(p.issued)}, a menos de 48 horas de la reunión (${when(p.meeting)}); ${tail}`;
    },
  },
  doc: {
    title: { en: 'Agenda sent late', zh: '议程发出太晚', es: 'Orden del día enviado tarde' },
    description: {
      en: 'The agenda goes to the client at least 48 hours before the meeting, so the right people come prepared. Send it earlier; the rule compares `issued` and `meeting`, in the front matter or as lines atop the body (`**Meeting:** 2026-12-10 10:00`, `**Issued:** 2026-12-09`).',
      zh: '议程应至少在会前 48 小时发给客户，让该来的人做好准备。请提早发出；本规则比较 `issued` 和 `meeting` 两个时间（写在文档头部，或写成正文开头的行）。',
      es: 'El orden del día se envía al cliente con al menos 48 horas de antelación, para que las personas adecuadas lleguen preparadas. Envíalo antes; la regla compara `issued` y `meeting`, en el front matter o como líneas al principio del texto.',
    },
    bad: md`
      ---
      type: agenda
      client: Acme Foods
      meeting: 2026-11-27 10:00
      issued: 2026-11-26 16:00
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      location: Acme HQ, room 4
      ---
      # Agenda: winter campaign review

      ## Purpose
      Approve the TV script and the media plan.

      ## Topics
      - TV script, options A and B @liwei 30 min
      - Media plan @ana 20 min
    `,
    good: md`
      ---
      type: agenda
      client: Acme Foods
      meeting: 2026-11-27 10:00
      issued: 2026-11-24 16:00
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      location: Acme HQ, room 4
      ---
      # Agenda: winter campaign review

      ## Purpose
      Approve the TV script and the media plan.

      ## Topics
      - TV script, options A and B @liwei 30 min
      - Media plan @ana 20 min
    `,
  },
});
