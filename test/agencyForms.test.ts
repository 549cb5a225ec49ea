/**
 * Forms a second blind stand-in for the hidden agency sets found wrong (issue 16): a name read with the
 * dash after it, the document's own client spelled with its legal suffix or a longer name, headings
 * numbered `（一）`, and an action table under a heading that is no actions section.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { analyzeDocument } from '../server/core/analyze';
import { findOwners } from '../server/core/actions';
import { analyze, workspaceOptions } from './helpers/analyze';

const CONFIG = JSON.stringify({
  clients: [{ name: 'Grupo Solera', aliases: ['Solera'] }, { name: 'Aster Hotels' }, { name: 'Harbor Bank' }],
  team: [
    { name: 'diego', aliases: ['Diego León'] },
    { name: 'marta', aliases: ['Marta Gil'] },
    { name: 'tom', aliases: ['Tom Reid'] },
    { name: 'ivy', aliases: ['Ivy Shaw'] },
  ],
});

const rules = (text: string, rule: string, config = CONFIG, path = 'doc.md') =>
  analyze(text, path, 'en', config)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

describe('forms of the second blind agency set', () => {
  it('a dash, a middle dot or a bar after an owner is no part of the name', () => {
    for (const [line, name] of [
      ['Responsable: Diego León — fecha límite: 12/12/2026 — cerrar el casting', 'Diego León'],
      ['Owner: Tom Reid - due 2026-12-10 - book the studio', 'Tom Reid'],
      ['Owner: Ivy Shaw – due 2026-12-10', 'Ivy Shaw'],
      ['responsable: Marta Gil · fecha límite: 10/12/2026 · enviar artes', 'Marta Gil'],
      ['负责人：李娜 —— 截止：2026-12-10 —— 发送脚本', '李娜'],
    ])
      assert.deepEqual(
        findOwners(line, 0).map((o) => o.name),
        [name],
        line,
      );
    const text = `---\ntype: minutes\nclient: Grupo Solera\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [Diego León, Marta Gil]\ndistribution: [Diego León]\n---\n\n# Acta\n\n## Acuerdos\n\n- Se aprueba la cuña.\n\n## Próximos pasos\n\n- Responsable: Diego León — fecha límite: 2026-12-12 — cerrar el casting.\n`;
    assert.deepEqual(rules(text, 'unknown-owner'), []);
  });

  it("the document's own client with a legal suffix, a division or a longer name is no other client", () => {
    const doc = (client: string, body: string) =>
      `---\ntype: memo\nto: Ana Ruiz\nfrom: Tom Reid\ndate: 2026-11-20\nsubject: Shoot\nclient: ${client}\n---\n# Memo\n\n${body}\n`;
    assert.deepEqual(
      rules(doc('"Grupo Solera, S.A."', 'Grupo Solera aprueba la campaña.'), 'other-client-mentioned'),
      [],
    );
    assert.deepEqual(rules(doc('Aster Hotels Group', 'Aster Hotels signs the plan.'), 'other-client-mentioned'), []);
    assert.deepEqual(
      rules(
        doc('"星河文旅：华东区"', '星河文旅确认了方案。'),
        'other-client-mentioned',
        JSON.stringify({ clients: [{ name: '星河文旅' }, { name: 'Harbor Bank' }] }),
      ),
      [],
    );
    // Another client is still one.
    assert.deepEqual(rules(doc('"Grupo Solera, S.A."', 'As we did for Harbor Bank.'), 'other-client-mentioned'), [11]);
    // Without a configuration: the workspace's `client:` values, one spelled with `N.A.`.
    const files = new Map([
      ['a.md', doc('Harbor Bank', 'Plain text.')],
      ['b.md', doc('Harbor Bank N.A.', 'Harbor Bank approves the shoot.')],
      ['c.md', doc('Lumen Labs', 'Lumen Labs approves.')],
    ]);
    const options = workspaceOptions(files);
    const b = analyzeDocument(buildDocument('b.md', files.get('b.md')!), options);
    assert.deepEqual(
      b.filter((f) => f.rule === 'other-client-mentioned').map((f) => f.range.start.line + 1),
      [],
    );
    const c = analyzeDocument(buildDocument('c.md', doc('Lumen Labs', 'Like Harbor Bank did.')), options);
    assert.deepEqual(
      c.filter((f) => f.rule === 'other-client-mentioned').map((f) => f.range.start.line + 1),
      [11],
    );
  });

  it('headings numbered （一）, （二） name their sections', () => {
    const text = `---\ntype: minutes\nclient: 星河文旅\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [陈晨, 李娜]\ndistribution: [陈晨]\n---\n\n# 通话记录\n\n## （一）会议结论\n\n1. 按第二版执行。\n\n## （二）下一步\n\n| 事项 | 负责人 | 截止日期 |\n|---|---|---|\n| 整理演员候选名单 | 陈晨 |  |\n`;
    assert.deepEqual(rules(text, 'missing-section', '{}', 'zh.md'), []);
    assert.deepEqual(rules(text, 'action-missing-due', '{}', 'zh.md'), [20]);
  });

  it('minutes with no actions section: an action table under another heading is read as their actions', () => {
    const text = `---\ntype: minutes\nclient: Harbor Bank\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [Rachel, Dana]\ndistribution: [Rachel]\n---\n\n# Minutes\n\n## Decisions\n\n- Go with route B.\n\n## Notes\n\n| Who | Task | Due |\n|---|---|---|\n| | Send scripts | |\n| Dana | Book the studio | 2026-12-01 |\n\n| Topic | Notes |\n|---|---|\n| Casting | Shortlist agreed |\n`;
    assert.deepEqual(rules(text, 'missing-section', '{}'), []);
    assert.deepEqual(rules(text, 'action-missing-owner', '{}'), [20]);
    assert.deepEqual(rules(text, 'action-missing-due', '{}'), [20]);
    // With an actions section, a table elsewhere only hands out tasks: it is no list of actions of its own,
    // also when the two are far apart (read in different chunks: analyze.ts checks chunk by chunk).
    const filler =
      '\n## Discussion\n\n' + 'The team went through the shelf test results store by store. '.repeat(60) + '\n';
    const far =
      text.replace('## Notes', `${filler}\n## Notes`) +
      `${filler}\n## Next steps\n\n- Dana to call the printer due 2026-12-02\n`;
    const farFindings = analyze(far, 'doc.md', 'en', '{}').findings.map((f) => f.rule);
    assert.ok(
      !farFindings.includes('action-missing-owner') && !farFindings.includes('action-missing-due'),
      farFindings.join(),
    );
    // With an actions section, a table elsewhere only hands out tasks: it is no list of actions of its own.
    const withSection = text.replace(
      '## Decisions\n\n- Go with route B.\n',
      '## Decisions\n\n- Go with route B.\n\n## Next steps\n\n- Dana to call the printer due 2026-12-02\n',
    );
    assert.deepEqual(rules(withSection, 'action-missing-owner', '{}'), []);
  });

  it('an owner label naming several people gives each of them; a team stays whole', () => {
    for (const [line, names] of [
      ['Owner: Tom Reid / Ivy Shaw, due 2026-12-10', ['Tom Reid', 'Ivy Shaw']],
      ['Responsables: Ana y Luis', ['Ana', 'Luis']],
      ['负责人：李娜、王强', ['李娜', '王强']],
      ['负责人：李娜和王强', ['李娜', '王强']],
      ['负责人：和平', ['和平']],
      ['Owner: Marketing & Sales team', ['Marketing & Sales team']],
    ] as const)
      assert.deepEqual(
        findOwners(line, 0).map((o) => o.name),
        names,
        line,
      );
  });

  it('a job number after `OT`, `Job` or `工单号` leading a status item is a reference to it', () => {
    const text = `---\ntype: status\nclient: Grupo Solera\nweek: 2026-W47\nissued: 2026-11-20\n---\n\n# Informe semanal\n\n## Trabajos en curso\n\n- OT SOL-999: artes finales\n- Job SOL-998: artes\n- OTRO-12 sin número\n\n## Completado\n\n- Nada.\n\n## Próxima semana\n\n- Nada.\n`;
    const found = analyze(text, 'status.md', 'es', '{"jobPattern": "SOL-[0-9]{3}"}').findings.filter(
      (f) => f.rule === 'unknown-job',
    );
    assert.deepEqual(
      found.map((f) => [f.range.start.line + 1, f.range.start.character]),
      [
        [12, 5],
        [13, 6],
      ],
    );
  });

  it("an agenda's topics in a table or as sub-headings are topics", () => {
    const agenda = (topics: string) =>
      `---\ntype: agenda\nclient: Harbor Bank\nmeeting: 2026-11-27 10:00\nissued: 2026-11-20\nattendees: [Rachel Kim]\nlocation: Pier 3\n---\n\n# Agenda: casting review\n\n## Purpose\n\nChoose the cast.\n\n## Topics\n\n${topics}\n`;
    const empty = (topics: string) => rules(agenda(topics), 'empty-section', '{}');
    assert.deepEqual(empty('| Time | Topic | Lead |\n|---|---|---|\n| 10:00 | Casting shortlist | Felix |'), []);
    assert.deepEqual(empty('### 1. Casting shortlist\n\nFelix.\n\n### 2. Wardrobe\n\nDana.'), []);
    assert.deepEqual(empty('We will see what comes up.'), [16]);
  });
});
