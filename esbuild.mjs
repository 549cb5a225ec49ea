// Bundles the CLI, the language server and the VS Code client into dist/.
// Everything is CommonJS for Node 20 and VS Code's extension host; ESM-only
// dependencies (unified, micromark…) are bundled in.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

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
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server.js' },
  // vscode-languageclient is bundled in; `vscode` is the extension host's. The first line notes when the bundle began
  // to load, for the activation figures (client/extension.ts).
  {
    entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'],
    banner: { js: `const __agencyDocsBundleStart = performance.now(); ${common.banner.js}` },
  },
].filter((e) => existsSync(e.entryPoints[0]));

// The VS Code integration tests, bundled for the extension host (`--e2e`).
if (process.argv.includes('--e2e')) {
  entries.push(
    { entryPoints: ['test/e2e/suite/index.ts'], outfile: 'out/e2e/index.js', external: ['vscode', 'mocha'], minify: false },
    { entryPoints: ['test/e2e/suite/extension.test.ts'], outfile: 'out/e2e/extension.test.js', external: ['vscode', 'mocha'], minify: false },
  );
}

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
