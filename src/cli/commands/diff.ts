// `plan diff [workspace]`: what the open (or adopted) update changes against the adopted version frozen
// in history/<n>/; `plan diff A B`: what workspace B changes against workspace A. Text for people, JSON
// for machines (shape in docs/update.md).
import { displayFrom } from '../../io/display-path.js';
import { Option, type Command } from 'commander';
import path from 'node:path';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveLang } from '../../i18n/catalog.js';
import { tu } from '../../i18n/update.js';

interface DiffFlags {
  lang?: string;
  format: 'text' | 'json';
}

/** Adds `plan diff` to the program. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description(tu('cmd.diff', resolveLang(undefined, undefined, ctx.io.env)))
    .argument('[workspace]', 'plan workspace with an open update (default: the one holding the current folder)')
    .argument('[other]', 'a second workspace: show what it changes against the first')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'language of the text (default: plan.yaml lang, then LANG)').choices(['ar', 'fr', 'en']))
    .addHelpText(
      'after',
      `
Examples:
  plan diff                         (the open update against history/<n>/)
  plan diff communes/oulmes --format json
  plan diff oulmes-2023 oulmes-2025 --lang ar

Exit codes: 0 shown; 2 not a workspace, no update to compare with, or bad option.`,
    )
    .action(async (ws: string | undefined, other: string | undefined, flags: DiffFlags) => ctx.exit(await run(ws, other, flags, ctx)));
}

async function run(ws: string | undefined, other: string | undefined, flags: DiffFlags, { io }: CommandContext): Promise<number> {
  const [{ openWorkspace }, { diffPlans, changeCount }, { diffText }, { isWorkspace }] = await Promise.all([
    import('./update/open-workspace.js'),
    import('../../core/update/plan-diff.js'),
    import('../../core/update/diff-sections.js'),
    import('../../io/load-workspace.js'),
  ]);
  const show = displayFrom(io.cwd);
  const first = await openWorkspace(ws, flags, io);
  const { lang } = first;
  let base = first;
  let next = first;
  let heading: string;
  const update = first.plan.manifest?.data.update;
  if (other !== undefined) {
    next = await openWorkspace(other, flags, io, lang);
    heading = tu('d.headPair', lang, { a: show(base.dir), b: show(next.dir) });
  } else {
    if (!update) throw new UsageError(tu('d.noUpdate', lang, { dir: show(first.dir) }), lang);
    const baseDir = path.join(first.dir, ...update.base.split('/'));
    if (!(await isWorkspace(baseDir))) throw new UsageError(tu('d.baseMissing', lang, { base: show(baseDir) }), lang);
    base = await openWorkspace(baseDir, flags, io, lang);
    heading = tu('d.headUpdate', lang, { n: update.number, base: update.base });
  }
  const diff = diffPlans(base.plan, next.plan);
  if (flags.format === 'json') {
    const out = {
      format: 1,
      base: show(base.dir),
      target: show(next.dir),
      update: other === undefined ? (update ?? null) : null,
      count: changeCount(diff),
      ...diff,
    };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else io.stdout.write(diffText(diff, heading, lang));
  return EXIT.ok;
}
