/**
 * Forms of the blind sets eval63 (agency briefs, strategies, estimates and status reports) and eval62 (Chinese
 * minutes) read in the twenty-seventh session: parts there under names of their own. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

const status = (body: string) =>
  `---\ntype: status\nclient: Lumen Optics\nweek: 2026-W49\nissued: 2026-12-04\n---\n# Weekly status — Lumen Optics\n\n${body}\n`;

const estimate = (body: string) =>
  `---\ntype: estimate\njob: LUM-0412\nclient: Lumen Optics\ndate: 2026-12-01\ncurrency: PHP\n---\n# Estimate — Lumen Optics store locator\n\n${body}\n`;

describe('a twenty-seventh blind set of sections (eval63)', () => {
  it('a brief’s call to action, short ambition, design language and things to avoid name its parts', () => {
    headsSection('brief', ['The one-sentence ambition', 'One-line objective'], 'objective');
    headsSection('brief', ['Design Language', '设计语言', 'Lenguaje de diseño'], 'tone');
    headsSection('brief', ['What needs work'], 'deliverables');
    headsSection(
      'brief',
      ['Tone words to avoid', 'Mistakes to avoid', 'Technical approach', 'Production notes', '避免陷阱', '避免事项'],
      'mandatories',
    );
    // A page's call-to-action button stays no objective (eval31); a visual language (a palette) is not read as the
    // tone; `Not now` names no part of its own.
    headsNone('brief', ['Primary CTA', 'Not now', 'Visual language', 'Approach']);
  });

  it('a strategy’s messages by audience are its support points; its long-term goals where it is going', () => {
    headsSection('strategy', ['Secondary messages by audience', 'Supporting messages per segment'], 'support-points');
    headsSection(
      'strategy',
      ['Long-term goals', '长期目标（6-12个月）', 'Objetivos a largo plazo'],
      'where-are-we-going',
    );
    headsSection('strategy', ['Engagement red flags to avoid:'], 'mandatories');
    // A long-term goal that is only a figure to reach is the objective’s, not a position to hold.
    const strategy = (line: string) =>
      `---\ntype: strategy\nclient: Lumen Optics\nbrand: Lumen\ndate: 2026-12-01\n---\n# Lumen 推广策略\n\n- **长期目标**: ${line}\n`;
    assert.ok(found(strategy('2 年内开出 40 家门店'), 'missing-section').includes('6 where-are-we-going'));
    assert.ok(!found(strategy('成为本城眼镜行业口碑第一的品牌'), 'missing-section').includes('6 where-are-we-going'));
  });

  it('a status report’s wins, next actions and on-going projects are its parts', () => {
    headsSection('status', ['Wins', 'Wins this week'], 'completed');
    headsSection('status', ['Next actions'], 'next-week');
    headsSection('status', ['Active or on going projects', 'On-going projects'], 'jobs-in-progress');
    const labelled = status(
      '### Lumen Optics\n- **In progress:** LUM-0412 store locator @ana due 2026-12-12\n- **Wins:** spring window posters approved\n- **Next actions:**\n  - Send the locator mock-ups (Owner: Ana, Due: 2026-12-09)\n',
    );
    assert.deepEqual(found(labelled, 'missing-section'), []);
    const plain = status(
      'Active or on going projects:\n- LUM-0412 store locator @ana due 2026-12-12\n\n## Completed\n\n- Posters approved.\n\n## Next week\n\n- Locator mock-ups.\n',
    );
    assert.deepEqual(found(plain, 'missing-section'), []);
  });

  it('a status report’s action items beside its plan, and its wins beside its progress, are two lists', () => {
    const twoLists = status(
      '## In progress\n\n- LUM-0412 store locator @ana due 2026-12-12\n\n## Progress this week\n\n- Posters printed.\n\n## Wins this week\n\n- The client approved the posters on first review.\n\n## Next week plans\n\n- Test the locator on phones.\n\n## Action items\n\n1. @ana: send the mock-ups by Dec 9\n',
    );
    assert.deepEqual(found(twoLists, 'duplicate-section'), []);
    // The same list twice is still one section written twice.
    const twice = status(
      '## In progress\n\n- LUM-0412 store locator @ana due 2026-12-12\n\n## Completed\n\n- Posters printed.\n\n## Next week\n\n- Test the locator.\n\n## Next steps\n\n- Send the mock-ups.\n',
    );
    assert.deepEqual(found(twice, 'duplicate-section'), ['20 next-week']);
  });

  it('an estimate’s pricing options, each priced in pesos, are its line items and need no total', () => {
    const options = estimate(
      '## Pricing options\n\n### Option A — build once\n\n| Item | Price |\n|---|---|\n| Store locator | ₱40,000 |\n| Training | ₱5,000 |\n\n### Option B — monthly\n\n| Item | Price |\n|---|---|\n| Setup | ₱12,000 |\n| Hosting and support | ₱2,000 / month |\n\n## Sign-off\n\n| Role | Name | Date |\n|---|---|---|\n| Account director | Ana Ruiz | 2026-12-01 |\n| Client | Leo Tan | 2026-12-02 |\n',
    );
    assert.deepEqual(found(options, 'missing-section'), []);
  });

  it('Chinese minutes handing out a task on a labelled line, or leading in what they settled, have those parts', () => {
    const zh = (body: string) =>
      `---\ntype: minutes\nclient: 青禾书店\nmeeting: 2026-12-02\n---\n# 周例会记录\n\n${body}\n`;
    const handedOut = zh(
      '## 第一次会议\n\n- 任务发布：整理门店活动照片，周五前交给小林\n\n## 决定\n\n- 海报用绿色。\n',
    );
    assert.deepEqual(found(handedOut, 'missing-section'), []);
    const settled = zh(
      '## 第二次会议\n\n明确以下几点：\n\n- 海报统一用绿色\n- 周五前交初稿\n\n## 后续行动\n\n- 小林：周五前交初稿\n',
    );
    assert.deepEqual(found(settled, 'missing-section'), []);
    // Questions still to settle are no decisions.
    const open = zh('## 第二次会议\n\n需要明确以下问题：\n\n- 海报用什么颜色\n\n## 后续行动\n\n- 小林：周五前交初稿\n');
    assert.deepEqual(found(open, 'missing-section'), ['5 decisions']);
  });
});
