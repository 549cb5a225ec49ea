/**
 * Forms of a sixth round of blind samples (issue 16, 2026-12-05/06, twentieth session): minutes of public
 * repositories never read here before, every finding of the session-start build labelled by hand before any
 * fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a sixth blind sample of real writing', () => {
  it('a name alone over a list (`Phoebe:`) owns the tasks under it; a group label does not', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Next actions\n\nPhoebe:\n* Finish the search page\n* Add the resources to the plan\n\nWill:\n* Tidy the profile page\n\nThe backend:\n* Start the messaging work\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['24 next-actions']);
    // With a blank line between the name and its list, the same.
    assert.deepEqual(findings(text.replace('Phoebe:\n', 'Phoebe:\n\n'), 'action-missing-owner'), ['25 next-actions']);
  });

  it('`### All` over a checklist and `we must all …` in the item are the whole team', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Actions\n\n### All\n* [ ] Prep the sponsor notes by 2026-12-01\n\n### Kat\n* [ ] Book the venue by 2026-12-02\n\n* By Sunday we must all send Ross our hours\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  describe('a task handed out among the notes', () => {
    const notes = (items: string[]) =>
      `${HEAD}# Sync\n\n## Notes\n${items.map((i) => `- ${i}\n`).join('')}\n## Decisions\n- Keep the slot.\n\n## Next actions\n- @ana send the deck by 2026-12-01\n`;

    it('is an action when it says who does it (`Kat to …`, `Paul will open …`, `Ana enviará …`)', () => {
      const items = [
        'Kat to share the draft rules with the group.',
        'Paul will open the community account.',
        'Michael will send out the review issue.',
        'Ana enviará el acta a todos.',
        'Ana and Lee to prepare the deck.',
      ];
      assert.deepEqual(findings(notes(items), 'action-missing-due'), [
        '12 next-actions',
        '13 next-actions',
        '14 next-actions',
        '15 next-actions',
        '16 next-actions',
      ]);
      assert.deepEqual(findings(notes(items), 'action-missing-owner'), []);
      // Done, or dated: nothing to say.
      assert.deepEqual(
        findings(notes(['[x] Ana to book the room.', 'Kat to share it by 2026-12-03.']), 'action-missing-due'),
        [],
      );
    });

    it('is no action when the words only look so: a verb opening the sentence, a state, a speaker, news', () => {
      const items = [
        'Decided to move the meeting to Thursdays.',
        'Agreed to use the chat for updates.',
        'Chrome will ship the new API in March.',
        'Node 18 will be released soon.',
        'Welcome to the new members.',
        'Thanks to Ana for hosting.',
        'Lee: I think we should wait.',
        'Marta estará de vacaciones.',
        'Remember to update your timesheets.',
        'Bob will be out next week.',
        'Looking to hire a designer.',
      ];
      assert.deepEqual(findings(notes(items), 'action-missing-due'), []);
    });
  });

  it('a plain line naming a part over its list (`To do:`, `DECISIONS MADE`) is that part; a sentence is not', () => {
    const text = (label: string) =>
      `${HEAD}# Week 7\n\n## Decisions\n- Keep the slot.\n\n${label}\n\n- Ana to book the room by 2026-12-01\n`;
    assert.deepEqual(findings(text('To do:'), 'missing-section'), []);
    assert.deepEqual(findings(text('ACTIONS'), 'missing-section'), []);
    assert.deepEqual(findings(text('The following was noted'), 'missing-section'), ['9 next-actions']);
    // With a line leading into the list and blank lines between.
    const decisions = `${HEAD}# Week 7\n\nDECISIONS MADE:\n\n\nThe points below answer the client's requests.\n\n1.) Keep the form short.\n\n## Action items\n- Ana to book the room by 2026-12-01\n`;
    assert.deepEqual(findings(decisions, 'missing-section'), []);
  });

  it('a title naming the type and one of its parts, over that part’s list, is the part (`# Agenda Items`)', () => {
    const agenda = (title: string) =>
      `---\ntype: agenda\nclient: Acme\nmeeting: 2026-12-10 10:00\nissued: 2026-12-01\nattendees: Ana, Lee\nlocation: Room 2\n---\n# ${title}\n\n- Opening 5 min\n- Budget 20 min\n\n## Purpose\nAgree the plan.\n`;
    assert.deepEqual(findings(agenda('Agenda Items :'), 'missing-section'), []);
    // Not when another heading is that part.
    assert.deepEqual(
      findings(agenda('Agenda Items').replace('## Purpose', '## Topics\n- Wrap-up\n\n## Purpose'), 'duplicate-section'),
      [],
    );
  });

  it('under a split of roles (`人员分工`), `前端：names` and a bare part are no tasks; a dated task still is', () => {
    const text = (lines: string[]) =>
      `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n### 人员分工\n\n${lines.join('\n\n')}\n`;
    assert.deepEqual(
      findings(text(['队长：陈小灵', '前端：闻铭远（负责人）、陈小灵', '后端：袁家洛、杨林峰']), 'action-missing-due'),
      [],
    );
    assert.deepEqual(
      findings(
        `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n### 人员分工\n\n* 后端\n* 文档\n`,
        'action-missing-due',
      ),
      [],
    );
    // Under `## 会议待办`, the same lines are tasks.
    assert.deepEqual(
      findings(
        `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n## 会议待办\n\n- 整理部署文档\n`,
        'action-missing-due',
      ),
      ['16 next-actions'],
    );
  });

  it('a weekly table’s `本周要完成的任务` column holds the tasks; a line about this meeting is none', () => {
    const text = `${HEAD}# 第七周例会\n\n## 会议结论\n- 采用单一仓库。\n\n## 第七周任务内容\n\n- 本次会议为第七周第二次例会\n\n| 队员 | 上周完成的任务 | 本周要完成的任务 |\n| --- | --- | --- |\n| 司呈令 | 辅助队友 | 画燃尽图 |\n| 秦浩 | 学习代码 | 写页面 12月9日前 |\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
  });

  it('a label alone naming the next actions (`**Compromisos**`, `COMPROMISO(S)`) holds them; `**人员分工**` does not', () => {
    const text = (label: string) =>
      `${HEAD}# Acta\n\n## Acuerdos\n- Usar Postgres.\n\n## Notas\n\n${label}\n- Revisar el diseño\n`;
    assert.deepEqual(findings(text('**Compromisos**'), 'action-missing-due'), ['17 next-actions']);
    assert.deepEqual(findings(text('COMPROMISO(S)'), 'action-missing-due'), ['17 next-actions']);
    assert.deepEqual(findings(text('**Observaciones**'), 'action-missing-due'), []);
  });

  it('a to-do under a topic closed by a person in brackets is theirs; a thing in brackets owns nothing', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Notes\n- The symbology work (Matthias)\n  - TODO: add the tests by 2026-12-01\n- Styling (the new theme)\n  - TODO: pick colours by 2026-12-01\n\n## Action items\n- @ana send it by 2026-12-01\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions']);
  });

  it('a table row whose task cell says it is done (`(Done. …)`) is done', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Action items\n\n| Action | Description |\n|--|--|\n| 1 | Tim to contact the editors. (Done. PR added since by him) |\n| 2 | Ana to email the editors |\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 next-actions']);
  });

  it('words opening a note are no names before `to` (`Easy to carry`, `Successor to …`, `Preference is to …`)', () => {
    const text = `${HEAD}# Sync\n\n## Notes\n- Easy to carry\n- Things to delegate\n- Workflow to standardise the builds\n- Successor to the old proposal\n- Preference is to merge this version\n- Emily will send out a poll\n- Clive to book the room\n\n## Decisions\n- Keep.\n\n## Next actions\n- @ana send the deck by 2026-12-01\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions', '18 next-actions']);
  });

  it('the next meeting’s date has one reading when only one is to come after this meeting', () => {
    const text = (line: string) =>
      `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Next actions\n- @ana send it by 2026-11-25\n\n${line}\n`;
    // The meeting is 2026-11-20: 10 December is to come, 12 October is past.
    assert.deepEqual(findings(text('Next meeting: 10-12-2026'), 'ambiguous-date'), []);
    assert.deepEqual(findings(text('Other: 10-12-2026'), 'ambiguous-date'), ['17']);
    // Neither reading within four months of the meeting (12 May, 5 December 2027): still two readings.
    assert.deepEqual(findings(text('Next meeting: 12/05/2027'), 'ambiguous-date'), ['17']);
  });

  it('a task handed out in so many words (`asignada a Luis y David`) is an action even among the decisions', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n\n* Planeación del proyecto asignada a Luis y David.\n* Se acordó usar Postgres.\n\n## Próximos pasos\n- Luis enviará el acta el 2026-12-01\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['13 decisions']);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });
});
