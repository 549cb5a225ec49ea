/**
 * Forms of the real minutes labelled in eval85 (2026-12-07), written here in our own words, in the same forms:
 * sections under names not read before (`## 后续待办`, `### 决议方案`, `#### Task allocation`), a log dated in its
 * headings one way (`# 3/4/27 Sync` beside `# 3/18/27 Sync`), and the record time closing Chinese minutes
 * (`**记录人：** 小林` / `**时间：** 2027-05-14 09:30`).
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const rules = (text: string, rule: string, lang: 'en' | 'zh' = 'en') =>
  analyze(text, 'minutes.md', lang).findings.filter((f) => f.rule === rule);
const missing = (text: string, lang: 'en' | 'zh' = 'en') =>
  rules(text, 'missing-section', lang).map((f) => f.data.section);

describe('eval85: section names of real minutes', () => {
  it('`## 后续待办` holds the next actions, `### 决议方案` under each topic the decisions', () => {
    const text = [
      '---',
      'type: minutes',
      '---',
      '# 门店小程序周会',
      '',
      '## 议题一：下单页卡顿',
      '',
      '### 问题描述',
      '',
      '部分安卓机型打开下单页要等五秒。',
      '',
      '### 决议方案',
      '',
      '- 图片改为懒加载，首屏只取三张。',
      '',
      '## 后续待办',
      '',
      '1. 小周本周五前提交懒加载改动',
      '2. 阿琳整理卡顿机型清单',
      '',
    ].join('\n');
    assert.deepEqual(missing(text, 'zh'), []);
  });

  it('`#### Task allocation` holds the next actions', () => {
    const text = [
      '---',
      'type: minutes',
      '---',
      '# Minutes',
      '',
      '## 12/3/27',
      '',
      '### Decisions',
      '',
      '- Keep the board in the shared drive.',
      '',
      '#### Task allocation',
      '',
      '- Inventory - Priya',
      '- Checkout page - Tomasz',
      '',
    ].join('\n');
    assert.deepEqual(missing(text), []);
  });
});

describe('eval85: a log dated in its headings one way', () => {
  const log = (first: string, second: string) =>
    [
      '---',
      'type: minutes',
      '---',
      `# ${first} Sync`,
      '',
      '- Reviewed the draft.',
      '',
      `# ${second} Sync`,
      '',
      '- Reviewed the figures.',
      '',
    ].join('\n');
  const ambiguous = (text: string) => rules(text, 'ambiguous-date').map((f) => text.slice(f.start, f.end));

  it('an entry read one way only (`3/18/27`) tells how its sibling (`3/4/27`) is read', () => {
    assert.deepEqual(ambiguous(log('3/4/27', '3/18/27')), []);
    // Day first the same way.
    assert.deepEqual(ambiguous(log('4/3/2027', '18/3/2027')), []);
  });

  it('siblings written both ways, or none read one way, leave it ambiguous', () => {
    assert.deepEqual(ambiguous(log('3/4/27', '4/5/27')), ['3/4/27', '4/5/27']);
    const both = `${log('3/4/27', '3/18/27')}\n# 18/3/27 Sync\n\n- Again.\n`;
    assert.deepEqual(ambiguous(both), ['3/4/27']);
  });

  it('a heading of another level is no sibling', () => {
    const text = log('3/4/27', 'Notes').replace('# Notes Sync', '## 3/18/27 Sync');
    assert.deepEqual(ambiguous(text), ['3/4/27']);
  });
});

describe('eval85: the record time closing Chinese minutes', () => {
  const minutes = (closing: string) =>
    [
      '---',
      'type: minutes',
      '---',
      '# 会议纪要',
      '',
      '**日期：** 2027-05-14',
      '',
      '## 结论',
      '',
      '- 先做网页版。',
      '',
      '## 后续行动',
      '',
      '- [ ] @王 提交原型 截止 2027-05-20',
      '',
      '---',
      '',
      closing,
      '',
    ].join('\n');
  const issuedMissing = (text: string) => rules(text, 'missing-field', 'zh').some((f) => f.data.field === 'issued');

  it('`记录人：` over `时间：` with the day and its year: when the minutes were written', () => {
    assert.equal(issuedMissing(minutes('**记录人：** 小林 ✍️\n**时间：** 2027-05-14 09:30')), false);
  });

  it('a time alone, or a time without the day, says nothing of when they were written', () => {
    assert.equal(issuedMissing(minutes('**时间：** 2027-05-14 09:30')), true);
    assert.equal(issuedMissing(minutes('**记录人：** 小林\n**时间：** 09:30')), true);
  });
});

describe('eval85: the meeting day in forms real minutes use (eval83, eval84)', () => {
  const meetingMissing = (body: string, lang: 'en' | 'zh' = 'en') =>
    rules(`---\ntype: minutes\n---\n${body}`, 'missing-field', lang).some((f) => f.data.field === 'meeting');

  it('a day alone on its line with the hours written with dots (`2027.03.04 19.00-21.30`)', () => {
    assert.equal(meetingMissing('# Design review\n\n2027.03.04 19.00-21.30\n\n## 讨论\n\n- 接口\n', 'zh'), false);
    // A range of days is no meeting day.
    assert.equal(meetingMissing('# Design review\n\n3.10-3.15\n\n## 讨论\n\n- 接口\n', 'zh'), true);
  });

  it('a quoted line naming the meeting after its day (`> 2027.4.12 周日 上午 第三次会议记录`)', () => {
    assert.equal(meetingMissing('# 记录\n\n> 2027.4.12 周日 上午 第三次会议记录\n\n- 地点：图书馆\n', 'zh'), false);
    assert.equal(meetingMissing('# 记录\n\n> 下次会议记录 2027.4.19\n\n- 地点：图书馆\n', 'zh'), true);
  });

  it('a heading naming the agenda of a day (`## Agenda Items for March 5, 2027`)', () => {
    assert.equal(
      meetingMissing('# Infra sync\n\n* Notes: somewhere\n\n## Agenda Items for March 5, 2027\n\n### Tests\n'),
      false,
    );
    assert.equal(meetingMissing('# Infra sync\n\n## Agenda Items for next meeting\n\n### Tests\n'), true);
    const es = '# Acta\n\n## Orden del día del 5 de marzo de 2027\n\n### Pruebas\n';
    assert.equal(
      rules(`---\ntype: minutes\n---\n${es}`, 'missing-field', 'en').some((f) => f.data.field === 'meeting'),
      false,
    );
  });
});

describe('eval85: the client marked among the attendees (eval82)', () => {
  const clientMissing = (line: string) =>
    rules(
      `---\ntype: minutes\n---\n# Minutes\n\n### Date : 2027-02-09\n${line}\n\n## Decisions\n\n- Web first.\n`,
      'missing-field',
    ).some((f) => f.data.field === 'client');

  it('`### Attendees: Jo Park (Client), Ana Ruiz` names the client who came', () => {
    assert.equal(clientMissing('### Attendees: Jo Park (Client), Ana Ruiz, Li Wei'), false);
    assert.equal(clientMissing('**Attendees:** Jo Park, Ana Ruiz (cliente)'), false);
    assert.equal(clientMissing('### 参会人员：朴乔（客户）、王明'), false);
    assert.equal(clientMissing('### Asistentes: Jo Park (cliente), Ana Ruiz'), false);
    // One a line under the label (eval61).
    assert.equal(clientMissing('**Attendees:**\n- Jo Park (Client)\n- Ana Ruiz'), false);
  });

  it('a client mentioned elsewhere, or attendees without one marked, name no client', () => {
    assert.equal(clientMissing('### Attendees: Jo Park, Ana Ruiz, Li Wei'), true);
    assert.equal(clientMissing('### Topic: Feedback (Client) round'), true);
    assert.equal(clientMissing('**Attendees:**\n- Jo Park (Harbor Books)\n- Ana Ruiz'), true);
    assert.equal(clientMissing('- Send the deck to the client (Client) by Friday'), true);
  });
});

describe('eval85: section forms of eval84 left produced', () => {
  it('a bold label closed by an HTML line break (`**初步结论**<br>`) gives its part', () => {
    const text = (label: string) =>
      `---\ntype: minutes\n---\n# 讨论记录\n\n## 第一次\n\n下午14:00-16:00<br>\n${label}\n- 先做网页版<br>\n- 再做小程序<br>\n\n## 后续行动\n\n- [ ] @王 提交原型 截止 2027-12-20\n`;
    assert.deepEqual(missing(text('**初步结论**<br>'), 'zh'), []);
    assert.deepEqual(missing(text('**初步结论**<br/>'), 'zh'), []);
    // Not a label of any part: still missing.
    assert.deepEqual(missing(text('**讨论过程**<br>'), 'zh'), ['decisions']);
  });

  it('a table of tasks and owners kept with tabs (`Tareas<TAB>Responsable`)', () => {
    const text = (header: string) =>
      `---\ntype: minutes\n---\n# Reunión\n\n## Acuerdos\n\n- Seguir con el plan.\n\n${header}\n1. Subir el formulario\tProgramador\n2. Revisar los permisos\tAnalista\n`;
    assert.deepEqual(missing(text('Tareas\tResponsable')), []);
    assert.deepEqual(missing(text('Tareas \tResponsable')), []);
    // Without its owner column, a list of things under a tab is no table of tasks.
    assert.deepEqual(missing(text('Temas\tNotas')), ['next-actions']);
  });
});

describe('eval85: a heading date written out in the heading right under it (eval69)', () => {
  const ambiguous = (text: string) => rules(text, 'ambiguous-date').map((f) => text.slice(f.start, f.end));
  const doc = (under: string) =>
    `---\ntype: minutes\n---\n# Harbor group\n\n# Twelfth client meeting 03/10\n\n## ${under}\n\n### Attendees\n\n- Ana Ruiz\n`;

  it('`# … 03/10` over `## 10 March 2027 / 12:00`: the day meant', () => {
    assert.deepEqual(ambiguous(doc('10 March 2027 / 12:00 - 12:45 / on a call')), []);
    assert.deepEqual(ambiguous(doc('3 October 2027')), []);
  });

  it('a day under it that is neither reading, or text between the two, leaves it ambiguous', () => {
    assert.deepEqual(ambiguous(doc('11 March 2027')), ['03/10']);
    const apart = doc('10 March 2027').replace('\n\n## 10', '\n\nNotes first.\n\n## 10');
    assert.deepEqual(ambiguous(apart), ['03/10']);
  });
});

describe('eval85: a numbered revision history kept as a table (eval62)', () => {
  const issuedMissing = (history: string) =>
    rules(
      `---\ntype: minutes\n---\n# 1. Datos generales\n\nSeguimiento de la obra.\n\n${history}\n\n## 3. Acuerdos\n\n- Seguir.\n`,
      'missing-field',
    ).some((f) => f.data.field === 'issued');

  it('`## 2. Historial de revisiones` over `| 1.0 | 2027-01-14 | Creación inicial |`: when they were written', () => {
    const table = '| Versión | Fecha | Descripción |\n|---|---|---|\n| 1.0 | 2027-01-14 | Creación inicial |';
    assert.equal(issuedMissing(`## 2. Historial de revisiones\n\n${table}`), false);
    assert.equal(issuedMissing(`## 二、修订记录\n\n${table}`), false);
    // The same table under another heading dates nothing.
    assert.equal(issuedMissing(`## 2. Calendario\n\n${table}`), true);
  });
});
