/** stale-factbook: one rule, whole (check, fix, messages, reference). */
import { daysBetween, toIsoDate } from '../dates';
import { num, known, plural, when } from '../l10n';
import { fieldLine } from './common/timing';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  updated: string;
  days: number;
}

export default defineRule({
  id: 'stale-factbook',
  severity: 'information',
  appliesTo: ['factbook'],
  check(ctx: RuleContext<Params>) {
    const updated = ctx.facts.fieldDate('updated');
    const at = fieldLine(ctx, 'updated');
    if (!updated || !at) return;
    const days = daysBetween(updated.date, ctx.options.today);
    if (days > 90) ctx.report(at[0], at[1], { updated: toIsoDate(updated.date), days }, { field: 'updated' });
  },
  messages: {
    en: (p) =>
      `The fact book was last updated on ${when(p.updated)}${known(p.days) ? ` (${plural(p.days, 'day', 'days')} ago)` : ''}: bring it up to date.`,
    zh: (p) => `实情手册上次更新是 ${when(p.updated)}${known(p.days) ? `（${num(p.days)} 天前）` : ''}，请及时更新。`,
    es: (p) =>
      `El libro de datos se actualizó por última vez el ${when(p.updated)}${known(p.days) ? ` (hace ${plural(p.days, 'día', 'días')})` : ''}: ponlo al día.`,
  },
  doc: {
    title: { en: 'Fact book out of date', zh: '实情手册过期', es: 'Libro de datos desactualizado' },
    description: {
      en: 'The fact book has not been updated for more than 90 days (its `updated:` date), so contacts, figures and past campaigns may be wrong. Review it and update the date.',
      zh: '实情手册超过 90 天没有更新（看 `updated:` 日期），联系人、数据和以往广告活动可能都已过时。请检查一遍并更新日期。',
      es: 'El libro de datos lleva más de 90 días sin actualizarse (según su fecha `updated:`), así que contactos, cifras y campañas anteriores pueden estar mal. Revísalo y actualiza la fecha.',
    },
    bad: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-03-02
      ---
      # Fact book: Acme Foods
    `,
    good: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      # Fact book: Acme Foods
    `,
  },
});
