// `plan completion bash|zsh|fish`: a shell completion script. The script asks `plan __complete` for the
// words that fit at the cursor, so completion follows the commands, their options and value choices,
// rule codes, the kinds of entries, and the ids present in the workspace where the shell stands.
import { Command, type Option, type Command as Cmd } from 'commander';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { COMMANDS } from '../main.js';
import { loadCommand } from '../command-loader.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

const SCRIPTS: Record<(typeof SHELLS)[number], string> = {
  bash: `# plan completion for bash: add to ~/.bashrc:  eval "$(plan completion bash)"
_plan_complete() {
  local IFS=$'\\n'
  COMPREPLY=( $(plan __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) )
}
complete -o default -F _plan_complete plan
`,
  zsh: `# plan completion for zsh: add to ~/.zshrc:  eval "$(plan completion zsh)"
_plan() {
  local -a candidates
  candidates=("\${(@f)$(plan __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _plan plan
`,
  fish: `# plan completion for fish: plan completion fish > ~/.config/fish/completions/plan.fish
complete -c plan -f -a '(plan __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};

/** Adds `plan completion <shell>` and the hidden `plan __complete <words…>` it calls. */
export function register(program: Command, ctx: CommandContext): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh, fish) / complétion / الإكمال')
    .argument('<shell>', SHELLS.join(' | '))
    .addHelpText('after', '\nExamples:\n  eval "$(plan completion bash)"\n  plan completion fish > ~/.config/fish/completions/plan.fish\n')
    .action((shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`completion ${shell}: ${SHELLS.join(', ')}`);
      ctx.io.stdout.write(SCRIPTS[shell as (typeof SHELLS)[number]]);
      ctx.exit(EXIT.ok);
    });
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const out = await complete(words ?? [], ctx.io.cwd);
      if (out.length) ctx.io.stdout.write(out.join('\n') + '\n');
    });
}

/** Every command with its options, registered on a program that is never run. */
async function fullProgram(): Promise<Command> {
  const program = new Command('plan').option('-v, --version').option('-h, --help');
  const ctx = {
    io: { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, env: {}, cwd: '.' },
    exit: () => {},
  } as unknown as CommandContext;
  for (const file of new Set(Object.values(COMMANDS))) {
    if (file === 'completion') continue;
    try {
      (await loadCommand(file)).register(program, ctx);
    } catch {
      // A command whose module is not built is simply not offered.
    }
  }
  return program;
}

const visible = (c: Cmd) => c.commands.filter((s) => s.name() !== 'help' && !(s as unknown as { _hidden?: boolean })._hidden);
const flags = (c: Cmd) => (c.options as readonly Option[]).flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));

/** The words that may follow `words` (the last one is the word being typed, possibly empty). */
export async function complete(words: string[], cwd: string): Promise<string[]> {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const program = await fullProgram();
  program.command('completion').argument('<shell>');
  // Walk down the subcommands named so far.
  let cmd: Cmd = program;
  const positional: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const w = before[i]!;
    const sub = visible(cmd).find((s) => s.name() === w);
    if (sub && !positional.length) {
      cmd = sub;
      continue;
    }
    if (w.startsWith('-')) {
      const opt = (cmd.options as readonly Option[]).find((o) => o.long === w || o.short === w);
      if (opt && (opt.required || opt.optional)) i++;
      continue;
    }
    positional.push(w);
  }
  const prev = before[before.length - 1];
  const prevOpt = prev?.startsWith('-') ? (cmd.options as readonly Option[]).find((o) => o.long === prev || o.short === prev) : undefined;
  let candidates: string[];
  if (prevOpt && (prevOpt.required || prevOpt.optional)) candidates = await optionValues(prevOpt, cmd, cwd);
  else if (current.startsWith('-')) candidates = flags(cmd);
  else if (visible(cmd).length) candidates = visible(cmd).map((s) => s.name());
  else candidates = await positionals(cmd, positional, cwd);
  return [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
}

const RULE_OPTIONS = ['--disable', '--param'];

async function optionValues(opt: Option, cmd: Cmd, cwd: string): Promise<string[]> {
  if (opt.argChoices) return opt.argChoices;
  if (opt.long === '--year' && cmd.name() === 'report') return followupYears(cwd);
  if (opt.long && RULE_OPTIONS.includes(opt.long)) return ruleCodes(opt.long === '--param');
  if (opt.long === '--workspace') return [];
  void cmd;
  return [];
}

async function ruleCodes(withParams: boolean): Promise<string[]> {
  const { RULES } = await import('../../core/rules/registry.js');
  if (!withParams) return RULES.map((r) => r.code);
  return RULES.flatMap((r) => Object.keys(r.params ?? {}).map((p) => `${r.code}.${p}=`));
}

// `plan edit <kind> <id>` and `plan remove <kind> <id>`: the ids of that kind in the workspace here.
async function positionals(cmd: Cmd, positional: string[], cwd: string): Promise<string[]> {
  const parent = cmd.parent?.name();
  if ((parent === 'edit' || parent === 'remove') && positional.length === 0) return entryIds(cmd.name(), cwd);
  // `plan track project <id>`, `plan track indicator <id>`: the plan's projects and indicators.
  if (parent === 'track' && ['project', 'indicator'].includes(cmd.name()) && positional.length === 0) return entryIds(cmd.name(), cwd);
  if (cmd.name() === 'completion') return ['bash', 'zsh', 'fish'];
  if (cmd.name() === 'rules') return ruleCodes(false);
  return [];
}

// `plan report --year`: the years of the workspace's follow-up files (followup/<year>.yaml).
async function followupYears(cwd: string): Promise<string[]> {
  const [{ findWorkspace }, { readdirSync }, path] = await Promise.all([import('../../io/targets.js'), import('node:fs'), import('node:path')]);
  const ws = await findWorkspace(cwd);
  if (!ws) return [];
  try {
    return readdirSync(path.join(ws, 'followup'))
      .map((f) => /^(\d{4})\.ya?ml$/.exec(f)?.[1])
      .filter((y): y is string => !!y);
  } catch {
    return [];
  }
}

async function entryIds(kindName: string, cwd: string): Promise<string[]> {
  const [{ entryKind, listIds }, { findWorkspace }, { KIND_FILES }, { readFileSync, readdirSync }, path, { parse }] = await Promise.all([
    import('../../core/wizard/entries.js'),
    import('../../io/targets.js'),
    import('../../core/schema/kinds.js'),
    import('node:fs'),
    import('node:path'),
    import('yaml'),
  ]);
  const kind = entryKind(kindName);
  const ws = await findWorkspace(cwd);
  if (!kind || !ws) return [];
  try {
    if (!kind.list) {
      const dir = path.join(ws, 'projects');
      return readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => String((parse(readFileSync(path.join(dir, f), 'utf8')) as { id?: unknown })?.id ?? ''))
        .filter(Boolean);
    }
    let node = parse(readFileSync(path.join(ws, KIND_FILES[kind.file as keyof typeof KIND_FILES]), 'utf8')) as unknown;
    for (const k of kind.list) node = (node as Record<string, unknown> | undefined)?.[k];
    return Array.isArray(node) ? listIds(kind, node) : [];
  } catch {
    return [];
  }
}
