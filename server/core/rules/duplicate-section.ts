/** duplicate-section: one rule, whole (check, fix, messages, reference). */
import type { SectionDef } from '../catalog/schema';
import { isMeetingHeading, type Heading, type Section } from '../document';
import { qNamed, num, theNamedEn } from '../l10n';
import { normalizeHeading } from '../headings';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { sectionNaming } from './common/sections';
import { defineRule, type RuleContext } from './rule';

interface Params {
  /** The section's name in the document's language; `inUi`: the reader's, when it differs. */
  section: string;
  inUi?: string;
  firstLine: number;
}

/** A heading's words without numbering, punctuation or a plural ending: `2. Action Items:` → `action item`. */
function wording(h: Heading): string {
  return normalizeHeading(h.text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/(?<=\p{L}{3})e?s$/u, ''))
    .join(' ');
}

/** A date in a heading: `20240717`, `2024-07-17`, `17/07`, `7.17`. */
const DATED =
  /(?<!\d)(?:(?:19|20)\d{6}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/.月]\d{1,2}(?:[-/.]\d{2,4})?)(?!\d)/u;

/** A heading that sums the meeting up (its wording, see `wording`). */
const CONCLUSION =
  /^(?:(?:meeting |main |final )?(?:conclusion|outcome)(?: (?:from|of) .+)?|(?:会议|主要)?(?:结论|总结))$/u;

/** A heading's words without a bracketed note after them: `## 媒介形式（补充）` → `媒介形式`. */
function unnoted(h: Heading): string {
  return wording({ ...h, text: h.text.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '') });
}

/** A heading naming one part of the deliverables: the site's pages, the shots, the cut lengths (normalized). */
const DELIVERABLES_PART =
  /^(?:site ?map|site structure|site architecture|page structure|page architecture|(?:required )?pages|shot ?list|(?:spot |cut )?lengths|cutdowns|mapa del sitio|estructura del sitio|estructura web|estructura de la pagina|paginas|lista de tomas|duraciones|页面结构|镜头清单|时长版本)$/u;

/**
 * A list a status report keeps beside one of its sections, by the section's id (normalized heading): the tasks
 * handed to each person beside the next week's plan, the week's wins beside the work done.
 */
const SIDE_LIST: Readonly<Record<string, RegExp>> = {
  // (and the milestones further ahead: `## Upcoming milestones` beside `## Next week focus`)
  'next-week': /^(?:action items?|action points?|upcoming milestones?)$/u,
  completed: /^(?:(?:key |big )?wins?)(?: (?:this|of the) week)?$/u,
};

/** Whether a heading is the section's own name in one of the languages (`## 2. Support points`, `## 支持点`). */
function ownName(h: Heading, def: SectionDef): boolean {
  const n = normalizeHeading(h.text);
  return Object.values(def.names).some((name) => normalizeHeading(name) === n);
}

/** Types whose sections each have one heading: a second heading of one of them, however worded, is a repeat. */
const SECTION_PER_HEADING = new Set(['minutes', 'agenda', 'status', 'estimate', 'job', 'memo']);

/** Whether two headings of one section name it alike: the same words, or two different languages. */
function namedAlike(a: Heading, b: Heading): boolean {
  if (a.langs.length > 0 && b.langs.length > 0 && !a.langs.some((l) => b.langs.includes(l))) return true;
  return wording(a) === wording(b);
}

/**
 * The parent heading of each heading that names a section (the nearest heading before it of a higher level):
 * found from each such heading back (a long log has thousands of other headings; a section's parent is mostly
 * near it), or by one walk over them all when the ways back add up to more.
 */
