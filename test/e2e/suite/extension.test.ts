/**
 * The extension in a real VS Code: diagnostics, quick fix, fix-all on save,
 * snippets, new document, action view, settings and the workspace's
 * .agency-docs.json; what vscode-languageclient carries between VS Code and
 * the server (completion, hover, outline, lens and its command, navigation,
 * file watching, closing); our restart policy; and the activation time and how
 * long a document just opened waits for its diagnostics (in the window just
 * started, and once the workspace is indexed), written to
 * out/e2e/activation.json for the benchmark (AGENCY_DOCS_ACTIVATION_FILE may
 * name another file).
 */
import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DOCUMENT_TYPES } from '../../../server/core/catalog';
import { minutesOf100Lines } from '../../helpers/documents';

const EXT_ID = 'agency-docs.agency-docs';

/** What the extension's activate() returns (client/extension.ts), as far as these tests use it. */
interface Api {
  client(): { isRunning(): boolean } | undefined;
  ready: Promise<void>;
  timing: {
    bundleEvaluationMs?: number;
    activateMs: number;
    serverProcessMs?: number;
    serverReadyMs?: number;
    activateStartedAt: number;
    documents: Map<string, { openedAt: number; diagnosedAt?: number; opens: number }>;
  };
  actionsView: {
    getChildren(n?: unknown): Promise<ActionNode[]>;
    getTreeItem(n: ActionNode): vscode.TreeItem;
    setGrouping(g: 'owner' | 'due'): void;
  };
}
/** A node of the Action items view (client/actionsView.ts). */
interface ActionNode {
  kind: string;
  label?: string;
  items?: { text: string; uri: string }[];
}
const api = () => vscode.extensions.getExtension(EXT_ID)!.exports as Api;

/** VS Code's own marks of an extension's loading and activation in this extension host (vs/base/common/performance). */
function activationMarks(id: string): Record<string, number> {
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } })
    .MonacoPerformanceMarks;
  const marks: Record<string, number> = {};
  for (const m of perf?.getMarks() ?? []) {
    const found = /^code\/extHost\/(will|did)(LoadExtensionCode|ActivateExtension)\/(.+)$/.exec(m.name);
    if (found && found[3] === id) marks[found[1] + found[2]] = m.startTime;
  }
  return marks;
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

function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  const line = doc.getText().split('\n').indexOf(text);
  assert.ok(line >= 0, `“${text}” in ${doc.uri.path}`);
  return line;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The language server processes this extension host runs (ours only: other extensions have servers too). */
function serverPids(): number[] {
  const server = path.join(vscode.extensions.getExtension(EXT_ID)!.extensionPath, 'dist', 'server.js');
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes(server))
    .map((l) => parseInt(l, 10));
}

/** Completion at the end of an untitled Markdown text: the server's items only, by label. */
/**
 * Closes the active untitled editor and waits until its document is gone: VS Code gives its name (`Untitled-1`) to
 * the next untitled document at once, and under load the extension host still held the old one under that name (a
 * template opened just after read `agency`, the text of the document closed before it).
 */
async function closeUntitled(doc: vscode.TextDocument): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor('the untitled document closed', () => doc.isClosed || undefined);
}

async function completeAtEnd(content: string): Promise<vscode.CompletionItem[]> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  try {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      end,
    );
    return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet);
  } finally {
    await closeUntitled(doc);
  }
}

/** The document opened first, in the window just started: the cold figure (server start and index included). */
const COLD = 'open-latency-cold.md';
interface OpenFigures {
  /** From the test's openTextDocument call until the client received the first diagnostics. */
  fromOpenCallMs: number;
  /** From the client's didOpen to the first diagnostics (the server's share and the transport). */
  didOpenToDiagnosticsMs: number;
  /** Cold only: when activate() began and the server answered initialize, from the open call. */
  activateStartMs?: number;
  serverReadyMs?: number;
  didOpenSentMs?: number;
  lines: number;
  opens: number;
  tabs: string[];
}
let cold: (OpenFigures & { activeBefore: boolean }) | undefined;

