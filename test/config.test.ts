/** Configuration: severities, rule switches, safe job patterns, the schema. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, unsafePatternReason, parseConfigText } from '../server/core/config';
import { RULE_IDS } from '../server/core/rules/index';
import { analyze } from './helpers/analyze';

const BRIEF = '---\ntype: brief\n---\n# Creative brief\n';

describe('configuration', () => {
  it('changes severities and switches rules off', () => {
    const off = analyze(BRIEF, 'a.md', 'en', JSON.stringify({ rules: { 'missing-section': 'off', 'missing-field': 'warning' } }));
    assert.ok(!off.findings.some((f) => f.rule === 'missing-section'));
    assert.ok(off.findings.filter((f) => f.rule === 'missing-field').every((f) => f.severity === 'warning'));
  });
  it('reports unknown rules and bad levels as problems, not crashes', () => {
    const c = resolveConfig({ rules: { 'no-such-rule': 'error', 'missing-field': 'loud' as never } });
    assert.equal(c.problems.length, 2);
  });
  it('refuses job patterns that can backtrack catastrophically', () => {
    for (const p of ['(a+)+$', '(a|aa)*b', '(x{2,})+', '(\\w+\\s?)*$', '(a)\\1', 'x'.repeat(201)]) assert.ok(unsafePatternReason(p), p);
    for (const p of ['[A-Z]{2}-\\d{4}', 'JOB-\\d+', '(NW|QS)-\\d{4}-\\d{3}']) assert.equal(unsafePatternReason(p), undefined, p);
    const c = resolveConfig({ jobPattern: '(a+)+$' });
    assert.equal(c.problems.length, 1);
    assert.equal(c.jobPattern.source, resolveConfig().jobPattern.source);
  });
  it('reads broken JSON as a problem', () => {
    assert.ok(parseConfigText('{ nope').problem);
    assert.ok(parseConfigText('[]').problem);
    assert.ok(parseConfigText('\uFEFF{"rules":{}}').config);
  });
  it('the JSON Schema lists every rule id', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'agency-docs.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.rules.propertyNames.enum, RULE_IDS);
  });
});

describe('inline disable comments', () => {
  const minutes = (body: string) => `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n${body}`;
  it('disable-next-line, disable-line, disable/enable, and file-wide disable', () => {
    const base = analyze(minutes('- [ ] one @a due 2026-12-01\n- [ ] two\n')).findings.filter((f) => f.rule === 'action-missing-owner');
    assert.equal(base.length, 1);
    const next = analyze(minutes('- [ ] one @a due 2026-12-01\n<!-- agency-docs-disable-next-line action-missing-owner -->\n- [ ] two\n'));
    assert.ok(!next.findings.some((f) => f.rule === 'action-missing-owner'));
    const line = analyze(minutes('- [ ] two <!-- agency-docs-disable-line action-missing-owner action-missing-due -->\n'));
    assert.ok(!line.findings.some((f) => f.rule === 'action-missing-owner' || f.rule === 'action-missing-due'));
    const range = analyze(minutes('<!-- agency-docs-disable action-missing-owner -->\n\n- [ ] two\n\n<!-- agency-docs-enable action-missing-owner -->\n\n- [ ] three\n'));
    assert.equal(range.findings.filter((f) => f.rule === 'action-missing-owner').length, 1);
    const all = analyze('<!-- agency-docs-disable -->\n' + BRIEF);
    assert.deepEqual(all.findings, []);
  });
  it('a disable at the top of the body covers front-matter findings', () => {
    const r = analyze('---\ntype: brief\n---\n<!-- agency-docs-disable missing-field -->\n# Creative brief\n');
    assert.ok(!r.findings.some((f) => f.rule === 'missing-field'));
    assert.ok(r.findings.some((f) => f.rule === 'missing-section'));
  });
});
