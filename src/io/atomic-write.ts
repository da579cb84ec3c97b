// Atomic file writes: a temporary file in the same folder, fsync, then a rename over the target.
import { open, rename, unlink, mkdir, stat } from 'node:fs/promises';
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

/** Writes `content` to `file` so that a reader sees the old file or the new one, never a part. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  if (!opts.overwrite && (await exists(file))) throw new FileExistsError(file);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fh = await open(tmp, 'w');
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
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
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
