/**
 * What a twenty-first blind set of agency documents found (blind21, 2026-12-07: job cards, estimates, status
 * reports, agendas, media briefs): another client named by its alias was reported under its configured name
 * only, so the reader looked for words the document does not have. Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const CONFIG = JSON.stringify({
  agency: { name: 'Kestrel & Vine' },
  clients: [{ name: 'Harbor Bank' }, { name: '松风茶室', aliases: ['Songfeng Tea'] }],
});

const MINUTES =
  '---\ntype: minutes\nclient: Harbor Bank\nmeeting: 2026-12-01\nissued: 2026-12-01\nattendees: Ana Ruiz, Li Wei\ndistribution: Ana Ruiz\n---\n\n# Contact report\n\n## Decisions\n\n- We reuse the SONGFENG TEA grid and the 松风茶室 palette.\n\n## Next actions\n\n- @Ana send the grid due 2026-12-20\n';

describe('blind21: another client named by an alias', () => {
  it('the message quotes the words written, with the client they name', () => {
    const messages = (lang: 'en' | 'zh' | 'es') =>
      analyze(MINUTES, 'minutes.md', lang, CONFIG)
        .findings.filter((f) => f.rule === 'other-client-mentioned')
        .map((f) => f.message);
    const [alias, name] = messages('en');
    assert.match(alias, /names “SONGFENG TEA” \(松风茶室\), another client/u, alias);
    assert.match(name, /names “松风茶室”, another client/u, name);
    assert.match(messages('zh')[0], /另一家客户「SONGFENG TEA」（松风茶室）/u);
    assert.match(messages('es')[0], /menciona a «SONGFENG TEA» \(松风茶室\)/u);
  });
});
