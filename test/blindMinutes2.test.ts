/**
 * Sections and dates in forms of a second blind sample of real minutes and agendas (issue 16: 109 documents
 * in English, Spanish and Chinese from 14 projects not read before, every finding labelled by hand).
 * Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDates } from '../server/core/dates';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { analyze } from './helpers/analyze';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('sections and dates of a second blind sample of real minutes', () => {
  const table = sectionTable(typeById('minutes')!);

  it('next actions for a week or for a group of people, and tasks with who does each', () => {
    for (const heading of [
      'Action points this week',
      'Tasks next sprint',
      'Tareas esta semana',
      'Action Items for All Members',
      'Action items for team leads',
      'Tareas y reparto',
      'Tasks and owners',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    // A topic for someone, or a week's design, stays a topic.
    for (const heading of ['Next steps for @oneOf (5m, Hugh)', 'Design this week', 'Action items for Acme'])
      assert.equal(matchHeading(table, heading), null, heading);
  });

  it('decisions under “We agreed on” and in a heading listing its parts with commas', () => {
    for (const heading of ['We agreed on', 'Agreed on', 'Notes, Decisions, Issues:'])
      assert.equal(matchHeading(table, heading)?.section.id, 'decisions', heading);
    assert.equal(matchHeading(table, 'Decisions, if any'), null);
  });

  it('the items under `## Action points this week` are read and checked', () => {
    const text = `${HEAD}# Weekly sync\n\n## Decisions\n- Keep the demo.\n\n## Action points this week\n- Fix the demo bug.\n- Lee: write the readme by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions']);
  });

  it('each topic closing with its own `## Action Items` is no duplicate; two in a row still are', () => {
    const perTopic = `${HEAD}# Call 88\n\n## Decisions\n- Ship it.\n\n## 2.1 Pricing\nTalked.\n## Action Items\n- @ana send the quote by 2026-12-20\n## 2.2 Casting\nTalked.\n## Action Items\n- @lee book the talent by 2026-12-20\n`;
    assert.deepEqual(findings(perTopic, 'duplicate-section'), []);
    const twice = `${HEAD}# Call 88\n\n## Decisions\n- Ship it.\n\n## Action Items\n- @ana send the quote by 2026-12-20\n## Action Items\n- @lee book the talent by 2026-12-20\n`;
    assert.deepEqual(findings(twice, 'duplicate-section'), ['16 next-actions']);
  });

  it('an agenda whose topics are its own headings, under a first `## Agenda …` heading, has its topics', () => {
    const agenda = (top: string) =>
      `---\ntype: agenda\nclient: Acme\nmeeting: 2026-12-08\n---\n${top}\n\nChair: Ana\n\n## Purpose\nPlan the week.\n\n# Opening\n# Approval of the agenda\n# Backlog review\n* go over the new backlog\n# Any other business\n`;
    assert.deepEqual(findings(agenda('## Agenda for 2026-12-08'), 'missing-section'), []);
    assert.deepEqual(findings(agenda('## Agenda'), 'empty-section'), []);
    // Without the topic headings, the topics are still asked for.
    const bare = `---\ntype: agenda\nclient: Acme\nmeeting: 2026-12-08\n---\n# Agenda\n\n## Purpose\nPlan the week.\n`;
    assert.deepEqual(findings(bare, 'missing-section'), ['6 topics']);
  });

  it('a day/month date with its weekday has the one reading that falls on it', () => {
    const certain = (text: string) => {
      const t = findDates(text, { defaultYear: 2026 })[0];
      return t?.kind === 'ambiguous' && t.certain ? `${t.certain.month}/${t.certain.day}` : t?.kind;
    };
    assert.equal(certain('Date: Wednesday 2/3/2021'), '2/3');
    assert.equal(certain('on 2/3/2021 (Tue)'), '3/2');
    assert.equal(certain('星期三 2/3/2021'), '2/3');
    // A weekday neither reading falls on, or none: still two readings.
    assert.equal(certain('Monday 2/3/2021'), 'ambiguous');
    assert.equal(certain('2/3/2021'), 'ambiguous');
    const text = `${HEAD}# Sync\n\n**Date:** Wednesday 2/3/2021\n\n## Decisions\n- Ship it.\n\n## Action items\n- @ana send the quote by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'ambiguous-date'), []);
  });

  it('a log that writes two dates or more month first, none day first, reads its `12/3/2019` so', () => {
    const log = (dates: string[]) =>
      `${HEAD}# Weekly meetings 2019\n\n## Decisions\n- Keep the slot.\n\n## Action items\n- @ana send the notes by 2026-12-20\n\n${dates.map((d) => `**${d}**\n- Talked.\n`).join('\n')}`;
    assert.deepEqual(findings(log(['12/17/2019', '12/3/2019', '11/26/2019', '11/19/2019']), 'ambiguous-date'), []);
    // Two settle it (minutes dated `5/17/21` and `5/18/21`, fourth blind sample); with two digits of year too.
    assert.deepEqual(findings(log(['12/17/2019', '12/3/2019', '11/26/2019']), 'ambiguous-date'), []);
    assert.deepEqual(findings(log(['12/17/19', '12/3/2019', '11/26/19']), 'ambiguous-date'), []);
    // One is not enough to count on (a contact report's `12/15/2026` beside its `03/12/2026`).
    assert.deepEqual(findings(log(['12/17/2019', '12/3/2019']), 'ambiguous-date'), ['20']);
    // One written the other way: both readings again.
    assert.deepEqual(
      findings(log(['12/17/2019', '12/3/2019', '11/26/2019', '11/19/2019', '25/11/2019']), 'ambiguous-date'),
      ['20'],
    );
  });

  it('third sample: a plural slip, the sprint or week before the name, a retrospective’s list, Chinese follow-ups', () => {
    for (const heading of [
      'Actions Points',
      'Sprint 1 Action Items',
      'Week 5 action items',
      'For Next Sprint',
      '遗留事项',
      '会后跟进',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    assert.equal(matchHeading(table, 'Sprint 3 Decisions')?.section.id, 'decisions');
    for (const heading of ['Sprint 1 review', 'Week 5', 'For the client'])
      assert.equal(matchHeading(table, heading), null, heading);
    const zh = `${HEAD}# 10月例会\n\n## 议题\n\n### 版本号\n讨论了方案。\n\n当前结论：改用单一仓库。\n\n遗留事项：由 @revy 提供示例。\n`;
    assert.deepEqual(findings(zh, 'missing-section'), []);
  });

  it('a template item of blanks and their labels is no action; a filled table left in brackets is', () => {
    const text = (items: string) =>
      `${HEAD}# Minuta\n\n## Acuerdos\n- Se prioriza el módulo de horas.\n\n## Próximos pasos\n${items}`;
    assert.deepEqual(
      findings(text('- [ ] [Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]\n'), 'action-missing-due'),
      [],
    );
    const table =
      '| Responsable | Compromiso | Fecha límite |\n| --- | --- | --- |\n| [Ana Ruiz] | [Diseñar el módulo de riesgos] | [Por definir] |\n';
    assert.deepEqual(findings(text(table), 'action-missing-due'), ['17 next-actions']);
  });

  it('a topic table whose cells hold `**ACTION**:` lines has its next actions', () => {
    const text = `${HEAD}# Breakout room 16\n\n## Decisions\n- Supernodes first.\n\n## Devnet updates\n\n| Topic | Item | Notes |\n|---|---|---|\n| Devnet | Action Item | - **ACTION**: Lee to launch devnet-4 |\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text.replace('**ACTION**: ', ''), 'missing-section'), ['9 next-actions']);
  });

  it('a Spanish acta whose only section heading is a name in both languages asks in Spanish', () => {
    const acta =
      '---\ntype: minutes\n---\n# **1. OBJETIVO DE LA REUNIÓN**\nRevisar el sprint.\n\n# **2. DESARROLLO DE LOS TEMAS**\nSe revisa.\n\n# **3. CONCLUSIONES**\n- Seguimos.\n';
    const missing = analyze(acta, 'acta.md').findings.filter((f) => f.rule === 'missing-section');
    assert.deepEqual(
      missing.map((f) => f.message),
      ['Add the section “Próximos pasos” (Next actions): “Meeting minutes” documents need one.'],
    );
  });
});
