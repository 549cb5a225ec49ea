/**
 * The workflow commands in a real VS Code (docs/workflow.md, "For the
 * editor"): "Start the minutes" creates the minutes from an agenda and opens
 * them; "New status report" creates the report; "Export action items…"
 * writes a CSV; "Export as HTML" writes a well-formed page beside the
 * document; the "Create the estimate" quick fix creates the estimate. Each
 * test removes the files it made.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';

const EXT_ID = 'agency-docs.agency-docs';

interface Api {
  client(): { isRunning(): boolean } | undefined;
  ready: Promise<void>;
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

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Closes every editor without saving, then deletes the files (those that exist). */
async function cleanUp(...uris: vscode.Uri[]): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const u of uris) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
}

const AGENDA = `---
type: agenda
client: Northwind Coffee
job: NW-2026-014
meeting: 2026-11-30 10:00
issued: 2026-11-26 09:00
attendees:
  - Emma Lindqvist
  - Alice Chen
location: Portland office
---

# Meeting agenda: launch review

## Purpose

Agree the rough cut.

## Topics

1. Rough cut of the launch film @carla 25 min
2. Media plan: markets and timing @alice 20 min

## Materials

- Rough cut link
`;

const JOB_WITHOUT_ESTIMATE = `---
type: job
job: NW-2026-090
client: Northwind Coffee
opened: 2026-11-02 09:00
schedule-sent: 2026-11-02 15:00
owner: alice
due: 2026-12-01
status: in-progress
---
# Job card NW-2026-090: shelf talkers

## Request

Shelf talkers for the launch.

## Deliverables

- Shelf talker, large
- Shelf talker, small

## Schedule

- Artwork 2026-11-27.

## Estimate

## Sign-off

- Client: Emma Lindqvist, 2026-11-03
`;

suite('Agency Docs workflow commands in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `extension ${EXT_ID} is installed`);
    await ext.activate();
    const api = ext.exports as Api;
    await api.ready;
    await waitFor('the checker running', () => api.client()?.isRunning());
  });

  test('“Start the minutes” creates the minutes from an agenda in the workspace and opens them', async () => {
    const agenda = vscode.Uri.joinPath(folder(), 'launch-review.agenda.md');
    const minutes = vscode.Uri.joinPath(folder(), 'launch-review.minutes.md');
    await vscode.workspace.fs.writeFile(agenda, new TextEncoder().encode(AGENDA));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(agenda));
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.startMinutes');
      assert.ok(made, 'the command returns the new minutes');
      assert.equal(made.toString(), minutes.toString());
      // Written whole on disk, and open in the editor.
      const text = await readText(minutes);
      assert.match(text, /^type: minutes$/m);
      assert.match(text, /^client: Northwind Coffee$/m);
      assert.match(text, /^### 1\. Rough cut of the launch film$/m);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), minutes.toString());
      assert.equal(vscode.window.activeTextEditor?.document.isDirty, false);
      // The agenda is untouched.
      assert.equal(await readText(agenda), AGENDA);
      // Again: the minutes already there are kept, the new ones get the next free name.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(agenda));
      const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.startMinutes', agenda);
      assert.equal(second?.toString(), vscode.Uri.joinPath(folder(), 'launch-review-2.minutes.md').toString());
      assert.equal(await readText(minutes), text);
    } finally {
      await cleanUp(agenda, minutes, vscode.Uri.joinPath(folder(), 'launch-review-2.minutes.md'));
    }
  });

  test('“Start the minutes” on a document that is not an agenda creates nothing', async () => {
    const brief = vscode.Uri.joinPath(folder(), 'brief-en.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(brief));
    const before = (await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n).sort();
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.startMinutes');
    assert.equal(made, undefined);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n).sort(), before);
    await cleanUp();
  });

  test('“New status report” creates the report in the workspace and opens it', async () => {
    const report = vscode.Uri.joinPath(folder(), 'status-2026-w48.md');
    try {
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.newStatus', {
        client: 'Northwind Coffee',
        week: '2026-W48',
      });
      assert.ok(made, 'the command returns the report');
      assert.equal(made.toString(), report.toString());
      const text = await readText(report);
      assert.match(text, /^type: status$/m);
      assert.match(text, /^week: 2026-W48$/m);
      // The workspace's job card is in it, linked.
      assert.match(text, /\[NW-2026-014\]\(job-en\.md#L3\)/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), report.toString());
    } finally {
      await cleanUp(report);
    }
  });

  test('“Export action items…” writes the workspace’s actions as CSV', async () => {
    const csv = vscode.Uri.joinPath(folder(), 'exported-actions.csv');
    try {
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.exportActions', {
        format: 'csv',
        target: csv,
      });
      assert.equal(made?.toString(), csv.toString());
      const bytes = await vscode.workspace.fs.readFile(csv);
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark, for Excel');
      const rows = parseCsv(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Record<string, string>[];
      assert.ok(rows.length > 0, 'the workspace has action items');
      assert.deepEqual(Object.keys(rows[0]), ['owner', 'due', 'status', 'text', 'document', 'line', 'job', 'client']);
      assert.ok(
        rows.some((r) => r.document === 'minutes-zh.md'),
        JSON.stringify(rows),
      );
    } finally {
      await cleanUp(csv);
    }
  });

  test('“Export as HTML” writes a well-formed page beside the document', async () => {
    const source = vscode.Uri.joinPath(folder(), 'minutes-zh.md');
    const page = vscode.Uri.joinPath(folder(), 'minutes-zh.html');
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
      // `open: false`: the test does not start a browser.
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('agencyDocs.exportHtml', undefined, {
        open: false,
      });
      assert.equal(made?.toString(), page.toString());
      const html = await readText(page);
      const problems: string[] = [];
      fromHtml(html, {
        onerror: (e) => {
          problems.push(e.reason);
        },
      });
      assert.deepEqual(problems, [], 'well formed');
      assert.match(html, /^<!doctype html>/i);
      assert.match(html, /<html lang="zh-CN"/);
      assert.match(html, /青山茶饮/);
      assert.doesNotMatch(html, /<script/i);
    } finally {
      await cleanUp(page);
    }
  });

  test('the quick fix “Create the estimate” creates the estimate and links it from the job card', async () => {
    const card = vscode.Uri.joinPath(folder(), 'NW-2026-090.job.md');
    const estimate = vscode.Uri.joinPath(folder(), 'NW-2026-090.estimate.md');
    await vscode.workspace.fs.writeFile(card, new TextEncoder().encode(JOB_WITHOUT_ESTIMATE));
    try {
      const doc = await vscode.workspace.openTextDocument(card);
      await vscode.window.showTextDocument(doc);
      const d = await waitFor('estimate-missing', () =>
        vscode.languages
          .getDiagnostics(card)
          .find((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'estimate-missing'),
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        card,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.title === 'Create the estimate');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(!(await exists(estimate)));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(await exists(estimate), 'the estimate file is created');
      const est = await vscode.workspace.openTextDocument(estimate);
      assert.match(est.getText(), /^type: estimate$/m);
      assert.match(est.getText(), /^job: NW-2026-090$/m);
      assert.match(est.getText(), /Shelf talker, large/);
      assert.match(doc.getText(), /^estimate: NW-2026-090\.estimate\.md$/m);
      // Nothing of the card was rewritten: it only gained the line.
      assert.equal(doc.getText().replace(/\nestimate: [^\n]*/, ''), JOB_WITHOUT_ESTIMATE);
    } finally {
      await cleanUp(card, estimate);
    }
  });
});
