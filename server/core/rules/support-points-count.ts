/** support-points-count: one rule, whole (check, fix, messages, reference). */
import { isEmptySection, listItems, tables } from '../content';
import { firstSections } from '../document';
import { num, plural } from '../l10n';
import { typesWithSection } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  count: number;
  max: number;
}

export default defineRule({
  id: 'support-points-count',
  severity: 'warning',
  appliesTo: typesWithSection('support-points'),
  check(ctx: RuleContext<Params>) {
    const max = 5;
    for (const s of firstSections(ctx.doc.sections).filter((x) => x.def.kind === 'support-points')) {
      // An empty section has no support point: docs/rules.md#support-points-count reports it here too.
      const items = listItems(s).length;
      const rows = tables(s).reduce((n, t) => n + Math.max(0, t.node.children.length - 1), 0);
      const paragraphs = s.nodes.filter((p) => p.node.type === 'paragraph').length;
      const count = isEmptySection(s) ? 0 : items + rows || paragraphs;
      if (count === 0 || count > max) {
        ctx.report(s.heading.start, s.heading.end, { count, max }, { section: s.def.id });
      }
    }
  },
  messages: {
    en: (p) =>
      p.count === 0
        ? `There is no support point yet: add the main reasons to believe the button (at most ${num(p.max)}).`
        : `There ${p.count === 1 ? 'is' : 'are'} ${plural(p.count, 'support point', 'support points')}; keep only the main ones (at most ${num(p.max)}).`,
    zh: (p) =>
      p.count === 0
        ? `还没有支持点：请列出支撑按钮的主要理由（最多 ${num(p.max)} 条）。`
        : `支持点有 ${num(p.count)} 条，请只保留最主要的（最多 ${num(p.max)} 条）。`,
    es: (p) =>
      p.count === 0
        ? `Todavía no hay ningún punto de apoyo: añade las razones principales que respaldan el botón (${num(p.max)} como máximo).`
        : `Hay ${plural(p.count, 'punto de apoyo', 'puntos de apoyo')}; quédate solo con los principales (${num(p.max)} como máximo).`,
  },
  doc: {
    title: { en: 'Too many or no support points', zh: '支持点数量不当', es: 'Puntos de apoyo de más o de menos' },
    description: {
      en: 'Support points are the reasons to believe the button. There must be at least one, and no more than five: a long list dilutes the message. Keep only the main ones and leave the rest to the fact book.',
      zh: '支持点是让人相信按钮的理由，至少要有一条，但不能超过五条：列得太多会冲淡信息。只保留最主要的，其余的留在实情手册里。',
      es: 'Los puntos de apoyo son las razones para creer el botón. Tiene que haber al menos uno y no más de cinco: una lista larga diluye el mensaje. Quédate con los principales y deja el resto en el libro de datos.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Support points
      - 12 g of protein per bar
      - Made with whole oats
      - No added sugar
      - Recyclable wrapper
      - Made in Spain
      - Three flavours
      - Sold in 5,000 stores
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Support points
      - 12 g of protein per bar
      - Made with whole oats
      - No added sugar
    `,
  },
});
