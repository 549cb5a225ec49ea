/**
 * Silent misses a fourth blind set of messy agency documents found (eval25/blind4, 2026-12-05, nineteenth
 * session): a client's name glued to Chinese text, a Chinese title whose first part ends with a type name,
 * a sign-off under a bold label, and the meeting's dates written as body lines. Written here in our own words,
 * in the same forms.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { scanSummary } from '../server/core/scan';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { titleSign } from '../server/core/typeDetection';
import { analyze } from './helpers/analyze';

const CONFIG = JSON.stringify({
  agency: { name: 'Northlight Creative', aliases: ['Northlight', '北光广告'] },
  clients: [
    { name: 'Acme Foods', aliases: ['Acme'] },
    { name: 'Solaria Bebidas', aliases: ['Solaria'] },
    { name: '青禾乳业', aliases: ['青禾', 'Qinghe Dairy'] },
  ],
});

/** A rule's findings on a text in an agency's workspace, each as its 1-based line. */
const lines = (text: string, rule: string, config = CONFIG, path = 'doc.md') =>
  analyze(text, path, 'en', config)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

describe('a fourth blind set of agency documents', () => {
  it('a client’s Latin name glued to Chinese characters is named there (a change of script is a word boundary)', () => {
    const memo = (body: string) =>
      `---\n客户: 青禾乳业\n会议时间: 2026-12-03 16:00\n发出日期: 2026-12-03 19:00\n参会人员: 赵敏、李娜\n抄送: 赵敏、李娜\n---\n\n# 通话记录\n\n## 结论\n- ${body}\n\n## 下一步\n- 李娜：提交媒介排期，12月11日前\n`;
    for (const body of [
      '赵敏提到Solaria去年在同一平台的投放效果不错。',
      '参考Acme的做法。',
      '参考Acme Foods的做法。',
      '参考 Acme Foods 的做法。',
    ])
      assert.deepEqual(lines(memo(body), 'other-client-mentioned'), [12], body);
    // Inside a Latin word it is still no name: `Acmeline`, `Solarias2`, `ProAcme`.
    for (const body of ['参考Acmeline的做法。', '参考Solarias2的做法。', '参考ProAcme的做法。'])
      assert.deepEqual(lines(memo(body), 'other-client-mentioned'), [], body);
  });

  it('a Chinese title whose first part ends with a type’s name names it, as an everyday phrase does', () => {
    const typeOf = (text: string, agencyWorkspace = false) =>
      buildDocument('notes.md', text, { agencyWorkspace }).type?.id;
    const scanType = (text: string, agencyWorkspace = false) =>
      scanSummary('notes.md', text, {
        today: { year: 2026 },
        jobPattern: new RegExp(DEFAULT_JOB_PATTERN, 'u'),
        agencyWorkspace,
      })?.type;
    const report = (title: string) =>
      `---\n客户: 青禾乳业\n周: 2026-W49\n发出日期: 2026-12-04\n---\n\n# ${title}\n\n## 进行中的工作\n\n| 工作单号 | 负责人 | 下一步 | 截止日期 |\n|---|---|---|---|\n| QH-0310 | 刘洋 | 主视觉第一轮提案 | 2026-12-10 |\n| QH-0305 |  | 海报终稿交付 | 2026-12-15 |\n`;
    for (const title of ['项目周报（第49周）', '项目周报 第49周', '月度进度报告（2026年11月）']) {
      assert.equal(typeOf(report(title)), 'status', title);
      assert.equal(scanType(report(title)), 'status', title);
    }
    assert.equal(typeOf(report('项目会议纪要【终稿】')), 'minutes');
    // Typed, the report is checked: the row without its owner.
    assert.deepEqual(lines(report('项目周报（第49周）'), 'action-missing-owner'), [14]);
    // An everyday phrase: with no other sign, ordinary Markdown; with a .agency-docs.json, typed.
    const bare = '# 项目周报（第49周）\n\n本周完成了登录页。\n';
    assert.equal(typeOf(bare), undefined);
    assert.equal(scanType(bare), undefined);
    assert.equal(typeOf(bare, true), 'status');
    assert.equal(titleSign('项目周报（第49周）')?.points, 2);
    // Even a name only agencies use counts as an everyday phrase after other words: `如何写创意简报（上）` alone is no brief.
    assert.equal(titleSign('如何写创意简报（上）')?.points, 2);
    assert.equal(typeOf('# 如何写创意简报（上）\n\n先说目标。\n'), undefined);
    // A name inside the first part names nothing; nor does a bracket that is no type's name.
    assert.equal(titleSign('写周报的技巧（第49周）'), undefined);
    assert.equal(titleSign('读书笔记（第3周）'), undefined);
  });

  it('a Sign-off under a bold label is checked entry by entry, as under a heading', () => {
    const entries = [
      '- For Northlight Creative: Sam Ortega (Account Lead), 1 Dec 2026',
      '- Northlight — Priya Nair, Creative Lead, 1 Dec 2026',
      '- Signed for: Acme Foods — Hannah Cole, Head of Brand, 2 Dec 2026',
    ];
    const brief = (label: string, list = entries) =>
      `Creative Brief – Fresh Bite launch\n\n**Client:** Acme Foods\n**Brand:** Fresh Bite\n**Job No.:** ACM-0112\n**Date:** 1 December 2026\n\n**Objective:** Make Fresh Bite the snack office workers reach for.\n\n**Tone:** Warm, quick, funny.\n\n${label}\n${list.join('\n')}\n`;
    const found = (text: string) =>
      analyze(text, 'fresh-bite.brief.md', 'en', CONFIG)
        .findings.filter((f) => f.rule === 'missing-signoff')
        .map(
          (f) =>
            `${f.range.start.line + 1} ${f.data.role} ${f.message.includes('has no date') ? 'date' : f.message.includes('Nobody') ? 'both' : 'name'}`,
        );
    const noClientDate = [entries[0], entries[1], entries[2].replace(', 2 Dec 2026', '')];
    const noCreativeDate = [entries[0], entries[1].replace(', 1 Dec 2026', ''), entries[2]];
    for (const label of ['**Approvals:**', '**Sign-off:**', '## Approvals']) {
      assert.deepEqual(found(brief(label)), [], label);
      assert.deepEqual(found(brief(label, noClientDate)), ['15 client date'], label);
      assert.deepEqual(found(brief(label, noCreativeDate)), ['14 creative-lead date'], label);
    }
    // The label as a list item over its entries, and a label with its entry on the same line.
    const nested = brief(
      '- **Approvals:**',
      noClientDate.map((e) => `  ${e}`),
    );
    assert.deepEqual(found(nested), ['15 client date']);
    const inline = brief('**Approved by:** Hannah Cole (Acme Foods), 2 Dec 2026', []);
    assert.deepEqual(found(inline), ['12 account-lead both', '12 creative-lead both']);
    // Up to the next bold label: a later list is no entry of the Sign-off.
    const after = `${brief('**Approvals:**', noClientDate)}\n**Notes:**\n- Creative lead: see the deck\n`;
    assert.deepEqual(found(after), ['15 client date']);
    // Without any client line, a configured client signing still counts for the client.
    const noClient = brief('**Approvals:**', noClientDate).replace('**Client:** Acme Foods\n', '');
    assert.deepEqual(found(noClient), ['14 client date']);
  });

  it('the timing rules read the meeting and issue dates written as lines atop the body; the front matter wins', () => {
    const report = (fields: string, front = '') =>
      `${front}# Contact report — Acme Foods\n\n**Client:** Acme Foods\n${fields}\n**Present:** Ines Duarte, Ana Ruiz\n**Distribution:** all attendees\n\n## Decisions\n\n- Script B approved.\n\n## Next steps\n\n- Ana to send the revised script by 2026-12-10\n`;
    const late = (text: string) => lines(text, 'minutes-late');
    assert.deepEqual(late(report('**Date:** 30 Nov 2026, 10:00\n**Issued:** 3 Dec 2026, 17:30')), [5]);
    assert.deepEqual(late(report('**Date:** 2026-11-30 10:00\n**Issued:** 2026-12-03 17:30')), [5]);
    // A Spanish acta: its numeric dates day first.
    const acta = (fields: string) =>
      `**Cliente:** Acme Foods\n${fields}\n**Asistentes:** Ines Duarte, Ana Ruiz\n**Distribución:** asistentes\n\n# Acta de reunión – lanzamiento de la campaña\n\n## Acuerdos\n\n- Se aprueba el guion B.\n\n## Próximos pasos\n\n- Ana — enviar el guion revisado antes del 10/12/2026\n`;
    assert.deepEqual(late(acta('**Fecha:** 30/11/2026\n**Emitido:** 03/12/2026')), [3]);
    assert.deepEqual(late(acta('**Fecha:** 03/12/2026\n**Emitido:** 03/12/2026')), []);
    assert.deepEqual(late(report('**Meeting date:** 2026-11-30\n- **Issued:** 2026-12-03')), [5]);
    assert.deepEqual(late(report('**会议时间：** 2026-11-30 10:00\n**发出日期：** 2026-12-03 17:30')), [5]);
    const message = analyze(
      report('**Date:** 30 Nov 2026, 10:00\n**Issued:** 3 Dec 2026, 17:30'),
      'doc.md',
      'en',
      CONFIG,
    ).findings.find((f) => f.rule === 'minutes-late')?.message;
    assert.match(message ?? '', /80 hours after the meeting/);
    // On time, or an issue date left blank: nothing.
    assert.deepEqual(late(report('**Date:** 3 Dec 2026, 10:00\n**Issued:** 3 Dec 2026, 17:30')), []);
    assert.deepEqual(late(report('**Date:** 30 Nov 2026, 10:00\n**Issued:** TBD')), []);
    // The front matter wins over the body: its meeting is the same day as the issue.
    const front = '---\nmeeting: 2026-12-03 09:00\nissued: 2026-12-03 17:30\n---\n';
    assert.deepEqual(late(report('**Date:** 30 Nov 2026, 10:00\n**Issued:** 3 Dec 2026, 17:30', front)), []);
    // Its issue date with a body meeting date: reported on the front matter's line.
    const issuedOnly = '---\nissued: 2026-12-03 17:30\n---\n';
    assert.deepEqual(late(report('**Date:** 30 Nov 2026, 10:00', issuedOnly)), [2]);
    // A date under a section (the next meeting's) is no date of this document.
    const next = `${report('**Issued:** 2026-12-03 17:30')}\n## Next meeting\n\n**Date:** 2026-11-25 10:00\n`;
    assert.deepEqual(late(next), []);
    // An agenda sent late, and an action due before the meeting a body line dates.
    const agenda = `# Meeting agenda — Acme Foods Q1 planning\n\n**Client:** Acme Foods\n**Meeting:** 2026-12-10 10:00\n**Issued:** 2026-12-09 16:00\n\n## Purpose\n\nAgree the Q1 plan.\n\n## Topics\n\n1. Budget\n`;
    assert.deepEqual(lines(agenda, 'agenda-late'), [5]);
    const early = report('**Date:** 2026-12-03 10:00\n**Issued:** 2026-12-03 17:30').replace(
      '2026-12-10',
      '2026-12-01',
    );
    assert.deepEqual(lines(early, 'action-due-before-meeting'), [15]);
  });
});
