/**
 * Action items in forms of the eighteenth blind sample (agency minutes and status reports in English, Spanish and
 * Chinese, written by an evaluator who had not read the code): a shortened Spanish weekday before the due date, a
 * date in full-width brackets before 前, `no later than`, `— Name — hasta el …`, the done statuses `Delivered`,
 * `Entregado`, `已交付`, and a due label whose value is no date. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { actionsOf, fixesFor, type Finding } from '../server/core/analyze';
import { applyEdits } from '../server/core/edits';
import { clip } from '../server/core/l10n';
import { short } from '../server/core/rules/common/openActions';
import { analyze } from './helpers/analyze';
import { MINUTES_HEAD, sameEverywhere } from './helpers/minutes';

const ES_HEAD =
  '---\ncliente: Bodegas Lumbre\nreunión: 2026-11-20 10:00\nemitido: 2026-11-20 17:00\nasistentes: Irene Sáez\ndistribución: asistentes\n---\n\n# Acta de reunión\n\n## Acuerdos\n\n- Seguimos con la campaña.\n\n## Próximos pasos\n\n';
const ZH_HEAD =
  '---\n客户: 山泉茶饮\n会议时间: 2026-11-20 10:00\n发出日期: 2026-11-20 17:00\n参会人员: 吴敏、郑浩\n抄送: 郑浩\n---\n\n# 会议纪要\n\n## 会议结论\n\n- 继续推进。\n\n## 行动事项\n\n';
const EN_HEAD = `${MINUTES_HEAD}# Minutes\n\n## Decisions\n\n- Keep the plan.\n\n## Action items\n\n`;

/** Each action as `due owners` (the due date as ISO, or `none`). */
function read(text: string): string[] {
  const a = analyze(text, 'doc.md');
  return actionsOf(a.doc, a.options).map((x) => {
    const d = x.due?.date;
    const iso = d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : 'none';
    return `${iso} ${x.ownerNames.join(',')}`;
  });
}

/** The rule's own fixes (not the disable comments every rule offers). */
function ownFixes(a: ReturnType<typeof analyze>, f: Finding) {
  return fixesFor(f, { doc: a.doc, options: a.options }).filter((x) => !x.title.startsWith('Disable'));
}

function messagesOf(text: string, rule: string): string[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);
}

