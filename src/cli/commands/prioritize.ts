// `plan prioritize [workspace]`: ranks the priorities on their weighted criteria and writes score and rank back.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { td } from '../../i18n/decide.js';
import { prepareRanking } from '../../core/decide/prepare-ranking.js';
import { rankPriorities } from '../../core/decide/rank-priorities.js';
import { weightSensitivity } from '../../core/decide/weight-sensitivity.js';
import { formatRanking } from '../../core/decide/ranking-report.js';
import { writeDefaultCriteria, writeRanking } from '../../core/decide/write-ranking.js';
import { checkLink, type SurveyLink } from '../../core/decide/citizen-support.js';
import { closest } from 'fastest-levenshtein';
import { loadWorkspace } from '../../io/load-workspace.js';
import { openYaml, saveYaml } from '../../io/yaml-edit.js';
import { workspaceLang } from '../../io/validate-run.js';
import { findWorkspace } from '../../io/targets.js';
import type { CliIO } from '../io.js';
import { displayFrom } from '../../io/display-path.js';
import { collect } from '../repeatable.js';
import { jsonOnUsage, printDiagnostics, reportLoadProblems } from '../decision-report.js';

interface PrioritizeFlags {
  format: 'table' | 'json' | 'csv';
  lang?: string;
  dryRun?: boolean;
  initCriteria?: boolean;
  surveyChoice: string[];
}

