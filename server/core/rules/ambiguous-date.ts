/** ambiguous-date: one rule, whole (check, fix, messages, reference). */
import { toIsoDate, toIsoDateTime } from '../dates';
import { q } from '../l10n';
import { documentDateTokens } from './common/dateTokens';
import { minutes } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params { text: string; iso?: string }

/** Titles of its quick fixes. */
const TITLES = {
  dateToIso: {
    en: (iso: string) => `Change to ${iso}`,
    zh: (iso: string) => `改为 ${iso}`,
    es: (iso: string) => `Cambiar a ${iso}`,
  },
};

function dateToIsoFix(finding: Finding, ctx: FixContext): Fix[] {
  const iso = finding.data.iso;
  if (!iso) return [];
  return [{ title: TITLES.dateToIso[ctx.options.locale](iso), edits: [{ start: finding.start, end: finding.end, newText: iso }], isPreferred: true }];
}

export default defineRule({
  id: 'ambiguous-date',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind !== 'ambiguous' || /^yyyy-mm-dd$/i.test(t.text)) continue;
      const iso = t.certain ? (t.hasTime ? toIsoDateTime(t.certain) : toIsoDate(t.certain)) : undefined;
      ctx.report(t.start, t.end, { text: t.text, iso }, iso ? { iso } : {});
    }
  },
  fix: dateToIsoFix,
  fixTitles: TITLES,
  messages: {
    en: (p) => p.iso
      ? `The date ${q.en(p.text)} can be misread: write it as ${p.iso}.`
      : `The date ${q.en(p.text)} can be read more than one way: write it as YYYY-MM-DD.`,
    zh: (p) => p.iso
      ? `日期${q.zh(p.text)}容易被误读，请写成 ${p.iso}。`
      : `日期${q.zh(p.text)}有不止一种读法，请写成 YYYY-MM-DD 格式。`,
    es: (p) => p.iso
      ? `La fecha ${q.es(p.text)} se puede malinterpretar: escríbela como ${p.iso}.`
      : `La fecha ${q.es(p.text)} se puede leer de varias formas: escríbela como AAAA-MM-DD.`,
  },
  doc: {
    title: { en: 'Ambiguous date', zh: '有歧义的日期', es: 'Fecha ambigua' },
    description: {
      en: 'A date like 03/04/2026 means 3 April to some readers and 4 March to others, which is risky with international clients and offices. Write dates as YYYY-MM-DD (2026-04-03); the quick fix rewrites them when the reading is certain.',
      zh: '像 03/04/2026 这样的日期，有人读成 4 月 3 日，有人读成 3 月 4 日，跟海外客户和办公室合作时尤其容易出错。请写成 YYYY-MM-DD（2026-04-03）；能确定读法时，快速修复会自动改写。',
      es: 'Una fecha como 03/04/2026 es el 3 de abril para unos y el 4 de marzo para otros, un riesgo con clientes y oficinas de otros países. Escribe las fechas como AAAA-MM-DD (2026-04-03); la corrección rápida las reescribe cuando la lectura es segura.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 03/12/2026\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-12-03\n'),
  },
});
