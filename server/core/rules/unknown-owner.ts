/** unknown-owner: one rule, whole (check, fix, messages, reference). */
import { fold } from '../text';
import { q } from '../l10n';
import { isPlaceholderOwner, isPlaceholderValue } from '../placeholders';
import { findOwners, isGroupOwner, type Owner } from '../actions';
import type { AgencyDocument } from '../document';
import { firstParagraph, listItems } from '../content';
import { spanOf } from '../markdown';
import { nameKey } from '../clientPeople';
import { isPartyName } from '../signoffs';
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
    for (const m of team)
      for (const n of [m.name, ...(m.aliases ?? [])]) {
        const name = fold(n).replace(/^@/, '').trim();
        known.add(name);
        // `(TB)` for Tom Baker: the initials of a name of two words or more.
        const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
        if (words.length >= 2) known.add(words.map((w) => w[0]).join(''));
      }
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

/** Labels that name an owner (`owner: Kevin Brown`, `负责人：李明`, `responsable: Pedro`), ending the text before a name. */
const OWNER_LABEL_BEFORE =
  /(?<![\p{L}])(?:owners?|assignee|assigned\s+to|responsible|lead|负责人|责任人|执行人|跟进人|responsables?|encargad[oa]s?)\s*[:：][^,，;；()（）\n|:：]*$/iu;

/**
 * The owners named in the clear forms only (an `@handle`, or after an `owner:` label) on the first line of each
 * item of a memo's Follow-up or an agenda's Topics (SPEC: a topic's optional `@owner`); those sections' items are
 * not action items, and a name in their prose is no owner.
 */
