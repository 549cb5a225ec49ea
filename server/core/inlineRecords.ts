/**
 * Decisions and actions written where they were discussed instead of under their own headings: a
 * contact report by topic (`**Decision:** …`, `**Action:** Marta to …` under each point) or one table
 * (`| Subject | Discussion / decision | Action | By | When |`). Such minutes have their decisions and
 * next actions, so missing-section does not ask for the sections (docs/rules.md#missing-section).
 */
import {
  ACTION_BARE_LIST,
  ACTION_REQUIRED_LINE,
  ACTION_LABEL_WORDS,
  ACTION_LEAD_IN_LIST,
  hasLeadInOverNamedLines,
  ACTION_LEAD_IN_QUOTE,
  CLOSING_DEADLINE_LINE,
  CLOSING_OWNER_TAG_LINE,
  TRACKED_LEFTOVERS_OVER_LIST,
  COLON_THEN_BREAK,
  hasFieldedHeadingTask,
  hasLabelOverLines,
  hasNamedActionsItem,
  isActionTable,
  hasOwnerAndDueColumns,
} from './actions';
import { columnNames, findColumn } from './content';

// (`* 【结论】：无异议`: the label in the lenticular brackets of Chinese minutes.)
const LABEL_START = String.raw`^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?【?`;
// `Decision:`, `**Decisions:**`, or a bold label alone on its line (`**Next steps**`).
const LABEL_END = String.raw`】?(?:(?:\*\*|__)?[ \t]*[:：]|(?:\*\*|__)[ \t]*$)`;

// `**Verdict:** Approved` under each point; `Decisions Made` alone on its line over them; `- Elección: Sistema de inventario`, `选定：…`, `定下：…`, `议定` (the choice made); `会议结论：`, `决定事项：`, `目前结论：` / `当前结论：` (the conclusion so far) as well as `结论：`.
const DECISION_WORDS = `(?:decisions?(?:[ \t]+(?:made|taken|reached))?|decided|agreed|agreement|conclusions?|outcome|verdicts?|consensus|(?:temporary |final )?resolutions?|consenso|acuerdos?|(?:decisi|desici)[oó]n(?:es)?(?: (?:de|sobre|acerca de) [^\n:：*_|]{2,40}?)?|decision (?:on|about) [^\n:：*_|]{2,40}?|se acuerda(?: que)?|conclusi[oó]n(?:es)?|(?:会议|主要|目前|当前|最终|本次)?(?:决定|决议|结论|共识)(?:事项)?|(?:讨论)?结果|(?:已)?确认事项|决策[一二三四五六七八九十]?|elecci[oó]n|choice made|选定|议定(?:事项)?|定下)`;
/**
 * The label alone, with nothing after it, the way a heading is written without `#`: a paragraph of its own
 * (`CONCLUSIONES`, `Compromisos` after a blank line, or `###议定`, a heading missing its space), or a list item whose sub-items hold the content
 * (`- 结论` over `  - 同意…`).
 */
const bareLabel = (words: string) =>
  new RegExp(
    String.raw`^[ \t]*\r?\n[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}(?=[^#\s]))?(?:\*\*|__)?${words}(?:\*\*|__)?[ \t]*\r?$|^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?${words}(?:\*\*|__)?[ \t]*\r?\n[ \t]{2,}(?:[-*+]|\d{1,3}[.)])[ \t]`,
    'imu',
  );
const DECISION_LINE = new RegExp(`${LABEL_START}${DECISION_WORDS}${LABEL_END}`, 'imu');
/** `Ante el resultado de esta reunión, adoptamos las siguientes medidas:`, `We agreed on the following:` over the list. */
const DECISION_LEAD_IN =
  /^[ \t]*(?:[-*+][ \t]+)?[^\n:：]{0,60}(?<![\p{L}])(?:adoptamos|acordamos|decidimos|se acord[oó]|se acordaron|se adoptaron|se decidi[oó]|we agreed|we decided|it was agreed|it was decided)(?![\p{L}])[^\n:：]{0,50}[:：][ \t]*$/imu;
/**
 * `明确以下注意点：`, `会议确定如下事项：` over the list: what the meeting settled, led in the Chinese way (not `需要明确以下问题：`,
 * questions still to settle).
 */
