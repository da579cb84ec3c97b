// Writes files the way a careful Unix tool does (npm's write-file-atomic, GNU coreutils):
// - a regular file is replaced atomically: a temporary file in the same folder, fsync, then rename()
//   over the target (or link() when the target must not exist yet, so a file that appears meanwhile is
//   never replaced); the new file keeps the old one's mode (and owner, when run as root);
// - a symbolic link is written through: its target is replaced, the link stays a link;
// - a character device or a FIFO (/dev/stdout, /dev/null, a pipe) is written into, never replaced;
// - a block device, a socket or a folder is refused.
// Every failure is a WriteError (or FileExistsError) that names the file and the reason in words.
import { constants, readdirSync, unlinkSync, writeSync } from 'node:fs';
import { link, lstat, mkdir, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The target exists and replacing it was not asked for (--force). */
export class FileExistsError extends Error {
  constructor(public readonly file: string) {
    super(`${file} exists`);
    this.name = 'FileExistsError';
  }
}

/** Why a write failed, in words the catalogue says (src/i18n/io.ts `write.reason.*`). */
export type WriteReason = 'permission' | 'notDirInPath' | 'isDir' | 'loop' | 'noSpace' | 'readOnly' | 'socket' | 'notCreatable' | 'other';

/** A write that failed for a reason of the file system: an I/O error (exit 2), never an internal one. */
export class WriteError extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: WriteReason,
    public readonly code: string,
  ) {
    super(`${file}: ${code}`);
    this.name = 'WriteError';
  }
}

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing target is refused with FileExistsError. */
  overwrite?: boolean;
}

/** `.<name>.<pid>.<ms>.tmp`: the temporary files of `name`, and the process that made each. */
const tmpName = (base: string, pid: number) => `.${base}.${pid}.${Date.now()}.tmp`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tmpPattern = (base: string) => new RegExp(`^\\.${escape(base)}\\.(\\d+)\\.\\d+\\.tmp$`);
/** Any temporary file of this writer: `.NAME.PID.MS.tmp`. */
const ANY_TMP = /^\.(.+)\.(\d+)\.\d+\.tmp$/;

/** The reason behind an errno code. */
export function writeReason(code: string | undefined): WriteReason {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'notDirInPath';
    case 'EISDIR':
      return 'isDir';
    case 'ELOOP':
      return 'loop';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'noSpace';
    case 'EROFS':
      return 'readOnly';
    case 'ENOENT':
      return 'notCreatable';
    default:
      return 'other';
  }
}