function namedOwners(doc: AgencyDocument): Owner[] {
  const id = doc.type?.id === 'agenda' ? 'topics' : doc.type?.id === 'memo' ? 'follow-up' : undefined;
  if (!id) return [];
  const out: Owner[] = [];
  for (const section of doc.sections) {
    if (section.def.id !== id) continue;
    for (const item of listItems(section)) {
      const para = firstParagraph(item.node);
      if (!para) continue;
      const [start, end] = spanOf({ node: para, base: item.base });
      const nl = doc.text.indexOf('\n', start);
      const line = doc.text.slice(start, nl >= 0 && nl < end ? nl : end);
      if (!line.includes('@') && !/[:：]/.test(line)) continue;
      for (const o of findOwners(line, start)) {
        const at = o.start - start;
        const before = line.slice(0, at);
        // Inside inline code (`@media`): an odd number of backticks before it.
        if ((before.match(/`/g)?.length ?? 0) % 2 === 1) continue;
        if (line[at] === '@' || OWNER_LABEL_BEFORE.test(before)) out.push(o);
      }
    }
  }
  return out;
}

export default defineRule({
  id: 'unknown-owner',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const team = ctx.options.config.team;
    if (team.length === 0) return;
    const isKnown = teamCheck(team);
    // The client's people among the attendees (clientPeople.ts; a fact of the whole document).
    const isClientPerson = (name: string) => ctx.facts.clientPeople.has(nameKey(name));
    const reported = new Set<number>();
    const { agencyNames, clients } = ctx.options.config;
    const clientNames = clients.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    // `Agency to come back with two routes`, `Cliente`, `甲方`, `Brightwell to send the assets`: a party.
    const parties = (name: string) => isPartyName(name, agencyNames, clientNames);
    const unknownOne = (name: string) =>
      !isKnown(name) && !isPlaceholderOwner(name) && !isGroupOwner(name) && !isClientPerson(name) && !parties(name); // `@owner` is unfilled-placeholder's
    // `Priya Raman (CD)`, `Hannah Pryce (Thornbury Cider)`, `Priya / Marcus`, `周子航、王浩`, `周子航（客户执行）` in an
    // owner column: each person, without the role or company in brackets, is checked.
    const unknown = (name: string) => {
      if (!unknownOne(name)) return false;
      const people = name
        .replace(/[(（[][^()（）[\]]*[)）\]]/gu, ' ')
        .split(/[ \t]*(?:[/、,，;；&+]|[ \t](?:and|y|e|和|与|及)[ \t])[ \t]*/u)
        .map((p) => p.trim())
        .filter(Boolean);
      return people.length === 0 || (people.length === 1 && people[0] === name) || people.some(unknownOne);
    };
    for (const a of ctx.facts.actions) {
      // Names first: the owners' places are read only for a name that is reported.
      const names = a.ownerNames;
      for (let i = 0; i < names.length; i++) {
        if (!unknown(names[i])) continue;
        const o = a.owners[i];
        reported.add(o.start);
        ctx.report(o.start, o.end, { owner: o.name }, { owner: o.name });
      }
    }
    // An agenda topic's owner, a memo's follow-up owner (not action items): in the clear forms only.
    for (const o of namedOwners(ctx.doc))
      if (!reported.has(o.start) && unknown(o.name)) ctx.report(o.start, o.end, { owner: o.name }, { owner: o.name });
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
      en: 'An owner (`@name` or `owner:`) is not in the team roster configured for the workspace, usually a typo or someone who has left the account. Correct the name, or add the person to the roster. Checked only when a roster is configured. The initials of a member’s full name (`TB` for Tom Baker) are that member, and a party is no person to check (`Agency to …`, `Cliente`, `甲方`, the configured agency or a client by name or alias). The owners checked are those of action items, the document’s `owner:`, and, written as `@name` or `owner: name`, an agenda topic’s owner and a memo’s follow-up owner. The roster is the agency’s team: an attendee the document marks with a client’s name or alias (`Rachel Moore (Brightwell Foods)`, `Brightwell: Rachel Moore`) is a known owner too, by full name or one of its words (`Rachel to confirm …`). So is each name of a group the client’s name closes, the groups apart by semicolons (`Rachel Moore, Sam Ortiz (Brightwell Foods); Ana Ruiz`). An owner written with a role, company or title in brackets (`Priya Raman (CD)`, `周子航（客户执行）`), or two people in one owner cell (`Priya / Marcus`, `周子航、王浩`), is checked person by person.',
      zh: '负责人（`@姓名` 或 `owner:`）不在工作区配置的团队名单里，通常是写错了名字，或此人已不负责这个客户。请改正名字，或把此人加入名单。只有配置了团队名单时才检查。成员全名的首字母（Tom Baker 写作 `TB`）算作该成员；代表一方的写法（`Agency`、`客户`、`甲方`、配置的公司名或客户名称及别名）不是需要检查的人名。检查的是行动项的负责人、文件的 `owner:`，以及写成 `@姓名` 或 `负责人：姓名` 的议程议题负责人和备忘录跟进事项负责人。团队名单是公司自己的团队：文件在参会人中标明属于某个客户（客户名称或别名，如 `赵敏（青禾乳业）`）的人，也算已知的负责人。参会人按单位分组、组与组用分号隔开时，组末括号里的客户名称属于该组的每个人（`赵敏、孙悦（青禾乳业）；王芳`）。负责人后面括号里的职务、公司或头衔（`周子航（客户执行）`、`Priya Raman (CD)`），以及一个负责人单元格里的两个人（`周子航、王浩`、`Priya / Marcus`），按人逐一检查。',
      es: 'Un responsable (`@nombre` u `owner:`) no está en la lista del equipo configurada para el espacio de trabajo; suele ser una errata o alguien que ya no lleva la cuenta. Corrige el nombre o añade a la persona a la lista. Solo se comprueba si hay una lista configurada. Las iniciales del nombre completo de un miembro (`TB` por Tom Baker) son ese miembro, y una parte no es una persona que comprobar (`Agencia`, `Cliente`, la agencia o un cliente configurados, por nombre o alias). Se comprueban los responsables de las acciones, el `owner:` del documento y, escritos como `@nombre` o `responsable: nombre`, el de cada tema de un orden del día y el de cada punto de seguimiento de un memorándum. La lista es el equipo de la agencia: un asistente que el documento marca con el nombre o alias de un cliente (`Marta Gil (Bodegas Altamira)`) también es un responsable conocido, por su nombre completo o una de sus palabras. También lo es cada nombre de un grupo que cierra el nombre del cliente, con los grupos separados por punto y coma (`Marta Gil, Luis Pardo (Bodegas Altamira); Ana Ruiz`). Un responsable escrito con su cargo, empresa o título entre paréntesis (`Diego Salcedo (Cuentas)`, `Priya Raman (CD)`), o dos personas en una misma celda (`Priya / Marcus`), se comprueba persona a persona.',
    },
    bad: minutes('- [ ] Send the revised storyboard @anna due 2026-11-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    setting: { config: '{ "team": [{ "name": "ana" }, { "name": "liwei" }, { "name": "tom" }] }' },
  },
});
