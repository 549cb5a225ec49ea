/** Front matter: fields, aliases, placeholders, broken YAML. */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { analyze } from './helpers/analyze';

describe('front matter', () => {
  it('maps aliases in three languages to field ids', () => {
    const doc = buildDocument(
      'a.md',
      '---\ntype: brief\n客户: 青山茶饮\nfecha: 2026-11-01\nJob Number: NW-1\nOT: X-2\n---\n',
    );
    assert.equal(doc.frontMatter?.field('client')?.text, '青山茶饮');
    assert.equal(doc.frontMatter?.field('date')?.text, '2026-11-01');
    assert.equal(doc.frontMatter?.field('job')?.text, 'NW-1');
  });
  it('counts empty and placeholder values as missing', () => {
    const doc = buildDocument(
      'a.md',
      '---\ntype: brief\nclient:\nbrand: TBD\nbudget: 待定\ndue: por definir\njob: "N/A"\n---\n',
    );
    for (const id of ['client', 'brand', 'budget', 'due', 'job'])
      assert.equal(doc.frontMatter?.field(id)?.missing, true, id);
  });
  it('offsets of keys and values are exact, also after Chinese text', () => {
    const text = '---\ntype: minutes\n客户: 青山茶饮\n---\n';
    const f = buildDocument('a.md', text).frontMatter!.field('client')!;
    assert.equal(text.slice(f.keyStart, f.keyEnd), '客户');
    assert.equal(text.slice(f.valueStart, f.valueEnd), '青山茶饮');
  });
  it('reports broken YAML once, without missing-field, and still checks the body when the title gives the type', () => {
    const { findings } = analyze(
      '---\ntype: brief\nclient: [unclosed\n---\n# Creative brief\n\n## Objective\n\nGrow.\n',
    );
    const rules = findings.map((f) => f.rule);
    assert.equal(rules.filter((r) => r === 'frontmatter-syntax').length, 1);
    assert.ok(!rules.includes('missing-field'));
    assert.ok(rules.includes('missing-section'), 'body checked');
  });
  it('reports a block that never closes', () => {
    const { findings } = analyze('---\ntype: brief\nclient: Acme\n\n# Creative brief\n');
    assert.deepEqual(
      findings.filter((f) => f.rule === 'frontmatter-syntax').map((f) => f.range.start.line),
      [0],
    );
  });
  it('survives an alias bomb and deep nesting', () => {
    const bomb =
      '---\ntype: brief\na: &a ["x","x","x","x","x","x","x","x","x"]\n' +
      Array.from({ length: 120 }, (_, i) => `k${i}: *a`).join('\n') +
      '\n---\n# Creative brief\n';
    const r = analyze(bomb);
    assert.ok(r.findings.some((f) => f.rule === 'frontmatter-syntax'));
    const deep = '---\ntype: brief\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n---\n';
    assert.doesNotThrow(() => analyze(deep));
  });
  it('ordinary Markdown with broken YAML gets no finding', () => {
    assert.deepEqual(analyze('---\ntitle: [oops\n---\n# Notes\n', 'notes.md').findings, []);
  });
});

describe('front matter without the YAML parser (workspace scan)', () => {
  it('reads every simple header exactly as the YAML parser does, and leaves the rest to it', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { readFrontMatter, readSimpleFrontMatter } = await import('../server/core/frontmatter');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : /\.md$/.test(n) ? [p] : [];
      });
    let simple = 0;
    const extra = [
      '---\nn: 1.50\n---\n',
      '---\na: yes\n---\n',
      '---\nk: &x 1\n---\n',
      '---\nk: |\n  text\n---\n',
      '---\nk: a: b\n---\n',
      '---\nk: 1\nk: 2\n---\n',
      '---\nlist: [a, "b"]\n---\n',
    ];
    const texts = [...files(join(__dirname, '..', 'examples')), ...files(join(__dirname, 'fixtures'))]
      .map((p) => readFileSync(p, 'utf8'))
      .concat(extra);
    for (const text of texts) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!m) continue;
      const yaml = m[1];
      const fast = readSimpleFrontMatter(yaml, 0, m[0].length, 4);
      if (!fast) continue;
      simple++;
      const full = readFrontMatter(yaml, 0, m[0].length, 4);
      assert.equal(full.error, undefined, yaml);
      assert.deepEqual(fast.fields, full.fields, yaml);
    }
    assert.ok(simple > 150, `${simple} headers read the simple way`);
  });
});
