// `plan select [workspace]`: the programme of greatest priority value under the finance limits, explained.
import { Option, type Command } from 'commander';
import { closest } from 'fastest-levenshtein';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import type { CliIO } from '../io.js';
import { EXIT, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { resolveLang } from '../../i18n/catalog.js';
import { td } from '../../i18n/decide.js';
import { formatNumber } from '../../i18n/format.js';
import { SECTORS } from '../../core/plan/sectors.js';
import { planSelection, territoryKeys } from '../../core/decide/plan-selection.js';
import type { Diagnostic, Lang } from '../../core/diagnostics/diagnostic.js';
import { buildSelectionModel, type CapacityRule } from '../../core/decide/build-selection-model.js';
import { prepareRanking } from '../../core/decide/prepare-ranking.js';
import { rankPriorities } from '../../core/decide/rank-priorities.js';
import { programmeData } from '../../core/decide/programme.js';
import { programmeFingerprint } from '../../core/decide/programme-fingerprint.js';
import { conflictText, groupText } from '../../core/decide/reason-text.js';
import type { ShareBound } from '../../core/decide/selection-model.js';
import { selectProgramme, type ExplainMode } from '../../core/decide/select-programme.js';
import { formatSelection } from '../../core/decide/selection-report.js';
import { writeProgramme } from '../../core/decide/write-programme.js';
import { loadWorkspace } from '../../io/load-workspace.js';
import { openYaml, saveYaml } from '../../io/yaml-edit.js';
import { workspaceLang } from '../../io/validate-run.js';
import { findWorkspace } from '../../io/targets.js';
import { jsonOnUsage, jsonUsage, printDiagnostics, reportLoadProblems } from '../decision-report.js';
import { displayFrom } from '../../io/display-path.js';
import { collect, collectList } from '../repeatable.js';

interface SelectFlags {
  format: 'table' | 'json' | 'csv';
  lang?: string;
  dryRun?: boolean;
  fixedYears?: boolean;
  capacity?: string;
  capacityBeyond?: CapacityRule;
  require: string[];
  exclude: string[];
  sectorShare: string[];
  territoryShare: string[];
  explain: ExplainMode | 'auto';
  timing?: boolean;
  timeLimit: string;
}

/** Default seconds HiGHS may search: real plans (30 to 100 projects) are proven optimal well within it. */
export const DEFAULT_TIME_LIMIT = 10;

/** Adds `plan select` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('select')
    .description('choose and schedule projects for the greatest priority value within the finance limits / programmer les projets')
    .argument('[workspace]', 'plan workspace (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('-l, --lang <lang>', 'language of the report').choices(['ar', 'fr', 'en']))
    .option('--dry-run', 'show the change to finance.yaml instead of writing it')
    .option('--fixed-years', 'keep every project in its planned years (no shifting)')
    .option('--capacity <change>', 'what-if: change every investment capacity, e.g. +10% or -15%')
    .addOption(
      new Option('--capacity-beyond <rule>', 'capacity of years without a projection row (default: finance.yaml selection, else last)').choices([
        'last',
        'none',
      ]),
    )
    .option('--require <ids>', 'projects that must be in (comma list, repeatable)', collectList, [])
    .option('--exclude <ids>', 'projects kept out (comma list, repeatable)', collectList, [])
    .option('--sector-share <sector=min:max>', 'share of the programme cost for a sector, e.g. education=0.1:0.3 (repeatable)', collect, [])
    .option('--territory-share <group=min:max>', 'share for rural, urban or a locality id, e.g. rural=0.4: (repeatable)', collect, [])
    .addOption(
      new Option('--explain <mode>', 'how exclusions are explained: re-solve with the project forced in, or check only')
        .choices(['auto', 'resolve', 'check'])
        .default('auto'),
    )
    .option('--timing', 'also report the time spent inside the solver')
    .option(
      '--time-limit <seconds>',
      'seconds the solver may search before it returns its best programme with its optimality gap (0: no limit)',
      String(DEFAULT_TIME_LIMIT),
    )
    .addHelpText(
      'after',
      `
Examples:
  plan select examples/oulmes
  plan select . --dry-run
  plan select . --capacity -20% --exclude P12 --require P07
  plan select . --sector-share education=0.1: --territory-share rural=0.5:
  plan select . --format json > programme.json

Exit codes: 0 programme written; 1 inputs with errors, or no programme meets the constraints; 2 usage or I/O error.`,
    )
    .action(async (workspace: string | undefined, flags: SelectFlags) => ctx.exit(await jsonOnUsage(() => run(workspace, flags, ctx.io), flags, ctx.io)));
}

async function run(workspace: string | undefined, flags: SelectFlags, io: CliIO): Promise<number> {
  const dir = workspace ? path.resolve(io.cwd, workspace) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const lang = resolveLang(flags.lang, workspaceLang(dir), io.env);
  const style = { format: flags.format, lang };
  const ws = await loadWorkspace(dir, { lang, display: displayFrom(io.cwd) });
  const plan = ws.plan;
  // A project or finance file that failed its schema would silently shrink the problem: stop instead.
  if (
    !plan.manifest ||
    !plan.priorities ||
    !plan.finance ||
    !plan.projects.length ||
    plan.invalid.has('project') ||
    plan.invalid.has('finance') ||
    plan.invalid.has('commune')
  )
    return reportLoadProblems(ws, io, td('sel.missing', lang), style);

  const input = prepareRanking(plan, lang);
  if (input.diagnostics.some((d) => d.severity === 'error')) return printDiagnostics(input.diagnostics, ws, io, style);
  const ranked = rankPriorities(input.criteria, input.items, input.tieBreak);
  const stored = new Map(plan.priorities.data.priorities.map((p) => [p.id, p.weighted_score]));
  if (ranked.some((r) => stored.get(r.id) !== r.weighted_score)) io.stderr.write(td('sel.stale', lang) + '\n');

  const ids = plan.projects.map((p) => p.data.id);
  for (const [flag, list] of [
    ['--require', flags.require],
    ['--exclude', flags.exclude],
  ] as const)
    for (const id of list) if (!ids.includes(id)) throw new UsageError(td('usage.unknownProject', lang, { flag, id }) + hint(id, ids, lang));
  for (const id of flags.require) if (flags.exclude.includes(id)) throw new UsageError(td('usage.both', lang, { id }));
  const cliBounds = [
    ...flags.sectorShare.map((s) => parseShare('sector', s, [...SECTORS], lang)),
    ...flags.territoryShare.map((s) => parseShare('territory', s, territoryKeys(plan), lang)),
  ];
  // The plan's own selection rules (finance.yaml `selection`), then the command line's, which win for the same key.
  const planned = planSelection(plan, lang);
  if (planned.diagnostics.length) return printDiagnostics(planned.diagnostics, ws, io, style);
  const sameKey = (a: ShareBound, b: ShareBound) => a.kind === b.kind && a.key === b.key;
  const bounds = [...planned.bounds.filter((b) => !cliBounds.some((c) => sameKey(b, c))), ...cliBounds];
  const capacityRule: CapacityRule = flags.capacityBeyond ?? planned.capacityRule ?? 'last';

  const scores = new Map(ranked.map((r) => [r.id, r.weighted_score]));
  const opts = {
    fixedYears: !!flags.fixedYears,
    capacityFactor: parseCapacity(flags.capacity, lang),
    capacityRule,
    require: flags.require,
    exclude: flags.exclude,
    bounds,
  };
  const { model, locate } = buildSelectionModel(plan, scores, opts);
  const { loadHighsSolver, HIGHS_VERSION } = await import('../../core/decide/highs-solver.js');
  const highs = await loadHighsSolver();
  const timeLimit = parseTimeLimit(flags.timeLimit, lang);
  const sel = selectProgramme(model, highs.solve, flags.explain, timeLimit ? { timeLimit } : {});

  if (sel.status === 'infeasible') {
    const reqOf = (id: string) => model.candidates.find((c) => c.id === id)?.required;
    const groups = sel.conflict!.groups;
    const main = groups.map(locate).find(Boolean) ?? { file: plan.finance.file, path: [] };
    const ds: Diagnostic[] = [{ ...main, code: 'PAC-DEC-010', severity: 'error', message: conflictText(sel.conflict!, reqOf, lang) }];
    for (const g of groups) {
      const at = locate(g);
      if (at && !(at.file === main.file && at.path.join('/') === main.path.join('/')))
        ds.push({ ...at, code: 'PAC-DEC-010', severity: 'info', message: td('conflict.part', lang, { what: groupText(g, sel.conflict!, reqOf, lang) }) });
    }
    return printDiagnostics(ds, ws, io, style);
  }
  if (sel.status === 'unbounded')
    return printDiagnostics([{ file: plan.finance.file, path: [], code: 'PAC-DEC-011', severity: 'error', message: td('sel.unbounded', lang) }], ws, io, style);
  if (sel.status === 'timeout') {
    const message = td('sel.timeout', lang, { seconds: flags.timeLimit });
    io.stderr.write(message + '\n');
    // stdout stays JSON with --format json: the report with the reason.
    jsonUsage(new UsageError(message), io, style);
    return EXIT.findings;
  }
  if (sel.status !== 'optimal' && sel.status !== 'feasible') throw new Error(td('sel.error', lang, { detail: sel.detail }));
  const gapText = `${formatNumber(Math.round(sel.gap * 10000) / 100, lang)} %`;
  if (sel.status === 'feasible') io.stderr.write(td('sel.notProven', lang, { seconds: flags.timeLimit, gap: gapText }) + '\n');

  const proof = sel.status === 'optimal' ? 'optimum' : `time limit ${timeLimit} s, gap ≤ ${(sel.gap * 100).toFixed(2)} %`;
  const generatedBy = `plan select ${VERSION} · HiGHS ${HIGHS_VERSION} · ${proof}${describe(flags)}`;
  const programme = programmeData(model, sel, generatedBy, programmeFingerprint(plan));
  const served = new Set(plan.projects.filter((p) => sel.assignment.has(p.data.id)).flatMap((p) => p.data.priority_ids));
  const unserved = ranked.filter((r) => !served.has(r.id)).map((r) => r.id);
  const report = formatSelection(
    {
      model,
      selection: sel,
      programme,
      ranked,
      unserved,
      capacityRule,
      solver: { solves: highs.clock.solves, ...(flags.timing ? { seconds: highs.clock.seconds } : {}) },
    },
    flags.format,
    lang,
  );
  io.stdout.write(report);
  const y = openYaml(path.join(dir, 'finance.yaml'));
  writeProgramme(y.doc, programme);
  const { written, diff } = await saveYaml(y, { dryRun: flags.dryRun });
  const note = flags.dryRun ? diff : td(written ? 'write.done' : 'write.same', lang, { file: plan.finance.file }) + '\n';
  (flags.format === 'table' ? io.stdout : io.stderr).write((flags.format === 'table' ? '\n' : '') + note);
  return EXIT.ok;
}

/** Seconds, or 0 for no limit. */
function parseTimeLimit(s: string, lang: Lang): number {
  const v = Number(s);
  if (!/^\d+(\.\d+)?$/.test(s.trim()) || !Number.isFinite(v)) throw new UsageError(td('usage.timeLimit', lang, { value: s }), lang);
  return v;
}

/** `+10%` → 1.1; `-15%` → 0.85. */
function parseCapacity(s: string | undefined, lang: Lang): number {
  if (s === undefined) return 1;
  const m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(s.trim());
  if (!m || 1 + Number(m[1]) / 100 < 0) throw new UsageError(td('usage.capacity', lang, { value: s }), lang);
  return 1 + Number(m[1]) / 100;
}

/** `key=min:max` with shares in 0..1, either side optional. */
function parseShare(kind: 'sector' | 'territory', s: string, keys: string[], lang: Lang): ShareBound {
  const m = /^([^=]+)=([0-9.]*):([0-9.]*)$/.exec(s.trim());
  const flag = kind === 'sector' ? '--sector-share' : '--territory-share';
  const args = { flag, value: s };
  if (!m || (!m[2] && !m[3])) throw new UsageError(td('usage.shareForm', lang, args), lang);
  const key = m[1]!;
  if (!keys.includes(key)) throw new UsageError(td('usage.shareKey', lang, { ...args, key, keys: keys.join(', ') }), lang);
  const min = m[2] ? Number(m[2]) : undefined;
  const max = m[3] ? Number(m[3]) : undefined;
  for (const v of [min, max]) if (v !== undefined && !(v >= 0 && v <= 1)) throw new UsageError(td('usage.shareRange', lang, args), lang);
  if (min !== undefined && max !== undefined && min > max) throw new UsageError(td('usage.shareOrder', lang, args), lang);
  return { kind, key, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** The what-if flags, recorded in generated_by so the file says how it was produced. */
function describe(f: SelectFlags): string {
  const parts: string[] = [];
  if (f.fixedYears) parts.push('--fixed-years');
  if (f.capacity) parts.push(`--capacity ${f.capacity}`);
  if (f.capacityBeyond) parts.push(`--capacity-beyond ${f.capacityBeyond}`);
  if (f.require.length) parts.push(`--require ${f.require.join(',')}`);
  if (f.exclude.length) parts.push(`--exclude ${f.exclude.join(',')}`);
  for (const s of f.sectorShare) parts.push(`--sector-share ${s}`);
  for (const s of f.territoryShare) parts.push(`--territory-share ${s}`);
  return parts.length ? ` · ${parts.join(' ')}` : '';
}

function hint(id: string, ids: string[], lang: 'ar' | 'fr' | 'en'): string {
  if (!ids.length) return '';
  const guess = closest(id, ids);
  return guess ? ` (${lang === 'ar' ? 'هل تقصد' : lang === 'fr' ? 'vouliez-vous dire' : 'did you mean'} ${guess}?)` : '';
}
