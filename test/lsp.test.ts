/**
 * The language server over real stdio, as an editor talks to it: the bundled
 * dist/server.js is spawned in a temporary workspace and driven by the shared
 * test client (test/helpers/lspClient.ts), which answers
 * workspace/configuration, client/registerCapability and
 * window/workDoneProgress/create like an editor does.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover,
  InitializeResult, Location, MarkupContent, PublishDiagnosticsParams,
  TextEdit, WorkspaceEdit, WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { tempDir } from './helpers/temp';
import { applyTextEdits, editorCapabilities, LspTestClient } from './helpers/lspClient';
import { DocumentStatusRequest, WorkspaceActionsRequest } from '../server/lsp/protocol';

const TODAY = '2026-11-22';

/** The 0-based line of the first line containing `needle`. */
function lineNo(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i;
}

// ---------------------------------------------------------------------------
// Documents of the workspace

const CONFIG = {
  team: [
    { name: 'alice', aliases: ['Alice Chen'], role: 'Account director' },
    { name: 'ben', aliases: ['Ben Harper'], role: 'Account executive' },
    { name: 'carla', aliases: ['Carla Mendes'], role: 'Creative director' },
    { name: 'tom', aliases: ['Tom Reilly'], role: 'Producer' },
    { name: '张伟', aliases: ['Zhang Wei'], role: '客户总监' },
    { name: '李娜', aliases: ['Li Na'], role: '客户经理' },
    { name: 'lucia', aliases: ['Lucía Fernández'], role: 'Directora de cuentas' },
    { name: 'mateo', aliases: ['Mateo Gómez'], role: 'Ejecutivo de cuentas' },
  ],
  clients: [
    { name: 'Northwind Coffee', aliases: ['Northwind'] },
    { name: '青山茶饮', aliases: ['Qingshan Tea'] },
    { name: 'Cervecería Sol de Mayo', aliases: ['Sol de Mayo'] },
  ],
};

/** An English creative brief without its Tone and Mandatories sections (6 of 8). */
const BRIEF_EN = `---
type: brief
client: Northwind Coffee
brand: Northwind Cold Brew
job: NW-2026-014
date: 2026-10-26
due: 2026-11-30
budget: USD 185,000
---

# Creative brief: launch film

## Objective

Drive trial of cold brew among commuters in the first eight weeks.

## Target consumer

Priya, 31, product designer who takes the light rail at 7:40.

## Button

Café-quality cold brew, ready the moment you are.

## Support points

- Steeped for 18 hours from single-origin beans.
- No added sugar; 45 calories per bottle.

## Deliverables

- One 30-second film and a 15-second cutdown.

## Sign-off

| Role | Name | Date |
|---|---|---|
| Account lead | Ben Harper | 2026-10-27 |
| Creative lead | Carla Mendes | 2026-10-27 |
| Client | Daniel Brooks | 2026-10-28 |
`;
const BRIEF_TITLE_LINE = lineNo(BRIEF_EN, '# Creative brief');

/** Chinese minutes: an action line with CJK text and emoji before an ambiguous date, and an action without owner. */
const MINUTES_ZH = `---
type: 会议纪要
客户: 青山茶饮
会议时间: 2026-11-20 14:00
发出日期: 2026-11-20 19:00
参会人员: 刘明、张伟、李娜
抄送: 刘明、张伟、李娜
---

# 会议纪要：达人种草方案沟通

## 结论

- 内容方向选定“办公室下午三点”场景。

## 后续行动

- [ ] 提交达人名单给客户 @张伟 截止：2026-11-27
- [ ] 🎉 确认第二波上线时间 🚀 @李娜 截止：25/12/2026
- [ ] 整理参考笔记各 10 篇 截止：2026-11-26
`;
const ZH_EMOJI_LINE = lineNo(MINUTES_ZH, '🎉');
const ZH_NO_OWNER_LINE = lineNo(MINUTES_ZH, '整理参考笔记');

/** Spanish minutes: one action without owner, one without due date. */
const MINUTES_ES = `---
type: minutes
cliente: Cervecería Sol de Mayo
reunión: 2026-11-16 11:00
emitido: 2026-11-17 09:00
asistentes: Javier Morales, Lucía Fernández, Mateo Gómez
distribución: Javier Morales, Lucía Fernández, Mateo Gómez
---

# Acta de reunión: revisión del estand

## Acuerdos

- Se elige la propuesta «Patio andaluz».

## Próximos pasos

- [ ] Enviar los renders finales @mateo fecha límite: 2026-11-27
- [ ] Pedir tres presupuestos de construcción fecha límite: 2026-11-30
- [ ] Confirmar la acometida eléctrica @lucia
`;
const ES_NO_OWNER_LINE = lineNo(MINUTES_ES, 'Pedir tres');
const ES_NO_DUE_LINE = lineNo(MINUTES_ES, 'Confirmar la acometida');

/** English minutes with actions for owners, dates and the workspace action list. */
const MINUTES_EN = `---
type: minutes
client: Northwind Coffee
meeting: 2026-11-18 10:00
issued: 2026-11-18 17:00
attendees: Emma Lindqvist, alice, ben
distribution: Emma Lindqvist, alice, ben
---

# Meeting minutes: launch review

## Decisions

- Rough cut approved with a shorter platform scene.

## Next actions

- [ ] Send the revised storyboard @alice due 2026-11-27
- [ ] Book the voice-over session @ben due 2026-11-20
- [x] Circulate these minutes @ben due 2026-11-18
`;

const JOB_014 = `---
type: job
job: NW-2026-014
client: Northwind Coffee
opened: 2026-10-26 09:30
owner: ben
due: 2026-12-11
status: in-progress
schedule-sent: 2026-10-26 17:00
estimate: USD 182,400
---

# Job card NW-2026-014: launch film and OOH

## Request

Launch film and transit OOH for the January listing.

## Deliverables

- 30-second film and 15-second cutdown

## Schedule

- Shoot 2026-11-12

## Estimate

USD 182,400, signed by the client on 2026-10-30.
`;
const JOB_014_TITLE = 'Job card NW-2026-014: launch film and OOH';

const JOB_015 = JOB_014.replace(/NW-2026-014/g, 'NW-2026-015').replace('launch film and OOH', 'transit media bookings');

