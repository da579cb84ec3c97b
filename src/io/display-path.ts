// How a path is shown to the user: the one rule every command and loader follows.
import path from 'node:path';

/**
 * Shows `abs` from `base` (the current folder, or a workspace): relative with forward slashes when it
 * lies inside, `.` for `base` itself, and whole when it lies outside (a path of `../..` steps says
 * less than the path itself).
 */
export const displayFrom =
  (base: string) =>
  (abs: string): string => {
    const rel = path.relative(base, abs);
    if (rel === '') return '.';
    return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
  };

/** Paths shown from the process's current folder (the loaders' default). */
export const defaultDisplay = (abs: string): string => displayFrom(process.cwd())(abs);
