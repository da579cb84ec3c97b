#!/usr/bin/env node
// The `plan` executable: runs the CLI and sets the exit code. The only place that ends the process.
// `plan validate` and `plan rules` start from a single CommonJS bundle compiled through V8's code
// cache (dist/cli/startup.js); the other commands load the ES module bundle (dist/bundle/main.js),
// where each command is its own chunk. Without a build of the bundles, the plain compiled modules run.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const command = argv.find((a) => !a.startsWith('-'));
const startupFile = fileURLToPath(new URL('../dist/bundle/startup.cjs', import.meta.url));
const bundled = new URL('../dist/bundle/main.js', import.meta.url);

if ((command === 'validate' || command === 'rules') && existsSync(startupFile)) {
  const { loadStartup } = await import('../dist/cli/startup.js');
  const startup = loadStartup(startupFile);
  process.exitCode = await startup.main(argv);
  startup.saveCache();
} else {
  // Node 22 and later keep compiled ES modules between runs (Node 20 has no such cache).
  module.enableCompileCache?.();
  const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');
  process.exitCode = await main(argv);
}
