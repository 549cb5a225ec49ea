/**
 * Forms of the twenty-seventh session's blind samples (eval65–eval67: minutes in three languages and agency
 * documents) that were reported as missing a field they give: the client under the name of a project course
 * (`Client / Sponsor:`), when minutes went out (`Date of Circulation:`), the meeting's day under a heading that
 * joins it to the time and the place, in a log's headings (`Dec-4-2017`), month first in Spanish (`Junio 20 del
 * 2022`), on the line under its key (`##### 时间：`); the team that met under `## Equipo`; a brief's `Written:`
 * date; a brand's name in quotes after `Brand Identity:`. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const BRIEF = '---\ntype: brief\n---\n';
const STRATEGY = '---\ntype: strategy\n---\n';

describe('the twenty-seventh blind samples: fields given in the body', () => {
  it('the client under `Client / Sponsor:`, not under a sponsor alone', () => {
    for (const key of ['Client / Sponsor', 'Client/Sponsor', 'Cliente / Patrocinador'])
      assert.ok(!has(`${MIN}# Sprint review\n\n${key}: Hal Morgan\nDate: 03/02/2026\n`, 'client'), key);
    assert.ok(has(`${MIN}# Sprint review\n\nSponsor: Hal Morgan\nDate: 03/02/2026\n`, 'client'));
    assert.ok(has(`${MIN}# Sprint review\n\nSponsor / Mentor: Hal Morgan\nDate: 03/02/2026\n`, 'client'));
  });

  it('when minutes went out: `Date of Circulation:` atop or closing them', () => {
    const body = '# Sprint review\n\nClient: Hal Morgan\nDate: 03/02/2026\n\n## Decisions\n\n- Ship it.\n\n';
    assert.ok(!has(`${MIN}${body}Prepared by: Lea Ford\nDate of Circulation: 03/03/2026\n`, 'issued'));
    assert.ok(!has(`${MIN}${body}Circulation date: 03/03/2026\n`, 'issued'));
    assert.ok(has(`${MIN}${body}Prepared by: Lea Ford\n`, 'issued'));
  });

  it('the meeting’s day under `## Date, Time and Location`, not under the time and the place alone', () => {
    const text = (heading: string) =>
      `${MIN}# Minutes of the ninth board meeting\n\n## Summary\n\nThe quarter went well.\nTwo members joined.\nThe report is online.\n\n${heading}\n\nThe board met online on Tuesday, March 3, 2026 at 16:00 (UTC).\n`;
    for (const heading of ['## Date, Time and Location', '## Date, time, and place', '## Fecha, hora y lugar'])
      assert.ok(!has(text(heading), 'meeting'), heading);
    assert.ok(has(text('## Time and Location'), 'meeting'));
  });

  it('a log of meetings each dated `Mon-D-YYYY` in its heading', () => {
    const log = '# Mar-3-2026\n\n## Notes\n\n1. Intros\n\n# Mar-10-2026\n\n## Notes\n\n1. Outline\n';
    assert.ok(!has(`${MIN}${log}`, 'meeting'));
    // A word, hyphens and numbers that are no month are no day.
    assert.ok(has(`${MIN}# Build-4-2026\n\n## Notes\n\n1. Intros\n`, 'meeting'));
  });

  it('a Spanish day written month first with `del` (`## Marzo 3 del 2026`)', () => {
    assert.ok(!has(`${MIN}# Reuniones del club\n\n## Marzo 3 del 2026\n\n- Nos presentamos.\n`, 'meeting'));
    assert.ok(!has(`${MIN}# Reuniones del club\n\n## Marzo 3 de 2026\n\n- Nos presentamos.\n`, 'meeting'));
  });

  it('the meeting’s day on the line under its key alone (`##### 时间：`, `Date:`)', () => {
    for (const key of ['##### 时间：', '### Time', 'Date:', 'Fecha:'])
      assert.ok(
        !has(`${MIN}### 第三次会议\n${key}\n3月6日（周五）12:30-13:30\n\n#### 分工\n\n- 王明\n`, 'meeting'),
        key,
      );
    // The next meeting's day under it is not this one's; a key over no day dates nothing.
    assert.ok(has(`${MIN}### 第三次会议\n##### 时间：\n下次会议 3月13日\n\n#### 分工\n\n- 王明\n`, 'meeting'));
    assert.ok(has(`${MIN}### 第三次会议\n##### 时间：\n待定\n\n#### 分工\n\n- 王明\n`, 'meeting'));
  });

  it('the team that met under `## Equipo` / `## Team`, a list of names', () => {
    for (const heading of ['## Equipo', '## Team', '## Team members', '## 团队'])
      assert.ok(
        !has(
          `${MIN}# Daily - 3/3/2026\n\n${heading}\n- Ana Ruiz Gil\n- Luis de la Peña\n- 王明\n\n## Notas\n- Bien.\n`,
          'attendees',
        ),
        heading,
      );
    // A team heading over what the team does, or over one name, names no attendees.
    assert.ok(has(`${MIN}# Daily - 3/3/2026\n\n## Team\n- Ships the app on Friday\n- Fixes the login\n`, 'attendees'));
    assert.ok(has(`${MIN}# Daily - 3/3/2026\n\n## Team\n- Ana Ruiz\n\n## Notes\n- Fine.\n`, 'attendees'));
  });

  it('a brief dated `Written: 2026-03-03`', () => {
    assert.ok(!has(`${BRIEF}# Homepage brief\n\nWritten: 2026-03-03\nSource: design/v3\n`, 'date'));
    assert.ok(!has(`${BRIEF}# Homepage brief\n\n**Date written:** 3 March 2026\n`, 'date'));
    assert.ok(has(`${BRIEF}# Homepage brief\n\nSource: design/v3\n`, 'date'));
  });

  it('the brand named in quotes after `Brand Identity:`, not described there', () => {
    assert.ok(
      !has(`${STRATEGY}# Merch strategy\n\n## Brand Identity: "Loud & Lucky Co."\n\n### Voice\n- Bold\n`, 'brand'),
    );
    assert.ok(!has(`${STRATEGY}# Merch strategy\n\n**Identidad de marca:** «Nube Alta»\n`, 'brand'));
    assert.ok(has(`${STRATEGY}# Merch strategy\n\n## Brand Identity: bold, warm and playful\n\n- Voice\n`, 'brand'));
  });
});