const STATUS_EN = `---
type: status
client: Northwind Coffee
week: 2026-W47
issued: 2026-11-20
---

# Weekly status report: week 47

## Jobs in progress

| Job | Next step | Owner | Due | Status |
|---|---|---|---|---|
| NW-2026-014 | Deliver the online edit | @tom | 2026-11-27 | in progress |
| NW-2026-015 | Confirm transit bookings | @alice | 2026-11-25 | in progress |

## Completed

- NW-2026-014: rough cut approved on 2026-11-18.

## Next week

- Online edit review call with the client.
`;
const STATUS_014_LINE = lineNo(STATUS_EN, '| NW-2026-014');
const STATUS_015_LINE = lineNo(STATUS_EN, '| NW-2026-015');

// ---------------------------------------------------------------------------
// Helpers

/** The edits a workspace edit makes to one document (both `changes` and `documentChanges`). */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line];
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as MarkupContent).value;
}

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!r) return [];
  return Array.isArray(r) ? r : r.items;
}

/** A diagnostic's message as text. */
function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code)).sort();
}

function summary(p: PublishDiagnosticsParams): string {
  return JSON.stringify(p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`));
}

interface StartOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Offer workspace/configuration and dynamic watcher registration (default true). */
  pull?: boolean;
  positionEncodings?: string[];
}

/** The shared test client (test/helpers/lspClient.ts), started in a workspace with an editor's capabilities. */
type Client = LspTestClient;
const Client = {
  start: (root: string, opts: StartOptions = {}) => LspTestClient.start({
    cwd: root, today: TODAY, rootUri: pathToFileURL(root).toString(), locale: opts.locale, settings: opts.settings ?? {},
    capabilities: editorCapabilities({ pull: opts.pull, positionEncodings: opts.positionEncodings }),
  }),
};

function makeWorkspace(): string {
  const root = tempDir('agency-docs-lsp-');
  writeFileSync(join(root, '.agency-docs.json'), JSON.stringify(CONFIG, null, 2));
  mkdirSync(join(root, 'jobs'));
  writeFileSync(join(root, 'jobs', 'NW-2026-014-launch-film.md'), JOB_014);
  writeFileSync(join(root, 'jobs', 'NW-2026-015-transit.md'), JOB_015);
  writeFileSync(join(root, 'status-w47.md'), STATUS_EN);
  writeFileSync(join(root, 'launch-brief.md'), BRIEF_EN);
  writeFileSync(join(root, 'launch-review-minutes.md'), MINUTES_EN);
  mkdirSync(join(root, 'qingshan'));
  writeFileSync(join(root, 'qingshan', 'kol-minutes.md'), MINUTES_ZH);
  mkdirSync(join(root, 'sol-de-mayo'));
  writeFileSync(join(root, 'sol-de-mayo', 'acta-estand.md'), MINUTES_ES);
  writeFileSync(join(root, 'notes.md'), '# Notes\n\nJust a plain note.\n');
  return root;
}

const uriIn = (root: string, ...parts: string[]) => pathToFileURL(join(root, ...parts)).toString();

function diag(p: PublishDiagnosticsParams, code: string, line?: number): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code && (line === undefined || x.range.start.line === line));
  assert.ok(d, `expected a ${code} diagnostic${line === undefined ? '' : ` on line ${line}`}; got ${summary(p)}`);
  return d;
}

// ---------------------------------------------------------------------------

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30000);
  let root: string;
  let client: Client;
  let init: InitializeResult;
  let uris: { brief: string; zh: string; es: string; minutes: string; status: string; job14: string; job15: string };

  before(async () => {
    root = makeWorkspace();
    uris = {
      brief: uriIn(root, 'launch-brief.md'),
      zh: uriIn(root, 'qingshan', 'kol-minutes.md'),
      es: uriIn(root, 'sol-de-mayo', 'acta-estand.md'),
      minutes: uriIn(root, 'launch-review-minutes.md'),
      status: uriIn(root, 'status-w47.md'),
      job14: uriIn(root, 'jobs', 'NW-2026-014-launch-film.md'),
      job15: uriIn(root, 'jobs', 'NW-2026-015-transit.md'),
    };
    ({ client, init } = await Client.start(root));
  });

  after(async () => {
    if (client) await client.stop();
    if (client?.exitCode === undefined) client?.proc.kill('SIGKILL');
    if (root) rmSync(root, { recursive: true, force: true });
  });

  describe('initialize', () => {
    it('advertises the capabilities an editor needs', () => {
      const c = init.capabilities;
      const sync = c.textDocumentSync;
      assert.ok(sync && typeof sync === 'object', 'textDocumentSync should be an options object');
      assert.equal(sync.change, 2, 'incremental sync (TextDocumentSyncKind.Incremental = 2)');
      assert.equal(sync.openClose, true);
      assert.ok(c.codeActionProvider && typeof c.codeActionProvider === 'object', 'codeActionProvider with options');
      assert.ok(c.codeActionProvider.codeActionKinds?.includes('quickfix'), 'kind quickfix');
      assert.ok(c.codeActionProvider.codeActionKinds?.includes('source.fixAll.agencyDocs'), 'kind source.fixAll.agencyDocs');
      assert.ok(c.completionProvider, 'completionProvider');
      assert.ok(c.completionProvider.triggerCharacters?.includes('@'), '@ triggers completion');
      for (const k of ['hoverProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'definitionProvider', 'referencesProvider', 'codeLensProvider'] as const) {
        assert.ok(c[k], `${k} should be advertised`);
      }
      assert.equal(c.positionEncoding, 'utf-16');
      assert.equal(init.serverInfo?.name, 'agency-docs');
    });

    it('after initialized: pulls agencyDocs settings, registers its watchers, reports indexing progress', async () => {
      await client.waitFor('workspace/configuration request', () => (client.configurationRequests > 0 ? true : undefined));
      const watch = await client.waitFor('registration of workspace/didChangeWatchedFiles', () =>
        client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      const globs = JSON.stringify(watch.registerOptions);
      assert.match(globs, /md/, `the watchers should cover Markdown files: ${globs}`);
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'didChangeConfiguration registered');
      await client.waitFor('window/workDoneProgress/create', () => (client.progressTokens.length ? true : undefined));
    });
  });

  describe('diagnostics', () => {
    it('an English brief: missing-section with source, code, codeDescription, data and version', async () => {
      const p = await client.open(uris.brief, BRIEF_EN, 1);
      assert.equal(p.version, 1);
      assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
      const sections = p.diagnostics.map((d) => (d.data as { section?: string }).section).sort();
      assert.deepEqual(sections, ['mandatories', 'tone']);
      for (const d of p.diagnostics) {
        assert.equal(d.source, 'agency-docs');
        assert.equal(d.severity, 1, 'missing-section is an error');
        assert.equal(d.range.start.line, BRIEF_TITLE_LINE, 'a missing section is reported on the title');
        assert.equal((d.data as { rule?: string }).rule, 'missing-section');
        assert.ok(d.codeDescription?.href, 'codeDescription.href should link to the rule documentation');
        assert.match(d.codeDescription.href, /#missing-section$/);
        assert.doesNotThrow(() => new URL(d.codeDescription!.href));
        assert.match(msg(d), /Tone|Mandatories/);
        assert.equal((d.data as { version?: number }).version, 1, 'data.version is the checked version');
      }
    });

    it('ordinary Markdown (no type): no diagnostic, no lens, no status', async () => {
      const uri = uriIn(root, 'notes.md');
      const p = await client.open(uri, '# Notes\n\n## Ideas\n\nJust a plain note, due 2026-02-30 maybe.\n');
      assert.deepEqual(p.diagnostics, []);
      assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
      assert.equal(await client.request(DocumentStatusRequest.type, { uri }), null);
      client.close(uri);
    });

    it('Chinese minutes: ambiguous date after CJK and emoji at exact UTF-16 columns, action without owner', async () => {
      const p = await client.open(uris.zh, MINUTES_ZH, 1);
      assert.deepEqual(codes(p), ['action-missing-owner', 'ambiguous-date'], summary(p));
      const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
      const line = lineOf(MINUTES_ZH, ZH_EMOJI_LINE);
      const col = line.indexOf('25/12/2026'); // UTF-16 code units, like LSP's default encoding
      assert.ok(col > 0 && [...line.slice(0, col)].length < col, 'the line has astral emoji before the date');
      assert.deepEqual(amb.range, { start: { line: ZH_EMOJI_LINE, character: col }, end: { line: ZH_EMOJI_LINE, character: col + 10 } });
      assert.equal(amb.severity, 2);
      const owner = diag(p, 'action-missing-owner', ZH_NO_OWNER_LINE);
      assert.equal(owner.severity, 1);
      assert.equal(owner.range.start.character, 0, JSON.stringify(owner.range));
    });

    it('Spanish minutes: action without owner and action without due date', async () => {
      const p = await client.open(uris.es, MINUTES_ES, 1);
      assert.deepEqual(codes(p), ['action-missing-due', 'action-missing-owner'], summary(p));
      diag(p, 'action-missing-owner', ES_NO_OWNER_LINE);
      diag(p, 'action-missing-due', ES_NO_DUE_LINE);
      for (const d of p.diagnostics) assert.equal(d.source, 'agency-docs');
    });

    it('didChange: an incremental edit that fixes a problem removes it from that version’s publish', async () => {
      const line = lineOf(client.texts.get(uris.es)!, ES_NO_OWNER_LINE);
      const at = line.indexOf(' fecha límite');
      const v = client.change(uris.es, [{ range: { start: { line: ES_NO_OWNER_LINE, character: at }, end: { line: ES_NO_OWNER_LINE, character: at } }, text: ' @mateo' }]);
      const p = await client.waitVersion(uris.es, v);
      assert.deepEqual(codes(p), ['action-missing-due'], summary(p));
    });

    it('didChange: an edit that adds a problem makes it appear', async () => {
      const text = client.texts.get(uris.es)!;
      const lastLine = text.split('\n').length - 1; // the empty line after the final newline
      const v = client.change(uris.es, [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: '- [ ] Reservar el camión de la barra @lucia\n' }]);
      const p = await client.waitVersion(uris.es, v);
      assert.deepEqual(codes(p), ['action-missing-due', 'action-missing-due'], summary(p));
      diag(p, 'action-missing-due', lastLine);
    });

    it('didClose: the closed document\'s problems as on disk (Problems for the workspace); with `openFiles`, none', async () => {
      const from = client.publishes.length;
      client.close(uris.es);
      const p = await client.waitPublish(uris.es, 'after didClose', () => true, from);
      assert.equal(p.version, undefined);
      assert.ok(p.diagnostics.length > 0 && p.diagnostics.every((d) => (d.data as { version: number }).version === -1), summary(p));
      const only = await Client.start(root, { settings: { problems: 'openFiles' } });
      try {
        await only.client.open(uris.es, readFileSync(fileURLToPath(uris.es), 'utf8'));
        const at = only.client.publishes.length;
        only.client.close(uris.es);
        const q = await only.client.waitPublish(uris.es, 'after didClose', () => true, at);
        assert.deepEqual(q.diagnostics, []);
      } finally {
        await only.client.stop();
      }
    });

    it('messages follow the client’s locale: zh-cn gives Chinese, es gives Spanish', async () => {
      const zh = await Client.start(root, { locale: 'zh-cn' });
      const es = await Client.start(root, { locale: 'es' });
      try {
        const [pz, pe] = await Promise.all([zh.client.open(uris.brief, BRIEF_EN), es.client.open(uris.brief, BRIEF_EN)]);
        assert.deepEqual(codes(pz), ['missing-section', 'missing-section'], summary(pz));
        assert.deepEqual(codes(pe), ['missing-section', 'missing-section'], summary(pe));
        // Named as the fix writes it (the document's English), the user's Chinese name beside it.
        for (const d of pz.diagnostics) assert.match(msg(d), /^缺少「.+」（.+）部分/);
        for (const d of pe.diagnostics) assert.match(msg(d), /^Falta la sección «.+»/);
        // The same English document in the English client says it in English.
        const pen = client.lastPublish(uris.brief)!;
        for (const d of pen.diagnostics) assert.match(msg(d), /^Add a “.+” section/);
        // The rule's code links the rule reference in the client's language.
        for (const d of pz.diagnostics) assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.zh-cn\.md#missing-section$/);
        for (const d of pe.diagnostics) assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.es\.md#missing-section$/);
        for (const d of pen.diagnostics) assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.md#missing-section$/);
        // Fix titles follow the locale too.
        const d = pz.diagnostics[0];
        const actions = await zh.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uris.brief }, range: d.range, context: { diagnostics: [d] } });
        assert.ok(actions.some((a) => /^添加.+部分$/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
      } finally {
        await Promise.all([zh.client.stop(), es.client.stop()]);
      }
    });
  });

  describe('code actions', () => {
    const uri = () => uriIn(root, 'fix-me.brief.md');

    it('missing-section: a quick fix inserts the heading; after applying it the finding is gone', async () => {
      const p = await client.open(uri(), BRIEF_EN, 1);
      const tone = p.diagnostics.find((d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'tone');
      assert.ok(tone, summary(p));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() }, range: tone.range, context: { diagnostics: [tone], triggerKind: 1 },
      });
      const fix = actions.find((a) => a.kind === 'quickfix' && /Tone/.test(a.title));
      assert.ok(fix, `a quick fix for Tone; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(fix.isPreferred, true);
      assert.ok(fix.diagnostics?.some((d) => d.code === 'missing-section'), 'the fix names the diagnostic it fixes');
      assert.ok(actions.some((a) => a.kind === 'quickfix' && /^Add all 2 missing sections$/.test(a.title)), `“Add all missing sections” offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(actions.some((a) => /Disable missing-section for this (line|file)/.test(a.title)), `disable actions offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
      const edits = editsFor(fix.edit, uri());
      assert.ok(edits.length > 0, 'the fix carries edits for this document');
      const fixed = applyTextEdits(BRIEF_EN, edits);
      assert.match(fixed, /\n## Tone\n/);
      // At its canonical place: after Support points, before Deliverables.
      assert.ok(fixed.indexOf('## Support points') < fixed.indexOf('## Tone') && fixed.indexOf('## Tone') < fixed.indexOf('## Deliverables'), fixed);
      // Nothing the user wrote was removed.
      for (const e of edits) assert.deepEqual(e.range.start, e.range.end, 'a fix inserts, it does not replace');
      assert.equal(edits.length, 1);
      assert.equal(fixed.replace(edits[0].newText, ''), BRIEF_EN, 'only an insertion');
      const v = client.changeByEdits(uri(), edits);
      assert.equal(client.texts.get(uri()), fixed);
      const after = await client.waitVersion(uri(), v);
      assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'tone'), summary(after));
      assert.ok(after.diagnostics.some((d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'mandatories'), summary(after));
    });

    it('context.only source.fixAll.agencyDocs: one fix-all action that leaves no missing section or field', async () => {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.agencyDocs'], triggerKind: 2 },
      });
      assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => `${a.kind}: ${a.title}`)));
      const [all] = actions;
      // Editors ask for the parent kinds too (VS Code's "source.fixAll" on save).
      for (const only of [['source.fixAll'], ['source']]) {
        const parent = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: uri() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only },
        });
        assert.deepEqual(parent.map((a) => a.kind), ['source.fixAll.agencyDocs'], `only ${only}`);
      }
      assert.equal(all.kind, 'source.fixAll.agencyDocs');
      const edits = editsFor(all.edit, uri());
      assert.ok(edits.length > 0);
      const text = applyTextEdits(client.texts.get(uri())!, edits);
      assert.match(text, /\n## Mandatories\n/);
      const v = client.changeByEdits(uri(), edits);
      const p = await client.waitVersion(uri(), v);
      assert.ok(!p.diagnostics.some((d) => d.code === 'missing-section' || d.code === 'missing-field'), summary(p));
      // Nothing left to fix: no fix-all action, and no quick fixes are returned for only=source.fixAll.
      const again = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] },
      });
      assert.deepEqual(again, []);
      client.close(uri());
    });

    it('ambiguous-date after CJK and emoji: the ISO fix edits exactly the date (UTF-16) and clears the finding', async () => {
      const p = client.lastPublish(uris.zh)!;
      const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uris.zh }, range: amb.range, context: { diagnostics: [amb] } });
      const iso = actions.find((a) => a.kind === 'quickfix' && a.title === 'Change to 2026-12-25');
      assert.ok(iso, `an ISO fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      const edits = editsFor(iso.edit, uris.zh);
      assert.deepEqual(edits, [{ range: amb.range, newText: '2026-12-25' }]);
      const v = client.changeByEdits(uris.zh, edits);
      assert.match(lineOf(client.texts.get(uris.zh)!, ZH_EMOJI_LINE), /🚀 @李娜 截止：2026-12-25$/);
      const after = await client.waitVersion(uris.zh, v);
      assert.deepEqual(codes(after), ['action-missing-owner'], summary(after));
    });

    it('missing-section in a Chinese document: the inserted heading is Chinese', async () => {
      const uri = uriIn(root, 'qingshan', 'no-decisions.md');
      const text = MINUTES_ZH.replace(/## 结论\n\n- .*\n\n/, '');
      const p = await client.open(uri, text);
      const miss = diag(p, 'missing-section', lineNo(text, '# 会议纪要'));
      assert.equal((miss.data as { section?: string }).section, 'decisions');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: miss.range, context: { diagnostics: [miss] } });
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      const fixed = applyTextEdits(text, editsFor(fix.edit, uri));
      assert.match(fixed, /\n## 结论\n/);
      assert.ok(fixed.indexOf('## 结论') < fixed.indexOf('## 后续行动'), 'Decisions goes before Next actions');
      const v = client.changeByEdits(uri, editsFor(fix.edit, uri));
      const after = await client.waitVersion(uri, v);
      assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section'), summary(after));
      client.close(uri);
    });

    it('a CRLF document: right lines, and the fix inserts CRLF lines that clear the finding', async () => {
      const uri = uriIn(root, 'crlf.brief.md');
      const text = BRIEF_EN.replace(/\n/g, '\r\n');
      const p = await client.open(uri, text);
      assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
      for (const d of p.diagnostics) assert.equal(d.range.start.line, BRIEF_TITLE_LINE);
      const d = p.diagnostics[0];
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const all = actions.find((a) => /^Add all 2 missing sections$/.test(a.title));
      assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
      const edits = editsFor(all.edit, uri);
      for (const e of edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), `only CRLF line ends: ${JSON.stringify(e.newText)}`);
      const v = client.changeByEdits(uri, edits);
      const after = await client.waitVersion(uri, v);
      assert.ok(!after.diagnostics.some((x) => x.code === 'missing-section'), summary(after));
      client.close(uri);
    });

    it('only quickfix does not return the fix-all source action', async () => {
      const p = client.lastPublish(uris.brief)!;
      const d = p.diagnostics[0];
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uris.brief }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
      });
      assert.ok(actions.length > 0);
      for (const a of actions) assert.equal(a.kind, 'quickfix', a.title);
    });
  });

  describe('completion', () => {
    it('front-matter keys at an empty front-matter line: the missing required fields', async () => {
      const uri = uriIn(root, 'complete-keys.md');
      const text = '---\ntype: brief\n\nclient: Northwind Coffee\n---\n\n# Creative brief\n';
      await client.open(uri, text);
      const r = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } }));
      const labels = r.map((i) => i.label);
      for (const k of ['brand', 'job', 'date', 'due', 'budget']) assert.ok(labels.includes(k), `${k} offered; got ${labels}`);
      assert.ok(!labels.includes('client'), `client is already there; got ${labels}`);
      assert.ok(!labels.includes('type'), `type is already there; got ${labels}`);
      const job = r.find((i) => i.label === 'job')!;
      const newText = job.textEdit ? job.textEdit.newText : job.insertText;
      assert.equal(newText, 'job: ');
      client.close(uri);
    });

    it('type values after `type: `', async () => {
      const uri = uriIn(root, 'complete-type.md');
      await client.open(uri, '---\ntype: \n---\n');
      const r = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } }));
      const labels = r.map((i) => i.label);
      for (const t of ['strategy', 'brief', 'media-brief', 'agenda', 'minutes', 'status', 'job', 'research', 'competitor', 'factbook', 'account-plan', 'proposal', 'estimate', 'memo']) {
        assert.ok(labels.includes(t), `${t} offered; got ${labels}`);
      }
      const brief = r.find((i) => i.label === 'brief')!;
      assert.match(String(brief.detail), /Creative brief/);
      client.close(uri);
    });

    it('@ owners from the team roster, with their role', async () => {
      await client.open(uris.minutes, MINUTES_EN);
      const v = client.change(uris.minutes, [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: '- [ ] Check the mix @' }]);
      await client.waitVersion(uris.minutes, v);
      const r = items(await client.request('textDocument/completion', { textDocument: { uri: uris.minutes }, position: { line: 20, character: 21 }, context: { triggerKind: 2, triggerCharacter: '@' } }));
      const labels = r.map((i) => i.label);
      for (const n of ['@alice', '@ben', '@carla', '@tom', '@张伟', '@lucia']) assert.ok(labels.includes(n), `${n} offered; got ${labels}`);
      assert.equal(r.find((i) => i.label === '@alice')!.detail, 'Account director');
      const edit = r.find((i) => i.label === '@alice')!.textEdit as TextEdit;
      assert.deepEqual(edit.range, { start: { line: 20, character: 20 }, end: { line: 20, character: 21 } }, 'replaces the typed @');
      assert.equal(edit.newText, '@alice');
    });

    it('dates after `due `', async () => {
      const v = client.change(uris.minutes, [{ range: { start: { line: 20, character: 21 }, end: { line: 20, character: 21 } }, text: 'tom due ' }]);
      await client.waitVersion(uris.minutes, v);
      assert.equal(lineOf(client.texts.get(uris.minutes)!, 20), '- [ ] Check the mix @tom due ');
      const r = items(await client.request('textDocument/completion', { textDocument: { uri: uris.minutes }, position: { line: 20, character: 29 } }));
      const labels = r.map((i) => i.label);
      assert.ok(labels.includes(TODAY), `today offered; got ${labels}`);
      assert.ok(labels.includes('2026-11-23'), `tomorrow offered; got ${labels}`);
      for (const l of labels) assert.match(l, /^\d{4}-\d{2}-\d{2}$/);
      const today = r.find((i) => i.label === TODAY)!;
      assert.equal(today.detail, 'today');
      // Restore the minutes for the tests below.
      const v2 = client.change(uris.minutes, [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 29 } }, text: '' }]);
      assert.equal(client.texts.get(uris.minutes), MINUTES_EN);
      await client.waitVersion(uris.minutes, v2);
    });

    it('@ with a CJK prefix: the edit replaces what was typed (UTF-16 range)', async () => {
      const uri = uriIn(root, 'qingshan', 'complete-owner.md');
      const text = MINUTES_ZH + '- [ ] 🎬 准备样片 @张';
      await client.open(uri, text);
      const line = text.split('\n').length - 1;
      const col = lineOf(text, line).length; // UTF-16 units
      const r = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: col } }));
      const zw = r.find((i) => i.label === '@张伟');
      assert.ok(zw, JSON.stringify(r.map((i) => i.label)));
      assert.equal(zw.detail, '客户总监');
      assert.deepEqual((zw.textEdit as TextEdit).range, { start: { line, character: col - 2 }, end: { line, character: col } });
      client.close(uri);
    });

    it('missing section headings after `## `', async () => {
      const uri = uriIn(root, 'complete-heading.brief.md');
      const text = BRIEF_EN + '\n## ';
      await client.open(uri, text);
      const last = text.split('\n').length - 1;
      const r = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: last, character: 3 } }));
      const labels = r.map((i) => i.label);
      assert.deepEqual([...labels].sort(), ['Mandatories', 'Tone'], `the two missing sections; got ${labels}`);
      const tone = r.find((i) => i.label === 'Tone')!;
      assert.match((tone.textEdit as TextEdit).newText, /^## Tone\n/);
      client.close(uri);
    });
  });

  describe('hover', () => {
    it('on a section heading: what belongs there', async () => {
      const line = BRIEF_EN.split('\n').indexOf('## Button');
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.brief }, position: { line, character: 5 } });
      const text = hoverText(h);
      assert.match(text, /^\*\*Button\*\*/, text);
      assert.ok(text.length > 60, `guidance text expected; got ${text}`);
      assert.match(text, /Filled in/);
      assert.equal(h!.range?.start.line, line);
    });

    it('on an @owner: the role from the roster', async () => {
      const line = MINUTES_EN.split('\n').findIndex((l) => l.includes('@alice'));
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.minutes }, position: { line, character: lineOf(MINUTES_EN, line).indexOf('@alice') + 2 } });
      assert.match(hoverText(h), /@alice\*\* · Account director/);
    });

    it('on a job number: the job card’s title', async () => {
      await client.open(uris.status, STATUS_EN);
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.status }, position: { line: STATUS_014_LINE, character: 5 } });
      const text = hoverText(h);
      assert.match(text, /NW-2026-014/);
      assert.ok(text.includes(JOB_014_TITLE), text);
    });

    it('on a date: its weekday', async () => {
      const line = MINUTES_EN.split('\n').findIndex((l) => l.includes('2026-11-27'));
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.minutes }, position: { line, character: lineOf(MINUTES_EN, line).indexOf('2026-11-27') + 3 } });
      const text = hoverText(h);
      assert.match(text, /Friday/, text);
      assert.match(text, /in 5 days/, text);
    });

    it('on plain text: nothing', async () => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.brief }, position: { line: 14, character: 3 } });
      assert.equal(h, null);
    });
  });

  describe('navigation and outline', () => {
    it('documentSymbol: title → sections → actions', async () => {
      const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris.minutes } });
      assert.equal(syms.length, 1, JSON.stringify(syms.map((s) => s.name)));
      const [title] = syms;
      assert.equal(title.name, 'Meeting minutes: launch review');
      assert.equal(title.range.start.line, lineNo(MINUTES_EN, '# Meeting minutes'));
      const names = (title.children ?? []).map((c) => c.name);
      assert.deepEqual(names, ['Decisions', 'Next actions']);
      const actions = title.children![1].children ?? [];
      assert.equal(actions.length, 3, JSON.stringify(actions.map((a) => a.name)));
      assert.match(actions[0].name, /Send the revised storyboard/);
      assert.equal(actions[0].range.start.line, lineNo(MINUTES_EN, 'storyboard'));
      assert.match(String(actions[0].detail), /@alice/);
      // The brief: its sections under the title.
      const brief = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris.brief } });
      assert.deepEqual(brief[0].children!.map((c) => c.name), ['Objective', 'Target consumer', 'Button', 'Support points', 'Deliverables', 'Sign-off']);
    });

    it('foldingRange: front matter and sections', async () => {
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uris.minutes } });
      assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 7), `front matter 0–7; got ${JSON.stringify(ranges)}`);
      assert.ok(ranges.some((r) => r.startLine === 11 && r.endLine === 13), `Decisions 11–13; got ${JSON.stringify(ranges)}`);
      assert.ok(ranges.some((r) => r.startLine === 15 && r.endLine === 19), `Next actions 15–19; got ${JSON.stringify(ranges)}`);
    });

    it('workspace/symbol: documents by title, job numbers', async () => {
      const byTitle = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'launch film' });
      const card = byTitle.find((s) => s.name === JOB_014_TITLE);
      assert.ok(card, `the job card by title; got ${JSON.stringify(byTitle.map((s) => s.name))}`);
      assert.equal(card.location.uri, uris.job14);
      const byJob = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'NW-2026-015' });
      const job = byJob.find((s) => s.name === 'NW-2026-015');
      assert.ok(job, `the job number; got ${JSON.stringify(byJob.map((s) => s.name))}`);
      assert.equal(job.location.uri, uris.job15);
      assert.ok('range' in job.location && job.location.range.start.line === 2, JSON.stringify(job.location));
      const none = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'zzqx-nothing-like-this' });
      assert.deepEqual(none, []);
    });

    it('definition: a job number in a status report jumps to the job card’s job: line', async () => {
      const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uris.status }, position: { line: STATUS_014_LINE, character: 4 } });
      assert.ok(Array.isArray(locs) && locs.length >= 1, JSON.stringify(locs));
      assert.equal(locs[0].uri, uris.job14);
      assert.equal(locs[0].range.start.line, 2, 'the `job:` line of the job card');
      const nothing = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: uris.status }, position: { line: STATUS_014_LINE, character: 20 } });
      assert.ok(nothing === null || (Array.isArray(nothing) && nothing.length === 0), JSON.stringify(nothing));
    });

    it('references: every mention of the job number', async () => {
      const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uris.status }, position: { line: STATUS_014_LINE, character: 4 }, context: { includeDeclaration: true } });
      const at = locs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort();
      for (const want of [`status-w47.md:${STATUS_014_LINE}:2`, `status-w47.md:${lineNo(STATUS_EN, '- NW-2026-014')}:2`, 'NW-2026-014-launch-film.md:2:5', 'launch-brief.md:4:5']) {
        assert.ok(at.includes(want), `${want} expected among ${at}`);
      }
      assert.ok(!at.some((a) => a.startsWith(`status-w47.md:${STATUS_015_LINE}`)), `NW-2026-015 is another job: ${at}`);
      const r = locs.find((l) => l.uri === uris.status && l.range.start.line === STATUS_014_LINE)!;
      assert.equal(r.range.end.character - r.range.start.character, 'NW-2026-014'.length);
    });

    it('codeLens on the title: type and section count', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uris.brief } });
      assert.equal(lenses.length, 1, JSON.stringify(lenses));
      assert.equal(lenses[0].range.start.line, BRIEF_TITLE_LINE);
      assert.equal(lenses[0].command?.title, 'Creative brief · 6/8 sections');
    });
  });

  describe('custom requests', () => {
    it('agencyDocs/documentStatus', async () => {
      const s = await client.request(DocumentStatusRequest.type, { uri: uris.brief });
      assert.ok(s);
      assert.equal(s.type, 'brief');
      assert.equal(s.sectionsFilled, 6);
      assert.equal(s.sectionsRequired, 8);
      assert.deepEqual(s.missingSections, ['Tone', 'Mandatories']);
      assert.equal(s.errors, 2);
      assert.equal(s.text, 'Creative brief · 6/8 sections');
      const plain = await client.request(DocumentStatusRequest.type, { uri: uriIn(root, 'never-opened.md') });
      assert.equal(plain, null);
    });

    it('agencyDocs/workspaceActions: open actions with uri, line, owners, due, overdue', async () => {
      const list = await client.request(WorkspaceActionsRequest.type, {});
      const mine = list.filter((a) => a.uri === uris.minutes);
      assert.equal(mine.length, 2, `two open actions in the minutes (the done one is left out); got ${JSON.stringify(mine)}`);
      const story = mine.find((a) => /storyboard/.test(a.text))!;
      assert.deepEqual({ line: story.line, owners: story.owners, due: story.due, overdue: story.overdue }, { line: lineNo(MINUTES_EN, 'storyboard'), owners: ['alice'], due: '2026-11-27', overdue: false });
      const vo = mine.find((a) => /voice-over/.test(a.text))!;
      assert.deepEqual({ line: vo.line, owners: vo.owners, due: vo.due, overdue: vo.overdue }, { line: lineNo(MINUTES_EN, 'voice-over'), owners: ['ben'], due: '2026-11-20', overdue: true });
      // Actions of documents that are only on disk are listed too (the Chinese minutes were never closed, the status report is indexed).
      assert.ok(list.some((a) => a.uri === uris.status && a.line === STATUS_014_LINE), `status report rows are actions; got ${JSON.stringify(list.map((a) => `${a.uri.split('/').pop()}:${a.line}`))}`);
      for (const a of list) assert.equal(a.done, false);
      const withDone = await client.request(WorkspaceActionsRequest.type, { includeDone: true });
      assert.ok(withDone.some((a) => a.uri === uris.minutes && a.done && a.line === lineNo(MINUTES_EN, 'Circulate')), 'includeDone lists the done item');
    });
  });

  describe('workspace changes', () => {
    it('a job card on disk is indexed at start: the status report knows its job numbers', async () => {
      const p = client.lastPublish(uris.status);
      assert.ok(p, 'the status report was published');
      assert.deepEqual(p.diagnostics, [], summary(p));
    });

    it('deleting a job card (didChangeWatchedFiles) makes its number unknown', async () => {
      unlinkSync(join(root, 'jobs', 'NW-2026-015-transit.md'));
      const from = client.publishes.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uris.job15, type: 3 }] });
      const p = await client.waitPublish(uris.status, 'unknown-job after the deletion', (x) => x.diagnostics.some((d) => d.code === 'unknown-job'), from);
      assert.deepEqual(codes(p), ['unknown-job'], summary(p));
      const d = diag(p, 'unknown-job', STATUS_015_LINE);
      assert.equal(d.severity, 2);
      assert.match(msg(d), /NW-2026-015/);
    });

    it('creating it again (didChangeWatchedFiles) clears the finding', async () => {
      writeFileSync(join(root, 'jobs', 'NW-2026-015-transit.md'), JOB_015);
      const from = client.publishes.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uris.job15, type: 1 }] });
      const p = await client.waitPublish(uris.status, 'no unknown-job after the re-creation', (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'), from);
      assert.deepEqual(p.diagnostics, []);
    });

    it('editing an open job card’s number updates the status report live; closing it unsaved restores the disk version', async () => {
      const text = JOB_015;
      await client.open(uris.job15, text);
      const jobLine = lineNo(text, 'job: NW-2026-015');
      const from = client.publishes.length;
      client.change(uris.job15, [{ range: { start: { line: jobLine, character: 5 }, end: { line: jobLine, character: 16 } }, text: 'NW-2026-016' }]);
      assert.equal(lineOf(client.texts.get(uris.job15)!, jobLine), 'job: NW-2026-016');
      const p = await client.waitPublish(uris.status, 'unknown-job while the card says NW-2026-016', (x) => x.diagnostics.some((d) => d.code === 'unknown-job'), from);
      assert.deepEqual(codes(p), ['unknown-job'], summary(p));
      assert.equal(p.diagnostics[0].range.start.line, STATUS_015_LINE);
      const from2 = client.publishes.length;
      client.close(uris.job15);
      const p2 = await client.waitPublish(uris.status, 'no unknown-job once the unsaved card is closed', (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'), from2);
      assert.deepEqual(p2.diagnostics, []);
    });

    it('a workspace folder added later (workspace/didChangeWorkspaceFolders) is indexed', async () => {
      const root2 = tempDir('agency-docs-lsp-folder2-');
      const uri = uriIn(root, 'status-folder2.md');
      try {
        writeFileSync(join(root2, 'NW-2026-030-radio.md'), JOB_014.replace(/NW-2026-014/g, 'NW-2026-030'));
        const text = STATUS_EN.replace(/NW-2026-015/g, 'NW-2026-030');
        const p = await client.open(uri, text);
        assert.deepEqual(codes(p), ['unknown-job'], `NW-2026-030 is not in the workspace yet: ${summary(p)}`);
        const from = client.publishes.length;
        client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(root2).toString(), name: 'folder2' }], removed: [] } });
        const p2 = await client.waitPublish(uri, 'no unknown-job once the folder holding NW-2026-030 is added', (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'), from, 3000);
        assert.deepEqual(p2.diagnostics, []);
      } finally {
        client.close(uri);
        rmSync(root2, { recursive: true, force: true });
      }
    });

    it('.agency-docs.json changed on disk (didChangeWatchedFiles): the new roster applies', async () => {
      const config = join(root, '.agency-docs.json');
      const from = client.publishes.length;
      writeFileSync(config, JSON.stringify({ ...CONFIG, team: CONFIG.team.filter((m) => m.name !== 'tom') }));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
      const p = await client.waitPublish(uris.status, 'unknown-owner for @tom', (x) => x.diagnostics.some((d) => d.code === 'unknown-owner'), from);
      assert.deepEqual(codes(p), ['unknown-owner'], summary(p));
      assert.equal(p.diagnostics[0].range.start.line, STATUS_014_LINE);
      const from2 = client.publishes.length;
      writeFileSync(config, JSON.stringify(CONFIG));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
      const p2 = await client.waitPublish(uris.status, 'no unknown-owner with the full roster', (x) => !x.diagnostics.some((d) => d.code === 'unknown-owner'), from2);
      assert.deepEqual(p2.diagnostics, []);
    });

    it('a client without workspace/configuration: settings pushed in didChangeConfiguration apply', async () => {
      const { client: c } = await Client.start(root, { pull: false });
      try {
        const p = await c.open(uris.brief, BRIEF_EN);
        assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
        assert.equal(c.configurationRequests, 0, 'no workspace/configuration request to a client that cannot answer it');
        const from = c.publishes.length;
        c.notify('workspace/didChangeConfiguration', { settings: { agencyDocs: { rules: { 'missing-section': 'warning' } } } });
        const p2 = await c.waitPublish(uris.brief, 'missing-section as warnings', (x) => x.diagnostics.length === 2 && x.diagnostics.every((d) => d.severity === 2), from);
        assert.deepEqual(codes(p2), ['missing-section', 'missing-section']);
      } finally {
        await c.stop();
      }
    });

    it('configuration change: missing-section off removes those diagnostics, on again brings them back', async () => {
      const from = client.publishes.length;
      client.settings = { rules: { 'missing-section': 'off' } };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const p = await client.waitPublish(uris.brief, 'without missing-section', () => true, from);
      assert.deepEqual(p.diagnostics, [], summary(p));
      const from2 = client.publishes.length;
      client.settings = {};
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const p2 = await client.waitPublish(uris.brief, 'with missing-section again', () => true, from2);
      assert.deepEqual(codes(p2), ['missing-section', 'missing-section'], summary(p2));
    });

    it('configuration change: enable false clears every diagnostic, true brings them back', async () => {
      const from = client.publishes.length;
      client.settings = { enable: false };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitPublish(uris.brief, 'empty with enable: false', (x) => x.diagnostics.length === 0, from);
      await client.waitPublish(uris.zh, 'empty with enable: false', (x) => x.diagnostics.length === 0, from);
      const from2 = client.publishes.length;
      client.settings = {};
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const p = await client.waitPublish(uris.brief, 'back with enable: true', (x) => x.diagnostics.length > 0, from2);
      assert.deepEqual(codes(p), ['missing-section', 'missing-section']);
    });

    it('configuration change: a severity override changes the diagnostic severity', async () => {
      const from = client.publishes.length;
      client.settings = { rules: { 'missing-section': 'hint' } };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const p = await client.waitPublish(uris.brief, 'missing-section as hint', (x) => x.diagnostics.length > 0 && x.diagnostics.every((d) => d.severity === 4), from);
      assert.equal(p.diagnostics.length, 2);
      client.settings = {};
      const from2 = client.publishes.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitPublish(uris.brief, 'missing-section as error', (x) => x.diagnostics.length === 2 && x.diagnostics.every((d) => d.severity === 1), from2);
    });
  });

  describe('robustness', () => {
    it('requests for a document never opened give empty results, not errors', async () => {
      const uri = uriIn(root, 'never-opened.md');
      const doc = { textDocument: { uri } };
      const pos = { ...doc, position: { line: 0, character: 0 } };
      const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Array.isArray((v as CompletionList).items) && (v as CompletionList).items.length === 0);
      const results: Record<string, unknown> = {
        hover: await client.request('textDocument/hover', pos),
        completion: await client.request('textDocument/completion', pos),
        documentSymbol: await client.request('textDocument/documentSymbol', doc),
        foldingRange: await client.request('textDocument/foldingRange', doc),
        codeLens: await client.request('textDocument/codeLens', doc),
        definition: await client.request('textDocument/definition', pos),
        references: await client.request('textDocument/references', { ...pos, context: { includeDeclaration: true } }),
        codeAction: await client.request('textDocument/codeAction', { ...doc, range: { start: pos.position, end: pos.position }, context: { diagnostics: [] } }),
        fixAll: await client.request('textDocument/codeAction', { ...doc, range: { start: pos.position, end: pos.position }, context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] } }),
      };
      for (const [k, v] of Object.entries(results)) assert.ok(empty(v), `${k}: ${JSON.stringify(v)}`);
    });

    it('positions past the end of a document do not fail', async () => {
      const pos = { textDocument: { uri: uris.brief }, position: { line: 999, character: 999 } };
      const h = await client.request('textDocument/hover', pos);
      assert.equal(h, null);
      const c = items(await client.request('textDocument/completion', pos));
      assert.ok(Array.isArray(c));
    });

    it('didChange for a closed document does not crash the server', async () => {
      const uri = uriIn(root, 'closed-doc.md');
      await client.open(uri, BRIEF_EN);
      client.close(uri);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
      client.notify('textDocument/didChange', { textDocument: { uri: uriIn(root, 'nobody.md'), version: 2 }, contentChanges: [{ text: '# x' }] });
      const s = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris.brief } });
      assert.equal(s.length, 1, 'the server still answers');
      assert.equal(client.exitCode, undefined, 'the server is still running');
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(!client.publishes.some((p) => p.uri === uri && p.version === 7), 'nothing published for the closed document');
    });

    it('an untitled (non-file) document is checked too', async () => {
      const uri = 'untitled:Untitled-1';
      const p = await client.open(uri, BRIEF_EN);
      assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
      const from = client.publishes.length;
      client.close(uri);
      const closed = await client.waitPublish(uri, 'after didClose', () => true, from);
      assert.deepEqual(closed.diagnostics, []);
    });

    it('a full-text didChange (no range) is applied', async () => {
      const uri = uriIn(root, 'full-sync.md');
      await client.open(uri, BRIEF_EN);
      const v = client.change(uri, [{ text: MINUTES_EN }]);
      const p = await client.waitVersion(uri, v);
      assert.deepEqual(codes(p), ['action-overdue'], summary(p));
      assert.equal(diag(p, 'action-overdue').range.start.line, lineNo(MINUTES_EN, 'voice-over'));
      client.close(uri);
    });

    it('UTF-8 position encoding when the client prefers it: columns in bytes', async () => {
      const c = await Client.start(root, { positionEncodings: ['utf-8', 'utf-16'] });
      try {
        assert.equal(c.init.capabilities.positionEncoding, 'utf-8');
        const p = await c.client.open(uris.zh, MINUTES_ZH);
        const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
        const line = lineOf(MINUTES_ZH, ZH_EMOJI_LINE);
        const bytes = Buffer.byteLength(line.slice(0, line.indexOf('25/12/2026')), 'utf8');
        assert.deepEqual(amb.range, { start: { line: ZH_EMOJI_LINE, character: bytes }, end: { line: ZH_EMOJI_LINE, character: bytes + 10 } });
        const h = await c.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris.zh }, position: { line: ZH_EMOJI_LINE, character: bytes + 2 } });
        assert.match(hoverText(h), /2026-12-25/);
      } finally {
        await c.client.stop();
      }
    });

    it('200 edits in a burst: the last publish matches the final text', async () => {
      const uri = uriIn(root, 'burst.md');
      await client.open(uri, MINUTES_ES, 1);
      const typed = '- [ ] Revisar el contrato del recinto y las condiciones de la acometida eléctrica con el proveedor antes de la próxima reunión; confirmar también los horarios de montaje, el seguro y los pases de acceso';
      assert.ok(typed.length >= 200);
      const lastLine = MINUTES_ES.split('\n').length - 1;
      let v = 1;
      for (let i = 0; i < 200; i++) {
        v = client.change(uri, [{ range: { start: { line: lastLine, character: i }, end: { line: lastLine, character: i } }, text: typed[i] }]);
      }
      assert.equal(v, 201);
      assert.equal(lineOf(client.texts.get(uri)!, lastLine), typed.slice(0, 200));
      const p = await client.waitVersion(uri, 201);
      // Final text: the two original problems plus the typed action, which has neither owner nor due date.
      const got = p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
      assert.deepEqual(got, [`action-missing-due@${ES_NO_DUE_LINE}`, `action-missing-due@${lastLine}`, `action-missing-owner@${ES_NO_OWNER_LINE}`, `action-missing-owner@${lastLine}`].sort());
      // Nothing older arrives after it.
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(client.lastPublish(uri)!.version, 201, 'the last publish is for the final version');
      const versions = client.publishes.filter((x) => x.uri === uri).map((x) => x.version!);
      assert.ok(versions.length < 50, `edits are debounced, not checked one by one (${versions.length} publishes)`);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `versions in order: ${versions}`);
      client.close(uri);
    });

    it('no handler logged an error', () => {
      assert.deepEqual(client.errorsLogged(), []);
    });
  });

  describe('shutdown', () => {
    it('shutdown then exit: the process exits with code 0', async () => {
      const { client: c } = await Client.start(root);
      const r = await c.request('shutdown', null);
      assert.equal(r, null);
      c.notify('exit', null);
      const code = await Promise.race([c.exited, new Promise<string>((res) => setTimeout(() => res('still running'), 5000))]);
      if (code === 'still running') c.proc.kill('SIGKILL');
      assert.equal(code, 0);
    });
  });
});
