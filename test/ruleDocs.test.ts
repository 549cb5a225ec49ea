/**
 * The rule registry and the rule reference's examples: every module of
 * server/core/rules/ is registered under its file name, and every example
 * of the reference (docs/rules*.md) is run through the analysis — the
 * failing one must trigger its rule, the passing one must not. Rules across
 * documents get the other files and configuration their example names.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { posix, join } from 'node:path';
import { RULES } from '../server/core/rules/index';
import { buildDocument } from '../server/core/document';
import { analyzeDocument } from '../server/core/analyze';
import { workspaceOptions } from './helpers/analyze';

const RULES_DIR = join(__dirname, '..', 'server', 'core', 'rules');

/** Runs an example as the document `folder/example.md` among its setting's files; returns the rules it triggers. */
function triggered(text: string, setting: (typeof RULES)[number]['doc']['setting']): Set<string> {
  const folder = '/workspace/docs';
  const path = posix.join(folder, setting?.path ?? 'example.md');
  const files = new Map<string, string>([[path, text]]);
  for (const [rel, content] of Object.entries(setting?.files ?? {})) files.set(posix.join(folder, rel), content);
  const options = workspaceOptions(files, 'en', setting?.config);
  return new Set(analyzeDocument(buildDocument(path, text, { locale: 'en' }), options).map((f) => f.rule));
}

describe('rule registry', () => {
  it('registers every module of server/core/rules under its file name, once', () => {
    const modules = readdirSync(RULES_DIR)
      .filter((n) => n.endsWith('.ts') && n !== 'index.ts' && n !== 'rule.ts')
      .map((n) => n.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(RULES.map((r) => r.id).sort(), modules);
  });

  it('names rules in lower-case words and hyphens, which sort alike by code and alphabetically (analyze.ts orders findings so)', () => {
    for (const r of RULES) assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('rule reference examples', () => {
  for (const rule of RULES) {
    it(`${rule.id}: the failing example triggers it, the passing one does not`, () => {
      assert.ok(
        triggered(rule.doc.bad, rule.doc.setting).has(rule.id),
        `the failing example of ${rule.id} does not trigger it`,
      );
      assert.ok(
        !triggered(rule.doc.good, rule.doc.setting).has(rule.id),
        `the passing example of ${rule.id} triggers it`,
      );
    });
  }
});
