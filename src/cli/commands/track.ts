// `plan track …`: the follow-up after adoption (LO 113-14 art. 78: the commune monitors, updates and
// evaluates its plan). `project`, `indicator` and `review` record one fact each in followup/<year>.yaml,
// asked on a terminal or given by flags; `template` writes the spreadsheet a technical service fills
// in and `import` reads it back.
import { Option, type Command } from 'commander';
import type { CommandContext } from '../main.js';
import type { EditFlags } from './phase.js';
import { addEditOptions } from './phase.js';
import { tt } from '../../i18n/track.js';
import { wizardCatalog } from '../../i18n/wizard.js';
import { collect } from '../repeatable.js';
import { TRACK_FORMS } from '../../core/followup/forms.js';
import { addFormOptions } from './phase/form-cli.js';
import { lookup, resolveLang } from '../../i18n/catalog.js';

/** Options of `plan track project|indicator|review`. */
export interface TrackFlags extends EditFlags {
  committed?: string[];
  paid?: string[];
}

/** Adds `plan track` and its sub-commands to the program. */
export function register(program: Command, ctx: CommandContext): void {
  const lang = resolveLang(undefined, undefined, ctx.io.env);
  const track = program.command('track').description(`${tt('cmd.track', 'en')} / suivi / التتبع`);
  for (const form of TRACK_FORMS) {
    const name = form.command.split(' ')[1]!;
    const key = name === 'review' ? undefined : name;
    const cmd = addEditOptions(track.command(name).description(lookup(wizardCatalog, `cmd.${form.id}`, lang)));
    if (key) cmd.argument(`[${key}]`, `the ${key} id (or --${key})`);
    addFormOptions(cmd, form, ['committed', 'paid']);
    if (key === 'project')
      cmd
        .option('--committed <partner=amount>', 'amount a partner committed during the year (repeat, or A=1,B=2)', collect)
        .option('--paid <partner=amount>', 'amount a partner paid during the year (repeat, or A=1,B=2)', collect);
    cmd.addHelpText('after', `\nExamples:\n${form.examples.map((e) => `  ${e}`).join('\n')}\n`);
    cmd.action(async (...args: unknown[]) => {
      const flags = (key ? args[1] : args[0]) as TrackFlags;
      const id = key ? (args[0] as string | undefined) : undefined;
      const { runTrackForm } = await import('./track/run-track-form.js');
      ctx.exit(await runTrackForm(form, flags, ctx, key && id ? { [key]: id } : {}));
    });
  }
  track
    .command('template')
    .description('write the follow-up spreadsheet to fill in (CSV or XLSX) / modèle de suivi / نموذج التتبع')
    .option('-w, --workspace <dir>', 'plan workspace (default: the current folder)')
    .option('--year <year>', 'only this year (default: every year of the plan up to this one)')
    .addOption(new Option('-f, --format <format>', 'csv or xlsx (default: from the file name)').choices(['csv', 'xlsx']))
    .requiredOption('-o, --out <file>', 'the file to write (.csv or .xlsx)')
    .option('--force', 'replace the file when it exists')
    .addOption(new Option('-l, --lang <lang>', 'language of the headers and messages').choices(['ar', 'fr', 'en']))
    .addHelpText('after', '\nExamples:\n  plan track template --year 2024 -o suivi-2024.xlsx\n  plan track template --format csv -o suivi.csv --lang ar\n')
    .action(async (flags) => {
      const { runTemplate } = await import('./track/template.js');
      ctx.exit(await runTemplate(flags, ctx));
    });
  addEditOptions(
    track
      .command('import')
      .description('read a filled-in follow-up template into followup/<year>.yaml / importer le suivi / استيراد التتبع')
      .argument('<file>', 'the filled-in template: .csv or .xlsx'),
  )
    .option('--year <year>', 'only the rows of this year')
    .option('--skip-bad-rows', 'import the good rows and list the refused ones (default: refuse the whole file)')
    .addHelpText(
      'after',
      '\nA row left without status, progress, money, dates or reason is not read. An empty cell changes nothing.\nWithout --skip-bad-rows, one bad cell stops the whole import (exit 1), each listed as file:row:column.\nExamples:\n  plan track import suivi-2024.xlsx --dry-run\n  plan track import suivi.csv --year 2024 --skip-bad-rows\n',
    )
    .action(async (file: string, flags) => {
      const { runImport } = await import('./track/import.js');
      ctx.exit(await runImport(file, flags, ctx));
    });
}
