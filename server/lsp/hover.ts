/** Hover: what belongs in a section, who an owner is, what a job number is, when a date falls. */
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isEmptySection } from '../core/content';
import { daysBetween, findDates, toIsoDate, weekday, type CalendarDate } from '../core/dates';
import type { Session } from '../core/session';
import { fold } from '../core/text';
import { jobNumbersPlain } from '../core/jobPattern';
import { Positions, pathOf, type PositionEncoding } from './convert';

const WEEKDAY: Record<string, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

function distance(days: number, lang: 'en' | 'zh' | 'es'): string {
  if (days === 0) return { en: 'today', zh: '今天', es: 'hoy' }[lang];
  const n = Math.abs(days);
  if (days > 0) return { en: `in ${n} day${n === 1 ? '' : 's'}`, zh: `${n} 天后`, es: `dentro de ${n} día${n === 1 ? '' : 's'}` }[lang];
  return { en: `${n} day${n === 1 ? '' : 's'} ago`, zh: `${n} 天前`, es: `hace ${n} día${n === 1 ? '' : 's'}` }[lang];
}

export function hover(params: HoverParams, session: Session, encoding: PositionEncoding): Hover | null {
  const path = pathOf(params.textDocument.uri);
  const analysis = session.analysis(path);
  if (!analysis) return null;
  const { doc } = analysis;
  const positions = new Positions(doc.lines, encoding);
  const pos = positions.fromLsp(params.position);
  const offset = doc.lines.offsetAt(pos);
  const lang = session.locale;
  const lineStart = doc.lines.lineStarts[pos.line];
  const line = doc.lines.lineText(pos.line);
  const col = pos.character;

  // A section heading: guidance and completeness.
  const section = doc.sections.find((s) => offset >= s.heading.start && offset <= s.heading.end);
  if (section) {
    const empty = isEmptySection(section);
    const findings = analysis.findings.filter((f) => f.data.section === section.def.id && f.rule !== 'missing-section');
    const state = empty
      ? { en: '⚠ Still empty.', zh: '⚠ 还没有内容。', es: '⚠ Aún está vacía.' }[lang]
      : findings.length ? findings.map((f) => `⚠ ${f.message}`).join('\n\n') : { en: '✓ Filled in.', zh: '✓ 已填写。', es: '✓ Completa.' }[lang];
    return {
      contents: { kind: 'markdown', value: `**${section.def.names[lang]}**${section.def.optional ? ' _(optional)_' : ''}\n\n${section.def.guidance[lang]}\n\n${state}` },
      range: positions.offsets(section.heading.start, section.heading.end),
    };
  }

  // @owner: their role in the roster.
  for (const m of line.matchAll(/@([\p{L}\p{N}_.'-]+)/gu)) {
    if (col < m.index! || col > m.index! + m[0].length) continue;
    const name = m[1];
    const member = session.config.team.find((t) => [t.name, ...(t.aliases ?? [])].some((n) => fold(n) === fold(name)));
    const text = member
      ? `**@${member.name}**${member.role ? ` · ${member.role}` : ''}${member.aliases?.length ? `\n\n${member.aliases.join(', ')}` : ''}`
      : session.config.team.length
        ? { en: `**@${name}** is not in the team roster.`, zh: `**@${name}** 不在团队名单中。`, es: `**@${name}** no está en la lista del equipo.` }[lang]
        : `**@${name}**`;
    return { contents: { kind: 'markdown', value: text }, range: positions.offsets(lineStart + m.index!, lineStart + m.index! + m[0].length) };
  }

  // A job number: the job card's title, owner and due date.
  const jobRe = jobNumbersPlain(session.config.jobPattern);
  for (const m of line.matchAll(jobRe)) {
    if (col < m.index! || col > m.index! + m[0].length) continue;
    const docs = session.index.documentsWithJob(m[0]);
    const card = docs.find((d) => d.type === 'job') ?? docs[0];
    const value = card
      ? `**${m[0]}** · ${card.title ?? card.path.split(/[\\/]/).pop()}\n\n${[card.owner && `@${card.owner}`, card.due && `${{ en: 'due', zh: '截止', es: 'vence' }[lang]} ${card.due}`, card.client].filter(Boolean).join(' · ')}`
      : { en: `**${m[0]}**: no document has this job number.`, zh: `**${m[0]}**：没有文件使用这个工作单号。`, es: `**${m[0]}**: ningún documento tiene este número de trabajo.` }[lang];
    return { contents: { kind: 'markdown', value }, range: positions.offsets(lineStart + m.index!, lineStart + m.index! + m[0].length) };
  }

  // A date: weekday and distance from today.
  const today = session.options().today;
  for (const t of findDates(line, { defaultYear: today.year, yearlessNumeric: true })) {
    if (col < t.start || col > t.end) continue;
    const d: CalendarDate | undefined = t.kind === 'date' ? t.date : t.kind === 'ambiguous' ? t.certain : undefined;
    if (!d) return null;
    const value = `${toIsoDate(d)} · ${WEEKDAY[lang][weekday(d)]} · ${distance(daysBetween(today, d), lang)}`;
    return { contents: { kind: 'markdown', value }, range: positions.offsets(lineStart + t.start, lineStart + t.end) };
  }
  return null;
}
