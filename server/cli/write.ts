/**
 * Writing files without ever losing what is on disk (docs/robustness.md, "The
 * command line's files"; docs/workflow.md):
 * - a fixed file back (`check --fix`): only if the file is still what was read,
 *   and atomically (a temporary file in the same folder, flushed, then renamed
 *   over the original);
 * - a file the CLI made (`new … --from`, exports): whole or not at all, and an
 *   existing file is replaced only when the user said --force.
 */
import * as nodeFs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { ReadStamp } from './files';

/** The file-system calls a write makes; tests hand in ones that fail (a full disk, a failed rename). */
export type WriteIO = Pick<
  typeof nodeFs,
  | 'statSync'
  | 'lstatSync'
  | 'readFileSync'
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'fchmodSync'
  | 'fchownSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
>;

export type WriteOutcome =
  | { readonly kind: 'written' }
  /** The file changed (or went away) after it was read: nothing written, the user's newer text stays. */
  | { readonly kind: 'changed'; readonly message: string }
  /** The write failed; the original is as it was. */
  | { readonly kind: 'failed'; readonly message: string };

function why(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const plain: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    EFBIG: 'the file would be too large',
    EIO: 'a disk error',
  };
  return err.code && plain[err.code] ? `${plain[err.code]} (${err.code})` : (err.code ?? err.message);
}

/** Whether the file at `path` is still exactly what was read (size, modification time, identity and content). */
function unchanged(io: WriteIO, path: string, stamp: ReadStamp): string | undefined {
  let st: nodeFs.Stats;
  try {
    st = io.lstatSync(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'was deleted or moved after it was read'
      : `cannot be read again (${why(e)})`;
  }
  if (!st.isFile()) return 'is no longer a plain file';
  if (st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs || st.ino !== stamp.ino)
    return 'changed after it was read';
  // A change within the clock's resolution keeps size and time: the content decides.
  const now = createHash('sha256').update(io.readFileSync(path)).digest('hex');
  return now === stamp.sha256 ? undefined : 'changed after it was read';
}

/**
 * Replaces the file at `path` (a real path, not a link) by `bytes`, if it still holds what was read.
 * Nothing touches the original but the final rename, so any failure before it leaves it whole.
 */
export function writeBack(path: string, stamp: ReadStamp, bytes: Uint8Array, io: WriteIO = nodeFs): WriteOutcome {
  let changed: string | undefined;
  try {
    changed = unchanged(io, path, stamp);
  } catch (e) {
    changed = `cannot be read again (${why(e)})`;
  }
  if (changed) return { kind: 'changed', message: `not fixed: it ${changed}; run the check again` };
  const st = io.statSync(path);
  // Hidden, and named after the file: the folder walk skips it, and a person who finds one left by a power cut knows whose it is.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.agency-docs-tmp`);
  let fd: number | undefined;
  try {
    fd = io.openSync(temp, 'wx', 0o600);
    for (let done = 0; done < bytes.length; ) done += io.writeSync(fd, bytes, done, bytes.length - done);
    io.fchmodSync(fd, st.mode & 0o7777);
    // Only a process that may give files away (root) can keep the owner; for anyone else the file is theirs already.
    try {
      io.fchownSync(fd, st.uid, st.gid);
    } catch {
      /* not allowed: the owner is the one running the fix */
    }
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    // A last look just before replacing it: an editor may have saved meanwhile.
    const last = io.lstatSync(path);
    if (last.size !== stamp.size || last.mtimeMs !== stamp.mtimeMs || last.ino !== stamp.ino) {
      io.unlinkSync(temp);
      return { kind: 'changed', message: 'not fixed: it changed after it was read; run the check again' };
    }
    io.renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined)
      try {
        io.closeSync(fd);
      } catch {
        /* already failing */
      }
    try {
      io.unlinkSync(temp);
    } catch {
      /* never created */
    }
    return { kind: 'failed', message: `could not be fixed: ${why(e)}; the file was left as it was` };
  }
  syncFolder(dirname(path), io);
  return { kind: 'written' };
}

/** Makes the rename itself durable; a file system that cannot sync a folder loses nothing by skipping it. */
function syncFolder(dir: string, io: WriteIO): void {
  let fd: number | undefined;
  try {
    fd = io.openSync(dir, 'r');
    io.fsyncSync(fd);
  } catch {
    /* best effort */
  } finally {
    if (fd !== undefined)
      try {
        io.closeSync(fd);
      } catch {
        /* best effort */
      }
  }
}

/** The file is there and --force was not given. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Writes `text` to `path` atomically; refuses to replace an existing file unless `overwrite`. */
export function writeNewFile(path: string, text: string, overwrite: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = nodeFs.openSync(tmp, 'wx');
  try {
    nodeFs.writeSync(fd, text, null, 'utf8');
    nodeFs.fsyncSync(fd);
  } finally {
    nodeFs.closeSync(fd);
  }
  try {
    if (overwrite) {
      nodeFs.renameSync(tmp, path);
      return;
    }
    // A hard link appears complete, and fails if the name is taken, in one step.
    try {
      nodeFs.linkSync(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(path);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
      // A file system without hard links: an exclusive copy still never replaces a file.
      try {
        nodeFs.copyFileSync(tmp, path, nodeFs.constants.COPYFILE_EXCL);
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw e2;
      }
    }
    nodeFs.unlinkSync(tmp);
  } catch (e) {
    try {
      nodeFs.unlinkSync(tmp);
    } catch {
      /* already moved or gone */
    }
    throw e;
  }
}
