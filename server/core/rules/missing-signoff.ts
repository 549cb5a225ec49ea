/** missing-signoff: one rule, whole (check, fix, messages, reference). */
import { ROLES } from '../catalog/roles';
import { firstSections } from '../document';
import {
  entriesByRole,
  headerFieldValue,
  labelledSignoff,
  signoffEntries,
  type SignoffOptions,
  type SignoffPart,
} from '../signoffs';
import { fold, isPlaceholder } from '../text';
import { q } from '../l10n';
import { typesWith } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  role: string;
  lacks: 'name' | 'date' | 'both';
}

/** The document's client: its `client:` value, else a `**Client:** …` line atop the body (front matter wins). */
function clientOf(ctx: RuleContext<Params>): string | undefined {
  const client = ctx.doc.frontMatter?.field('client');
  if (client && !client.missing) return client.text;
  const body = headerFieldValue(ctx.doc, 'client');
  return body && !isPlaceholder(body) ? body : undefined;
}

/**
 * The client's names (its `client:` value or line and the configured aliases; with neither, every configured
 * client's) and the agency's, for party rows.
 */
function signoffOptions(ctx: RuleContext<Params>): SignoffOptions {
  const client = clientOf(ctx);
  const clientNames: string[] = [];
  const f = client ? fold(client.trim()) : undefined;
  if (client) clientNames.push(client);
  for (const c of ctx.options.config.clients) {
    const all = [c.name, ...(c.aliases ?? [])];
    if (f === undefined || all.some((n) => fold(n.trim()) === f)) clientNames.push(...all);
  }
  return {
    defaultYear: ctx.facts.defaultYear,
    dateOrder: ctx.facts.dateOrder,
    clientNames,
    agencyNames: ctx.options.config.agencyNames,
  };
}

export default defineRule({
  id: 'missing-signoff',
  severity: 'warning',
  appliesTo: typesWith((t) => (t.signoffRoles?.length ?? 0) > 0),
  check(ctx: RuleContext<Params>) {
    const roles = ctx.type.signoffRoles ?? [];
    if (roles.length === 0) return;
    const parts: (SignoffPart & { section: string })[] = firstSections(ctx.doc.sections)
      .filter((x) => x.def.kind === 'signoff')
      .map((s) => ({ ...s, start: s.heading.start, end: s.heading.end, section: s.def.id }));
    // No heading: a Sign-off given as a bold label (`**Approvals:**` over its entries) is read alike.
    const labelled = parts.length === 0 ? labelledSignoff(ctx.doc) : undefined;
    const def = ctx.type.sections.find((x) => x.kind === 'signoff');
    if (labelled && def) parts.push({ ...labelled, section: def.id });
    for (const s of parts) {
      // A present section reports every role without a name and a date, even when it is empty (docs/rules.md#missing-signoff).
      const entries = signoffEntries(ctx.doc, s, signoffOptions(ctx));
      const byRole = entriesByRole(entries, roles);
      for (const id of roles) {
        const role = ROLES.find((r) => r.id === id);
        if (!role) continue;
        const mine = byRole.get(id) ?? [];
        const good = mine.find((e) => e.hasName && e.hasDate);
        if (good) continue;
        const e = mine[0];
        const lacks = !e ? 'both' : !e.hasName && !e.hasDate ? 'both' : !e.hasName ? 'name' : 'date';
        const [a, b] = e ? [e.start, e.end] : [s.start, s.end];
        ctx.report(a, b, { role: role.names[ctx.options.locale], lacks }, { section: s.section, role: id });
      }
    }
  },
  messages: {
    en: (p) =>
      p.lacks === 'both'
        ? `Nobody has signed off as ${q.en(p.role)} yet: add their name and the date before the work goes out.`
        : p.lacks === 'name'
          ? `The ${q.en(p.role)} sign-off has no name: add who approved.`
          : `The ${q.en(p.role)} sign-off has no date: add when they approved.`,
    zh: (p) =>
      p.lacks === 'both'
        ? `还没有${q.zh(p.role)}签核：工作发出前请补上签核人姓名和日期。`
        : p.lacks === 'name'
          ? `${q.zh(p.role)}签核缺少姓名，请写上签核人。`
          : `${q.zh(p.role)}签核缺少日期，请写上签核日期。`,
    es: (p) =>
      p.lacks === 'both'
        ? `Falta la aprobación de ${q.es(p.role)}: añade su nombre y la fecha antes de que el trabajo salga de la agencia.`
        : p.lacks === 'name'
          ? `La aprobación de ${q.es(p.role)} no tiene nombre: indica quién aprobó.`
          : `La aprobación de ${q.es(p.role)} no tiene fecha: indica cuándo se aprobó.`,
  },
  doc: {
    title: { en: 'Missing sign-off', zh: '缺少签核', es: 'Falta una aprobación' },
    description: {
      en: 'Work does not leave the agency without sign-off. Each required role needs an entry with a name and a date in the Sign-off section (strategy: client, general manager, account director, creative director; brief: account lead, creative lead, client). A Sign-off written as a bold label (`**Approvals:**` with the entries below it) is checked the same way. A date written so that it reads two ways (`05/11/2026` in English) still dates the entry: ambiguous-date asks for it to be written plainly. Several signers in one line, each with their title and separated by semicolons, are each an entry, dated by the line’s date (`For the agency: Olav Dahl, General Manager; Kari Moe, Account Director — all on 17 November 2026`).',
      zh: '没有签核的工作不能离开公司。「签核」部分里每个必需的角色都要有一条，写明姓名和日期（传播策略：客户、总经理、客户总监、创意总监；创意简报：客户负责人、创意负责人、客户）。用粗体标签写的签核（`**签核：**` 下面列出各条）也同样检查。日期写得能有两种读法（英文文件里的 `05/11/2026`）也算写了日期，由 ambiguous-date 提示改写。一行里用分号隔开、各带职务的几位签署人，各算一条，日期用这一行的日期（`代理商：王强，总经理；李娜，客户总监——均于 2026年11月17日`）。',
      es: 'Ningún trabajo sale de la agencia sin aprobación. Cada rol obligatorio necesita una entrada con nombre y fecha en la sección de aprobaciones (estrategia: cliente, director general, director de cuentas, director creativo; brief: responsable de cuenta, responsable creativo, cliente). Las aprobaciones escritas como etiqueta en negrita (`**Aprobaciones:**` con las entradas debajo) se revisan igual. Una fecha que se puede leer de dos maneras (`05/11/2026` en inglés) sigue fechando la entrada: ambiguous-date pide escribirla sin dudas. Varios firmantes en una línea, cada uno con su cargo y separados por punto y coma, son una entrada cada uno, con la fecha de la línea (`Por la agencia: Olav Dahl, Director General; Kari Moe, Directora de Cuentas — todos el 17 de noviembre de 2026`).',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker, 2026-11-22
    `,
  },
});
