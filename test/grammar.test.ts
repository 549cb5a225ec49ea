/** The TextMate injection grammar, tested with vscode-tmgrammar-test (test/grammar/*.test.md). */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('highlighting grammar', () => {
  it('every assertion in test/grammar/*.test.md holds', function () {
    this.timeout(60000);
    const r = spawnSync('bash', [join(__dirname, 'grammar', 'run.sh')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /owners\.test\.md run successfuly/);
  });
});
