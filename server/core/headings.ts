/**
 * Tolerant heading matching (docs/types.md#section-names): numbering, trailing colons, emphasis,
 * emoji, case and accents are ignored, and a heading may carry several
 * names (`## 按钮 Button`, `## Button / 按钮`, `## 按钮（Button）`).
 */
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { LANGS } from './catalog/schema';
import { detached, fold, hasHan, MEMO_ENTRIES, simplifiedHan } from './text';

const NUMBERING = [
  // (Not `7天核心指标`: a span of days, read by unqualified.)
  /^(?!\d{1,2}[天日](?![\d、.．]))[(（]?\d+(?:[.．]\d+)*[.)．、)）]?\s*/u, // 1. 1) (1) （1） 1.2 1、
  /^[(（]?[〇零一二三四五六七八九十百]+[、.．)）]\s*/u, // 一、 （一） 〇、
  /^[(（]?[壹贰貳貮叁參叄肆伍陆陸柒捌玖拾佰]+[、.．)）]\s*/u, // 壹、 陸、 (the formal numerals of Taiwanese minutes)
  // `## Item 2: Sprint plan`, `## Punto 3. Acuerdos`: the point of the meeting, numbered, before its name.
  /^(?:agenda item|item|punto|point|topic|tema)\s*#?\d{1,2}\s*[:：.)]\s+/iu,
  // (Not `第七周任务`: the week a part belongs to is read by unqualified.)
  /^第(?![一二三四五六七八九十百\d]+[周天月年期次])[一二三四五六七八九十百\d]+[部分章节条]?[、.．:：\s]*/u,
  /^[\u2460-\u2473\u2776-\u277f\u24eb-\u24f4]\s*/u, // ① ❶
  /^[A-Za-z][.)]\s+/u, // A. a)
  /^[IVXLC]+[.)]\s+/u, // IV.
  /^[\u2160-\u216b][.、．]?\s*/u, // Ⅳ
];
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner and variation selector is matched on its own, on purpose (they are stripped one by one)
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3]/gu;

/** A heading's text reduced for comparison: no numbering, colon, emoji, case or accents. */
export function normalizeHeading(text: string): string {
  // Headings and table headers repeat (every edit, every table): normalized once each.
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    // A copy too: a name read from a label line may come back unchanged, a slice of the whole text.
    n = detached(normalizeUncached(text));
    if (NORMALIZED.size >= MEMO_ENTRIES) NORMALIZED.clear();
    // Kept as a copy: the heading is a slice of its document's text, and a slice would keep that whole text alive.
    NORMALIZED.set(detached(text), n);
  }
  return n;
}
const NORMALIZED = new Map<string, string>();

