/**
 * extensionTestsPath for the browser's extension host (test/web/run.mjs). VS Code loads this file
 * with fetch + new Function and a require() that knows only `vscode`: one self-contained script,
 * mocha's browser build included (esbuild.mjs --web-e2e).
 */
import './setup';
import './web.test';

declare const mocha: BrowserMocha;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => {
      // A dead worker also ends with exit code 0; the runner trusts this line, not the code alone.
      console.log(`[web-tests] result: ${failures === 0 ? 'passed' : `failed (${failures})`}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
