/**
 * The floor in a process of its own: bare-parses every Markdown file under a folder, one after
 * another, and prints the milliseconds. The benchmark runs one alone and two at once to show what a
 * second thread can add on the machine (`parallel capacity`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../server/core/markdown';

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

const files = markdownFiles(process.argv[2]).sort();
const t = performance.now();
for (const f of files) parseMarkdown(readFileSync(f, 'utf8'));
process.stdout.write(`${performance.now() - t}\n`);
