/** broken-link: one rule, whole (check, fix, messages, reference). */
import { spanIn } from '../content';
import { occursIn } from '../markdown';
import { q } from '../l10n';
import { placeOfLink } from '../links';
import { relativePath } from '../paths';
import { editDistance } from '../text';
import type { Nodes, Root } from 'mdast';
import { valuesPerChunk } from '../document';
import type { Chunk } from '../markdown';
import { md } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  target: string;
  field?: string;
  outside?: boolean;
}

const LINK_FIELDS = ['strategy', 'estimate'];

const TITLES = {
  changeTo: {
    en: (target: string) => `Change to ${q.en(target)}`,
    zh: (target: string) => `改为${q.zh(target)}`,
    es: (target: string) => `Cambiar a ${q.es(target)}`,
  },
};

/** At most this many documents are offered in place of a missing one. */
const MAX_SUGGESTIONS = 3;

/** A file name without folder and extension, for comparing names: `NW/cold-brew-strategy-v2.md` → `cold-brew-strategy-v2`. */
function stem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(?:md|markdown)$/i, '').toLowerCase();
}

/**
 * The workspace's agency documents whose names are closest to a missing target
 * (edit distance on the file name, at most a third of it), nearest first; on a
 * tie, the one in the linking document's folder first.
 */
function closestDocuments(target: string, ctx: FixContext): string[] {
  const index = ctx.options.workspace;
  if (!index) return [];
  const want = stem(target);
  const limit = Math.max(2, Math.floor(want.length / 3));
  const here = ctx.doc.path.replace(/[\\/][^\\/]*$/, '');
  const found: { path: string; distance: number; near: boolean }[] = [];
  for (const d of index.documents()) {
    if (d.path === ctx.doc.path) continue;
    const name = stem(d.path);
    if (Math.abs(name.length - want.length) > limit) continue; // cannot be close: spare the distance
    const distance = editDistance(want, name);
    if (distance <= limit) found.push({ path: d.path, distance, near: d.path.replace(/[\\/][^\\/]*$/, '') === here });
  }
  found.sort((a, b) => a.distance - b.distance || Number(b.near) - Number(a.near) || a.path.localeCompare(b.path));
  return found.slice(0, MAX_SUGGESTIONS).map((f) => f.path);
}

/** Where the path is written in the finding's text: the link's destination or the field's value (undefined when not found as written). */
function targetSpan(finding: Finding, ctx: FixContext): [number, number] | undefined {
  const written = ctx.doc.text.slice(finding.start, finding.end);
  const target = finding.data.file ?? '';
  const forms = [target, encodeURI(target), target.replace(/ /g, '%20')];
  for (const form of forms) {
    if (!form) continue;
    // In a Markdown link the destination follows `](`; in a field the value is the path.
    const at = finding.data.field !== undefined ? written.indexOf(form) : written.lastIndexOf(form);
    if (at >= 0) return [finding.start + at, finding.start + at + form.length];
  }
  return undefined;
}

/** "Change to <closest existing documents>": a rewrite the user chooses, never part of fix-all. */
function changeLinkFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data.outside || !finding.data.file) return [];
  const span = targetSpan(finding, ctx);
  if (!span) return [];
  return closestDocuments(finding.data.file, ctx).map((path) => {
    const rel = relativePath(ctx.doc.path, path);
    // A link's destination with spaces goes in <…>; a field's value is written as it is.
    const bracketed = ctx.doc.text[span[0] - 1] === '<';
    const newText = finding.data.field === undefined && !bracketed && /[\s()]/.test(rel) ? `<${rel}>` : rel;
    return { title: TITLES.changeTo[ctx.options.locale](rel), edits: [{ start: span[0], end: span[1], newText }] };
  });
}

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
  links = found.length ? found : NO_LINKS;
  CHUNK_LINKS.set(tree, links);
  return links;
}

/** A chunk without links (shared: read only). */
const NO_LINKS: { url: string; start: number; end: number }[] = [];
/** Each chunk's links in the chunks' order (document.ts valuesPerChunk). */
const LINKS_PER_CHUNK = new WeakMap<readonly Chunk[], readonly { url: string; start: number; end: number }[][]>();

