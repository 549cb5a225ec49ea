/**
 * What some sections need besides text (docs/types.md): an account plan's milestones each with a date, its
 * revenue and profit with a figure, a presentation plan's rehearsal dated before the presentation. A section
 * without it is reported by empty-section with `data.need`.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

/** `line:need` of each empty-section finding (1-based lines). */
function needs(text: string, path = 'doc.md'): string[] {
  return analyze(text, path)
    .findings.filter((f) => f.rule === 'empty-section')
    .map((f) => `${f.range.start.line + 1}:${f.data.need ?? 'empty'}`);
}

const PLAN_HEAD = '---\ntype: account-plan\nclient: Brightwell Foods\nyear: 2027\nowner: Dana Fox\n---\n# Plan 2027\n';
const plan = (milestones: string, revenue = 'Fees of €1.2m at a 22% margin.') =>
  `${PLAN_HEAD}\n## Annual goals\nGrow the account.\n\n## Milestones\n${milestones}\n\n## Strategy\nLead with the brand.\n\n## Team and resources\nDana and Leo.\n\n## Revenue and profit\n${revenue}\n`;

const PITCH_HEAD =
  '---\ntype: proposal\nclient: Brightwell Foods\ndate: 2026-12-15 14:00\nlocation: Brightwell HQ\nattendees: Dana, Leo\n---\n# Pitch plan\n';
const pitch = (rehearsal: string, head = PITCH_HEAD) =>
  `${head}\n## Objective\nWin.\n\n## Outline\n1. Insight\n\n## Opening\nDana.\n\n## Closing\nLeo.\n\n## Roles\nDana leads.\n\n## Equipment\nProjector.\n\n## Rehearsal\n${rehearsal}\n`;

describe('what a section needs besides text', () => {
  describe('milestones, each with a date', () => {
    it('reports each milestone item without a date or period, on its line', () => {
      const text = plan('- Porridge Pots pitch\n- Q1: spring launch\n- Christmas campaign live\n- Tracker wave 2');
      assert.deepEqual(needs(text), ['13:milestone-date', '16:milestone-date']);
    });

    it('takes dates and periods in every form and language, and a dated lead-in over its items', () => {
      for (const m of [
        '- 15 March: tracker\n- 2027-06-01 summer film',
        '- March: tracker\n- W23: film\n- H2: review',
        '- Presentación del lanzamiento: 15/03\n- Segundo trimestre: campaña de verano',
        '- 3月：新品上市\n- 第二季度：夏季战役\n- 春节档上线',
        'In Q1:\n\n- Spring launch\n- Tracker wave 1',
        '| Milestone | When |\n|---|---|\n| Launch | 2027-03-01 |\n| Review | June |',
        'Launch in March, review in June.',
      ])
        assert.deepEqual(needs(plan(m)), [], m);
    });

    it('reports a table row without a date, and milestones in prose with none', () => {
      assert.deepEqual(needs(plan('| Milestone | When |\n|---|---|\n| Launch | 2027-03-01 |\n| Review | later |')), [
        '16:milestone-date',
      ]);
      assert.deepEqual(needs(plan('Launch the range, then review it.')), ['12:milestone-date']);
    });
  });

  describe('revenue and profit, with a figure', () => {
    it('reports a section with words and no figure, on its heading', () => {
      assert.deepEqual(needs(plan('- 2027-03-01 launch', 'Grow fee income; protect the margin.')), ['21:figure']);
      assert.deepEqual(
        needs(
          plan('- 2027-03-01 launch', '提升服务费收入和制作利润。').replace('## Revenue and profit', '## 收入与利润'),
        ),
        ['21:figure'],
      );
    });

    it('takes digits, percentages and Chinese numbers as figures; TBD stays an empty section', () => {
      for (const r of ['Fees up 15%.', '服务费三百万元，利润两成。', 'Ingresos: 450.000 €'])
        assert.deepEqual(needs(plan('- 2027-03-01 launch', r)), [], r);
      assert.deepEqual(needs(plan('- 2027-03-01 launch', 'TBD')), ['21:empty']);
    });
  });

  describe('the rehearsal, dated before the presentation', () => {
    it('reports a rehearsal after the presentation on the line of its date', () => {
      assert.deepEqual(needs(pitch('Full run-through at the agency on 2026-12-16 at 16:00.')), ['29:rehearsal-after']);
      const f = analyze(pitch('Run-through: 2026-12-16.')).findings.find((x) => x.rule === 'empty-section');
      assert.match(f?.message ?? '', /after the presentation \(2026-12-15 14:00\)/);
    });

    it('reports a rehearsal with no date at all on its heading', () => {
      assert.deepEqual(needs(pitch('Full run-through the week before.')), ['28:rehearsal-date']);
    });

    it('passes a date before, a morning run on the day, and a run the day before', () => {
      for (const r of [
        'Run-through on 2026-12-14 at 10:00.',
        'Run-through on 15 December at 09:00.',
        'Run-through the day before, in the big room.',
        '彩排：12月14日下午3点。',
        'Ensayo general el 14/12 a las 10:00.',
        // On the day without a time: taken as before (a morning run on the pitch day is usual).
        'Run-through on 2026-12-15.',
        // A date that does not exist is invalid-date's, and one with two readings ambiguous-date's.
        'Run-through on 2026-11-31.',
        'Run-through on 03/12/2026.',
        // The template's blank still in place is unfilled-placeholder's: one finding for one missing date.
        'YYYY-MM-DD 在公司 3 号会议室预演。',
      ])
        assert.deepEqual(needs(pitch(r)), [], r);
    });
  });
});
