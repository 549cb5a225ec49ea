/** Rules across documents: job numbers, links, clients, owners. */
import { posix } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { findColumn, itemText, listItems, rowCells, spanIn, tables } from '../content';
import { JOB_COLUMNS } from '../actions';
import { jobKey } from '../workspace';
import { allMatches, fold, regExpFor } from '../text';
import { jobNumberAtStart } from '../jobPattern';
import { placeOfLink } from '../links';
import { occursIn } from '../markdown';
import type { Rule, RuleContext } from './types';

export const duplicateJobNumber: Rule = {
  id: 'duplicate-job-number',
  scope: 'workspace',
  check(ctx) {
    const ws = ctx.options.workspace;
    const job = ctx.doc.frontMatter?.field('job');
    if (!ws || ctx.type.id !== 'job' || !job || job.missing) return;
    const others = ws.documentsWithJob(job.text).filter((d) => d.type === 'job' && d.path !== ctx.doc.path);
    if (others.length === 0) return;
    ctx.report('duplicate-job-number', job.valueStart, job.valueEnd, { job: job.text, otherFile: relative(ctx.doc.path, others[0].path) },
      { field: 'job', job: job.text, file: others[0].path });
  },
};

/** Job numbers a status report refers to: its job column, or leading a list item. */
function jobReferences(ctx: RuleContext): { id: string; start: number; end: number }[] {
  const refs: { id: string; start: number; end: number }[] = [];
  const lead = jobNumberAtStart(ctx.options.config.jobPattern, true);
  for (const s of ctx.doc.sections) {
    for (const item of listItems(s)) {
      const text = itemText(item.node);
      const m = lead.exec(text);
      if (!m) continue;
      const [a, b] = spanIn(item.node as Nodes, item.base);
      const src = ctx.doc.text.slice(a, b);
      const at = src.indexOf(m[1]);
      if (at >= 0) refs.push({ id: m[1], start: a + at, end: a + at + m[1].length });
    }
    for (const t of tables(s)) {
      const col = findColumn(rowCells(t.node.children[0]), JOB_COLUMNS);
      if (col < 0) continue;
      for (const row of t.node.children.slice(1)) {
        const cell = row.children[col];
        if (!cell) continue;
        const id = rowCells(row)[col].replace(/^\[|\]$/g, '').trim();
        if (!id || !/[0-9]/.test(id)) continue;
        const [a, b] = spanIn(cell, t.base);
        const at = ctx.doc.text.slice(a, b).indexOf(id);
        refs.push({ id, start: a + Math.max(0, at), end: a + Math.max(0, at) + id.length });
      }
    }
  }
  return refs;
}

export const unknownJob: Rule = {
  id: 'unknown-job',
  scope: 'workspace',
  check(ctx) {
    const ws = ctx.options.workspace;
    if (!ws || ctx.type.id !== 'status') return;
    for (const r of jobReferences(ctx)) {
      if (ws.documentsWithJob(r.id).length === 0) ctx.report('unknown-job', r.start, r.end, { job: r.id }, { job: jobKey(r.id) });
    }
  },
};

function relative(from: string, to: string): string {
  const r = posix.relative(posix.dirname(from.replace(/\\/g, '/')), to.replace(/\\/g, '/'));
  return r || to;
}

const LINK_FIELDS = ['strategy', 'estimate'];

