/** Test helpers: a fixture's expected findings (`<name>.expected`) and the findings an analysis gave, alike. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import type { Analyzed } from './analyze';

/** The `line rule` lines of the `.expected` file beside a fixture, without `#` comments, sorted. */
export function expectedFindings(mdPath: string): string[] {
  const file = mdPath.replace(/\.md$/, '.expected');
  assert.ok(existsSync(file), `missing ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .sort();
}

/** An analysis' findings as `line rule`, sorted, to compare with expectedFindings. */
export function actualFindings(r: Analyzed): string[] {
  return r.findings.map((f) => `${f.range.start.line + 1} ${f.rule}`).sort();
}
