/** What the timing rules (minutes, agenda and schedule sent late, stale fact book) share. */
import { daysBetween, hoursBetween, toIsoDate, toIsoDateTime, type CalendarDate } from '../../dates';
import type { AgencyDocument } from '../../document';
import { isPlaceholder } from '../../text';
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
