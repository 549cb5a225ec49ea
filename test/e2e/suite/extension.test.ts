/** The extension in a real VS Code: diagnostics, quick fix, fix-all on save, snippets, new document, action view, settings. */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXT_ID = 'agency-docs.agency-docs';

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 30000): Promise<T> {
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

suite('Agency Docs in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is installed`);
    await ext.activate();
  });

  test('diagnostics appear for an English brief', async () => {
    const doc = await open('brief-en.md');
    const found = await waitFor('brief diagnostics', () => (codes(doc.uri).includes('missing-section') ? vscode.languages.getDiagnostics(doc.uri) : undefined));
    const d = found.find((x) => String((x.code as { value: string }).value ?? x.code) === 'missing-section')!;
    assert.equal(d.source, 'agency-docs');
    assert.match(d.message, /Button/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  test('diagnostics appear for Chinese minutes, at the right place', async () => {
    const doc = await open('minutes-zh.md');
    await waitFor('minutes diagnostics', () => codes(doc.uri).includes('action-missing-owner'));
    const d = vscode.languages.getDiagnostics(doc.uri).find((x) => String((x.code as { value: string }).value ?? x.code) === 'action-missing-owner')!;
    assert.equal(doc.lineAt(d.range.start.line).text, '- [ ] 确认拍摄场地');
  });

  test('a quick fix inserts the missing section and the diagnostic goes away', async () => {
    const doc = await open('brief-en.md');
    const d = await waitFor('missing-section', () => vscode.languages.getDiagnostics(doc.uri).find((x) => String((x.code as { value: string }).value ?? x.code) === 'missing-section'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('Button'));
    assert.ok(fix?.edit, `a fix for the Button section among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /## Button\n/);
    assert.ok(doc.getText().indexOf('## Button') < doc.getText().indexOf('## Support points'), 'inserted at its canonical place');
    await waitFor('missing-section gone', () => !codes(doc.uri).includes('missing-section'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('fix-all on save inserts the missing sections', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'save-fix.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('---\ntype: agenda\nclient: Northwind Coffee\nmeeting: 2026-12-10 10:00\nissued: 2026-12-01\nattendees: [alice]\nlocation: Room 2\n---\n# Meeting agenda\n\n## Purpose\n\nAgree the launch plan.\n'));
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
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 6));
    const labels = new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)));
    const types = ['strategy', 'brief', 'media-brief', 'agenda', 'minutes', 'status', 'job', 'research', 'competitor', 'factbook', 'account-plan', 'proposal', 'estimate', 'memo'];
    for (const t of types) for (const suffix of ['', '-zh', '-es']) assert.ok(labels.has(`agency-${t}${suffix}`), `snippet agency-${t}${suffix}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
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
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the action items view lists the workspace’s open actions', async () => {
    const api = vscode.extensions.getExtension(EXT_ID)!.exports as { actionsView: { getChildren(n?: unknown): Promise<{ kind: string; label?: string; items?: { text: string }[] }[]> } };
    const groups = await waitFor('action groups', async () => {
      const g = await api.actionsView.getChildren();
      return g.some((x) => x.label === '@张伟') ? g : undefined;
    });
    const all = groups.flatMap((g) => g.items ?? []).map((a) => a.text);
    assert.ok(all.some((t) => t.startsWith('发送修改后的分镜')), all.join(' | '));
    assert.ok(all.some((t) => t.startsWith('确认拍摄场地')), all.join(' | '));
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
});
