/**
 * The workflow's editor side over real stdio (docs/workflow.md, "For the
 * editor"): the requests behind the VS Code commands — `agencyDocs/newStatus`,
 * `agencyDocs/exportActions`, `agencyDocs/exportHtml` — and the code actions
 * that create a file ("Start the minutes", "Create the estimate"), as the
 * bundled server answers an editor (test/helpers/lspClient.ts).
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import type { CodeAction, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { tempDir } from './helpers/temp';
import { editorCapabilities, LspTestClient } from './helpers/lspClient';
import { ExportActionsRequest, ExportHtmlRequest, NewStatusRequest } from '../server/lsp/protocol';
import { buildDocument } from '../server/core/document';
import { documentToHtml } from '../server/core/workflow/html';
import { htmlPageFromClient, loadOnce } from '../server/lsp/htmlExport';

const TODAY = '2026-11-26';

const CONFIG = {
  team: [{ name: 'ben' }, { name: 'carla' }, { name: 'alice' }, { name: '李娜' }, { name: 'lucia' }],
  clients: [
    { name: 'Northwind Coffee', aliases: ['Northwind'] },
    { name: '青山茶饮', aliases: ['Qingshan Tea'] },
    { name: 'Cervecería Sol de Mayo', aliases: ['Sol de Mayo'] },
  ],
};

/** In progress, no estimate: `estimate-missing`, whose fix creates the estimate. */
const JOB_EN = `---
type: job
job: NW-2026-016
client: Northwind Coffee
opened: 2026-11-09 10:00
owner: carla
due: 2026-12-02
status: in-progress
schedule-sent: 2026-11-09 16:00
---

# Job card NW-2026-016: in-store materials

## Request

Point-of-sale materials for the launch.

## Deliverables

- Chiller wobbler
- Door cling

## Schedule

Artwork by 2026-11-27.

## Estimate

## Sign-off

- Client: Emma Lindqvist, 2026-11-10
`;

const MINUTES_EN = `---
type: minutes
client: Northwind Coffee
job: NW-2026-016
meeting: 2026-11-16 10:00
issued: 2026-11-16 17:00
attendees: [Emma Lindqvist, Ben Harper]
distribution: [Emma Lindqvist]
---

# Meeting minutes: in-store review

## Decisions

- Wobbler approved, with the "cold = new" line.

## Next actions

- [ ] Send the wobbler artwork @ben due 2026-11-20
- [x] Book the printer @carla due 2026-11-18
- [ ] Confirm the door cling size @carla due 2026-11-27
`;

const AGENDA_ZH = `---
type: 会议议程
客户: 青山茶饮
会议时间: 2026-11-30 14:00
发出日期: 2026-11-26 16:00
参会人员: 刘明、陈晓雨；张伟、李娜
地点: 上海办公室
---

# 会议议程：达人种草方案沟通

## 会议目的

确认达人名单。

## 议题

1. 达人名单初稿 @陈杰 25 分钟
2. 预算分配与下一步 @李娜 10 分钟

## 会议资料

- 达人名单初稿
`;

const AGENDA_ES = `---
type: agenda
cliente: Cervecería Sol de Mayo
reunión: 2026-11-30 12:00
emitido: 2026-11-26 10:00
asistentes:
  - Lucía Gómez
  - Mateo Ruiz
---

# Orden del día: revisión del estand

## Objetivo

Aprobar los renders del estand.

## Temas

- Renders del estand «Patio andaluz» @lucia 30 min
- Presupuesto de construcción @lucia 15 min

## Materiales

- Renders en PDF
`;

function workspace(): string {
  const root = tempDir('wf-lsp-requests-');
  writeFileSync(join(root, '.agency-docs.json'), JSON.stringify(CONFIG, null, 2));
  for (const d of ['northwind', 'qingshan', 'sol']) mkdirSync(join(root, d));
  writeFileSync(join(root, 'northwind', 'NW-2026-016.job.md'), JOB_EN);
  writeFileSync(join(root, 'northwind', 'in-store-review.minutes.md'), MINUTES_EN);
  writeFileSync(join(root, 'qingshan', 'kol-plan-agenda.md'), AGENDA_ZH);
  writeFileSync(join(root, 'sol', '2026-11-30-orden-del-dia.md'), AGENDA_ES);
  return root;
}

const uriIn = (root: string, ...parts: string[]) => pathToFileURL(join(root, ...parts)).toString();

type Made = { uri: string; path: string; text: string };
function made(r: NewStatusRequest.Result): Made {
  assert.ok(!('message' in r), 'message' in r ? r.message : '');
  return r as Made;
}

