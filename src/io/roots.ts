// The roots a run may read from: the workspace, the templates folder, and folders the user names with
// --allow-outside. Paths are compared after realpath(), so a symbolic link is judged by where it leads.
import path from 'node:path';

/** True when the real path `real` is `root` or inside it (both already resolved). */
export function inside(real: string, root: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/** True when `real` is inside one of `roots`. */
export const insideAny = (real: string, roots: readonly string[]): boolean => roots.some((r) => inside(real, r));
