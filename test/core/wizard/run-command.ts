// Runs one command module in-process the way src/cli/main.ts does (same exit-code rules), with
// captured output and a terminal or not, for the wizard and phase-command tests.
import { Command, CommanderError } from 'commander';
import { PassThrough } from 'node:stream';
import { UsageError } from '../../../src/cli/errors.js';
import type { CommandModule } from '../../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const MODULES: Record<string, () => Promise<CommandModule>> = {
  init: () => import('../../../src/cli/commands/init.js'),
  status: () => import('../../../src/cli/commands/status.js'),
  diagnosis: () => import('../../../src/cli/commands/phase.js'),
  consult: () => import('../../../src/cli/commands/phase.js'),
  add: () => import('../../../src/cli/commands/phase.js'),
  adopt: () => import('../../../src/cli/commands/phase.js'),
  validate: () => import('../../../src/cli/commands/validate.js'),
};

/** `plan …argv` in-process. */
export async function runCommand(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.tty ?? false;
  const io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin,
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  };
  const program = new Command('plan').exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  const mod = await MODULES[argv[0]!]!();
  mod.register(program, { io, exit: (c) => (code = Math.max(code, c)) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) code = err.code === 'commander.helpDisplayed' || err.code === 'commander.help' ? 0 : 2;
    else if (err instanceof UsageError) {
      stderr += `Usage error: ${err.message}\n`;
      code = 2;
    } else {
      stderr += `Internal error: ${(err as Error).stack}\n`;
      code = 2;
    }
  }
  return { code, stdout, stderr };
}
