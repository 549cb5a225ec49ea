/**
 * Small forms of action items read by plain patterns, shared by the analysis (actions.ts) and the scan
 * (scan.ts): bracketed labels (`[assignee] devon [due] 31 March 2024 [status] done`), a review's verdict
 * under a past action (`done, fixed by ML`), a heading's deadline explained by its date (`Due by next
 * sprint: February 17th`), a possessive group owner (`Bill Wherling's family has volunteered to …`).
 * Nothing here reads the document: each function takes a line or an item's text.
 */

/** A name the patterns found, with offsets in the text they were given. */
export interface Mark {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * `[assignee] devon`, `[**assignee**] Gorga Siagian, Kateri, esewilliams`: an archive's action item labels its
 * fields in brackets, one after the other on the item's line. [1] the label, [2] what follows up to the next
 * bracketed label or the line's end.
 */
const BRACKET_OWNER_LABEL =
  /\[(?:\*\*|__)?(?:assignees?|owners?|assigned[ \t]+to|responsible)(?:\*\*|__)?\][ \t]*:?[ \t]*([^[\]\n]*?)[ \t]*(?=\[(?:\*\*|__)?[\p{L} ]{2,20}(?:\*\*|__)?\]|\n|$)/iu;

/** The owners a bracketed `[assignee]` label gives on the item's first line (none without one). */
export function bracketLabelOwners(text: string): Mark[] {
  if (!text.includes('[')) return [];
  const firstLine = text.split('\n')[0];
  const m = BRACKET_OWNER_LABEL.exec(firstLine);
  if (!m?.[1]) return [];
  const said = m[1];
  const at = m.index + m[0].lastIndexOf(said);
  const out: Mark[] = [];
  let from = 0;
  for (const part of said.split(/[ \t]*(?:,|;|&|\/|[ \t]and[ \t])[ \t]*/u)) {
    const name = part
      .replace(/^@/, '')
      .replace(/[.。]+$/u, '')
      .trim();
    const i = said.indexOf(name, from);
    if (!name || i < 0 || /^(?:tbd|tbc|n\/?a|none|-+|\?+)$/i.test(name)) continue;
    from = i + name.length;
    out.push({ name, start: at + i, end: at + i + name.length });
  }
  return out;
}

/** `[status] done`, `[**status**] completed`: an archive's item marked done by its bracketed status label. */
const BRACKET_STATUS_DONE =
  /\[(?:\*\*|__)?status(?:\*\*|__)?\][ \t]*:?[ \t]*(?:done|completed?|finished|closed)(?![\p{L}])/iu;

/**
 * A review's verdict opening the first sub-item of a past action gone through again (`- action FK: open the
 * issue` / `  - done, fixed by ML`; `- Done.`; `- completed`): that action is done. Not `Done: 3/1` (a field), nor
 * `done by Friday` (a date it is to be done by).
 */
const DONE_VERDICT = /^[ \t*_]*(?:done|completed|finished|closed)(?:[ \t*_]*(?:[,;.!]|[ \t]+[-–—(])|[ \t*_]*$)/iu;

/** Whether an item's own text or the first of its sub-items (`subItems`: their first lines) says it is done. */
export function doneByMark(text: string, subItems: readonly string[]): boolean {
  if (text.includes('[') && BRACKET_STATUS_DONE.test(text.split('\n')[0])) return true;
  if (/done|complet|finish|closed|submitted/iu.test(text)) {
    const first = text.split('\n')[0];
    if (INLINE_STATUS_DONE.test(first) || DASH_DONE.test(first)) return true;
  }
  return subItems.length > 0 && DONE_VERDICT.test(subItems[0]);
}

/** `…; Status: Submitted awaiting a decision`, `… Status: done`: the task's own status, written after it, says done. */
const INLINE_STATUS_DONE =
  /(?:^|[;,.。][ \t]*|[ \t])(?:\*\*|__)?status(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?(?:done|completed?|finished|closed|submitted)(?![\p{L}])/iu;
/** `Write the explainer — **done same day**, …`: a dash, then done in bold after the task. */
const DASH_DONE = /[ \t](?:—|–|--|-)[ \t]*(?:\*\*|__)(?:done|completed|finished)(?:[ \t][^*_\n]{0,20})?(?:\*\*|__)/iu;

/**
 * `Review of actions from Nov 29`, `Review of last meeting's action items`, `Actions from the previous meeting`: an
 * agenda's point whose sub-items are the past actions to go through, not this meeting's.
 */
const PAST_ACTIONS_POINT =
  /^[ \t*_]*(?:\d{1,2}[.)][ \t]+)?(?:(?:review|status|follow[- ]?up|recap)[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?(?:(?:last|previous|past|open|outstanding)[ \t]+(?:meeting['’]?s?[ \t]+|week['’]?s?[ \t]+|call['’]?s?[ \t]+)?)?(?:action(?:[ \t]+item)?s|to-?dos)(?:[ \t]+(?:from|of)[ \t]+[^\n:：]{1,40})?|(?:action(?:[ \t]+item)?s|to-?dos)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?(?:last|previous|past)[ \t]+(?:meeting|week|call|session))[ \t*_:：]*$/iu;

/** Whether a list item's line is an agenda's point reviewing past actions (PAST_ACTIONS_POINT). */
export function isPastActionsPoint(line: string): boolean {
  return PAST_ACTIONS_POINT.test(line);
}

/**
 * `Due by next sprint: February 17th`, `due at the next meeting – 3 March`: a deadline said in words, then
 * explained by its date after a colon or dash. [1] the due word, then the date starts at the match's end.
 */
const DEADLINE_EXPLAINED =
  /(?<![\p{L}])(due|deadline)(?:[ \t]+(?:by|before|at|for))?[ \t]+(?:the[ \t]+)?(?:next|this|end[ \t]+of(?:[ \t]+the)?)[ \t]+(?:sprint|meeting|week|iteration|milestone|release|call|session)[ \t]*(?:[:：,]|[ \t][-–—])[ \t]*/iu;

/** Where the date of a deadline explained by it starts in a heading (DEADLINE_EXPLAINED), if it has one. */
export function explainedDeadlineAt(text: string): { word: string; at: number } | undefined {
  if (!/\d/.test(text)) return undefined;
  const m = DEADLINE_EXPLAINED.exec(text);
  return m ? { word: m[1], at: m.index + m[0].length } : undefined;
}

/**
 * `Bill Wherling's family has volunteered to host …`, `Ana's team will review the deck`: a person's household or
 * team, taking the task on. [1] who (the name and the group word).
 */
const POSSESSIVE_GROUP =
  /^[ \t]*(?:\*\*|__)?((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,2}\p{Lu}[\p{Ll}-]+['’]s[ \t]+(?:family|team|group|office|household))(?:\*\*|__)?[ \t]+(?:(?:has|have)[ \t]+(?:volunteered|agreed|offered)[ \t]+to|volunteered[ \t]+to|agreed[ \t]+to|offered[ \t]+to|will|to)[ \t]+\p{Ll}/u;

/** The group a possessive names as the one taking the task on (POSSESSIVE_GROUP), at its offset in `text`. */
export function possessiveGroupOwner(text: string): Mark | undefined {
  if (!text.includes("'s ") && !text.includes('’s ')) return undefined;
  const m = POSSESSIVE_GROUP.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return { name: m[1], start: at, end: at + m[1].length };
}

/** Two or three capitals alone in a heading (`### JP`): initials, if the sub-headings beside it are people's. */
const INITIALS_HEADING = /^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?[ \t]*(\p{Lu}{2,3})[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*#*[ \t]*$/u;
/** Capitals that head topics, not people: `### FAQ`, `### API`, `### TODO`. */
const NOT_INITIALS = new Set(
  'TBD TBC TODO FAQ API MVP AOB ETA SEO CSS SQL AWS GCP CLI GUI PRS BUG FIX NEW OLD ALL ANY'.split(' '),
);

/** The initials a sub-heading is alone (`### JP`), at their offset in the heading line; none otherwise. */
export function headingInitials(heading: string): Mark | undefined {
  const m = INITIALS_HEADING.exec(heading);
  if (!m || NOT_INITIALS.has(m[1])) return undefined;
  const at = m.index + m[0].indexOf(m[1], m[0].indexOf('#') + 1);
  return { name: m[1], start: at, end: at + m[1].length };
}

/**
 * `**All exec board**: Send headshots …`, `All officers to file their reports`: every one of a body of people
 * (a word the group patterns of actions.ts do not know), as a label or leading the task. [1] the group.
 */
const ALL_OF_GROUP =
  /^[ \t]*(?:\[[ xX]\][ \t]+)?(?:\*\*|__)?(all[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:board|staff|officers|volunteers|parents|teachers|students|directors|trustees|execs?|leaders|organi[sz]ers|mentors|coaches|captains|managers|admins|developers|devs|editors|writers|designers))(?:\*\*|__)?(?:[ \t]*[:：]|[ \t]+(?:to|will|should|must)[ \t]+\p{Ll})/iu;

/** The group an `All …` label or subject names (ALL_OF_GROUP), at its offset in `text`. */
export function allOfGroupOwner(text: string): Mark | undefined {
  if (!/all[ \t]/i.test(text)) return undefined;
  const m = ALL_OF_GROUP.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return { name: m[1], start: at, end: at + m[1].length };
}

/** `#### Decision Items:`, `## Key Decisions Made`, `### Decisions taken`: a heading over the meeting's decisions. */
const DECISIONS_HEADING =
  /^[ \t*_]*(?:key[ \t]+|main[ \t]+|final[ \t]+)?decisions?(?:[ \t]+(?:items?|points?|made|taken|reached|log|record))?[ \t*_:：]*$/iu;

/** Whether a heading's text names the decisions (DECISIONS_HEADING), whatever the type's table calls them. */
export function isDecisionsHeading(text: string): boolean {
  return DECISIONS_HEADING.test(text);
}

/** `FK action: add the reminder`, `AB, CD action: …`: the owners' initials before the word action and its colon. */
const INITIALS_THEN_ACTION =
  /^[ \t]*(?:\*\*|__)?([A-Z]{2,3}(?:[ \t]*[,&/][ \t]*[A-Z]{2,3}){0,3})[ \t]+(?:ACTION|[Aa]ction)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?=\S)/u;
/** A list item of that form, anywhere in a text (actions.ts hasLabelledLists: the scan leaves it to the parse). */
export const INITIALS_ACTION_ITEM =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?[A-Z]{2,3}(?:[ \t]*[,&/][ \t]*[A-Z]{2,3}){0,3}[ \t]+(?:ACTION|[Aa]ction)(?:\*\*|__)?[ \t]*[:：]/mu;

/** Whether a line is an action led by its owners' initials (`FK action: …`). */
export function isInitialsAction(line: string): boolean {
  return INITIALS_THEN_ACTION.test(line);
}

/** The owners whose initials lead `FK action: …` (each of `AB, CD action:`), at their offsets in `text`. */
export function initialsBeforeAction(text: string): Mark[] {
  const m = INITIALS_THEN_ACTION.exec(text);
  if (!m) return [];
  const said = m[1];
  const at = m.index + m[0].indexOf(said);
  const out: Mark[] = [];
  for (const part of said.matchAll(/[A-Z]{2,3}/g))
    if (!NOT_INITIALS.has(part[0]))
      out.push({ name: part[0], start: at + part.index!, end: at + part.index! + part[0].length });
  return out;
}

/**
 * A day the reader dates from the meeting's own, written in a Chinese task where its clause starts, before the
 * work (`次日排定优先级`, `今天完成升级`, `明天白天输出视频`, `下周一完成`): the time the work is planned for, a
 * deadline. Not `整理今天的讨论` (a day named as a thing), nor a week (`本周内`), nor `会后` / `尽快`, which
 * name no day. (English and Spanish minutes' readers still ask for the date after `by tomorrow`, `by end of
 * day`, `para mañana`: there the rule asks on.)
 */
const DAY_FROM_MEETING =
  /(?:^|[:：；;，,。、(（]|[ \t]|(?<=[于在将需须要请并]))(?:今天|今日|当天|当日|明天|明日|次日|翌日|后天|(?:本|这|下)(?:周|星期|礼拜)[一二三四五六日天])(?:白天|上午|中午|下午|晚上|晚间|之内|以内|内|之前|以前|前)?(?=[ \t]*\p{Script=Han})(?![ \t]*的)/mu;

/** Whether a task's first line says its day from the meeting's (DAY_FROM_MEETING). */
export function saysDayFromMeeting(text: string): boolean {
  const end = text.indexOf('\n');
  return DAY_FROM_MEETING.test(end < 0 ? text : text.slice(0, end));
}

/** The days of the week in English and Spanish, as a regex source (case-insensitive patterns use it). */
export const WEEKDAY_WORDS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo';

/** A day or a week counted from the meeting's (`Sunday`, `next week`, `mañana`, `primera semana`, `下周`, `本周内`). */
const RELATIVE_DAY = String.raw`(?:(?:next|this|el|este|pr[oó]ximo)[ \t]+)?(?:${WEEKDAY_WORDS}|tomorrow|tonight|today|end[ \t]+of[ \t]+(?:the[ \t]+)?(?:day|week|month)|eod|eow|next[ \t]+week|this[ \t]+week|ma[nñ]ana|hoy|(?:la[ \t]+)?(?:pr[oó]xima|siguiente)[ \t]+semana|esta[ \t]+semana|(?:primera|segunda|tercera|cuarta)(?:\/(?:primera|segunda|tercera|cuarta))?[ \t]+semana|下周[一二三四五六日天]?|本周内?|这周|(?:周|星期|礼拜)[一二三四五六日天]|会后|明天|今天|(?:the[ \t]+)?next[ \t]+(?:meeting|call|sprint)|(?:la[ \t]+)?pr[oó]xima[ \t]+reuni[oó]n|下次(?:会议|例会|开会))`;
/** A deadline cell's value that says how soon, no day: `ASAP`, `1 Month`, `2 weeks`, `Early next week`. */
const RELATIVE_CELL = String.raw`(?:asap|as[ \t]+soon[ \t]+as[ \t]+possible|(?:early|late|end[ \t]+of)[ \t]+(?:next|this)[ \t]+(?:week|month)|(?:in[ \t]+)?(?:\d{1,2}|one|two|three|four|six)[ \t]+(?:days?|weeks?|months?)|lo[ \t]+antes[ \t]+posible|cuanto[ \t]+antes|尽快)`;
/**
 * The relative day a task gives where its deadline goes: a table cell holding it alone (`| Sunday |`), after a
 * due word (`by Friday`, `para el viernes`, `截止下周`) or in brackets (`(primera semana)`); as written.
 */
const RELATIVE_DEADLINE = new RegExp(
  String.raw`\|[ \t]*((?:${RELATIVE_DAY}|${RELATIVE_CELL})(?:[ \t,]+(?:at[ \t]+|a[ \t]+las[ \t]+)?\d{1,2}(?:[:.]\d\d)?[ \t]*(?:am|pm|h)?)?)[ \t]*\||(?<![\p{L}])(?:by|due|before|until|not?[ \t]+later[ \t]+than|para(?:[ \t]+el)?|antes[ \t]+del?|hasta(?:[ \t]+el)?|a[ \t]+m[aá]s[ \t]+tardar(?:[ \t]+el)?|截止|截至|最迟|不晚于)[ \t]*(${RELATIVE_DAY})(?![\p{L}])|[(（][ \t]*(${RELATIVE_DAY})[ \t]*[)）]`,
  'iu',
);

/** The relative day (`Sunday`, `by Friday`, `(primera semana)`) a task's line gives for its deadline, if any. */
export function relativeDeadline(line: string): string | undefined {
  const m = RELATIVE_DEADLINE.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : undefined;
}

/**
 * A due label on a task's line (`due: …`, `Deadline: …`, `fecha límite: …`, `plazo: …`, `截止：…`): [1] the value
 * it holds as written, up to the next separator. The label says where the deadline goes; a fix adds none after it.
 * It opens the item or follows a separator (not `Ana to confirm the deadline: two weeks`, a topic).
 */
const DUE_LABEL =
  /(?:^|[,，;；|(（[\]—–.。\n]|[ \t]-)[ \t]*(?:\*\*|__)?(?:due(?:[ \t]+date)?|deadline|fecha[ \t]+l[ií]mite|plazo|截止(?:日期|时间)?|截至(?:日期|时间)?|期限|完成时间)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*([^,，;；|)）\n]*)/iu;

/**
 * The due label a task's text carries and where its value ends (`fecha límite: pronto` → “pronto”), or undefined.
 * The value is trimmed of the emphasis and full stop closing it; empty when the label holds nothing. `start`: where
 * the label starts; `end`: where its value ends (or the label, when empty).
 */
export function dueLabel(text: string): { value: string; start: number; end: number } | undefined {
  const m = DUE_LABEL.exec(text);
  if (!m) return undefined;
  const value = m[1].replace(/[ \t*_.。]+$/u, '');
  const end = m.index + m[0].length - m[1].length + (value ? m[1].indexOf(value) + value.length : 0);
  return { value, start: m.index, end };
}
