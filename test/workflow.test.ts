/**
 * The account executive's week (docs/workflow.md): minutes from an agenda,
 * the status report, the estimate from a job card, actions as CSV and
 * iCalendar, the HTML page — in English, Chinese and Spanish, through the
 * CLI as a user runs it, and the editor's code actions.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { tempDir } from './helpers/temp';
import { analyze } from './helpers/analyze';
import { buildDocument } from '../server/core/document';
import { fixesFor } from '../server/core/analyze';
import { applyEdits } from '../server/core/edits';
import { minutesFromAgenda, topicSubject } from '../server/core/workflow/minutes';
import { jobCardEstimate } from '../server/core/workflow/estimate';
import { isoWeekOf } from '../server/core/workflow/common';
import { foldLine } from '../server/core/workflow/actionsExport';
import { Session } from '../server/core/session';
import { codeActions } from '../server/lsp/codeActions';
import { uriOf } from '../server/lsp/convert';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface CheckResult {
  findings: { rule: string; severity: string; message: string; line: number }[];
}
/** `agency-docs check --format json` on one file: its findings. */
function check(file: string, cwd: string, today = '2026-11-26'): CheckResult['findings'] {
  const r = run(['check', file, '--format', 'json', '--today', today], cwd);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  return JSON.parse(r.out) as CheckResult['findings'];
}

const AGENDAS = {
  en: {
    name: 'launch-review.agenda.md',
    text: `---
type: agenda
client: Northwind Coffee
job: NW-2026-014
meeting: 2026-11-30 10:00
issued: 2026-11-26 09:00
attendees:
  - Emma Lindqvist (Northwind Coffee)
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
`,
  },
  zh: {
    name: 'kol-plan-agenda.md',
    text: `---
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
`,
  },
  es: {
    name: '2026-11-30-orden-del-dia.md',
    text: `---
type: agenda
cliente: Cervecería Sol de Mayo
reunión: 2026-11-30 12:00
emitido: 2026-11-26 10:00
asistentes:
  - Lucía Gómez
  - Mateo Ruiz
location: Sevilla
---

# Orden del día: revisión del estand

## Objetivo

Aprobar los renders del estand.

## Temas

- Renders del estand «Patio andaluz» @sofia 30 min
- Presupuesto de construcción @ines 15 min

## Materiales

- Renders en PDF
`,
  },
};

/** What a generated document may still be told about: the blanks the user must fill, nothing else. */
const PLACEHOLDER_RULES = new Set(['empty-section', 'unknown-owner', 'unfilled-placeholder', 'action-missing-due']);

