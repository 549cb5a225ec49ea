/**
 * Rule fixtures: test/fixtures/rules/<rule-id>/<case>-<lang>.md with the
 * findings expected for it in <case>-<lang>.expected (`line:column rule`,
 * one per line, empty for a clean document). Each folder is analyzed as one
 * workspace (for the workspace rules), with today = 2026-11-22.
 * UPDATE_FIXTURES=1 rewrites the .expected files (then review the diff).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../server/core/rules/index';
import { analyzeFolder, findingLines } from './helpers/analyze';

const ROOT = join(__dirname, 'fixtures', 'rules');
const update = process.env.UPDATE_FIXTURES === '1';

describe('rule fixtures', () => {
  const folders = readdirSync(ROOT).sort();
  const triggered = new Map<string, Set<string>>();
  const clean = new Map<string, Set<string>>();

  for (const folder of folders) {
    describe(folder, () => {
      const results = analyzeFolder(join(ROOT, folder));
      for (const r of results) {
        const name = r.path.split('/').pop()!;
        it(name, () => {
          const expectedPath = r.path.replace(/\.md$/, '.expected');
          const actual = findingLines(r.findings);
          if (update) writeFileSync(expectedPath, actual.join('\n') + (actual.length ? '\n' : ''));
          assert.ok(existsSync(expectedPath), `missing ${expectedPath}`);
          const expected = readFileSync(expectedPath, 'utf8')
            .split('\n')
            .filter((l) => l.trim() !== '' && !l.startsWith('#'));
          assert.deepEqual(
            actual,
            expected,
            `findings of ${name}:\n${r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.message}`).join('\n')}`,
          );
          const lang = /-(en|zh|es)(?:-\w+)?\.md$/.exec(name)?.[1] ?? /-(en|zh|es)\b/.exec(name)?.[1] ?? 'en';
          const rules = new Set(r.findings.map((f) => f.rule));
          const key = `${folder}`;
          if (rules.has(key as never)) (triggered.get(key) ?? triggered.set(key, new Set()).get(key)!).add(lang);
          else (clean.get(key) ?? clean.set(key, new Set()).get(key)!).add(lang);
        });
      }
    });
  }

  describe('coverage', () => {
    for (const id of RULE_IDS) {
      it(`${id} is triggered and not triggered in at least two languages`, () => {
        assert.ok(folders.includes(id), `no fixture folder for ${id}`);
        assert.ok(
          (triggered.get(id)?.size ?? 0) >= 2,
          `${id} triggered in: ${[...(triggered.get(id) ?? [])].join(', ') || 'no document'}`,
        );
        assert.ok(
          (clean.get(id)?.size ?? 0) >= 2,
          `${id} not triggered in: ${[...(clean.get(id) ?? [])].join(', ') || 'no document'}`,
        );
      });
    }
  });
});
