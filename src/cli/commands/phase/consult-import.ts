// `plan consult import FILE`: a KoboToolbox / ODK export (CSV or XLSX, one row per respondent)
// summarised per question, overall and by sex, into consultations.yaml surveys[], with every row
// that could not be counted listed with its row number and reason.
import type { Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../../main.js';
import { UsageError } from '../../errors.js';
import { tw } from '../../../i18n/wizard.js';
import { resolveLang } from '../../../i18n/catalog.js';
import { SURVEY_FORM } from '../../../core/survey/survey-form.js';
import { sameSurvey } from '../../../core/survey/same-survey.js';
import { addFormOptions } from './form-cli.js';
import { runForm } from './form-cli.js';
import { openTarget, saveAnswers } from './run-edit-form.js';
import type { EditFlags } from '../phase.js';
import { addEditOptions } from '../phase.js';

interface ImportFlags extends EditFlags {
  sexColumn?: string;
  ageColumn?: string;
  areaColumn?: string;
  questions?: string;
  multiple?: string;
  womenValues?: string;
  menValues?: string;
}

const list = (s: string | undefined) => (s ? s.split(/[\s,]+/).filter(Boolean) : undefined);

/** Adds `consult import` under `consult`. */
export function registerSurveyImport(parent: Command, ctx: CommandContext): void {
  const cmd = addEditOptions(
    parent
      .command('import')
      .description(tw('cmd.consult.import', resolveLang(undefined, undefined, ctx.io.env)))
      .argument('<file>', 'the export: .csv or .xlsx'),
  );
  cmd
    .option('--sex-column <name>', 'column of the respondent’s sex (default: sex, sexe, gender, الجنس…)')
    .option('--age-column <name>', 'column of the age or age group (default: age, age_group…)')
    .option('--area-column <name>', 'column of the area or douar (default: milieu, zone, douar…)')
    .option('--questions <names>', 'only these questions, comma-separated (default: every select column)')
    .option('--multiple <names>', 'read these questions as select_multiple')
    .option('--women-values <values>', 'values meaning a woman, comma-separated (default: f, female, femme, أنثى, 2…)')
    .option('--men-values <values>', 'values meaning a man (default: m, h, male, homme, ذكر, 1…)');
  addFormOptions(cmd, SURVEY_FORM);
  cmd.action(async (file: string, flags: ImportFlags) => ctx.exit(await run(file, flags, ctx)));
}

async function run(file: string, flags: ImportFlags, ctx: CommandContext): Promise<number> {
  const target = await openTarget(flags, ctx);
  const { lang } = target;
  const [{ readSurveyTable }, { detectColumns }, { summariseSurvey, DEFAULT_SEX_VALUES }, { normaliseExport }] = await Promise.all([
    import('../../../io/survey-import.js'),
    import('../../../core/survey/survey-columns.js'),
    import('../../../core/survey/summarise-survey.js'),
    import('../../../core/survey/export-shape.js'),
  ]);
  let table;
  let labels: boolean;
  try {
    // ODK Central's CSV and Kobo's export "with labels" are read as they come, without flags.
    const read = normaliseExport(await readSurveyTable(path.resolve(ctx.io.cwd, file)));
    table = read.table;
    labels = read.shape === 'kobo-labels';
  } catch (err) {
    throw new UsageError(tw('w.surveyUnreadable', lang, { file, detail: (err as Error).message }), lang);
  }
  const cols = detectColumns(
    table.headers,
    table.rows.map((r) => r.cells),
    {
      sexColumn: flags.sexColumn,
      ageColumn: flags.ageColumn,
      areaColumn: flags.areaColumn,
      questions: list(flags.questions),
      multiple: list(flags.multiple),
      labels,
    },
  );
  if (cols.sex === undefined) throw new UsageError(tw('w.noSexColumn', lang, { file }), lang);
  if (!cols.questions.length) throw new UsageError(tw('w.noQuestions', lang, { file }), lang);
  const summary = summariseSurvey(
    table,
    cols,
    {
      women: list(flags.womenValues) ?? DEFAULT_SEX_VALUES.women,
      men: list(flags.menValues) ?? DEFAULT_SEX_VALUES.men,
    },
    lang,
  );
  // The same export imported twice would count its respondents twice in the plan: refuse, unless --force.
  const twin = sameSurvey(target.plan.consultations?.data, summary);
  if (twin && !flags.force) throw new UsageError(tw('w.surveyTwice', lang, { file, id: twin }), lang);
  const err = ctx.io.stderr;
  ctx.io.stdout.write(
    tw('w.surveyRead', lang, {
      rows: summary.rows,
      counted: summary.respondents.total,
      women: summary.respondents.women,
      men: summary.respondents.men,
      rejected: summary.rejected_rows.length,
      questions: summary.questions.map((q) => `${q.name} (${q.type})`).join(', '),
    }) + '\n',
  );
  for (const r of summary.rejected_rows) err.write(tw('w.rowRejected', lang, { row: r.row, reason: r.reason }) + '\n');
  const answers = await runForm(SURVEY_FORM, flags, ctx.io, { lang, data: { plan: target.plan, summary } });
  if (!answers) return 130;
  return saveAnswers(SURVEY_FORM, answers, { ...target }, flags, ctx, { summary });
}
