// `plan status ws1 ws2 …` (or `--format csv`): one line per workspace, checked one after another so
// that memory stays flat however many there are; a progress bar on stderr when it is a terminal.
import path from 'node:path';
import type { CommandContext } from '../../main.js';
import { EXIT, UsageError } from '../../errors.js';
import { isIsoDay } from '../../../core/rules/adoption/dates.js';
import { lookup, resolveLang } from '../../../i18n/catalog.js';
import { statusMessages, ts } from '../../../i18n/status.js';
import { portfolioMessages } from '../../../i18n/portfolio.js';
import { isWorkspace } from '../../../io/load-workspace.js';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import { displayFrom } from '../../../io/display-path.js';

export interface PortfolioFlags {
  format: 'pretty' | 'json' | 'csv';
  lang?: string;
  today?: string;
}

/** Prints the portfolio of `inputs` (workspace folders); exit 2 when one of them is not a workspace. */
export async function runPortfolio(inputs: readonly string[], flags: PortfolioFlags, { io }: CommandContext): Promise<number> {
  const lang: Lang = resolveLang(flags.lang, undefined, io.env);
  if (flags.today !== undefined && !isIsoDay(flags.today)) throw new UsageError(ts('s.badToday', lang), lang);
  const [{ checkWorkspace, localToday }, { RULES }, { planStatus }, { portfolioLine, portfolioCsv, portfolioText }] = await Promise.all([
    import('../../../io/check-workspace.js'),
    import('../../../core/rules/registry.js'),
    import('../../../core/status/plan-status.js'),
    import('../../../core/status/portfolio.js'),
  ]);
  const display = displayFrom(io.cwd);
  const today = flags.today ?? localToday();
  const progress = await startProgress(io, inputs.length);
  const lines = [];
  const problems: string[] = [];
  let code: number = EXIT.ok;
  for (const input of inputs) {
    const dir = path.resolve(io.cwd, input);
    if (!(await isWorkspace(dir))) {
      problems.push(ts('s.noWorkspace', lang, { dir: input }));
      code = EXIT.usage;
    } else {
      const checked = await checkWorkspace(dir, { lang, display, today });
      lines.push(portfolioLine(display(dir), planStatus(checked, RULES, today), checked.plan));
    }
    progress.tick();
  }
  progress.stop();
  for (const p of problems) io.stderr.write(p + '\n');
  if (flags.format === 'json') io.stdout.write(JSON.stringify({ today, lang, workspaces: lines }, null, 2) + '\n');
  else if (flags.format === 'csv') io.stdout.write(portfolioCsv(lines));
  else
    io.stdout.write(
      portfolioText(lines, { lang, words: (k, a) => lookup(portfolioMessages, k, lang, a), phaseName: (n) => lookup(statusMessages, `phase.${n}`, lang) }),
    );
  return code;
}

// A progress bar on a terminal (loaded only then); nothing otherwise.
async function startProgress(io: CommandContext['io'], total: number) {
  const plain = { tick: () => {}, stop: () => {} };
  if (!io.stderr.isTTY || total < 2) return plain;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as unknown as NodeJS.WritableStream, format: 'plan status [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
