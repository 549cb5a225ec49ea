/**
 * Forms of the labelled blind samples (eval45–eval71) reported as missing a field they give in the body, read
 * since the twenty-ninth session: a page's `+++` TOML header dating the minutes; a budget over a period or for the
 * media (`**Budget mensual**:`, `月预算：`); a sales call's `**Prospect:**`; a person marked `(Client)` among those
 * at the meeting; a table with a column for the client; a fact book's `| Business Name |` row; `品牌名称：`; a day
 * written `2024 03 11` in the title of minutes. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const STATUS = '---\ntype: status\n---\n';
const FACTS = '---\ntype: factbook\n---\n';
const MEDIA = '---\ntype: media-brief\n---\n';
const BRIEF = '---\ntype: brief\n---\n';
const STRATEGY = '---\ntype: strategy\n---\n';

describe('fields given in the body, session 29 (fields30)', () => {
  it('a page’s `+++` TOML header dates the minutes: the meeting, and with a stamp when they went out', () => {
    const toml =
      '+++\ntitle = "Spring Committee Minutes"\ndate = "2026-03-14T10:00:00Z"\n\n[taxonomies]\ntags = ["minutes"]\n+++\n';
    const doc = `${MIN}${toml}\nThe committee met on campus.\n\n## Attendance\n- Nora Field\n- Owen Price\n`;
    assert.ok(!has(doc, 'meeting'));
    assert.ok(!has(doc, 'issued'));
    // A day without its time is the meeting's, not when the minutes went out.
    const day = `${MIN}+++\ntitle = "Spring Committee Minutes"\ndate = 2026-03-14\n+++\n\nNotes.\n`;
    assert.ok(!has(day, 'meeting'));
    assert.ok(has(day, 'issued'));
    // No date in it, a blank, or a block further down the body (a code sample), dates nothing.
    assert.ok(has(`${MIN}+++\ntitle = "Spring Committee Minutes"\n+++\n\nNotes.\n`, 'meeting'));
    assert.ok(has(`${MIN}+++\ndate = "TBD"\n+++\n\nNotes.\n`, 'meeting'));
    assert.ok(has(`${MIN}# Minutes\n\nNotes.\n\n+++\ndate = "2026-03-14"\n+++\n`, 'meeting'));
    // A brief's own date.
    assert.ok(!has(`${BRIEF}+++\ndate = "2026-03-14"\n+++\n\n# Brief\n\nClient: Harbor Books\n`, 'date'));
  });

  it('a budget over a period or for the media, with its amount', () => {
    assert.ok(
      !has(`${MEDIA}# Search campaign\n\n**Objetivo**: demos\n**Budget mensual**: $20.000-$25.000 CLP\n`, 'budget'),
    );
    assert.ok(!has(`${MEDIA}# Search campaign\n\n- **Monthly budget:** USD 1,200\n`, 'budget'));
    assert.ok(!has(`${MEDIA}# 投放方案\n\n月预算：8000 元\n`, 'budget'));
    assert.ok(!has(`${MEDIA}# Campaña\n\n**Presupuesto de medios:** 4.000 €\n`, 'budget'));
    // No amount, or a blank: no budget.
    assert.ok(has(`${MEDIA}# Search campaign\n\n**Monthly budget:** to be agreed with finance\n`, 'budget'));
    assert.ok(has(`${MEDIA}# Search campaign\n\n**Monthly budget:** TBD\n`, 'budget'));
    // Another key with the word (`Budget signals`) is no budget.
    assert.ok(has(`${MEDIA}# Search campaign\n\n**Budget signals:** 2 tools requested\n`, 'budget'));
  });

  it('a sales call’s `**Prospect:**` names whom the minutes are with', () => {
    const call = (v: string) =>
      `${MIN}# Call Summary\n\n**Date:** 2026-03-04\n**Prospect:** ${v}\n**Business:** Tiling\n`;
    assert.ok(!has(call('Dana Wells, Copperline Tiles (Ohio)'), 'client'));
    assert.ok(has(call('TBD'), 'client'));
    assert.ok(has(call('[Prospect name]'), 'client'));
    // A heading about prospects names none.
    assert.ok(has(`${MIN}# Call Summary\n\n## Prospects\n\nWe talked about prospects in general.\n`, 'client'));
  });

  it('a person marked `(Client)` among those at the meeting', () => {
    const doc = `${MIN}# Week 5 meeting\n\n**Attendees:**\n- Gwen Hart (Client)\n- Tariq Osei\n- Lena Voss\n`;
    assert.ok(!has(doc, 'client'));
    assert.ok(!has(`${MIN}# 第五周会议\n\n参会人员：\n- 王丽（客户）\n- 李华\n`, 'client'));
    // Someone saying something about a client is not the client.
    assert.ok(has(`${MIN}# Week 5 meeting\n\n- Gwen said the (client) demo went well\n- Tariq Osei\n`, 'client'));
    assert.ok(has(`${MIN}# Week 5 meeting\n\n**Attendees:**\n- Gwen Hart (PM)\n- Tariq Osei\n`, 'client'));
  });

  it('a table with a column for the client, filled in', () => {
    const table = (row: string) =>
      `${STATUS}# Weekly check-ins (2026-03-04)\n\n| Client Name | Status | Last check-in |\n| --- | --- | --- |\n${row}\n`;
    assert.ok(!has(table('| Harbor Charters | Green | 2026-03-04 |'), 'client'));
    assert.ok(has(table('| [Client] | Green | 2026-03-04 |'), 'client'));
    assert.ok(has(table('| TBD | Green | 2026-03-04 |'), 'client'));
    assert.ok(has(table('|  | Green | 2026-03-04 |'), 'client'));
    // A column about something else.
    assert.ok(
      has(
        `${STATUS}# Weekly check-ins\n\n| Workspace | Status |\n| --- | --- |\n| Harbor Charters | Green |\n`,
        'client',
      ),
    );
  });

  it('a fact book’s `| Business Name |` row names the business it is about', () => {
    const doc = (v: string) =>
      `${FACTS}# Intake sheet\n\n## Business Overview\n\n| Field | Value |\n|---|---|\n| **Business Name** | ${v} |\n| **Type** | Bakery |\n`;
    assert.ok(!has(doc('The Quayside Bakery'), 'client'));
    assert.ok(has(doc('[Business name]'), 'client'));
    assert.ok(has(doc('TBD'), 'client'));
  });

  it('`品牌名称：` names the brand', () => {
    assert.ok(!has(`${STRATEGY}# 网站规划\n\n*   **品牌名称：** 青禾\n*   **品牌定位：** 乳品\n`, 'brand'));
    assert.ok(has(`${STRATEGY}# 网站规划\n\n*   **品牌名称：** 待定\n`, 'brand'));
  });

  it('a day written `2024 03 11` in the title of minutes', () => {
    assert.ok(!has(`${MIN}# 2026 03 11: Members meeting\n\n## Participants\n- Nora\n`, 'meeting'));
    // A version or a count in three numbers is no day.
    assert.ok(has(`${MIN}# Members meeting 2026 13 11\n\nNotes.\n`, 'meeting'));
    assert.ok(has(`${MIN}# Members meeting, 2026 budget 03 items\n\nNotes.\n`, 'meeting'));
  });

  it('what each member reported under `## Individual responses`, one sub-heading a person', () => {
    const doc = (subs: string) =>
      `${MIN}# Standup 3.4.26\n\n## General\n- plan the sprint\n\n## Individual responses\n${subs}`;
    assert.ok(!has(doc('### Priya\n- did the login\n### Marco\n- did tests\n### Elena\n- wrote docs\n'), 'attendees'));
    // Two names are not enough; a sub-heading that is no name (`### Next steps`) makes it something else.
    assert.ok(has(doc('### Priya\n- did the login\n### Marco\n- did tests\n'), 'attendees'));
    assert.ok(
      has(doc('### Priya\n- login\n### Marco\n- tests\n### Elena\n- docs\n### Next steps\n- ship\n'), 'attendees'),
    );
    // Topics under another heading are no people.
    assert.ok(
      has(`${MIN}# Standup\n\n## Workstreams\n### Design\n- a\n### Backend\n- b\n### Marketing\n- c\n`, 'attendees'),
    );
  });

  it('the people listed first, under the prose opening the minutes', () => {
    const people = '  - Rosa Linden (Chair, <code>rl12</code>)\n  - Tomas Berg (Secretary)\n  - Ines Marsh\n';
    assert.ok(
      !has(
        `${MIN}# Minutes of the Club AGM\n\nThe AGM was held on 4 March 2026.\n\n${people}\nApologies\n\n  - Paul Dee\n`,
        'attendees',
      ),
    );
    // Under a line about who was away, or a label, or after the first section: not who came.
    assert.ok(
      has(`${MIN}# Minutes of the Club AGM\n\nApologies for absence were received from\n\n${people}`, 'attendees'),
    );
    assert.ok(has(`${MIN}# Minutes of the Club AGM\n\nCandidates:\n${people}`, 'attendees'));
    assert.ok(has(`${MIN}# Minutes of the Club AGM\n\n## Elections\n\nThe club elected\n\n${people}`, 'attendees'));
    // A list of topics, or of first names only.
    assert.ok(has(`${MIN}# Minutes of the Club AGM\n\nWe met.\n\n- Budget Review\n- Fees\n- Website\n`, 'attendees'));
    assert.ok(has(`${MIN}# Minutes of the Club AGM\n\nWe met.\n\n- Rosa\n- Tomas\n- Ines\n`, 'attendees'));
  });

  it('`**Company:**` atop the minutes of a call names the company met', () => {
    const call = (v: string) =>
      `${MIN}# Feedback call\n\n**Date:** March 4, 2026\n**Company:** ${v}\n**Participants:** Ann Lee (CTO)\n`;
    assert.ok(!has(call('Brightwave Ltd.'), 'client'));
    assert.ok(has(call('[Company]'), 'client'));
    assert.ok(has(call('TBD'), 'client'));
  });
});
