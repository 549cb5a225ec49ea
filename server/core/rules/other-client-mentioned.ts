/** other-client-mentioned: one rule, whole (check, fix, messages, reference). */
import { fold, allMatches, regExpFor } from '../text';
import { q } from '../l10n';
import { isPlaceholderValue } from '../placeholders';
import { companyStem, sameCompany } from '../signoffs';
import type { Root } from 'mdast';
import { valuesPerChunk } from '../document';
import type { Chunk } from '../markdown';
import { MINUTES_HEAD, NEXT_ACTIONS } from './common/examples';
import { writtenField } from './common/timing';
import { defineRule, type RuleContext } from './rule';

interface Params {
  mentioned: string;
  /** The words as the document writes them, when not the client's name itself (an alias: “Qingmu Tea” for 青木茶饮). */
  written?: string;
  client: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A client's names, and the name shown in the message. */
interface ClientNames {
  display: string;
  names: string[];
}
interface Mention {
  display: string;
  start: number;
  end: number;
}

/** Every client with its names, and the names folded (one entry per group). */
interface ClientGroups {
  groups: ClientNames[];
  folded: Set<string>[];
  around: Map<string, ClientsAround>;
}
/**
 * For one document's client: patterns for its own names (blanked first), for the other clients' names
 * (folded, longest first), and a key naming both (for the chunk memo).
 */
interface ClientsAround {
  ownPatterns: RegExp[];
  otherPatterns: { display: string; names: { name: string; re: RegExp }[] }[];
  key: string;
}

const NO_CLIENTS: ReadonlyMap<string, string> = new Map();
/** Built once per configuration and workspace client list (the index makes a new list when a client is added, changed or removed). */
const CLIENT_GROUPS = new WeakMap<object, WeakMap<object, ClientGroups>>();
/** The same, by the workspace clients' contents (folded name and name of each). */
const SAME_CLIENTS = new WeakMap<object, Map<string, ClientGroups>>();

/** Clients and their names: configured ones with aliases, and every `client:` of the workspace. */
function clientGroups(
  configured: readonly { name: string; aliases?: readonly string[] }[],
  workspaceClients: ReadonlyMap<string, string>,
): ClientGroups {
  let byWorkspace = CLIENT_GROUPS.get(configured);
  if (!byWorkspace) CLIENT_GROUPS.set(configured, (byWorkspace = new WeakMap()));
  let built = byWorkspace.get(workspaceClients);
  if (!built) {
    // A new index with the same clients (a cold analysis makes one per document) reuses the groups and their patterns.
    const contents = JSON.stringify([...workspaceClients]);
    built = SAME_CLIENTS.get(configured)?.get(contents);
    if (built) {
      byWorkspace.set(workspaceClients, built);
      return built;
    }
    const groups: ClientNames[] = configured.map((c) => ({ display: c.name, names: [c.name, ...(c.aliases ?? [])] }));
    const folded = groups.map((g) => new Set(g.names.map(fold)));
    const companies = new CompanyIndex();
    folded.forEach((f, i) => {
      for (const n of f) companies.add(n, i);
    });
    for (const [key, name] of workspaceClients) {
      // `Grupo Solera, S.A.` in one document and `Grupo Solera` configured are one client.
      const same = companies.find(key);
      if (same !== undefined) {
        if (!folded[same].has(key)) {
          groups[same].names.push(name);
          folded[same].add(key);
          companies.add(key, same);
        }
      } else {
        groups.push({ display: name, names: [name] });
        folded.push(new Set([fold(name)]));
        companies.add(key, groups.length - 1);
      }
    }
    byWorkspace.set(workspaceClients, (built = { groups, folded, around: new Map() }));
    let byContents = SAME_CLIENTS.get(configured);
    if (!byContents) SAME_CLIENTS.set(configured, (byContents = new Map()));
    // Only the latest few lists: a workspace whose clients change keeps making new ones.
    if (byContents.size >= 8) byContents.clear();
    byContents.set(contents, built);
  }
  return built;
}

/**
 * Which group of clients a folded name belongs to, as `sameCompany` decides, without comparing it with every
 * name (a large workspace has thousands of clients): by its stem, by its first words, and as the first words of another.
 */
class CompanyIndex {
  private stems = new Map<string, number>();
  private leads = new Map<string, number>();
  add(folded: string, group: number): void {
    const stem = companyStem(folded);
    if (!this.stems.has(stem)) this.stems.set(stem, group);
    for (const lead of leadingWords(stem)) if (!this.leads.has(lead)) this.leads.set(lead, group);
  }
  find(folded: string): number | undefined {
    const stem = companyStem(folded);
    const found = this.stems.get(stem) ?? this.leads.get(stem);
    if (found !== undefined) return found;
    for (const lead of leadingWords(stem)) {
      const g = this.stems.get(lead);
      if (g !== undefined) return g;
    }
    return undefined;
  }
}

/** The first words of a name that `sameCompany` takes for the whole (three characters at least, ended by a non-letter). */
function leadingWords(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/[^\p{L}\p{N}]+/gu)) {
    const lead = name.slice(0, m.index).trim();
    if (lead.length >= 3) out.push(lead);
  }
  return out;
}

