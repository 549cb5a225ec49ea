/**
 * dist/server.js: starts the language server's bundle (dist/server-main.js, from ./main.ts). When the
 * environment names a folder for it (AGENCY_DOCS_CODE_CACHE; the VS Code client gives its own storage),
 * the bundle is compiled with V8's code cache kept there: the second start of the server skips compiling
 * its 1.2 MB of code, and the functions the first checks ran are ready compiled too (docs/architecture.md,
 * "Start-up"). Without it, or when anything about the cache fails, the bundle is loaded as usual.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { compileRegexpsOnce } from '../node/v8Flags';

const BUNDLE = join(__dirname, 'server-main.js');

/** What the bundle exports to this file: settles once the server has done its first work (a good moment to keep the cache). */
interface Started {
  warm?: Promise<void>;
}

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest();

/**
 * The cache file for this bundle and this V8: named by the bundle's hash (V8 itself checks only the source's
 * length), its content prefixed by its own hash (a damaged file is never handed to V8).
 */
function cacheFile(dir: string, source: string): string {
  const key = sha256(`${source}\0${process.versions.v8}\0${process.arch}`).toString('hex').slice(0, 32);
  return join(dir, `server-${key}.v8cache`);
}

function readCache(file: string): Buffer | undefined {
  try {
    const b = readFileSync(file);
    const data = b.subarray(32);
    return b.length > 32 && sha256(data).equals(b.subarray(0, 32)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole under another name, then renamed: another server starting meanwhile reads the old file or the new one.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([sha256(data), data]));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs the next start its compile time, nothing else.
  }
}

function runWithCodeCache(dir: string): void {
  const source = readFileSync(BUNDLE, 'utf8');
  const file = cacheFile(dir, source);
  const cached = readCache(file);
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
  const fresh = cached === undefined || script.cachedDataRejected === true;
  if (cached && script.cachedDataRejected) rmSync(file, { force: true });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.loaded = true;
  // The bundle requires only Node's own modules: this file's require serves them.
  ran = true;
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, dirname(BUNDLE));
  if (!fresh) return;
  let kept = false;
  const keep = () => {
    if (!kept) writeCache(file, script.createCachedData());
    kept = true;
  };
  const warm = (bundle.exports as Started).warm ?? Promise.resolve();
  // Made once the first checks ran, so it holds their functions compiled (a timer that does not keep the process
  // alive), or when the server exits before that.
  void warm.then(() => setTimeout(keep, 500).unref());
  process.once('exit', keep);
}

// Before the bundle is compiled: the code cache is made and read with the same flags.
compileRegexpsOnce();
let ran = false;
const dir = process.env.AGENCY_DOCS_CODE_CACHE;
try {
  if (dir) runWithCodeCache(dir);
} catch (e) {
  // An error of the server itself is its own; one of the cache (an unreadable bundle…) falls back to the plain load.
  if (ran) throw e;
}
if (!ran) module.require(BUNDLE);
