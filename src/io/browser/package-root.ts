// Where the package is installed: its templates and fonts are read from there, nowhere else.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (this file is at dist/io/browser/ or src/io/browser/). */
export const packageRoot = (): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built-in templates folder. */
export const builtinTemplatesDir = (): string => path.join(packageRoot(), 'templates');
