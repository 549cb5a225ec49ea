/**
 * The client's people among a document's attendees (unknown-owner): the roster is the agency's team, and an
 * attendee the document marks with a client's name (`Rachel Moore (Brightwell Foods)`) who takes an action is a
 * known person too. Read from the whole document (front matter, body lines, an Attendees heading's list), so the
 * chunk-local check gets it as a document-level fact (analyze.ts).
 */
import { chunksKept, type AgencyDocument } from './document';
import type { Chunk } from './markdown';
import { fieldIdForKey } from './frontmatter';
import { isPlaceholderValue } from './placeholders';
import { fold, isPlaceholder } from './text';
import { headerFieldValue } from './signoffs';

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

/**
 * The attendees written in groups, one a party, the groups apart by semicolons, each group's party in brackets after
 * its last name (`Javier Ortega, Carmen Ruiz (Montaña Azul); Lucía Ferrer (Lumen & Pike)`, `赵敏、孙悦（青禾）；王芳`):
 * the bracket is every name's of its group, so each name is given it (`Javier Ortega (Montaña Azul)`). Without
 * semicolons the groups are not told (`Ana Ruiz, Ben Cole (Acme)`: Ben alone may be Acme's), nor when another name
 * of the group has a bracket of its own.
 */
function groupedPeople(text: string): string[] {
  const groups = text.split(/[;；](?![^(（[]*[)）\]])/u);
  if (groups.length < 2) return splitPeople(text);
  const out: string[] = [];
  for (const group of groups) {
    const names = splitPeople(group);
    const tag = /[(（][^()（）]+[)）][ \t]*$/u.exec(names[names.length - 1] ?? '')?.[0];
    const tagged = (n: string) => /[(（[]/u.test(n);
    if (tag && names.length >= 2 && names.slice(0, -1).every((n) => !tagged(n)))
      for (const n of names.slice(0, -1)) out.push(`${n} ${tag.trim()}`);
    else out.push(...names.slice(0, -1));
    if (names.length) out.push(names[names.length - 1]);
  }
  return out;
}

const ATTENDEES_HEADING_HINT =
  /^(?: {0,3}#{1,6}[ \t]|[ \t]*(?:\*\*|__))[^\n]{0,40}(?:attend|particip|present|asistent|convocad|参会|与会|出席)/imu;

/**
 * The people the document lists as attendees: `attendees:` in the front matter, an `**Attendees:**` line atop
 * the body, and the list items (or first table cells) under an Attendees heading or bold label. The body is
 * read chunk by chunk, each chunk's reading kept by its tree: an edit reads the chunk it changed, not the
 * whole document again (the attendees of a 100,000-line log cost 25 ms a keystroke read whole). In two
 * parts: the front matter's and the body line's (`head`), and the body's lists and tables.
 */
function attendeeParts(doc: AgencyDocument, editing: boolean): { head: string[]; body: readonly string[] } {
  const head: string[] = [];
  const fm = doc.frontMatter?.field('attendees');
  if (fm && !fm.missing) head.push(...(fm.items ?? groupedPeople(fm.text)));
  const bodyStart = doc.frontMatter?.end ?? 0;
  const line = headerFieldValue(doc, 'attendees');
  if (line) head.push(...groupedPeople(line));
  return { head, body: bodyEntries(doc, bodyStart, editing) };
}

/**
 * What the last reading of a document being edited (the last few paths) read of each chunk: the chunk's part
 * (undefined: before the body) and the depth of the attendees part open after it, and the entries of them all.
 */
interface LastBody {
  readonly chunks: readonly Chunk[];
  readonly length: number;
  readonly bodyStart: number;
  readonly parts: readonly (AttendeeLines | undefined)[];
  readonly exits: readonly (number | undefined)[];
  readonly entries: readonly string[];
}
const LAST_BODY = new Map<string, LastBody>();

/**
 * The entries of the body's chunks, each chunk's reading kept by its tree. While editing, those of the chunks
 * before and after the edit are the last reading's (document.ts chunksKept: the same trees, the same text), so
 * an edit visits the chunks it changed, not the thousands of a long log; when none of the parts it takes out
 * or puts in has an entry, the entries are the last ones.
 */
function bodyEntries(doc: AgencyDocument, bodyStart: number, editing: boolean): readonly string[] {
  const chunks = doc.chunks;
  const last = editing ? LAST_BODY.get(doc.path) : undefined;
  const parts: (AttendeeLines | undefined)[] = [];
  const exits: (number | undefined)[] = [];
  let depth: number | undefined;
  let from = 0;
  /** Where the last reading's parts are taken over (-1: not), and from which of them. */
  let to = chunks.length;
  let tailThen = -1;
  if (last) {
    const s = chunksKept(last.chunks, chunks, last.length, doc.text.length);
    const tailAt = s.j < chunks.length ? chunks[s.j].offset : doc.text.length;
    // The chunks before the edit are read as they were if the body starts where it did (an edit of the front
    // matter moves it: none is before that edit); a chunk after the edit starts in the body now as it did, and
    // is read from its start both times.
    if ((s.k === 0 || last.bodyStart === bodyStart) && last.bodyStart <= s.tailThen && bodyStart <= tailAt) {
      for (let n = 0; n < s.k; n++) {
        parts.push(last.parts[n]);
        exits.push(last.exits[n]);
      }
      depth = s.k > 0 ? last.exits[s.k - 1] : undefined;
      from = s.k;
      to = s.j;
      tailThen = s.i;
    }
  }
  const read = (n: number) => {
    const c = chunks[n];
    const end = c.offset + c.text.length;
    if (end <= bodyStart) {
      parts.push(undefined);
      exits.push(depth);
      return;
    }
    // (The chunk holding the front matter is read from the body's start.)
    const skip = Math.max(0, bodyStart - c.offset);
    let part: AttendeeLines | undefined;
    if (depth === undefined && skip === 0) {
      // (The usual chunk, read from its start with no attendees part open: no key to build.)
      part = PLAIN_ATTENDEE_PARTS.get(c.tree);
      if (!part) PLAIN_ATTENDEE_PARTS.set(c.tree, (part = attendeeLines(c.text, undefined)));
    } else {
      const key = `${depth ?? ''}|${skip}`;
      let byEntry = ATTENDEE_PARTS.get(c.tree);
      if (!byEntry) ATTENDEE_PARTS.set(c.tree, (byEntry = new Map()));
      part = byEntry.get(key);
      if (!part) byEntry.set(key, (part = attendeeLines(c.text.slice(skip), depth)));
    }
    parts.push(part);
    depth = part.exit;
    exits.push(depth);
  };
  for (let n = from; n < to; n++) read(n);
  let same = false;
  if (last && tailThen >= 0) {
    // The chunks after the edit are read in the state they were read in: their parts are the last ones.
    const before = tailThen > 0 ? last.exits[tailThen - 1] : undefined;
    if (to === chunks.length || depth === before) {
      for (let n = tailThen; n < last.parts.length; n++) {
        parts.push(last.parts[n]);
        exits.push(last.exits[n]);
      }
      same = true;
      for (let n = from; same && n < to; n++) same = !parts[n]?.entries.length;
      for (let n = from; same && n < tailThen; n++) same = !last.parts[n]?.entries.length;
    } else for (let n = to; n < chunks.length; n++) read(n);
  }
  let entries: readonly string[];
  if (same) entries = last!.entries;
  else {
    const all: string[] = [];
    for (const part of parts) if (part) for (const e of part.entries) all.push(e);
    entries = all;
  }
  if (editing) {
    LAST_BODY.delete(doc.path);
    LAST_BODY.set(doc.path, { chunks, length: doc.text.length, bodyStart, parts, exits, entries });
    if (LAST_BODY.size > 16) LAST_BODY.delete(LAST_BODY.keys().next().value!);
  }
  return entries;
}

interface AttendeeLines {
  readonly entries: readonly string[];
  readonly exit: number | undefined;
}
/** Each chunk's attendee lines, by the depth of the attendees part open where it starts (and what it skips). */
const ATTENDEE_PARTS = new WeakMap<object, Map<string, AttendeeLines>>();
const PLAIN_ATTENDEE_PARTS = new WeakMap<object, AttendeeLines>();

/**
 * The list items (or first table cells) under an Attendees heading or bold label in `text`, a piece of the
 * body starting at a line start with the attendees part of depth `entry` open (or none), and the depth open
 * at its end.
 */
function attendeeLines(text: string, entry: number | undefined): AttendeeLines {
  const entries: string[] = [];
  // The lines are read only when a heading or bold label may name the attendees (a long log has none).
  if (entry === undefined && !ATTENDEES_HEADING_HINT.test(text)) return { entries, exit: undefined };
  let depth = entry;
  for (const l of text.split('\n')) {
    const h = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(l);
    const label = /^[ \t]*(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?$/u.exec(l);
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
    const said = (item?.[1] ?? row ?? '').replace(/[*_`]/g, '').trim();
    if (said) entries.push(said);
  }
  return { entries, exit: depth };
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
  editing = false,
): Set<string> {
  const people = new Set<string>();
  const names = clients.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const own = doc.frontMatter?.field('client');
  if (own && !own.missing && !isPlaceholderValue(own.text)) names.push(own.text);
  else {
    const body = headerFieldValue(doc, 'client');
    if (body && !isPlaceholder(body) && !isPlaceholderValue(body)) names.push(body);
  }
  const folded = [...new Set(names.map((n) => fold(n).trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (folded.length === 0) return people;
  const { head, body } = attendeeParts(doc, editing);
  // Typing in a long log: the same names and entries (the body's, the last list when the edit left them alone)
  // are the same people, not read again entry by entry.
  const namesKey = folded.join('\u0000');
  const headKey = head.join('\u0000');
  const last = editing ? LAST_PEOPLE.get(doc.path) : undefined;
  if (last && last.names === namesKey && last.head === headKey && last.body === body) return last.people;
  for (const entry of [...head, ...body]) {
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
  if (editing) {
    LAST_PEOPLE.delete(doc.path);
    LAST_PEOPLE.set(doc.path, { names: namesKey, head: headKey, body, people });
    if (LAST_PEOPLE.size > 16) LAST_PEOPLE.delete(LAST_PEOPLE.keys().next().value!);
  }
  return people;
}
/** The last people found in each document being edited (the last few paths), with what they were read from. */
const LAST_PEOPLE = new Map<
  string,
  { readonly names: string; readonly head: string; readonly body: readonly string[]; readonly people: Set<string> }
>();
