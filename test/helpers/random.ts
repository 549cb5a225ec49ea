import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded linear congruential generator: the random edit tests replay the same sequence for a seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Every `*.md` file under a folder, depth first in directory order. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : /\.md$/.test(n) ? [p] : [];
  });
}
