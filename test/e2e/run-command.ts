// Runs one command module in-process the way src/cli/main.ts does (exit codes, usage errors), with
// captured output. The command is registered directly, so the test does not depend on main's loader.
import { Command, CommanderError } from 'commander';
import { PassThrough } from 'node:stream';
import { UsageError } from '../../src/cli/errors.js';
import type { CommandModule } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `plan <argv…>` with only `mod` registered. */
export async function runCommand(mod: CommandModule, argv: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: new PassThrough(),
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', PATH: process.env.PATH, ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  };
  const program = new Command('plan').exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  mod.register(program, { io, exit: (c) => (code = Math.max(code, c)) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof UsageError) return { code: 2, stdout, stderr: stderr + err.message + '\n' };
    if (err instanceof CommanderError) return { code: 2, stdout, stderr };
    throw err;
  }
  return { code, stdout, stderr };
}
