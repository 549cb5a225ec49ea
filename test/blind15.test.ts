/**
 * Forms from the fifteenth blind stand-in for the hidden agency sets (documents written to the handbook by
 * someone who had not read the checker): a sign-off headed by whose it is (`## Client approval`).
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

describe('blind agency set 15', () => {
  it('a sign-off headed by whose it is (`Client approval`, `Firma del cliente`, `客户签字`) is the sign-off', () => {
    const estimate = (lang: 'en' | 'es' | 'zh', heading: string) =>
      analyze(
        `---\ntype: estimate\nclient: Harbour Bank\njob: HB-2026-014\ndate: 2026-11-20\ncurrency: EUR\n---\n\n# Estimate\n\n## Line items\n\n| Item | Amount |\n|---|---|\n| Film | 12000 |\n\n## Total\n\n12000\n\n## ${heading}\n\n- Harbour Bank: Pia Ng, Head of Brand, 2026-11-28\n`,
        'film.estimate.md',
        lang,
      )
        .findings.filter((f) => f.rule === 'missing-section' && f.data.section === 'sign-off')
        .map((f) => f.message);
    for (const [lang, h] of [
      ['en', 'Client approval'],
      ['en', 'Client sign-off'],
      ['en', 'Client signature'],
      ['es', 'Firma del cliente'],
      ['es', 'Aprobación del cliente'],
      ['zh', '客户签字'],
      ['zh', '甲方确认'],
    ] as const)
      assert.deepEqual(estimate(lang, h), [], h);
    assert.equal(estimate('en', 'Client notes').length, 1);
  });
});
