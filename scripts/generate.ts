/** Writes the files generated from the catalog (see scripts/generated.ts). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generated';

const root = join(__dirname, '..');
const files = generatedFiles(readFileSync(join(root, 'README.md'), 'utf8'));
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
