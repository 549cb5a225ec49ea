/**
 * The extension in the browser: VS Code's web worker extension host (the one
 * vscode.dev and github.dev use), documents as `vscode-remote:` URIs, the
 * workspace read through vscode.workspace.fs. The same checks run twice:
 * with the checker in a worker of its own (the default), and in the
 * extension's worker over a MessageChannel (`agencyDocs.web.server`).
 */
import * as assert from './assert';
import * as vscode from 'vscode';

const EXT_ID = 'agency-docs.agency-docs';

interface Api {
  ready: Promise<void>;
  serverPlace(): string;
  actionsView: { getChildren(n?: unknown): Promise<{ kind: string; label?: string; items?: { text: string }[] }[]> };
}

async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXT_ID);
  assert.ok(ext, `${EXT_ID} is installed`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  await exports.ready;
  return exports;
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

async function waitFor<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map(codeOf);
const find = (uri: vscode.Uri, code: string) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('In the browser: where the extension runs', () => {
  test('the extension host is a web worker, and the workspace is not on a local disk', async () => {
    const g = globalThis as { importScripts?: unknown; process?: unknown };
    assert.strictEqual(typeof g.importScripts, 'function', 'a worker');
    assert.strictEqual(g.process, undefined, 'no Node');
    assert.strictEqual(folder().scheme, 'vscode-remote');
    await api();
  });
});

/** The checks of the issue, with the checker where `place` says. */
function checks(mode: 'auto' | 'inProcess', place: string): void {
  suite(`In the browser, the checker in the ${place}`, () => {
    suiteSetup(async () => {
      const config = vscode.workspace.getConfiguration('agencyDocs');
      if (config.get('web.server') !== mode) {
        await config.update('web.server', mode, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('agencyDocs.restartServer');
      }
      const a = await api();
      await waitFor(`the checker in the ${place}`, () => a.serverPlace() === place, 20000);
    });
    teardown(closeAll);

    test('a brief without a Button is reported; the quick fix inserts it and the finding goes away', async () => {
      const doc = await open('brief-en.md');
      const d = await waitFor('missing-section', () => find(doc.uri, 'missing-section')[0]);
      assert.match(d.message, /Button/);
      assert.strictEqual(d.source, 'agency-docs');
      // The rule link opens the extension's own rule reference at that rule (a command link, as on the desktop).
      assert.match(
        decodeURIComponent(String(typeof d.code === 'object' ? d.code.target : '')),
        /^command:agencyDocs\.showRule\?\["rules\.md","missing-section"\]$/,
        'the rule reference inside the extension',
      );
      const quickFixes = () =>
        vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          d.range,
          vscode.CodeActionKind.QuickFix.value,
        );
      // Right after the window's start the first answer is sometimes empty though the server answered with its
      // fixes (seen in 2 of 12 runs, its log showing 3 fixes for version 1, the document unchanged): the editor
      // asks again when the cursor moves, and so does this test, for up to 3 s (one retry was not always enough:
      // 1 of 5 fresh-clone runs on 2026-12-05).
      let actions = await quickFixes();
      for (let tries = 0; actions.length === 0 && tries < 10; tries++) {
        await new Promise((r) => setTimeout(r, 300));
        actions = await quickFixes();
      }
      const fix = actions.find((a) => a.title.includes('Button'));
      assert.ok(fix?.edit, `a fix for the Button among: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.getText(), /## Button\n/);
      await waitFor('missing-section gone', () => !codes(doc.uri).includes('missing-section'));
    });

    test('Chinese minutes get their owner finding on the action without one', async () => {
      const doc = await open('minutes-zh.md');
      const d = await waitFor('action-missing-owner', () => find(doc.uri, 'action-missing-owner')[0]);
      assert.strictEqual(doc.lineAt(d.range.start.line).text, '- [ ] 确认拍摄场地');
    });

    test('the index, read through the browser, finds the job number used by a job card that is not open', async () => {
      const doc = await open('job-en.md');
      const d = await waitFor('duplicate-job-number', () => find(doc.uri, 'duplicate-job-number')[0]);
      assert.match(d.message, /jobs\/NW-2026-014-reprint\.md/);
    });

    test('links are checked through the browser: the missing file is reported, the present one is not', async () => {
      const doc = await open('jobs/NW-2026-014-reprint.md');
      await waitFor('broken-link for plan-2025.md', () => find(doc.uri, 'broken-link').length > 0);
      const broken = find(doc.uri, 'broken-link').map((d) => doc.getText(d.range));
      assert.deepStrictEqual(broken, ['[was here](../plan-2025.md)']);
    });

    test('“Export as HTML”: the server loads the page’s code from the extension on first use and the page is written', async () => {
      // Each mode starts its own server: the first export there asks the client for dist/web/html.js.
      const source = vscode.Uri.joinPath(folder(), 'minutes-zh.md');
      const page = vscode.Uri.joinPath(folder(), 'minutes-zh.html');
      try {
        await open('minutes-zh.md');
        const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.exportHtml', source, {
          open: false,
        });
        assert.strictEqual(made?.toString(), page.toString());
        const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
        assert.match(html, /^<!doctype html>/i);
        assert.match(html, /<html lang="zh-CN"/);
        assert.match(html, /确认拍摄场地/);
        assert.ok(!/<script/i.test(html), 'no script');
      } finally {
        await vscode.workspace.fs.delete(page).then(undefined, () => undefined);
      }
    });

    test('.agency-docs.json of the workspace is read: its team decides who is unknown', async () => {
      const doc = await open('minutes-roster.md');
      const d = await waitFor('unknown-owner', () => find(doc.uri, 'unknown-owner')[0]);
      assert.match(d.message, /bob/);
    });
  });
}

checks('auto', 'worker');
checks('inProcess', 'extension host worker');

suite('In the browser: the rest of the editor features', () => {
  teardown(closeAll);

  test('completion, hover, outline, code lens, workspace symbols', async () => {
    const doc = await open('brief-en.md');
    await waitFor('the brief checked', () => codes(doc.uri).length > 0);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await vscode.window.activeTextEditor!.edit((e) => e.insert(end, '\n\n## '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      doc.lineAt(doc.lineCount - 1).range.end,
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('Button'), `Button among ${labels.join(', ')}`);
    const heading = doc.getText().split('\n').indexOf('## Objective');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(heading, 4),
    );
    assert.ok(hovers.length > 0, 'a hover on a section heading');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    assert.ok(symbols.length > 0, 'an outline');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(lenses.length > 0, 'a completeness lens');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'NW-2026-014',
    );
    const files = new Set(found.map((s) => s.location.uri.path.split('/').pop()));
    assert.ok(files.has('NW-2026-014-reprint.md'), `the unopened job card among ${[...files].join(', ')}`);
  });

  test('the Action items view lists actions of documents never opened', async () => {
    const view = (await api()).actionsView;
    const text = JSON.stringify(
      await waitFor('actions', async () => {
        const top = await view.getChildren();
        const all = [...top, ...(await Promise.all(top.map((n) => view.getChildren(n)))).flat()];
        return JSON.stringify(all).includes('storyboard') ? all : undefined;
      }),
    );
    assert.match(text, /Send the storyboard/);
  });

  test('the new-document command opens a template', async () => {
    await vscode.commands.executeCommand('agencyDocs.newDocument', 'brief', 'es');
    const doc = await waitFor('an untitled document', () => vscode.window.activeTextEditor?.document);
    assert.strictEqual(doc.uri.scheme, 'untitled');
    assert.match(doc.getText(), /^---\n[\s\S]*\n# /);
  });
});
