/**
 * Test entry for a real VS Code extension host (what @vscode/test-electron
 * calls extensionTestsPath): runs the bundled suite with mocha.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  // AGENCY_DOCS_E2E_GREP=activation runs only the tests named so (the cold and warm open figures, for comparing builds).
  if (process.env.AGENCY_DOCS_E2E_GREP) mocha.grep(process.env.AGENCY_DOCS_E2E_GREP);
  mocha.addFile(path.resolve(__dirname, 'extension.test.js'));
  mocha.addFile(path.resolve(__dirname, 'workflow.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}
