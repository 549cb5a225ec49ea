/**
 * Completion: front-matter keys and values, missing section headings (in the
 * document's language, with their prompt), owners after `@`, dates after a
 * due keyword, job numbers.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionParams,
  type Range,
} from 'vscode-languageserver';
import { DOCUMENT_TYPES, fieldById } from '../core/catalog';
import { LANGS } from '../core/catalog/schema';
import { missingSections } from '../core/document';
import { addDays, toIsoDate, weekday, type CalendarDate } from '../core/dates';
import type { Session } from '../core/session';
import { fold } from '../core/text';
import { UI, WEEKDAYS_SHORT } from '../core/l10n';
import { Positions, pathOf, type PositionEncoding } from './convert';

/**
 * Dates offered after `due`: today, tomorrow, each day of next week, in a week and two; a date reached
 * two ways is offered once, with both names (“next Fri · in two weeks”).
 */
export function dateSuggestions(today: CalendarDate, lang: 'en' | 'zh' | 'es'): { label: string; iso: string }[] {
  const byDate = new Map<string, string[]>();
  for (const d of allDateSuggestions(today, lang)) byDate.set(d.iso, [...(byDate.get(d.iso) ?? []), d.label]);
  return [...byDate].map(([iso, labels]) => ({ iso, label: labels.join(' · ') }));
}

/** A date offered in completion: the date, and what it is (“next Friday”) beside it in every row, in the user's language. */
function dateItem(d: { label: string; iso: string }, i: number, range: Range): CompletionItem {
  return {
    label: d.iso,
    labelDetails: { description: d.label },
    detail: d.label,
    kind: CompletionItemKind.Value,
    sortText: String(i).padStart(2, '0'),
    filterText: d.iso,
    textEdit: { range, newText: d.iso },
  };
}

function allDateSuggestions(today: CalendarDate, lang: 'en' | 'zh' | 'es'): { label: string; iso: string }[] {
  const out = [
    { label: UI.today[lang](), iso: toIsoDate(today) },
    { label: UI.tomorrow[lang](), iso: toIsoDate(addDays(today, 1)) },
  ];
  const wd = weekday(today);
  for (let i = 1; i <= 7; i++) {
    const d = addDays(today, ((8 - wd) % 7 || 7) + i - 1);
    out.push({ label: UI.nextWeekday[lang](WEEKDAYS_SHORT[lang][weekday(d)]), iso: toIsoDate(d) });
  }
  out.push({ label: UI.inAWeek[lang](), iso: toIsoDate(addDays(today, 7)) });
  out.push({ label: UI.inTwoWeeks[lang](), iso: toIsoDate(addDays(today, 14)) });
  return out;
}

/** A name offered after `@`, with the team member's role, and its rank (the team, this document, the same client, the rest). */
interface OwnerName {
  name: string;
  role: string;
  rank: number;
}

/**
 * The names offered after `@`: the team's (with their role), this document's owners, then those of the same
 * client's documents, then the rest, each name once whatever its case (`@ruth` and `@Ruth` are one person, written
 * as capitalised where anyone did).
 */
function ownerNames(session: Session, path: string): OwnerName[] {
  const names = new Map<string, OwnerName>();
  const add = (name: string, role: string, rank: number) => {
    const key = fold(name);
    const known = names.get(key);
    if (!known) names.set(key, { name, role, rank });
    else if (known.rank > 0 && known.name === known.name.toLowerCase() && name !== name.toLowerCase())
      known.name = name;
  };
  for (const m of session.config.team) add(m.name, m.role ?? '', 0);
  const here = session.index.get(path);
  for (const o of here?.owners ?? []) add(o, '', 1);
  const client = here?.client && fold(here.client);
  for (const s of session.summaries())
    if (client && s.client && fold(s.client) === client) for (const o of s.owners) add(o, '', 2);
  for (const s of session.summaries()) for (const o of s.owners) add(o, '', 3);
  return [...names.values()];
}

