/**
 * What a ninetieth evaluation set of real documents found (eval90, 2026-12-08: minutes, agendas, a brief,
 * strategies): forms read wrong. Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const HEAD =
  '---\ntype: minutes\nmeeting: 2026-11-02\nissued: 2026-11-02\nattendees: 林晓, 王芳\ndistribution: 林晓\n---\n\n';

/** The lines of the findings of a rule. */
function lines(text: string, rule: string, lang: 'en' | 'zh' | 'es' = 'en'): number[] {
  return analyze(text, 'minutes.md', lang)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);
}

describe('eval90: forms read wrong', () => {
  it('an owner column headed 相关人 / 负责人员 / 相关负责人 names each row’s owner', () => {
    for (const col of ['相关人', '负责人员', '相关负责人']) {
      const text = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 分工\n\n| 模块 | ${col} | 截止时间 |\n| --- | --- | --- |\n| 访谈提纲 | 林晓 | 2026-12-20 |\n| 问卷初稿 | 王芳 | 2026-12-21 |\n`;
      assert.deepEqual(lines(text, 'action-missing-owner', 'zh'), [], col);
      assert.deepEqual(lines(text, 'action-missing-due', 'zh'), [], col);
    }
  });

  it('标准： / Criteria: alone under the actions is guidance up to the next heading, no tasks', () => {
    const zh = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 分工\n\n- @林晓 写访谈提纲 截止 2026-12-20\n\n标准：\n\n1.提纲（给访谈用）\n\n- 每题不超过两行\n- 先问经历再问看法\n\n## 其他\n\n无\n`;
    assert.deepEqual(lines(zh, 'action-missing-owner', 'zh'), []);
    assert.deepEqual(lines(zh, 'action-missing-due', 'zh'), []);
    const en = `${HEAD}# Team sync\n\n## Decisions\n\n- Keep the survey short\n\n## Next actions\n\n- @Ana draft the survey due 2026-12-20\n\n**Criteria:**\n\n- Ten questions at most\n- Plain words only\n`;
    assert.deepEqual(lines(en, 'action-missing-owner'), []);
    assert.deepEqual(lines(en, 'action-missing-due'), []);
    // (A task after the next heading is read again.)
    assert.deepEqual(
      lines(`${zh.replace('## 其他\n\n无\n', '### 下周\n\n- 整理录音\n')}`, 'action-missing-owner', 'zh').length,
      1,
    );
  });

  it('`- 方法：…` / `- Method: …` under the actions is how a task is done, a label, no task', () => {
    const text = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 行动点\n\n- @林晓 整理现有理论 截止 2026-12-20\n\n- 方法：保留原始材料，输出一份文档\n`;
    assert.deepEqual(lines(text, 'action-missing-owner', 'zh'), []);
    assert.deepEqual(lines(text, 'action-missing-due', 'zh'), []);
  });

  it('a strategy’s positioning statement, customer segments, role of each channel and go-to-market roadmap', () => {
    const text =
      '---\ntype: strategy\n---\n\n# Harbor Bakery — growth plan\n\n## 1. Market\n\n### 1.2 Customer segments\n\nCommuters and families.\n\n### 1.5 Positioning statement\n\nThe bakery you walk to.\n\n## 3. Channels\n\n### 3.1 Role of each channel (who does what)\n\nInstagram shows, the site sells.\n\n## 6. Phased Go-To-Market Roadmap\n\nPhase 1: the site.\n';
    const missing = analyze(text, 'strategy.md', 'en')
      .findings.filter((f) => f.rule === 'missing-section')
      .map((f) => f.data.section);
    for (const id of ['brand-definition', 'target-consumer', 'role-of-communication', 'where-are-we-going'])
      assert.ok(!missing.includes(id), `${id}: ${missing.join(', ')}`);
  });

  it('a brief’s The idea and What an ad has to do / What not to do', () => {
    const text =
      '---\ntype: brief\n---\n\n# Creative brief — Harbor Bakery\n\n## The idea\n\nBread worth the walk.\n\n### What an ad has to do\n\n- Show the loaf.\n\n### What not to do\n\n- No discounts.\n';
    const missing = analyze(text, 'brief.md', 'en')
      .findings.filter((f) => f.rule === 'missing-section')
      .map((f) => f.data.section);
    for (const id of ['button', 'mandatories']) assert.ok(!missing.includes(id), `${id}: ${missing.join(', ')}`);
  });

  it('minutes: <strong>Actas de acuerdos de las reuniones …</strong>, 总结, 接下来任务, Deliverables for Monday, To do until 30.09.', () => {
    const missing = (text: string, lang: 'en' | 'zh' | 'es') =>
      analyze(text, 'minutes.md', lang)
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section);
    const es = `${HEAD}# Diario del equipo\n\n## <strong>Actas de acuerdos de las reuniones del primer mes</strong>\n\n- Usamos un solo tablero.\n\n## Próximos pasos\n\n- @Ana sube el tablero antes del 2026-12-20\n`;
    assert.ok(!missing(es, 'es').includes('decisions'));
    assert.ok(!missing(es.replace(/<strong>.*<\/strong>/u, 'Actas de acuerdos'), 'es').includes('decisions'));
    const zh = `${HEAD}# 第四次会议纪要\n\n## 讨论\n\n聊了选题。\n\n### 3.接下来任务\n\n- @林晓 整理提纲 截止 2026-12-20\n\n## 5.总结\n\n选题定为城市记忆。\n`;
    assert.deepEqual(missing(zh, 'zh'), []);
    const en = `${HEAD}# Team sync\n\n## Decisions\n\n- One board for all.\n\n### Deliverables for Monday\n\n- @Ana draft the board due 2026-12-20\n`;
    assert.deepEqual(missing(en, 'en'), []);
    const until = `${HEAD}# Team sync\n\n## Decisions\n\n- One board for all.\n\n## Meeting notes 2026-12-01\n\n### To do until 15.12.\n\n- Ana writes the three stories\n`;
    assert.deepEqual(missing(until, 'en'), []);
  });

  it('`check your story` / `draft three stories each`: each member’s own task', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n\n- One board for all.\n\n## Next actions\n\n- check your user story against the notes\n- draft three user stories each\n`;
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
  });

  it('`In person check-in: Wednesdays at 12:15` under the actions is the team’s standing slot, no task', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n\n- One board for all.\n\n## Next actions\n\n- [ ] Stand-up in the lab: Wednesdays at 12:15 to check progress.\n- [ ] @Ana share the board due 2026-12-20\n`;
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), []);
  });

  it('`until 30.09.` with `27.09.2026`: dates between dots show the day-first order, and `by 07/10` is read so', () => {
    const text = `${HEAD}# Study group\n\n## Next actions\n\n- [ ] @Ana send the plan to the tutors by 07/10\n\n## Notes 27.09.2026\n\n### Decisions\n\n- A planner it is.\n\n### To do until 30.09.\n\n- @Ben draft the stories\n`;
    assert.deepEqual(lines(text, 'ambiguous-date'), []);
    // (One dated so only is not enough: `27.09.2026` alone leaves `07/10` two ways.)
    assert.equal(lines(text.replace('### To do until 30.09.', '### To do next'), 'ambiguous-date').length, 1);
  });

  it('`* Everyone` alone over sub-items under the actions gives them its owner, each needing its due date', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n\n- One board for all.\n\n## Action Items\n* Everyone \n    * Install the game engine\n    * Work through the first tutorial\n`;
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), [17, 18]);
  });

  it('`3.接下来任务` on a line of its own (no space: text to Markdown) labels the actions under it', () => {
    const text = `${HEAD}# 第三次会议纪要\n\n## 会议主要议题\n\n3.接下来任务\n\n- 林晓继续完善访谈提纲\n\n- 帮忙找做海报的素材\n\n## 结论总结\n\n定了。\n`;
    assert.deepEqual(
      analyze(text, 'minutes.md', 'zh')
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section),
      [],
    );
    assert.deepEqual(lines(text, 'action-missing-due', 'zh'), [15, 17]);
    assert.deepEqual(lines(text, 'action-missing-owner', 'zh'), [17]);
  });

  it('`So, our tasks this week will be:` over a paragraph of `Name: task` lines: each line a task, the actions part', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n\n- One board.\n\n## Notes\n\nThe draft is due Friday. So, our tasks this week will be:\n\nAna: collect five sample charts.\nBen and Li: finish the proposal.\n`;
    assert.deepEqual(
      analyze(text, 'minutes.md', 'en')
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section),
      [],
    );
    assert.deepEqual(lines(text, 'action-missing-due'), [19, 20]);
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    // (Not lines of people's notes after any paragraph: `Ana: liked the grid.` under a plain sentence.)
    assert.deepEqual(
      lines(text.replace('So, our tasks this week will be:', 'We went round the table.'), 'action-missing-due'),
      [],
    );
  });

  it('`* What are next steps?` over `[x]` / `[]` lines of its own paragraph: each box a task, `[]` an open one', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n\n- One board.\n\n## Notes\n\n* What are next steps?\n  [x] Ana will add members to the chat\n  [] Ana will create the shared doc\n  [] Collect the reading list, ask everyone to sign up\n`;
    assert.deepEqual(
      analyze(text, 'minutes.md', 'en')
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section),
      [],
    );
    assert.deepEqual(lines(text, 'action-missing-due'), [19, 20]);
    assert.deepEqual(lines(text, 'action-missing-owner'), [20]);
    // (A question about anything else over such lines is no actions label.)
    assert.deepEqual(lines(text.replace('What are next steps?', 'What did we try?'), 'action-missing-due'), []);
  });

  it('`Each of us can do …` over `Name - part` sub-items: the sub-items are the tasks, the item none', () => {
    const head = HEAD.replace('attendees: 林晓, 王芳', 'attendees: Mike Ross, Rene Diaz, Blake Lowe, Noah Kim');
    const text = `${head}# Sync\n\n## Decisions\n\n- One board.\n\n## Next actions\n\n- Each of us can do mock-ups for the different screens\n  - Mike - Shop mock-ups\n  - Rene - Guest mock-ups\n  - Blake & Noah - Admin mock-ups\n`;
    assert.deepEqual(lines(text, 'action-missing-due'), [18, 19, 20]);
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
  });
});