describe('workflow: minutes from an agenda', () => {
  it('keeps the topic, drops the presenter and the time slot', () => {
    assert.equal(topicSubject('Media plan: markets and timing @alice 20 min'), 'Media plan: markets and timing');
    assert.equal(topicSubject('达人名单初稿 @陈杰 25 分钟'), '达人名单初稿');
    assert.equal(topicSubject('Presupuesto de construcción @ines 15 min'), 'Presupuesto de construcción');
    assert.equal(topicSubject('Budget for 2027'), 'Budget for 2027');
  });

  for (const [lang, agenda] of Object.entries(AGENDAS)) {
    it(`${lang}: new minutes --from writes the minutes beside the agenda, in its language, and check finds only the blanks`, () => {
      const dir = tempDir('wf-minutes-');
      writeFileSync(join(dir, agenda.name), agenda.text);
      const r = run(['new', 'minutes', '--from', agenda.name], dir);
      assert.equal(r.code, 0, r.err);
      const written = r.out.trim();
      assert.ok(existsSync(join(dir, written)), written);
      assert.notEqual(written, agenda.name);
      const text = readFileSync(join(dir, written), 'utf8');
      const doc = buildDocument(written, text);
      assert.equal(doc.type?.id, 'minutes');
      assert.equal(doc.lang, lang);
      const agendaDoc = buildDocument(agenda.name, agenda.text);
      for (const id of ['client', 'meeting'])
        assert.equal(doc.frontMatter?.field(id)?.text, agendaDoc.frontMatter?.field(id)?.text, id);
      assert.equal(doc.frontMatter?.field('attendees')?.text, agendaDoc.frontMatter?.field('attendees')?.text);
      assert.ok(doc.frontMatter?.field('issued'), 'the issued field is there, to fill');
      // Keys in the agenda's own language, as `new minutes --lang` writes them; issued is left to fill.
      const keys = { en: ['issued', 'distribution'], zh: ['发出日期', '抄送'], es: ['emitido', 'distribución'] }[lang]!;
      assert.match(text, new RegExp(`^${keys[0]}: YYYY-MM-DD$`, 'm'), 'issued is left to fill');
      // The distribution list is the templates' placeholder, which check points out.
      assert.match(text, new RegExp(`^${keys[1]}: \\[<${keys[1]}>\\]$`, 'm'));
      // Every topic is a heading of the decisions, without presenter or time.
      const topics = doc.headings.filter((h) => h.depth === 3).map((h) => h.text);
      assert.equal(topics.length, 2);
      assert.ok(
        topics.every((t) => !/@|\d+ min|分钟/.test(t)),
        topics.join(' / '),
      );
      assert.ok(doc.sections.some((s) => s.def.id === 'decisions'));
      assert.ok(doc.sections.some((s) => s.def.kind === 'actions'));
      const findings = check(written, dir);
      assert.ok(
        findings.every((f) => f.severity !== 'error'),
        JSON.stringify(findings),
      );
      assert.deepEqual(
        findings.filter((f) => !PLACEHOLDER_RULES.has(f.rule)),
        [],
        JSON.stringify(findings),
      );
      assert.ok(
        findings.some(
          (f) =>
            f.rule === 'unfilled-placeholder' &&
            f.line === text.split('\n').findIndex((l) => l.startsWith(`${keys[1]}:`)) + 1,
        ),
        'the distribution left to fill is pointed out',
      );
    });
  }

  it("keeps the agenda's distribution list, and its English keys on a Spanish agenda", () => {
    const agenda = buildDocument(
      'revision.agenda.md',
      '---\ntype: agenda\nclient: Bodegas Luna\nmeeting: 2026-12-02 de 9:00 a 10:00\nissued: 2026-11-27\nattendees:\n  - Irene Vidal\n  - Pablo Sanz\ndistribution:\n  - Irene Vidal\n  - Dirección de marca\nlocation: Logroño\n---\n\n# Orden del día: revisión de etiquetas\n\n## Objetivo\n\nElegir la etiqueta.\n\n## Temas\n\n- 09:00–09:20 Tres etiquetas @irene\n',
    );
    const made = minutesFromAgenda(agenda).text;
    assert.match(made, /^distribution:\n {2}- Irene Vidal\n {2}- Dirección de marca$/m);
    assert.match(made, /^client: Bodegas Luna$/m);
    assert.match(made, /^### 1\. Tres etiquetas$/m);
  });

  it('never overwrites the minutes already there without --force, and writes them whole', () => {
    const dir = tempDir('wf-minutes-safe-');
    writeFileSync(join(dir, AGENDAS.en.name), AGENDAS.en.text);
    writeFileSync(join(dir, 'launch-review.minutes.md'), 'my notes\n');
    const r = run(['new', 'minutes', '--from', AGENDAS.en.name], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /already exists.*--force/);
    assert.equal(readFileSync(join(dir, 'launch-review.minutes.md'), 'utf8'), 'my notes\n');
    const forced = run(['new', 'minutes', '--from', AGENDAS.en.name, '--force'], dir);
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(join(dir, 'launch-review.minutes.md'), 'utf8'), /^type: minutes$/m);
    assert.deepEqual(
      readdir(dir).filter((n) => n.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
  });

  it('a document that is not an agenda gets a plain message, no file', () => {
    const dir = tempDir('wf-minutes-bad-');
    writeFileSync(join(dir, 'memo.md'), '# Notes\n\nJust notes.\n');
    const r = run(['new', 'minutes', '--from', 'memo.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /not a meeting agenda/);
    assert.deepEqual(readdir(dir), ['memo.md']);
  });

  it('in the editor, "Start the minutes" creates the file and fills it (CreateFile, then the text)', () => {
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 26 }) });
    const path = join(tempDir('wf-lsp-'), AGENDAS.es.name);
    session.update(path, AGENDAS.es.text, 1);
    const uri = uriOf(path);
    const actions = codeActions(
      {
        textDocument: { uri },
        range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } },
        context: { diagnostics: [] },
      },
      session,
      'utf-16',
    );
    const start = actions.find((a) => a.title === 'Start the minutes');
    assert.ok(start, actions.map((a) => a.title).join(', '));
    const changes = start!.edit!.documentChanges!;
    const create = changes[0] as { kind: string; uri: string; options: { overwrite: boolean } };
    assert.equal(create.kind, 'create');
    assert.equal(create.options.overwrite, false);
    assert.match(create.uri, /acta\.md$/);
    const fill = changes[1] as { textDocument: { uri: string }; edits: { newText: string }[] };
    assert.equal(fill.textDocument.uri, create.uri);
    assert.equal(buildDocument('x.md', fill.edits[0].newText).lang, 'es');
    // Not on other documents.
    session.update(path + '.brief.md', '---\ntype: brief\n---\n# Creative brief\n', 1);
    assert.equal(
      codeActions(
        {
          textDocument: { uri: uriOf(path + '.brief.md') },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        },
        session,
        'utf-16',
      ).find((a) => a.title === 'Start the minutes'),
      undefined,
    );
  });

  it('an agenda without topics still gives minutes, with a prompt where the decisions go', () => {
    const doc = buildDocument('a.agenda.md', '---\ntype: agenda\nclient: Acme\n---\n# Agenda\n\n## Purpose\n\nTalk.\n');
    const made = minutesFromAgenda(doc);
    assert.match(made.text, /## Decisions\n\n<!-- The agenda lists no topics/);
    assert.match(made.text, /^client: Acme$/m);
    assert.equal(made.path, 'a.minutes.md');
  });
});

