/**
 * The workspace the language server's tests run in (test/lsp/*.test.ts, one file per feature as in
 * server/lsp/): its documents, the shared test client (./lspClient.ts) started on the bundled
 * dist/server.js with an editor's capabilities, and small readers of LSP results.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  MarkupContent,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { tempDir } from './temp';
import { editorCapabilities, LspTestClient } from './lspClient';

export const TODAY = '2026-11-22';

/** The 0-based line of the first line containing `needle`. */
export function lineNo(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i;
}

// ---------------------------------------------------------------------------
// Documents of the workspace

export const CONFIG = {
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
export const BRIEF_EN = `---
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
export const BRIEF_TITLE_LINE = lineNo(BRIEF_EN, '# Creative brief');

/** Chinese minutes: an action line with CJK text and emoji before an ambiguous date, and an action without owner. */
export const MINUTES_ZH = `---
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
- [ ] 🎉 确认第二波上线时间 🚀 @李娜 截止：03/12/2026
- [ ] 整理参考笔记各 10 篇 截止：2026-11-26
`;
export const ZH_EMOJI_LINE = lineNo(MINUTES_ZH, '🎉');
export const ZH_NO_OWNER_LINE = lineNo(MINUTES_ZH, '整理参考笔记');

/** Spanish minutes: one action without owner, one without due date. */
export const MINUTES_ES = `---
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
export const ES_NO_OWNER_LINE = lineNo(MINUTES_ES, 'Pedir tres');
export const ES_NO_DUE_LINE = lineNo(MINUTES_ES, 'Confirmar la acometida');

/** English minutes with actions for owners, dates and the workspace action list. */
export const MINUTES_EN = `---
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

export const JOB_014 = `---
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
export const JOB_014_TITLE = 'Job card NW-2026-014: launch film and OOH';

export const JOB_015 = JOB_014.replace(/NW-2026-014/g, 'NW-2026-015').replace(
  'launch film and OOH',
  'transit media bookings',
);

export const STATUS_EN = `---
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
export const STATUS_014_LINE = lineNo(STATUS_EN, '| NW-2026-014');
export const STATUS_015_LINE = lineNo(STATUS_EN, '| NW-2026-015');

// ---------------------------------------------------------------------------
// Helpers

/** The edits a workspace edit makes to one document (both `changes` and `documentChanges`). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

export function lineOf(text: string, line: number): string {
  return text.split('\n')[line];
}

export function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as MarkupContent).value;
}

export function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!r) return [];
  return Array.isArray(r) ? r : r.items;
}

/** A diagnostic's message as text. */
export function msg(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code)).sort();
}

export function summary(p: PublishDiagnosticsParams): string {
  return JSON.stringify(p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`));
}

export interface StartOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Offer workspace/configuration and dynamic watcher registration (default true). */
  pull?: boolean;
  positionEncodings?: string[];
}

/** The shared test client (test/helpers/lspClient.ts), started in a workspace with an editor's capabilities. */
export type Client = LspTestClient;
export const Client = {
  start: (root: string, opts: StartOptions = {}) =>
    LspTestClient.start({
      cwd: root,
      today: TODAY,
      rootUri: pathToFileURL(root).toString(),
      locale: opts.locale,
      settings: opts.settings ?? {},
      capabilities: editorCapabilities({ pull: opts.pull, positionEncodings: opts.positionEncodings }),
    }),
};

export function makeWorkspace(): string {
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

export const uriIn = (root: string, ...parts: string[]) => pathToFileURL(join(root, ...parts)).toString();

export function diag(p: PublishDiagnosticsParams, code: string, line?: number): Diagnostic {
  const d = p.diagnostics.find((x) => x.code === code && (line === undefined || x.range.start.line === line));
  assert.ok(d, `expected a ${code} diagnostic${line === undefined ? '' : ` on line ${line}`}; got ${summary(p)}`);
  return d;
}

/** The documents of the workspace by role, and their text as written there. */
export type DocName = 'brief' | 'zh' | 'es' | 'minutes' | 'status' | 'job14' | 'job15';
const TEXTS: Record<DocName, string> = {
  brief: BRIEF_EN,
  zh: MINUTES_ZH,
  es: MINUTES_ES,
  minutes: MINUTES_EN,
  status: STATUS_EN,
  job14: JOB_014,
  job15: JOB_015,
};

/** A running server on a fresh workspace. */
export interface WorkspaceServer {
  root: string;
  client: Client;
  init: InitializeResult;
  uris: Record<DocName, string>;
}

/**
 * Starts a server on a fresh workspace before the suite's tests, once it has indexed the workspace, with `open` already open in the editor (version 1,
 * their diagnostics received), and stops it after them; a handler that logged an error fails the suite there.
 * The returned object is filled in by the `before` hook.
 */
export function useWorkspaceServer(open: readonly DocName[] = []): WorkspaceServer {
  const s = {} as WorkspaceServer;
  before(async function () {
    this.timeout(30000);
    s.root = makeWorkspace();
    s.uris = {
      brief: uriIn(s.root, 'launch-brief.md'),
      zh: uriIn(s.root, 'qingshan', 'kol-minutes.md'),
      es: uriIn(s.root, 'sol-de-mayo', 'acta-estand.md'),
      minutes: uriIn(s.root, 'launch-review-minutes.md'),
      status: uriIn(s.root, 'status-w47.md'),
      job14: uriIn(s.root, 'jobs', 'NW-2026-014-launch-film.md'),
      job15: uriIn(s.root, 'jobs', 'NW-2026-015-transit.md'),
    };
    ({ client: s.client, init: s.init } = await Client.start(s.root));
    // The documents on disk are indexed first, as they are long before anyone opens a document in an editor.
    await s.client.waitFor('the workspace indexed', () =>
      s.client.logs.find((l) => /indexed \d+ agency documents/.test(l.message)),
    );
    for (const name of open) await s.client.open(s.uris[name], TEXTS[name], 1);
  });
  after(async function () {
    this.timeout(30000);
    const errors = s.client?.errorsLogged() ?? [];
    if (s.client) await s.client.stop();
    if (s.client?.exitCode === undefined) s.client?.proc.kill('SIGKILL');
    if (s.root) rmSync(s.root, { recursive: true, force: true });
    assert.deepEqual(errors, [], 'no handler logged an error');
  });
  return s;
}
