/**
 * Forms of real writing read wrongly before (issue 16, precision), in words of our own: a note opening with a
 * word that is no one's name before `to`; the client named in the title of a brief, a strategy or a report.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { reportsMissing } from './helpers/analyze';

const names = (text: string) => findOwners(text, 0).map((o) => o.name);

describe('precision of real minutes (actions41)', () => {
  it('takes no one for the owner of a possibility or of how to read a link', () => {
    assert.deepEqual(names('Potential to move the radio budget to podcasts'), []);
    assert.deepEqual(names('Click to convert [09:00 UTC](https://example.org/tz) to your own time'), []);
    assert.deepEqual(names('Tap to open the booking form'), []);
    // A person before `to` still owns the task.
    assert.deepEqual(names('Priya to move the radio budget to podcasts'), ['Priya']);
  });
});

describe('client named in the title (actions41)', () => {
  const clientMissing = (text: string) => reportsMissing(text, 'client');
  it('takes the name beside what a brief, a strategy or a report is for its client', () => {
    assert.ok(!clientMissing('---\ntype: brief\n---\n# Larkspur Tea — Spring campaign brief\n\nSome words.\n'));
    assert.ok(!clientMissing('---\ntype: strategy\n---\n# Quillo - Estrategia de marca\n\nTexto.\n'));
    assert.ok(!clientMissing('---\ntype: status\n---\n# Harbor Lane — Weekly ads report\n\nText.\n'));
  });
  it('does not where the name may be someone else’s, or is no name', () => {
    // An estimate may carry the agency’s own name; a competitor review, the competitor’s.
    assert.ok(clientMissing('---\ntype: estimate\n---\n# Larkspur Studio — Quote for a website\n\nText.\n'));
    assert.ok(clientMissing('---\ntype: competitor\n---\n# Ferrow Labs — Competitor review\n\nText.\n'));
    // A description, a course described with an abbreviation, a document that keeps its fields.
    assert.ok(clientMissing('---\ntype: strategy\n---\n# Brand Strategy: New Garden Lighting Company\n\nText.\n'));
    assert.ok(clientMissing('---\ntype: strategy\n---\n# 零基础AI绘画课 - 推广方案\n\nText.\n'));
    assert.ok(
      clientMissing('---\ntype: brief\nbrand: Larkspur\n---\n# Larkspur Tea — Spring campaign brief\n\nText.\n'),
    );
  });
});

describe('a name, then what the document is, in the title (actions41)', () => {
  const fields = (type: string, title: string) =>
    ['brand', 'client'].filter((f) => reportsMissing(`---\ntype: ${type}\n---\n# ${title}\n\nText.\n`, f));
  it('reads the name before a Chinese title or before the English words for the document', () => {
    assert.deepEqual(fields('strategy', 'NovaDesk 推广方案'), []);
    assert.deepEqual(fields('strategy', 'Tide Lamp 详细推广计划'), []);
    assert.deepEqual(fields('strategy', 'LumaCraft Content Strategy'), []);
    assert.deepEqual(fields('brief', 'VERDANT Launch Brief'), []);
    assert.deepEqual(fields('strategy', '青禾 · 品牌方案'), []);
  });
  it('not a platform, a phrase of ordinary words, an abbreviation, a version', () => {
    assert.deepEqual(fields('strategy', 'TikTok 推广方案'), ['brand', 'client']);
    assert.deepEqual(fields('strategy', 'Social Media Content Strategy'), ['brand', 'client']);
    assert.deepEqual(fields('strategy', 'SEO 推广方案'), ['brand', 'client']);
    assert.deepEqual(fields('strategy', 'NovaDesk2 推广方案'), ['brand', 'client']);
    // An estimate gives its brand so, not its client (the agency quoting may name itself).
    assert.deepEqual(fields('estimate', 'NovaDesk 报价方案'), ['client']);
  });
});

describe('the meeting’s day in a heading with its hours (actions41)', () => {
  it('reads a heading of the day, the hours and the zone', () => {
    const doc = (heading: string) =>
      `---\ntype: minutes\n---\n# Harbour Makers Meetups\n\nAbout the group.\n\n## ${heading}\n\n### Attendance\n\n- Ana Ruiz\n- Ben Cole\n\n### Decisions\n\n- Keep the venue.\n`;
    assert.ok(!reportsMissing(doc('2026-03-04, 14:00 - 15:30pm GMT (UTC)'), 'meeting'));
    assert.ok(!reportsMissing(doc('2026-03-04 10:00 CET'), 'meeting'));
    // A heading with words beside the day is another thing.
    assert.ok(reportsMissing(doc('Sprint report 14:00'), 'meeting'));
  });
});

describe('minutes dated by their changelog (actions41)', () => {
  it('takes the first revision’s day for when the minutes were written', () => {
    const doc = (log: string) =>
      `---\ntype: minutes\n---\n# 第二次项目例会\n\n时间：2026年3月24日\n\n## 决定\n\n- 选定方案一。\n\n${log}`;
    assert.ok(!reportsMissing(doc('## ChangLog\n\n- 2026/3/25 林舟创建\n'), 'issued'));
    assert.ok(!reportsMissing(doc('## 修订记录\n\n- 2026-03-25 初稿\n'), 'issued'));
    assert.ok(reportsMissing(doc('## ChangLog\n\n- 初稿\n'), 'issued'));
  });
});