function readdir(dir: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:fs') as typeof import('node:fs')).readdirSync(dir).sort();
}

/** A small agency: two clients, job cards (one without a due date), minutes with actions, last week's report. */
function agency(): string {
  const dir = tempDir('wf-agency-');
  const nw = join(dir, 'northwind');
  const qs = join(dir, 'qingshan');
  const sm = join(dir, 'sol');
  for (const d of [nw, qs, sm]) mkdirSync(d);
  writeFileSync(
    join(dir, '.agency-docs.json'),
    JSON.stringify({ clients: [{ name: 'Northwind Coffee', aliases: ['Northwind'] }] }),
  );
  writeFileSync(
    join(nw, 'NW-2026-014.job.md'),
    `---
type: job
job: NW-2026-014
client: Northwind Coffee
opened: 2026-11-02 10:00
owner: ben
due: 2026-12-02
status: in-progress
schedule-sent: 2026-11-02 16:00
estimate: 12000 USD
---

# Job card NW-2026-014: launch film

## Request

A film.

## Deliverables

- 30-second film
- Two 6-second cutdowns, "Platform" and "Bridge"

## Schedule

Shoot on 2026-11-20.

## Estimate

See the field.

## Sign-off

- Client: Emma Lindqvist, 2026-11-03
- Account lead: Ben Harper, 2026-11-03
`,
  );
  writeFileSync(
    join(nw, 'NW-2026-016.job.md'),
    `---
type: job
job: NW-2026-016
client: Northwind Coffee
opened: 2026-11-09 10:00
owner: carla
due: TBD
status: open
---

# Job card NW-2026-016: in-store materials

## Request

POS.

## Deliverables

- Chiller wobbler | shelf strip
- Door cling

## Schedule

TBD

## Estimate

## Sign-off
`,
  );
  writeFileSync(
    join(nw, 'NW-2026-012.job.md'),
    `---
type: job
job: NW-2026-012
client: Northwind Coffee
opened: 2026-10-01 10:00
owner: alice
due: 2026-11-24
status: delivered
estimate: 5000 USD
---

# Job card NW-2026-012: media plan
`,
  );
  writeFileSync(
    join(nw, 'status-2026-w47.md'),
    `---
type: status
client: Northwind Coffee
week: 2026-W47
issued: 2026-11-20
---

# Weekly status report

## Jobs in progress

| Job | Next step | Owner | Due |
|---|---|---|---|
| NW-2026-012 | Media plan v3 | @alice | 2026-11-24 |

## Completed

- Nothing.

## Decisions needed

- None.

## Next week

- Review.
`,
  );
  writeFileSync(
    join(nw, '2026-11-23-review.minutes.md'),
    `---
type: minutes
client: Northwind
job: NW-2026-014
meeting: 2026-11-23 10:00
issued: 2026-11-23 17:00
attendees: [Emma Lindqvist, Ben Harper]
distribution: [Emma Lindqvist, Ben Harper]
---

# Meeting minutes: review

## Decisions

- Rough cut approved.

## Next actions

- [ ] Send the online edit, with "quotes", commas; and more @tom due 2026-11-25
- [x] Book the grade @tom due 2026-11-24
- [ ] [NW-2026-016] Confirm the door-cling size @carla due 2026-11-27
- [ ] Plan the 2027 kick-off @ben due 2027-01-15
- [ ] =HYPERLINK("http://x") looks like a formula @ben due 2026-12-01
`,
  );
  writeFileSync(
    join(qs, 'QS-2026-031.job.md'),
    `---
type: 工作卡
工作单号: QS-2026-031
客户: 青山茶饮
opened: 2026-11-10 10:00
owner: 李娜
due: 2026-11-30
status: in-progress
---

# 工作卡 QS-2026-031：主视觉

## 客户要求

主视觉。

## 交付内容

- 主视觉海报
- 15 秒短视频

## 进度安排

11月20日初稿。

## 估价

## 签核
`,
  );
  writeFileSync(
    join(qs, '2026-11-20-kol-minutes.md'),
    `---
type: 会议记录
客户: 青山茶饮
会议时间: 2026-11-20 14:00
发出日期: 2026-11-20 18:00
参会人员: 刘明、张伟
抄送: 刘明、张伟
---

# 会议记录：达人方案

## 结论

- 名单通过。

## 后续行动

- [ ] QS-2026-031 修改主视觉 @王芳 截止 2026-11-24
- [ ] 确认拍摄许可 @赵磊 截止 2026-11-28
`,
  );
  writeFileSync(
    join(sm, 'SM-2026-007.job.md'),
    `---
type: job
job: SM-2026-007
cliente: Cervecería Sol de Mayo
opened: 2026-11-05 10:00
owner: mateo
due: 2026-11-27
status: in-progress
---

# Orden de trabajo SM-2026-007: estand

## Petición

Un estand.

## Entregables

- Diseño del estand
- Construcción y montaje

## Cronograma

Montaje el 2026-11-26.

## Presupuesto

## Aprobación
`,
  );
  writeFileSync(
    join(sm, '2026-11-16-acta.md'),
    `---
type: acta de reunión
cliente: Cervecería Sol de Mayo
reunión: 2026-11-16 12:00
emitido: 2026-11-16 18:00
asistentes: [Lucía Gómez, Mateo Ruiz]
distribución: [Lucía Gómez, Mateo Ruiz]
---

# Acta de reunión: revisión

## Acuerdos

- Estilo aprobado.

## Próximos pasos

- [ ] SM-2026-007 Renders finales @sofia fecha límite: 2026-11-24
`,
  );
  return dir;
}

