/** invalid-date: one rule, whole (check, fix, messages, reference). */
import { fieldById } from '../catalog';
import { parseFieldDate } from '../dates';
import { q } from '../l10n';
import { findPlaceholders } from '../placeholders';
import { documentDateTokens } from './common/dateTokens';
import { minutes } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  text: string;
  /** A date field whose value has no date in it at all (`meeting: next Tuesday`): the key as written. */
  unreadable?: string;
}

export default defineRule({
  id: 'invalid-date',
  severity: 'error',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind === 'invalid') ctx.report(t.start, t.end, { text: t.text });
    }
    if (ctx.doc.type) reportUnreadableFields(ctx);
  },
  messages: {
    en: (p) =>
      p.unreadable
        ? `${q.en(p.text)} in ${q.en(p.unreadable)} cannot be read as a date: write it as YYYY-MM-DD.`
        : `${q.en(p.text)} is not a real date: check the day and the month.`,
    zh: (p) =>
      p.unreadable
        ? `${q.zh(p.unreadable)}的${q.zh(p.text)}无法识别为日期，请写成 YYYY-MM-DD。`
        : `${q.zh(p.text)}不是有效的日期，请检查月份和日期。`,
    es: (p) =>
      p.unreadable
        ? `${q.es(p.text)} en ${q.es(p.unreadable)} no se puede leer como fecha: escríbela como AAAA-MM-DD.`
        : `${q.es(p.text)} no es una fecha válida: revisa el día y el mes.`,
  },
  doc: {
    title: { en: 'Date that does not exist', zh: '不存在的日期', es: 'Fecha inexistente' },
    description: {
      en: 'A date that is not on the calendar, such as 30 February or month 13. Nobody can plan around it: check the day and the month and correct it. A record number after its name (`Acuerdo 2026-13-01`, `Decision #2026-00-03`, `Ticket 2026-00-07`) is no date. A date field of an agency document with no date in it at all (`meeting: next Tuesday`) is reported too: no timing rule can read it, so write the day as YYYY-MM-DD. A time range, a time zone or a place after the day (`2026-12-01 10:00–11:30 GMT`) is fine.',
      zh: '日历上不存在的日期，例如 2 月 30 日或 13 月。这样的日期没法安排工作：请核对月份和日期后改正。记录编号（如 `Acuerdo 2026-13-01`、`Decision #2026-00-03`、`Ticket 2026-00-07`）不是日期。机构文档的日期字段里完全没有日期（如 `meeting: 下周二`）也会报告：时效规则读不出它，请把日期写成 YYYY-MM-DD。日期后面的时间段、时区或地点（`2026-12-01 10:00–11:30 GMT`）没有问题。',
      es: 'Una fecha que no existe en el calendario, como el 30 de febrero o el mes 13. Nadie puede organizarse con ella: revisa el día y el mes y corrígela. El número de un acuerdo, un acta o un ticket tras su nombre (`Acuerdo 2026-13-01`, `Acta 2026-00-02`) no es una fecha. También se señala un campo de fecha de un documento de agencia sin ninguna fecha (`fecha de la reunión: el martes que viene`): ninguna regla de plazos puede leerlo, así que escribe el día como AAAA-MM-DD. Un horario, una zona horaria o un lugar tras el día (`2026-12-01 de 10:00 a 11:30`) no es problema.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-11-31\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-30\n'),
  },
});

/**
 * A date field of an agency document (`meeting`, `issued`, `due`…) whose value has no date in it at all
 * (`meeting: next Tuesday`, `issued: yesterday`): the timing rules cannot read it, and would say nothing.
 * Blanks and placeholders (`TBD`, `YYYY-MM-DD`) are missing-field's and unfilled-placeholder's; a value with a
 * digit in it (`Q4 2026`, two dates, a range) is left alone.
 */
function reportUnreadableFields(ctx: RuleContext<Params>): void {
  const year = ctx.facts.defaultYear;
  for (const f of ctx.doc.frontMatter?.fields ?? []) {
    if (!f.id || f.missing || f.items || f.valueEnd <= f.valueStart) continue;
    const kind = fieldById(f.id)?.kind;
    if (kind !== 'date' && kind !== 'datetime') continue;
    // A value with a digit gives something of a date (`Q4 2026`, `14:00`, a date the readers cannot take).
    if (/[0-9]/.test(f.text) || parseFieldDate(f.text, { defaultYear: year, yearlessNumeric: true })) continue;
    if (findPlaceholders(ctx.doc).some((p) => p.start < f.valueEnd && p.end > f.valueStart)) continue;
    ctx.report(f.valueStart, f.valueEnd, { text: f.text, unreadable: f.key }, { field: f.id });
  }
}
