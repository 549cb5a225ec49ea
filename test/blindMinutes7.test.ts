/**
 * Forms of a seventh round of blind samples (issue 16, 2026-12-06, twenty-first session): minutes of public
 * repositories never read here before, labelled by hand on the session-start build before any fix, and the
 * long tail the earlier rounds left (one deadline for a whole list). Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a seventh blind sample of real writing', () => {
  describe('one deadline for a whole list', () => {
    it('a heading or a lead-in that says when (`due`, `by`, `before`, `前`, `antes del`) dates every task under it', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items (due 2026-11-30)\n\n- Ana to send the deck\n- Lee to book the studio\n\n### To do by Friday 2026-11-28\n\n- Zac to draft the copy\n\nTo be done before 2026-11-29:\n\n- Ana to check the budget\n\n### 下周任务（11月29日前完成）\n\n- 张伟：写方案\n\n### Tareas antes del 29 de noviembre\n\n| Tarea | Responsable |\n|---|---|\n| Imprimir | Ana |\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), []);
      // A task that writes its own date keeps it.
      const own = text.replace('- Lee to book the studio', '- Lee to book the studio by 2026-11-19');
      assert.deepEqual(findings(own, 'action-due-before-meeting'), ['17 next-actions']);
    });

    it('a date that names the meeting (`from the … call`, `for`, `on`, `del`) is no deadline', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items from the 2026-11-20 call\n\n- Ana to send the deck\n\n### Tasks for 2026-11-22\n\n- Lee to phone\n\n### Tareas del 20/11:\n\n- Ana: llamar al estudio\n\nTasks on 2026-11-21:\n\n- Zac to draft the copy\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), [
        '16 next-actions',
        '20 next-actions',
        '24 next-actions',
        '28 next-actions',
      ]);
    });

    it('an edit that adds the deadline to the heading is read again', () => {
      const text = `${HEAD}# Sync\n\n## Decisions\n- Keep the slot.\n\n## Action items\n\n- Ana to send the deck\n`;
      assert.deepEqual(findings(text, 'action-missing-due'), ['16 next-actions']);
      assert.deepEqual(
        findings(text.replace('## Action items', '## Action items (by 2026-11-30)'), 'action-missing-due'),
        [],
      );
    });
  });
});
