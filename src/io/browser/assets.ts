// Images from the workspace's own assets/ folder (the cover logo). Plan text is untrusted: a name that
// leaves the folder — `../`, an absolute path, a symbolic link pointing outside — is refused, and so is
// an assets/ folder that is itself a link out of the workspace, unless --allow-outside names where it
// leads. Only regular files are read (a FIFO would block), never more than 5 MiB.
import { realpathSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readRegular } from '../read-source.js';
import { inside, insideAny } from '../roots.js';

/** Why an asset is refused: a key of the io catalogue (`asset.*`) and the reference. */
export type AssetProblem = 'notInside' | 'outside' | 'notImage' | 'tooLarge' | 'notFile';

/** A reference that does not stay inside assets/, or a file that is not a usable image. */
export class AssetError extends Error {
  constructor(
    message: string,
    public readonly problem: AssetProblem = 'notInside',
    public readonly ref = '',
  ) {
    super(message);
    this.name = 'AssetError';
  }
}

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
const MAX_BYTES = 5 * 1024 * 1024;

const realAll = (dirs: readonly string[]) =>
  dirs.flatMap((d) => {
    try {
      return [realpathSync(d)];
    } catch {
      return [];
    }
  });

/** Resolves `ref` inside `<root>/assets`, following links only if they stay inside it (or an allowed folder). */
export function resolveAsset(root: string, ref: string, allowOutside: readonly string[] = []): string {
  if (!ref || path.isAbsolute(ref) || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.includes('\0'))
    throw new AssetError(`${ref}: not a path inside assets/`, 'notInside', ref);
  const parts = ref.split(/[\\/]+/);
  if (parts.some((p) => p === '..')) throw new AssetError(`${ref}: leaves assets/`, 'notInside', ref);
  const allowed = realAll(allowOutside);
  const dir = realpathSync(path.join(root, 'assets'));
  // The folder itself may be a link: it must stay in the workspace.
  if (!inside(dir, realpathSync(root)) && !insideAny(dir, allowed))
    throw new AssetError(`${ref}: assets/ is a link leading out of the workspace`, 'outside', ref);
  const real = realpathSync(path.join(dir, ...parts));
  if (!inside(real, dir) && !insideAny(real, allowed)) throw new AssetError(`${ref}: a link leading out of assets/`, 'outside', ref);
  return real;
}

/** The asset as a data: URL (an image type, at most 5 MiB). */
export function assetDataUrl(root: string, ref: string, allowOutside: readonly string[] = []): string {
  const file = resolveAsset(root, ref, allowOutside);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new AssetError(`${ref}: not an image (${Object.keys(TYPES).join(' ')})`, 'notImage', ref);
  const r = readRegular(file, MAX_BYTES);
  if (!r.ok) {
    if (r.problem.key === 'file.tooLarge') throw new AssetError(`${ref}: larger than 5 MiB`, 'tooLarge', ref);
    throw new AssetError(`${ref}: not a plain file`, 'notFile', ref);
  }
  return `data:${type};base64,${r.buf.toString('base64')}`;
}

/** The cover logo: assets/logo.svg, .png, .jpg… when the workspace has one. */
export function findLogo(root: string, allowOutside: readonly string[] = []): string | null {
  let names: string[];
  try {
    names = readdirSync(path.join(root, 'assets'));
  } catch {
    return null;
  }
  const logo = names.sort().find((n) => /^logo\.(svg|png|jpe?g|webp)$/i.test(n));
  return logo ? assetDataUrl(root, logo, allowOutside) : null;
}
