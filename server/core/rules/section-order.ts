/** section-order: one rule, whole (check, fix, messages, reference). */
import { firstSections, type AgencyDocument, type Section } from '../document';
import { headingCandidates, normalizeHeading, sectionTable } from '../headings';
import { qNamed } from '../l10n';
import { MINUTES_HEAD, DECISIONS, NEXT_ACTIONS } from './common/examples';
import { sectionNaming } from './common/sections';
import { defineRule, type RuleContext } from './rule';

interface Params {
  /** The sections' names in the document's language; `inUi`, `shouldPrecedeInUi`: the reader's, when they differ. */
  section: string;
  inUi?: string;
  shouldPrecede: string;
  shouldPrecedeInUi?: string;
}

/**
 * `## Conclusión` ending the document: it counts as the decisions, but a conclusion closes the minutes by
 * nature, so it is not asked to move above the actions.
 */
function closingConclusion(s: Section, sections: readonly Section[]): boolean {
  // (`## Conclusiones generales`, `## Final conclusions`: the document's own closing words, not another meeting's.)
  // (`#### 会议收获总结`, `## 会议总结`: the meeting summed up at the end, in Chinese.)
  const heading = normalizeHeading(s.heading.text).replace(/[:：]$/u, '');
  return (
    s === sections[sections.length - 1] &&
    (/^(?:(?:general|final|overall)[ ]+)?conclusion(?:es|s)?(?:[ ]+(?:generales|finales|general|final))?$/u.test(
      heading,
    ) ||
      /^(?:会议)?(?:收获)?总结$|^会议收获$/u.test(heading))
  );
}

/**
 * A brief, report or plan written to its writer's own outline: fewer than half its headings (the title aside)
 * name distinct sections of its type (`## Campaign Goals` among `## Timeline`, `## KPIs`, `## Platform Preferences`…).
 * Its order is the writer's, not the handbook's template filled in out of order, so it is not asked to move.
 * Minutes and agendas are asked all the same: their decisions come before the actions whatever the topics.
 */
function ownOutline(doc: AgencyDocument): boolean {
  if (doc.type?.id === 'minutes' || doc.type?.id === 'agenda') return false;
  const headings = doc.headings.length - (doc.title && doc.headings.includes(doc.title) ? 1 : 0);
  // Distinct sections: `## Messaging` over `### Core value proposition` and `### Key messages` is one.
  if (new Set(doc.sections.map((s) => s.def)).size * 2 < headings) return true;
  // A web brief with `## Website goals`, `## Required pages`, `## Design preferences` and no target, button or
  // support points: half the type's parts or fewer, the writer's own form rather than the template.
  const required = doc.type?.sections.filter((d) => !d.optional) ?? [];
  const present = new Set(doc.sections.map((s) => s.def));
  return required.length >= 6 && required.filter((d) => present.has(d)).length * 2 <= required.length;
}

/**
 * A log of meetings, each under a heading that opens with its date (`# 2017-08-01 18:30`, `### 15/06/2023`): the
 * offset of the dated heading each offset falls under, so that only the sections of one meeting are compared
 * (a log written newest first puts an older meeting's decisions after a newer one's actions). Undefined when the
 * document is one meeting (fewer than two dated headings).
 */
function meetingOf(doc: AgencyDocument): ((offset: number) => number) | undefined {
  const dated: number[] = [];
  for (const h of doc.headings)
    if (h !== doc.title && mayOpenWithDigit(h.text) && DATED_HEADING.test(h.text.trim())) dated.push(h.start);
  if (dated.length < 2) return undefined;
  // The headings are in the text's order: the last dated one starting at or before the offset, by halves (a log
  // of a thousand meetings asks this for each pair of sections it compares).
  return (offset) => {
    let lo = 0;
    let hi = dated.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dated[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo ? dated[lo - 1] : -1;
  };
}
/** Whether `s` trimmed may start with a digit, as a dated heading does: the pattern is tried on those only (a log's thousands of headings, on every edit). */
function mayOpenWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || LEADING_SPACE.test(s);
}
/** What `trim` takes away, at the start. */
const LEADING_SPACE = /^\s/;
const DATED_HEADING = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?![\d])/u;