function normalizeUncached(text: string): string {
  // `## 決議`, `### 負責人`: Traditional characters are read as the vocabulary's simplified ones.
  let s = (hasHan(text) ? simplifiedHan(text) : text)
    // `## Decisions {#decisions}`: an anchor or class for the site generator is not part of the name.
    .replace(/\s*\{[#.][^{}]*\}\s*$/u, '')
    // `## <strong>Actas de acuerdos</strong>`: HTML emphasis around the name is not part of it (eval90).
    .replace(/<\/?(?:strong|b|em|i)>/giu, ' ')
    .replace(EMOJI, ' ')
    .replace(/[*_`~]+/g, ' ')
    // `## 2.“颜值”`, `## 两个"千万别"`: a name put in quotes is the name.
    .replace(/["“”「」『』]+/gu, ' ')
    // `What’s been completed`: a typographic apostrophe is the apostrophe the names are written with.
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/g, ' ')
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of NUMBERING) {
      const next = s.replace(re, '');
      if (next !== s && next.trim() !== '') {
        s = next.trim();
        changed = true;
      }
    }
  }
  // `## ¿A quién nos dirigimos?`: a question or an exclamation is its words.
  s = s
    .replace(/[:：?？!！.。]+\s*$/u, '')
    .replace(/^[¿¡]+\s*/u, '')
    .trim();
  return (
    fold(s)
      .replace(/\s+/g, ' ')
      // `Active or on going projects`, `On-going work`: the word `ongoing`, written in two.
      .replace(/(?<![\p{L}])on[ -]going(?![\p{L}])/gu, 'ongoing')
  );
}

/**
 * `Action Plan & Next Steps`: the plan the tasks make, beside a name of the tasks (TASKS_PART); alone, a
 * retrospective's plan is no list of tasks (missing-section).
 */
const ACTION_PLAN_PART = /^(?:(?:our|the|team) )?(?:action plan|plan de accion|plan de acción|行动计划)$/u;
const TASKS_PART =
  /(?:^|\s)(?:next steps|action items|actions|tasks|to-?dos|proximos pasos|próximos pasos|tareas|acciones|后续行动|待办事项|任务)$/u;

/** Words that join a section's name in a heading without naming a section of their own (`Summary and next steps`). */
const NOTES_PARTS = new Set([
  'summary',
  'recap',
  'notes',
  'discussion',
  'wrap up',
  'wrap-up',
  'review',
  'overview',
  'resumen',
  'notas',
  'discusion',
  'discusión',
  '总结',
  '小结',
  '讨论',
  '回顾',
  // `Notes, Decisions, Issues`: what else the part holds.
  'issues',
  'problems',
  'problemas',
  '问题',
  // `Tareas y reparto`, `Tasks and owners`: who does each.
  'reparto',
  'asignacion',
  'responsables',
  'owners',
  '分工',
  // `Tareas, asignación y calendario`, `Tasks and deadlines`: and when each is due.
  'calendario',
  'plazos',
  'fechas',
  'cronograma',
  'deadlines',
  'due dates',
  'timeline',
  '时间安排',
  // `Tareas y expectativas`, `Temas tratados / decisiones importantes`: what else the part holds.
  'expectativas',
  'expectations',
  'temas tratados',
  'topics discussed',
  '讨论内容',
  // `Acuerdos y observaciones`, `Decisiones y trabajo realizado`: remarks and what was done besides.
  'observaciones',
  'observations',
  'comentarios',
  'comments',
  'trabajo realizado',
  'work done',
  '备注',
]);

/**
 * A name without the words that only qualify it: `Key decisions` → `decisions`, `Potential TODOs` → `todos`,
 * `Outcome from this discussion` → `outcome`, `Decisiones técnicas` → `decisiones` (normalized text in,
 * normalized text out). Not what follows `for`, but a time frame: `## Next steps for @oneOf (5m, Hugh)` is a
 * topic of the agenda.
 */
const MONTH_WORD =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|sep(?:tiembre)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?';
const DAY_AFTER_NAME = new RegExp(
  String.raw`^(.+?) (?:del?|of|on) (?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}|\d{1,2}(?: de)? (?:${MONTH_WORD})(?:,?(?: de)? \d{4})?|(?:${MONTH_WORD}) \d{1,2}(?:,? \d{4})?)$`,
  'u',
);

/** Spanish qualifying adjectives after the noun (see unqualified). */
const SPANISH_QUALIFIERS =
  / (?:tecnic[ao]s?|principal(?:es)?|importantes|general(?:es)?|final(?:es)?|relevantes|claves?|iniciales|asumid[oa]s|adquirid[oa]s|previst[oa]s|sugerid[oa]s|propuest[oa]s|proxim[oa]s|siguientes|disponibles|ofrecid[oa]s|defendibles?|detallad[oa]s?|inmediat[oa]s|a (?:tomar|realizar|seguir|medir|trackear|monitorear))$/u;
/** The same without the words that rank the name (`Métricas clave`, a name of its own, is kept). */
const SPANISH_QUALIFIERS_KEEPING_RANK =
  / (?:tecnic[ao]s?|importantes|general(?:es)?|final(?:es)?|relevantes|iniciales|asumid[oa]s|adquirid[oa]s|previst[oa]s|sugerid[oa]s|propuest[oa]s|proxim[oa]s|siguientes|disponibles|ofrecid[oa]s|defendibles?|detallad[oa]s?|inmediat[oa]s|a (?:tomar|realizar|seguir|medir|trackear|monitorear))$/u;

/** Never matches: a step of unqualified left out. */
const NOTHING = /(?!)/u;

/**
 * A candidate name without the words that qualify it (`Key decisions` → `decisions`). About forty patterns run over
 * each candidate, and the same candidates come back in every document and every check (a minutes' `Action items`):
 * read once each, as normalizeHeading's are.
 */
function unqualified(c: string, keepRank = false, afterDe = true): string {
  const key = (keepRank ? '1' : '0') + (afterDe ? '1' : '0') + c;
  let n = UNQUALIFIED.get(key);
  if (n === undefined) {
    n = detached(unqualifiedUncached(c, keepRank, afterDe));
    if (UNQUALIFIED.size >= MEMO_ENTRIES) UNQUALIFIED.clear();
    UNQUALIFIED.set(detached(key), n);
  }
  return n;
}
const UNQUALIFIED = new Map<string, string>();

function unqualifiedUncached(c: string, keepRank: boolean, afterDe: boolean): string {
  return (
    c
      // `Accomplishments thus far`, `The work done so far`, `Logros hasta ahora`, `目前为止的进展`: the time up to
      // the report, after or before the name.
      .replace(/ (?:thus far|so far|to date|until now|up to now|hasta (?:ahora|la fecha|el momento))$/u, '')
      .replace(/^(?:目前为止|截至目前|迄今)的?(?=\p{Script=Han})/u, '')
      // `Resumen de las nuevas tareas`, `Summary of tasks`: the tasks or decisions, summed up (not `Resumen de
      // servicios`: an estimate's summary of its costs, beside its line items).
      .replace(
        /^(?:summary|recap|resumen|sintesis) (?:of|de) (?:the |all |los |las |la |el |todas las |todos los )?(?=(?:(?:new|open|nuev[oa]s|pendientes) )?(?:tasks|actions|action items|decisions|agreements|next steps|tareas|acciones|acuerdos|decisiones|proximos pasos)$)/u,
        '',
      )
      // `Tareas del 20/11` (split at its slash: `Tareas del 20`), `Acuerdos del 3 de diciembre`, `Decisions of 20
      // Nov`: the meeting's day, after the name.
      .replace(DAY_AFTER_NAME, '$1')
      // `To do until 30.09`, `Deliverables for Monday`: the work due by a day, the day after the name (eval90).
      .replace(
        /^(to ?-?do|tasks|deliverables) (?:for|until|by|due) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)$/u,
        (_, name: string) => (name === 'deliverables' ? 'deliverables due' : name),
      )
      // `Actas de acuerdos de las reuniones en las que …`: the records of what was agreed, and at which meetings.
      .replace(/^(actas de acuerdos) de (?:las|los) (?:reuniones|sesiones|encuentros)(?: .*)?$/u, '$1')
      // (`keepRank`: not these, so that `Key metrics to track` is also `Key metrics`, a name of its own.)
      .replace(
        keepRank
          ? NOTHING
          : /^(?:(?:key|main|major|final|preliminary|initial|tentative|technical|important|consented|agreed|potential|pending|outstanding|proposed|possible|further|immediate|remaining|additional|new|open|design|backport|release|team|general|meeting|frontend|front-end|front end|backend|back-end|back end|individual|weekly|detailed|concise|comprehensive|audit|critical|nuev[oa]s?) )+(?=\S)/u,
        '',
      )
      // `Core promise`, `Primary objective`, `Overall tone`: a word that ranks the name before it; `The emotional
      // message`: the kind of appeal it makes.
      // `The one-sentence ambition`, `One-line objective`: how short the statement is to be, before its name.
      .replace(/^(?:core|primary|overall|central|emotional|(?:one|single)[ -](?:sentence|line)) (?=\S)/u, '')
      // `The three bold claims`, `Cinco pilares`: how many there are, before the name (a figure is numbering).
      .replace(
        /^(?:two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?=\S)/u,
        '',
      )
      // `Current content analysis`, `Current brand assessment`: where things stand today, looked at.
      .replace(
        /^current (?:[\p{L}-]+ ){0,2}(?:analysis|audit|assessment|diagnosis|situation|state|landscape)$/u,
        'current situation',
      )
      // `Who Badge 8 is for`, `What makes Acme stand out`: the brand's name where the names say `it`.
      .replace(/^who [\p{L}\d][\p{L}\d .&'-]{0,40}? (?:is|are) for$/u, 'who it is for')
      .replace(/^what makes [\p{L}\d][\p{L}\d .&'-]{0,40}? (stand out|different|distinct)$/u, 'what makes it $1')
      // `Job to be done by the homepage`: what the page is there to do, its goal.
      .replace(
        /^job(?: to be done)? (?:of|by|for) (?:the |this |our )?(?:home ?page|landing page|page|site|website)$/u,
        'page goal',
      )
      // `核心价值主张`, `主要目标`, `关键指标`: likewise in Chinese, before a name of two characters or more.
      // `三项技术决策`, `两点共识`: how many there are, before the name.
      .replace(/^[一二三四五六七八九十两几\d]+[项条个点档种款类](?=\p{Script=Han}{2})/u, '')
      // `套餐对比`, `方案比较`: the part, compared side by side (after how many there are: `三档套餐对比`).
      .replace(/^(\p{Script=Han}{2,8}?)(?:对比|比较)$/u, '$1')
      // `全新品牌定位策略`, `目标用户重新细分`: the part made anew, before the name or the verb.
      .replace(/^全新的?(?=\p{Script=Han}{2})/u, '')
      .replace(/^(\p{Script=Han}{2,6})重新(?=细分|定位|梳理)/u, '$1')
      // (`整体时间线`, `整体预期成果`: the overall one, as `Overall tone`.)
      .replace(/^(?:核心|主要|关键|重要|技术|重大|最终|初步|整体)(?=\p{Script=Han}{2})/u, '')
      // `现阶段达成的共识`, `目前达成的决议`: the stage it was reached at, before what was reached.
      .replace(/^(?:现阶段|目前|当前|会上|本次会议)(?=达成的?(?:共识|决议|结论))/u, '')
      // `七日进度明细`, `每日进度明细`: the days the detail covers, before the name.
      .replace(/^(?:七日|近七日|七天|每日|逐日|近?\d{1,2}[天日])的?(?=\p{Script=Han}{2})/u, '')
      // `推广前的硬性前提`, `上线前的准备`: the moment it is for, before the name.
      .replace(/^(?:推广|投放|上线|发布|开工)前的?(?=\p{Script=Han}{2})/u, '')
      // `先定一句话定位`, `明确目标用户`: a verb asking to settle the part, before its name.
      .replace(/^(?:先定|先确定|确定|明确|先明确|定义|界定|锁定|找准)(?=\p{Script=Han}{2})/u, '')
      // `阶段二：……合规与法律框架`: the phase of the plan, before the part's name.
      .replace(/^阶段[一二三四五六七八九十\d]{1,2}[:：]? ?(?=\p{Script=Han}{2})/u, '')
      // `中国市场销售咖啡的合规与法律框架`: what the part is about, then `的` and the name (not in minutes: `现阶段的工作安排`
      // is a point of the meeting, see leadingNames).
      .replace(afterDe ? /^\p{Script=Han}[\p{Script=Han}\p{L}\d]{1,24}的(?=\p{Script=Han}{2,8}$)/u : NOTHING, '')
      // `竞品一：……`, `Competitor 2: …`: one competitor of several, numbered.
      .replace(/^(竞品|竞争对手|competitor|competidor) ?(?:[一二三四五六七八九十]{1,3}|#?\d{1,2})$/u, '$1')
      // `长期愿景`, `短期目标`: the time span it looks at, before the name.
      .replace(/^(?:长期|中长期|短期|中期)的?(?=\p{Script=Han}{2})/u, '')
      // `两个“千万别”`: how many there are, before a name in quotes (the quote leaves a space).
      .replace(/^[两二三四五六七八九十几]个 ?(?=\p{Script=Han}{2})/u, '')
      // `Restricciones de claims`, `Reglas de pauta`, `Rules for video`: the rules, and what they are about (not
      // `Reglas de copy`: how to write, the voice's rules).
      .replace(
        /^(restricciones|limitaciones|reglas?|normas|restrictions|constraints|rules|guidelines) (?:de|del|de la|para|on|for|about) (?!(?:el |la )?(?:copy|copies|copywriting|redaccion|escritura|textos?|voz|tono|estilo|lenguaje|writing|voice|tone|style|language)\b)[\p{L}\p{M} -]{1,30}$/u,
        '$1',
      )
      // `Image generation guidelines`, `Video rules`: rules for one kind of material (not the copy's: the voice).
      .replace(/^(?:image generation|image|photo|photography|video|production) (guidelines|rules)$/u, '$1')
      // `Key messages to emphasize`, `Metrics to track`: what the reader is to do with them, after the name.
      // (`Success metrics we should track`: the same, said by the team.)
      .replace(
        /^(.+?) (?:to|we (?:should|will|must|need to|want to)|we'll) (?:emphasi[sz]e|highlight|convey|communicate|stress|track|measure|monitor|watch|use)$/u,
        '$1',
      )
      // `Engagement red flags to avoid`, `Tone words to avoid`: what the work must keep away from, a mandatory.
      .replace(/^(?!things to avoid$).{2,40}? to avoid$/u, 'things to avoid')
      // `Identidad visual en redes`, `Goals on social media`: the channel the part is for, after the name.
      .replace(/^(.+?) (?:en|para) (?:las )?(?:redes(?: sociales)?|rrss)$/u, '$1')
      .replace(/^(.+?) (?:on|for|in) social(?: media)?$/u, '$1')
      // `Objetivo de Instagram`, `TikTok goals`: the goals on one social network are the social media goals.
      .replace(
        /^(?:objetivos?|metas?) (?:de|en|para) (?:instagram|facebook|tiktok|linkedin|youtube|twitter|pinterest|x)$/u,
        'objetivos de redes sociales',
      )
      .replace(
        /^(?:(?:instagram|facebook|tiktok|linkedin|youtube|twitter|pinterest) (goals|objectives)|(goals|objectives) (?:on|for) (?:instagram|facebook|tiktok|linkedin|youtube|twitter|pinterest))$/u,
        'social media $1$2',
      )
      // `Requisitos de la campaña`, `Objectives of the project`: the campaign or project itself, after the name.
      .replace(/^(.+?) (?:de la campana|del proyecto|(?:of|for) (?:the|this) (?:campaign|project))$/u, '$1')
      // `Tareas de definición`, `Tareas de seguimiento`: the tasks, and the kind of work they are (not `Tareas de
      // diseño`, whose name may be a part of a brief).
      .replace(/^(tareas|acciones) de (?:definicion|seguimiento|revision|cierre)$/u, '$1')
      // `Pendiente al cierre de esta entrada`: the moment the list was closed, after the name.
      .replace(/^(.+?) al (?:cierre|final|termino)(?: de (?:la |esta |este |el )?\p{L}+)?$/u, '$1')
      // `Design patterns across competitors`: the part, seen across the competitors reviewed.
      .replace(/^(.+?) (?:across|among) (?:the |all )?(?:competitors|competidores)$/u, '$1')
      // `Temas validados en reunión S20`, `Decisions at the May meeting`: the meeting, after the name.
      .replace(/^(.+?) (?:en (?:la )?reunion|(?:in|at) (?:the |this )?(?:\S+ )?meeting)(?: \S+){0,2}$/u, '$1')
      // `Agenda items for future meetings`, `Topics for the next call`: the meeting they are for, after the name.
      .replace(/^(.+?) for (?:the )?(?:next|future|upcoming|following|later) (?:meetings?|calls?|sessions?)$/u, '$1')
      // `Non-goals for version one`, `Pages for launch`: the release they are for, after the name.
      .replace(/^(.+?) for (?:the )?(?:version (?:one|1)|v1|first version|first release|launch|mvp)$/u, '$1')
      // `Content blocks the site must include`, `What the page must have`: what every piece must include.
      .replace(/^(?!must )\S.{0,40}? must (?:include|contain|have)$/u, 'must include')
      // `Competitive landscape analysis`, `Análisis de positioning`: the part, analysed.
      .replace(/^(.+?) analysis$/u, '$1')
      .replace(/^analisis (?:de |del )?(?:la |el |los |las )?(?=\p{L})/u, '')
      // `¿Qué decisiones de modelado se tomaron?`, `What design decisions were made?`: the decisions, asked for.
      .replace(/^que (decisiones|acuerdos)(?: de [\p{L} ]{1,25}?)? se (?:tomaron|adoptaron|alcanzaron)$/u, '$1')
      .replace(/^what (?:[\p{L}-]+ ){0,2}decisions (?:were|have been) (?:made|taken)$/u, 'decisions made')
      // `Success metrics for year 1`, `Goals for 2027`: the year or quarter they are for.
      .replace(
        /^(kpis?|goals?|objectives?|metrics|success metrics|targets?) for (?:year \d{1,2}|the first year|(?:19|20)\d\d|q[1-4](?: (?:19|20)\d\d)?)$/u,
        '$1',
      )
      // `Tone by channel`, `Formats by platform`: how the part is split, after the name.
      // (`Secondary messages by audience`, `Key messages per segment`: likewise, by whom they are for.)
      .replace(/^(.+?) (?:by|per) (?:channel|platform|network|audience|segment|persona)s?$/u, '$1')
      .replace(/^(.+?) por (?:canal(?:es)?|plataformas?|redes sociales|red social|redes|red)$/u, '$1')
      // `Métricas estrella Acme`, `North star metrics for Acme`: the brand they measure, after the name.
      .replace(
        /^(metricas? estrella|north[ -]star metrics?) (?:de |del |for |of )?[\p{L}\d][\p{L}\d.&'’-]{1,30}(?: [\p{L}\d][\p{L}\d.&'’-]{0,30}){0,2}$/u,
        '$1',
      )
      // `Messaging comparison`, `Content frequency comparison`: the part, compared across competitors.
      .replace(/^(.+?) (?:comparison|compared)$/u, '$1')
      // `Objetivo de la demo`, `Objetivo de la presentación`: what the objective is of, the presentation itself.
      .replace(/^(objetivos?|proposito) de la (?:demo|demostracion|presentacion|propuesta|sesion)$/u, '$1')
      // `Objetivo del flyer`, `Objetivos de la landing`: the objective of the piece the document is about (one word
      // after `del` or `de la`; not in minutes or agendas, whose `Objetivo de la reunión` is the meeting's purpose).
      .replace(afterDe ? /^(objetivos?) (?:del|de la) \p{L}{3,20}$/u : NOTHING, '$1')
      // `Estructura inicial de servicios`: a first version, between the noun and what it is of.
      .replace(/^(\p{L}+) (?:inicial|preliminar|provisional) (?=del? )/u, '$1 ')
      // `KPIs for the Mother's Day campaign`, `Goals for the spring campaign`: the campaign they are for.
      .replace(/^(kpis?|goals?|objectives?|metrics|success metrics) for (?:the |this |our )?.{1,40}? campaign$/u, '$1')
      // `Cost breakdown by task`, `Fees by phase`: how the items are grouped, after the name.
      .replace(
        /^(.+?) by (?:task|item|phase|stage|service|deliverable|category|module|role|line|month|milestone)s?$/u,
        '$1',
      )
      // `Desglose por conceptos`, `Detalle por partidas`: likewise in Spanish.
      .replace(
        /^((?:desglose|detalle)(?: detallad[oa])?(?: de (?:costos|costes|precios))?) por (?:conceptos?|partidas?|tareas?|fases?|servicios?|opcion(?:es)?)$/u,
        '$1',
      )
      // `本周工作总结`, `下周进度展望`, `项目进展汇总`: the part's name, then a word saying it sums up or looks ahead.
      .replace(/^(\p{Script=Han}{2,8}?)(?:总结|小结|汇总|展望|回顾)$/u, '$1')
      // `This week's action items`, `Today's decisions`: the time they belong to, before the name (not `Last
      // week's action items`: the ones reviewed).
      .replace(/^(?:(?:this|next) week|today|this meeting|this sprint)['’]?s (?=\S)/u, '')
      // `Outcome from this discussion`, `Actions from the meeting`, `Goals of this telcon`: where they came from,
      // the meeting they are of.
      .replace(
        / (?:from|of|for) (?:this|the|today'?s|our) (?:discussion|meeting|call|session|sync|review|workshop|telcon|telecon|teleconference)$/u,
        '',
      )
      // `Action Items for All Members`, `Tasks for team leads`: who they are for (a group, not a topic: `Next
      // steps for @oneOf`).
      .replace(
        /^((?:action items?|actions?|action points?|tasks?|to-?dos?|next steps?) )for (?:all |each |every |the )?(?:members?|team(?: leads?| members?)?|leads|everyone|everybody|participants?|attendees|developers|devs|designers|maintainers|contributors|reviewers)$/u,
        '$1',
      )
      // `Action Items with Suggested Owners and Deadlines`, `Tasks with owners`: the columns each item gives, after
      // the name.
      .replace(
        /^((?:action items?|actions?|action points?|tasks?|to-?dos?|next steps?) )with (?:(?:suggested|proposed|assigned|tentative) )?(?:owners?|assignees?|deadlines?|due dates?|timelines?)(?:,? (?:and|&) (?:(?:suggested|proposed|assigned|tentative) )?(?:owners?|assignees?|deadlines?|due dates?|timelines?))?$/u,
        '$1',
      )
      // `Action items by next sprint`: when they are due, after `by`.
      .replace(
        /^((?:action items?|actions?|action points?|tasks?|to-?dos?|next steps?) )by (?:the )?(?:next |end of (?:the )?)(?:sprint|week|meeting|month)$/u,
        '$1',
      )
      // `Action Items by Thursday 10pm`, `Next steps by Friday`, `Tasks by 4 December`: the day or hour they are due,
      // after `by` (nothing else: `Tasks by priority` is how they are sorted).
      .replace(DUE_AFTER_NAME, '$1')
      // `Action points this week`, `Tareas esta semana`: the time they are for, without `for`.
      .replace(
        /^(.+?)(?<! (?:for|para)) (?:(?:this|next|the coming|the following) (?:week|sprint|month|iteration)|(?:esta|la proxima|la siguiente) semana|este (?:sprint|mes))$/u,
        '$1',
      )
      // `Tasks and roles during the next period`, `Actions until the next meeting`: the time they are for, after.
      .replace(
        / (?:during|for|in|until|till|before) (?:the )?(?:next|coming|following) (?:period|meeting|call|sprint|iteration)$/u,
        '',
      )
      // `¿Qué se va a hacer hasta la próxima daily meeting?`: likewise in Spanish, until the next meeting.
      .replace(/ hasta (?:la )?(?:proxima|siguiente) (?:reunion|sesion|junta|llamada|daily(?: meeting)?)$/u, '')
      // `Compromisos individuales de la semana 1`, `Tasks for week 5`, `Decisions of sprint 3`: the period, after.
      .replace(/^(.+?) (?:de la|del|de|for|of|in) (?:semana|week|sprint|iteracion|iteration)(?: \d{1,3})?$/u, '$1')
      // `第七周任务内容`: the week they belong to, before the name.
      .replace(/^第[一二三四五六七八九十\d]{1,3}周的?(?=\p{Script=Han})/u, '')
      // `Sprint 1 Action Items`, `Week 5 decisions`, `Semana 3 tareas`: the period they belong to, before the name.
      .replace(
        /^(?:sprint|week|semana|phase|fase|iteration|iteracion|milestone|hito)[ #]*\d{1,3}(?:\.\d{1,2})?:? (?=\S)/u,
        '',
      )
      // `Decisions Made and Their Reasoning`, `Decisions & rationale`: the decisions, with why.
      .replace(/^(decisions?(?: made)?) (?:and|&) (?:their |the )?(?:reasoning|rationale|reasons?)$/u, '$1')
      // `Action Items Resulting`, `Actions arising`: what came out of the meeting; `Decisions needed`: the
      // meeting's place for them, filled in or not.
      .replace(
        /^((?:action items?|actions?|action points?|tasks?|decisions?) )(?:resulting|arising|needed|pending|required|to (?:be )?(?:make|made|take|taken))$/u,
        '$1',
      )
      // `Pendientes fruto de la discusión`: what the discussion left.
      .replace(/ (?:fruto|resultado) de (?:la )?(?:discusion|reunion)$/u, '')
      // `项目设计与实现文档分工`, `对本周任务进行分配`: who does what, said in a sentence (not `团队分工`, `角色分工`:
      // who is on which side of the team, roles rather than tasks).
      .replace(/^(?![团小]队|小组|角色|组内|成员)[\p{Script=Han}、与和及]{1,12}分工$/u, '分工')
      .replace(/^对?(?:本周|下周|近期|本次|下阶段)?的?任务(?:进行)?分配$/u, '任务分配')
      // `请完成以下团队文档`, `Please complete the following documents`, `Por favor completar los siguientes
      // documentos`: what the team is asked to do, the work still to be done.
      .replace(/^请(?:尽快)?完成(?:以下|下列|如下)\p{Script=Han}{0,20}$/u, '需要完成的工作')
      .replace(/^please complete the following(?: [\p{L}\d -]{1,40})?$/u, 'tasks to complete')
      .replace(
        /^(?:por favor,? )?(?:completar|complete[ns]?) (?:lo siguiente|los siguientes|las siguientes)(?: [\p{L}\d -]{1,40})?$/u,
        'tareas a completar',
      )
      // `Resoluciones de la asamblea`, `Decisión final del equipo`, `Compromisos … de la semana`: the body they
      // came from, the week they are for.
      .replace(
        / (?:de|del) (?:la |el |este |esta )?(?:asamblea|reunion|junta|sesion|comite|consejo|llamada|daily|retro|retrospectiva|equipo|grupo|semana)$/u,
        '',
      )
      // `Plan de acción para Sprint 2`, `Tareas próxima semana`, `Tasks for next sprint`, `Tareas para el Hito 2`: the
      // time (or the milestone) they are for
      // (not `for @oneOf`: a topic).
      .replace(
        /^(.+?) (?:(?:para (?:el |la |los |las |esta |este )?|(?:para )?(?:el |la )?(?=proxim|siguiente))(?:(?:proxim[oa]s?|siguientes?) )?(?:\d{1,3} )?(?:sprint|semana|iteracion|mes|reunion|control|entrega|sesion|dia|hito)e?s?|for (?:the |this |next |the next |the coming )?(?:(?:two|three|four|2|3|4) )?(?:sprint|week|iteration|month|meeting)s?)(?: \S+)?$/u,
        '$1',
      )
      // `Tareas de cada participante`: who they are for (after the time frame).
      .replace(
        /^((?:tareas|acciones|compromisos) )(?:de|por) (?:cada )?(?:participante|miembro|persona|integrante)s?$/u,
        '$1',
      )
      // `Pendientes del equipo estudiantil`, `Pendientes del museo`: whose open tasks they are, after the name.
      .replace(/^(pendientes|tareas pendientes) (?:de|del|de la|de los|de las) [\p{L} ]{2,30}$/u, '$1')
      // Spanish qualifying adjectives after the noun: `Decisiones técnicas`, `Decisiones clave`, `Tareas iniciales`,
      // `Compromisos asumidos`, `Acciones próximas`, `Próximos pasos sugeridos`, `Acciones a tomar`; and
      // `Próximas tareas`, the adjective before it.
      .replace(keepRank ? SPANISH_QUALIFIERS_KEEPING_RANK : SPANISH_QUALIFIERS, '')
      // `Acuerdos sobre el próximo taller`, `Decisiones sobre el diseño`: what was agreed, and what about.
      .replace(/^(acuerdos|decisiones) (?:sobre|acerca de|respecto a(?:l)?) \S.{1,60}$/u, '$1')
      // `Acuerdos realizados`: agreements made are the decisions (but `Acciones realizadas`, `Tareas realizadas`
      // are work done, not next actions).
      .replace(/^((?:acuerdos?|decisiones|decision) )(?:realizad|tomad|alcanzad)[oa]s?$/u, '$1')
      .trim()
      // (not `Próximos pasos`: `pasos` alone names nothing)
      .replace(/^(?:proxim[oa]s|siguientes|nuev[oa]s) (?=\S)(?!pasos?$)/u, '')
  );
}

/** A word naming a meeting's agenda, topics or notes (`Agenda / Tasks` is the agenda, not the tasks). */
const MEETING_PART =
  /^(?:agendas?|topics?|notes?|minutes|discussions?|updates?|orden-del-dia|temas?|notas|actas?|议程|议题|纪要|记录)$/u;

/** A part of a heading naming measures (`KPIs`, `Metrics`): a `Targets` beside it are their figures. */
const KPI_PART = /^(?:kpis?|metrics|key metrics|success metrics|measures|indicadores|kpis? y metricas)$/u;

/** A measure of how well a brand is known, beside its name (`Brand & Awareness`). */
const MEASURE_PART =
  /^(?:awareness|recognition|recall|reach|visibility|consideration|notoriedad|reconocimiento|visibilidad|alcance|recordacion|知名度|认知度|曝光度?|声量)$/u;

/** A call to action's button (`CTA按钮`, `CTA button`): a thing on a page, not the brief's Button. */
export const CTA_BUTTON = /(?<![A-Za-z])CTA[ \t]*(?:按钮|buttons?|bot[oó]n(?:es)?)/iu;

/**
 * A kind of button of a web page's interface (`#### Primary Button` under `### Button Components`, `Ghost button`,
 * `主按钮`), or its buttons (`### 4.2 Buttons`: the Button is one): a component of the design, not the brief's Button.
 */
const UI_BUTTON =
  /^buttons$|^botones$|^(?:primary|secondary|tertiary|ghost|outline|outlined|icon|text|link|disabled|floating|toggle|submit) buttons?$|^bot[oó]n(?:es)? (?:primario|secundario|fantasma)s?$|^(?:主|次|幽灵|描边|图标|文字)按钮$/u;

/** A Latin word written inside a Chinese phrase, with no space on either side (`保护LePlateauCoffee品牌`). */
const EMBEDDED_LATIN = /\p{Script=Han}[A-Za-z0-9][^\s\p{Script=Han}]*\p{Script=Han}/u;

/** A day, a date or an hour in a heading (DUE_AFTER_NAME), with the words around it (`next`, `the`, `at`). */
const DUE_TOKEN = String.raw`(?:(?:next|this|coming|the|on|at|of|end)[ ]+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|noon|midnight|eod|\d{1,4}(?:[-/.:]\d{1,4}){0,2}[ ]?(?:st|nd|rd|th|am|pm|h)?)`;
const DUE_AFTER_NAME = new RegExp(
  `^((?:action items?|actions?|action points?|tasks?|to-?dos?|next steps?) )(?:by|before|until|due) ${DUE_TOKEN}(?:[ ,]+${DUE_TOKEN})*[ ]*$`,
  'u',
);

/** Separators of a heading that lists its parts (`Decisions / Action Items`, `Decisión tomada y próximos pasos`). */
const LISTING = /\s*[/|｜·&和及与,，、]\s*|\s+(?:and|y|e)\s+/u;
// (`Page 11 -- Target Audience`: a double hyphen, as a dash is typed, separates too.)
const SPLIT = /\s*(?:[/|｜·•–—]|\s-{1,2}\s|[()（）【】[\]])\s*/u;

/** The parts a heading may name, most specific first: the whole, then pieces split by separators and script changes. */
export function headingCandidates(text: string): readonly string[] {
  // Headings repeat (the same `## Next actions` in every minutes of a workspace, each read by several readers):
  // their parts are found once each.
  let c = CANDIDATES.get(text);
  if (c === undefined) {
    c = candidatesUncached(text).map(detached);
    if (CANDIDATES.size >= MEMO_ENTRIES) CANDIDATES.clear();
    // Kept as copies: the heading is a slice of its document's text (see normalizeHeading).
    CANDIDATES.set(detached(text), c);
  }
  return c;
}
const CANDIDATES = new Map<string, readonly string[]>();

function candidatesUncached(text: string): string[] {
  const whole = normalizeHeading(text);
  const out = new Set<string>([whole]);
  const pieces = whole.split(SPLIT).flatMap((p) => (p.split(/\s*-\s*/).length > 1 ? [p, ...p.split(/\s*-\s*/)] : [p]));
  for (const piece of pieces) {
    const p = normalizeHeading(piece);
    if (!p) continue;
    out.add(p);
    // A change between Han and other scripts also separates names: 按钮 Button (not a Latin word inside a
    // Chinese phrase: `保护LePlateauCoffee品牌` is about the brand's name, its last word no section's name).
    if (EMBEDDED_LATIN.test(p)) continue;
    for (const run of p.split(
      /(?<=\p{Script=Han})(?=[^\p{Script=Han}\s])|(?<=[^\p{Script=Han}\s])(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])\s+(?=\p{Script=Han})/u,
    )) {
      const r = normalizeHeading(run);
      if (r) out.add(r);
    }
  }
  // `## Decisión tomada y próximos pasos`: the parts of a heading that lists them (see leadingValues).
  if (LISTING.test(whole))
    for (const part of whole.split(LISTING)) {
      const p = normalizeHeading(part);
      if (p) out.add(p);
    }
  // `## The Button`, `## Our objectives`, `## El botón`: an article or possessive before the name.
  for (const c of [...out]) {
    const bare = c.replace(/^(?:the|our|el|la|los|las|nuestro|nuestra|nuestros|nuestras) (?=\S)/u, '');
    if (bare !== c) out.add(bare);
  }
  for (const c of [...out]) {
    const plain = unqualified(c);
    if (plain !== c) out.add(plain);
    const ranked = unqualified(c, true);
    if (ranked !== c) out.add(ranked);
  }
  // `## Total: $3,150`, `## 合计：¥86,400`: a section name, then its value on the same line.
  const label = /^([^:：()（）]+)[:：]\s*\S/u.exec(text);
  if (label) {
    const l = normalizeHeading(label[1]);
    // `长期愿景：成为……`: the label without the words that only qualify it, too.
    if (l) out.add(l).add(unqualified(l));
  }
  for (const n of summarised(text)) out.add(n);
  return [...out];
}

/**
 * `## Summary: The Creative North Star`, `## Resumen: próximos pasos`: a word saying the part sums up, then the part's
 * name after the colon (the name, without an article, and unqualified).
 */
function summarised(text: string): string[] {
  const m = /^([^:：()（）]+)[:：]\s*(\S[^:：]{0,60})$/u.exec(text.trim());
  if (!m || !SUMMING_UP.test(normalizeHeading(m[1]))) return [];
  const name = normalizeHeading(m[2]).replace(
    /^(?:the|our|el|la|los|las|nuestro|nuestra|nuestros|nuestras) (?=\S)/u,
    '',
  );
  return name ? [name, unqualified(name)] : [];
}
const SUMMING_UP = /^(?:summary|in summary|recap|resumen|en resumen|总结|小结)$/u;

/** What a heading says after its section's name and a colon (`## Total: $3,150` → `$3,150`), if anything. */
export function headingValue(text: string): string {
  const m = /^[^:：()（）]+[:：]\s*(\S.*)$/u.exec(text.trim());
  return m ? m[1].trim() : '';
}

/**
 * What the heading's first piece may name: the piece, its runs of one script and without an article,
 * and the label before a colon. Pieces without letters and short ones with a digit (`1`, `Q3`, `15m`,
 * `24 Nov`) are annotations and skipped. A name in a later piece counts only when the first piece names
 * the same section (`Button / 按钮`) — `## @deprecated on OBJECT - next steps` is a topic, not Next steps.
 */
function leadingNames(text: string, lenient: boolean): string[] {
  const whole = normalizeHeading(text);
  const pieces = whole
    .split(SPLIT)
    .map((p) => normalizeHeading(p))
    // (`7天核心指标预期`: a span of days before a name of its own is no annotation.)
    .filter((p) => /\p{L}/u.test(p) && !(/\d/.test(p) && p.length <= 12 && !/\p{Script=Han}{4}/u.test(p)));
  const first = pieces[0];
  if (!first) return [];
  const out = [
    first,
    ...(EMBEDDED_LATIN.test(first)
      ? []
      : first.split(/(?<=\p{Script=Han})\s*(?=[^\p{Script=Han}\s])|(?<=[^\p{Script=Han}\s])\s*(?=\p{Script=Han})/u)),
  ];
  for (const c of [...out])
    out.push(c.replace(/^(?:the|our|el|la|los|las|nuestro|nuestra|nuestros|nuestras) (?=\S)/u, ''));
  for (const c of [...out]) out.push(unqualified(c, false, lenient), unqualified(c, true, lenient));
  const label = /^([^:：()（）]+)[:：]\s*\S/u.exec(text);
  if (label) out.push(normalizeHeading(label[1]), unqualified(normalizeHeading(label[1]), false, lenient));
  out.push(...summarised(text));
  return out.map((c) => normalizeHeading(c)).filter(Boolean);
}

/** Matches heading candidates against a table of normalized names. */
export class NameTable<T> {
  private map = new Map<string, T>();
  /** Keys added as the other grammatical number of a name (`buttons`), not written as names themselves. */
  private variants = new Set<string>();
  /**
   * Whether a heading may name its section with one more thing beside it (`Brand personality & voice`,
   * `Opciones / Paquetes`): the sections of plans, briefs and reviews; not minutes' or agendas', whose
   * headings are the meeting's topics (`Tareas asignadas y horas imputadas`, `Agenda / Tasks`).
   */
  constructor(private readonly lenient = false) {}
  add(name: string, value: T, variant = false): void {
    const key = normalizeHeading(name);
    if (key && !this.map.has(key)) {
      this.map.set(key, value);
      if (variant) this.variants.add(key);
    }
  }
  get(normalized: string): T | undefined {
    return this.map.get(normalized);
  }
  /** The value for the first candidate of `text` that names something (see leadingNames). */
  match(text: string): T | undefined {
    return this.matchAll(text)[0];
  }
  /** Every value named by some candidate, in candidate order, without repeats (see leadingNames). */
  matchAll(text: string): T[] {
    const out: T[] = [];
    const candidates = headingCandidates(text);
    let leading: T[] | undefined;
    for (const c of candidates) {
      const v = this.map.get(c);
      if (v === undefined || out.includes(v)) continue;
      if (c !== candidates[0]) {
        leading ??= this.leadingValues(text);
        if (!leading.includes(v)) continue;
      }
      out.push(v);
    }
    return out;
  }
  /**
   * What the heading names by its leading piece (leadingNames), and every piece of a heading that lists
   * sections (`## Short Version / Decisions / Action Items / Important Links`): pieces split by `/`, `|` or
   * `·` alone, two of them naming something.
   */
  private leadingValues(text: string): T[] {
    const values = leadingNames(text, this.lenient)
      .map((n) => this.map.get(n))
      .filter((x): x is T => x !== undefined);
    // Each part without the words that only qualify it (`decisiones importantes`, `expectativas para el próximo control`).
    const parts = normalizeHeading(text)
      .split(LISTING)
      .map((p) => unqualified(normalizeHeading(p)));
    // `KPIs & Targets`, `Metrics and targets`: the figures to reach beside the measures, not the people aimed at.
    const figures = parts.some((p) => KPI_PART.test(p));
    const named = parts
      .filter((p) => !(figures && /^targets?$/u.test(p)))
      .map((p) => this.map.get(p))
      .filter((x): x is T => x !== undefined);
    // `### Summary and next steps`: one section named, the other parts only say what kind of notes these are;
    // `### Action Items and Next Steps`: two names of the same section.
    const generic =
      parts.length >= 2 &&
      named.length >= 1 &&
      new Set(named).size === 1 &&
      parts.every(
        (p) =>
          this.map.has(p) || NOTES_PARTS.has(p) || (ACTION_PLAN_PART.test(p) && parts.some((q) => TASKS_PART.test(q))),
      );
    if (new Set(named).size >= 2 || generic) values.push(...named);
    // `Brand personality & voice`, `Tone and feel`: a name, then one more thing the part also holds (two parts
    // joined by `&` or `and`, the first naming the section).
    if (!this.lenient) return values;
    // `Características técnicas (Propuesta de valor)`: the heading's own words, then the section's name in brackets
    // (the first words naming no section themselves).
    const bracketed = /^([^()（）]+?) ?[(（]([^()（）]{2,40})[)）]$/u.exec(normalizeHeading(text));
    if (bracketed && values.length === 0 && !this.map.has(unqualified(normalizeHeading(bracketed[1])))) {
      const inside = normalizeHeading(bracketed[2]);
      const named = this.map.get(inside) ?? this.map.get(unqualified(inside));
      if (named !== undefined && !this.variants.has(inside)) values.push(named);
    }
    // (`Costos de desarrollo e implementación (inversión inicial)`: a remark in brackets after the two parts aside.)
    const joined = normalizeHeading(text)
      .replace(/ ?[(（][^()（）]*[)）]$/u, '')
      .split(/\s*&\s*|\s+(?:and|y|e|和|与|及)\s+|(?<=\p{Script=Han})[和与及](?=\p{Script=Han})/u);
    if (joined.length === 2 && joined.every((p) => /^[\p{L} '’-]{2,40}$/u.test(p))) {
      // Not a name's other number: `Buttons and banners` is a topic, not the Button.
      const key = unqualified(normalizeHeading(joined[0]));
      // Not `Brand & Awareness`, `品牌与知名度`: how well the brand is known, a measure, not what it is.
      const measure = MEASURE_PART.test(normalizeHeading(joined[1]));
      const first = this.variants.has(key) || measure ? undefined : this.map.get(key);
      if (first !== undefined) values.push(first);
    }
    // `Opciones / Paquetes`, `Packages / options`: two short words of one thing, one of them a name (a remark in
    // brackets after them aside: `网站/营销目标（按优先级排序）`).
    const slashed = normalizeHeading(text)
      .replace(/ ?[(（][^()（）]*[)）]$/u, '')
      .split(/\s*\/\s*/u);
    if (slashed.length === 2 && slashed.every((p) => /^\p{L}[\p{L}-]{1,20}$/u.test(p))) {
      const known = slashed.map((p) => this.map.get(p)).filter((x): x is T => x !== undefined);
      // Not `Agenda / Tasks`: the other word names a meeting's agenda or notes, the tasks one of its points.
      if (known.length === 1 && !slashed.some((p) => MEETING_PART.test(p))) values.push(known[0]);
    }
    return values;
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

/**
 * The other grammatical number of a Latin name (`Objective` ↔ `Objectives`,
 * `Tareas` ↔ `Tarea`, `Próximos pasos` ↔ `Próximo paso`): the last word, and
 * every longer word for Spanish-style phrases whose adjectives agree.
 */
export function numberVariants(normalized: string): string[] {
  if (!/^[a-z]/.test(normalized) || hasHan(normalized)) return [];
  // Both readings of a plural in -es (English `notes` → `note`, Spanish `acciones` → `accion`); the wrong one matches nothing.
  const flip = (w: string): string[] =>
    w.length <= 3
      ? [w]
      : w.endsWith('es')
        ? [w.slice(0, -1), w.slice(0, -2)]
        : w.endsWith('s')
          ? [w.slice(0, -1)]
          : /[aeiou]$/.test(w)
            ? [w + 's']
            : [w + 's', w + 'es'];
  const words = normalized.split(' ');
  const out = new Set<string>();
  for (const l of flip(words[words.length - 1])) out.add([...words.slice(0, -1), l].join(' '));
  if (words.length > 1) out.add(words.map((w) => flip(w)[0]).join(' '));
  out.delete(normalized);
  return [...out];
}

export interface SectionTable {
  table: NameTable<SectionDef>;
  langsOf: Map<string, Lang[]>;
  /** Heading text → its section and languages; headings repeat across edits, so matching is done once. */
  matches: Map<string, { section: SectionDef; langs: Lang[] } | null>;
}

/**
 * `## 议程 4：Kitex 3、4月 TO DO/DOING`, `### To do / Doing / Done`: the columns of a task board, a topic
 * the meeting went through, not the actions it agreed.
 */
const KANBAN = /\bto[ -]?do\b.{0,3}\b(?:doing|in progress|wip)\b|\b(?:doing|in progress)\b.{0,3}\bto[ -]?do\b/iu;

/** A heading ending with a percentage in brackets (`Brand personality (25%)`, `品牌故事（30%）`). */
const SHARE = /[(（][ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*%[ \t]*[)）][\s:：]*$/u;

/** The section a heading names in a type, with the languages of the names used (memoized). */
export function matchHeading(t: SectionTable, text: string): { section: SectionDef; langs: Lang[] } | null {
  let m = t.matches.get(text);
  if (m !== undefined) return m;
  // `#### 2. Brand personality (25%)`: one share of a whole (a content pillar, a part of the budget), not a part of
  // the document.
  let section = KANBAN.test(text) || SHARE.test(text) ? undefined : t.table.match(text);
  if (section?.id === 'button' && (CTA_BUTTON.test(text) || UI_BUTTON.test(normalizeHeading(text))))
    section = undefined;
  if (!section) m = null;
  else {
    const langs = new Set<Lang>();
    const candidates = headingCandidates(text);
    // A heading named whole (`Acuerdos y decisiones`) is in the languages of that name, not of its parts'.
    const whole = t.table.get(candidates[0]) === section ? candidates.slice(0, 1) : candidates;
    for (const c of whole)
      for (const l of t.langsOf.get(c) ?? []) {
        if (t.table.get(c) === section) langs.add(l);
      }
    if (langs.size === 0 && hasHan(text)) langs.add('zh');
    m = { section, langs: [...langs] };
  }
  if (t.matches.size >= MEMO_ENTRIES) t.matches.clear();
  t.matches.set(detached(text), m); // a copy, not a slice holding the document's text
  return m;
}
const SECTION_TABLES = new Map<string, SectionTable>();
/**
 * Name table of one type's sections: the names in three languages, the
 * aliases (the section vocabulary of docs/types.md), then the other
 * grammatical number of each. A name given explicitly always wins over a
 * variant.
 */
export function sectionTable(type: DocumentTypeDef): SectionTable {
  let t = SECTION_TABLES.get(type.id);
  if (!t) {
    const table = new NameTable<SectionDef>(type.id !== 'minutes' && type.id !== 'agenda');
    const langsOf = new Map<string, Lang[]>();
    const tag = (key: string, l: Lang) => {
      const ls = langsOf.get(key) ?? [];
      if (!ls.includes(l)) ls.push(l);
      langsOf.set(key, ls);
    };
    // Each name with its language: names first, then the vocabulary, then the other number of each.
    const named: [string, Lang, SectionDef][] = [];
    for (const s of type.sections) for (const l of LANGS) named.push([s.names[l], l, s]);
    for (const s of type.sections) for (const l of LANGS) for (const a of s.vocabulary[l]) named.push([a, l, s]);
    for (const [n, l, s] of named) {
      table.add(n, s);
      if (table.get(normalizeHeading(n)) === s) tag(normalizeHeading(n), l);
    }
    for (const [n, l, s] of named) {
      for (const v of numberVariants(normalizeHeading(n))) {
        table.add(v, s, true);
        if (table.get(v) === s) tag(v, l);
      }
    }
    t = { table, langsOf, matches: new Map() };
    SECTION_TABLES.set(type.id, t);
  }
  return t;
}
