/**
 * Forms of actions a blind set of agency documents (blind23) and one of real minutes (eval87) found read wrong,
 * in words of our own: a due date after an arrow closing the item, a practice to go on with, a weekday and its
 * day of the month, the whole group before a dash, parts handed out under a label, a particle inside a name.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { analyze } from './helpers/analyze';
import { MINUTES_HEAD, findingsOf, sameEverywhere } from './helpers/minutes';

const minutes = (actions: string) =>
  `${MINUTES_HEAD}\n# Team call\n\n## Decisions\n\n- We keep the blue.\n\n## Next actions\n\n${actions}`;
/** The lines (1-based) of a rule's findings on the actions, counted from the first action. */
const lines = (actions: string, rule: string) => {
  const text = minutes(actions);
  const first = text.split('\n').indexOf(actions.split('\n')[0]) + 1;
  return findingsOf(text, rule).map((f) => Number.parseInt(f, 10) - first + 1);
};

describe('action forms of blind23 and eval87', () => {
  it('reads a date after an arrow closing the item as its due date, in each language', () => {
    const items = [
      '- Retail flyer (Ana) -> 2026-12-11',
      '- Lee to redo the retail flyer → 11 Dec',
      '- Ana: nuevo folleto con el logo → viernes 11/12/2026.',
      '- Lee：更新门店清单 → 12月10日',
      '- 门店海报（Ana）-> 12月11日',
    ].join('\n');
    assert.deepEqual(lines(`${items}\n`, 'action-missing-due'), []);
    sameEverywhere(minutes(`${items}\n`));
    // People after the arrow still take the item.
    assert.deepEqual(lines('- Retail flyer -> Ana, due 2026-12-11\n', 'action-missing-owner'), []);
  });

  it('takes a practice to go on with, naming nobody and no day, for no task', () => {
    const items = [
      '- Continue building the assigned screens with care.',
      '- Maintain paired working sessions for consistency.',
      '- Keep the shared tracker up to date.',
      '- Send the recap to the client.',
    ].join('\n');
    assert.deepEqual(lines(`${items}\n`, 'action-missing-owner'), [4]);
    // Named or dated, it is a task all the same.
    assert.deepEqual(lines('- Ana: maintain the asset list\n', 'action-missing-owner'), []);
    assert.deepEqual(lines('- Ana: maintain the asset list\n', 'action-missing-due'), [1]);
  });

  it('reads a weekday and its day as an ordinal after a due word in the meeting’s month', () => {
    const head =
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-10-06\nissued: 2026-10-06\nattendees: Ana, Lee\ndistribution: Ana\n---\n';
    const doc = (item: string) =>
      `${head}\n# Call\n\n## Decisions\n\n- We keep the blue.\n\n## Next actions\n\n- ${item}\n`;
    // 15 October 2026 is a Thursday: due then, overdue on 22 November.
    assert.deepEqual(findingsOf(doc('Ana must send the deck to Lee before Thursday 15th, noon'), 'action-overdue'), [
      '18 next-actions',
    ]);
    assert.deepEqual(
      findingsOf(doc('Ana must send the deck to Lee before Thursday 15th, noon'), 'action-missing-due'),
      [],
    );
    sameEverywhere(doc('Ana must send the deck to Lee before Thursday 15th, noon'));
    // The weekday is not the day's: no date read; a month named after it is a whole date, read as such.
    assert.deepEqual(findingsOf(doc('Ana must send the deck before Friday 15th'), 'action-missing-due'), [
      '18 next-actions',
    ]);
    assert.deepEqual(findingsOf(doc('Ana must send the deck before Thursday 15th October'), 'action-missing-due'), []);
  });

  it('takes the whole group leading an item before a dash for its owner', () => {
    const items = [
      '- Group - Pre-read: the pricing wireframe',
      '- Everyone – review the deck',
      '- Teamwork - review the deck',
    ].join('\n');
    // (`Teamwork - …`: a word of its own, no group.)
    assert.deepEqual(lines(`${items}\n`, 'action-missing-owner'), [3]);
    assert.deepEqual(lines(`${items}\n`, 'action-missing-due'), [1, 2, 3]);
    sameEverywhere(minutes(`${items}\n`));
  });

  it('reads a capitalised particle inside a name, the start of an attendee’s full name', () => {
    const head = (attendees: string) =>
      `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: ${attendees}\ndistribution: Ana\n---\n`;
    const doc = (attendees: string) =>
      `${head(attendees)}\n# Reunión\n\n## Acuerdos\n\n- Usamos la paleta azul.\n\n## Próximos pasos\n\n* Portada del folleto: Omar El Fassi\n* Pie de foto: Lina Ruiz\n`;
    assert.deepEqual(findingsOf(doc('Omar El Fassi Bennani, Lina Ruiz'), 'action-missing-owner'), []);
    // (`El` leading the words after a colon is the article: `Cambiar la portada: El Logo Nuevo` names nobody.)
    assert.deepEqual(findOwners('Cambiar la portada: El Logo Nuevo', 0), []);
    assert.deepEqual(
      findOwners('Cambiar la portada: Omar El Fassi', 0).map((o) => o.name),
      ['Omar El Fassi'],
    );
  });

  it('reads parts handed out under a label, one of them to two people', () => {
    const items = '- Banners:\n  - Hero banner and footer: Ana\n  - Side banners: Lee and Ana\n';
    assert.deepEqual(lines(items, 'action-missing-owner'), []);
    assert.deepEqual(lines(items, 'action-missing-due'), [2, 3]);
    sameEverywhere(minutes(items));
    // One part of two given to people, the other a remark: no sharing out read.
    assert.deepEqual(
      lines('- Banners:\n  - Hero banner: too dark\n  - Side banners: Lee and Ana\n', 'action-missing-due'),
      [],
    );
  });

  it('reads the items under a `TODO’s` label among the notes as actions', () => {
    const doc = (label: string) =>
      `${MINUTES_HEAD}\n# Team call\n\n## Decisions\n\n- We keep the blue.\n\n## Next actions\n\n- @Ana send the plan due 2026-11-30\n\n## Notes\n\n- Check-in\n\n- ${label}\n  - Pricing sheet (by today)\n  - Retail deck (by Friday)\n`;
    for (const label of ["TODO's", 'To-do’s']) {
      assert.deepEqual(findingsOf(doc(label), 'action-missing-owner'), ['25 next-actions', '26 next-actions'], label);
      sameEverywhere(doc(label));
    }
    assert.deepEqual(findingsOf(doc('Done'), 'action-missing-owner'), []);
  });

  it('reads a sub-item led by a person taking work on, under an action closed by a colon, as its own action', () => {
    const items =
      '* Ana to add a point to the next board meeting:\n  * Show the board the new navigation and, maybe, new pages\n  * Lee to open a ticket to track the feedback\n';
    assert.deepEqual(lines(items, 'action-missing-due'), [1, 3]);
    sameEverywhere(minutes(items));
    // Without the colon, the sub-items are the action's details.
    assert.deepEqual(
      lines(
        '* Ana to add a point to the next board meeting\n  * Lee to open a ticket to track the feedback\n',
        'action-missing-due',
      ),
      [1],
    );
  });

  it('reads the task rows of a typed table drawn without its outer pipes', () => {
    const doc =
      `${MINUTES_HEAD}\n# Client call\n\n* **Tasks** (T) have an owner and a deadline\n* **Decisions** (D)\n\n` +
      'Type | Description                               | Owner    | Deadline\n' +
      '----------------------------------------------------------------------\n' +
      'D    | The client approved the storyboard        |   -      |    -\n' +
      'T    | Book the studio for the pack shot and     | Ana      | 2026-11-30\n' +
      '        confirm the crew.\n' +
      'T    | Send the revised quote                    |   -      |    -\n' +
      'I    | The budget holds for now.                 |   -      |    -\n';
    assert.deepEqual(findingsOf(doc, 'action-missing-owner'), ['20 next-actions']);
    assert.deepEqual(findingsOf(doc, 'action-missing-due'), ['20 next-actions']);
    assert.deepEqual(findingsOf(doc, 'action-overdue'), []);
    sameEverywhere(doc);
  });
});

