#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by esbuild.mjs (run by `npm ci` through `prepare`).
require('../dist/cli.js').run();
