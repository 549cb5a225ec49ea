/**
 * Forms of the twenty-fifth session's blind samples (2026-12-06): real minutes in English (eval57), Spanish and
 * Chinese (eval58), every finding labelled by hand before the fix. Written here in our own words, in the same
 * forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;
const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-fifth blind samples of real minutes', () => {
  it('`3. Próximos pasos:` closing a numbered list, run on by `El grupo acordó … lo siguiente:`: the group owns the bullets', () => {
    const text = `${HEAD}# Informe quincenal\n\n## Acuerdos\n- Mantener el diseño.\n\n## Resumen\n\n1. Hecho: la maqueta.\n2. Bloqueos: ninguno.\n3. Plan para la próxima semana:\nEl grupo acordó cerrar la iteración. Se dedicarán a lo siguiente:\n- Revisar los textos de la landing.\n- Probar el formulario de contacto antes del 2026-12-18.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
    // The run-on text without a subject, or not leading into the bullets (no colon), owns nothing.
    const noSubject = text.replace('El grupo acordó cerrar la iteración.', 'Se acordó cerrar la iteración.');
    assert.deepEqual(findings(noSubject, 'action-missing-owner'), ['20 next-actions', '21 next-actions']);
    const noColon = text.replace('Se dedicarán a lo siguiente:', 'Se verá en la próxima reunión.');
    assert.deepEqual(findings(noColon, 'action-missing-owner'), ['20 next-actions', '21 next-actions']);
  });
});

void owners;
