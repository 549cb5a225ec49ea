/**
 * Finding and reading `.agency-docs.json` on disk, for the CLI and the server.
 * Only a regular file of sane size is read (a FIFO would block forever, a link
 * to /dev/zero would fill memory), and the search upwards stops at the
 * repository root or the workspace folder, so a stray file in a shared parent
 * folder (the temp folder, a home folder) changes nothing (docs/robustness.md).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve, relative, isAbsolute } from 'node:path';
import type { ConfigProblem } from '../core/config';

export const CONFIG_FILE = '.agency-docs.json';
/** A configuration is a few kilobytes; anything past this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads a configuration file: its text, or why it was not read. Never blocks on a pipe or device. */
export function readConfigFile(path: string): { text: string } | { problem: ConfigProblem } {
  const refuse = (en: string, zh: string, es: string) => ({
    problem: { path: [], message: { en, zh, es } } as ConfigProblem,
  });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return refuse(
      `The configuration file cannot be read (${code}); it is not used.`,
      `无法读取配置文件（${code}），未使用。`,
      `No se puede leer el archivo de configuración (${code}); no se usa.`,
    );
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      return refuse(
        'The configuration file is not a regular file (a pipe, device or folder); it is not read.',
        '配置文件不是普通文件（而是管道、设备或文件夹），未读取。',
        'El archivo de configuración no es un archivo normal (es una tubería, un dispositivo o una carpeta); no se lee.',
      );
    }
    if (st.size > MAX_CONFIG_BYTES) return tooBig();
    // Read at most one byte past the cap: a file that grows while read still cannot take more.
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got > MAX_CONFIG_BYTES) return tooBig();
    return { text: buf.subarray(0, got).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return refuse(
      `The configuration file cannot be read (${code}); it is not used.`,
      `无法读取配置文件（${code}），未使用。`,
      `No se puede leer el archivo de configuración (${code}); no se usa.`,
    );
  } finally {
    closeSync(fd);
  }

  function tooBig() {
    return refuse(
      `The configuration file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB; it is not read.`,
      `配置文件超过 ${MAX_CONFIG_BYTES / 1024 / 1024} MB，未读取。`,
      `El archivo de configuración ocupa más de ${MAX_CONFIG_BYTES / 1024 / 1024} MB; no se lee.`,
    );
  }
}

/** True when `dir` is the top of a repository (holds `.git`, a folder or a worktree's file). */
export function isRepositoryRoot(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

/** `inner` is `outer` or below it. */
export function isWithin(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * The nearest `.agency-docs.json` at or above `start`, looking no higher than the first
 * folder that is a repository root or one of `stops` (the workspace folders, the CLI's
 * working folder when `start` is inside it); with none of those above, only `start`'s own folder.
 */
export function findConfigFile(start: string, stops: readonly string[] = []): string | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  const stopAt = stops.map((s) => resolve(s)).filter((s) => isWithin(dir, s));
  const bounded = stopAt.length > 0 || hasRepositoryAbove(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (!bounded || isRepositoryRoot(dir) || stopAt.includes(dir)) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function hasRepositoryAbove(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (isRepositoryRoot(d)) return true;
    if (dirname(d) === d) return false;
  }
}
