// Atomic file writes: a temporary file in the same folder, fsync, then a rename over the target (or a
// hard link when the target must not exist yet, so a file that appears meanwhile is never replaced).
import { link, open, readdir, rename, unlink, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

export class FileExistsError extends Error {
  constructor(public readonly file: string) {
    super(`${file} exists`);
  }
}

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing target is refused with FileExistsError. */
  overwrite?: boolean;
}

/** `.<name>.<pid>.<ms>.tmp`: the temporary files of `name`, and the process that made each. */
const tmpName = (base: string, pid: number) => `.${base}.${pid}.${Date.now()}.tmp`;
const tmpPattern = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.\\d+\\.tmp$`);

/** Writes `content` to `file` so that a reader sees the old file or the new one, never a part. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  if (!opts.overwrite && (await exists(file))) throw new FileExistsError(file);
  const dir = path.dirname(file);
  const base = path.basename(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, tmpName(base, process.pid));
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(content);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fh.close();
  try {
    if (opts.overwrite) await rename(tmp, file);
    else {
      // link() fails if the target exists: no window between the check above and the write.
      const linked = await link(tmp, file).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') throw new FileExistsError(file);
          // A file system without hard links (FAT, some network shares): check, then rename.
          if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(err.code ?? '')) return false;
          throw err;
        },
      );
      if (linked) await unlink(tmp);
      else if (await exists(file)) throw new FileExistsError(file);
      else await rename(tmp, file);
    }
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await removeStaleTemps(dir, base);
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

/** True when a process with this id runs (or exists under another user). */
function alive(pid: number): boolean {
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