/** Links to Markdown files in one parsed chunk, offsets relative to it (chunks are cached, so are these). */
const CHUNK_LINKS = new WeakMap<Root, { url: string; start: number; end: number }[]>();
const LINK_START = /[[<]/g;

function chunkLinks(tree: Root, chunkText: string): { url: string; start: number; end: number }[] {
  let links = CHUNK_LINKS.get(tree);
  if (links) return links;
  const found: { url: string; start: number; end: number }[] = [];
  // Every link (inline, reference or autolink) starts with `[` or `<`: a node with neither in its source holds none.
  const mayLink = occursIn(chunkText, LINK_START);
  const visit = (node: Nodes) => {
    const pos = node.position;
    if (pos && !mayLink(pos.start.offset ?? 0, pos.end.offset ?? 0)) return;
    if (node.type === 'link') {
      const url = node.url.split('#')[0];
      if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && /\.(?:md|markdown)$/i.test(url)) {
        const [a, b] = spanIn(node, 0);
        found.push({ url, start: a, end: b });
      }
    }
    if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  links = found;
  CHUNK_LINKS.set(tree, links);
  return links;
}

export const brokenLink: Rule = {
  id: 'broken-link',
  scope: 'workspace',
  check(ctx) {
    const exists = ctx.options.fileExists;
    if (!exists) return;
    // Only paths inside the workspace roots are looked up (server/core/links.ts).
    const check = (target: string, start: number, end: number, field?: string) => {
      const place = placeOfLink(ctx.doc.path, target, ctx.options.roots ?? []);
      if (!place.inside) ctx.report('broken-link', start, end, { target, field, outside: true }, { field, file: target, outside: true });
      else if (!exists(place.path)) ctx.report('broken-link', start, end, { target, field }, { field, file: target });
    };
    for (const id of LINK_FIELDS) {
      const f = ctx.doc.frontMatter?.field(id);
      if (!f || f.missing) continue;
      const target = f.text.trim();
      // `estimate:` may be an amount; only a path to a document is checked.
      if (id === 'estimate' && !/\.(?:md|markdown)$/i.test(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // a URL
      check(target, f.valueStart, f.valueEnd, id);
    }
    // Links in the text to other Markdown files of the workspace.
    for (const c of ctx.doc.chunks) {
      for (const l of chunkLinks(c.tree, c.text)) {
        let target = l.url;
        try { target = decodeURIComponent(l.url); } catch { /* keep as written */ }
        check(target, c.offset + l.start, c.offset + l.end);
      }
    }
  },
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A client's names, and the name shown in the message. */
interface ClientNames { display: string; names: string[] }
interface Mention { display: string; start: number; end: number }

/** Every client with its names, and the names folded (one entry per group). */
interface ClientGroups { groups: ClientNames[]; folded: Set<string>[]; around: Map<string, ClientsAround> }
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
function clientGroups(configured: readonly { name: string; aliases?: readonly string[] }[], workspaceClients: ReadonlyMap<string, string>): ClientGroups {
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
    for (const [key, name] of workspaceClients) {
      if (!folded.some((f) => f.has(key))) { groups.push({ display: name, names: [name] }); folded.push(new Set([fold(name)])); }
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

function clientsAround(c: ClientGroups, ownClient: string): ClientsAround {
  let around = c.around.get(ownClient);
  if (!around) {
    const ownKey = fold(ownClient);
    const mine = c.groups.filter((_, i) => c.folded[i].has(ownKey));
    const others = c.groups.filter((g) => !mine.includes(g));
    const ownNames = [ownClient, ...mine.flatMap((g) => g.names)];
    const ownPatterns = ownNames.map(fold).filter((f) => f).map((f) => regExpFor(escapeRegExp(f), 'g'));
    const otherPatterns = others.map((g) => ({
      display: g.display,
      names: [...g.names].sort((a, b) => b.length - a.length).map((n) => fold(n).trim()).filter((name) => name.length >= 2).map((name) => {
        const latin = /^[\p{Script=Latin}\p{N}\s&'.-]+$/u.test(name);
        return { name, re: regExpFor((latin ? '(?<![\\p{L}\\p{N}])' : '') + escapeRegExp(name) + (latin ? '(?![\\p{L}\\p{N}])' : ''), 'gu') };
      }),
    }));
    c.around.set(ownClient, (around = { ownPatterns, otherPatterns, key: JSON.stringify([ownNames, others]) }));
  }
  return around;
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
  CHUNK_MENTIONS.set(tree, { key: around.key, mentions });
  return mentions;
}

export const otherClientMentioned: Rule = {
  id: 'other-client-mentioned',
  scope: 'workspace',
  check(ctx) {
    const own = ctx.doc.frontMatter?.field('client');
    if (!own || own.missing) return;
    const around = clientsAround(clientGroups(ctx.options.config.clients, ctx.options.workspace?.clients() ?? NO_CLIENTS), own.text);
    if (around.otherPatterns.length === 0) return;
    for (const c of ctx.doc.chunks) {
      for (const m of chunkMentions(c.tree, c.text, around)) {
        ctx.report('other-client-mentioned', c.offset + m.start, c.offset + m.end, { mentioned: m.display, client: own.text }, {});
      }
    }
  },
};

/**
 * Whether an owner name is on the team (names and aliases folded), once per
 * configuration; each name written is judged once (a long log repeats the
 * same few owners on every keystroke).
 */
function teamCheck(team: readonly { name: string; aliases?: readonly string[] }[]): (name: string) => boolean {
  let check = TEAM_CHECKS.get(team);
  if (!check) {
    const known = new Set<string>();
    for (const m of team) for (const n of [m.name, ...(m.aliases ?? [])]) known.add(fold(n).replace(/^@/, '').trim());
    const verdicts = new Map<string, boolean>();
    check = (name) => {
      let yes = verdicts.get(name);
      if (yes === undefined) {
        const n = fold(name).replace(/^@/, '').trim();
        yes = known.has(n) || known.has(n.replace(/[._-]+/g, ' '));
        if (verdicts.size >= 10000) verdicts.clear();
        verdicts.set(name, yes);
      }
      return yes;
    };
    TEAM_CHECKS.set(team, check);
  }
  return check;
}
const TEAM_CHECKS = new WeakMap<object, (name: string) => boolean>();

export const unknownOwner: Rule = {
  id: 'unknown-owner',
  scope: 'document',
  check(ctx) {
    const team = ctx.options.config.team;
    if (team.length === 0) return;
    const isKnown = teamCheck(team);
    for (const a of ctx.facts.actions) {
      // Names first: the owners' places are read only for a name that is reported.
      const names = a.ownerNames;
      for (let i = 0; i < names.length; i++) {
        if (isKnown(names[i])) continue;
        const o = a.owners[i];
        ctx.report('unknown-owner', o.start, o.end, { owner: o.name }, { owner: o.name });
      }
    }
    const owner = ctx.doc.frontMatter?.field('owner');
    if (owner && !owner.missing && !isKnown(owner.text)) ctx.report('unknown-owner', owner.valueStart, owner.valueEnd, { owner: owner.text }, { field: 'owner', owner: owner.text });
  },
};
