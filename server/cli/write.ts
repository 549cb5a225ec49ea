/**
 * Writing a file the CLI made (data safety, docs/workflow.md): the whole
 * text lands at once or not at all (written beside it, flushed, then moved
 * in), and an existing file is replaced only when the user said --force.
 */
import { closeSync, copyFileSync, constants, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file is there and --force was not given. */
export class FileExistsError extends Error {
  constructor(readonly path: string) { super(`${path} already exists`); }
}

/** Writes `text` to `path` atomically; refuses to replace an existing file unless `overwrite`. */
export function writeNewFile(path: string, text: string, overwrite: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (overwrite) {
      renameSync(tmp, path);
      return;
    }
    // A hard link appears complete, and fails if the name is taken, in one step.
    try {
      linkSync(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(path);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
      // A file system without hard links: an exclusive copy still never replaces a file.
      try { copyFileSync(tmp, path, constants.COPYFILE_EXCL); } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw e2;
      }
    }
    unlinkSync(tmp);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already moved or gone */ }
    throw e;
  }
}
