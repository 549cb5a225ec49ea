/**
 * Forms of the twenty-third session's blind samples (issue 16, 2026-12-06): real minutes, actas and 会议纪要 from
 * repositories not read before (eval45, eval46), an agency set written from the specification alone (blind10) and
 * ordinary Markdown (eval48), every finding labelled by hand before the fix. Written here in our own words, in the
 * same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners, type Roster, rosterOf } from '../server/core/actions';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { analyze } from './helpers/analyze';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;
const owners = (t: string, roster?: Roster) => findOwners(t, 0, roster).map((o) => o.name);

describe('the twenty-third blind samples of real minutes', () => {
  it('after an action tag, a member’s handle with two capitals or more, or a person of the roster, owns the item', () => {
    assert.deepEqual(owners('ACTION: RoK to send the venue list to JimP'), ['RoK']);
    assert.deepEqual(owners('Action MayaT to file the insurance form'), ['MayaT']);
    assert.deepEqual(owners('ACTION: DaveO - Draft a plan for the lockers'), ['DaveO']);
    const roster = rosterOf('## Present\n\n- Ines Marr\n- Tom Ode\n');
    assert.deepEqual(owners('ACTION - Ines - Suppliers - report back on prices', roster), ['Ines']);
    // A word that is no one's handle: nobody (`to be` is a thing's passive).
    assert.deepEqual(owners('ACTION: Budget to be approved'), []);
    assert.deepEqual(owners('ACTION: Check the fan bearings'), []);
    assert.deepEqual(owners('ACTION - Suppliers - report back on prices', roster), []);
  });

  it('`ACTION ALL:` and `ACTION BW:` name whom the action is for, and make a paragraph an action', () => {
    assert.deepEqual(owners('ACTION ALL: review the PR before the call'), ['ALL']);
    assert.deepEqual(owners('ACTION JK: book the room'), ['JK']);
    const text = `${HEAD}# Council call\n\n## Decisions\n- Keep it.\n\n## Next steps\n- Lee to send the notes by 2026-12-20\n\n## Updates\n\nACTION ALL: review the open PRs.\n\nAction plan: nothing new.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('a status pictogram or an empty box without its space leading the item hides no owner', () => {
    const roster = rosterOf('## Present\n\n- Ines Marr\n');
    assert.deepEqual(owners('🕒 Ines - Set up the shared inbox', roster), ['Ines']);
    assert.deepEqual(owners('[] Tom Ode will send the photos'), ['Tom Ode']);
  });

  it('a role leading the item owns it, as written: `AWG Chair will …`, `The secretary to …`', () => {
    assert.deepEqual(owners('Board Chair will draft the proposal'), ['Board Chair']);
    assert.deepEqual(owners('The secretary to circulate the minutes'), ['The secretary']);
    assert.deepEqual(owners('Design lead to confirm the palette'), ['Design lead']);
    // Not a lead followed: a task in lower case.
    assert.deepEqual(owners('Follow the lead to close it'), []);
  });

  it('names after an escaped dash (an export’s `\\-`) own the item', () => {
    assert.deepEqual(owners('Reunión con los patrocinadores \\- Nuria, Pablo, Irene'), ['Nuria', 'Pablo', 'Irene']);
  });

  it('a bold label before its colon: `**责任人**: 全体成员`', () => {
    assert.deepEqual(owners('**责任人**: 全体成员'), ['全体成员']);
    assert.deepEqual(owners('**Owner:** Ines Marr'), ['Ines Marr']);
  });

  it('an item closing with a bold or bracketed done mark is done; `** Not Done **` is not', () => {
    const text = `${HEAD}# Committee\n\n## Decisions\n- Keep it.\n\n## Action items\n- Ines to renew the lease \\*\\* Done \\*\\*\n- Tom to mend the door **Done**\n- Ines to call the bank [DONE]\n- Tom to order the tubs \\*\\* Not Done \\*\\*\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });

  it('the actions heading that says whose they are owns them: `Action Items for All Members`', () => {
    const text = `${HEAD}# Kickoff\n\n## Decisions\n- Keep it.\n\n### Action Items for All Members\n- Submit your intro clip by 2026-12-20\n  - Upload the signed form by 2026-12-20\n\n### Tareas para todo el equipo\n- Revisar el tablero antes del 20/12/2026\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text.replace('Action Items for All Members', 'Action items'), 'action-missing-owner'), [
      '15 next-actions',
    ]);
  });

  it('a share of a vote is no date (`agreement by 2/3`), and a year-less `(10/13)` shows the writer’s order', () => {
    const prose = `${HEAD}# TSC\n\n## Decisions\n- Changing the charter needs a vote, and agreement by 2/3 of the members.\n- Passed by 3/4 majority.\n\n## Action items\n- Lee to send the notes by 2026-12-20\n`;
    assert.deepEqual(findings(prose, 'ambiguous-date'), []);
    // A date after `by` is still one.
    assert.deepEqual(findings(prose.replace('by 2026-12-20', 'by 2/3'), 'ambiguous-date'), ['16']);
    const ordered = `${HEAD}# Meeting Minutes - 10/12/22\n\n## Decisions\n- Kickoff (10/13) and demo (10/20) are set.\n\n## Action items\n- Lee to send the notes by 2026-12-20\n`;
    assert.deepEqual(findings(ordered, 'ambiguous-date'), []);
  });

  it('headings of the samples name their parts, Traditional characters too', () => {
    const minutes = sectionTable(typeById('minutes')!);
    const named = (h: string) => matchHeading(minutes, h)?.section.id;
    assert.equal(named('Tasks and deadlines'), 'next-actions');
    assert.equal(named('待办与负责人'), 'next-actions');
    assert.equal(named('即时行动项'), 'next-actions');
    assert.equal(named('下周重点工作'), 'next-actions');
    assert.equal(named('下一步任务'), 'next-actions');
    assert.equal(named('決議'), 'decisions');
    assert.equal(named('待辦事項'), 'next-actions');
    const text = `${HEAD}# 管委會會議\n\n## 議題一\n\n討論預算。\n\n**決議**: 同意追加預算。\n\n## 待辦事項\n\n- 王小明負責更新報價，2026年12月10日前完成\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
  });
});

describe('the twenty-third blind agency set (blind10) and ordinary Markdown (eval48)', () => {
  const estimate = (total: string) =>
    `---\ntype: estimate\nclient: Acme\njob: AC-2026-001\ndate: 2026-11-20\nvalid until: 2026-12-20\n---\n# Estimate\n\n## Line items\n\n| Item | Amount |\n|---|---|\n| Design | $3,150 |\n\n${total}\n\n$3,150\n`;
  const mismatch = (t: string) =>
    analyze(t, 'est.md')
      .findings.filter((f) => f.rule === 'estimate-total-mismatch')
      .map((f) => f.message);

  it('the number of a Total heading, or a count in its brackets, is not the total', () => {
    for (const h of ['## 2. Total', '## 2) Total', '## (2) Total', '## 2、合计', '## Total (2 items)'])
      assert.deepEqual(mismatch(estimate(h)), [], h);
    // An amount in the heading is still the total, in brackets too (no minus sign there).
    assert.equal(mismatch(estimate('## 3. Total: $3,100')).length, 1);
    assert.match(mismatch(estimate('## Total (USD 3,100)'))[0], /3,100/);
    assert.doesNotMatch(mismatch(estimate('## Total (USD 3,100)'))[0], /-3,100/);
  });

  it('the job number under `Job No.`, `单号`, `Nº de trabajo`', () => {
    for (const key of ['Job No.', '单号', 'Nº de trabajo']) {
      const text = estimate('## Total').replace('job: AC-2026-001', `${key}: AC-2026-001`);
      const missing = analyze(text, 'est.md').findings.filter(
        (f) => f.rule === 'missing-field' && f.data?.field === 'job',
      );
      assert.deepEqual(missing, [], key);
    }
  });

  it('a design proposal with an introduction and conclusions is no presentation plan', () => {
    const text =
      '# Proposal: a built-in check\n\n## Introduction\n\nWhy.\n\n## Design\n\nHow.\n\n## Conclusions\n\nSo.\n';
    assert.deepEqual(analyze(text, 'proposal.md').findings, []);
  });
});

describe('the twenty-third blind samples: Chinese task lists', () => {
  it('a lead-in that hands out the tasks (`本次迭代的任务和分工分别如下：`) makes the list after it actions', () => {
    const text = `${HEAD}# 会议记录\n\n## 决议\n\n- 同意。\n\n## 迭代会议\n\n会议决定，本次迭代的任务和分工分别如下：\n\n- 领域建模：陈文彬\n- 数据库设计：屈了飞\n- 接口设计\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['21 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 next-actions', '20 next-actions', '21 next-actions']);
  });
});

describe('the twenty-third blind samples, second round (eval49, on the fixed build)', () => {
  it('a pointer to another item and the team’s standing practice are no tasks', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- see the Zenodo bullet under Lee's action items\n- 后续每周定期线上沟通，同步进度\n- Ana to send the deck by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('`Pending:` over a list labels the actions; a lead-in with its colon inside the brackets too', () => {
    const pending = `${HEAD}# Members meeting\n\n## Decisions\n- Keep it.\n\n## Notes\n\nPending:\n* Finish setting up the bank account\n`;
    assert.deepEqual(findings(pending, 'missing-section'), []);
    assert.deepEqual(findings(pending, 'action-missing-owner'), ['17 next-actions']);
    const legend = `${HEAD}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Reunión\n\nTareas de cada participante (número - responsable - fecha límite: )\n1. Revisar requisitos - Roberto y Carlos - 28/12/2026.\n`;
    assert.deepEqual(findings(legend, 'missing-section'), []);
  });

  it('the roster line `Richard, Abby, KV and Dann` gives each person, so `KV talk with Izzy` is KV’s', () => {
    const roster = rosterOf('In attendence:\n- Richard, Abby, KV and Dann\n');
    assert.deepEqual(owners('KV talk with Izzy and invite him to the next call', roster), ['KV']);
  });

  it('`Name (a long role) committed to:` over the commitments names who made them', () => {
    assert.deepEqual(owners('**Jack Briggs (Intersect executive director) committed to:**'), ['Jack Briggs']);
  });

  it('decisions labelled one by one (`决策一：`, `决策：`) or led into (`adoptamos las siguientes medidas:`)', () => {
    const zh = `${HEAD}# 工作组会议纪要\n\n## 议题\n\n1. 成员调整\n    - 决策一：撤销秘书一职。\n\n## 下一步任务\n\n- 王伟负责更新报价，2026年12月10日前完成\n`;
    assert.deepEqual(findings(zh, 'missing-section'), []);
    const es = `${HEAD}# Notas de la reunión\n\n## Coordinación\n\n* Ante el resultado de esta reunión, adoptamos las siguientes medidas:\n\n  - Seguir produciendo las dos versiones\n\n## Tareas\n\n- Ana enviará el informe el 20/12/2026\n`;
    assert.deepEqual(findings(es, 'missing-section'), []);
    assert.deepEqual(findings(es.replace('adoptamos las siguientes medidas', 'hablamos de esto'), 'missing-section'), [
      '9 decisions',
    ]);
  });

  it('`📅 **Next Week Goals**:` over a list labels the actions, its pictogram aside (eval50)', () => {
    const text = `${HEAD}# Project notes\n\n## Decisions\n- Keep it.\n\n## Weekly check-in\n\n📅 **Next Week Goals**:\n- Finish the user interviews\n- Ana to send the deck by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['17 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions']);
  });

  it('`## To Do Tasks:` and `## Responsabilidades Asignadas` head the actions (eval51)', () => {
    const minutes = sectionTable(typeById('minutes')!);
    assert.equal(matchHeading(minutes, 'To Do Tasks:')?.section.id, 'next-actions');
    assert.equal(matchHeading(minutes, '📋 Responsabilidades Asignadas')?.section.id, 'next-actions');
  });

  it("the agency headings of eval52: deliverables, the assignment, a status report's weeks, a media plan's mix", () => {
    const named = (type: string, h: string) => matchHeading(sectionTable(typeById(type)!), h)?.section.id;
    assert.equal(named('brief', 'Required Deliverables'), 'deliverables');
    assert.equal(named('brief', 'The Assignment'), 'objective');
    assert.equal(named('brief', 'Objetivos Creativos'), 'objective');
    assert.equal(named('status', 'Deliverables completed'), 'completed');
    assert.equal(named('status', 'Next 2 weeks'), 'next-week');
    assert.equal(named('status', '🎯 一、上周工作成果总结'), 'completed');
    assert.equal(named('media-brief', 'Format Mix'), 'creative-formats');
    assert.equal(named('media-brief', 'Flighting Strategy'), 'timing');
  });
});
