// `plan init [dir]`: starts a workspace — the commune from the reference list, its council, the
// period and the languages — asked on a terminal, or given by flags or an answers file.
import { Option, type Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tw } from '../../i18n/wizard.js';
import { INIT_FORM } from '../../core/wizard/init-form.js';
import { initFiles } from '../../core/wizard/init-files.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../io/package-root.js';
import { kindOfPath } from '../../core/schema/kinds.js';
import { validators } from '../../io/validators.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { addFormOptions, runForm, type FormFlags } from './phase/form-cli.js';
import { periodWarnings } from '../../core/wizard/period-warning.js';
import { displayFrom } from '../../io/display-path.js';

interface InitFlags extends FormFlags {
  force?: boolean;
  dryRun?: boolean;
}

/** Adds `plan init` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('init')
    .description('start a plan workspace: commune, council, period, languages / créer un plan / إنشاء برنامج')
    .argument('[dir]', 'folder of the new workspace (default: the current folder)')
    .addOption(new Option('-l, --lang <lang>', 'language of the questions and of the plan messages').choices(['ar', 'fr', 'en']))
    .option('--force', 'write into a folder that is not empty, replacing plan.yaml and commune.yaml')
    .option('--dry-run', 'show the files that would be written, write nothing');
  addFormOptions(cmd, INIT_FORM, ['lang']).addHelpText(
    'after',
    `
Examples:
  plan init oulmes                                   (asks on the terminal; type to filter lists)
  plan init oulmes --yes --region "Rabat-Salé-Kénitra" --province Khémisset --commune Oulmès \\
       --president "Nom Prénom" --mandate-start 2021-09-21 --members 23 \\
       --women 9330 --men 9376 --census 2014 --period 2023-2028 --languages ar,fr --lang fr
  plan init oulmes --answers answers.yaml --yes       (same keys as the flags: mandate_start: 2021-09-21)

Without a terminal nothing is asked: missing answers are listed and the exit code is 2.`,
  );
  cmd.action(async (dir: string | undefined, flags: InitFlags) => ctx.exit(await run(dir, flags, ctx)));
}

async function run(dir: string | undefined, flags: InitFlags, { io }: CommandContext): Promise<number> {
  const lang = resolveLang(flags.lang, undefined, io.env);
  const target = path.resolve(io.cwd, dir ?? '.');
  if (!flags.force && !isEmptyDir(target)) throw new UsageError(tw('w.notEmpty', lang, { dir: dir ?? '.' }), lang);
  const { loadAdminData } = await import('../../io/admin-data.js');
  const admin = loadAdminData();
  const answers = await runForm(INIT_FORM, flags, io, { lang, data: { admin } }, flags.lang ? { lang: flags.lang } : {});
  if (!answers) return 130;
  const planLang = answers.lang as Lang;
  const files = initFiles(answers, admin, (k, a) => tw(k, planLang, a));
  checkAgainstSchemas(files, lang);
  // A period far from the mandate is accepted, with the warning of rule PAC-PER-003 (a reading, not a law).
  for (const w of periodWarnings(parseYaml(files['plan.yaml']!), parseYaml(files['commune.yaml']!), lang)) io.stderr.write(w + '\n');
  const show = displayFrom(io.cwd);
  if (flags.dryRun) {
    for (const [name, text] of Object.entries(files)) io.stdout.write(`--- ${show(path.join(target, name))}\n${text}`);
    return EXIT.ok;
  }
  // Nothing was written while questions were asked; now each file is replaced whole or not at all.
  // plan.yaml goes last, so an interrupted run never leaves a folder that looks like a workspace.
  const schemaDir = path.join(PACKAGE_ROOT, 'schemas', 'draft-07');
  for (const f of readdirSync(schemaDir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    await writeFileAtomic(path.join(target, '.schemas', f), readFileSync(path.join(schemaDir, f)), { overwrite: true });
  io.stdout.write(tw('w.wrote', lang, { file: show(path.join(target, '.schemas')) + '/' }) + '\n');
  for (const name of ['commune.yaml', 'plan.yaml']) {
    await writeFileAtomic(path.join(target, name), files[name]!, { overwrite: !!flags.force });
    io.stdout.write(tw('w.wrote', lang, { file: show(path.join(target, name)) }) + '\n');
  }
  io.stdout.write(tw('w.next', lang, { dir: dir ?? '.' }) + '\n');
  return EXIT.ok;
}

// The wizard's answers were checked one by one; this checks the files as a whole before any write.
function checkAgainstSchemas(files: Record<string, string>, lang: Lang): void {
  const v = validators();
  for (const [name, text] of Object.entries(files)) {
    const kind = kindOfPath(name)!;
    if (!v[kind](parseYaml(text))) throw new Error(tw('w.invalidFile', lang, { detail: `${name}: ${JSON.stringify(v[kind].errors?.[0])}` }));
  }
}

// A folder holding only a git repository counts as empty: a firm often starts from a fresh clone.
function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).filter((f) => f !== '.git').length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw new UsageError(String((err as Error).message));
  }
}
