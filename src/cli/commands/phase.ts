// The phase commands — `plan diagnosis …`, `plan consult …`, `plan add …`, `plan adopt …` — each a
// form that edits one plan file: asked on a terminal, or given by flags or an answers file; checked
// against the schema and the rules that read that file before saving; --dry-run shows the diff.
import { Option, type Command } from 'commander';
import type { CommandContext } from '../main.js';
import { PHASE_FORMS } from '../../core/wizard/forms/index.js';
import type { EditForm } from '../../core/wizard/edit-form.js';
import { addFormOptions, type FormFlags } from './phase/form-cli.js';
import { runEditForm } from './phase/run-edit-form.js';
import { registerSurveyImport } from './phase/consult-import.js';
import { wizardCatalog } from '../../i18n/wizard.js';
import { lookup, resolveLang } from '../../i18n/catalog.js';

/** Options of every phase command besides its questions. */
export interface EditFlags extends FormFlags {
  workspace?: string;
  dryRun?: boolean;
  force?: boolean;
  allowErrors?: boolean;
}

const GROUPS: Record<string, string> = {
  diagnosis: 'phase 1: sector sheets, indicators, problems, potentials, SWOT, gender analysis / diagnostic / التشخيص',
  consult: 'phase 1: consultations and questionnaire surveys / concertation / التشاور',
  add: 'phases 1-3: localities, committees, axes, criteria, priorities, projects, partners, projections, indicators / ajouter / إضافة',
  adopt: 'phases 4-5: committee referral and reports, session, votes, visa / adoption / المصادقة',
};

/** Adds the phase command groups to the program. */
export function register(program: Command, ctx: CommandContext): void {
  // `plan --help` lists every phase command, so that a clerk sees the whole procedure at once.
  program.addHelpText(
    'after',
    `\nPhase commands (plan <group> <command> --help for the questions and flags):\n${PHASE_FORMS.map(
      (f) =>
        `  plan ${f.command.padEnd(24)} e.g. ${f.examples[0]!.split('\n')[0]!
          .replace(/^plan \S+ \S+ ?/, '')
          .replace(/\s*\\$/, ' …')}`,
    ).join('\n')}\n  plan ${'consult import FILE'.padEnd(24)} e.g. survey.xlsx --id S1 --title-ar "…" --title-fr "…" --yes\n`,
  );
  for (const [group, description] of Object.entries(GROUPS)) {
    const parent = program.command(group).description(description);
    for (const form of PHASE_FORMS.filter((f) => f.command.startsWith(`${group} `))) addFormCommand(parent, form, ctx);
    if (group === 'consult') registerSurveyImport(parent, ctx);
    parent.addHelpText(
      'after',
      `\nExamples:\n${PHASE_FORMS.filter((f) => f.command.startsWith(`${group} `))
        .map((f) => `  ${f.examples[0]}`)
        .join('\n')}${group === 'consult' ? '\n  plan consult import survey.xlsx --id S1 --title-ar "استمارة الحاجيات" --title-fr "Enquête besoins"' : ''}\n`,
    );
  }
}

/** The options every phase command shares. */
export function addEditOptions(cmd: Command): Command {
  return cmd
    .option('-w, --workspace <dir>', 'plan workspace (default: the current folder)')
    .addOption(new Option('-l, --lang <lang>', 'language of the questions and messages').choices(['ar', 'fr', 'en']))
    .option('--dry-run', 'show the change as a diff, write nothing')
    .option('--force', 'replace an existing entry with the same id')
    .option('--allow-errors', 'save even when the rules find errors in the new entry (a fact already happened)');
}

function addFormCommand(parent: Command, form: EditForm, ctx: CommandContext): void {
  const name = form.command.split(' ')[1]!;
  const cmd = addEditOptions(parent.command(name).description(lookup(wizardCatalog, `cmd.${form.id}`, resolveLang(undefined, undefined, ctx.io.env))));
  addFormOptions(cmd, form).addHelpText('after', `\nExamples:\n${form.examples.map((e) => `  ${e}`).join('\n')}\n`);
  cmd.action(async (flags: EditFlags) => ctx.exit(await runEditForm(form, flags, ctx)));
}
