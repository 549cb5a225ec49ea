/** empty-section: one rule, whole (check, fix, messages, reference). */
import { isEmptySection, listItems, saysNothingToRecord, sectionText, tables } from '../content';
import { hasPurposeStatement } from '../inlineRecords';
import { topicsAsHeadings, type AgencyDocument, type Section } from '../document';
import { holdsOnlySamples, holdsOnlyTemplateBlanks } from '../placeholders';
import { qNamed, theNamedEn, when } from '../l10n';
import { unmetNeeds, type UnmetNeed } from '../sectionNeeds';
import type { TextSource } from '../text';
import { show } from './common/timing';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { sectionNaming } from './common/sections';
import { defineRule, type RuleContext } from './rule';

/** A paragraph wholly in italics (`*Items that require a team decision to move forward*`). */
const ITALIC_PARAGRAPH = /^[ \t]*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)[ \t]*$/u;
/** A list item with nothing in it (`-`, `1.`, `- [ ]`). */
const EMPTY_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])(?:[ \t]+\[[ \t]?\])?[ \t]*$/u;

/**
 * The lines of `text` from `from` to `to` that hold something, one at a time (so a check can stop at the first). It
 * reads the document's source, not its whole string, which a keystroke in a long document must not make V8 copy.
 */
function* filledLines(text: TextSource, from: number, to: number): Generator<string> {
  for (let at = Math.max(0, from); at < to; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 || eol > to ? to : eol;
    const line = text.slice(at, end);
    if (line.trim()) yield line;
    at = end + 1;
  }
}

/** Whether three headings or more have an italic note right under them (counted once per version of the document). */
const templateNotesOf = new WeakMap<AgencyDocument, boolean>();
function hasTemplateNotes(doc: AgencyDocument): boolean {
  let known = templateNotesOf.get(doc);
  if (known === undefined) {
    let notes = 0;
    for (const h of doc.headings) {
      const next = filledLines(doc.source, h.end, Math.min(doc.source.length, h.end + 400)).next();
      if (!next.done && ITALIC_PARAGRAPH.test(next.value) && ++notes >= 3) break;
    }
    known = notes >= 3;
    templateNotesOf.set(doc, known);
  }
  return known;
}

/**
 * A template's note in italics under each of its headings (three of them or more): the document was filled in from
 * a template that says in italics what goes under each part (`*Items that require a team decision to move forward*`).
 * A section holding that note and nothing else but empty items (`-`) was left as the template gave it.
 * (The section's lines are read one at a time: a section over a whole 100,000-line log stops at its first line.)
 */
function holdsOnlyTemplateNote(doc: AgencyDocument, s: Section): boolean {
  let first = true;
  for (const line of filledLines(doc.source, s.contentStart, s.contentEnd)) {
    if (first ? !ITALIC_PARAGRAPH.test(line) : !EMPTY_ITEM.test(line)) return false;
    first = false;
  }
  return !first && hasTemplateNotes(doc);
}

