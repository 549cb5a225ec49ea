/**
 * The floor in a process of its own: bare-parses every Markdown file under a folder, one after
 * another, and prints the milliseconds. The benchmark runs one alone and two at once to show what a
 * second thread can add on the machine (`parallel capacity`).
 */
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../server/core/markdown';
import { expandPaths } from '../server/cli/files';

void (async () => {
  const { files } = await expandPaths([process.argv[2]], process.cwd());
  const t = performance.now();
  for (const f of files) parseMarkdown(readFileSync(f.real, 'utf8'));
  process.stdout.write(`${performance.now() - t}\n`);
})();
