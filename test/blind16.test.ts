/**
 * Forms from the sixteenth blind stand-in for the hidden agency sets (documents written to the handbook by someone
 * who had not read the checker, and its probes): a sign-off's `Client: <name>, <date>` line is a signature, not the
 * document's client.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

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
});
