/** Generated files (rule reference, type reference, snippets) must match the catalog. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, PACKAGE_NLS } from '../scripts/generated';
import type { Lang } from '../server/core/catalog/schema';
import { RULE_IDS } from '../server/core/rules/index';
import { DOCUMENT_TYPES } from '../server/core/catalog';
import { LANGS } from '../server/core/catalog/schema';

const root = join(__dirname, '..');

describe('generated files', () => {
  const files = generatedFiles(
    ...(['README.md', 'schemas/agency-docs.schema.json', 'package.json'].map((p) =>
      readFileSync(join(root, p), 'utf8'),
    ) as [string, string, string]),
    Object.fromEntries(Object.entries(PACKAGE_NLS).map(([l, p]) => [l, readFileSync(join(root, p), 'utf8')])) as Record<
      Lang,
      string
    >,
  );
  for (const [path, content] of Object.entries(files)) {
    it(`${path} is up to date (npm run generate)`, () => {
      assert.equal(
        readFileSync(join(root, path), 'utf8'),
        content,
        `${path} differs from what the catalog generates: run npm run generate`,
      );
    });
  }
  it('the README links every rule to its entry in docs/rules.md, which has an example', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const reference = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    for (const id of RULE_IDS) {
      assert.ok(readme.includes(`](docs/rules.md#${id})`), `README lacks a link to ${id}`);
      assert.ok(reference.includes(`## ${id}\n`), `docs/rules.md lacks ${id}`);
    }
    assert.ok(reference.includes('```markdown'));
  });
  it('there is a snippet for every type in every language', () => {
    const snippets = JSON.parse(files['snippets/agency-docs.code-snippets']);
    const prefixes = Object.values(snippets).flatMap((s) => (s as { prefix: string[] }).prefix);
    for (const t of DOCUMENT_TYPES)
      for (const l of LANGS) assert.ok(prefixes.includes(`agency-${t.id}${l === 'en' ? '' : '-' + l}`), `${t.id} ${l}`);
  });
});