const DECISION_LEAD_IN_ZH =
  /^[ \t]*(?:[-*+][ \t]+)?(?:会议|大家|经讨论|讨论后)?(?:明确|确定|商定|约定|议定|决定)了?(?:以下|如下)[^\n:：]{0,12}[:：][ \t]*$/mu;
const DECISION_BARE = bareLabel(DECISION_WORDS);
/**
 * `* **DECISION** The group decides that …`: a marker in capitals, bold, opening the line of a decision (without a
 * colon; in capitals, as a mark is written, not a word of a sentence).
 */
const DECISION_MARK =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)(?:DECISIONS?|DECIDED|AGREED|RESOLVED|ACUERDOS?|DECISI[OÓ]N)(?:\*\*|__)[ \t]+\S/mu;
/** `| No20 | 申请创建工具SIG | 会议结论:1. 同意… |`: a table cell of minutes by topic that opens with the decision. */
const DECISION_CELL = new RegExp(
  String.raw`^[ \t]*\|.*\|[ \t]*(?:\*\*|__)?${DECISION_WORDS}(?:\*\*|__)?[ \t]*[:：]`,
  'imu',
);
// The words of the labels that call a list actions (actions.ts reads those lists), and `AI:`.
// `遗留事项：`, `会后跟进：`: what a topic leaves to do; `- 任务发布：…`: the task handed out at the meeting.
const ACTION_LINE = new RegExp(
  `${LABEL_START}(?:${ACTION_LABEL_WORDS}|ai|遗留事项|会后跟进|任务发布)${LABEL_END}`,
  'imu',
);
/** `| Devnet | Action Item | - **ACTION**: Pari to launch devnet-4 |`: a topic table's cell that holds an action. */
const ACTION_CELL =
  /^[ \t]*\|.*\|[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?(?:action(?: items?)?|acci[oó]n|行动项?)(?:\*\*|__)?[ \t]*[:：]/imu;
// Alone on its line, also `Compromisos` (what each one committed to).
const ACTION_BARE = bareLabel(`(?:${ACTION_LABEL_WORDS}|compromisos)`);
/**
 * `* Action Items for 3/26/19 Meeting` over its sub-items, among the notes: the list of what is to be done by the
 * next meeting (what it holds may be items tabled till then, so they are not read as tasks one by one).
 */
const ACTIONS_FOR_MEETING_ITEM =
  /^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?(?:action[ \t]+items?|actions|to-?dos?|tasks)[ \t]+(?:for|before)[ \t]+(?:the[ \t]+)?[^\n*_:]{0,24}?(?:meeting|call)(?:\*\*|__)?[ \t]*:?[ \t]*\r?\n[ \t]{2,}[-*+][ \t]/imu;

const DECISION_COLUMNS = columnNames(
  'Decision',
  'Decisions',
  'Decision item',
  'Decision items',
  'Agreed',
  'Agreement',
  'Agreements',
  'Outcome',
  'Discussion and decision',
  'Discussion and decisions',
  'Acuerdo',
  'Acuerdos',
  'Decisión',
  'Discusión y acuerdos',
  'Temas y acuerdos',
  '决定',
  '结论',
  '决议',
  '讨论及决定',
  '讨论与决定',
  '讨论和决定',
  '决定事项',
  // `| Motion text | Moved by | Seconded by | Status |`: the motions put to the meeting and their result.
  'Motion',
  'Motions',
  'Motion text',
  'Moción',
  'Mociones',
  '动议',
);

/** A border line of a grid table (`+------+------+`, `+======+======+`). */
const GRID_BORDER = /^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*\r?$/u;

/** Header cells of every table (a row followed by its delimiter row), outside code fences. */
function tableHeaders(text: string): string[][] {
  const headers: string[][] = [];
  const lines = text.split(/\r?\n/);
  let fence = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (/^[ \t]*(?:```|~~~)/.test(lines[i])) fence = !fence;
    if (fence || !lines[i].includes('|')) continue;
    // (Or a grid table's header between its borders: `+----+----+` / `| TOPIC | AGREEMENTS |` / `+====+====+`.)
    const delimited = /^[ \t|:-]+$/.test(lines[i + 1]) && lines[i + 1].includes('-');
    if (!delimited && !(i > 0 && GRID_BORDER.test(lines[i + 1]) && GRID_BORDER.test(lines[i - 1]))) continue;
    headers.push(
      lines[i]
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return headers;
}

function withoutCode(text: string): string {
  return text.includes('```') || text.includes('~~~')
    ? text.replace(/^[ \t]*(```|~~~)[\s\S]*?^[ \t]*\1.*$/gm, '')
    : text;
}

/**
 * `- 确定技术路线：采用 C++ 实现`, `- 明确项目目标：实现一个模拟器`: an item naming what the meeting settled, then how (not
 * `确定时间：待定`, still open).
 */
const SETTLED_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)、])[ \t]*(?:\*\*|__)?(?:确定|明确|敲定|商定|约定)(?:了|好)?\p{Script=Han}{2,10}(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?(?!待定|待确定|未定|未确定|tbd)\S/gimu;
/**
 * Two such items or more in one list (see SETTLED_ITEM): the points the meeting settled, listed together (not one such
 * item among each meeting's topics in a log of meetings).
 */
function hasSettledItems(prose: string): boolean {
  if (!/确定|明确|敲定|商定|约定/u.test(prose)) return false;
  return prose.split(/\n[ \t]*\n|\n(?= {0,3}#)/u).some((block) => (block.match(SETTLED_ITEM) ?? []).length >= 2);
}

/**
 * `4. 花费 4 天完成基础接口。（提议人：张三）**通过**`, `- Move the call to Fridays (carried)`: a proposal marked with what
 * the meeting made of it, in bold or in brackets at the item's end.
 */
const VERDICT_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)、])[ \t]+[^\n]{4,}?(?:(?:\*\*|__)(?:已?通过|否决|未通过|passed|carried|approved|rejected|aprobad[oa]|rechazad[oa])(?:\*\*|__)|[(（](?:已?通过|否决|未通过|passed|carried|approved|rejected|aprobad[oa]|rechazad[oa])[)）])[ \t]*[.。]?[ \t]*$/gimu;

/**
 * `| **Plazo acordado** | mediados de junio |`, `- Precio acordado: 4.000 €`: a label naming what was agreed (a participle
 * after the thing, the Spanish way; not `Agreed procedure`, a course's standing rule, in English).
 */
const AGREED_LABEL =
  /^[ \t]*(?:\|[ \t]*)?(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?\p{L}[\p{L} ]{1,30}? acordad[oa]s?(?:\*\*|__)?[ \t]*(?:[:：|]|(?:\*\*|__)[ \t]*[:：])/imu;

/**
 * `Aprobada con 5-1-2`, `Motion carried 6-0`: the result of a vote on a line of its own, with its count (for, against,
 * and abstentions): the resolution over it was decided.
 */
const VOTE_RESULT_LINE =
  /^[ \t]*(?:\*\*|__)?(?:(?:la[ \t]+)?(?:moci[oó]n|propuesta|resoluci[oó]n)[ \t]+|(?:the[ \t]+)?(?:motion|resolution|proposal)[ \t]+)?(?:aprobad[oa]|rechazad[oa]|approved|carried|passed|rejected|defeated)(?:[ \t]+(?:con|por|by|with))?[ \t]+\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?(?:[ \t]+(?:votos|votes))?[ \t.*_]*$/imu;
/**
 * `某理事动议“…”，经辩论和修改，决定：…`, `…动议“…”，该动议未通过`, `…动议“…”，会议默认一致同意`: a board's motion and,
 * on its line, what the meeting made of it.
 */
const MOTION_WITH_RESULT = /动议[^\n]{2,400}?(?:决定[:：]|未通过|获得?通过|予以通过|一致同意|否决)/u;

/** Decisions written as labelled lines or in a decision column. */
export function hasInlineDecisions(text: string): boolean {
  const prose = withoutCode(text);
  return (
    (prose.match(VERDICT_ITEM) ?? []).length >= 2 ||
    VOTE_RESULT_LINE.test(prose) ||
    MOTION_WITH_RESULT.test(prose) ||
    AGREED_LABEL.test(prose) ||
    hasSettledItems(prose) ||
    DECISION_LINE.test(prose) ||
    DECISION_MARK.test(prose) ||
    DECISION_LEAD_IN.test(prose) ||
    DECISION_LEAD_IN_ZH.test(prose) ||
    DECISION_BARE.test(prose) ||
    (prose.includes('|') && DECISION_CELL.test(prose)) ||
    tableHeaders(text).some((h) => findColumn(h, DECISION_COLUMNS) >= 0)
  );
}

/**
 * Tasks handed out where they were agreed: `- Documentación asignada a Johan`, `- Deck assigned to Ana`, or numbered
 * as tasks (`1、任务1：研究可行性`, `Task 2: …`).
 */
const ASSIGNED_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[^\n]{1,120}?(?<![\p{L}])(?:[Aa]signad[oa]s?[ \t]+a|[Aa]ssigned[ \t]+to)[ \t]+(?:@|\p{Lu})/mu;
const NUMBERED_TASK =
  /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)、．][ \t]*)?(?:\*\*|__)?(?:task|tarea|任务)[ \t]*\d{1,2}(?:\*\*|__)?[ \t]*[:：]/imu;

/**
 * `- Gabriela empezará el módulo de caché`, `- Juan se encargará del README`: an item opening with a person's name and
 * what they will do, in the future tense (not `será`/`estará`, what something is to be: `Python será el lenguaje`, a
 * decision).
 */
const NAMED_FUTURE_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(?!(?:Se|El|La|Los|Las|Lo|Le|Les|Un|Una|Esto|Este|Esta|Eso|Ese|Esa|Cada|Todo|Toda|Todos|Todas|Nadie|Nada|No|Ya|Hoy|Mañana|También|Luego|Después|Además|Entonces|Primero|Nosotros|Ellos|Ellas|Usted|Ustedes|Alguien|Quien|Quién|Cuando|Si|Para|Con|En|De|Por|Al|Del)(?![\p{L}]))(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+[ye][ \t]+\p{Lu}\p{Ll}+)?(?:\*\*|__)?[ \t]+(?:se[ \t]+)?(?!ser[aá]n?(?![\p{L}])|estar[aá]n?(?![\p{L}])|habr[aá]n?(?![\p{L}]))\p{Ll}+(?:ará|erá|irá|arán|erán|irán)(?![\p{L}])/gmu;
/** Two such items or more, by two people or more (see NAMED_FUTURE_ITEM): tasks handed out where they were agreed. */
function hasNamedFutureItems(prose: string): boolean {
  const who = new Set<string>();
  for (const m of prose.matchAll(NAMED_FUTURE_ITEM)) if (who.add(m[1]).size >= 2) return true;
  return false;
}

/**
 * `责任人：@zeno，会后联系 fjx 更新时间表`: who answers for a topic's follow-up and what they will do, under the topic (not
 * under the review of an earlier meeting's items, `## 例会遗留事项进度确认`, where it says whose the old item was).
 */
const OWNER_LINE =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:责任人|负责人)(?:\*\*|__)?[ \t]*[:：][^\n]{0,40}?[，,][ \t]*\p{Script=Han}{4}/u;
/** A heading over an earlier meeting's items gone through again (`遗留事项`, `上次会议`, `Review of previous actions`). */
const EARLIER_ITEMS_HEADING =
  /遗留|上次|上周|前次|往期|回顾|previous|last (?:meeting|week)|earlier|outstanding|carried over|anterior(?:es)?|pendientes de/iu;
function hasOwnerLines(prose: string): boolean {
  if (!/责任人|负责人/u.test(prose)) return false;
  for (const [line, earlier] of linesUnder(prose, EARLIER_ITEMS_HEADING))
    if (!earlier && OWNER_LINE.test(line)) return true;
  return false;
}

/**
 * Each line of a text that is no heading, with whether a heading above it, or one above that, matches `under`
 * (`## 上次遗留` over `### 接口` over the line).
 */
function* linesUnder(text: string, under: RegExp): Generator<[string, boolean]> {
  const above: { level: number; under: boolean }[] = [];
  for (const line of text.split('\n')) {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/u.exec(line);
    if (!heading) {
      yield [line, above[above.length - 1]?.under ?? false];
      continue;
    }
    const level = heading[1].length;
    while (above.length && above[above.length - 1].level >= level) above.pop();
    const parent = above[above.length - 1]?.under ?? false;
    above.push({ level, under: parent || under.test(heading[2]) });
  }
}

/**
 * `- Andrea → Frontend (mockups, vistas)`, `- Juan Pedro -> Codacy`: a person, an arrow, the part of the work handed to
 * them (see hasArrowAssignments).
 */
const ARROW_ITEM =
  /^[ \t]*[-*+][ \t]+(?:\*\*|__)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?:\*\*|__)?[ \t]*(?:→|->|=>|⟶)[ \t]*\S/gmu;
/**
 * Two such items or more for two people or more, two of whom the document names elsewhere too (the roles, the roll
 * call): the work split among the team (not `- Frontend → React`, a choice of tools, whose words name nobody there).
 */
function hasArrowAssignments(prose: string): boolean {
  const names = new Set<string>();
  for (const m of prose.matchAll(ARROW_ITEM)) names.add(m[1]);
  if (names.size < 2) return false;
  const known = [...names].filter((n) => {
    const word = new RegExp(`(?<![\\p{L}])${n.replace(/\s+/gu, '[ \\t]+')}(?![\\p{L}])`, 'gu');
    const arrows = [...prose.matchAll(ARROW_ITEM)].filter((m) => m[1] === n).length;
    return (prose.match(word) ?? []).length > arrows;
  });
  return known.length >= 2;
}

/**
 * `ahora tenemos como compromiso lo siguiente:`, `We committed to the following:` over the list: what the team took
 * on at the meeting.
 */
const COMMITMENT_LEAD_IN =
  /^[ \t]*(?:[-*+][ \t]+)?[^\n:：]{0,300}(?<![\p{L}])(?:tenemos como compromisos?|nos comprometimos a|nos comprometemos a|we committed to|we commit to)(?![\p{L}])[^\n:：]{0,40}[:：][ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/imu;

/**
 * `Tareas de cada participante (Nº. Tarea - Responsable - Fecha límite):` over the tasks: a label naming the tasks and,
 * in brackets, the owner and the deadline each line below gives.
 */
const TASK_FIELDS_LABEL =
  /^[ \t]*[^\n]{0,80}?(?<![\p{L}])(?:tareas?|tasks?|任务)(?![\p{L}])[^\n(（]{0,60}[(（][^)）\n]*(?:responsable|owner|assignee|负责人)[^)）\n]*(?:fecha|deadline|due|截止)[^)）\n]*[)）][ \t]*[:：][ \t]*$/imu;

/** Actions written as labelled lines, or in a table with an action column and an owner or due column. */
export function hasInlineActions(text: string): boolean {
  const prose = withoutCode(text);
  // (The lead-ins below need a colon closing a line: looked for once, the long patterns only then.)
  const colonThenBreak = COLON_THEN_BREAK.test(prose);
  return (
    hasNamedFutureItems(prose) ||
    hasOwnerLines(prose) ||
    (colonThenBreak && COMMITMENT_WORD.test(prose) && COMMITMENT_LEAD_IN.test(prose)) ||
    (BRACKET_COLON_AT_LINE_END.test(prose) && TASK_FIELDS_LABEL.test(prose)) ||
    hasArrowAssignments(prose) ||
    ACTION_LINE.test(prose) ||
    ACTION_BARE.test(prose) ||
    ACTION_REQUIRED_LINE.test(prose) ||
    ACTIONS_FOR_MEETING_ITEM.test(prose) ||
    ASSIGNED_ITEM.test(prose) ||
    NUMBERED_TASK.test(prose) ||
    hasNamedActionsItem(prose) ||
    (prose.includes('|') && ACTION_CELL.test(prose)) ||
    (colonThenBreak &&
      (ACTION_LEAD_IN_LIST.test(prose) || ACTION_LEAD_IN_QUOTE.test(prose) || hasLeadInOverNamedLines(prose))) ||
    CLOSING_DEADLINE_LINE.test(prose) ||
    // `… publicar el resumen. **Responsable: Ana**`, `…确认参与单位   责任人：林舟`: a line closed by its owner's tag.
    CLOSING_OWNER_TAG_LINE.test(prose) ||
    // `遗留问题跟踪（…）：` over the numbered issues still open.
    TRACKED_LEFTOVERS_OVER_LIST.test(prose) ||
    // `#### 年会方案` over `- 截止时间：6/5` and `- 相关责任人：@lin`: a register of tasks, one heading each.
    hasFieldedHeadingTask(prose) ||
    ACTION_BARE_LIST.test(prose) ||
    hasLabelOverLines(prose) ||
    // (`| Name | Assigned To | Deadline |`: who does each and by when, read as actions where no heading names them.)
    tableHeaders(text).some((h) => isActionTable(h) || hasOwnerAndDueColumns(h))
  );
}
/** A word each of COMMITMENT_LEAD_IN's phrases holds (read with the same flags). */
const COMMITMENT_WORD = /comprom|commit/iu;
/** What TASK_FIELDS_LABEL must contain: its own end, a bracket and a colon closing a line. */
const BRACKET_COLON_AT_LINE_END = /[)）][ \t]*[:：][ \t]*$/m;

/** An open box of a task list at the list's top level (`- [ ] Invitar a un narrador…`): something still to do. */
const OPEN_TASK = /^(?: ?[-*+]|\d{1,3}[.)])[ \t]+\[ \][ \t]+\S/u;
/**
 * A heading over the roll call (`## Voting member attendance`, `## Asistentes`, `## 参会人员`): its boxes are ticked
 * for who came, not for what is done.
 */
const ROLL_CALL_HEADING =
  /attend|present|roll[ -]?call|members|participants|representatives|asisten|presentes|participantes|miembros|参会|出席|与会|参加|成员/iu;

/**
 * Two open boxes of a task list or more at its top level (`- [ ] Subir el taller a UNSAM-Digital`), outside a roll
 * call: minutes that keep their to-dos as boxes to tick among their notes have their next actions, whatever heading
 * they stand under. (Not the boxes of a checklist nested in the notes, a plan's stages quoted item by item.)
 */
export function hasOpenTasks(text: string): boolean {
  // Not under a roll call (`## Attendance` over `##### 3 out of 5` over the boxes).
  let open = 0;
  for (const [line, rollCall] of linesUnder(withoutCode(text), ROLL_CALL_HEADING))
    if (!rollCall && OPEN_TASK.test(line) && ++open >= 2) return true;
  return false;
}

/**
 * The meeting's purpose said in a sentence instead of under a heading: `This meeting is to discuss …`, `The purpose
 * of today's call is to …`, `Estas reuniones son para:` over the list, `El objetivo de la reunión es …`, `本次会议旨在…`.
 * The sentence names the meeting, so a goal of the work discussed (`The goal is to ship by Friday`) is not one.
 */
const PURPOSE_STATEMENT =
  /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?:(?:this|the|today'?s) (?:meeting|call|session|telcon|telecon|teleconference|workshop)(?:'s (?:purpose|goal|aim|objective))? (?:is|will be) (?:to|for|about) \S|the (?:purpose|goal|aim|objective) of (?:this|the|today'?s) (?:meeting|call|session|telcon|telecon|teleconference|workshop) (?:is|will be) to \S|(?:esta|la|estas|las) reuni[oó]n(?:es)? (?:es|son|ser[aá]n?) para\b|(?:esta|la|estas|las) reuni[oó]n(?:es)? tienen? (?:como|por) (?:objetivo|finalidad|prop[oó]sito)|el (?:objetivo|prop[oó]sito|fin) de (?:esta|la) reuni[oó]n (?:es|ser[aá])|本次会议(?:的)?(?:目的|目标)(?:是|为)|本次会议旨在)/imu;

/**
 * `The GraphQL Working Group meets regularly to discuss changes to …`, `The WG's primary purpose is to discuss …`: what
 * the group meets for, said atop its agenda (a group that meets, or its purpose, and a verb of meeting).
 */
const GROUP_PURPOSE =
  /(?<![\p{L}])(?:group|wg|committee|subcommittee|council|board|team|task force|sig|club)(?:['’]s (?:primary |main )?purpose is to|[ \t]+meets(?:[^.\n]|\n(?![ \t]*\n)){0,80}?[ \t\n]to) (?:discuss|progress|review|agree|coordinate|decide|plan|work on)(?![\p{L}])/iu;

/** Whether the text states the meeting's purpose in a sentence (see PURPOSE_STATEMENT). */
export function hasPurposeStatement(text: string): boolean {
  const prose = withoutCode(text);
  return PURPOSE_STATEMENT.test(prose) || GROUP_PURPOSE.test(prose);
}
