#!/usr/bin/env node
// Runs the browser tests (out/web-e2e/index.js, built by `node esbuild.mjs --web-e2e`) inside the WEB WORKER
// extension host of a real VS Code: code-server from ../shared/vscode-e2e's installation, shown in its
// headless Chromium, on 127.0.0.1 only. The extension has `main` and `browser`; the user setting
// `remote.extensionKind` sends it to the web worker host, the one vscode.dev and github.dev use.
// VS Code runs extensionTestsPath in the host of the extension it lies in, so the tests run there too.
//
//   node test/web/run.mjs --workspace <folder> [--timeout-s 300] [--logs-dir <dir>]
//
// A worker that dies also ends with exit code 0: the run passes only when the suite printed its
// result line as well (test/web/suite/index.ts). Exit 0 = passed, 1 = failed or could not run.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, format } from 'node:util';

const EXTENSION = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TESTS = path.join(EXTENSION, 'out', 'web-e2e', 'index.js');
const PASSED = /^\[web-tests\] result: passed\b/m;
const say = (...a) => process.stderr.write(`[web-e2e] ${format(...a)}\n`);
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const { values: opts } = parseArgs({
  options: {
    workspace: { type: 'string' },
    'timeout-s': { type: 'string', default: '300' },
    'logs-dir': { type: 'string' },
  },
});
if (!opts.workspace || !fs.existsSync(opts.workspace)) {
  say('usage: run.mjs --workspace <folder> (an existing folder)');
  process.exit(1);
}
if (!fs.existsSync(TESTS)) {
  say(`${TESTS} is missing: run node esbuild.mjs --web-e2e first`);
  process.exit(1);
}

const home = path.resolve(process.env.VSCODE_E2E_HOME || path.join(os.homedir(), '.cache', 'vscode-e2e'));
let install;
try {
  install = JSON.parse(fs.readFileSync(path.join(home, 'install.json'), 'utf8'));
} catch {
  say(`no vscode-e2e installation in ${home}: run ../shared/vscode-e2e/install.sh`);
  process.exit(1);
}
const codeServer = path.join(install.root, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const { chromium } = createRequire(path.join(install.root, 'package.json'))('playwright-core');

// Everything of this run lives in one temporary folder, removed at the end (kept on failure for its logs).
const run = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-docs-web-'));
const logs = opts['logs-dir'] ? path.resolve(opts['logs-dir']) : path.join(run, 'logs');
for (const d of ['user-data/User', 'extensions', 'xdg', 'tmp']) fs.mkdirSync(path.join(run, d), { recursive: true });
fs.mkdirSync(logs, { recursive: true });
fs.writeFileSync(
  path.join(run, 'user-data', 'User', 'settings.json'),
  JSON.stringify(
    {
      'remote.extensionKind': { 'agency-docs.agency-docs': ['web'] },
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'files.autoSave': 'off',
    },
    null,
    2,
  ),
);
fs.writeFileSync(path.join(run, 'config.yaml'), 'auth: none\ncert: false\n');
const serverLog = fs.createWriteStream(path.join(logs, 'code-server.log'));
const output = fs.createWriteStream(path.join(logs, 'output.log'));

let server;
let browser;
let done = false;
async function finish(code, why) {
  if (done) return;
  done = true;
  if (why) say(why);
  try {
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]);
  } catch {
    /* already gone */
  }
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  await Promise.all([serverLog, output].map((s) => new Promise((r) => s.end(r))));
  if (code === 0 && !opts['logs-dir']) fs.rmSync(run, { recursive: true, force: true });
  else {
    for (const d of ['user-data', 'extensions', 'xdg', 'tmp'])
      fs.rmSync(path.join(run, d), { recursive: true, force: true });
    if (code !== 0) say(`logs kept in ${logs}`);
  }
  say(`${code === 0 ? 'PASSED' : 'FAILED'} after ${secs()}`);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `interrupted (${sig})`));
process.on('unhandledRejection', (e) => finish(1, `error: ${e?.stack ?? e}`));
setTimeout(() => finish(1, `no result within ${opts['timeout-s']} s`), Number(opts['timeout-s']) * 1000).unref();

// 1. code-server on a free loopback port, with nothing of the user's own configuration.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) =>
      !k.startsWith('VSCODE_') &&
      !k.startsWith('ELECTRON_') &&
      !['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'CODE_SERVER_CONFIG'].includes(k),
  ),
);
server = spawn(
  install.node && fs.existsSync(install.node) ? install.node : process.execPath,
  [
    codeServer,
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--config',
    path.join(run, 'config.yaml'),
    '--user-data-dir',
    path.join(run, 'user-data'),
    '--extensions-dir',
    path.join(run, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ],
  {
    env: { ...env, EXTENSIONS_GALLERY: '{}', XDG_DATA_HOME: path.join(run, 'xdg'), TMPDIR: path.join(run, 'tmp') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
server.on('exit', (code) => finish(1, `code-server stopped (exit ${code})`));
const port = await new Promise((resolve) => {
  let text = '';
  server.stderr.on('data', (c) => serverLog.write(c));
  server.stdout.on('data', (c) => {
    serverLog.write(c);
    text += c;
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
    if (m) resolve(Number(m[1]));
  });
});
say(`code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}) on port ${port} after ${secs()}`);

// 2. The workbench in headless Chromium, which may reach 127.0.0.1 and nothing else.
browser = await chromium.launch({
  executablePath: process.env.VSCODE_E2E_CHROMIUM || install.chromium,
  headless: true,
  chromiumSandbox: false,
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
  env: {
    ...process.env,
    XDG_CONFIG_HOME: path.join(run, 'tmp'),
    XDG_CACHE_HOME: path.join(run, 'tmp'),
    TMPDIR: path.join(run, 'tmp'),
  },
  args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
const page = await browser.newPage();
let sawPassed = false;
const result = new Promise((resolve) => {
  // The extension host's console reaches the page through these two hooks (as in VS Code's own browser tests).
  void page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/\n?$/, '\n');
    output.write(`[${type}] ${line}`);
    if (PASSED.test(line)) sawPassed = true;
    if (
      !/^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching|Updating additional|\[Service Worker\]|ChatSessionStore)/.test(
        line,
      )
    )
      process.stdout.write(line);
  });
  void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
});
page.on('console', (m) => output.write(`[browser ${m.type()}] ${m.text()}\n`));
page.on('pageerror', (e) => output.write(`[page error] ${e.stack ?? e}\n`));
page.on('crash', () => finish(1, 'the page crashed'));

const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`;
const payload = [
  ['extensionDevelopmentPath', remote(EXTENSION)],
  ['extensionTestsPath', remote(TESTS)],
  ['skipWelcome', 'true'],
];
await page.goto(
  `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(opts.workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
  { waitUntil: 'domcontentloaded' },
);
const code = await result;
if (code === 0 && !sawPassed)
  await finish(
    1,
    'the extension host reported success but the suite never printed its result line (did the worker die?)',
  );
await finish(code === 0 ? 0 : 1);
