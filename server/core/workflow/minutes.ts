/**
 * Minutes from an agenda (docs/workflow.md): the meeting's client, job,
 * attendees and time carried over, its topics as the headings of the
 * decisions, the actions section ready, in the agenda's language and with its
 * keys' language. `issued` (and `distribution`, unless the agenda has one) are
 * left for the account executive to fill.
 */
import type { ListItem } from 'mdast';
import type { Lang, Localized } from '../catalog/schema';
import { fieldKey } from '../catalog';
import { typeByName, type AgencyDocument, type Section } from '../document';
import { keyStyle, keyToWrite } from '../edits';
import { itemText } from '../content';
import { plainText } from '../markdown';
import {
  fieldLine,
  listField,
  titleFor,
  titleSubject,
  WorkflowError,
  dirOf,
  joinPath,
  type GeneratedDocument,
} from './common';

const MINUTES = typeByName('minutes')!;
const AGENDA = typeByName('agenda')!;

const DECISION_PROMPT: Localized = {
  en: 'What was decided on this topic, and who agreed',
  zh: '这一议题的结论，以及谁同意了',
  es: 'Qué se acordó sobre este tema y quién lo aprobó',
};
const NO_TOPICS: Localized = {
  en: 'The agenda lists no topics: write each decision here',
  zh: '议程里没有列出议题：请在这里逐条写下结论',
  es: 'El orden del día no tiene temas: escribe aquí cada acuerdo',
};
const EXAMPLE_ACTION: Record<Lang, string> = {
  en: '- [ ] What needs doing @owner due YYYY-MM-DD',
  zh: '- [ ] 需要完成的事项 @负责人 截止 YYYY-MM-DD',
  es: '- [ ] Qué hay que hacer @responsable fecha límite: YYYY-MM-DD',
};
const NOT_AGENDA: Localized = {
  en: 'This is not a meeting agenda: minutes are started from an agenda (type: agenda).',
  zh: '这不是会议议程：会议记录要从议程（type: agenda）开始。',
  es: 'Esto no es un orden del día: el acta se empieza desde un orden del día (type: agenda).',
};

/**
 * A topic as a decision heading: its words without the presenter and the
 * time slot the agenda gives it (`Media plan @alice 20 min` → `Media plan`).
 */
export function topicSubject(topic: string): string {
  const firstLine = topic.split('\n')[0].trim();
  const trimmed = firstLine
    // A time slot leading the topic: `10:00–10:20 Rough cut`.
    .replace(/^\d{1,2}[:：.]\d{2}\s*[-–—~～]\s*\d{1,2}[:：.]\d{2}\s+(?=\S)/u, '')
    .replace(
      /(?:[\s,，;；]*(?:@[\p{L}\p{N}_.'-]+|[(（]?\d+\s*(?:min(?:s|utes?|utos?)?\.?|分钟|小时|h|hrs?|hours?|horas?)[)）]?))+[\s.。]*$/iu,
      '',
    )
    .trim();
  return trimmed || firstLine;
}

/** The agenda's topics: the items of its Topics section, or its sub-headings when written that way. */
export function agendaTopics(agenda: AgencyDocument): string[] {
  const section: Section | undefined = agenda.sections.find((s) => s.def.kind === 'topics');
  if (!section) return [];
  const topics: string[] = [];
  for (const p of section.nodes) {
    if (p.node.type === 'list')
      for (const item of p.node.children as ListItem[]) {
        const t = topicSubject(itemText(item));
        if (t) topics.push(t);
      }
    else if (p.node.type === 'heading') {
      const t = topicSubject(plainText(p.node));
      if (t) topics.push(t);
    }
  }
  return topics;
}

/** Where the minutes go: beside the agenda, the agenda's name with `agenda` (or 议程, orden del día) changed to minutes. */
export function minutesPathFor(agendaPath: string): string {
  const dir = dirOf(agendaPath);
  const base = agendaPath.slice(dir === '.' && !/[\\/]/.test(agendaPath) ? 0 : dir.length + 1);
  const stem = base.replace(/\.(?:md|markdown)$/i, '');
  let name: string;
  if (/\.agenda$/i.test(stem)) name = stem.replace(/\.agenda$/i, '.minutes');
  else if (/agenda/i.test(stem))
    name = stem.replace(/agenda(?!.*agenda)/i, (m) => (m[0] === 'A' ? 'Minutes' : 'minutes'));
  else if (/orden[-_ ]del[-_ ]d[ií]a/i.test(stem)) name = stem.replace(/orden[-_ ]del[-_ ]d[ií]a/i, 'acta');
  else if (stem.includes('议程')) name = stem.replace(/议程(?!.*议程)/, '会议记录');
  else name = `${stem}.minutes`;
  return dir === '.' && !/[\\/]/.test(agendaPath) ? `${name}.md` : joinPath(dir, `${name}.md`);
}

/** The minutes of the meeting an agenda prepares. Throws WorkflowError when `agenda` is not an agenda. */
export function minutesFromAgenda(agenda: AgencyDocument): GeneratedDocument {
  if (agenda.type?.id !== AGENDA.id) throw new WorkflowError(NOT_AGENDA);
  const lang = agenda.lang;
  const fm = agenda.frontMatter;
  const value = (id: string) => {
    const f = fm?.field(id);
    return f && !f.missing ? f : undefined;
  };
  // Keys as the agenda writes them (`cliente:`, `客户:`, `Client:`), as `new minutes --lang` and the fixes do.
  const key = (id: string) => keyToWrite(agenda, id);
  // What is left to write keeps the templates' placeholder (`<client>`, `[<distribution>]`): check points it out.
  const blank = (id: string) => `<${fieldKey(id, keyStyle(agenda).lang)}>`;
  const lines = ['---', fieldLine('type', MINUTES.id)];
  lines.push(fieldLine(key('client'), value('client')?.text ?? blank('client')));
  const job = value('job');
  if (job) lines.push(fieldLine(key('job'), job.text));
  lines.push(fieldLine(key('meeting'), value('meeting')?.text ?? 'YYYY-MM-DD HH:mm'));
  // Issued when the minutes go out: the account executive writes it then.
  lines.push(fieldLine(key('issued'), 'YYYY-MM-DD'));
  for (const id of ['attendees', 'distribution']) {
    // The agenda's attendees, and its distribution list when it has one; else the blank to fill.
    const field = value(id);
    const items = field?.items?.filter((n) => n.trim() !== '') ?? [];
    // A list stays a list; names written on one line (`刘明、陈晓雨`) stay as written.
    if (items.length) lines.push(listField(key(id), items));
    else lines.push(field ? fieldLine(key(id), field.text) : `${key(id)}: [${blank(id)}]`);
  }
  lines.push('---', '');

  const subject = titleSubject(agenda.title?.text, AGENDA);
  lines.push(`# ${titleFor(MINUTES, lang, subject)}`, '');
  const decisions = MINUTES.sections.find((s) => s.id === 'decisions')!;
  const actions = MINUTES.sections.find((s) => s.kind === 'actions')!;
  lines.push(`## ${decisions.names[lang]}`, '');
  const topics = agendaTopics(agenda);
  if (topics.length === 0) lines.push(`<!-- ${NO_TOPICS[lang]} -->`, '');
  for (const [i, t] of topics.entries()) lines.push(`### ${i + 1}. ${t}`, '', `<!-- ${DECISION_PROMPT[lang]} -->`, '');
  lines.push(`## ${actions.names[lang]}`, '', `<!-- ${actions.prompt[lang]} -->`, EXAMPLE_ACTION[lang], '');
  return { path: minutesPathFor(agenda.path), text: lines.join('\n') };
}