export default defineRule({
  id: 'broken-link',
  severity: 'error',
  appliesTo: 'all',
  needs: 'files',
  check(ctx: RuleContext<Params>) {
    const exists = ctx.options.fileExists;
    if (!exists) return;
    // Only paths inside the workspace roots are looked up (server/core/links.ts).
    const check = (target: string, start: number, end: number, field?: string) => {
      const place = placeOfLink(ctx.doc.path, target, ctx.options.roots ?? []);
      if (!place.inside)
        ctx.report(start, end, { target, field, outside: true }, { field, file: target, outside: true });
      else if (!exists(place.path)) ctx.report(start, end, { target, field }, { field, file: target });
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
    const chunks = ctx.doc.chunks;
    const links = valuesPerChunk(LINKS_PER_CHUNK, chunks, (c) => chunkLinks(c.tree, c.text));
    for (let n = 0; n < chunks.length; n++) {
      if (links[n] === NO_LINKS) continue;
      const c = chunks[n];
      for (const l of links[n]) {
        let target = l.url;
        try {
          target = decodeURIComponent(l.url);
        } catch {
          /* keep as written */
        }
        check(target, c.offset + l.start, c.offset + l.end);
      }
    }
  },
  // A link leaving the workspace is not looked up: a note that it was not checked, not an error.
  onlyANote: (data) => data.outside === true,
  fix: changeLinkFixes,
  fixTitles: TITLES,
  messages: {
    // A link outside the workspace is never looked up: say so, not that it is missing (nor ask to change it: a link
    // from a folder opened on its own to the project's README is right).
    en: (p) =>
      p.outside
        ? `${q.en(p.target)} is outside this workspace, so it is not checked.`
        : p.field
          ? `The ${q.en(p.field)} field points to ${q.en(p.target)}, which doesn't exist: check the path.`
          : `${q.en(p.target)} doesn't exist: check the path or the file name.`,
    zh: (p) =>
      p.outside
        ? `${q.zh(p.target)}位于本工作区之外，不作检查。`
        : p.field
          ? `${q.zh(p.field)}字段指向的${q.zh(p.target)}不存在，请检查路径。`
          : `${q.zh(p.target)}不存在，请检查路径或文件名。`,
    es: (p) =>
      p.outside
        ? `${q.es(p.target)} está fuera de este espacio de trabajo, así que no se comprueba.`
        : p.field
          ? `El campo ${q.es(p.field)} apunta a ${q.es(p.target)}, que no existe: revisa la ruta.`
          : `${q.es(p.target)} no existe: revisa la ruta o el nombre del archivo.`,
  },
  doc: {
    title: { en: 'Broken link', zh: '链接失效', es: 'Enlace roto' },
    description: {
      en: 'A document this one refers to (the `strategy:` of a brief, the `estimate:` of a job card, or a Markdown link) does not exist at that path. Fix the path or file name so everyone finds the source. A link that leaves the workspace (`../../README.md` from a folder opened on its own) is never looked up: it gets a note saying so (information), not an error.',
      zh: '本文件引用的文件（简报的 `strategy:`、工作卡的 `estimate:`，或 Markdown 链接）在该路径下不存在。请修正路径或文件名，让大家都能找到原文件。指向工作区之外的链接（例如单独打开某个文件夹时的 `../../README.md`）不会被查找，只给出一条说明（信息级），而不是错误。',
      es: 'Un documento al que este remite (el `strategy:` de un brief, el `estimate:` de una orden de trabajo o un enlace Markdown) no existe en esa ruta. Corrige la ruta o el nombre del archivo para que todos encuentren el original. Un enlace que sale del espacio de trabajo (`../../README.md` desde una carpeta abierta sola) nunca se busca: recibe una nota que lo dice (información), no un error.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      strategy: strategy/fresh-bite-2026.strategy.md
      ---
      # Creative brief: winter campaign
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      strategy: strategy/fresh-bite-2027.strategy.md
      ---
      # Creative brief: winter campaign
    `,
    setting: {
      files: {
        'strategy/fresh-bite-2027.strategy.md': md`
          ---
          type: strategy
          client: Acme Foods
          ---
          # Communication strategy: Fresh Bite 2027
        `,
      },
    },
  },
});
