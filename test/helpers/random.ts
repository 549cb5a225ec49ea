import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TextChange } from '../../server/core/text';

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

/**
 * Every `*.md` file under a folder, links not followed (node_modules' `.bin` links, a package linked in): the
 * precision tests' walk over real READMEs and changelogs.
 */
export function markdownUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) markdownUnder(p, out);
    else if (e.isFile() && /\.md$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Where `after` differs from `before`: their common start and end (one of the changes that make one of the other). */
export function changeBetween(before: string, after: string): TextChange {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** What every random typing test types besides its own pieces: a letter, a space, line breaks and a heading's marks. */
export const TYPED_BASICS: readonly string[] = ['x', ' ', '\n', '\n\n', '## '];
