/**
 * Action items where people keep their work (docs/workflow.md): a CSV that
 * opens as a table in Excel and Sheets, and an iCalendar feed with one
 * all-day event per open action with a due date. UIDs depend on the
 * document and the action's words, not its line, so a re-import updates the
 * events instead of duplicating them.
 */

/** One action as exported. */
export interface ActionRow {
  readonly owners: readonly string[];
  /** ISO date, when the action has a certain one. */
  readonly due?: string;
  readonly status: 'open' | 'done' | 'overdue';
  readonly text: string;
  /** The document's path as shown to the user (relative to the project). */
  readonly document: string;
  /** 1-based. */
  readonly line: number;
  readonly job?: string;
  readonly client?: string;
}

export const CSV_COLUMNS = ['owner', 'due', 'status', 'text', 'document', 'line', 'job', 'client'] as const;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote, line break or
 * outer space. A value a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` first) gets a leading apostrophe, which spreadsheets show as text.
 */
function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The actions as CSV: UTF-8 byte-order mark (Excel then reads UTF-8), a header row, CRLF line ends. */
export function actionsToCsv(rows: readonly ActionRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [r.owners.join(', '), r.due ?? '', r.status, r.text, r.document, String(r.line), r.job ?? '', r.client ?? '']
        .map(csvField)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** UTF-8 bytes (TextEncoder: in Node and in the browser alike). */
const UTF8 = new TextEncoder();

/** iCalendar TEXT escaping: backslash, semicolon, comma, line breaks. */
function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = UTF8.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A 64-bit FNV-1a hash in hex: stable across runs and platforms (no randomness, no clock). */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of UTF8.encode(s)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The UID of an action: from its document and its words (the n-th action with
 * the same words in that document), so moving it, changing its date or owner
 * keeps the UID, and a calendar updates the event.
 */
export function actionUid(r: ActionRow, occurrence: number): string {
  return `${fnv1a64(`${r.document.replace(/\\/g, '/')}\n${actionKey(r.text)}\n${occurrence}`)}@agency-docs`;
}

/**
 * An action's words without its owners and numbers (dates are written in the
 * item: `@tom due 2026-11-25`), so a new date or owner keeps the UID.
 */
export function actionKey(text: string): string {
  return text
    .replace(/@[\p{L}\p{N}_.'-]+/gu, '')
    .replace(/\p{N}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return t.toISOString().slice(0, 10);
}

/**
 * The open actions with a due date as an iCalendar feed: one all-day event
 * each (every calendar imports events; not all import tasks), free time.
 * `stamp`: the export's date (DTSTAMP), ISO.
 */
export function actionsToIcs(rows: readonly ActionRow[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//agency-docs//action items//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.document}\n${actionKey(r.text)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (r.status === 'done' || !r.due) continue;
    const details = [
      r.owners.length ? `Owner: ${r.owners.join(', ')}` : '',
      r.job ? `Job: ${r.job}` : '',
      r.client ? `Client: ${r.client}` : '',
      `${r.document}:${r.line}`,
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${actionUid(r, n)}`,
      `DTSTAMP:${icsDate(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(r.due)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(r.due))}`,
      `SUMMARY:${icsText(r.text)}`,
      `DESCRIPTION:${icsText(details)}`,
      'TRANSP:TRANSPARENT',
      ...(r.client ? [`CATEGORIES:${icsText(r.client)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
