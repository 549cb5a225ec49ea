/**
 * The client's people among a document's attendees (unknown-owner): the roster is the agency's team, and an
 * attendee the document marks with a client's name (`Rachel Moore (Brightwell Foods)`) who takes an action is a
 * known person too. Read from the whole document (front matter, body lines, an Attendees heading's list), so the
 * chunk-local check gets it as a document-level fact (analyze.ts).
 */
import type { AgencyDocument } from './document';
import { fieldIdForKey } from './frontmatter';
import { isPlaceholderValue } from './placeholders';
import { fold, isPlaceholder } from './text';
import { bodyFieldValue } from './typeDetection';

/** A name as the roster compares it: folded, without its `@`, dots and dashes as spaces (`@rachel.moore`). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/^@/, '')
    .replace(/[._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A list of people written on one line (`Rachel Moore (Brightwell Foods), Sam Ortiz`): split outside brackets. */
function splitPeople(text: string): string[] {
  return text
    .split(/[,;，；、](?![^(（[]*[)）\]])/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

const ATTENDEES_HEADING_HINT =
  /^(?: {0,3}#{1,6}[ \t]|[ \t]*(?:\*\*|__))[^\n]{0,40}(?:attend|particip|present|asistent|convocad|参会|与会|出席)/imu;

/**
 * The people the document lists as attendees: `attendees:` in the front matter, an `**Attendees:**` line atop
 * the body, and the list items (or first table cells) under an Attendees heading or bold label.
 */
function attendeeEntries(doc: AgencyDocument): string[] {
  const entries: string[] = [];
  const fm = doc.frontMatter?.field('attendees');
  if (fm && !fm.missing) entries.push(...(fm.items ?? splitPeople(fm.text)));
  const body = doc.text.slice(doc.frontMatter?.end ?? 0);
  const line = bodyFieldValue(body, 'attendees');
  if (line) entries.push(...splitPeople(line));
  // The lines are read only when a heading or bold label may name the attendees (a long log has none).
  if (!ATTENDEES_HEADING_HINT.test(body)) return entries;
  const lines = body.split('\n');
  let depth: number | undefined;
  for (const l of lines) {
    const h = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(l);
    const label = /^[ \t]*(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)[ \t]*[:：]?[ \t]*$/u.exec(l);
    if (h || label) {
      const level = h ? h[1].length : 7;
      if (depth !== undefined && (level <= depth || !h)) depth = undefined;
      const key = (h ? h[2] : label![1])
        .replace(/[*_`]/g, '')
        .replace(/^[^\p{L}]+/u, '')
        .replace(/[(（].*$/u, '')
        .replace(/[:：]\s*$/u, '')
        .trim();
      if (depth === undefined && key.length <= 40 && fieldIdForKey(key) === 'attendees') depth = level;
      continue;
    }
    if (depth === undefined) continue;
    const item = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/.exec(l);
    const row = !item && /^[ \t]*\|/.test(l) && !/^[ \t|:-]+$/.test(l) ? l.split('|')[1] : undefined;
    const text = (item?.[1] ?? row ?? '').replace(/[*_`]/g, '').trim();
    if (text) entries.push(text);
  }
  return entries;
}

/** Whether `name` (folded) stands in `text` (folded) as a word of its own (a Chinese name: anywhere). */
function namesIn(text: string, name: string): RegExpExecArray | null {
  if (!name) return null;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /\p{Script=Han}/u.test(name)
    ? new RegExp(esc, 'u').exec(text)
    : new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').exec(text);
}

/**
 * The client's people among the attendees, as name keys: an attendee marked with a client's name or alias (a
 * configured client, or the document's own `client`): `Rachel Moore (Brightwell Foods)`, `Brightwell: Rachel
 * Moore`, `张伟（青禾乳业）`. Each by the whole name and by each of its words (`Rachel`, `Moore`). The roster is
 * the agency's team; the client's people who take an action are known people too.
 */
export function clientPeople(
  doc: AgencyDocument,
  clients: readonly { name: string; aliases?: readonly string[] }[],
): Set<string> {
  const people = new Set<string>();
  const names = clients.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const own = doc.frontMatter?.field('client');
  if (own && !own.missing && !isPlaceholderValue(own.text)) names.push(own.text);
  else {
    const body = bodyFieldValue(doc.text.slice(doc.frontMatter?.end ?? 0), 'client');
    if (body && !isPlaceholder(body) && !isPlaceholderValue(body)) names.push(body);
  }
  const folded = [...new Set(names.map((n) => fold(n).trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (folded.length === 0) return people;
  for (const entry of attendeeEntries(doc)) {
    let e = fold(entry);
    let marked = false;
    for (const n of folded) {
      const m = namesIn(e, n);
      if (!m) continue;
      marked = true;
      e = e.slice(0, m.index) + ' '.repeat(n.length) + e.slice(m.index + n.length);
    }
    if (!marked) continue;
    // The person: the entry without the client's name, its brackets and what follows a separator (a role).
    const parts = e
      .replace(/[(（[][^)）\]]*[)）\]]/gu, ' ')
      .split(/[:：,，|—–]| - /u)
      .map((p) => nameKey(p))
      .filter((p) => /\p{L}/u.test(p));
    const person = parts[0];
    if (!person || person.split(' ').length > 4) continue;
    people.add(person);
    for (const w of person.split(' ')) if (w.length >= 2) people.add(w);
  }
  return people;
}