/**
 * A character that continues a Latin word: a letter or a digit, but not a Chinese, Japanese or Korean one. A switch
 * between those scripts and Latin is a word boundary, so `参考Acme的做法` names Acme as `参考 Acme 的做法` does.
 */
const IN_LATIN_WORD = String.raw`[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|\p{N}`;

function clientsAround(c: ClientGroups, ownClient: string): ClientsAround {
  let around = c.around.get(ownClient);
  if (!around) {
    const ownKey = fold(ownClient).trim();
    // The document's own client however its `client:` is spelled: with a legal suffix, a division, a longer name.
    const mine = c.groups.filter((_, i) => [...c.folded[i]].some((n) => sameCompany(n, ownKey)));
    const others = c.groups.filter((g) => !mine.includes(g));
    const ownNames = [ownClient, companyStem(ownKey), ...mine.flatMap((g) => g.names)];
    const ownPatterns = ownNames
      .map(fold)
      .filter((f) => f)
      .map((f) => regExpFor(escapeRegExp(f), 'g'));
    const otherPatterns = others.map((g) => ({
      display: g.display,
      names: [...g.names]
        .sort((a, b) => b.length - a.length)
        .map((n) => fold(n).trim())
        .filter((name) => name.length >= 2)
        .map((name) => {
          const latin = /^[\p{Script=Latin}\p{N}\s&'.-]+$/u.test(name);
          return {
            name,
            re: regExpFor(
              (latin ? `(?<!${IN_LATIN_WORD})` : '') + escapeRegExp(name) + (latin ? `(?!${IN_LATIN_WORD})` : ''),
              'gu',
            ),
          };
        }),
    }));
    c.around.set(ownClient, (around = { ownPatterns, otherPatterns, key: JSON.stringify([ownNames, others]) }));
  }
  return around;
}

/** The recipient a document of a type with a `to:` field names, if any. */
function recipient(ctx: RuleContext<Params>): string | undefined {
  if (!ctx.doc.type?.fields.some((f) => f.id === 'to')) return undefined;
  const to = writtenField(ctx.doc, 'to');
  return to && !to.missing && !isPlaceholderValue(to.text) ? to.text : undefined;
}

/**
 * The client a document without `client:` is for, when its recipient names one and only one
 * (`收件人: 刘经理，华星电器市场部`, `to: Dana Reyes, Brightwell Foods`): a memo to a client is that client's.
 */
function recipientsClient(to: string, groups: ClientGroups): string | undefined {
  const text = fold(to);
  // Every client is "another" to no client: the patterns of all of them.
  const named = clientsAround(groups, '').otherPatterns.filter((g) =>
    g.names.some(({ name, re }) => text.includes(name) && allMatches(re, text).length > 0),
  );
  return named.length === 1 ? named[0].display : undefined;
}

/**
 * Mentions of other clients in one chunk's text, offsets relative to it.
 * Parsed chunks are shared and cached by content, so an edit elsewhere does
 * not fold and search the whole document again; the key holds the names.
 */
const CHUNK_MENTIONS = new WeakMap<Root, { key: string; mentions: Mention[] }>();

function chunkMentions(tree: Root, chunkText: string, around: ClientsAround): Mention[] {
  const memo = CHUNK_MENTIONS.get(tree);
  if (memo && memo.key === around.key) return memo.mentions;
  // Folding must keep offsets: when it changes the length, lower case (or the text as written) is searched instead.
  let text = fold(chunkText);
  if (text.length !== chunkText.length) text = chunkText.toLowerCase();
  if (text.length !== chunkText.length) text = chunkText;
  // Own names are blanked first, so "Sol" inside one's own "Sol de Mayo" is not another client.
  for (const re of around.ownPatterns) text = text.replace(re, (m) => ' '.repeat(m.length));
  const mentions: Mention[] = [];
  for (const g of around.otherPatterns) {
    for (const { name, re } of g.names) {
      if (!text.includes(name)) continue;
      for (const m of allMatches(re, text)) {
        mentions.push({ display: g.display, start: m.index!, end: m.index! + m[0].length });
        text = text.slice(0, m.index!) + ' '.repeat(m[0].length) + text.slice(m.index! + m[0].length);
      }
    }
  }
  const found = mentions.length ? mentions : NO_MENTIONS;
  CHUNK_MENTIONS.set(tree, { key: around.key, mentions: found });
  return found;
}

/** A chunk without mentions (shared: read only). */
const NO_MENTIONS: Mention[] = [];

/** Each chunk's mentions in the chunks' order, per key of the names (document.ts valuesPerChunk), for the last few keys. */
const MENTIONS_BY_KEY = new Map<string, WeakMap<readonly Chunk[], readonly Mention[][]>>();
function mentionsPerChunk(chunks: readonly Chunk[], around: ClientsAround): readonly Mention[][] {
  let store = MENTIONS_BY_KEY.get(around.key);
  if (!store) {
    if (MENTIONS_BY_KEY.size >= 8) MENTIONS_BY_KEY.delete(MENTIONS_BY_KEY.keys().next().value!);
    MENTIONS_BY_KEY.set(around.key, (store = new WeakMap()));
  }
  return valuesPerChunk(store, chunks, (c) => chunkMentions(c.tree, c.text, around));
}

export default defineRule({
  id: 'other-client-mentioned',
  severity: 'warning',
  appliesTo: 'all',
  needs: 'workspace',
  check(ctx: RuleContext<Params>) {
    // The front matter's `client:`, else a `**Client:** Brightwell Foods` line atop the body, else the one client
    // a memo's recipient names. (The workspace's clients are read only then: a document naming no client does not
    // depend on them.)
    const written = writtenField(ctx.doc, 'client');
    // A client still a placeholder (`client: <client>`) names none yet, as a missing one: nothing is another's.
    const ownWritten = written && !written.missing && !isPlaceholderValue(written.text) ? written.text : undefined;
    const to = ownWritten ? undefined : recipient(ctx);
    if (!ownWritten && !to) return;
    const groups = clientGroups(ctx.options.config.clients, ctx.options.workspace?.clients() ?? NO_CLIENTS);
    const own = ownWritten ?? recipientsClient(to!, groups);
    if (!own) return;
    const around = clientsAround(groups, own);
    if (around.otherPatterns.length === 0) return;
    const chunks = ctx.doc.chunks;
    const mentions = mentionsPerChunk(chunks, around);
    for (let n = 0; n < chunks.length; n++) {
      if (mentions[n] === NO_MENTIONS) continue;
      const c = chunks[n];
      for (const m of mentions[n]) {
        const words = c.text.slice(m.start, m.end);
        const written = fold(words) === fold(m.display) ? undefined : words;
        ctx.report(c.offset + m.start, c.offset + m.end, { mentioned: m.display, written, client: own }, {});
      }
    }
  },
  messages: {
    en: (p) =>
      `This ${p.client} document names ${p.written ? `${q.en(p.written)} (${p.mentioned})` : q.en(p.mentioned)}, another client of the agency: take it out to keep each client's work confidential.`,
    zh: (p) =>
      `这份${q.zh(p.client)}的文件提到了另一家客户${p.written ? `${q.zh(p.written)}（${p.mentioned}）` : q.zh(p.mentioned)}，为了保密请删除。`,
    es: (p) =>
      `Este documento de ${q.es(p.client)} menciona a ${p.written ? `${q.es(p.written)} (${p.mentioned})` : q.es(p.mentioned)}, otro cliente de la agencia: quítalo para mantener la confidencialidad.`,
  },
  doc: {
    title: { en: 'Another client named', zh: '提到了其他客户', es: 'Se menciona a otro cliente' },
    description: {
      en: 'A document for one client names another client of the agency. Client work is confidential: remove the name before the document goes out (or, if it is a legitimate competitor mention, disable the rule for that line). A memo without `client` is for the one client its recipient names (`to: Dana Reyes, Brightwell Foods`). A document whose `client` is missing or still a placeholder (`<client>`), and whose recipient names no client, names no client yet, and is not checked.',
      zh: '给一家客户的文件里出现了公司另一家客户的名字。客户的工作内容须保密：发出前请删掉这个名字（如果只是正当地提到竞争品牌，可以对这一行停用本规则）。没有 `client` 的备忘录，收件人只提到一家客户时（`收件人: 刘经理，华星电器市场部`）就是那家客户的。`client` 缺失或仍是占位内容（`<client>`）、收件人也没提到客户的文件还没写明客户，不做这项检查。',
      es: 'Un documento de un cliente nombra a otro cliente de la agencia. El trabajo de cada cliente es confidencial: quita el nombre antes de enviar el documento (o, si es una mención legítima de la competencia, desactiva la regla en esa línea). Un memorándum sin `client` es del único cliente que nombra su destinatario (`para: Dana Reyes, Brightwell Foods`). Un documento cuyo `client` falta o sigue siendo un marcador (`<client>`), y cuyo destinatario no nombra a ningún cliente, aún no nombra a ningún cliente y no se revisa.',
    },
    bad: `${MINUTES_HEAD}\n## Decisions\n- Tom approved script B; the kitchen set we built for Globex can be reused.\n\n${NEXT_ACTIONS}`,
    good: `${MINUTES_HEAD}\n## Decisions\n- Tom approved script B; a kitchen set from the studio's stock can be reused.\n\n${NEXT_ACTIONS}`,
    setting: { config: '{ "clients": [{ "name": "Acme Foods", "aliases": ["Acme"] }, { "name": "Globex" }] }' },
  },
});