describe('action forms of blind24', () => {
  it('a Chinese name before an arrow owns the item, and the date after the last arrow is its due date', () => {
    const items = ['- 陈晨 → 调整后的媒介排期 → 12月9日', '- 李娜 -> 同步预算变化 -> 12月8日'].join('\n');
    assert.deepEqual(lines(`${items}\n`, 'action-missing-owner'), []);
    assert.deepEqual(lines(`${items}\n`, 'action-missing-due'), []);
    sameEverywhere(minutes(`${items}\n`));
    // A task alone before the arrow names nobody.
    assert.deepEqual(lines('- 重新核对达人报价 → 12月11日\n', 'action-missing-owner'), [1]);
  });

  it('the week a task is for, written w/c or week commencing, gives its due date', () => {
    const items = [
      '- Intro call with the new buyer (Ana) — w/c 11 Jan',
      '- Store check (Lee) — week commencing 18 Jan',
    ].join('\n');
    assert.deepEqual(lines(`${items}\n`, 'action-missing-due'), []);
    sameEverywhere(minutes(`${items}\n`));
  });
});

describe('owner cells of blind24', () => {
  it('a role in brackets after the name is not part of it, and a slash parts two people', () => {
    const table = [
      '| # | Action | Owner | Due |',
      '|---|---|---|---|',
      '| 1 | Shortlist creators | Kelly Moss (freelance) | 2026-12-11 |',
      '| 2 | Book the van | Ben Carter / Kelly Moss | 2026-12-12 |',
    ].join('\n');
    const config = JSON.stringify({ team: [{ name: 'Ben Carter' }] });
    const owners = analyze(minutes(`${table}\n`), 'minutes.md', 'en', config)
      .findings.filter((f) => f.rule === 'unknown-owner')
      .map((f) => f.message.match(/“([^”]+)”/u)?.[1]);
    assert.deepEqual(owners, ['Kelly Moss', 'Kelly Moss']);
    sameEverywhere(minutes(`${table}\n`));
  });
});

describe('a release number in Chinese minutes', () => {
  it('`24.09发布前` is before the 24.09 release, no day (the month comes first to these readers)', () => {
    const items = ['- 24.09发布前，补充设计文档 责任人：吴峰', '- 12.15前提交方案 责任人：李娜'].join('\n');
    assert.deepEqual(lines(`${items}\n`, 'action-missing-due'), [1]);
    assert.deepEqual(lines(`${items}\n`, 'action-overdue'), []);
    sameEverywhere(minutes(`${items}\n`));
  });
});