describe('workflow: the weekly status report', () => {
  it('ISO weeks: 2026-11-26 is in 2026-W48; 2027-01-01 in 2026-W53', () => {
    assert.deepEqual(isoWeekOf({ year: 2026, month: 11, day: 26 }), {
      year: 2026,
      week: 48,
      monday: { year: 2026, month: 11, day: 23 },
    });
    const w = isoWeekOf({ year: 2027, month: 1, day: 1 });
    assert.equal(`${w.year}-${w.week}`, '2026-53');
  });

  it('en: jobs in progress with number, title, owner, due and estimate; finished since last week; what is due; overdue actions grouped by job; every line links to its source', () => {
    const dir = agency();
    const r = run(['new', 'status', '--client', 'northwind', '--week', '2026-W48', '--today', '2026-11-26'], dir);
    assert.equal(r.code, 0, r.err);
    const written = r.out.trim();
    assert.equal(written, 'northwind/status-2026-w48.md', 'beside the previous report');
    const text = readFileSync(join(dir, written), 'utf8');
    const doc = buildDocument(written, text);
    assert.equal(doc.type?.id, 'status');
    assert.equal(doc.frontMatter?.field('client')?.text, 'Northwind Coffee');
    assert.equal(doc.frontMatter?.field('week')?.text, '2026-W48');
    const section = (id: string) => {
      const s = doc.sections.find((x) => x.def.id === id)!;
      return text.slice(s.contentStart, s.contentEnd);
    };
    const jobs = section('jobs-in-progress');
    assert.match(
      jobs,
      /\[NW-2026-014\]\(NW-2026-014\.job\.md#L3\) \| launch film \| @ben \| 2026-12-02 \| in-progress \| 12000 USD/,
    );
    assert.match(
      jobs,
      /\[NW-2026-016\]\(NW-2026-016\.job\.md#L3\) \| in-store materials \| @carla \| TBD \|/,
      'the due date as the card gives it, not a made-up one',
    );
    assert.match(jobs, /NW-2026-016.*no estimate yet/);
    assert.doesNotMatch(jobs, /NW-2026-012/, 'delivered jobs are not in progress');
    const done = section('completed');
    assert.match(
      done,
      /\[NW-2026-012\]\(NW-2026-012\.job\.md#L3\) media plan\n {2}- media plan — delivered \(\[Job card NW-2026-012: media plan\]\(NW-2026-012\.job\.md\)\)/,
    );
    assert.match(done, /Book the grade.*2026-11-23-review\.minutes\.md#L20/);
    const next = section('next-week');
    // Grouped by job: the action linked by its number sits under that job; the others under the minutes' job.
    assert.match(
      next,
      /- \[NW-2026-014\]\(NW-2026-014\.job\.md#L3\) launch film\n(?: {2}- .*\n)*? {2}- Send the online edit.*\(overdue\) \(\[Meeting minutes: review, line 19\]\(2026-11-23-review\.minutes\.md#L19\)\)/,
    );
    assert.match(
      next,
      /- \[NW-2026-016\]\(NW-2026-016\.job\.md#L3\) in-store materials\n {2}- \\\[NW-2026-016\\\] Confirm the door-cling size/,
    );
    assert.match(next, /job due 2026-12-02/);
    assert.doesNotMatch(next, /2027 kick-off/, 'not due within the weeks');
    assert.doesNotMatch(text, /Book the grade.*overdue/);
    const findings = check(written, dir);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'broken-link'),
      [],
      'every link resolves',
    );
    assert.deepEqual(
      findings.filter((f) => !PLACEHOLDER_RULES.has(f.rule)).map((f) => f.rule),
      [],
      JSON.stringify(findings),
    );
    // The one error: the job card has no due date, and the report says so instead of making one up.
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.line]),
      [['action-missing-due', 15]],
    );
    assert.match(text.split('\n')[14], /NW-2026-016.*TBD/);
  });

  it("zh and es: the report is in the language of the client's documents", () => {
    const dir = agency();
    const zh = run(['new', 'status', 'qingshan', '--today', '2026-11-26', '--out', '-'], dir);
    assert.equal(zh.code, 0, zh.err);
    const zhDoc = buildDocument('qingshan/s.md', zh.out);
    assert.equal(zhDoc.lang, 'zh');
    assert.match(zh.out, /# 工作进度报告：青山茶饮，第 48 周/);
    assert.match(
      zh.out,
      /\| \[QS-2026-031\]\(qingshan\/QS-2026-031\.job\.md#L3\) \| 主视觉 \| @李娜 \| 2026-11-30 \| in-progress \| 尚无估价 \|/,
    );
    assert.match(zh.out, /修改主视觉.*\(已逾期\)/);
    const es = run(['new', 'status', 'sol', '--today', '2026-11-26'], dir);
    assert.equal(es.code, 0, es.err);
    const esText = readFileSync(join(dir, es.out.trim()), 'utf8');
    assert.equal(buildDocument('s.md', esText).lang, 'es');
    assert.match(esText, /## Trabajos en curso/);
    assert.match(esText, /Renders finales.*\(atrasada\)/);
    assert.match(esText, /entrega del trabajo 2026-11-27/);
    const findings = check(es.out.trim(), dir);
    assert.deepEqual(
      findings.filter((f) => !PLACEHOLDER_RULES.has(f.rule)).map((f) => f.rule),
      [],
      JSON.stringify(findings),
    );
  });

  it('a job card whose Estimate section states the amount has that estimate in the report, as check reads it', () => {
    const dir = tempDir('wf-status-estimate-');
    writeFileSync(
      join(dir, 'ot-VM-0207.md'),
      '---\nnúmero de trabajo: VM-0207\ncliente: Viveros Monte\napertura: 2026-11-20 09:00\nresponsable: Nuria Gil\nestado: en curso\nfecha límite: 2026-12-04\n---\n\n# Orden de trabajo: catálogo de otoño\n\n## Solicitud\n\nUn catálogo de doce páginas.\n\n## Entregables\n\n- Catálogo A4\n\n## Cronograma\n\n- Maqueta: 2026-11-27\n\n## Presupuesto\n\n2.750 € más IVA, aprobado por correo.\n',
    );
    writeFileSync(
      join(dir, 'ot-VM-0208.md'),
      '---\nnúmero de trabajo: VM-0208\ncliente: Viveros Monte\napertura: 2026-11-20 09:00\nresponsable: Nuria Gil\nestado: abierto\nfecha límite: 2026-12-01 18:00 CET\n---\n\n# Orden de trabajo: carteles de invierno\n\n## Solicitud\n\nTres carteles.\n\n## Presupuesto\n\nPendiente de la imprenta.\n',
    );
    const es = run(['new', 'status', '--client', 'Viveros Monte', '--today', '2026-11-26', '--out', '-'], dir);
    assert.equal(es.code, 0, es.err);
    assert.match(es.out, /VM-0207.*\| 2\.750 € \|/);
    assert.match(es.out, /VM-0208.*\| sin presupuesto todavía \|/, 'a section saying it is to come gives none');
    // A due date with its hour and time zone is still the day the job is due.
    assert.match(es.out, /VM-0208.*\| 2026-12-01 \|/);
    assert.match(es.out, /entrega del trabajo 2026-12-01/);
    const card = buildDocument('ot-VM-0207.md', readFileSync(join(dir, 'ot-VM-0207.md'), 'utf8'));
    assert.equal(jobCardEstimate(card), '2.750 €');
    assert.deepEqual(
      check('ot-VM-0207.md', dir).filter((f) => f.rule === 'estimate-missing'),
      [],
    );
    const zhDir = tempDir('wf-status-estimate-zh-');
    writeFileSync(
      join(zhDir, '工作单-CJ-0310.md'),
      '---\n工作单号: CJ-0310\n客户: 晨光书店\n开单日期: 2026-11-20 10:00\n负责人: 孙悦\n状态: 进行中\n截止日期: 2026-12-04\n---\n\n# 工作单：新年书展海报\n\n## 需求\n\n书展海报两款。\n\n## 交付物\n\n- 海报两款\n\n## 进度\n\n- 初稿：2026-11-27\n\n## 估价\n\n合计 ¥18,500，客户已确认。\n',
    );
    const zh = run(['new', 'status', '--today', '2026-11-26', '--out', '-'], zhDir);
    assert.equal(zh.code, 0, zh.err);
    assert.match(zh.out, /CJ-0310.*\| ¥18,500 \|/);
    assert.doesNotMatch(zh.out, /尚无估价/);
  });

  it('the help says that new status and new minutes write a file, and where; --out - prints', () => {
    const help = run(['--help'], tempDir('wf-help-')).out;
    assert.match(help, /new minutes and new status write a file and print its path/);
    assert.match(help, /beside the client's previous report \(else in the current folder/);
    assert.match(help, /--out - prints/);
  });

  it('several clients and none named: a plain message and no file; an unknown client lists the known ones', () => {
    const dir = agency();
    const r = run(['new', 'status', '--today', '2026-11-26'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /several clients \(Cervecería Sol de Mayo, Northwind Coffee, 青山茶饮\)/);
    const u = run(['new', 'status', '--client', 'Acme', '--today', '2026-11-26'], dir);
    assert.equal(u.code, 2);
    assert.match(u.err, /No document is for the client “Acme”/);
    assert.equal(run(['new', 'status', '--week', '48th', '--client', 'Northwind'], dir).code, 2);
  });
});

describe('workflow: the estimate from a job card', () => {
  for (const [lang, path, want] of [
    [
      'en',
      'northwind/NW-2026-016.job.md',
      /\| Chiller wobbler \\\| shelf strip \| {2}\| {2}\|\n\| Door cling \| {2}\| {2}\|/,
    ],
    ['zh', 'qingshan/QS-2026-031.job.md', /\| 主视觉海报 \| {2}\| {2}\|\n\| 15 秒短视频 \| {2}\| {2}\|/],
    ['es', 'sol/SM-2026-007.job.md', /\| Diseño del estand \| {2}\| {2}\|\n\| Construcción y montaje \| {2}\| {2}\|/],
  ] as const) {
    it(`${lang}: "Create the estimate" makes the estimate beside the card and links it, and the finding goes`, () => {
      const dir = agency();
      const file = join(dir, path);
      let text = readFileSync(file, 'utf8');
      text = text.replace(/^status: \S+$/m, 'status: in-progress');
      writeFileSync(file, text);
      const a = analyze(text, file, 'en');
      const finding = a.findings.find((f) => f.rule === 'estimate-missing');
      assert.ok(finding, a.findings.map((f) => f.rule).join(', '));
      const fix = fixesFor(finding!, { doc: a.doc, options: a.options }).find((f) => f.createFile);
      assert.ok(fix);
      assert.equal(fix!.title, 'Create the estimate');
      const created = fix!.createFile!;
      assert.ok(!existsSync(created.path));
      const est = buildDocument(created.path, created.text);
      assert.equal(est.type?.id, 'estimate');
      assert.equal(est.lang, lang);
      assert.equal(est.frontMatter?.field('job')?.text, a.doc.frontMatter?.field('job')?.text);
      assert.equal(est.frontMatter?.field('client')?.text, a.doc.frontMatter?.field('client')?.text);
      assert.match(created.text, want);
      // The card only gains a line: nothing of it is rewritten.
      const after = applyEdits(text, fix!.edits);
      assert.equal(after.replace(/\nestimate: [^\n]*/, ''), text);
      writeFileSync(created.path, created.text);
      writeFileSync(file, after);
      const cardFindings = check(path, dir);
      assert.deepEqual(
        cardFindings.filter((f) => f.rule === 'estimate-missing' || f.rule === 'broken-link'),
        [],
        JSON.stringify(cardFindings),
      );
      const estFindings = check(created.path, dir);
      assert.ok(
        estFindings.every((f) => f.severity !== 'error' || f.rule === 'missing-field'),
        JSON.stringify(estFindings),
      );
    });
  }

  it('an estimate already there is never overwritten: the next free name is used', () => {
    const dir = agency();
    const file = join(dir, 'northwind/NW-2026-016.job.md');
    writeFileSync(join(dir, 'northwind/NW-2026-016.estimate.md'), 'keep me');
    const text = readFileSync(file, 'utf8').replace('status: open', 'status: in-progress');
    const a = analyze(text, file, 'en');
    const fix = fixesFor(a.findings.find((f) => f.rule === 'estimate-missing')!, {
      doc: a.doc,
      options: a.options,
    }).find((f) => f.createFile)!;
    assert.match(fix.createFile!.path, /NW-2026-016-2\.estimate\.md$/);
    assert.equal(readFileSync(join(dir, 'northwind/NW-2026-016.estimate.md'), 'utf8'), 'keep me');
  });
});

describe('workflow: actions as CSV and iCalendar', () => {
  it('CSV: UTF-8 with BOM, one row per action with owner, due, status, text, document, line, job, client; parses back as a table', () => {
    const dir = agency();
    const r = run(['actions', '--format', 'csv', '--today', '2026-11-26'], dir);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.startsWith('\uFEFF'), 'byte-order mark');
    assert.match(r.out, /\r\n/);
    const rows = parseCsv(r.out, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]), ['owner', 'due', 'status', 'text', 'document', 'line', 'job', 'client']);
    assert.equal(rows.length, 9);
    const quoted = rows.find((x) => x.text.startsWith('Send the online edit'))!;
    assert.equal(quoted.text, 'Send the online edit, with "quotes", commas; and more @tom due 2026-11-25');
    assert.deepEqual(
      [quoted.owner, quoted.due, quoted.status, quoted.document, quoted.line, quoted.job, quoted.client],
      ['tom', '2026-11-25', 'overdue', 'northwind/2026-11-23-review.minutes.md', '19', 'NW-2026-014', 'Northwind'],
    );
    assert.equal(rows.find((x) => x.text.startsWith('[NW-2026-016]'))!.job, 'NW-2026-016');
    assert.equal(rows.find((x) => x.text.startsWith('Book the grade'))!.status, 'done');
    const zh = rows.find((x) => x.text.includes('修改主视觉'))!;
    assert.deepEqual([zh.owner, zh.client, zh.status], ['王芳', '青山茶饮', 'overdue']);
    assert.ok(rows.some((x) => x.client === 'Cervecería Sol de Mayo' && x.owner === 'sofia'));
    // A cell a spreadsheet would run as a formula is kept as text.
    assert.ok(rows.some((x) => x.text.startsWith("'=HYPERLINK")));
  });

  it('filters: --owner, --overdue, --client (aliases count), --due-before', () => {
    const dir = agency();
    const rows = (args: string[]) =>
      parseCsv(run(['actions', '--format', 'csv', '--today', '2026-11-26', ...args], dir).out, {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
    assert.deepEqual(
      rows(['--owner', 'tom']).map((x) => x.owner),
      ['tom', 'tom'],
    );
    assert.ok(rows(['--overdue']).every((x) => x.status === 'overdue'));
    assert.equal(rows(['--overdue']).length, 4);
    // The minutes write the alias, last week's report the name: both are the client.
    assert.deepEqual([...new Set(rows(['--client', 'Northwind Coffee']).map((x) => x.client))].sort(), [
      'Northwind',
      'Northwind Coffee',
    ]);
    assert.equal(rows(['--client', 'northwind']).length, 6);
    assert.deepEqual(
      rows(['--client', '青山茶饮']).map((x) => x.owner),
      ['王芳', '赵磊'],
    );
    assert.deepEqual(
      rows(['--due-before', '2026-11-25']).map((x) => x.due),
      ['2026-11-24', '2026-11-24', '2026-11-24', '2026-11-24'],
    );
    assert.equal(run(['actions', '--due-before', 'soon'], dir).code, 2);
  });

  it('ICS: one all-day event per open action with a due date; parses with ical.js; UIDs survive moving, re-dating and re-exporting', () => {
    const dir = agency();
    const first = run(['actions', '--format', 'ics', '--today', '2026-11-26'], dir);
    assert.equal(first.code, 0, first.err);
    assert.ok(
      first.out.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75),
      'folded at 75 octets',
    );
    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const ev = events(first.out);
    assert.equal(ev.length, 8, "open actions with a due date (last week's report has one too)");
    const edit = ev.find((e) => e.summary.startsWith('Send the online edit'))!;
    assert.equal(edit.summary, 'Send the online edit, with "quotes", commas; and more @tom due 2026-11-25');
    assert.ok(edit.startDate.isDate);
    assert.equal(edit.startDate.toString(), '2026-11-25');
    assert.equal(edit.endDate.toString(), '2026-11-26');
    assert.match(
      edit.description,
      /Owner: tom\nJob: NW-2026-014\nClient: Northwind\nnorthwind\/2026-11-23-review\.minutes\.md:19/,
    );
    const zh = ev.find((e) => e.summary.includes('确认拍摄许可'))!;
    assert.equal(zh.startDate.toString(), '2026-11-28');
    assert.equal(new Set(ev.map((e) => e.uid)).size, ev.length, 'unique UIDs');
    // Same export again: same UIDs. Then a line above and a new date: still the same UIDs.
    assert.deepEqual(
      events(run(['actions', '--format', 'ics', '--today', '2026-11-26'], dir).out).map((e) => e.uid),
      ev.map((e) => e.uid),
    );
    const minutes = join(dir, 'northwind/2026-11-23-review.minutes.md');
    writeFileSync(
      minutes,
      readFileSync(minutes, 'utf8')
        .replace('## Decisions\n', '## Decisions\n\n- Also: the grade is booked.\n')
        .replace('@tom due 2026-11-25', '@tom due 2026-11-26'),
    );
    const again = events(run(['actions', '--format', 'ics', '--today', '2026-11-26'], dir).out);
    const moved = again.find((e) => e.summary.startsWith('Send the online edit'))!;
    assert.equal(moved.startDate.toString(), '2026-11-26');
    assert.deepEqual(again.map((e) => e.uid).sort(), ev.map((e) => e.uid).sort());
    assert.equal(moved.uid, edit.uid);
  });

  it('ICS lines fold without splitting a character', () => {
    const long = 'SUMMARY:' + '确认拍摄许可'.repeat(10);
    const folded = foldLine(long);
    assert.equal(folded.replace(/\r\n /g, ''), long);
    for (const l of folded.split('\r\n')) assert.ok(new TextEncoder().encode(l).length <= 75);
  });

  it('--out writes the file atomically and does not overwrite without --force', () => {
    const dir = agency();
    assert.equal(run(['actions', '--format', 'csv', '--out', 'actions.csv'], dir).code, 0);
    const before = readFileSync(join(dir, 'actions.csv'), 'utf8');
    writeFileSync(join(dir, 'actions.csv'), 'mine');
    const r = run(['actions', '--format', 'csv', '--out', 'actions.csv'], dir);
    assert.equal(r.code, 2);
    assert.equal(readFileSync(join(dir, 'actions.csv'), 'utf8'), 'mine');
    assert.equal(run(['actions', '--format', 'csv', '--out', 'actions.csv', '--force'], dir).code, 0);
    assert.equal(readFileSync(join(dir, 'actions.csv'), 'utf8'), before);
  });
});

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c as Nodes, out);
  return out;
}

describe('workflow: export as HTML', () => {
  const XSS = `---
type: minutes
client: Northwind <b>Coffee</b>
meeting: 2026-11-23 10:00
issued: 2026-11-23 17:00
attendees: [Emma Lindqvist, "Ben <script>alert(1)</script>"]
distribution: [Emma Lindqvist]
---

# Meeting minutes: review

<script>alert("xss")</script>

<img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">click</a>

[also click](javascript:alert(2)) <iframe src="https://evil.example"></iframe>

<div style="position:fixed" onclick="alert(3)"><ins>Underlined</ins> words stay.</div>

## Decisions

- Rough cut approved. <!-- a comment -->

| Item | Owner |
|---|---|
| Edit | @tom |

## Next actions

- [ ] Send the edit @tom due 2026-11-25
`;
  it('a standalone, well-formed page: header from the front matter, inline styles, no script, raw HTML sanitized', () => {
    const dir = tempDir('wf-html-');
    writeFileSync(join(dir, 'review.minutes.md'), XSS);
    const r = run(['export', 'review.minutes.md', '--format', 'html'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim(), 'review.minutes.html');
    const html = readFileSync(join(dir, 'review.minutes.html'), 'utf8');
    const errors: string[] = [];
    const tree = fromHtml(html, {
      onerror: (e) => {
        errors.push(e.reason);
      },
    });
    assert.deepEqual(errors, [], 'parses without an error');
    const all = elements(tree);
    const tags = new Set(all.map((e) => e.tagName));
    for (const bad of ['script', 'iframe', 'style', 'link', 'object', 'embed']) assert.ok(!tags.has(bad), bad);
    assert.ok(
      all.every((e) => Object.keys(e.properties).every((k) => !/^on/i.test(k))),
      'no event handler',
    );
    assert.ok(
      all.every((e) => !/^\s*javascript:/i.test(String(e.properties.href ?? ''))),
      'no javascript: link',
    );
    assert.doesNotMatch(html, /<script|javascript:|onerror|onclick|position:fixed/i);
    assert.match(html, /<ins>Underlined<\/ins> words stay\./, 'harmless markup kept');
    assert.doesNotMatch(html, /a comment/);
    // Header: client, meeting, attendees, distribution, as text (their markup escaped, never run).
    const dds = all.filter((e) => e.tagName === 'dd').map((e) => (e.children[0] as { value: string }).value);
    assert.deepEqual(dds, [
      'Northwind <b>Coffee</b>',
      '2026-11-23 10:00',
      'Emma Lindqvist, Ben <script>alert(1)</script>',
      'Emma Lindqvist',
    ]);
    assert.ok(all.find((e) => e.tagName === 'table')!.properties.style, 'inline styles');
    assert.ok(
      all.some((e) => e.tagName === 'input' && e.properties.type === 'checkbox'),
      'task list',
    );
    assert.equal(all.find((e) => e.tagName === 'title')!.children.length, 1);
    // Never over an existing page without --force.
    assert.equal(run(['export', 'review.minutes.md', '--format', 'html'], dir).code, 2);
    assert.equal(run(['export', 'review.minutes.md', '--format', 'html', '--force'], dir).code, 0);
  });

  it("zh and es: the page has the document's language and its words", () => {
    const dir = agency();
    const zh = run(['export', 'qingshan/2026-11-20-kol-minutes.md', '--format', 'html', '--out', '-'], dir);
    assert.equal(zh.code, 0, zh.err);
    assert.match(zh.out, /<html lang="zh-CN">/);
    assert.match(zh.out, /<dt[^>]*>客户<\/dt><dd[^>]*>青山茶饮<\/dd>/);
    assert.match(zh.out, /修改主视觉/);
    const es = run(['export', 'sol/2026-11-16-acta.md', '--format', 'html', '--out', '-'], dir);
    assert.match(es.out, /<html lang="es">/);
    assert.match(es.out, /<dt[^>]*>Asistentes<\/dt><dd[^>]*>Lucía Gómez, Mateo Ruiz<\/dd>/);
    for (const out of [zh.out, es.out]) {
      const errors: string[] = [];
      fromHtml(out, {
        onerror: (e) => {
          errors.push(e.reason);
        },
      });
      assert.deepEqual(errors, []);
    }
  });
});
