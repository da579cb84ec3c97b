// Finds the installed package's root folder, wherever the running code sits (src/, dist/ or a bundle).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function find(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'pac-plan') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package root of pac-plan not found');
    dir = up;
  }
}

/** The folder holding the package's package.json, schemas/, templates/ and dist/. */
export const PACKAGE_ROOT: string = find();
