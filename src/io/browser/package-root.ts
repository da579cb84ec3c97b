// Where the package is installed: its templates and fonts are read from there, nowhere else.
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** The package's root folder, wherever the running code sits (src/, dist/ or a bundle). */
export const packageRoot = (): string => PACKAGE_ROOT;

/** The built-in templates folder. */
export const builtinTemplatesDir = (): string => path.join(packageRoot(), 'templates');
