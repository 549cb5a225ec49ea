/**
 * The HTML export's code (server/core/workflow/htmlPage.ts: remark-rehype, an HTML parser, the sanitizer) is a
 * bundle of its own beside the server's (esbuild.mjs): it serves one command, "Export as HTML", and would
 * otherwise be loaded and compiled at every start of the server (docs/architecture.md, "Bundles"). The server
 * loads it on the first export and keeps it: in Node with `require` (dist/html.js, ./nodeServer.ts), in the
 * browser as text the client reads from the extension (dist/web/html.js, `agencyDocs/serverScript`).
 */
import type { Connection } from 'vscode-languageserver';
import { ServerScriptRequest } from './protocol';

export type HtmlPageModule = typeof import('../core/workflow/htmlPage');

/** Loads the export's code; called once, again only after a failure. */
export type HtmlPageLoader = (connection: Connection) => Promise<HtmlPageModule>;

/** The exports of a CommonJS bundle given as text (one of the extension's own scripts). */
export function evaluateCommonJs<T>(source: string): T {
  const module = { exports: {} as T };
  // The extension host loads extensions the same way; the text comes from the extension's own folder.
  new Function('module', 'exports', source)(module, module.exports);
  return module.exports;
}

/** Where the server has no disk (the browser): the client reads dist/web/html.js and hands over its text. */
export const htmlPageFromClient: HtmlPageLoader = async (connection) => {
  const source = await connection.sendRequest(ServerScriptRequest.type, { name: 'html' });
  if (typeof source !== 'string') throw new Error('the client did not give the HTML export’s script');
  return evaluateCommonJs<HtmlPageModule>(source);
};

/** `load`, run on the first call only (and again after a failure, which the request that needed it reports). */
export function loadOnce(load: HtmlPageLoader, connection: Connection): () => Promise<HtmlPageModule> {
  let loaded: Promise<HtmlPageModule> | undefined;
  return () =>
    (loaded ??= load(connection).catch((e: unknown) => {
      loaded = undefined;
      throw e;
    }));
}
