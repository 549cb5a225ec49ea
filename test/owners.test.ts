/**
 * The whole group as an action's owner, in brackets (`(todos)`, `(everyone)`): an owner, and nobody's name, so no
 * roster finding either (real actas assign shared tasks this way).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './helpers/analyze';

const ACTA = readFileSync(join(__dirname, 'fixtures', 'rules', 'action-missing-owner', 'group-es.md'), 'utf8');

describe('group owners', () => {
  it('(todos …), (todos), (everyone) are owners; an item without any owner is still reported', () => {
    const { findings } = analyze(ACTA, 'acta.md', 'es');
    const lines = findings.filter((f) => f.rule === 'action-missing-owner').map((f) => f.range.start.line + 1);
    assert.deepEqual(lines, [20]);
  });

  it('a group owner is not an unknown team member', () => {
    const config = JSON.stringify({ team: [{ name: 'Ana Ruiz' }, { name: 'Luis Gómez' }] });
    const { findings } = analyze(ACTA, 'acta.md', 'es', config);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'unknown-owner').map((f) => f.data.owner),
      [],
    );
  });
});