export function completion(params: CompletionParams, session: Session, encoding: PositionEncoding): CompletionItem[] {
  const path = pathOf(params.textDocument.uri);
  const analysis = session.analysis(path);
  if (!analysis) return [];
  const { doc } = analysis;
  const positions = new Positions(doc.lines, encoding);
  const pos = positions.fromLsp(params.position);
  const lineText = doc.lines.lineText(pos.line);
  const before = lineText.slice(0, pos.character);
  const offset = doc.lines.offsetAt(pos);
  const today = session.options().today;
  const lang = doc.lang;
  const fm = doc.frontMatter;
  // What was typed is counted in UTF-16 here; the range goes back in the client's encoding.
  const replace = (len: number) =>
    positions.range({ start: { line: pos.line, character: Math.max(0, pos.character - len) }, end: pos });

  // Front matter
  const inFrontMatter =
    fm && !fm.error?.unclosed
      ? offset >= fm.contentStart && offset <= fm.contentEnd + 1
      : offset === 0 && before === '';
  if (fm && inFrontMatter) {
    const keyMatch = /^([\p{L}\p{N}_ -]*)$/u.exec(before);
    if (keyMatch) {
      const present = new Set(fm.fields.map((f) => f.id));
      const wanted = doc.type ? doc.type.fields : [{ id: 'type', optional: false }];
      const items: CompletionItem[] = [];
      for (const req of [...wanted, ...(doc.type ? [] : [])]) {
        if (present.has(req.id)) continue;
        const def = fieldById(req.id);
        items.push({
          label: req.id,
          kind: CompletionItemKind.Property,
          detail: def?.description[session.locale],
          sortText: (req.optional ? '1' : '0') + req.id,
          insertText: `${req.id}: `,
          textEdit: { range: replace(keyMatch[1].length), newText: `${req.id}: ` },
        });
      }
      if (!present.has('type'))
        items.push({
          label: 'type',
          kind: CompletionItemKind.Property,
          insertText: 'type: ',
          sortText: '00',
          textEdit: { range: replace(keyMatch[1].length), newText: 'type: ' },
        });
      return items;
    }
    const valueMatch = /^([^:：]+)[:：]\s*(.*)$/u.exec(before);
    if (valueMatch) {
      const key = valueMatch[1].trim();
      const typed = valueMatch[2];
      const field = fm.fields.find((f) => f.key === key)?.id ?? key.toLowerCase();
      const kind = fieldById(field)?.kind;
      if (field === 'type' || field === 'doctype') {
        return DOCUMENT_TYPES.map((t) => ({
          label: t.id,
          kind: CompletionItemKind.EnumMember,
          detail: `${t.names.en} / ${t.names.zh} / ${t.names.es}`,
          documentation: t.summary[session.locale],
          textEdit: { range: replace(typed.length), newText: t.id },
        }));
      }
      if (field === 'client') {
        const clients = new Set<string>([
          ...session.config.clients.map((c) => c.name),
          ...session.index.clients().values(),
        ]);
        return [...clients].map((c) => ({
          label: c,
          kind: CompletionItemKind.Value,
          textEdit: { range: replace(typed.length), newText: c },
        }));
      }
      if (field === 'status') {
        return (fieldById('status')?.values ?? []).map((v) => ({
          label: v,
          kind: CompletionItemKind.EnumMember,
          textEdit: { range: replace(typed.length), newText: v },
        }));
      }
      if (field === 'lang')
        return LANGS.map((l) => ({
          label: l,
          kind: CompletionItemKind.EnumMember,
          textEdit: { range: replace(typed.length), newText: l },
        }));
      if (kind === 'date' || kind === 'datetime') {
        return dateSuggestions(today, session.locale).map((d, i) => dateItem(d, i, replace(typed.length)));
      }
      if (field === 'job') {
        return [...session.summaries()]
          .filter((s) => s.job)
          .map((s) => ({
            label: s.job!.id,
            detail: s.title,
            kind: CompletionItemKind.Reference,
            textEdit: { range: replace(typed.length), newText: s.job!.id },
          }));
      }
    }
    return [];
  }

  // Owners after @
  const at = /(?:^|[^\p{L}\p{N}_.+-])@([\p{L}\p{N}_.-]*)$/u.exec(before);
  if (at) {
    return ownerNames(session, path).map(({ name, role, rank }, n) => ({
      label: `@${name}`,
      filterText: `@${name}`,
      // In that order: the team, this document's owners, its client's people, then everyone else's.
      sortText: `${rank}${String(n).padStart(5, '0')}`,
      kind: CompletionItemKind.Text,
      detail: role || undefined,
      textEdit: { range: replace(at[1].length + 1), newText: `@${name}` },
    }));
  }

  // Dates after a due keyword
  const due = /(?:^|[^\p{L}])(?:due|by|deadline|截止|期限|fecha l[ií]mite|para el)\s*(?:[:：]\s*)?([\d-]*)$/iu.exec(
    before,
  );
  if (due && doc.type) {
    return dateSuggestions(today, session.locale).map((d, i) => dateItem(d, i, replace(due[1].length)));
  }

  // Section headings the document still lacks
  const heading = /^(#{2,6})\s*(.*)$/u.exec(before);
  if (heading && doc.type) {
    const depth = heading[1].length;
    return missingSections(doc)
      .concat(doc.type.sections.filter((s) => s.optional && !doc.sections.some((x) => x.def === s)))
      .map((s, i) => ({
        label: s.names[lang],
        kind: CompletionItemKind.Module,
        detail: s.prompt[lang],
        documentation: { kind: 'markdown', value: s.guidance[lang] },
        sortText: String(i).padStart(2, '0'),
        filterText: `${heading[1]} ${s.names[lang]}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: {
          range: positions.range({ start: { line: pos.line, character: 0 }, end: pos }),
          newText: `${'#'.repeat(depth)} ${s.names[lang]}\n\n\${1:${s.prompt[lang].replace(/[$}\\]/g, '\\$&')}}\n`,
        },
      }));
  }

  // Job numbers: an upper-case word being typed
  const job = /(?:^|[\s|(（[])([A-Z][A-Z0-9]*-?[\d-]*)$/.exec(before);
  if (job && job[1].length >= 2) {
    return [...session.summaries()]
      .filter((s) => s.job?.id.startsWith(job[1]))
      .map((s) => ({
        label: s.job!.id,
        kind: CompletionItemKind.Reference,
        detail: [s.title, s.owner && '@' + s.owner, s.due].filter(Boolean).join(' · '),
        textEdit: { range: replace(job[1].length), newText: s.job!.id },
      }));
  }
  return [];
}