/** Waits for the client's first diagnostics of `uri` and reads the figures from the extension's timing. */
async function openFigures(uri: vscode.Uri, calledAt: number, lines: number): Promise<OpenFigures> {
  const t = await waitFor(`the first diagnostics of ${uri.path}`, () => {
    const d = api()?.timing?.documents.get(uri.toString());
    return d?.diagnosedAt !== undefined ? d : undefined;
  });
  return {
    fromOpenCallMs: t.diagnosedAt! - calledAt,
    didOpenToDiagnosticsMs: t.diagnosedAt! - t.openedAt,
    didOpenSentMs: t.openedAt - calledAt,
    lines,
    opens: t.opens,
    tabs: vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((x) => x.label)),
  };
}

suite('Agency Docs in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is installed`);
    // The first Markdown document opened activates the extension: the wait for its diagnostics includes the server's start and the index.
    const activeBefore = ext.isActive;
    const uri = vscode.Uri.joinPath(folder(), COLD);
    const text = minutesOf100Lines('Cold open');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const calledAt = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await ext.activate();
    const figures = await openFigures(uri, calledAt, text.split('\n').length - 1);
    const { timing } = api();
    await api().ready;
    cold = {
      ...figures,
      activeBefore,
      activateStartMs: timing.activateStartedAt - calledAt,
      serverReadyMs:
        timing.serverReadyMs === undefined ? undefined : timing.activateStartedAt + timing.serverReadyMs - calledAt,
    };
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  test('activation is short, measured by VS Code and by the extension, and written for the benchmark', async () => {
    await api().ready;
    const { timing } = api();
    const m = await waitFor("VS Code's activation marks", () => {
      const marks = activationMarks(EXT_ID);
      return marks.didActivateExtension !== undefined ? marks : undefined;
    });
    const vscodeMs = {
      // What "Developer: Show Running Extensions" reports: loading the code, then activate() until its promise settles.
      codeLoading: m.didLoadExtensionCode - m.willLoadExtensionCode,
      activateCall: m.didActivateExtension - m.willActivateExtension,
    };
    // Warm: the server is up and the workspace indexed; a new 100-line document is opened.
    await waitFor('the workspace indexed', () => vscode.languages.getDiagnostics().length > 0 || undefined);
    await new Promise((r) => setTimeout(r, 500));
    const uri = vscode.Uri.joinPath(folder(), 'open-latency-warm.md');
    const text = minutesOf100Lines('Warm open');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const calledAt = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const warm = await openFigures(uri, calledAt, text.split('\n').length - 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
    const { documents: _documents, activateStartedAt: _at, ...extensionMs } = timing;
    const report = {
      measuredAt: new Date().toISOString(),
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      vscodeMs,
      extensionMs,
      open: { cold, warm },
    };
    const file =
      process.env.AGENCY_DOCS_ACTIVATION_FILE ??
      path.join(vscode.extensions.getExtension(EXT_ID)!.extensionPath, 'out', 'e2e', 'activation.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log(`activation: ${JSON.stringify(report)}`);
    assert.ok(Number.isFinite(vscodeMs.codeLoading) && Number.isFinite(vscodeMs.activateCall), JSON.stringify(m));
    assert.ok(timing.serverReadyMs !== undefined, 'the server answered initialize');
    // The server's process is started within activate(), not once the extension host comes back to the client
    // (client/serverNode.ts): in a window just started that host goes on with other work first.
    assert.ok(
      timing.serverProcessMs !== undefined && timing.serverProcessMs <= timing.activateMs,
      `the server's process started within activate(): ${JSON.stringify(extensionMs)}`,
    );
    // The goal is 50 ms; the limit here is looser, for a busy test machine: the benchmark reports the figure against the goal.
    assert.ok(timing.activateMs < 250 && vscodeMs.activateCall < 250, `activation took ${JSON.stringify(report)}`);
    assert.ok(
      cold && cold.fromOpenCallMs > 0 && warm.didOpenToDiagnosticsMs > 0,
      `open figures: ${JSON.stringify(report.open)}`,
    );
  });

  test('.agency-docs.json in the workspace gives the team and clients, which the settings do not override', async () => {
    // The minutes are for 青山茶饮 and name Northwind Coffee, another client of the file; @bob is on nobody's team.
    const uri = vscode.Uri.joinPath(folder(), 'minutes-roster.md');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        '---\ntype: minutes\nclient: 青山茶饮\nmeeting: 2026-11-18 10:00\nissued: 2026-11-18 17:00\nattendees: [张伟, alice]\ndistribution: [张伟]\n---\n# Minutes\n\n## Decisions\n\n- Reuse the Northwind Coffee storyboard.\n\n## Next actions\n\n- [ ] Send the storyboard @bob due 2026-12-05\n',
      ),
    );
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await waitFor(
        "other-client-mentioned and unknown-owner from the file's clients and team",
        () => {
          const c = codes(uri);
          return c.includes('other-client-mentioned') && c.includes('unknown-owner') ? c : undefined;
        },
        15000,
      );
      // A setting the user does set still wins over the file.
      const config = vscode.workspace.getConfiguration('agencyDocs');
      await config.update('team', [{ name: 'bob' }], vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('unknown-owner gone once the settings name bob', () => !codes(uri).includes('unknown-owner'));
      } finally {
        await config.update('team', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor("unknown-owner back with the file's team", () => codes(uri).includes('unknown-owner'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('diagnostics appear for an English brief', async () => {
    const doc = await open('brief-en.md');
    const found = await waitFor('brief diagnostics', () =>
      codes(doc.uri).includes('missing-section') ? vscode.languages.getDiagnostics(doc.uri) : undefined,
    );
    const d = found.find((x) => String((x.code as { value: string }).value ?? x.code) === 'missing-section')!;
    assert.equal(d.source, 'agency-docs');
    assert.match(d.message, /Button/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  test('diagnostics appear for Chinese minutes, at the right place', async () => {
    const doc = await open('minutes-zh.md');
    await waitFor('minutes diagnostics', () => codes(doc.uri).includes('action-missing-owner'));
    const d = vscode.languages
      .getDiagnostics(doc.uri)
      .find((x) => String((x.code as { value: string }).value ?? x.code) === 'action-missing-owner')!;
    assert.equal(doc.lineAt(d.range.start.line).text, '- [ ] 确认拍摄场地');
  });

  test('a quick fix inserts the missing section and the diagnostic goes away', async () => {
    const doc = await open('brief-en.md');
    const d = await waitFor('missing-section', () =>
      vscode.languages
        .getDiagnostics(doc.uri)
        .find((x) => String((x.code as { value: string }).value ?? x.code) === 'missing-section'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title.includes('Button'));
    assert.ok(fix?.edit, `a fix for the Button section among: ${actions.map((a) => a.title).join(', ')}`);
    // (VS Code's command returns title, kind, edit, command and isPreferred of each action, not its diagnostics.)
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /## Button\n/);
    assert.ok(
      doc.getText().indexOf('## Button') < doc.getText().indexOf('## Support points'),
      'inserted at its canonical place',
    );
    await waitFor('missing-section gone', () => !codes(doc.uri).includes('missing-section'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('fix-all on save inserts the missing sections', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'save-fix.md');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        '---\ntype: agenda\nclient: Northwind Coffee\nmeeting: 2026-12-10 10:00\nissued: 2026-12-01\nattendees: [alice]\nlocation: Room 2\n---\n# Meeting agenda\n\n## Purpose\n\nAgree the launch plan.\n',
      ),
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('agenda diagnostics', () => codes(uri).includes('missing-section'));
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\n'));
    await doc.save();
    await waitFor('topics inserted on save', () => /## Topics/.test(doc.getText()) || undefined, 15000);
    await waitFor('missing-section gone after save', () => !codes(uri).includes('missing-section'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('snippet completion offers every template', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'agency' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(0, 6),
    );
    const labels = new Set(
      list.items
        .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
        .map((i) => (typeof i.label === 'string' ? i.label : i.label.label)),
    );
    const types = DOCUMENT_TYPES.map((t) => t.id);
    for (const t of types)
      for (const suffix of ['', '-zh', '-es'])
        assert.ok(labels.has(`agency-${t}${suffix}`), `snippet agency-${t}${suffix}`);
    await closeUntitled(doc);
  });

  test('“New agency document…” creates the right untitled text', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('agencyDocs.newDocument', 'brief', 'es');
    assert.ok(doc, 'a document was created');
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.match(text, /^---\ntype: brief\n/);
    assert.match(text, /^# Brief creativo$/m);
    assert.match(text, /^## Botón$/m);
    assert.match(text, /^## Puntos de apoyo$/m);
    await closeUntitled(doc);
  });

  test('the action items view lists the workspace’s open actions', async () => {
    const groups = await waitFor('action groups', async () => {
      const g = await api().actionsView.getChildren();
      return g.some((x) => x.label === '@张伟') ? g : undefined;
    });
    const all = groups.flatMap((g) => g.items ?? []).map((a) => a.text);
    assert.ok(
      all.some((t) => t.startsWith('发送修改后的分镜')),
      all.join(' | '),
    );
    assert.ok(
      all.some((t) => t.startsWith('确认拍摄场地')),
      all.join(' | '),
    );
  });

  test('a rule code opens the rendered rule reference at that rule, in the user’s language', async () => {
    const doc = await open('brief-en.md');
    const diagnostic = (file: string) =>
      waitFor(`a missing-section diagnostic linking ${file}`, () =>
        vscode.languages.getDiagnostics(doc.uri).find((d) => {
          if (typeof d.code !== 'object' || d.code.value !== 'missing-section') return false;
          return d.code.target.scheme === 'command' && decodeURIComponent(d.code.target.query).includes(`"${file}"`);
        }),
      );
    /** Follows the link as VS Code does on a click (a command link with its JSON arguments). */
    const follow = async (d: vscode.Diagnostic) => {
      const target = (d.code as { target: vscode.Uri }).target;
      assert.equal(target.path, 'agencyDocs.showRule');
      await vscode.commands.executeCommand(target.path, ...JSON.parse(decodeURIComponent(target.query)));
      return waitFor('the reference open in the Markdown preview', () => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return input instanceof vscode.TabInputCustom && input.viewType === 'vscode.markdown.preview.editor'
          ? input.uri
          : undefined;
      });
    };
    const en = await follow(await diagnostic('rules.md'));
    assert.ok(en.path.endsWith('/docs/rules.md'), en.toString());
    assert.equal(en.fragment, 'missing-section', 'scrolled to the rule’s heading');
    const reference = await vscode.workspace.openTextDocument(en.with({ fragment: '' }));
    assert.ok(reference.getText().includes('\n## missing-section\n'), 'the heading the preview scrolls to');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const config = vscode.workspace.getConfiguration('agencyDocs');
    await config.update('locale', 'zh-cn', vscode.ConfigurationTarget.Workspace);
    try {
      const zh = await follow(await diagnostic('rules.zh-cn.md'));
      assert.ok(zh.path.endsWith('/docs/rules.zh-cn.md'), zh.toString());
      assert.equal(zh.fragment, 'missing-section');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config.update('locale', undefined, vscode.ConfigurationTarget.Workspace);
      // The preview opened beside: back to one editor group for the tests that follow.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.action.editorLayoutSingle');
    }
  });

  test('the action items view: overdue first, then due today; short rows, details in the tooltip; no template samples', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = new Date();
    const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const uri = vscode.Uri.joinPath(folder(), 'minutes-view.md');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        `---\ntype: minutes\n---\n# 会议记录\n\n## 后续行动\n\n- [ ] 需要完成的事项 @负责人 截止 YYYY-MM-DD\n- [ ] 确认预算 @张伟 截止 ${today}\n- [ ] 寄出样片 @张伟 截止 2020-03-02\n- [ ] 预订录音棚 @负责人 截止 2099-12-01\n`,
      ),
    );
    const view = api().actionsView;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      view.setGrouping('due');
      const groups = await waitFor('the new minutes’ actions', async () => {
        const g = await view.getChildren();
        return g.some((x) => x.items?.some((a) => a.uri === uri.toString())) ? g : undefined;
      });
      const labels = groups.map((g) => g.label);
      assert.deepEqual(labels.slice(0, 2), ['Overdue', 'Due today'], labels.join(', '));
      assert.equal(labels[labels.length - 1], 'No due date');
      const mine = groups.flatMap((g) =>
        (g.items ?? []).filter((a) => a.uri === uri.toString()).map((a) => a.text.slice(0, 5)),
      );
      assert.deepEqual(
        mine,
        ['寄出样片 ', '确认预算 ', '预订录音棚'],
        'the sample action of the template is not a task',
      );
      assert.ok(!labels.includes('@负责人'), labels.join(', '));

      view.setGrouping('owner');
      const byOwner = await view.getChildren();
      assert.ok(!byOwner.some((g) => g.label === '@负责人'), byOwner.map((g) => g.label).join(', '));
      const zhang = byOwner.find((g) => g.label === '@张伟');
      assert.ok(zhang, byOwner.map((g) => g.label).join(', '));
      const rows = (await view.getChildren(zhang)).map((n) => view.getTreeItem(n));
      const row = (word: string) => rows.find((r) => String(r.label).startsWith(word))!;
      // Overdue first within the owner; the row is the action, then its date: no owner, no file.
      assert.ok(String(rows[0].label).startsWith('寄出样片'), rows.map((r) => r.label).join(' | '));
      assert.equal(row('寄出样片').label, '寄出样片');
      assert.equal(row('寄出样片').description, '2020-03-02');
      assert.equal(row('确认预算').description, 'today');
      const tooltip = (row('寄出样片').tooltip as vscode.MarkdownString).value;
      for (const part of ['@张伟', '2020\\-03\\-02 (overdue)', 'minutes\\-view\\.md:10'])
        assert.ok(tooltip.includes(part), `${part} in ${tooltip}`);
      const noOwner = byOwner.find((g) => g.label === 'No owner');
      assert.ok(
        noOwner?.items?.some((a) => a.text.startsWith('预订录音棚')),
        'a real task whose owner is still the placeholder has no owner',
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      view.setGrouping('owner');
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('“Fix all problems on save” writes editor.codeActionsOnSave for Markdown with our kind', async () => {
    const config = () => vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    try {
      assert.equal(await vscode.commands.executeCommand('agencyDocs.enableFixAllOnSave'), true);
      const value = config().inspect<Record<string, string>>('codeActionsOnSave')?.globalLanguageValue;
      assert.deepEqual(value, { 'source.fixAll.agencyDocs': 'explicit' });
      assert.equal(
        await vscode.commands.executeCommand('agencyDocs.enableFixAllOnSave'),
        false,
        'already on: nothing written again',
      );
    } finally {
      await config().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  test('turning a rule off in the settings removes its diagnostics', async () => {
    const doc = await open('minutes-zh.md');
    await waitFor('owner finding', () => codes(doc.uri).includes('action-missing-owner'));
    const config = vscode.workspace.getConfiguration('agencyDocs');
    await config.update('rules', { 'action-missing-owner': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('owner finding gone', () => !codes(doc.uri).includes('action-missing-owner'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('completion: missing sections as snippets after ##, team members after @', async () => {
    const sections = await completeAtEnd('---\ntype: brief\nclient: Northwind Coffee\n---\n# Creative brief\n\n## ');
    const button = sections.find((i) => label(i) === 'Button');
    assert.ok(button, `Button among: ${sections.map(label).join(', ')}`);
    assert.equal(button.kind, vscode.CompletionItemKind.Module);
    assert.ok(button.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    assert.match(button.insertText.value, /^## Button\n\n\$\{1:/);
    assert.ok(button.detail, 'the prompt as detail');

    const owners = (
      await completeAtEnd('---\ntype: minutes\n---\n# Minutes\n\n## Next actions\n\n- [ ] Call the printer @')
    ).map(label);
    assert.ok(owners.includes('@alice') && owners.includes('@张伟'), owners.join(', '));
    assert.equal(owners.filter((o) => o === '@alice').length, 1, 'one provider, one item');
  });

  test('hover on a section heading says what belongs there', async () => {
    const doc = await open('brief-en.md');
    const line = lineOf(doc, '## Objective');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(line, 4),
    );
    const ours = hovers.find((h) =>
      h.contents.some((c) => (typeof c === 'string' ? c : c.value).startsWith('**Objective**')),
    );
    assert.ok(ours, JSON.stringify(hovers.map((h) => h.contents)));
    assert.equal(ours.range?.start.line, line, 'the hover covers the heading');
  });

  test('the outline is not doubled: VS Code’s Markdown headings only, no second tree from the server', async () => {
    const brief = await open('brief-en.md');
    await waitFor('brief diagnostics', () => codes(brief.uri).includes('missing-section'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      brief.uri,
    );
    const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] =>
      list.flatMap((x) => [x, ...flat(x.children)]);
    const names = flat(symbols).map((x) => x.name);
    // VS Code's Markdown extension names a heading with its marks ("# Creative brief"); the server's tree named
    // it "Creative brief" (a File symbol) and doubled every heading in the Outline and breadcrumbs.
    assert.equal(names.filter((n) => /Creative brief$/.test(n)).length, 1, names.join(', '));
    assert.equal(names.filter((n) => /Objective$/.test(n)).length, 1, names.join(', '));
    assert.ok(
      !flat(symbols).some((x) => x.kind === vscode.SymbolKind.File || x.kind === vscode.SymbolKind.Event),
      names.join(', '),
    );
  });

  test('the completeness lens is on the title and its command runs on the server', async () => {
    const doc = await open('brief-en.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const lens = lenses.find((l) => l.command?.command === 'agencyDocs.showMissing');
    assert.ok(lens?.command, lenses.map((l) => l.command?.title).join(', '));
    assert.match(lens.command.title, /^Creative brief · \d+\/\d+ sections/);
    assert.equal(lens.range.start.line, lineOf(doc, '# Creative brief'));
    // workspace/executeCommand resolves once the server has answered; the server then asks to show
    // what is missing (window/showMessageRequest) and must still be the same process afterwards.
    const [pid] = serverPids();
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(serverPids(), [pid]);
  });

  test('go to definition, references and workspace symbols for a job number', async () => {
    const doc = await open('brief-en.md');
    const at = new vscode.Position(lineOf(doc, 'job: NW-2026-014'), 8);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      at,
    );
    // Every document whose `job:` is this number (VS Code sorts them by file).
    const targets = defs.map((d) => ('uri' in d ? d.uri : d.targetUri).path.split('/').pop());
    assert.deepEqual(targets.sort(), ['brief-en.md', 'job-en.md']);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      at,
    );
    assert.deepEqual([...new Set(refs.map((r) => r.uri.path.split('/').pop()))].sort(), ['brief-en.md', 'job-en.md']);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'NW-2026-014',
    );
    const job = symbols.find((s) => s.name === 'NW-2026-014' && s.location.uri.path.endsWith('/job-en.md'));
    assert.ok(job, symbols.map((s) => s.name).join(', '));
    assert.equal(
      job.location.range.start.line,
      lineOf(await vscode.workspace.openTextDocument(job.location.uri), 'job: NW-2026-014'),
    );
  });

  test('files created and deleted on disk reach the server (watched files)', async () => {
    const status = vscode.Uri.joinPath(folder(), 'status-watch.md');
    const card = vscode.Uri.joinPath(folder(), 'job-watch.md');
    await vscode.workspace.fs.writeFile(
      status,
      Buffer.from(
        '---\ntype: status\nclient: Northwind Coffee\nweek: 2026-W47\nissued: 2026-11-20\n---\n# Weekly status report\n\n## Jobs in progress\n\n- NW-2026-077: rough cut, @alice, 2026-11-27\n\n## Completed\n\n- Scripts approved.\n\n## Next week\n\n- Rough cut review.\n',
      ),
    );
    try {
      const doc = await vscode.workspace.openTextDocument(status);
      await vscode.window.showTextDocument(doc);
      await waitFor('unknown-job', () => codes(status).includes('unknown-job'));
      await vscode.workspace.fs.writeFile(
        card,
        Buffer.from(
          '---\ntype: job\njob: NW-2026-077\nclient: Northwind Coffee\nopened: 2026-11-02 09:00\nschedule-sent: 2026-11-02 15:00\nowner: alice\ndue: 2026-12-01\nstatus: open\n---\n# Job card\n\n## Request\n\nA rough cut.\n\n## Deliverables\n\nOne video.\n\n## Schedule\n\n- Cut 2026-11-27.\n\n## Estimate\n\nUSD 1,000, signed 2026-11-03.\n',
        ),
      );
      await waitFor('unknown-job gone once the job card exists', () => !codes(status).includes('unknown-job'));
      await vscode.workspace.fs.delete(card);
      await waitFor('unknown-job back once the job card is deleted', () => codes(status).includes('unknown-job'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(card).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(status);
    }
  });

  test('a document that stops being Markdown loses its diagnostics (didClose)', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '---\ntype: brief\n---\n# Creative brief\n',
    });
    await vscode.window.showTextDocument(doc);
    await waitFor('brief findings', () => codes(doc.uri).includes('missing-section'));
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    await waitFor('findings cleared', () => codes(doc.uri).length === 0);
    await closeUntitled(doc);
  });

  test('“Restart the checker” replaces the server, which gets the open documents again', async () => {
    const doc = await open('brief-en.md');
    await waitFor('brief diagnostics', () => codes(doc.uri).includes('missing-section'));
    const before = serverPids();
    assert.equal(before.length, 1, `one server before: ${before.join(', ')}`);
    await vscode.commands.executeCommand('agencyDocs.restartServer');
    // The old server has been told to exit (shutdown, exit) and goes within moments; the new one is already there.
    assert.ok(
      serverPids().some((p) => p !== before[0]),
      'a new server once the command is done',
    );
    const after = await waitFor(
      'the old server gone',
      () => {
        const p = serverPids();
        return p.length === 1 ? p : undefined;
      },
      5000,
    );
    assert.notEqual(after[0], before[0]);
    await waitFor('brief diagnostics from the new server', () => codes(doc.uri).includes('missing-section'));
    // The old server's providers are gone: one item each, not two.
    const owners = (await completeAtEnd('Ask @')).map(label);
    assert.equal(owners.filter((o) => o === '@alice').length, 1, owners.join(', '));
    const templates = await vscode.commands.executeCommand<vscode.TextDocument>('agencyDocs.newDocument', 'memo', 'en');
    assert.match(templates.getText(), /^---\ntype: memo\n/);
    await closeUntitled(templates);
  });

  test('after a crash the server is started again on its own', async () => {
    const doc = await open('brief-en.md');
    await waitFor('brief diagnostics', () => codes(doc.uri).includes('missing-section'));
    const [pid] = serverPids();
    process.kill(pid, 'SIGKILL');
    const [next] = await waitFor('a new server', () => {
      const p = serverPids();
      return p.length === 1 && p[0] !== pid ? p : undefined;
    });
    assert.notEqual(next, pid);
    await waitFor('brief diagnostics after the crash', () => codes(doc.uri).includes('missing-section'));
    await waitFor('client running', () => api().client()?.isRunning());
  });

  test('a server that keeps crashing is left stopped, and “Restart the checker” brings it back', async () => {
    const doc = await open('brief-en.md');
    let pid = await waitFor('a server', () => serverPids()[0]);
    let kills = 0;
    for (;;) {
      process.kill(pid, 'SIGKILL');
      kills++;
      const next = await waitFor(
        'a new server',
        () => {
          const p = serverPids();
          return api().client()?.isRunning() && p.length === 1 && p[0] !== pid ? p[0] : undefined;
        },
        3000,
      ).catch(() => undefined);
      if (next === undefined) break;
      assert.ok(kills <= 4, 'started again after a fifth crash in a few minutes');
      pid = next;
    }
    assert.equal(api().client()?.isRunning(), false);
    assert.deepEqual(serverPids(), []);
    assert.deepEqual(codes(doc.uri), [], 'no stale diagnostics from the dead server');
    await vscode.commands.executeCommand('agencyDocs.restartServer');
    assert.equal(serverPids().length, 1);
    await waitFor('brief diagnostics once restarted', () => codes(doc.uri).includes('missing-section'));
  });
});
