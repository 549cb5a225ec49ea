/**
 * Forms of a log of meetings kept in one file (eval75, issue 16): each meeting's task table, whose pending rows a
 * later meeting's table records as done, and an `### Open items` list under it restating the table's open tasks by the
 * files their rows quote; a meeting with nothing pending says `None (…)`. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\n---\n';
const lines = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

/** Two meetings of a log; `second` the second meeting's task rows, `pending` the first meeting's summary list. */
const log = (
  second = '| Finish the storyboard `storyboard.md` | Copywriter | 2026-10-07 | Done |\n| Send `budget.xlsx` to the client | Tobias Lind | 2026-10-07 | Done |\n',
  pending = '- Complete the storyboard (`storyboard.md`).\n- Send the print budget (`budget.xlsx`).\n',
  last = '- Book a photographer for the shoot (`shoot.md`).\n',
) =>
  `${HEAD}# Campaign team log\n\n## Meeting 1\n\n**Date:** 2026-10-05\n**Attendees:** Mara Quinn, Tobias Lind\n\n### Decisions\n\n- Keep the autumn palette.\n\n### Tasks\n\n| Task | Owner | Due | Status |\n|---|---|---|---|\n| Write the launch brief (\`brief.md\`) | Mara Quinn | 2026-10-06 | Done |\n| Sketch the storyboard (\`storyboard.md\`) | Copywriter | 2026-10-07 | Pending |\n| Price the print run (\`budget.xlsx\`) | Tobias Lind | 2026-10-07 | Pending |\n\n### Open items\n\n${pending}\n## Meeting 2\n\n**Date:** 2026-10-07\n\n### Tasks\n\n| Task | Owner | Due | Status |\n|---|---|---|---|\n${second}| Book the photographer (\`shoot.md\`) | Mara Quinn | 2026-10-09 | Pending |\n\n### Open items\n\n${last}`;

describe('fresh real minutes, eval75 (log and combined forms): a log of meetings in one file', () => {
  it('a pending row a later meeting records as done by the same owner is not open; the last open one is', () => {
    const doc = log();
    // Line 38: the photographer, still pending (today 2026-11-22).
    assert.deepEqual(lines(doc, 'action-overdue'), [38]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
  });
  it('a later done row of another owner, or before the open one, does not close it', () => {
    const other = log(
      '| Finish the storyboard `storyboard.md` | Copywriter | 2026-10-07 | Done |\n| Send `budget.xlsx` to the client | Mara Quinn | 2026-10-07 | Done |\n',
    );
    assert.deepEqual(lines(other, 'action-overdue'), [21, 38]);
    // The photographer done in the first meeting's table (before it is pending in the second) is still open.
    const before = log().replace(
      '| Write the launch brief (`brief.md`) | Mara Quinn | 2026-10-06 | Done |',
      '| Scout the shoot (`shoot.md`) | Mara Quinn | 2026-10-06 | Done |',
    );
    assert.deepEqual(lines(before, 'action-overdue'), [38]);
  });
  it('a list naming the table’s open tasks one by one restates them; one naming some of them, or others, does not', () => {
    // Only the storyboard: the budget's row is open too, so the list is not the table's.
    const some = log(undefined, '- Complete the storyboard (`storyboard.md`).\n');
    assert.deepEqual(lines(some, 'action-missing-owner'), [25]);
    const others = log(
      undefined,
      undefined,
      '- Book a photographer for the shoot (`shoot.md`).\n- Rent the van (`van.md`).\n',
    );
    assert.deepEqual(lines(others, 'action-missing-owner'), [42, 43]);
  });
  it('`None (…)` under the open items heading is no task', () => {
    const doc = log(undefined, undefined, '- None (every file of the first delivery is in the repository).\n');
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    const task = log(undefined, undefined, '- Nora to draft the press note (new angle).\n');
    assert.deepEqual(lines(task, 'action-missing-due'), [42]);
  });
});

describe('fresh real minutes, eval75 (log and combined forms): tasks under a heading naming the decisions and the tasks', () => {
  const doc = (heading: string, body: string) =>
    `${HEAD}# Sync call 14\n\nDate: 2026-10-30\n\n${heading}\n\n${body}\n___\n\n## Notes\n\nWe went through the roadmap.\n`;
  it('a numbered line led by a verb of work, or asking for further discussion, is a task; a decision or a topic is none', () => {
    // `i.` is no list marker: each line is a paragraph of its own.
    const roman = doc(
      '## Decisions & Action Items',
      'i. Check the caching notes for the gateway\n\n\n\nii. Further talks on the pricing tiers\n\niii. The team agreed to keep the beta open.\n\niv. Further discussion on the caching layer\n',
    );
    assert.deepEqual(lines(roman, 'action-missing-owner'), [10, 18]);
    assert.deepEqual(lines(roman, 'action-missing-due'), [10, 18]);
  });
  it('an item led by its topic’s label, then a verb of work; not role assignments', () => {
    const es = doc(
      '### Acuerdos y tareas de definición',
      '1. **Escalado del lector:** Revisar si el lector debe escalar en horizontal.\n2. **Frontend:** **Marta y Iker** (maquetación).\n3. Se aprueba el uso de contenedores.\n',
    );
    assert.deepEqual(lines(es, 'action-missing-owner'), [10]);
    assert.equal(
      analyze(es).findings.filter((f) => f.rule === 'missing-section' && /Acuerdos|Decisions/u.test(f.message)).length,
      0,
    );
    // A label alone over steps each led by a verb of work is one task (its bracket names a part, not a person).
    const steps = (second: string) =>
      doc(
        '### Acuerdos y tareas de definición',
        `1. **Actualización del diagrama (Interacciones):**\n    * Agregar el flujo entre el lector y la API.\n    * ${second}\n`,
      );
    assert.deepEqual(lines(steps('Documentar el retorno del mensaje.'), 'action-missing-owner'), [10]);
    assert.deepEqual(lines(steps('El flujo actual ya funciona.'), 'action-missing-owner'), []);
    // Under the decisions alone, the same line is what was decided.
    assert.deepEqual(
      lines(es.replace('### Acuerdos y tareas de definición', '### Acuerdos'), 'action-missing-owner'),
      [],
    );
  });
});

describe('fresh real minutes, eval75 (log and combined forms): a topic over its tasks under the action items', () => {
  const doc = (subs: string) =>
    `${HEAD}# Dev call 12\n\n## Decisions\n\n- Keep the nightly builds.\n\n## Action Items:\n\n- Key rotation\n${subs}- Links worth reading:\n  - The CLI has a PR for signing https://example.com/pull/1\n`;
  it('one sub-item handed to someone, the others short parts of the work: each is a task', () => {
    const d = doc(
      '  - Mira needs to land the pending pieces for key rotation\n    - This means the scanner changes too\n  - Bindings and app integration\n',
    );
    assert.deepEqual(lines(d, 'action-missing-owner'), [15]);
    assert.deepEqual(lines(d, 'action-missing-due'), [13, 15]);
  });
  it('not short parts alone, nor beside a sentence', () => {
    // (The sub-items are none of the tasks; the topic is read as it was.)
    const parts = lines(doc('  - Bindings and app integration\n  - Scanner updates\n'), 'action-missing-owner');
    assert.ok(!parts.includes(13) && !parts.includes(14), String(parts));
    const sentence = doc(
      '  - Mira needs to land the pending pieces for key rotation\n  - The old keys were rotated by hand last year.\n',
    );
    assert.ok(!lines(sentence, 'action-missing-owner').includes(14));
  });
});
