/** A copied form's client blank is no sign of an agency document (docs/types.md). */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';

const typeOf = (text: string) => buildDocument('notes.md', text, { agencyWorkspace: false }).type?.id;

describe('a client line left blank does not type an everyday title', () => {
  for (const blank of ['[Nombre de la empresa cliente]', '<client name>', '[Customer company]', 'XXXX']) {
    it(`# Propuesta + Cliente: ${blank} stays ordinary Markdown`, () => {
      assert.equal(typeOf(`# Propuesta: [Título]\n\n**Cliente:** ${blank}\n\nTexto libre.\n`), undefined);
      assert.equal(typeOf(`# Brief\n\n- **Client:** ${blank}\n\nFree text.\n`), undefined);
    });
  }
  it('a named client still types it', () => {
    assert.equal(typeOf(`# Brief\n\n- **Client:** Harbourline Ferries\n\nFree text.\n`), 'brief');
  });
});
