/**
 * A document as one standalone HTML page (docs/workflow.md), for the CLI,
 * which bundles the page's code in: ./htmlPage.ts renders it. The language
 * server loads that code only when asked for a page (server/lsp/htmlExport.ts).
 */
import type { AgencyDocument } from '../document';
import { parseMarkdown } from '../markdown';
import { pageHtml } from './htmlPage';

/** The page for a document (UTF-8, no script, no external resource). */
export function documentToHtml(doc: AgencyDocument): string {
  return pageHtml(doc, parseMarkdown(doc.text));
}