/**
 * Whether the last heading of a section repeats its first: the same words, the same heading over both, and no
 * heading naming no section between them as deep or less (a topic of the meeting, whose own actions those are).
 */
function plainRepeat(doc: AgencyDocument, first: Section, last: Section): boolean {
  if (first === last || normalizeHeading(first.heading.text) !== normalizeHeading(last.heading.text)) return false;
  const hs = doc.headings;
  const i = hs.indexOf(first.heading);
  const j = hs.indexOf(last.heading);
  if (i < 0 || j < 0 || hs[i].depth !== hs[j].depth) return false;
  for (let k = i + 1; k < j; k++)
    if (hs[k].depth < hs[i].depth || (hs[k].depth === hs[i].depth && !hs[k].section)) return false;
  return true;
}

/** The later section's naming under its own keys. */
function precedes(n: { section: string; inUi?: string }): Pick<Params, 'shouldPrecede' | 'shouldPrecedeInUi'> {
  return n.inUi === undefined ? { shouldPrecede: n.section } : { shouldPrecede: n.section, shouldPrecedeInUi: n.inUi };
}

export default defineRule({
  id: 'section-order',
  severity: 'information',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    if (ownOutline(ctx.doc)) return;
    const order = new Map(ctx.type.sections.map((d, i) => [d, i]));
    const seen: Section[] = [];
    const sections = firstSections(ctx.doc.sections);
    // A section written twice (`## Pending action items` reviewed at the top, `## Action items` after the
    // decisions) is in order if one of its headings is: only one wholly after the other is out of place.
    const last = new Map<Section['def'], Section>();
    for (const s of ctx.doc.sections) last.set(s.def, s);
    // Only against sections of its own level or above: actions written under each topic (`#### Action items`
    // in `### Treasurer updates`) are the topics' own, and a `## Formal motions` after them is not out of place.
    // The meetings are looked for only when two sections are out of order (a log's thousands of headings, on every edit).
    let meeting: ReturnType<typeof meetingOf> | null = null;
    const sameMeeting = (a: number, b: number) => {
      if (meeting === null) meeting = meetingOf(ctx.doc);
      return !meeting || meeting(a) === meeting(b);
    };
    // (But a section written twice in the same words under one heading, which duplicate-section asks to merge
    // into the first, is judged where it first stands: the order of the others is still checked.)
    const judged = new Map<Section['def'], Section>();
    const judgedOf = (p: Section) => {
      let j = judged.get(p.def);
      if (!j) judged.set(p.def, (j = plainRepeat(ctx.doc, p, last.get(p.def)!) ? p : last.get(p.def)!));
      return j;
    };
    const before = (p: Section, s: Section) => {
      const l = judgedOf(p).heading;
      return l.start < s.heading.start && l.depth <= s.heading.depth && sameMeeting(l.start, s.heading.start);
    };
    // `## 会议决议与行动项`, `## Decisions and next steps`: a heading naming both is the later part too.
    const table = sectionTable(ctx.type).table;
    const namesToo = (s: Section, def: Section['def']) =>
      headingCandidates(s.heading.text).some((c) => table.get(c) === def);
    for (const s of sections) {
      const i = order.get(s.def)!;
      const later = seen.find((p) => order.get(p.def)! > i && before(p, s));
      if (later && !closingConclusion(s, sections) && !namesToo(s, later.def)) {
        ctx.report(
          s.heading.start,
          s.heading.end,
          {
            ...sectionNaming(s.def, ctx.doc.lang, ctx.options.locale, s.heading),
            ...precedes(sectionNaming(later.def, ctx.doc.lang, ctx.options.locale, later.heading)),
          },
          { section: s.def.id },
        );
      }
      seen.push(s);
    }
  },
  messages: {
    en: (p) =>
      `${qNamed.en(p.section, p.inUi)} usually comes before ${qNamed.en(p.shouldPrecede, p.shouldPrecedeInUi)}: move it up.`,
    zh: (p) =>
      `${qNamed.zh(p.section, p.inUi)}通常放在${qNamed.zh(p.shouldPrecede, p.shouldPrecedeInUi)}之前，请把它往前移。`,
    es: (p) =>
      `La sección ${qNamed.es(p.section, p.inUi)} suele ir antes de ${qNamed.es(p.shouldPrecede, p.shouldPrecedeInUi)}: muévela más arriba.`,
  },
  doc: {
    title: { en: 'Section out of order', zh: '部分顺序不对', es: 'Sección fuera de orden' },
    description: {
      en: "Sections follow the handbook's order (in a brief: objective, target, button, support points…) so that clients and creatives always find things in the same place. Move the heading up to where it belongs. A Conclusion closing the document (a general or final one too, or a meeting’s closing summary, 会议总结) is where a conclusion belongs: it is not asked to move, and neither is a heading that names the later section too (Decisions and next steps). A section written twice is in order when one of its headings is (the last meeting's actions reviewed at the top, the new ones after the decisions); written twice in the same words under one heading, it is judged by its first, the one duplicate-section asks to merge into, so the order of the others is still checked. A brief or report written to its own outline, where fewer than half the headings name the type's sections, keeps its writer's order, and so does one that has half its type's sections or fewer (a web brief with its goals, pages and features but no target, button or support points). Sections written under each topic (a topic's own action items, one level below the decisions) are not compared with the sections above them. In a log of meetings, each under a heading opening with its date (`# 2026-11-02`, `### 15/06/2026`), only the sections of one meeting are compared.",
      zh: '各部分应按规范的顺序排列（例如创意简报：目标、目标消费者、按钮、支持点……），客户和创意人员才能每次都在同一位置找到内容。请把这个标题移到应在的位置。放在文末的 Conclusion / Conclusión（总结性结论，包括总的或最后的结论）或会议总结（会议收获总结）本就应在最后，不要求上移；同时写明后一部分的标题（会议决议与行动项）也不要求上移。同一部分写了两次时，只要其中一处位置正确就算符合顺序（例如开头回顾上次会议的待办，决定之后列出新的行动）；若在同一上级标题下用同样的措辞写了两次，则按第一次出现的位置判断（重复部分规则要求合并到这一处），其他部分的顺序照样检查。按自己的提纲写的简报或报告（不到一半的标题是该类型的部分）保持作者的顺序，不提示；只有该类型一半或更少部分的文档（只写了目标、页面和功能，没有目标消费者、按钮和支持点的网站简报）也一样。写在各议题下面的部分（比决定低一级的议题待办）不与上级部分比较顺序。多次会议的记录、每次会议的标题以日期开头（`# 2026-11-02`、`### 15/06/2026`）时，只比较同一次会议的各部分。',
      es: 'Las secciones siguen el orden del manual (en un brief: objetivo, consumidor, botón, puntos de apoyo…) para que el cliente y los creativos encuentren todo siempre en el mismo sitio. Sube el título a su lugar. Una «Conclusión» que cierra el documento (también unas «Conclusiones generales» o «finales», o el resumen final de una reunión, 会议总结) está en su sitio: no se pide moverla, ni tampoco un título que nombra también la sección posterior (Acuerdos y próximos pasos). Una sección escrita dos veces está en orden si uno de sus títulos lo está (las tareas de la reunión anterior repasadas al principio, las nuevas después de los acuerdos); escrita dos veces con las mismas palabras bajo un mismo título, se juzga por la primera, en la que duplicate-section pide unirlas, y el orden de las demás se sigue comprobando. Un brief o un informe escrito con su propio esquema, en el que menos de la mitad de los títulos son secciones del tipo, conserva el orden de quien lo escribió, igual que uno que tiene la mitad de las secciones de su tipo o menos (un brief web con objetivos, páginas y funciones, sin público, botón ni apoyos). Las secciones escritas dentro de cada tema (las tareas de un tema, un nivel por debajo de los acuerdos) no se comparan con las de arriba. En un registro de varias reuniones, cada una bajo un título que empieza por su fecha (`# 2026-11-02`, `### 15/06/2026`), solo se comparan las secciones de una misma reunión.',
    },
    bad: `${MINUTES_HEAD}\n${NEXT_ACTIONS}\n${DECISIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
  },
});
