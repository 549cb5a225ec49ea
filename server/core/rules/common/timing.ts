/** What the timing rules (minutes, agenda and schedule sent late, stale fact book) share. */
import { daysBetween, hoursBetween, toIsoDate, toIsoDateTime, type CalendarDate } from '../../dates';
import type { AgencyDocument } from '../../document';
import { isPlaceholder } from '../../text';
import { num, plural } from '../../l10n';
import { FIELD_BODY_LINES, bodyFieldLine } from '../../typeDetection';

/** A field as a document writes it: its value, the span of its line (key to value), and whether it is left blank. */
export interface WrittenField {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly missing: boolean;
}

/**
 * Where a document gives a field: its front-matter entry when that has a value (the front matter wins), else its
 * `Key: value` line among the first lines of the body and above its first section, as missing-field reads them
 * (`**Issued:** 3 Dec 2026, 17:30`, `**Fecha:** 30/11/2026`), else the entry or line left blank (`issued:`,
 * `**Issued:** TBD`), if any.
 */
export function writtenField(doc: AgencyDocument, id: string): WrittenField | undefined {
  const f = doc.frontMatter?.field(id);
  const entry = f && { text: f.text, start: f.keyStart, end: Math.max(f.valueEnd, f.keyEnd), missing: f.missing };
  if (entry && !entry.missing) return entry;
  const base = doc.frontMatter?.end ?? 0;
  // Above the first section: a `**Date:**` under `## Next meeting` or among the actions is no date of this document.
  const head = doc.sections[0]?.heading.start ?? doc.text.length;
  const line = bodyFieldLine(doc.text.slice(base, Math.max(base, head)), id, FIELD_BODY_LINES);
  const written = line && {
    text: line.value,
    start: base + line.start,
    end: base + line.end,
    missing: line.value === '' || isPlaceholder(line.value),
  };
  return written && !written.missing ? written : (entry ?? written);
}

/** The span of a field's line (key to value), in the front matter or atop the body: where its finding goes. */
export function fieldLine(ctx: { readonly doc: AgencyDocument }, id: string): [number, number] | undefined {
  const f = writtenField(ctx.doc, id);
  return f ? [f.start, f.end] : undefined;
}

/**
 * How far apart two dates are, for a message: whole hours when both have a time, else days. With `limitHours`
 * (the rule's limit), a span that would round to the limit itself (24 h 01 min, 47 h 59 min) keeps its
 * minutes, so the message does not read as keeping the limit it breaks.
 */
export function lateness(
  a: { date: CalendarDate; hasTime: boolean },
  b: { date: CalendarDate; hasTime: boolean },
  limitHours?: number,
): { hours?: number; minutes?: number; days?: number } {
  if (!(a.hasTime && b.hasTime)) return { days: daysBetween(a.date, b.date) };
  const h = hoursBetween(a.date, b.date);
  if (limitHours === undefined || Math.round(h) !== limitHours || h === limitHours) return { hours: Math.round(h) };
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return minutes > 0 && minutes < 60 ? { hours: whole, minutes } : { hours: Math.round(h) };
}

/** Hours, with minutes when `lateness` kept them: `24 hours 1 minute`, `24 小时 1 分钟`, `24 horas y 1 minuto`. */
export function hoursText(lang: 'en' | 'zh' | 'es', hours: number, minutes?: number): string {
  const m = minutes !== undefined && minutes > 0 ? minutes : undefined;
  if (lang === 'zh') return `${num(hours)} 小时${m ? ` ${num(m)} 分钟` : ''}`;
  if (lang === 'es') return `${plural(hours, 'hora', 'horas')}${m ? ` y ${plural(m, 'minuto', 'minutos')}` : ''}`;
  return `${plural(hours, 'hour', 'hours')}${m ? ` ${plural(m, 'minute', 'minutes')}` : ''}`;
}

export function show(d: { date: CalendarDate; hasTime: boolean }): string {
  return d.hasTime ? toIsoDateTime(d.date) : toIsoDate(d.date);
}

/** What a "sent late" message of a meeting document says: the meeting, when it went out, and how late. */
export interface SentLateParams {
  meeting: string;
  issued: string;
  hours?: number;
  /** Minutes past `hours`, when the whole hours would read as the limit itself (see lateness). */
  minutes?: number;
  days?: number;
}
