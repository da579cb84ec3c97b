// `plan doctor`: can this machine print a plan? Browser (path, version), fonts, Node version.
import { Option, type Command } from 'commander';
import { execFile } from 'node:child_process';
import type { CommandContext } from '../main.js';
import { EXIT } from '../errors.js';

interface Check {
  name: 'node' | 'browser' | 'fonts';
  ok: boolean;
  detail: string;
  [k: string]: unknown;
}

/** Adds `plan doctor` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('doctor')
    .description('check what printing needs: browser, fonts, Node version / vérifier l’installation')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--browser <path>', 'the browser plan render --browser would use')
    .addHelpText('after', '\nExit codes: 0 ready to print PDF; 1 something is missing (the report says what).')
    .action(async (flags: { format: 'text' | 'json'; browser?: string }) => {
      const checks = [nodeCheck(), await browserCheck(flags.browser, ctx.io.env), await fontsCheck()];
      const ok = checks.every((c) => c.ok);
      if (flags.format === 'json') ctx.io.stdout.write(JSON.stringify({ ok, checks }, null, 2) + '\n');
      else for (const c of checks) ctx.io.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(8)} ${c.detail}\n`);
      ctx.exit(ok ? EXIT.ok : EXIT.findings);
    });
}

function nodeCheck(): Check {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  const ok = major > 20 || (major === 20 && minor >= 19);
  return { name: 'node', ok, detail: `${process.versions.node}${ok ? '' : ' (need 20.19 or later)'}`, version: process.versions.node };
}

async function browserCheck(flag: string | undefined, env: NodeJS.ProcessEnv): Promise<Check> {
  const { findBrowser } = await import('../../io/browser/find-browser.js');
  try {
    const choice = findBrowser({ flag, env });
    if (!choice) {
      const { tr } = await import('../../i18n/render.js');
      return { name: 'browser', ok: false, detail: tr('cli.noBrowser', 'en'), path: null, version: null };
    }
    const version = await run(choice.path, ['--version']);
    return {
      name: 'browser',
      ok: version !== null,
      detail: `${choice.path} (${choice.source}) ${version ?? 'does not start'}`,
      path: choice.path,
      source: choice.source,
      version,
    };
  } catch (err) {
    return { name: 'browser', ok: false, detail: (err as Error).message, path: null, version: null };
  }
}

async function fontsCheck(): Promise<Check> {
  const { fontFiles, digitsFont } = await import('../../io/browser/fonts.js');
  // The faces the page uses, and the Latin WOFF that writes the table of contents' page numbers.
  const faces = fontFiles();
  const files = [...faces, digitsFont(faces)];
  const missing = files.filter((f) => !f.found);
  const packages = [...new Set(files.map((f) => f.pkg))];
  return {
    name: 'fonts',
    ok: missing.length === 0,
    detail: missing.length ? `missing: ${missing.map((f) => f.file).join(', ')}` : `${files.length} files from ${packages.join(', ')}`,
    packages,
    files: files.map((f) => ({ file: f.file, family: f.family, subset: f.subset, weight: f.weight, found: f.found })),
  };
}

function run(file: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 15_000 }, (err, stdout) => resolve(err ? null : stdout.trim()));
  });
}
