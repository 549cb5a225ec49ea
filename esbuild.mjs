// Bundles the CLI, the language server and the VS Code client into dist/.
// Everything is CommonJS for Node 20 and VS Code's extension host; ESM-only
// dependencies (unified, micromark…) are bundled in. The browser build
// (dist/web/, package.json `browser`) has no Node at all: esbuild fails if
// anything in it imports a Node built-in.
import * as esbuild from 'esbuild';
import { existsSync, promises as fs } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify: !watch && !process.env.NO_MINIFY,
  logLevel: 'warning',
  legalComments: 'none',
  // Some ESM dependencies call createRequire(import.meta.url); give them this file's URL in CommonJS.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  // jsonc-parser's "main" is a UMD build that requires its parts at run time; its ES modules bundle.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
const entries = [
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.js' },
  // The server: a small loader (with V8's code cache when the client gives it a folder) and the bundle it runs.
  { entryPoints: ['server/lsp/start.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server-main.js' },
  // The HTML export (remark-rehype, an HTML parser, the sanitizer): one command's code, which the server loads on
  // first use (server/lsp/htmlExport.ts) rather than at every start. The CLI bundles it in.
  { entryPoints: ['server/core/workflow/htmlPage.ts'], outfile: 'dist/html.js' },
  // vscode-languageclient is bundled in; `vscode` is the extension host's. The first line notes when the bundle began
  // to load, for the activation figures (client/extension.ts).
  {
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
    banner: { js: `const __agencyDocsBundleStart = performance.now(); ${common.banner.js}` },
  },
].filter((e) => existsSync(e.entryPoints[0]));

// The browser build: the same client with ./serverWeb.ts in place of ./serverNode.ts, and the server
// without Node (server/lsp/browserMain.ts) as one script a worker can run (an IIFE).
const serverForTheBrowser = {
  name: 'server-for-the-browser',
  setup(build) {
    build.onResolve({ filter: /^\.\/serverNode$/ }, (args) => ({ path: `${args.resolveDir}/serverWeb.ts` }));
  },
};
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  banner: undefined,
  define: undefined,
  mainFields: ['browser', 'module', 'main'],
  // Both run in web workers, which have no DOM: packages with a worker build must give that one, not their DOM
  // build (decode-named-character-reference's uses `document`).
  conditions: ['worker'],
};
const webEntries = [
  {
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/web/client.js',
    format: 'cjs',
    external: ['vscode'],
    plugins: [serverForTheBrowser],
    banner: { js: 'const __agencyDocsBundleStart = performance.now();' },
  },
  { entryPoints: ['server/lsp/browserMain.ts'], outfile: 'dist/web/server.js', format: 'iife' },
  // The HTML export for that server: CommonJS text the client hands it on the first export (server/lsp/htmlExport.ts).
  { entryPoints: ['server/core/workflow/htmlPage.ts'], outfile: 'dist/web/html.js', format: 'cjs' },
].filter((e) => existsSync(e.entryPoints[0]));

// mocha >= 11 is an ES module package: esbuild inlines its browser build (a UMD) without a CommonJS
// wrapper, and the UMD's `module.exports = …` would replace the test bundle's `run`. Hidden from it,
// it takes its global branch (globalThis.mocha).
const mochaAsGlobal = {
  name: 'mocha-browser-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};
// The tests in the browser's extension host (`--web-e2e`): one self-contained script inside the extension's folder.
if (process.argv.includes('--web-e2e')) {
  webEntries.push({
    entryPoints: ['test/web/suite/index.ts'],
    outfile: 'out/web-e2e/index.js',
    format: 'cjs',
    external: ['vscode'],
    minify: false,
    plugins: [mochaAsGlobal],
  });
}

// The VS Code integration tests, bundled for the extension host (`--e2e`).
if (process.argv.includes('--e2e')) {
  entries.push(
    {
      entryPoints: ['test/e2e/suite/index.ts'],
      outfile: 'out/e2e/index.js',
      external: ['vscode', 'mocha'],
      minify: false,
    },
    {
      entryPoints: ['test/e2e/suite/extension.test.ts'],
      outfile: 'out/e2e/extension.test.js',
      external: ['vscode', 'mocha'],
      minify: false,
    },
    {
      entryPoints: ['test/e2e/suite/workflow.test.ts'],
      outfile: 'out/e2e/workflow.test.js',
      external: ['vscode', 'mocha'],
      minify: false,
    },
  );
}

const builds = [...entries.map((e) => ({ ...common, ...e })), ...webEntries.map((e) => ({ ...web, ...e }))];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
