// Bundles the compiled CLI (dist/cli/main.js and every command) into dist/bundle/ with esbuild, so that
// `plan validate` starts by reading a handful of files instead of some 120 ES modules. Each command stays
// its own chunk (the dynamic import in main.ts becomes a map of chunks), so `plan validate` still never
// loads the renderer, the wizard or the solver. Packages that are not on the startup path, or that read
// files beside their own code (puppeteer-core, highs' WebAssembly, read-excel-file, the fonts), stay external and are
// loaded from node_modules as before.
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Packages inlined into the bundle: small, pure JavaScript, and on the path of every command. */
export const INLINED = new Set([
  'commander',
  'chalk',
  'js-yaml',
  'fastest-levenshtein',
  '@babel/code-frame',
  '@babel/helper-validator-identifier',
  'js-tokens',
  'picocolors',
  // The runtime helpers the precompiled validators require (not ajv's compiler).
  'ajv',
  'ajv-formats',
  'fast-deep-equal',
]);

const packageName = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Leaves every bare import outside INLINED to node_modules at run time. */
const externals: Plugin = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      return INLINED.has(packageName(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * commander requires node:child_process at load time, only to run executable subcommands, which `plan`
 * does not have. In the startup bundle it gets a proxy that loads the module on first use (2-3 ms saved).
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require('node:child_process'))[k] });",
      loader: 'js',
    }));
  },
};

/** Swaps the CommonJS loader of the precompiled validators for a static import of their ES module. */
const precompiled: Plugin = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]io[\\/]precompiled-validators\.js$/ }, () => ({
      contents: `import * as validators from ${JSON.stringify(path.join(root, 'dist', 'validators.mjs'))};\nexport function loadPrecompiled() { return validators; }\n`,
      loader: 'js',
    }));
  },
};

/** The startup bundle holds only `validate` and `rules`: the command loader becomes two static imports. */
const startupCommands: Plugin = {
  name: 'startup-commands',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]cli[\\/]command-loader\.js$/ }, () => ({
      contents: [
        "import * as validate from './commands/validate.js';",
        "import * as rules from './commands/rules.js';",
        'const STARTUP = { validate, rules };',
        'export async function loadCommand(file) {',
        '  const mod = STARTUP[file];',
        '  if (!mod) throw new Error(`the startup bundle has no command ${file}`);',
        '  return mod;',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: path.join(root, 'dist', 'cli'),
    }));
  },
};

export async function bundle(): Promise<void> {
  const outdir = path.join(root, 'dist', 'bundle');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'dist', 'cli', 'main.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: false,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [externals, precompiled],
    // Inlined CommonJS packages (commander, js-yaml's deps) call require() for Node built-ins.
    banner: { js: "import { createRequire as __pacCreateRequire } from 'node:module'; const require = __pacCreateRequire(import.meta.url);" },
  });
  // The startup bundle: one CommonJS file, so that bin/plan.js can compile it with V8's code cache
  // (src/cli/startup.ts); Node 20 has no compile cache for ES modules.
  const startup = await build({
    entryPoints: [path.join(root, 'dist', 'cli', 'main.js')],
    outfile: path.join(outdir, 'startup.cjs'),
    metafile: true,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [lazyChildProcess, externals, precompiled, startupCommands],
    define: { 'import.meta.url': '__pacModuleUrl' },
    // import('yaml') and import('tinyglobby') become require(): both ship CommonJS, and a vm.Script
    // could only import() through an API Node 20 still marks experimental (it prints a warning).
    supported: { 'dynamic-import': false },
    banner: { js: "const __pacModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  writeFileSync(path.join(outdir, 'startup.meta.json'), JSON.stringify(startup.metafile));
  // The build tag names the code cache of this very bundle (src/cli/startup.ts): a cache made for
  // another build is never read.
  const startupFile = path.join(outdir, 'startup.cjs');
  const tag = createHash('sha256').update(readFileSync(startupFile)).digest('hex').slice(0, 16);
  appendFileSync(startupFile, `\n//# pac-plan-build=${tag}\n`);
}

/**
 * Fills this machine's code cache for the startup bundle from representative runs (a clean workspace,
 * a failing case in every format, the rules list), so that even the first `plan validate` after a
 * build starts warm. The cache lives in the user's cache folder, not in dist/, and is never packed: an
 * installed package writes its own on the first run, for the Node that runs it.
 */
export async function warmStartupCache(): Promise<void> {
  const file = path.join(root, 'dist', 'bundle', 'startup.cjs');
  const examples = path.join(root, 'examples');
  if (!existsSync(path.join(examples, 'oulmes', 'plan.yaml'))) return;
  const { codeCacheFile, loadStartup } = await import('../cli/startup.js');
  const stale = codeCacheFile(readFileSync(file, 'utf8'));
  if (stale) rmSync(stale, { force: true });
  const startup = loadStartup(file);
  const sink = { write: () => true };
  const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: { ...process.env, NO_COLOR: '1' }, cwd: root };
  const invalid = readdirSync(path.join(examples, 'invalid')).find((d) => d.startsWith('pac-fin-')) ?? '';
  const runs = [
    ['validate', 'examples/oulmes', '--format', 'json'],
    ['validate', 'examples/oulmes'],
    ...['pretty', 'json', 'sarif', 'junit', 'github'].map((f) => ['validate', path.join('examples', 'invalid', invalid), '--format', f]),
    ['rules', '--format', 'json'],
    ['rules'],
  ];
  for (const argv of runs) await startup.main(argv, io);
  startup.saveCache();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await bundle();
  await warmStartupCache();
}
