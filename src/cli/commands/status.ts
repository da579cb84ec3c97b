// `plan status [workspace]`: where the plan stands in the five phases, what each still lacks with
// its article, the next actions, and the legal calendar with the days left.
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { lookup, resolveLang } from '../../i18n/catalog.js';
import { statusMessages, ts } from '../../i18n/status.js';
import { workspaceLang } from '../../io/validate-run.js';
import { isWorkspace } from '../../io/load-workspace.js';
import { isIsoDay } from '../../core/rules/adoption/dates.js';
import { findWorkspace } from '../../io/targets.js';
import { displayFrom } from '../../io/display-path.js';

interface StatusFlags {
  format: 'pretty' | 'json' | 'csv';
  lang?: string;
  today?: string;
}

/** Adds `plan status` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('status')
    .description('where the plan stands: checklist per phase with articles, next actions, calendar / état du plan / وضعية البرنامج')
    .argument('[workspace...]', 'plan workspace (default: the current folder); several give one line each (a portfolio)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'csv']).default('pretty'))
    .addOption(new Option('-l, --lang <lang>', 'language of the messages (default: plan.yaml lang, then LANG)').choices(['ar', 'fr', 'en']))
    .option('--today <date>', 'count the days left from this date (YYYY-MM-DD) instead of today')
    .addHelpText(
      'after',
      `
Examples:
  plan status examples/oulmes
  plan status . --today 2022-03-01 --lang ar
  plan status communes/oulmes --format json
  plan status communes/* --format csv   (one line per workspace)

States: [x] done  [ ] missing  [!] warning  [E] error  [-] rule turned off.
Exit codes: 0 shown; 2 not a workspace or bad option.`,
    )
    .action(async (ws: string[], flags: StatusFlags) =>
      ctx.exit(
        // Several workspaces, or CSV: one line per workspace (src/cli/commands/status/portfolio.ts).
        ws.length > 1 || flags.format === 'csv'
          ? await (await import('./status/portfolio.js')).runPortfolio(ws.length ? ws : ['.'], flags, ctx)
          : await run(ws[0], flags, ctx),
      ),
    );
}

async function run(ws: string | undefined, flags: StatusFlags, { io }: CommandContext): Promise<number> {
  const dir = ws ? path.resolve(io.cwd, ws) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const lang = resolveLang(flags.lang, workspaceLang(dir), io.env);
  if (!(await isWorkspace(dir))) throw new UsageError(ts('s.noWorkspace', lang, { dir: ws ?? '.' }), lang);
  if (flags.today !== undefined && !isIsoDay(flags.today)) throw new UsageError(ts('s.badToday', lang), lang);
  const [{ checkWorkspace, localToday }, { RULES, ruleByCode }, { planStatus }, { renderStatus, itemTitle }] = await Promise.all([
    import('../../io/check-workspace.js'),
    import('../../core/rules/registry.js'),
    import('../../core/status/plan-status.js'),
    import('../../core/status/render-status.js'),
  ]);
  const display = displayFrom(io.cwd);
  const today = flags.today ?? localToday();
  const checked = await checkWorkspace(dir, { lang, display, today });
  const report = planStatus(checked, RULES, today);
  const words = (k: string, a?: Record<string, string | number>) => lookup(statusMessages, k, lang, a);
  const ruleTitle = (code: string) => ruleByCode(code)?.title[lang] ?? code;
  // Temporary files of a killed write (found and removed while loading), said as plan validate says them.
  for (const d of checked.diagnostics.filter((x) => x.code === 'PAC-FIL-008')) io.stderr.write(`${d.file}  ${d.code}  ${d.message}\n`);
  if (flags.format === 'json') {
    // The JSON carries the titles too, so a dashboard needs no catalogue.
    const phases = report.phases.map((p) => ({
      ...p,
      name: words(`phase.${p.phase}`),
      items: p.items.map((i) => ({ ...i, title: itemTitle(i.id, i.source, { words, ruleTitle }) })),
    }));
    io.stdout.write(
      JSON.stringify({ ...report, lang, phases, current_name: report.current === 6 ? words('s.allDone') : words(`phase.${report.current}`) }, null, 2) + '\n',
    );
  } else {
    io.stdout.write(renderStatus(report, { lang, words, ruleTitle, isolate: io.env.PLAN_BIDI !== 'none' }));
  }
  return EXIT.ok;
}