describe('action items of the eighteenth blind sample', () => {
  it('a shortened Spanish weekday before the date leaves the due date read', () => {
    const text =
      ES_HEAD +
      '- [ ] Preparar el casting — responsable: Nuria Peña — fecha límite: vie 11/12\n' +
      '- [ ] Nuria: subir las maquetas, para el mié. 9/12\n' +
      '- [ ] Nuria revisa los rótulos (vie 11 dic)\n' +
      '- [ ] Nuria revisa los rótulos — mar 8/12\n';
    assert.deepEqual(read(text), ['2026-12-11 Nuria Peña', '2026-12-09 Nuria', '2026-12-11 Nuria', '2026-12-08 Nuria']);
    assert.deepEqual(messagesOf(text, 'action-missing-due'), []);
    sameEverywhere(text);
  });

  it('`Mar` before a day alone is still March', () => {
    assert.deepEqual(read(`${EN_HEAD}- [ ] @lee to book the studio by Mar 12\n`), ['2027-03-12 lee']);
  });

  it('English and Chinese weekdays before a day/month date, as before', () => {
    assert.deepEqual(
      read(`${EN_HEAD}- [ ] @lee to book the studio — Fri 12/11\n- [ ] @lee to print the cards by Fri. 12/11\n`),
      ['2026-12-11 lee', '2026-12-11 lee'],
    );
    assert.deepEqual(read(`${ZH_HEAD}- [ ] 吴敏 确认菜单，截止：周五 12/11\n`), ['2026-12-11 吴敏']);
  });

  it('the message quotes the task whole, without its weekday and date', () => {
    for (const [item, words] of [
      ['Nuria: subir las maquetas, para el mié. 9/12', 'Nuria: subir las maquetas'],
      ['Nuria sube las maquetas — fecha límite: vie 11 dic', 'Nuria sube las maquetas —'],
      ['Lee to print the cards, due Fri 12/11/2026', 'Lee to print the cards'],
      ['Lee to print the cards, due April 19th', 'Lee to print the cards'],
      ['Nuria sube las maquetas, fecha límite: vie 11/12.', 'Nuria sube las maquetas.'],
    ])
      assert.equal(clip(short(item)), words, item);
  });

  it('a date in full-width brackets before 前 is the due date', () => {
    const text = `${ZH_HEAD}- [ ] 吴敏 提交视觉稿，周四（12/10）前\n- [ ] 郑浩 整理报价（12/9）前\n`;
    assert.deepEqual(read(text), ['2026-12-10 吴敏', '2026-12-09 郑浩']);
    // A bracket after the date that was not opened before it is no deadline.
    assert.match(read(`${ZH_HEAD}- [ ] 吴敏：复盘活动 12/10）前的数据\n`)[0], /^none/);
  });

  it('`no later than`, `not later than`, `最迟`, `不晚于` introduce the due date', () => {
    assert.deepEqual(
      read(
        `${EN_HEAD}- [ ] @lee to send the floor plan no later than Dec 9\n- [ ] @lee to send the guest list not later than 10 December\n`,
      ),
      ['2026-12-09 lee', '2026-12-10 lee'],
    );
    assert.deepEqual(read(`${ZH_HEAD}- [ ] 吴敏 提交文案，最迟12月9日\n- [ ] 郑浩 提交样品，不晚于12月10日\n`), [
      '2026-12-09 吴敏',
      '2026-12-10 郑浩',
    ]);
    assert.deepEqual(read(`${ES_HEAD}- [ ] Nuria revisa las artes a más tardar el 10/12\n`), ['2026-12-10 Nuria']);
  });

  it('a day counted from the meeting after `no later than` / `a más tardar` / `最迟` is named as no date', () => {
    assert.match(
      messagesOf(`${EN_HEAD}- [ ] @lee to call the venue no later than Friday\n`, 'action-missing-due')[0],
      /^“Friday” is not a date/,
    );
    assert.match(
      messagesOf(`${ES_HEAD}- [ ] Nuria revisa las artes a más tardar el viernes\n`, 'action-missing-due')[0],
      /^“viernes” is not a date/,
    );
    assert.match(
      messagesOf(`${ZH_HEAD}- [ ] 吴敏 提交文案，最迟下周\n`, 'action-missing-due')[0],
      /^“下周” is not a date/,
    );
  });

  it('`— Name — hasta el …` keeps the owner, as `para el` does', () => {
    const text = `${ES_HEAD}- [ ] Corregir los banners — Nuria — hasta el 14/12\n- [ ] Corregir los banners — Nuria — para el 14/12\n`;
    assert.deepEqual(read(text), ['2026-12-14 Nuria', '2026-12-14 Nuria']);
    assert.deepEqual(messagesOf(text, 'action-missing-owner'), []);
    sameEverywhere(text);
  });

  it('a status saying delivered or ended closes the row: no overdue', () => {
    const table = (statuses: string[]) =>
      `${EN_HEAD}| Action | Owner | Due | Status |\n|---|---|---|---|\n${statuses
        .map((s, i) => `| Task ${i + 1} for the shoot | Lee | 2026-11-10 | ${s} |`)
        .join('\n')}\n`;
    const done = ['Delivered', 'Entregado', 'entregada', '已交付', '已结束', '已完结', '关闭'];
    assert.deepEqual(messagesOf(table(done), 'action-overdue'), []);
    // Still open: in progress, or only sent and waiting for an answer.
    assert.equal(messagesOf(table(['In progress', 'Sent', 'Approved']), 'action-overdue').length, 3);
  });

  it('a due label holding no date: the message names it, and the fix adds no second label', () => {
    const text = `${ES_HEAD}- [ ] Nuria revisa el guion — fecha límite: cuando firme el cliente\n`;
    const a = analyze(text, 'doc.md');
    const f = a.findings.find((x) => x.rule === 'action-missing-due');
    assert.ok(f);
    assert.match(f.message, /“cuando firme el cliente” cannot be read as a date/);
    assert.match(f.message, /“Nuria revisa el guion”/);
    assert.deepEqual(ownFixes(a, f), []);
    // The same in English and Chinese.
    for (const [head, line] of [
      [EN_HEAD, '- [ ] @lee to send the menu, deadline: after the tasting'],
      [ZH_HEAD, '- [ ] 吴敏 确认场地，截止日期：待定'],
    ]) {
      const b = analyze(`${head}${line}\n`, 'doc.md');
      const g = b.findings.find((x) => x.rule === 'action-missing-due');
      assert.ok(g?.message.includes('cannot be read as a date'), line);
      assert.ok(g);
      assert.deepEqual(ownFixes(b, g), [], line);
    }
  });

  it('a deadline named as a topic in the task is no due label: the fix adds one', () => {
    const text = `${EN_HEAD}- [ ] @lee to agree the deadline: two weeks or three\n`;
    const a = analyze(text, 'doc.md');
    const f = a.findings.find((x) => x.rule === 'action-missing-due');
    assert.ok(f && !f.message.includes('cannot be read'), f?.message);
    assert.equal(ownFixes(a, f).length, 1);
  });

  it('a due label left empty gets the date after it; an item without one still gets the label', () => {
    const empty = `${EN_HEAD}- [ ] @lee to send the menu (deadline: ) to the venue\n`;
    const a = analyze(empty, 'doc.md');
    const f = a.findings.find((x) => x.rule === 'action-missing-due');
    assert.ok(f);
    const fixed = applyEdits(empty, ownFixes(a, f)[0].edits);
    assert.ok(fixed.includes('(deadline: YYYY-MM-DD) to the venue'), fixed);
    const none = `${ES_HEAD}- [ ] Nuria revisa el guion\n`;
    const b = analyze(none, 'doc.md');
    const g = b.findings.find((x) => x.rule === 'action-missing-due');
    assert.ok(g);
    const added = applyEdits(none, ownFixes(b, g)[0].edits);
    assert.ok(added.includes('- [ ] Nuria revisa el guion fecha límite: YYYY-MM-DD\n'), added);
  });
});