function parentsOfSections(
  headings: readonly Heading[],
  sections: readonly Section[],
): Map<Heading, Heading | undefined> {
  const parentOf = new Map<Heading, Heading | undefined>();
  let budget = headings.length;
  for (const s of sections) {
    const h = s.heading;
    if (!h.section || parentOf.has(h)) continue;
    let i = 0;
    for (let hi = headings.length; i < hi; ) {
      const mid = (i + hi) >> 1;
      if (headings[mid].start < h.start) i = mid + 1;
      else hi = mid;
    }
    if (headings[i] !== h) break;
    let j = i - 1;
    while (j >= 0 && headings[j].depth >= h.depth && --budget > 0) j--;
    if (budget <= 0) break;
    parentOf.set(h, j >= 0 ? headings[j] : undefined);
  }
  if (budget > 0 && sections.every((s) => !s.heading.section || parentOf.has(s.heading))) return parentOf;
  parentOf.clear();
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length && open[open.length - 1].depth >= h.depth) open.pop();
    if (h.section) parentOf.set(h, open[open.length - 1]);
    open.push(h);
  }
  return parentOf;
}

export default defineRule({
  id: 'duplicate-section',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    // Minutes often close each topic with its own `### Conclusion`: a section repeated under
    // different parent headings belongs to different topics. Only repeats under one parent are two.
    const parentOf = parentsOfSections(ctx.doc.headings, ctx.doc.sections);
    const first = new Map<SectionDef, Map<Heading | undefined, Section>>();
    const last = new Map<SectionDef, Map<Heading | undefined, Section>>();
    for (const s of ctx.doc.sections) {
      const parent = parentOf.get(s.heading);
      const byParent = first.get(s.def) ?? new Map<Heading | undefined, Section>();
      first.set(s.def, byParent);
      const lastByParent = last.get(s.def) ?? new Map<Heading | undefined, Section>();
      last.set(s.def, lastByParent);
      const f = byParent.get(parent);
      const previous = lastByParent.get(parent);
      lastByParent.set(parent, s);
      if (!f) {
        byParent.set(parent, s);
        continue;
      }
      // `### 2. Tareas a realizar` followed at once by `### 3. Reparto de tareas`: two numbered points of
      // the meeting that go on from one another, not one section written twice.
      const number = (h: Heading) => /^\s*(\d+(?:\.\d+)*)[.)]?\s/.exec(h.text)?.[1];
      if (
        previous &&
        ctx.doc.source.slice(previous.contentEnd, s.heading.start).trim() === '' &&
        number(previous.heading) !== undefined &&
        number(s.heading) !== undefined &&
        number(previous.heading) !== number(s.heading)
      )
        continue;
      // `### 20240710-工作安排` … `### 20240717-工作安排`: a log keeping each meeting's own, dated apart.
      const dated = (h: Heading) => DATED.exec(h.text)?.[0];
      if (dated(f.heading) !== undefined && dated(s.heading) !== undefined && dated(f.heading) !== dated(s.heading))
        continue;
      // A pad keeping two calls, each with its `## Next steps:`: another call's heading (`### Monday, January 23,
      // 17:00`) between the two.
      if (
        ctx.doc.headings.some((h) => h.start > f.heading.start && h.start < s.heading.start && isMeetingHeading(h.text))
      )
        continue;
      // `## Action items` then `## Next steps` or `## Follow-ups`: real minutes keep the actions agreed
      // apart from the plan or last meeting's follow-ups, each part in its own words. The same words
      // twice, or the same section in two languages, is still one section written twice.
      if (s.def.kind === 'actions' && !namedAlike(f.heading, s.heading)) continue;
      // `## Next week plans` and `## Action items` in a status report: the week's plan, and apart from it the tasks
      // handed to each person; `## Progress this week` and `## Wins this week`: the work done, and apart from it
      // its highlights (one heading of the two naming the side list).
      const side = SIDE_LIST[s.def.id];
      if (
        side &&
        !namedAlike(f.heading, s.heading) &&
        [f.heading, s.heading].filter((h) => side.test(normalizeHeading(h.text))).length === 1
      )
        continue;
      // `## Non-goals` then `## Visual rules`, `## Brand purpose` then `## Brand personality & voice`: a plan,
      // brief or review written to its own outline gives one section's parts in headings of their own, each in
      // its own words (minutes, agendas, reports and estimates keep one heading per section).
      // (`## Support points` then `## Reasons to believe`: the section under its own name, then again under
      // another, is written twice.)
      if (
        !SECTION_PER_HEADING.has(ctx.type.id) &&
        !ownName(f.heading, s.def) &&
        !ownName(s.heading, s.def) &&
        !ctx.doc.sections.some(
          (p) =>
            p.def === s.def &&
            p.heading.start < s.heading.start &&
            parentOf.get(p.heading) === parent &&
            (namedAlike(p.heading, s.heading) || unnoted(p.heading) === unnoted(s.heading)),
        )
      )
        continue;
      // `## Deliverables` then `## Site map`: the list of the site's pages (or of the shots, the cut lengths) is one
      // part of what is delivered, under its own heading, not the Deliverables written again.
      if (
        !SECTION_PER_HEADING.has(ctx.type.id) &&
        s.def.id === 'deliverables' &&
        [f.heading, s.heading].some((h) => DELIVERABLES_PART.test(normalizeHeading(h.text)))
      )
        continue;
      // `## Services quoted` over `### Primary service` and `### Additional services`: parts of one section
      // under its own heading, not the section twice.
      if (parent?.section === s.def) continue;
      // `## 本周进展（简要）` then `## 本周进展（详细）`: one section in two versions, told apart by a bracketed note.
      const note = (h: Heading) => /[(（]([^()（）]+)[)）]\s*$/u.exec(h.text.trim())?.[1]?.trim();
      if (note(f.heading) && note(s.heading) && note(f.heading) !== note(s.heading)) continue;
      // `## 决定事项` then a closing `## 结论` (or `## Conclusion`, `## Outcome from this discussion`): the
      // decisions, then the meeting summed up.
      // `## 2.1 EIP-2046` … `## Action Items`, `## 2.2 EIP-2565` … `## Action Items`: each topic closes
      // with its own actions or decisions, a topic heading (no section's, as deep or less) between the two.
      if (
        previous &&
        (s.def.kind === 'actions' || s.def.id === 'decisions') &&
        ctx.doc.headings.some(
          (h) =>
            h.start > previous.heading.start && h.start < s.heading.start && !h.section && h.depth <= s.heading.depth,
        )
      )
        continue;
      if (
        s.def.id === 'decisions' &&
        !namedAlike(f.heading, s.heading) &&
        [f.heading, s.heading].some((h) => CONCLUSION.test(wording(h)))
      )
        continue;
      ctx.report(
        s.heading.start,
        s.heading.end,
        {
          ...sectionNaming(s.def, ctx.doc.lang, ctx.options.locale, s.heading),
          firstLine: ctx.doc.lines.positionAt(f.heading.start).line + 1,
        },
        { section: s.def.id },
      );
    }
  },
  messages: {
    en: (p) =>
      `${theNamedEn('section', p.section, p.inUi)} appears twice (first on line ${num(p.firstLine)}): merge them into one.`,
    zh: (p) => `${qNamed.zh(p.section, p.inUi)}部分出现了两次（第一次在第 ${num(p.firstLine)} 行），请合并成一个。`,
    es: (p) =>
      `La sección ${qNamed.es(p.section, p.inUi)} aparece dos veces (la primera en la línea ${num(p.firstLine)}): únelas en una sola.`,
  },
  doc: {
    title: { en: 'Section appears twice', zh: '部分重复', es: 'Sección repetida' },
    description: {
      en: "The same section has two headings (possibly in two languages, e.g. `## Decisions` and `## 结论`). Readers may miss half of it and the checks only look at the first one: merge them into a single section. A section repeated under different headings (a `### Conclusion` closing each topic of the minutes) is one per topic and is not reported, as are the actions or decisions that follow each topic's own heading (`## 2.1 Pricing` … `## Action items`, `## 2.2 Casting` … `## Action items`), and neither are two numbered points that follow one another (`### 2. Tasks` then `### 3. Assignments`, the points of the meeting in order), nor action sections named in different words of one language (`## Action items` then `## Next steps` or `## Follow-ups`: minutes often keep the actions agreed apart from the plan or from the last meeting's follow-ups), nor decisions followed by a conclusion that sums the meeting up (`## Decisions` then `## Conclusion`, `## 决定事项` then `## 结论`). A brief, strategy, review or plan may give one section's parts under headings of their own words (`## Non-goals` then `## Visual rules`, both Mandatories): only the same words twice, or the same section in two languages, are reported there, and a list of the site’s pages or of the shots (`## Site map`) beside `## Deliverables` is one part of them. One section in two versions told apart by a bracketed note (`## Progress (summary)`, `## Progress (detail)`) is not reported either, nor, in a status report, the action items handed to each person or the milestones further ahead beside the next week’s plan (`## Next week plans`, `## Action items`, `## Upcoming milestones`) or the week’s wins beside the work done (`## Progress this week`, `## Wins this week`): two lists, not one section twice.",
      zh: '同一个部分出现了两个标题（可能是不同语言，例如 `## Decisions` 和 `## 结论`）。读的人可能漏看一半，检查也只看第一个：请合并成一个部分。在不同标题下各出现一次的部分（例如纪要中每个议题后的 `### 结论`）属于各自的议题，不会报告；每个议题标题之后各自的行动或结论（`## 2.1 报价` … `## 行动项`、`## 2.2 选角` … `## 行动项`）也不会报告；紧接着的两个编号议题（`### 2. 待办事项` 之后紧跟 `### 3. 任务分工`，即会议按顺序的议题）也不会报告；同一语言中用不同说法命名的行动部分（`## 行动事项` 之后的 `## 下一步`）也不报告，纪要常把会上分配的行动与后续计划分开写；决定之后再用一节总结会议的（`## 决定事项` 之后的 `## 结论`）也不报告。简报、策略、评议或计划可以用各自措辞的标题分写同一部分的几块内容（`## 非目标` 与 `## 视觉规则`，都属必要条件）：这类文档只报告同样措辞写了两次，或同一部分用了两种语言；与 `## 交付内容` 并列的页面或镜头清单（`## 页面结构`）是其中一部分。用括号注明不同版本的同一部分（`## 本周进展（简要）`、`## 本周进展（详细）`）也不报告；状态报告中与下周计划并列、分派给各人的行动项或更远的里程碑（`## Next week plans`、`## Action items`、`## Upcoming milestones`），以及与已完成工作并列的本周亮点（`## Progress this week`、`## Wins this week`），是两份清单，也不报告。',
      es: 'La misma sección tiene dos títulos (quizá en dos idiomas, como `## Decisions` y `## Acuerdos`). Quien lo lea puede perderse la mitad y las comprobaciones solo miran la primera: únelas en una sola sección. Una sección repetida bajo títulos distintos (un `### Conclusión` al cierre de cada tema del acta) es una por tema y no se señala, como tampoco las acciones o acuerdos que siguen al título de cada tema (`## 2.1 Precios` … `## Acciones`, `## 2.2 Casting` … `## Acciones`), ni tampoco dos puntos numerados seguidos (`### 2. Tareas a realizar` y a continuación `### 3. Reparto de tareas`, los puntos de la reunión en orden), ni secciones de acciones con nombres distintos en un mismo idioma (`## Tareas asignadas` y luego `## Próximos pasos`: las actas suelen separar las tareas acordadas del plan siguiente), ni los acuerdos seguidos de una conclusión que resume la reunión (`## Acuerdos` y luego `## Conclusiones`). Un brief, una estrategia, un análisis o un plan puede repartir una sección en títulos con sus propias palabras (`## Fuera de alcance` y `## Reglas visuales`, ambos requisitos obligatorios): ahí solo se señalan las mismas palabras dos veces o la misma sección en dos idiomas, y una lista de las páginas o de las tomas (`## Mapa del sitio`) junto a `## Entregables` es una parte de ellos. Tampoco se señala una sección en dos versiones distinguidas por una nota entre paréntesis (`## Avance (resumen)`, `## Avance (detalle)`), ni, en un informe de estado, las tareas asignadas a cada persona o los hitos más lejanos junto al plan de la próxima semana (`## Next week plans`, `## Action items`, `## Upcoming milestones`) o los logros de la semana junto al trabajo hecho (`## Progress this week`, `## Wins this week`): son dos listas, no una sección repetida.',
    },
    bad: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}\n## Next actions\n- [ ] Share the media plan @tom due 2026-11-28\n`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS.trimEnd()}\n- [ ] Share the media plan @tom due 2026-11-28\n`,
  },
});
