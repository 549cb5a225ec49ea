/**
 * A document as one standalone, print-ready HTML page (docs/workflow.md):
 * styles on the elements themselves (they survive a paste into a mail), no
 * script, the front matter as a short header. Rendered with unified
 * (remark-rehype, rehype-raw, rehype-sanitize, rehype-stringify): raw HTML
 * in the document is parsed, then sanitized with GitHub's rules, so a
 * script, an event handler or a `javascript:` link never reaches the page.
 *
 * A bundle of its own for the language server (dist/html.js, dist/web/html.js;
 * esbuild.mjs), loaded on the first export (server/lsp/htmlExport.ts): its
 * HTML parser and sanitizer are a sixth of the server's code and serve one
 * command. So it takes the document's Markdown tree already parsed (by
 * ./html.ts, or the server) and imports nothing of ours but types.
 */
import type { Root as MdRoot } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Lang, Localized } from '../catalog/schema';
import type { AgencyDocument } from '../document';

const HEADER_FIELDS: { id: string; label: Localized }[] = [
  { id: 'client', label: { en: 'Client', zh: '客户', es: 'Cliente' } },
  { id: 'job', label: { en: 'Job', zh: '工单', es: 'Trabajo' } },
  { id: 'meeting', label: { en: 'Meeting', zh: '会议时间', es: 'Reunión' } },
  { id: 'date', label: { en: 'Date', zh: '日期', es: 'Fecha' } },
  { id: 'week', label: { en: 'Week', zh: '周次', es: 'Semana' } },
  { id: 'attendees', label: { en: 'Attendees', zh: '参会人员', es: 'Asistentes' } },
  { id: 'distribution', label: { en: 'Distribution', zh: '抄送', es: 'Distribución' } },
];

const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN', es: 'es' };

/** Inline styles by element: readable on screen, clean on paper, kept by mail clients. */
const STYLE: Record<string, string> = {
  body: 'margin:0 auto;max-width:46em;padding:2em 1.5em;font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"PingFang SC","Microsoft YaHei",sans-serif;font-size:11pt;line-height:1.5;color:#1a1a1a;background:#fff',
  header: 'border-bottom:1px solid #999;margin-bottom:1.5em;padding-bottom:.5em',
  dl: 'display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:0',
  dt: 'font-weight:600;color:#444',
  dd: 'margin:0',
  h1: 'font-size:1.6em;margin:.2em 0 .6em',
  h2: 'font-size:1.25em;margin:1.4em 0 .4em;border-bottom:1px solid #ddd;padding-bottom:.2em;page-break-after:avoid',
  h3: 'font-size:1.05em;margin:1.1em 0 .3em;page-break-after:avoid',
  table: 'border-collapse:collapse;width:100%;margin:.6em 0;page-break-inside:avoid',
  th: 'border:1px solid #999;padding:.3em .5em;text-align:left;background:#f0f0f0',
  td: 'border:1px solid #999;padding:.3em .5em;vertical-align:top',
  blockquote: 'margin:.6em 0;padding:0 1em;border-left:3px solid #ccc;color:#444',
  code: 'font-family:Consolas,Menlo,monospace;font-size:.95em',
  pre: 'white-space:pre-wrap;background:#f6f6f6;padding:.6em;border:1px solid #ddd',
  a: 'color:#0645ad',
};

function styled(tree: HastRoot | Element): void {
  for (const c of tree.children) {
    if (c.type !== 'element') continue;
    const style = STYLE[c.tagName];
    if (style) c.properties = { ...c.properties, style };
    styled(c);
  }
}

function el(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  const style = STYLE[tagName];
  return { type: 'element', tagName, properties: style ? { ...properties, style } : properties, children };
}
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The front matter as a short list: client, meeting, attendees, distribution (those present). */
function header(doc: AgencyDocument, lang: Lang): Element | undefined {
  const rows: ElementContent[] = [];
  for (const f of HEADER_FIELDS) {
    const entry = doc.frontMatter?.field(f.id);
    if (!entry || entry.missing) continue;
    const value = entry.items?.length ? entry.items.join(', ') : entry.text;
    rows.push(el('dt', [text(f.label[lang])]), el('dd', [text(value)]));
  }
  return rows.length ? el('header', [el('dl', rows)]) : undefined;
}

/** The page's title: the document's, else its file name. */
function pageTitle(doc: AgencyDocument): string {
  return doc.title?.text || (doc.path.split(/[\\/]/).pop() ?? doc.path);
}

const render = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize).freeze();

/** The page for a document whose Markdown tree is `mdast` (UTF-8, no script, no external resource); the tree is changed. */
export function pageHtml(doc: AgencyDocument, mdast: MdRoot): string {
  // The front matter becomes the header; it is not part of the body.
  mdast.children = mdast.children.filter((n) => n.type !== 'yaml');
  const body = render.runSync(mdast) as HastRoot;
  styled(body);
  const lang = doc.lang;
  const head = header(doc, lang);
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el(
        'html',
        [
          el('head', [
            el('meta', [], { charSet: 'utf-8' }),
            el('meta', [], { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            el('title', [text(pageTitle(doc))]),
          ]),
          el('body', [...(head ? [head] : []), el('main', body.children as ElementContent[])]),
        ],
        { lang: HTML_LANG[lang] },
      ),
    ],
  };
  return unified().use(rehypeStringify).stringify(page) + '\n';
}
