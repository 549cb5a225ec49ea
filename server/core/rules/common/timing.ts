/** What the timing rules (minutes, agenda and schedule sent late, stale fact book) share. */
import { daysBetween, hoursBetween, toIsoDate, toIsoDateTime, type CalendarDate } from '../../dates';
import type { AgencyDocument } from '../../document';
import type { FieldEntry } from '../../frontmatter';

/** The span of a front-matter field's line (key to value), where its finding goes. */
export function fieldLine(ctx: { readonly doc: AgencyDocument }, id: string): [number, number] | undefined {
  const f: FieldEntry | undefined = ctx.doc.frontMatter?.field(id);
  return f ? [f.keyStart, Math.max(f.valueEnd, f.keyEnd)] : undefined;
}

export function lateness(
  a: { date: CalendarDate; hasTime: boolean },
  b: { date: CalendarDate; hasTime: boolean },
): { hours?: number; days?: number } {
  return a.hasTime && b.hasTime
    ? { hours: Math.round(hoursBetween(a.date, b.date)) }
    : { days: daysBetween(a.date, b.date) };
}

export function show(d: { date: CalendarDate; hasTime: boolean }): string {
  return d.hasTime ? toIsoDateTime(d.date) : toIsoDate(d.date);
}

/** What a "sent late" message of a meeting document says: the meeting, when it went out, and how late. */
export interface SentLateParams {
  meeting: string;
  issued: string;
  hours?: number;
  days?: number;
}
