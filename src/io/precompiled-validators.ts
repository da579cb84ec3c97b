// Loads the validators precompiled by the build (dist/validators.cjs), or undefined when there is no
// build. The CLI bundle (src/build/bundle.ts) replaces this module with a static import of the ES
// module form (dist/validators.mjs), so that the bundled CLI reads no CommonJS at startup.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

export function loadPrecompiled(): Record<string, unknown> | undefined {
  const file = path.join(PACKAGE_ROOT, 'dist', 'validators.cjs');
  return existsSync(file) ? (createRequire(import.meta.url)(file) as Record<string, unknown>) : undefined;
}
