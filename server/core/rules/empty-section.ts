/** empty-section: one rule, whole (check, fix, messages, reference). */
import { isEmptySection, listItems, tables } from '../content';
import { topicsAsHeadings, type Section } from '../document';
import { holdsOnlySamples, holdsOnlyTemplateBlanks } from '../placeholders';
import { q } from '../l10n';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  section: string;
  what?: 'topics';
}

export default defineRule({
  id: 'empty-section',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const reported: Section[] = [];
    for (const s of ctx.doc.sections) {
      // An actions section holding only another template's samples (`[Acción 1] - Responsable: [Nombre]`).
      // Any other holding only another template's blanks (`{Descripción}`, `[Definir audiencia]`, `Edad: [rango]`).
      // (Not the sign-off: a blank table of signatures is missing-signoff's.)
      const empty =
        isEmptySection(s) ||
        (s.def.kind === 'actions' ? holdsOnlySamples(s) : s.def.kind !== 'signoff' && holdsOnlyTemplateBlanks(s));
      // Topics are list items, rows of a table (`| Time | Topic | Lead |`) or sub-headings, one per topic.
      const noTopics =
        !empty &&
        s.def.kind === 'topics' &&
        listItems(s).length === 0 &&
        !tables(s).some((t) => t.node.children.length > 1) &&
        !s.nodes.some((p) => p.node.type === 'heading') &&
        // `## Agenda` over the topics written as headings of their own (`# Opening`, `# Points of action`).
        !topicsAsHeadings(ctx.doc);
      // `### Objetivos principales` inside an empty `## Objetivos del proyecto`: one section, reported once.
      const inside = reported.some(
        (r) => r.def === s.def && s.heading.start >= r.contentStart && s.heading.start < r.contentEnd,
      );
      if ((empty || noTopics) && !inside) {
        reported.push(s);
        ctx.report(
          s.heading.start,
          s.heading.end,
          { section: s.def.names[ctx.options.locale], what: noTopics ? 'topics' : undefined },
          { section: s.def.id },
        );
      }
    }
  },
  messages: {
    en: (p) =>
      p.what === 'topics'
        ? `The agenda has no topics yet: list each topic under ${q.en(p.section)} as a bullet.`
        : `The ${q.en(p.section)} section is empty: fill it in before the document goes out.`,
    zh: (p) =>
      p.what === 'topics'
        ? `议程还没有议题：请在${q.zh(p.section)}下逐条列出要讨论的议题。`
        : `${q.zh(p.section)}部分还是空的，发出前请补上内容。`,
    es: (p) =>
      p.what === 'topics'
        ? `El orden del día aún no tiene temas: escribe cada tema como un punto de lista en ${q.es(p.section)}.`
        : `La sección ${q.es(p.section)} está vacía: complétala antes de enviar el documento.`,
  },
  doc: {
    title: { en: 'Empty section', zh: '部分内容为空', es: 'Sección vacía' },
    description: {
      en: "The heading is there but nothing under it, or only a placeholder such as TBD or TODO (for the next actions, also another template's samples left as they came: `[Acción 1] - Responsable: [Nombre]`; for the others, only another template's blanks: `{Descripción del proyecto}`, `[Define the audience]`, `Age:` with nothing after it). An empty section looks unfinished to the client: fill it in before the document goes out, or remove it if it is optional.",
      zh: '标题有了，下面却没有内容，或只有 TBD、待定之类的占位（后续行动部分只剩其他模板原样的示例，如 `[事项] - 负责人：[姓名]`，其他部分只剩其他模板的待填项，如 `{项目描述}`、`[目标用户画像]`、冒号后什么也没写的 `年龄：`，也算空）。空着的部分在客户看来就是没做完：发出前请补上内容，可选部分也可以直接删掉。',
      es: 'El título está, pero no hay nada debajo, o solo un marcador como TBD o «pendiente» (en los próximos pasos, también los ejemplos de otra plantilla tal cual: `[Acción 1] - Responsable: [Nombre]`; en las demás, solo los huecos de otra plantilla: `{Descripción del proyecto}`, `[Definir audiencia]`, `Edad:` sin nada detrás). Una sección vacía parece trabajo sin terminar: complétala antes de enviar el documento o quítala si es opcional.',
    },
    bad: `${MINUTES_HEAD}\n## Decisions\nTBD\n\n${NEXT_ACTIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
  },
});
