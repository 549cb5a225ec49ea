/**
 * Checks the 100-line minutes of the cold-open figures in a fresh process and prints which of the owner
 * reader's guarded patterns were made (test/ownerPatterns.test.ts).
 */
import { GUARDED_PATTERNS } from '../../server/core/actions';
import { analyzeText } from '../../server/core/analyze';
import { resolveConfig } from '../../server/core/config';
import { WorkspaceIndex } from '../../server/core/workspaceIndex';
import { minutesOf100Lines } from './documents';

const { findings } = analyzeText('/tmp/cold-open.md', minutesOf100Lines('Cold open'), {
  locale: 'en',
  today: { year: 2026, month: 11, day: 20 },
  config: resolveConfig(),
  workspace: new WorkspaceIndex(),
});
process.stdout.write(
  JSON.stringify({ made: GUARDED_PATTERNS.filter((p) => p.made).map((p) => p.name), findings: findings.length }),
);
