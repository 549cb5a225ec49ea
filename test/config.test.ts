/** Configuration: severities, rule switches, safe job patterns, the schema. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, parseConfigText } from '../server/core/config';
import { RULE_IDS } from '../server/core/rules/index';
import { analyze } from './helpers/analyze';

const BRIEF = '---\ntype: brief\n---\n# Creative brief\n';

describe('configuration', () => {
  it('changes severities and switches rules off', () => {
    const off = analyze(
      BRIEF,
      'a.md',
      'en',
      JSON.stringify({ rules: { 'missing-section': 'off', 'missing-field': 'warning' } }),
    );
    assert.ok(!off.findings.some((f) => f.rule === 'missing-section'));
    assert.ok(off.findings.filter((f) => f.rule === 'missing-field').every((f) => f.severity === 'warning'));
  });
  it('reports unknown rules and bad levels as problems, not crashes, and keeps the good ones', () => {
    const parsed = parseConfigText(
      JSON.stringify({ rules: { 'no-such-rule': 'error', 'missing-field': 'loud', 'missing-section': 'off' } }),
    );
    assert.equal(parsed.problems.length, 2);
    assert.equal(resolveConfig(parsed.config).severity['missing-section'], 'off');
  });
  it('reads a regional locale tag (`en-GB`, `es-MX`) as its language; an unknown language is a problem (blind14)', () => {
    for (const [tag, lang] of [
      ['en-GB', 'en'],
      ['es-MX', 'es'],
      ['zh-CN', 'zh'],
      ['zh_TW', 'zh'],
    ]) {
      const parsed = parseConfigText(JSON.stringify({ locale: tag }));
      assert.deepEqual(parsed.problems, [], tag);
      assert.equal(resolveConfig(parsed.config).locale, lang, tag);
    }
    const french = parseConfigText(JSON.stringify({ locale: 'fr-FR' }));
    assert.equal(french.problems.length, 1);
    assert.match(french.problems[0].message.en, /en-GB/);
  });
  it('refuses job patterns it cannot run (back-references, look-around, too long, invalid)', () => {
    for (const p of ['(a)\\1', '(?<=x)y', 'x'.repeat(201), '(unclosed']) {
      const c = resolveConfig({ jobPattern: p });
      assert.equal(c.problems.length, 1, p);
      assert.equal(c.jobPattern.source, resolveConfig().jobPattern.source, p);
    }
    // Nested repetition is no longer refused: it runs on a linear-time engine.
    for (const p of ['[A-Z]{2}-\\d{4}', 'JOB-\\d+', '(NW|QS)-\\d{4}-\\d{3}', '(a+)+$', '(a|aa)*b'])
      assert.equal(resolveConfig({ jobPattern: p }).problems.length, 0, p);
  });
  it('dateOrder and agency: checked against the schema, bad values reported and dropped, good ones used', () => {
    const good = parseConfigText(
      JSON.stringify({ dateOrder: 'dmy', agency: { name: 'Brightline', aliases: ['Brightline Ltd'] } }),
    );
    assert.deepEqual(good.problems, []);
    const c = resolveConfig(good.config);
    assert.equal(c.dateOrder, 'dmy');
    assert.deepEqual(c.agencyNames, ['Brightline', 'Brightline Ltd']);
    const bad = parseConfigText(
      JSON.stringify({ dateOrder: 'ymd', agency: { aliases: ['x'] }, rules: { 'missing-section': 'off' } }),
    );
    assert.equal(bad.problems.length, 2, JSON.stringify(bad.problems.map((p) => p.path)));
    const r = resolveConfig(bad.config);
    assert.equal(r.dateOrder, undefined);
    assert.deepEqual(r.agencyNames, []);
    assert.equal(r.severity['missing-section'], 'off', 'the rest applies');
    assert.equal(parseConfigText(JSON.stringify({ agency: 'Brightline' })).problems.length, 1);
    // dateOrder reads an English 03/04/2026 one way: no ambiguous-date.
    const minutes =
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-03-01\nissued: 2026-03-01\nattendees: Ana\ndistribution: Ana\n---\n# Minutes\n\n## Decisions\n\n- The client will send the plan to the team on 03/04/2026.\n';
    assert.ok(analyze(minutes, 'm.md', 'en').findings.some((f) => f.rule === 'ambiguous-date'));
    assert.ok(
      !analyze(minutes, 'm.md', 'en', JSON.stringify({ dateOrder: 'mdy' })).findings.some(
        (f) => f.rule === 'ambiguous-date',
      ),
    );
  });
  it('reads broken JSON as a problem', () => {
    assert.equal(parseConfigText('{ nope').problems.length, 1);
    assert.equal(parseConfigText('[]').problems.length, 1);
    assert.ok(parseConfigText('\uFEFF{"rules":{}}').config);
  });
  it('the JSON Schema uses only keywords the configuration check reads (server/core/configCheck.ts)', () => {
    const known = new Set([
      '$schema',
      '$id',
      'title',
      'description',
      'type',
      'enum',
      'properties',
      'additionalProperties',
      'required',
      'items',
      'propertyNames',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'pattern',
      'examples',
    ]);
    const visit = (schema: Record<string, unknown>, where: string) => {
      for (const [k, v] of Object.entries(schema)) {
        assert.ok(known.has(k), `${where}: keyword ${k} is not read by configCheck.ts`);
        if (k === 'properties')
          for (const [name, sub] of Object.entries(v as Record<string, Record<string, unknown>>))
            visit(sub, `${where}.${name}`);
        if ((k === 'items' || k === 'propertyNames' || k === 'additionalProperties') && typeof v === 'object')
          visit(v as Record<string, unknown>, `${where}.${k}`);
      }
    };
    visit(JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'agency-docs.schema.json'), 'utf8')), 'schema');
  });
  it('the JSON Schema lists every rule id', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'agency-docs.schema.json'), 'utf8'));
    assert.deepEqual(schema.properties.rules.propertyNames.enum, RULE_IDS);
  });
});

describe('inline disable comments', () => {
  const minutes = (body: string) =>
    `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n${body}`;
  it('disable-next-line, disable-line, disable/enable, and file-wide disable', () => {
    const base = analyze(minutes('- [ ] one @a due 2026-12-01\n- [ ] two\n')).findings.filter(
      (f) => f.rule === 'action-missing-owner',
    );
    assert.equal(base.length, 1);
    const next = analyze(
      minutes('- [ ] one @a due 2026-12-01\n<!-- agency-docs-disable-next-line action-missing-owner -->\n- [ ] two\n'),
    );
    assert.ok(!next.findings.some((f) => f.rule === 'action-missing-owner'));
    const line = analyze(
      minutes('- [ ] two <!-- agency-docs-disable-line action-missing-owner action-missing-due -->\n'),
    );
    assert.ok(!line.findings.some((f) => f.rule === 'action-missing-owner' || f.rule === 'action-missing-due'));
    const range = analyze(
      minutes(
        '<!-- agency-docs-disable action-missing-owner -->\n\n- [ ] two\n\n<!-- agency-docs-enable action-missing-owner -->\n\n- [ ] three\n',
      ),
    );
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
