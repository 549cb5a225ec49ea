/**
 * V8's flags for the server and the CLI (Node only; the browser's server runs as its host decides).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles a regular expression on its first run to bytecode and, on its second, again to machine code
 * (tier-up), parsing it each time; the checker's hundreds of Unicode patterns, nearly all run more than once,
 * paid both in the first checks after a start (bench/README.md, "Issue 21: the first check's patterns compiled
 * twice"). With tier-up off, each is compiled once, to machine code, on its first run: what it matches is the
 * same, and later runs are as fast. Process-wide (every thread's); call it before the first pattern runs and
 * before a code cache is made or read (V8 checks that its flags are those the cache was made with).
 */
export function compileRegexpsOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // A V8 without the flag runs the patterns as before.
  }
}
