// Images from the workspace's own assets/ folder (the cover logo). Plan text is untrusted: a name that
// leaves the folder — `../`, an absolute path, a symbolic link pointing outside — is refused.
import { readFileSync, realpathSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A reference that does not stay inside assets/. */
export class AssetError extends Error {}

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
const MAX_BYTES = 5 * 1024 * 1024;

/** Resolves `ref` inside `<root>/assets`, following links only if they stay inside it. */
export function resolveAsset(root: string, ref: string): string {
  if (!ref || path.isAbsolute(ref) || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.includes('\0')) throw new AssetError(`${ref}: not a path inside assets/`);
  const parts = ref.split(/[\\/]+/);
  if (parts.some((p) => p === '..')) throw new AssetError(`${ref}: leaves assets/`);
  const dir = realpathSync(path.join(root, 'assets'));
  const real = realpathSync(path.join(dir, ...parts));
  const rel = path.relative(dir, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new AssetError(`${ref}: a link leading out of assets/`);
  return real;
}

/** The asset as a data: URL (an image type, at most 5 MiB). */
export function assetDataUrl(root: string, ref: string): string {
  const file = resolveAsset(root, ref);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new AssetError(`${ref}: not an image (${Object.keys(TYPES).join(' ')})`);
  if (statSync(file).size > MAX_BYTES) throw new AssetError(`${ref}: larger than 5 MiB`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** The cover logo: assets/logo.svg, .png, .jpg… when the workspace has one. */
export function findLogo(root: string): string | null {
  let names: string[];
  try {
    names = readdirSync(path.join(root, 'assets'));
  } catch {
    return null;
  }
  const logo = names.sort().find((n) => /^logo\.(svg|png|jpe?g|webp)$/i.test(n));
  return logo ? assetDataUrl(root, logo) : null;
}
