/**
 * Forms of the blind samples (eval61, eval62, eval63) that were reported as missing a field they give: a
 * definition list of keys, a two-cell row naming the attendees, more words for a label about them, a log's headings
 * each a month and a day, the meeting's day as an HTML element, a `@time` stamp or a Chinese `时间` heading. Written
 * here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';

describe('the twenty-seventh blind samples: fields given in the body', () => {
  it('a definition list of keys gives the day and the attendees', () => {
    const doc = `${MIN}# Workshop meeting\n\nMinutes\n:   Date: March 9th, 2026\n:   Members present: Ana, Ben, Carla\n\n## Items\n\n- Door code.\n`;
    assert.ok(!has(doc, 'meeting'));
    assert.ok(!has(doc, 'attendees'));
    const board = `${MIN}# Board\n\n:   BOD Members present: Ana Ruiz Ben Cole\n\n## Items\n\n- Rent.\n`;
    assert.ok(!has(board, 'attendees'));
  });

  it('a two-cell row, or a label in other words, names the attendees', () => {
    assert.ok(
      !has(
        `${MIN}# Sync\n\n| | |\n|---|---|\n| Attending | Nora Finch, Owen Pike |\n\n## Notes\n\n- Ok.\n`,
        'attendees',
      ),
    );
    assert.ok(
      !has(`${MIN}# Dev call\n\n**Community attendance:**\n\n- Nora\n- Owen\n\n## Notes\n\n- Ok.\n`, 'attendees'),
    );
    assert.ok(
      !has(
        `${MIN}# Diario\n\n- Equipo de Desarrollo Presente:\n  - Lucía\n  - Tomás\n\n## Notas\n\n- Ok.\n`,
        'attendees',
      ),
    );
    // A row whose key is another field's, or a blank value, names no one.
    assert.ok(has(`${MIN}# Sync\n\n| Topic | Door code |\n\n## Notes\n\n- Ok.\n`, 'attendees'));
    assert.ok(has(`${MIN}# Sync\n\n| Attending | TBD |\n\n## Notes\n\n- Ok.\n`, 'attendees'));
  });

  it("a log's headings each a month and a day alone date its meetings", () => {
    assert.ok(!has(`${MIN}# 组会记录\n\n## 9-14\n\n- 数据清洗。\n\n## 9-21\n\n- 模型训练。\n`, 'meeting'));
    assert.ok(!has(`${MIN}# 组会记录\n\n# 5.8\n\n- 数据清洗。\n\n# 5.15\n\n- 模型训练。\n`, 'meeting'));
    assert.ok(!has(`${MIN}# 记录\n\n## 5.8早会\n\n- 清洗。\n\n## 5.8午会\n\n- 训练。\n`, 'meeting'));
    // One such heading is no log; a section number with its title is no day.
    assert.ok(has(`${MIN}# 组会记录\n\n## 9-14\n\n- 数据清洗。\n`, 'meeting'));
    assert.ok(has(`${MIN}# Notes\n\n## 1.1 Scope\n\n- A.\n\n## 1.2 Risks\n\n- B.\n`, 'meeting'));
  });

  it("the meeting's day as an HTML element, a @time stamp or a Chinese 时间 heading", () => {
    const specs = `${MIN}# Team sync\n\n${'Some words.\n\n'.repeat(18)}#### Meeting details:\n<ul>\n  <li>Monday March 2, 2026</li>\n</ul>\n`;
    assert.ok(!has(specs, 'meeting'));
    // Under a heading about something else, a day in a list item is not the meeting's.
    assert.ok(has(specs.replace('Meeting details', 'Launch plan'), 'meeting'));
    assert.ok(!has(`${MIN}# 例会\n\n<h6 align="right">Harbor 2026/3/2</h6>\n\n## 进展\n\n- 完成。\n`, 'meeting'));
    assert.ok(!has(`${MIN}# 周会\n\n## 记录\n\n@time 2026.3.2\n\n- 完成接口。\n`, 'meeting'));
    assert.ok(!has(`${MIN}# 会议记录\n\n###会议时间\t2026.3.2 晚7点\n\n###议题\n\n- 分工。\n`, 'meeting'));
    assert.ok(has(`${MIN}# 周会\n\n<h6>Harbor team</h6>\n\n## 进展\n\n- 完成。\n`, 'meeting'));
  });

  it("a brief's ticket under `Issue:`, a currency's code said in words, an issue date heading a strategy", () => {
    const BRIEF = '---\ntype: brief\n---\n';
    assert.ok(
      !has(`${BRIEF}# Client brief\n\n**Issue:** WEB-42 — Spring landing page\n\n## Objective\n\nSell.\n`, 'job'),
    );
    // An issue that is no ticket names no job.
    assert.ok(has(`${BRIEF}# Client brief\n\n**Issue:** slow checkout pages\n\n## Objective\n\nSell.\n`, 'job'));
    const EST = '---\ntype: estimate\n---\n';
    const rows = '## Items\n\n| Item | Price |\n|---|---|\n| Logo | 4,000 |\n\n## Total\n\n4,000\n';
    assert.ok(!has(`${EST}# Quote\n\nAll prices in NZD.\n\n${rows}`, 'currency'));
    assert.ok(has(`${EST}# Quote\n\nAll prices in the table.\n\n${rows}`, 'currency'));
    const STRAT = '---\ntype: strategy\n---\n';
    assert.ok(!has(`${STRAT}# 推广计划\n\n## 发布日期：2026年3月2日\n\n## 目标\n\n- 增长。\n`, 'date'));
  });

  it('a table header `| Fecha | Hora |` over an empty row gives no day', () => {
    const empty = `${MIN}# Acta\n\n| Fecha | Hora |\n|---|---|\n|  |  |\n\n## Temas\n\n- Nada.\n`;
    assert.ok(has(empty, 'meeting'));
    // Filled in, its row dates the meeting; a key row `| Fecha | 2/3/2026 |` does too.
    assert.ok(!has(empty.replace('|  |  |', '| 2/3/2026 | 10:00 |'), 'meeting'));
    assert.ok(!has(`${MIN}# Acta\n\n| Fecha | 2/3/2026 |\n\n## Temas\n\n- Nada.\n`, 'meeting'));
  });

  it('a definition-list marker padded with 5,000 spaces or tabs finishes', () => {
    const started = Date.now();
    for (const pad of [' '.repeat(5000), '\t'.repeat(5000)])
      has(`${MIN}# M\n\n:${pad}x\n:${pad}Date: x${pad}\n<li>${pad}\n@time${pad}x\n`, 'meeting');
    assert.ok(Date.now() - started < 3000);
  });
});