const asWriteError = (file: string, err: unknown): Error => {
  if (err instanceof WriteError || err instanceof FileExistsError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (!code) return err as Error;
  return new WriteError(file, writeReason(code), code);
};

/**
 * Where a write to `file` lands: the end of its chain of symbolic links (a dangling link gives the path
 * it names, which the write creates, as `echo > link` does).
 */
export async function writeTarget(file: string): Promise<string> {
  let p = path.resolve(file);
  for (let i = 0; i < 40; i++) {
    let st;
    try {
      st = await lstat(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw asWriteError(file, err);
    }
    if (!st.isSymbolicLink()) return p;
    p = path.resolve(path.dirname(p), await readlink(p));
  }
  throw new WriteError(file, 'loop', 'ELOOP');
}

/** Writes `content` to `file` so that a reader sees the old file or the new one, never a part. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  // /dev/stdout, /dev/stderr, /dev/fd/N: the process's own open file, written where the shell opened it
  // (its offset, its append mode), whatever it is: a terminal, a pipe, or a file redirected with > or >>.
  const fd = ownDescriptor(file);
  if (fd !== undefined) return writeToDescriptor(file, fd, content);
  // stat() follows every link, the kernel's own too (/dev/stdout → /proc/self/fd/1 → a pipe).
  const st = await stat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw asWriteError(file, err);
  });
  if (st && !st.isFile()) {
    // Not a file to replace: a terminal, /dev/null, /dev/stdout or a pipe is written into.
    if (st.isCharacterDevice() || st.isFIFO()) return writeInto(file, file, content);
    throw new WriteError(file, st.isDirectory() ? 'isDir' : st.isSocket() ? 'socket' : 'other', st.isDirectory() ? 'EISDIR' : 'ENOTSUP');
  }
  // A regular file is replaced where it really is: through its links, which stay links.
  const target = st ? await realpath(file).catch(() => writeTarget(file)) : await writeTarget(file);
  if (st && !opts.overwrite) throw new FileExistsError(file);
  const dir = path.dirname(target);
  const base = path.basename(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw asWriteError(file, err);
  }
  const tmp = path.join(dir, tmpName(base, process.pid));
  try {
    const fh = await open(tmp, 'wx');
    try {
      // The replacement keeps the mode of the file it replaces (a 0640 file stays 0640), and its owner
      // when we may give it (as root), as write-file-atomic does.
      if (st) {
        await fh.chmod(st.mode & 0o7777);
        if (process.getuid?.() === 0) await fh.chown(st.uid, st.gid).catch(() => {});
      }
      await fh.writeFile(content);
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw asWriteError(file, err);
  }
  try {
    if (opts.overwrite) await rename(tmp, target);
    else {
      // link() fails if the target exists: no window between the check above and the write.
      const linked = await link(tmp, target).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') throw new FileExistsError(file);
          // A file system without hard links (FAT, some network shares): check, then rename.
          if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(err.code ?? '')) return false;
          throw err;
        },
      );
      if (linked) await unlink(tmp);
      else if (await exists(target)) throw new FileExistsError(file);
      else await rename(tmp, target);
    }
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw asWriteError(file, err);
  }
  await removeStaleTemps(dir, base);
}

/** The descriptor a path names (/dev/stdout → 1), or undefined. */
export function ownDescriptor(file: string): number | undefined {
  const p = path.resolve(file);
  if (p === '/dev/stdout') return 1;
  if (p === '/dev/stderr') return 2;
  const m = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(p);
  return m ? Number(m[1]) : undefined;
}

async function writeToDescriptor(file: string, fd: number, content: string | Uint8Array): Promise<void> {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(fd, buf, off, buf.length - off);
      } catch (err) {
        // A non-blocking pipe that is full: wait for the reader.
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  } catch (err) {
    throw asWriteError(file, err);
  }
}

/** Writes into a character device or a FIFO, as a shell redirection does: no temporary file, no rename. */
async function writeInto(file: string, target: string, content: string | Uint8Array): Promise<void> {
  try {
    // No O_CREAT, no O_TRUNC: the node is used as it is. A FIFO waits for its reader, as `cat > fifo` does.
    const fh = await open(target, constants.O_WRONLY);
    try {
      await fh.writeFile(content);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw asWriteError(file, err);
  }
}

/**
 * Removes the temporary files of `base` left by a process that no longer runs (killed between writing
 * and renaming). A temporary file of a live process, this one included, is left alone.
 */
export async function removeStaleTemps(dir: string, base: string): Promise<string[]> {
  const re = tmpPattern(base);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    await unlink(path.join(dir, name)).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}

/** The temporary files among `names` (of one folder) left by processes that no longer run. */
export function strayTemps(names: readonly string[]): string[] {
  return names.filter((n) => {
    const m = ANY_TMP.exec(n);
    return !!m && !alive(Number(m[2]));
  });
}

/**
 * Removes the stray temporary files (of processes that no longer run) in the folders of a workspace:
 * its own folder and projects/. Returns each one found, and whether it could be removed. `list` gives a
 * folder's names when the caller has already read them.
 */
export function cleanStrayTemps(dirs: readonly string[], list?: (dir: string) => string[]): Array<{ file: string; removed: boolean }> {
  const out: Array<{ file: string; removed: boolean }> = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = list ? list(dir) : readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of strayTemps(names)) {
      const file = path.join(dir, name);
      let removed = true;
      try {
        unlinkSync(file);
      } catch {
        removed = false;
      }
      out.push({ file, removed });
    }
  }
  return out;
}

/** True when a process with this id runs (or exists under another user). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `file` exists. */
export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
