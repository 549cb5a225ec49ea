/**
 * Forms of a seventh round of blind samples (issue 16, 2026-12-06, twenty-first session): minutes of public
 * repositories never read here before, labelled by hand on the session-start build before any fix, and the
 * long tail the earlier rounds left (one deadline for a whole list). Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a seventh blind sample of real writing', () => {
  describe('one deadline for a whole list', () => {
    it('a heading or a lead-in that says when (`due`, `by`, `before`, `前`, `antes del`) dates every task under it', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items (due 2026-11-30)\n\n- Ana to send the deck\n- Lee to book the studio\n\n### To do by Friday 2026-11-28\n\n- Zac to draft the copy\n\nTo be done before 2026-11-29:\n\n- Ana to check the budget\n\n### 下周任务（11月29日前完成）\n\n- 张伟：写方案\n\n### Tareas antes del 29 de noviembre\n\n| Tarea | Responsable |\n|---|---|\n| Imprimir | Ana |\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), []);
      // A task that writes its own date keeps it.
      const own = text.replace('- Lee to book the studio', '- Lee to book the studio by 2026-11-19');
      assert.deepEqual(findings(own, 'action-due-before-meeting'), ['17 next-actions']);
      // A finding about the heading's deadline goes on each task it covers, not on the heading.
      const early = text.replace('(due 2026-11-30)', '(due 2026-11-19)');
      assert.deepEqual(findings(early, 'action-due-before-meeting'), ['16 next-actions', '17 next-actions']);
    });

    it('a date that names the meeting (`from the … call`, `for`, `on`, `del`) is no deadline', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items from the 2026-11-20 call\n\n- Ana to send the deck\n\n### Tasks for 2026-11-22\n\n- Lee to phone\n\n### Tareas del 20/11:\n\n- Ana: llamar al estudio\n\nTasks on 2026-11-21:\n\n- Zac to draft the copy\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), [
        '16 next-actions',
        '20 next-actions',
        '24 next-actions',
        '28 next-actions',
      ]);
    });

    it('an edit that adds the deadline to the heading is read again', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items\n\n- Ana to send the deck\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), ['16 next-actions']);
      assert.deepEqual(
        findings(text.replace('## Action items', '## Action items (by 2026-11-30)'), 'action-missing-due'),
        [],
      );
    });
  });

  describe('English minutes and agendas (eval35)', () => {
    it('the agenda the minutes repeat is no task list: `Kahu to run us through his doc` is who takes a topic', () => {
      const text = `${HEAD}# Notes\n\n## Agenda\n- Kahu to run us through his work doc\n- Review the plan\n  - Thomas to introduce Sheng to Jackline\n\n## Discussion\n- Kat to share the draft rules.\n\n## Decisions\n- Keep it.\n\n## Actions\n- @ana send it by 2026-12-01\n`;
      // The note under an agenda item and the commitment among the notes are tasks; the agenda's item is not.
      assert.deepEqual(findings(text, 'action-missing-due'), ['14 next-actions', '17 next-actions']);
    });

    it('a governing body by its initials owns its task (`LCGC will …`, `The SC to …`); other capitals do not', () => {
      const text = `${HEAD}# Notes\n\n## Decisions\n- Keep it.\n\n## Actions\n- LCGC will identify outreach events by 2026-12-01\n- The SC to review the budget by 2026-12-01\n- DEIWG to draft the survey by 2026-12-01\n- HTML to validate by 2026-12-01\n`;
      assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions']);
    });

    it('the whole team (`All to …`) and a speaker taking a task on (`Marshall: I’ll ask …`) hand out tasks in the notes', () => {
      const text = `${HEAD}# Notes\n\n## Discussion\n- All to send booked hours to Ana\n- Marshall: I'll ask the data team about that.\n- Ana: I think we should wait.\n- All to be confirmed.\n- Everyone will be there.\n\n## Decisions\n- Keep it.\n\n## Actions\n- @ana send it by 2026-12-01\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), ['12 next-actions', '13 next-actions']);
      assert.deepEqual(findings(text, 'action-missing-owner'), []);
    });

    it('an agenda’s topics as top-level headings, as its only list, or under `Agenda items for future meetings`', () => {
      const AGENDA = '---\ntype: agenda\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-17\n---\n';
      const asHeadings = `${AGENDA}Purpose: agree the plan.\n\nAdministrative work\n===\n\n* Move the spec on\n\nTriage blockers\n===\n\n* Timestamps\n\nNew proposals\n===\n\n* Long tasks\n`;
      const asList = `${AGENDA}Purpose: agree the plan.\n\n* Extensions to the timing API\n* Error logging\n`;
      const future = `${AGENDA}Purpose: agree the plan.\n\n## Agenda items for future meetings\n\n- Publishing options (Claire)\n`;
      for (const text of [asHeadings, asList, future]) assert.deepEqual(findings(text, 'missing-section'), [], text);
      // A purpose written as `Main focus:` on a line of the header.
      const focus = `${AGENDA}## Agenda meeting 4\n\nDate: 15-03-2022\\\nMain focus: assign tasks\n\n# Opening\n\n- Check who is here\n\n# Tasks\n\n- Split the work\n\n# Closing\n\n- Next date\n`;
      assert.deepEqual(findings(focus, 'missing-section'), []);
      assert.deepEqual(findings(asList.replace(/\* .*\n/g, ''), 'missing-section'), ['7 topics']);
    });
  });

  describe('Spanish actas and Chinese minutes (eval36)', () => {
    const ES =
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Mauricio, Hugo\ndistribution: Ana\n---\n';

    it('decisions and tasks under the names real minutes give them', () => {
      const tasks = '\n## Tareas\n- @hugo enviar el acta el 2026-12-01\n';
      for (const decisions of [
        '## Decisiones y trabajo realizado\n- Seguimos con el plan.\n',
        '## Acuerdos y observaciones\n- Seguimos con el plan.\n',
        '## ✅ Temas validados en reunión S20\n- Seguimos con el plan.\n',
        '## ② 三项技术决策\n- 继续使用现有框架。\n',
        '### 会议结果\n- 继续使用现有框架。\n',
        '📌 **Acuerdos:**\n- Seguimos con el plan.\n',
        'Acuerdan:\n\n* Seguir con el plan.\n',
      ])
        assert.deepEqual(findingsOf(`${ES}# Acta\n\n${decisions}${tasks}`, 'missing-section'), [], decisions);
      assert.deepEqual(
        findingsOf(
          `${ES}# Acta\n\n## Acuerdos\n- Seguir.\n\n# ActionItems\n\n| Item | Owner |\n|---|---|\n| Revisar el plan el 2026-12-01 | Hugo |\n`,
          'missing-section',
        ),
        [],
      );
    });

    it('a table handing out tasks (`交办内容` / `负责人`) under the decisions holds the next actions', () => {
      const text = `${ES}# 会议记录\n\n## 决议事项\n\n| 编号 | 交办内容 | 负责人 |\n|---|---|---|\n| 1 | 实现导航模块 | 陈克勤 |\n`;
      assert.deepEqual(findingsOf(text, 'missing-section'), []);
      assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 decisions']);
    });

    it('`Mauricio finalizar slideset`: an attendee, then the verb unconjugated, owns it; `Primero definir` does not', () => {
      const text = `${ES.replace('Mauricio, Hugo', 'Mauricio Vergara, Hugo Salgado')}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Tareas\n- **ACTION ITEM**: Mauricio finalizar slideset el 2026-12-01\n- Hugo pedir sala el 2026-12-01\n- Primero definir el alcance el 2026-12-01\n`;
      assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['17 next-actions']);
    });

    it('a list after a lead-in naming roles is who holds which role, not tasks', () => {
      const text = `${ES}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Tareas\n- @hugo enviar el acta el 2026-12-01\n\nConsolidar el equipo con roles iniciales:\n- Santiago Calvo – Gestión estratégica general\n- María – Facilitadora\n\nRoles y tareas:\n- Preparar el deck\n`;
      assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['22 next-actions']);
    });

    it('a date opening the task, then the verb of finishing, is its due date (`4月25日完成类图`, `张伟：5月2日提交报告`)', () => {
      const text = `${ES}# 会议记录\n\n## 决定\n- 继续\n\n## 待办\n- 张伟：11月25日完成类图\n- 李娜：11月28日提交报告\n- 王芳：整理文档\n`;
      assert.deepEqual(findingsOf(text, 'action-missing-due'), ['17 next-actions']);
    });

    it('`待办` over lines opened by a dot (`· 界面美化: …`), as a meeting app exports them: each line a task', () => {
      const text = `${ES}# 会议纪要\n\n摘要\n本次会议讨论了功能。\n\n待办\n· 界面美化: 删除多余按钮。\n· 张伟：汇报进展，11月28日前。\n\n## 决定\n- 继续\n`;
      assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 next-actions']);
      assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['15 next-actions']);
      assert.deepEqual(findingsOf(text, 'missing-section'), []);
    });

    it('`制定了每个人的任务` over `尹子鑫：…` sub-items: the tasks handed out; `安排本周任务` alone is an agenda point', () => {
      const text = `${ES}# 会议记录\n\n### 会议结果\n\n- 制定了每个人的任务\n\n  - 尹子鑫：实现手柄控制功能\n\n  - 徐强：界面设计，11月28日前\n`;
      assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 decisions']);
      assert.deepEqual(findingsOf(text, 'missing-section'), []);
      const agenda = `${ES}# 会议记录\n\n### 会议内容\n\n1. 安排本周任务\n   - A 项目配置\n\n### 决定\n- 继续\n`;
      assert.deepEqual(findingsOf(agenda, 'action-missing-due'), []);
    });
  });

  describe('minutes in three languages on the fixed build (eval38)', () => {
    it('a member column owns the tasks of a weekly table (`| 小组成员 | 上周任务 | 本周任务 |`)', () => {
      const text = `${HEAD}# 第十周会议\n\n## 决定\n- 继续\n\n#### 第九周任务\n\n| 小组成员 | 上周任务 | 本周任务 |\n|---|---|---|\n| 孙浩杰 | 课程搜索接口 | 解决出现的疑难bug |\n`;
      assert.deepEqual(findings(text, 'action-missing-owner'), []);
      assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
    });

    it('`Action Items for Ian:` and `Action items for me:` say whose the tasks are; `for next week` does not', () => {
      const text = `${HEAD}# Log\n\nAction Items For Me:\n- update the institutional section\n\nAction Items for Ian:\n- Get the patients variable\n\nAction items for next week:\n- Draft the deck\n\n## Decisions\n- Keep it.\n`;
      // (A log whose writer labels tasks `for me` is the writer's own: the list `for next week` is theirs too, eval79.)
      assert.deepEqual(findings(text, 'action-missing-owner'), []);
      // Without the writer's own label, nothing says whose the list for next week is.
      assert.deepEqual(
        findings(text.replace('Action Items For Me:', 'Action Items for Ana:'), 'action-missing-owner'),
        ['18 next-actions'],
      );
    });

    it('a team’s bold label alone over its list (`**Back-end**`) owns the tasks, as `Back-end:` does', () => {
      const text = `${HEAD}# Week 3\n\n## Decisions\n- Keep it.\n\n## Tasks for next week\n\n**Back-end**\n* Do the endpoints\n\n**Frontend**\n* Add the back button\n`;
      assert.deepEqual(findings(text, 'action-missing-owner'), []);
    });

    it('section names: `Compromisos individuales de la semana 1`, `Assigning issues:`, `会议收获总结`', () => {
      for (const [heading, present] of [
        ['### 3. Compromisos individuales de la Semana 1', '## Acuerdos\n- Seguir.\n'],
        ['## Assigning issues:', '## Decisions\n- Keep it.\n'],
      ])
        assert.deepEqual(
          findings(`${HEAD}# Notes\n\n${present}\n${heading}\n- @ana send the deck by 2026-12-01\n`, 'missing-section'),
          [],
          heading,
        );
      assert.deepEqual(
        findings(
          `${HEAD}# 会议\n\n## 会议收获总结\n- 会议明确了统一的接口。\n\n## 待办\n- @ana 发方案 12月1日前\n`,
          'missing-section',
        ),
        [],
      );
    });
  });
});
