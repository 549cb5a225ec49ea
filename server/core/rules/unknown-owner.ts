/** unknown-owner: one rule, whole (check, fix, messages, reference). */
import { fold } from '../text';
import { q } from '../l10n';
import { isPlaceholderOwner, isPlaceholderValue } from '../placeholders';
import { isGroupOwner } from '../actions';
import { minutes } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  owner: string;
}

/**
 * Whether an owner name is on the team (names and aliases folded), once per
 * configuration; each name written is judged once (a long log repeats the
 * same few owners on every keystroke).
 */
function teamCheck(team: readonly { name: string; aliases?: readonly string[] }[]): (name: string) => boolean {
  let check = TEAM_CHECKS.get(team);
  if (!check) {
    const known = new Set<string>();
    for (const m of team) for (const n of [m.name, ...(m.aliases ?? [])]) known.add(fold(n).replace(/^@/, '').trim());
    const verdicts = new Map<string, boolean>();
    check = (name) => {
      let yes = verdicts.get(name);
      if (yes === undefined) {
        const n = fold(name).replace(/^@/, '').trim();
        yes = known.has(n) || known.has(n.replace(/[._-]+/g, ' '));
        if (verdicts.size >= 10000) verdicts.clear();
        verdicts.set(name, yes);
      }
      return yes;
    };
    TEAM_CHECKS.set(team, check);
  }
  return check;
}
const TEAM_CHECKS = new WeakMap<object, (name: string) => boolean>();

export default defineRule({
  id: 'unknown-owner',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const team = ctx.options.config.team;
    if (team.length === 0) return;
    const isKnown = teamCheck(team);
    for (const a of ctx.facts.actions) {
      // Names first: the owners' places are read only for a name that is reported.
      const names = a.ownerNames;
      for (let i = 0; i < names.length; i++) {
        if (isKnown(names[i]) || isPlaceholderOwner(names[i]) || isGroupOwner(names[i])) continue; // `@owner` is unfilled-placeholder's
        const o = a.owners[i];
        ctx.report(o.start, o.end, { owner: o.name }, { owner: o.name });
      }
    }
    const owner = ctx.doc.frontMatter?.field('owner');
    if (owner && !owner.missing && !isPlaceholderValue(owner.text) && !isKnown(owner.text))
      ctx.report(owner.valueStart, owner.valueEnd, { owner: owner.text }, { field: 'owner', owner: owner.text });
  },
  messages: {
    en: (p) => `${q.en(p.owner)} isn't on the team list: check the spelling, or add them to the team.`,
    zh: (p) => `${q.zh(p.owner)}不在团队名单里，请检查拼写，或把此人加入团队名单。`,
    es: (p) => `${q.es(p.owner)} no está en la lista del equipo: revisa cómo está escrito o añádelo al equipo.`,
  },
  doc: {
    title: { en: 'Owner not on the team', zh: '负责人不在团队名单中', es: 'Responsable fuera del equipo' },
    description: {
      en: 'An owner (`@name` or `owner:`) is not in the team roster configured for the workspace, usually a typo or someone who has left the account. Correct the name, or add the person to the roster. Checked only when a roster is configured.',
      zh: '负责人（`@姓名` 或 `owner:`）不在工作区配置的团队名单里，通常是写错了名字，或此人已不负责这个客户。请改正名字，或把此人加入名单。只有配置了团队名单时才检查。',
      es: 'Un responsable (`@nombre` u `owner:`) no está en la lista del equipo configurada para el espacio de trabajo; suele ser una errata o alguien que ya no lleva la cuenta. Corrige el nombre o añade a la persona a la lista. Solo se comprueba si hay una lista configurada.',
    },
    bad: minutes('- [ ] Send the revised storyboard @anna due 2026-11-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    setting: { config: '{ "team": [{ "name": "ana" }, { "name": "liwei" }, { "name": "tom" }] }' },
  },
});
