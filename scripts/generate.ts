/** Writes the files generated from the catalog (see scripts/generated.ts). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, PACKAGE_NLS } from './generated';
import type { Lang } from '../server/core/catalog/schema';

const root = join(__dirname, '..');
const files = generatedFiles(
  ...(['README.md', 'schemas/agency-docs.schema.json', 'package.json'].map((p) =>
    readFileSync(join(root, p), 'utf8'),
  ) as [string, string, string]),
  Object.fromEntries(Object.entries(PACKAGE_NLS).map(([l, p]) => [l, readFileSync(join(root, p), 'utf8')])) as Record<
    Lang,
    string
  >,
);
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
