#!/usr/bin/env node
// Takes the README screenshots in a real VS Code (code-server from ../shared/vscode-e2e's install): a brief with
// its diagnostics and the quick-fix menu open (docs/images/vscode-quick-fix.png), the Action items view
// (docs/images/vscode-action-items.png) and Chinese minutes with Chinese messages (docs/images/vscode-chinese.png).
// Usage: node test/e2e/screenshot.mjs [output folder]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'images'));
const home = process.env.VSCODE_E2E_HOME ?? path.join(os.homedir(), '.cache', 'vscode-e2e');
const install = JSON.parse(fs.readFileSync(path.join(home, 'install.json'), 'utf8'));
const { chromium } = createRequire(path.join(install.root, 'package.json'))('playwright-core');

const run = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-shot-'));
const ws = path.join(run, 'workspace');
fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), ws, { recursive: true });
const extensions = path.join(run, 'extensions');
fs.mkdirSync(extensions);
fs.symlinkSync(root, path.join(extensions, 'agency-docs.agency-docs-0.1.0'));
const userData = path.join(run, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.startupEditor': 'none',
    'editor.fontSize': 14,
    'window.commandCenter': false,
    'workbench.tips.enabled': false,
    'editor.minimap.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
  }),
);
// Two minutes of the examples give the Action items view something to show.
for (const f of ['northwind/2026-11-18-launch-review-minutes.md', 'qingshan/2026-11-20-kol-plan-minutes.md'])
  fs.copyFileSync(path.join(root, 'examples', f), path.join(ws, path.basename(f)));

const env = {
  ...process.env,
  EXTENSIONS_GALLERY: '{}',
  XDG_DATA_HOME: path.join(run, 'xdg'),
  AGENCY_DOCS_TODAY: '2026-11-22',
};
for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
const server = spawn(
  install.node,
  [
    path.join(install.root, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config',
    path.join(run, 'config.yaml'),
  ],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
const port = await new Promise((resolve, reject) => {
  let buf = '';
  const t = setTimeout(() => reject(new Error('code-server did not start')), 60000);
  server.stdout.on('data', (c) => {
    buf += c;
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
    if (m) {
      clearTimeout(t);
      resolve(Number(m[1]));
    }
  });
});
const browser = await chromium.launch({
  executablePath: install.chromium,
  headless: true,
  chromiumSandbox: false,
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ],
});
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 760 } })).newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(4000);
  await page.keyboard.press('Control+P');
  await page.keyboard.type('brief-en.md');
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20000 });
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.squiggly-error', { timeout: 60000 });
  await page.waitForTimeout(1500);
  // Cursor on the title line (line 10), where "the Button section is missing" is reported; open the problems panel and the fix menu.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(1500);
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Control+G');
  await page.keyboard.type('10:3');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { timeout: 20000 });
  await page.waitForTimeout(800);
  fs.mkdirSync(outDir, { recursive: true });
  const shot = async (name) => {
    await page.screenshot({ path: path.join(outDir, name) });
    console.log(`wrote ${path.join(outDir, name)}`);
  };
  await shot('vscode-quick-fix.png');
  await page.keyboard.press('Escape');

  // The Action items view in the Explorer, at its default width, grouped by owner.
  await page.keyboard.press('Control+Shift+E');
  await page.waitForTimeout(800);
  const header = page.locator('.pane-header', { hasText: /Action items/i });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForSelector('.monaco-list-row >> text=@ben', { timeout: 20000 });
  // The file list folded away, so the view has the sidebar's height.
  const files = page.locator('.pane-header', { hasText: /^workspace/i });
  await files.click();
  await header.hover();
  await page.click('.pane-header .action-label[aria-label="Group by due date"]');
  await page.waitForTimeout(1200);
  // A row's tooltip holds what the short row leaves out.
  await page.hover('.monaco-list-row >> text=Confirm transit');
  await page.waitForTimeout(1800);
  await shot('vscode-action-items.png');

  // Chinese minutes, with the messages in Chinese, and the Problems panel. This VS Code's display language cannot
  // change here, so the workspace asks for Chinese messages (agencyDocs.locale).
  await page.mouse.move(900, 400);
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'agencyDocs.locale': 'zh-cn' }));
  await page.waitForTimeout(1500);
  await files.click();
  await page.waitForTimeout(500);
  await page.click('.explorer-folders-view .monaco-list-row >> text=minutes-zh.md');
  await page.waitForSelector('.squiggly-error', { timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForTimeout(1500);
  await shot('vscode-chinese.png');
} catch (e) {
  await (await browser.contexts()[0]?.pages()[0])?.screenshot({ path: '/tmp/ec-shot-fail.png' });
  throw e;
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
  fs.rmSync(run, { recursive: true, force: true });
}