interface Params {
  /** The section's name in the document's language; `inUi`: the reader's, when it differs. */
  section: string;
  inUi?: string;
  /** What the section lacks besides any text: its topics, or what its kind needs (sectionNeeds.ts). */
  what?: 'topics' | UnmetNeed['what'];
  /** The presentation's date, for a rehearsal set after it. */
  presentation?: string;
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
        !saysNothingToRecord(s) &&
        (isEmptySection(s) ||
          (s.def.kind === 'actions' ? holdsOnlySamples(s) : s.def.kind !== 'signoff' && holdsOnlyTemplateBlanks(s)) ||
          holdsOnlyTemplateNote(ctx.doc, s));
      // Topics are list items, rows of a table (`| Time | Topic | Lead |`) or sub-headings, one per topic.
      const noTopics =
        !empty &&
        s.def.kind === 'topics' &&
        listItems(s).length === 0 &&
        !tables(s).some((t) => t.node.children.length > 1) &&
        !s.nodes.some((p) => p.node.type === 'heading') &&
        // `## Agenda` over the topics written as headings of their own (`# Opening`, `# Points of action`).
        !topicsAsHeadings(ctx.doc) &&
        // `## Agenda` over `This meeting is to discuss …`: one topic, said in a sentence.
        !hasPurposeStatement(sectionText(s));
      // `### Objetivos principales` inside an empty `## Objetivos del proyecto`: one section, reported once.
      const inside = reported.some(
        (r) => r.def === s.def && s.heading.start >= r.contentStart && s.heading.start < r.contentEnd,
      );
      if ((empty || noTopics) && !inside) {
        reported.push(s);
        ctx.report(
          s.heading.start,
          s.heading.end,
          {
            ...sectionNaming(s.def, ctx.doc.lang, ctx.options.locale, s.heading),
            what: noTopics ? 'topics' : undefined,
          },
          { section: s.def.id },
        );
      } else if (!inside && s.def.kind) {
        // Milestones without dates, revenue without a figure, a rehearsal with no date before the presentation.
        const presentation = s.def.kind === 'rehearsal' ? ctx.facts.fieldDate('date') : undefined;
        // (Named one by one: spreading the facts would read every lazy fact, the document's actions among them.)
        const needs = unmetNeeds(s, {
          text: ctx.doc.text,
          defaultYear: ctx.facts.defaultYear,
          dateOrder: ctx.facts.dateOrder,
          presentation,
        });
        for (const need of needs) {
          ctx.report(
            need.start,
            need.end,
            {
              ...sectionNaming(s.def, ctx.doc.lang, ctx.options.locale, s.heading),
              what: need.what,
              presentation: presentation && show(presentation),
            },
            { section: s.def.id, need: need.what },
          );
        }
      }
    }
  },
  messages: {
    en: (p) => {
      switch (p.what) {
        case 'topics':
          return `The agenda has no topics yet: list each topic under ${qNamed.en(p.section, p.inUi)} as a bullet.`;
        case 'milestone-date':
          return `This milestone has no date: give each milestone under ${qNamed.en(p.section, p.inUi)} the date it is due.`;
        case 'figure':
          return `${theNamedEn('section', p.section, p.inUi)} gives no figure: state the revenue and profit expected, in numbers.`;
        case 'rehearsal-date':
          return `${theNamedEn('section', p.section, p.inUi)} gives no date: set the rehearsal for a day before the presentation.`;
        case 'rehearsal-after':
          return `The rehearsal is set after the presentation (${when(p.presentation ?? '')}): move it to before.`;
        default:
          return `${theNamedEn('section', p.section, p.inUi)} is empty: fill it in before the document goes out.`;
      }
    },
    zh: (p) => {
      switch (p.what) {
        case 'topics':
          return `议程还没有议题：请在${qNamed.zh(p.section, p.inUi)}下逐条列出要讨论的议题。`;
        case 'milestone-date':
          return `这个阶段目标没有日期：${qNamed.zh(p.section, p.inUi)}中的每个阶段目标都要写明完成日期。`;
        case 'figure':
          return `${qNamed.zh(p.section, p.inUi)}部分没有具体数字：请写明预计的收入与利润。`;
        case 'rehearsal-date':
          return `${qNamed.zh(p.section, p.inUi)}部分没有写日期：请把预演定在提案之前的某一天。`;
        case 'rehearsal-after':
          return `预演安排在提案（${when(p.presentation ?? '')}）之后，请改到提案之前。`;
        default:
          return `${qNamed.zh(p.section, p.inUi)}部分还是空的，发出前请补上内容。`;
      }
    },
    es: (p) => {
      switch (p.what) {
        case 'topics':
          return `El orden del día aún no tiene temas: escribe cada tema como un punto de lista en ${qNamed.es(p.section, p.inUi)}.`;
        case 'milestone-date':
          return `Este hito no tiene fecha: cada hito de ${qNamed.es(p.section, p.inUi)} necesita la fecha en que se cumple.`;
        case 'figure':
          return `La sección ${qNamed.es(p.section, p.inUi)} no da ninguna cifra: indica en números los ingresos y el beneficio previstos.`;
        case 'rehearsal-date':
          return `La sección ${qNamed.es(p.section, p.inUi)} no tiene fecha: fija el ensayo para un día antes de la presentación.`;
        case 'rehearsal-after':
          return `El ensayo está fijado después de la presentación (${when(p.presentation ?? '')}): adelántalo.`;
        default:
          return `La sección ${qNamed.es(p.section, p.inUi)} está vacía: complétala antes de enviar el documento.`;
      }
    },
  },
  doc: {
    title: { en: 'Empty section', zh: '部分内容为空', es: 'Sección vacía' },
    description: {
      en: "The heading is there but nothing under it, or only a placeholder such as TBD or TODO (for the next actions, also another template's samples left as they came: `[Acción 1] - Responsable: [Nombre]`; for the others, only another template's blanks: `{Descripción del proyecto}`, `[Define the audience]`, `Age:` with nothing after it). Minutes that say there was nothing (`n/a` or `None` alone under the decisions or the next actions) have said it: that is no empty section. Three sections are also empty without what they are for: an account plan's Milestones when a milestone has no date or period (`Q1`, `March`, `2027-03-01`; reported on the milestone), its Revenue and profit without a figure, and a presentation plan's Rehearsal with no date before the presentation's `date` (`the week before` is no date; `the day before` is; a date still `YYYY-MM-DD` is unfilled-placeholder’s to report). A sub-heading written as a sentence (`### Finish the sign-up page before the next meeting, and draft the second survey`) is the part's content, not a name over nothing. A document filled in from a template that notes in italics what goes under each heading (three headings or more) leaves a part empty when it holds that note alone, or with empty items (`-`). An empty section looks unfinished to the client: fill it in before the document goes out, or remove it if it is optional.",
      zh: '标题有了，下面却没有内容，或只有 TBD、待定之类的占位（后续行动部分只剩其他模板原样的示例，如 `[事项] - 负责人：[姓名]`，其他部分只剩其他模板的待填项，如 `{项目描述}`、`[目标用户画像]`、冒号后什么也没写的 `年龄：`，也算空）。会议纪要的决定或后续行动下只写 `n/a`、`None`、`无`，是说明没有，不算空。有三个部分缺了该有的内容也算空：客户经营计划的阶段目标中某项没有日期或时段（`第一季度`、`3月`、`2027-03-01`，报告在该项上），收入与利润没有具体数字，提案计划的预演没有定在提案 `date` 之前的日期（`提前一周` 不算日期，`前一天` 算；日期仍是 `YYYY-MM-DD` 的，由 unfilled-placeholder 提醒）。写成一句话的小标题（`### 在下次会议前完成页面跳转，并设计第二份问卷`）就是该部分的内容，不算空。按模板填写、每个标题下都有一行斜体说明的文档（至少三个标题），某部分只有这行说明或只有空列表项（`-`）时，也算空。空着的部分在客户看来就是没做完：发出前请补上内容，可选部分也可以直接删掉。',
      es: 'El título está, pero no hay nada debajo, o solo un marcador como TBD o «pendiente» (en los próximos pasos, también los ejemplos de otra plantilla tal cual: `[Acción 1] - Responsable: [Nombre]`; en las demás, solo los huecos de otra plantilla: `{Descripción del proyecto}`, `[Definir audiencia]`, `Edad:` sin nada detrás). Un acta que dice que no hubo nada (solo `n/a` o `Ninguno` bajo los acuerdos o los próximos pasos) ya lo ha dicho: no es una sección vacía. Tres secciones también están vacías sin lo que les da sentido: los Hitos de un plan de cuenta cuando un hito no tiene fecha ni periodo (`T1`, `marzo`, `2027-03-01`; se indica en el hito), sus Ingresos y beneficio sin ninguna cifra, y el Ensayo de un plan de presentación sin una fecha anterior a la `date` de la presentación (`la semana antes` no es fecha; `el día anterior` sí; una fecha que sigue siendo `YYYY-MM-DD` la señala unfilled-placeholder). Un subtítulo escrito como una frase (`### Terminar la página de registro antes de la próxima reunión y preparar la segunda encuesta`) es el contenido de la sección, no un nombre sobre nada. Un documento rellenado a partir de una plantilla que anota en cursiva qué va bajo cada título (tres títulos o más) deja vacía la sección que solo tiene esa nota, o puntos vacíos (`-`). Una sección vacía parece trabajo sin terminar: complétala antes de enviar el documento o quítala si es opcional.',
    },
    bad: `${MINUTES_HEAD}\n## Decisions\nTBD\n\n${NEXT_ACTIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
  },
});