describe('workflow requests and file-creating code actions over stdio', function () {
  this.timeout(30000);
  let root: string;
  let client: LspTestClient;

  before(async () => {
    root = workspace();
    ({ client } = await LspTestClient.start({
      cwd: root,
      today: TODAY,
      rootUri: pathToFileURL(root).toString(),
      settings: {},
      capabilities: editorCapabilities(),
    }));
    await client.logLine('agency-docs: indexed');
  });
  after(async () => {
    await client?.stop();
  });

  describe('agencyDocs/newStatus', () => {
    it('several clients and none named: a plain message and the clients to pick from; no file written', async () => {
      const r = await client.request(NewStatusRequest.type, { folder: pathToFileURL(root).toString() });
      assert.ok('message' in r);
      assert.match(r.message, /several clients/);
      assert.deepEqual(r.clients, ['Cervecería Sol de Mayo', 'Northwind Coffee', '青山茶饮']);
    });

    it('en: the report for a client (an alias names it), in the folder given, with the job card and the overdue action linked; the server writes nothing', async () => {
      const r = made(
        await client.request(NewStatusRequest.type, {
          client: 'Northwind',
          week: '2026-W48',
          folder: pathToFileURL(root).toString(),
        }),
      );
      assert.equal(r.path, join(root, 'status-2026-w48.md'));
      assert.equal(r.uri, uriIn(root, 'status-2026-w48.md'));
      assert.ok(!existsSync(r.path), 'the client writes the file');
      const doc = buildDocument(r.path, r.text);
      assert.equal(doc.type?.id, 'status');
      assert.equal(doc.lang, 'en');
      assert.match(r.text, /^client: Northwind Coffee$/m);
      assert.match(r.text, /^week: 2026-W48$/m);
      assert.match(r.text, /\[NW-2026-016\]\(northwind\/NW-2026-016\.job\.md#L3\)/);
      assert.match(
        r.text,
        /Send the wobbler artwork @ben due 2026-11-20 \(overdue\) \(\[[^\]]*\]\(northwind\/in-store-review\.minutes\.md#L19\)\)/,
      );
    });

    it("zh: the language is read from the text of the client's documents on disk (not open), and a week is any date in it", async () => {
      const r = made(
        await client.request(NewStatusRequest.type, {
          client: 'Qingshan Tea',
          week: '2026-11-26',
          folder: pathToFileURL(root).toString(),
        }),
      );
      assert.equal(buildDocument(r.path, r.text).lang, 'zh');
      assert.match(r.text, /^# 工作进度报告：青山茶饮/m);
      assert.match(r.text, /^week: 2026-W48$/m);
    });

    it('a report already there is never the answer: the next free name is', async () => {
      writeFileSync(join(root, 'status-2026-w49.md'), '# mine\n');
      const r = made(
        await client.request(NewStatusRequest.type, {
          client: 'Sol de Mayo',
          week: '2026-W49',
          folder: pathToFileURL(root).toString(),
        }),
      );
      assert.equal(r.path, join(root, 'status-2026-w49-2.md'));
      assert.equal(readFileSync(join(root, 'status-2026-w49.md'), 'utf8'), '# mine\n');
      assert.equal(buildDocument(r.path, r.text).lang, 'es');
    });

    it('a week that is not one, and an unknown language: a plain message', async () => {
      const week = await client.request(NewStatusRequest.type, {
        client: 'Northwind',
        week: 'next Tuesday-ish',
        folder: pathToFileURL(root).toString(),
      });
      assert.ok('message' in week && /is not a week/.test(week.message), JSON.stringify(week));
      const lang = await client.request(NewStatusRequest.type, {
        client: 'Northwind',
        lang: 'fr',
        folder: pathToFileURL(root).toString(),
      });
      assert.ok('message' in lang && /not a document language/.test(lang.message), JSON.stringify(lang));
    });
  });

  describe('agencyDocs/exportActions', () => {
    it('CSV: every action of the workspace (done too), one row each, parsed back as a table', async () => {
      const r = await client.request(ExportActionsRequest.type, { format: 'csv' });
      assert.ok(r.text.startsWith('\uFEFFowner,due,status,text,document,line,job,client\r\n'));
      const rows = parseCsv(r.text, { bom: true, columns: true }) as Record<string, string>[];
      assert.equal(r.count, rows.length);
      const mine = rows.filter((x) => x.document === 'northwind/in-store-review.minutes.md');
      assert.deepEqual(
        mine.map((x) => [x.owner, x.due, x.status, x.line, x.job, x.client]),
        [
          ['ben', '2026-11-20', 'overdue', '19', 'NW-2026-016', 'Northwind Coffee'],
          ['carla', '2026-11-18', 'done', '20', 'NW-2026-016', 'Northwind Coffee'],
          ['carla', '2026-11-27', 'open', '21', 'NW-2026-016', 'Northwind Coffee'],
        ],
      );
      assert.match(mine[0].text, /^Send the wobbler artwork/);
    });

    it('ICS: one all-day event per open action with a due date; parses with ical.js', async () => {
      const r = await client.request(ExportActionsRequest.type, { format: 'ics' });
      const cal = new ICAL.Component(ICAL.parse(r.text) as unknown[]);
      const events = cal.getAllSubcomponents('vevent');
      assert.equal(events.length, r.count);
      const summaries = events.map((e) => String(e.getFirstPropertyValue('summary')));
      assert.ok(summaries.some((s) => s.startsWith('Send the wobbler artwork')));
      assert.ok(summaries.some((s) => s.startsWith('Confirm the door cling size')));
      assert.ok(!summaries.some((s) => s.startsWith('Book the printer')), 'done actions are not on the calendar');
    });
  });

  describe('agencyDocs/exportHtml', () => {
    it('an open document is exported as the editor has it (unsaved words too), beside it, in its language', async () => {
      const uri = uriIn(root, 'sol', '2026-11-30-orden-del-dia.md');
      await client.open(uri, AGENDA_ES.replace('Aprobar los renders', 'Aprobar hoy los renders'));
      const r = await client.request(ExportHtmlRequest.type, { uri });
      assert.ok(!('message' in r));
      assert.equal(r.path, join(root, 'sol', '2026-11-30-orden-del-dia.html'));
      assert.equal(r.uri, uriIn(root, 'sol', '2026-11-30-orden-del-dia.html'));
      const tree = fromHtml(r.html, { onerror: (e) => assert.fail(`not well formed: ${e.reason}`) });
      assert.equal(
        (tree.children.find((c) => c.type === 'element' && c.tagName === 'html') as Element | undefined)?.properties
          .lang,
        'es',
      );
      assert.match(r.html, /Aprobar hoy los renders/);
      assert.ok(!existsSync(r.path), 'the client writes the file');
      client.close(uri);
    });

    it('a document that is not open is read from the disk; one that cannot be read gets a plain message', async () => {
      const r = await client.request(ExportHtmlRequest.type, {
        uri: uriIn(root, 'northwind', 'in-store-review.minutes.md'),
      });
      assert.ok(!('message' in r));
      assert.match(r.html, /<html lang="en"/);
      assert.match(r.html, /Send the wobbler artwork/);
      const missing = await client.request(ExportHtmlRequest.type, { uri: uriIn(root, 'nowhere.md') });
      assert.ok('message' in missing && /could not be read/.test(missing.message));
    });
  });

  describe("the page's code, a bundle of its own loaded on the first export", () => {
    const DIST = join(__dirname, '..', 'dist');
    /** Strings of the page's code (the sanitizer's prefix, an error of the HTML parser, remark-rehype's option). */
    const MARKS = ['user-content-', 'abrupt-closing-of-empty-comment', 'allowDangerousHtml'];
    const minutesPage = () =>
      documentToHtml(buildDocument(join(root, 'northwind', 'in-store-review.minutes.md'), MINUTES_EN));

    it('is in dist/html.js and dist/web/html.js, not in the servers', () => {
      for (const [file, holds] of [
        ['server-main.js', false],
        ['web/server.js', false],
        ['html.js', true],
        ['web/html.js', true],
      ] as const) {
        const code = readFileSync(join(DIST, file), 'utf8');
        for (const m of MARKS) assert.equal(code.includes(m), holds, `${m} in dist/${file}`);
      }
    });

    it('the desktop server requires dist/html.js only when asked for a page, with the code cache or without; the page is the CLI’s', async () => {
      const saved = { debug: process.env.NODE_DEBUG, cache: process.env.AGENCY_DOCS_CODE_CACHE };
      const cacheDir = tempDir('wf-lsp-cache-');
      const loaded = (c: LspTestClient) => c.stderr.includes(`load "${join(DIST, 'html.js')}"`);
      try {
        // Node logs each module it loads (NODE_DEBUG=module); the second start with the cache runs the cached code.
        process.env.NODE_DEBUG = 'module';
        for (const cache of [undefined, cacheDir, cacheDir]) {
          if (cache) process.env.AGENCY_DOCS_CODE_CACHE = cache;
          else delete process.env.AGENCY_DOCS_CODE_CACHE;
          const { client: c } = await LspTestClient.start({
            cwd: root,
            today: TODAY,
            rootUri: pathToFileURL(root).toString(),
            settings: {},
            capabilities: editorCapabilities(),
          });
          try {
            await c.logLine('agency-docs: indexed');
            assert.ok(!loaded(c), `not loaded at start (cache: ${cache ?? 'none'})`);
            const uri = uriIn(root, 'northwind', 'in-store-review.minutes.md');
            const r = await c.request(ExportHtmlRequest.type, { uri });
            assert.ok('html' in r, JSON.stringify(r));
            assert.equal(r.html, minutesPage());
            assert.ok(loaded(c), `loaded on the first export (cache: ${cache ?? 'none'})`);
          } finally {
            await c.stop();
          }
        }
        assert.ok(
          readdirSync(cacheDir).some((f) => f.endsWith('.v8cache')),
          'the code cache was written',
        );
      } finally {
        for (const [name, value] of [
          ['NODE_DEBUG', saved.debug],
          ['AGENCY_DOCS_CODE_CACHE', saved.cache],
        ] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });

    it("the browser's server gets dist/web/html.js from the client as text: the same page; a failure is retried on the next export", async () => {
      const source = readFileSync(join(DIST, 'web', 'html.js'), 'utf8');
      const asked: unknown[] = [];
      let answer: string | null = null;
      const connection = {
        sendRequest: async (_type: unknown, params: unknown) => {
          asked.push(params);
          return answer;
        },
      } as unknown as Parameters<typeof htmlPageFromClient>[0];
      const page = loadOnce(htmlPageFromClient, connection);
      await assert.rejects(page(), /did not give/);
      answer = source;
      const { pageHtml } = await page();
      await page();
      assert.deepEqual(asked, [{ name: 'html' }, { name: 'html' }], 'asked again after the failure, then kept');
      const path = join(root, 'northwind', 'in-store-review.minutes.md');
      const { parseMarkdown } = await import('../server/core/markdown');
      assert.equal(pageHtml(buildDocument(path, MINUTES_EN), parseMarkdown(MINUTES_EN)), minutesPage());
    });
  });

  describe('code actions that create a file', () => {
    it('"Create the estimate": CreateFile that never overwrites, the estimate\'s text, and the card\'s estimate: line', async () => {
      const uri = uriIn(root, 'northwind', 'NW-2026-016.job.md');
      const pub = await client.open(uri, JOB_EN);
      const d = pub.diagnostics.find((x) => x.code === 'estimate-missing');
      assert.ok(d, pub.diagnostics.map((x) => x.code).join(', '));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.title === 'Create the estimate');
      assert.ok(fix, actions.map((a) => a.title).join(', '));
      const [create, fill, card] = fix.edit!.documentChanges! as [CreateFile, TextDocumentEdit, TextDocumentEdit];
      assert.equal(create.kind, 'create');
      assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
      assert.equal(create.uri, uriIn(root, 'northwind', 'NW-2026-016.estimate.md'));
      assert.equal(fill.textDocument.uri, create.uri);
      const estimate = buildDocument('e.md', (fill.edits[0] as TextEdit).newText);
      assert.equal(estimate.type?.id, 'estimate');
      assert.equal(estimate.frontMatter?.field('job')?.text, 'NW-2026-016');
      assert.equal(card.textDocument.uri, uri);
      assert.equal(card.textDocument.version, 1);
      assert.deepEqual(
        card.edits.map((e) => (e as TextEdit).newText),
        ['\nestimate: NW-2026-016.estimate.md'],
      );
      // An estimate of that name already on disk: the fix goes to the next free name.
      writeFileSync(join(root, 'northwind', 'NW-2026-016.estimate.md'), '# kept\n');
      const again = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const second = again.find((a) => a.title === 'Create the estimate')!.edit!.documentChanges![0] as CreateFile;
      assert.equal(second.uri, uriIn(root, 'northwind', 'NW-2026-016-2.estimate.md'));
      client.close(uri);
    });

    it('"Start the minutes" on a Chinese agenda: CreateFile beside it and the minutes in Chinese; not offered elsewhere', async () => {
      const uri = uriIn(root, 'qingshan', 'kol-plan-agenda.md');
      await client.open(uri, AGENDA_ZH);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['refactor.agencyDocs.startMinutes'] },
      });
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'refactor.agencyDocs.startMinutes');
      const [create, fill] = actions[0].edit!.documentChanges! as [CreateFile, TextDocumentEdit];
      assert.deepEqual(create.options, { overwrite: false, ignoreIfExists: false });
      assert.equal(create.uri, uriIn(root, 'qingshan', 'kol-plan-minutes.md'));
      const minutes = buildDocument('m.md', (fill.edits[0] as TextEdit).newText);
      assert.equal(minutes.type?.id, 'minutes');
      assert.equal(minutes.lang, 'zh');
      const none = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uriIn(root, 'sol', '2026-11-30-orden-del-dia.md') },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['refactor.agencyDocs.startMinutes'] },
      });
      assert.deepEqual(none, [], 'a document that is not open gets no code action');
      client.close(uri);
      assert.deepEqual(client.errorsLogged(), []);
    });
  });
});
