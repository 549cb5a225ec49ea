/**
 * Failures a ninth blind set of agency documents found (blind9, 2026-12-06, twenty-second session): owner cells
 * with a role, a company or two people, an owner label running on into the task, a word in brackets closing a
 * table's task, more names of a table's columns, and a sign-off dated ambiguously. Written here in our own
 * words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDue, findOwners, JOB_COLUMNS } from '../server/core/actions';
import { findColumn } from '../server/core/content';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { configuredFindings } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 6 };
const CONFIG = JSON.stringify({
  agency: { name: 'Fennel & Moor', aliases: ['Fennel'] },
  clients: [{ name: 'Aldgate Juice', aliases: ['Aldgate'] }, { name: '松风茶饮' }],
  team: [
    { name: 'Rhea Dunn', aliases: ['Rhea'] },
    { name: 'Omar Pike', aliases: ['Omar'] },
    { name: 'Nina Voss', aliases: ['Nina'], role: 'Client: Aldgate Juice' },
    { name: 'Tariq Shaw', aliases: ['Tariq'] },
    { name: 'Inés Rubio', aliases: ['Inés'] },
    { name: '韩雪' },
    { name: '宋涛' },
  ],
});
const HEAD =
  '---\ntype: minutes\nclient: Aldgate Juice\nmeeting: 2026-12-03\nissued: 2026-12-04\nattendees: Rhea Dunn, Omar Pike, Nina Voss\ndistribution: attendees\n---\n# Aldgate call\n\n## Decisions\n- Keep the orchard route.\n\n## Action items\n\n';

function findings(text: string, rule?: string): string[] {
  return configuredFindings(text, CONFIG, TODAY, rule);
}
const table = (header: string, row: string) => `${HEAD}${header}\n${header.replace(/[^|]+/g, '---')}\n${row}\n`;
const names = (text: string) => findOwners(text, 0).map((o) => o.name);

describe('a ninth blind set of agency documents', () => {
  it('an owner cell with a role, a company or two people names people of the team', () => {
    for (const owner of [
      'Rhea Dunn (CD)',
      'Nina Voss (Aldgate Juice)',
      'Rhea / Omar',
      'Rhea & Omar',
      '韩雪、宋涛',
      '韩雪（客户执行）',
    ])
      assert.deepEqual(
        findings(table('| Action | Owner | Due |', `| Send the deck | ${owner} | 2026-12-09 |`), 'unknown-owner'),
        [],
        owner,
      );
    // One of the two not on the team is still reported.
    assert.deepEqual(
      findings(table('| Action | Owner | Due |', '| Send the deck | Rhea / Zed | 2026-12-09 |'), 'unknown-owner'),
      ['18 unknown-owner'],
    );
  });

  it('an owner label’s name ends where the task begins: `owner: Tom Hadley to draft …`, `负责人：陈静 确认…`', () => {
    assert.deepEqual(names('owner: Omar Pike to draft the media plan'), ['Omar Pike']);
    assert.deepEqual(names('Responsable: Inés Rubio pedirá el presupuesto'), ['Inés Rubio']);
    assert.deepEqual(names('负责人：韩雪 确认发布会场地'), ['韩雪']);
    assert.deepEqual(names('负责人:宋涛 确认发布会场地'), ['宋涛']);
    // A name of two words, or a team in lower case, is whole.
    assert.deepEqual(names('Responsable: equipo de cámara'), ['equipo de cámara']);
    // Who they are with, in brackets after the name.
    assert.deepEqual(names('Tariq (Fennel & Moor) to draft the plan'), ['Tariq']);
  });

  it('a word in brackets closing a table’s task is no owner where the owner column names one', () => {
    for (const task of [
      'Revised headline options (two)',
      'Confirm the media dates (Leeds)',
      'Book the shelf (Waitrose)',
    ])
      assert.deepEqual(
        findings(table('| Action | Owner | Due |', `| ${task} | Rhea | 2026-12-09 |`), 'unknown-owner'),
        [],
      );
    // Without an owner column, the brackets name the owner.
    assert.deepEqual(
      findings(table('| Action | Due |', '| Send the deck (Rhea) | 2026-12-09 |'), 'action-missing-owner'),
      [],
    );
  });

  it('more names of a table’s columns: `Target date`, `By when`, `ETA`, `Fecha de entrega`, `Responsibility`, `Nº trabajo`, `工单号`', () => {
    for (const due of ['Target date', 'By when', 'ETA', 'Fecha de entrega'])
      assert.deepEqual(
        findings(table(`| Action | Owner | ${due} |`, '| Send the deck | Rhea | 2026-12-09 |'), 'action-missing-due'),
        [],
        due,
      );
    assert.deepEqual(
      findings(
        table('| Action | Responsibility | Due |', '| Send the deck | Rhea | 2026-12-09 |'),
        'action-missing-owner',
      ),
      [],
    );
  });

  it('a sign-off dated ambiguously is dated: only ambiguous-date, no missing sign-off', () => {
    const brief = (date: string) =>
      `---\ntype: brief\nclient: Aldgate Juice\nbrand: Orchard\njob: AJ-101\nissued: 2026-11-20\n---\n# Creative brief\n\n## Objective\nGet buyers to switch.\n\n## Target consumer\nBusy parents.\n\n## Button\nReal fruit, nothing else.\n\n## Support points\n- Cold pressed.\n\n## Tone\nWarm.\n\n## Mandatories\n- Logo.\n\n## Deliverables\n- Poster\n\n## Budget\nGBP 20,000\n\n## Timing\n- Launch 2027-03-01\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Nina Voss, Aldgate Juice | ${date} |\n| Account director | Rhea Dunn | 2026-11-25 |\n| Creative lead | Omar Pike | 2026-11-25 |\n`;
    assert.deepEqual(findings(brief('05/11/2026'), 'missing-signoff'), []);
    assert.deepEqual(findings(brief('05/11/2026'), 'ambiguous-date'), ['40 ambiguous-date']);
    // No date at all is a sign-off still to come.
    assert.deepEqual(findings(brief(''), 'missing-signoff'), ['40 missing-signoff']);
  });

  it('`Siguientes pasos`, `截止 12.8`, and job columns `Trabajo nº`, `Núm.`, `项目编号`', () => {
    const table = sectionTable(typeById('minutes')!);
    assert.equal(matchHeading(table, 'Siguientes pasos')?.section.id, 'next-actions');
    assert.equal(findDue('提交方案，截止 12.8', 0, 2026, 'md').due?.text, '12.8');
    // Not after an English word: `by 1.5x` is no date.
    assert.equal(findDue('grow it by 1.5x', 0, 2026, 'mdy').due, undefined);
    for (const h of ['Trabajo nº', 'Núm.', '项目编号', 'Nº trabajo', 'N.º de trabajo', 'Ref', '工单号'])
      assert.equal(findColumn(['Tarea', h, 'Estado'], JOB_COLUMNS), 1, h);
  });

  it('a point of contact column names the owner, and a row saying `none` is no task', () => {
    const text = table('| AI | POC | Trello |', '| none | | |\n| Send the goals update | Rhea | |');
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 action-missing-due']);
  });
});
