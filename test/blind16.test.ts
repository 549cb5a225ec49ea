/**
 * Forms from the sixteenth blind stand-in for the hidden agency sets (documents written to the handbook by someone
 * who had not read the checker, and its probes, and of the seventeenth): a sign-off's `Client: <name>, <date>` line is
 * a signature, not the document's client; a memo's length is its message's, not its title's or header lines'.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { buildDocument } from '../server/core/document';
import { headerFieldValue } from '../server/core/signoffs';

describe('blind agency set 16', () => {
  it('a sign-off’s `Client: Ann Lee, 2026-12-01` (`客户：…`, `Cliente: …`) is no client field', () => {
    const brief = (lang: 'en' | 'es' | 'zh', signoff: string, clientLine = '') =>
      analyze(
        `---\nbrand: Tidewater\njob: TW-2026-031\ndate: 2026-12-01\ndue: 2026-12-20\nbudget: 18000\n---\n# Creative brief: Winter range\n${clientLine}\n## Objective\n\nSell the winter range.\n\n## Sign-off\n\n${signoff}\n`,
        'winter.brief.md',
        lang,
      )
        .findings.filter((f) => f.rule === 'missing-field' && f.data.field === 'client')
        .map((f) => `${f.data.inBody ? 'body' : 'front matter'}`);
    assert.deepEqual(brief('en', '- Client: Ann Lee, 2026-12-01\n- Agency: Tom Reid, 2026-12-01'), ['front matter']);
    assert.deepEqual(brief('zh', '- 客户：赵敏 2026年12月1日'), ['front matter']);
    assert.deepEqual(brief('es', '- Cliente: Ana López, 01/12/2026'), ['front matter']);
    // Given atop the body, it is there.
    assert.deepEqual(brief('en', '- Client: Ann Lee, 2026-12-01', '\n**Client:** Tidewater Foods\n'), []);
  });

  it('every reader of the header skips the sign-off: the client’s names in missing-signoff, the client’s people', () => {
    const doc = (header: string) =>
      buildDocument(
        'winter.brief.md',
        `# Creative brief: Winter range\n${header}\n## Sign-off\n\n- Client: Ann Lee, 2026-12-01\n`,
      );
    assert.equal(headerFieldValue(doc(''), 'client'), undefined);
    assert.equal(headerFieldValue(doc('\n**Client:** Tidewater Foods\n'), 'client'), 'Tidewater Foods');
  });

  it('a memo’s length counts its message, not its title nor its header written as lines (blind17)', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const memo = (header: string) =>
      analyze(
        `---\ntype: memo\n---\n# Memorándum: cambios en el plan de Navidad de la cervecería\n\n${header}\n\n${words(295)}\n`,
        'm.md',
        'es',
      ).findings.filter((f) => f.rule === 'memo-too-long').length;
    const header =
      '**Para:** Elena Sanz, Cervecería Montaña Azul\n**De:** Rosa Díaz, Agencia Faro\n**Fecha:** 04/12/2026\n**Asunto:** Cambios en el rodaje y en el plan de medios';
    assert.equal(memo(header), 0);
    // The same words as the message are counted.
    assert.equal(memo(header.replace(/\*\*[^*]+:\*\*/g, '')), 1);
  });
});
