/** Hover: what belongs in a section, who an owner is, what a job number is, when a date falls. */
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isEmptySection } from '../core/content';
import { dateReadingOf } from '../core/analyze';
import { daysBetween, findDates, readingFor, toIsoDate, weekday, type CalendarDate } from '../core/dates';
import type { Session } from '../core/session';
import { fold } from '../core/text';
import { jobNumbersPlain } from '../core/jobPattern';
import { UI, WEEKDAYS } from '../core/l10n';
import type { Lang } from '../core/catalog/schema';
import { Positions, pathOf, type PositionEncoding } from './convert';

function distance(days: number, lang: Lang): string {
  if (days === 0) return UI.today[lang]();
  return days > 0 ? UI.inDays[lang](days) : UI.daysAgo[lang](-days);
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
  const lineStart = doc.lines.lineStart(pos.line);
  const line = doc.lines.lineText(pos.line);
  const col = pos.character;

  // A section heading: guidance and completeness.
  const section = doc.sections.find((s) => offset >= s.heading.start && offset <= s.heading.end);
  if (section) {
    const empty = isEmptySection(section);
    const findings = analysis.findings.filter((f) => f.data.section === section.def.id && f.rule !== 'missing-section');
    const state = empty
      ? UI.sectionEmpty[lang]()
      : findings.length
        ? findings.map((f) => `⚠ ${f.message}`).join('\n\n')
        : UI.sectionFilled[lang]();
    return {
      contents: {
        kind: 'markdown',
        value: `**${section.def.names[lang]}**${section.def.optional ? ' _(optional)_' : ''}\n\n${section.def.guidance[lang]}\n\n${state}`,
      },
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
        ? UI.ownerNotInTeam[lang](name)
        : `**@${name}**`;
    return {
      contents: { kind: 'markdown', value: text },
      range: positions.offsets(lineStart + m.index!, lineStart + m.index! + m[0].length),
    };
  }

  // A job number: the job card's title, owner and due date; the due date's word in the document's language, as the
  // title, the owner and the client beside it are (a Chinese document reads `截止 2026-12-12`, whatever the editor's).
  const jobRe = jobNumbersPlain(session.config.jobPattern);
  for (const m of line.matchAll(jobRe)) {
    if (col < m.index! || col > m.index! + m[0].length) continue;
    const docs = session.index.documentsWithJob(m[0]);
    const card = docs.find((d) => d.type === 'job') ?? docs[0];
    const value = card
      ? `**${m[0]}** · ${card.title ?? card.path.split(/[\\/]/).pop()}\n\n${[card.owner && `@${card.owner}`, card.due && UI.jobDue[doc.lang](card.due), card.client].filter(Boolean).join(' · ')}`
      : UI.jobUnknown[lang](m[0]);
    return {
      contents: { kind: 'markdown', value },
      range: positions.offsets(lineStart + m.index!, lineStart + m.index! + m[0].length),
    };
  }

  // A date: weekday and distance from today.
  const options = session.options();
  const today = options.today;
  // Read as the document's readers read it (its language or the configured dateOrder; its own year), like the checks.
  const { order, defaultYear } = dateReadingOf(doc, options);
  for (const t of findDates(line, { defaultYear, yearlessNumeric: true })) {
    if (col < t.start || col > t.end) continue;
    const d: CalendarDate | undefined = readingFor(t, order);
    if (!d) return null;
    const value = `${toIsoDate(d)} · ${WEEKDAYS[lang][weekday(d)]} · ${distance(daysBetween(today, d), lang)}`;
    return { contents: { kind: 'markdown', value }, range: positions.offsets(lineStart + t.start, lineStart + t.end) };
  }
  return null;
}