/** Adds `plan prioritize` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('prioritize')
    .description('rank the priorities on weighted criteria, with a sensitivity analysis / classer les priorités')
    .argument('[workspace]', 'plan workspace (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('-l, --lang <lang>', 'language of the report').choices(['ar', 'fr', 'en']))
    .option('--dry-run', 'show the change to priorities.yaml instead of writing it')
    .option('--init-criteria', 'write the practice default criteria (with comments) into a priorities.yaml that has none')
    .option('--survey-choice <PRI=SURVEY.question.choice>', 'count a survey answer as citizen support for a priority (repeatable)', collect, [])
    .addHelpText(
      'after',
      `
Examples:
  plan prioritize examples/oulmes
  plan prioritize . --dry-run
  plan prioritize . --init-criteria
  plan prioritize . --format csv > ranking.csv
  plan prioritize . --survey-choice PRI05=S1.besoin_prioritaire.eau

Exit codes: 0 ranked (or criteria written); 1 the criteria or scores have errors; 2 usage or I/O error.`,
    )
    .action(async (workspace: string | undefined, flags: PrioritizeFlags) => ctx.exit(await jsonOnUsage(() => run(workspace, flags, ctx.io), flags, ctx.io)));
}

async function run(workspace: string | undefined, flags: PrioritizeFlags, io: CliIO): Promise<number> {
  const dir = workspace ? path.resolve(io.cwd, workspace) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const lang = resolveLang(flags.lang, workspaceLang(dir), io.env);
  const style = { format: flags.format, lang };
  const ws = await loadWorkspace(dir, { lang, display: displayFrom(io.cwd) });
  const prio = ws.plan.priorities;
  const file = path.join(dir, 'priorities.yaml');
  if (!prio) return reportLoadProblems(ws, io, td('rank.missingFile', lang), style);

  if (flags.initCriteria) {
    if (prio.data.criteria?.length) throw new UsageError(td('init.exists', lang));
    const y = openYaml(file);
    const n = writeDefaultCriteria(y.doc, lang);
    const { diff } = await saveYaml(y, { dryRun: flags.dryRun });
    io.stdout.write(flags.dryRun ? diff : td('init.written', lang, { n, file: prio.file }) + '\n');
    return EXIT.ok;
  }

  const links = flags.surveyChoice.map(parseSurveyChoice);
  const priorityIds = prio.data.priorities.map((p) => p.id);
  for (const [k, l] of links.entries()) {
    const raw = flags.surveyChoice[k]!;
    if (!priorityIds.includes(l.priority))
      throw new UsageError(
        `--survey-choice ${raw}: ${td('rank.unknownPriority', lang, { id: l.priority, guess: priorityIds.length ? closest(l.priority, priorityIds) : '—' })}`,
      );
    const bad = checkLink(ws.plan.consultations?.data, l);
    if (bad)
      throw new UsageError(
        `--survey-choice ${raw}: ${td(`rank.badLink.${bad.field}`, lang, { name: l[bad.field], guess: bad.known.length ? closest(l[bad.field], bad.known) : '—' })}`,
      );
  }
  // Links already in the plan are not counted twice; the new ones are saved with the ranking below.
  const declared = new Set(prio.data.priorities.flatMap((p) => (p.survey_choices ?? []).map((c) => `${p.id}=${c.survey}.${c.question}.${c.choice}`)));
  const fresh = links.filter((l) => !declared.has(`${l.priority}=${l.survey}.${l.question}.${l.choice}`));
  if (links.length && !(prio.data.criteria ?? []).some((c) => c.source === 'citizen_support')) io.stderr.write(td('rank.surveyNoEffect', lang) + '\n');
  const input = prepareRanking(ws.plan, lang, fresh);
  if (input.diagnostics.some((d) => d.severity === 'error')) return printDiagnostics(input.diagnostics, ws, io, style);
  const ranked = rankPriorities(input.criteria, input.items, input.tieBreak);
  const sensitivity = weightSensitivity(input.criteria, input.items, input.tieBreak, ranked);
  const info = new Map(
    prio.data.priorities.map((p) => [
      p.id,
      { sector: p.sector, need: (lang === 'ar' ? p.need.ar : p.need.fr) ?? p.need.ar, scores: input.items.find((i) => i.id === p.id)!.scores },
    ]),
  );
  io.stdout.write(formatRanking({ criteria: input.criteria, tieBreak: input.tieBreak, ranked, info, sensitivity }, flags.format, lang));

  const y = openYaml(file);
  if (fresh.length) {
    saveSurveyLinks(y.doc, fresh);
    io.stderr.write(td('rank.surveySaved', lang, { n: fresh.length, file: prio.file }) + '\n');
  }
  writeRanking(y.doc, ranked, input.computed);
  const { written, diff } = await saveYaml(y, { dryRun: flags.dryRun });
  const note = flags.dryRun ? diff : td(written ? 'write.done' : 'write.same', lang, { file: prio.file }) + '\n';
  (flags.format === 'table' ? io.stdout : io.stderr).write((flags.format === 'table' ? '\n' : '') + note);
  return EXIT.ok;
}

/** Adds survey links to their priorities' survey_choices (a block list, one link per line). */
function saveSurveyLinks(doc: import('yaml').Document, links: readonly SurveyLink[]): void {
  const list = doc.get('priorities', true) as import('yaml').YAMLSeq | undefined;
  for (const l of links) {
    const i = (list?.items ?? []).findIndex((n) => (n as import('yaml').YAMLMap).get?.('id') === l.priority);
    if (i < 0) continue;
    const path = ['priorities', i, 'survey_choices'];
    if (!doc.hasIn(path)) doc.setIn(path, doc.createNode([]));
    const seq = doc.getIn(path, true) as import('yaml').YAMLSeq;
    seq.flow = false;
    const node = doc.createNode({ survey: l.survey, question: l.question, choice: l.choice });
    (node as import('yaml').YAMLMap).flow = true;
    seq.items.push(node);
  }
}

/** `PRI05=S1.question.choice` → a survey link (the question and choice names may not contain dots). */
function parseSurveyChoice(s: string): SurveyLink {
  const m = /^([^=]+)=([^.]+)\.([^.]+)\.(.+)$/.exec(s);
  if (!m) throw new UsageError(`--survey-choice ${s}: PRI=SURVEY.question.choice`);
  return { priority: m[1]!, survey: m[2]!, question: m[3]!, choice: m[4]! };
}
