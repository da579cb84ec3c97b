// `plan update start [workspace]`: opens the update (actualisation / تحيين) of an adopted plan (LO 113-14
// art. 79, decree 2-16-301). The adopted version is frozen in history/<n>/, plan.yaml records the open
// update, and adoption.yaml starts afresh: the update goes through committees, session, vote and visa
// again (docs/update.md).
import { Option, type Command } from 'commander';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tu } from '../../i18n/update.js';
import { isIsoDay } from '../../core/rules/adoption/dates.js';

interface StartFlags {
  lang?: string;
  today?: string;
  force?: boolean;
  dryRun?: boolean;
}

/** Adds `plan update start` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  const lang = resolveLang(undefined, undefined, ctx.io.env);
  const parent = program.command('update').description(tu('cmd.update', lang));
  parent
    .command('start')
    .description(tu('cmd.updateStart', lang))
    .argument('[workspace]', 'plan workspace (default: the one holding the current folder)')
    .addOption(new Option('-l, --lang <lang>', 'language of the messages (default: plan.yaml lang, then LANG)').choices(['ar', 'fr', 'en']))
    .option('--today <date>', 'the day the update opens (YYYY-MM-DD) instead of today')
    .option('--force', 'open it outside the window of PAC-ADO-008, or open an open update again (its frozen base is kept)')
    .option('--dry-run', 'show what would be frozen and the change to plan.yaml, write nothing')
    .addHelpText(
      'after',
      `
Examples:
  plan update start
  plan update start communes/oulmes --today 2025-06-02
  plan update start --dry-run

The adopted files (plan.yaml, commune.yaml…, projects/, followup/) are copied to history/<n>/;
adoption.yaml starts empty for the update's own referral, session, vote and visa.
Exit codes: 0 opened; 1 refused (not adopted, already open, before the legal window); 2 usage or I/O error.`,
    )
    .action(async (ws: string | undefined, flags: StartFlags) => ctx.exit(await start(ws, flags, ctx)));
}

async function start(ws: string | undefined, flags: StartFlags, { io }: CommandContext): Promise<number> {
  const { openWorkspace } = await import('./update/open-workspace.js');
  const { dir, lang, plan } = await openWorkspace(ws, flags, io);
  if (flags.today !== undefined && !isIsoDay(flags.today)) throw new UsageError(tu('u.badToday', lang), lang);
  const [{ checkStart }, { localToday }] = await Promise.all([import('../../core/update/update-start.js'), import('../../io/check-workspace.js')]);
  const broken = (['plan', 'adoption'] as const).find((k) => plan.invalid.has(k));
  if (broken) {
    io.stderr.write(tu('u.invalid', lang, { file: `${broken}.yaml` }) + '\n');
    return EXIT.findings;
  }
  const today = flags.today ?? localToday();
  const check = checkStart(plan, today, !!flags.force);
  if (!check.ok) {
    if (check.reason === 'notAdopted') io.stderr.write(tu('u.notAdopted', lang) + '\n');
    else if (check.reason === 'alreadyOpen')
      io.stderr.write(tu('u.alreadyOpen', lang, { n: check.update.number, date: check.update.started_on, base: check.update.base }) + '\n');
    else io.stderr.write(tu('u.early', lang, { earliest: check.earliest, entry: check.entry, year: check.year }) + '\n');
    return EXIT.findings;
  }
  if (check.early) io.stderr.write(tu('u.earlyForced', lang, { earliest: check.earliest, entry: check.entry, year: check.year }) + '\n');
  const { freezePlan } = await import('../../io/freeze-plan.js');
  const words = { n: check.number, base: check.base };
  const result = await freezePlan({
    dir,
    base: check.base,
    reopen: check.reopen,
    resetAdoption: check.resetAdoption,
    update: { number: check.number, started_on: today, base: check.base, ...(check.entry ? { base_in_force: check.entry } : {}) },
    adoptionHeader: tu('u.adoptionHeader', lang, words),
    planComment: tu('u.planComment', lang, words),
    dryRun: flags.dryRun,
  });
  if (flags.dryRun) {
    io.stdout.write(result.frozen.map((f) => `${check.base}/${f}`).join('\n') + '\n' + result.diff + tu('u.dryRun', lang) + '\n');
    return EXIT.ok;
  }
  io.stdout.write(tu('u.started', lang, { ...words, date: today, files: result.frozen.length }) + '\n');
  if (check.resetAdoption) io.stdout.write(tu('u.adoptionReset', lang, words) + '\n');
  io.stdout.write(tu('u.next', lang) + '\n');
  return EXIT.ok;
}
