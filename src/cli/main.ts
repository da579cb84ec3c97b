// The command-line program: parses argv, runs one command, returns its exit code (never exits itself).
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError } from './errors.js';
import { processIO, type CliIO } from './io.js';
import { t } from '../i18n/messages.js';
import { resolveLang } from '../i18n/catalog.js';
import { VERSION } from './version.js';
import { loadCommand } from './command-loader.js';
import { tio } from '../i18n/io.js';
import { FileExistsError, WriteError, writeReason } from '../io/atomic-write.js';
import { EditConflictError, LockBusyError, LockError, releaseAllLocks, setLockCommand } from '../io/lock.js';
import { displayFrom } from '../io/display-path.js';

/** What a command module exports: it adds its command(s) to the program. */
export interface CommandModule {
  register(program: Command, ctx: CommandContext): void;
}

/** Given to every command: the I/O and a way to set the exit code. */
export interface CommandContext {
  io: CliIO;
  exit(code: number): void;
}

// Each command is imported only when it runs, so `plan validate` never loads the renderer or the wizard.
// Command name → module file under ./commands/ (several names may share a module).
export const COMMANDS: Record<string, string> = {
  init: 'init',
  status: 'status',
  diagnosis: 'phase',
  consult: 'phase',
  add: 'phase',
  adopt: 'phase',
  validate: 'validate',
  rules: 'rules',
  prioritize: 'prioritize',
  select: 'select',
  render: 'render',
  report: 'report',
  doctor: 'doctor',
  edit: 'edit',
  remove: 'remove',
  completion: 'completion',
  __complete: 'completion',
  export: 'export',
  track: 'track',
  update: 'update',
  diff: 'diff',
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  // `plan -v` prints the version, as `plan -V` and `plan --version` do.
  if (argv[0] === '-v') argv = ['--version', ...argv.slice(1)];
  let code: number = EXIT.ok;
  quietOnClosedPipe(io);
  const ctx: CommandContext = { io, exit: (c) => (code = Math.max(code, c)) };
  const program = new Command('plan')
    .description('Programme d’action de la commune (PAC) · برنامج عمل الجماعة · commune action plan toolkit')
    .version(VERSION, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  setLockCommand(['plan', ...argv].join(' '));
  try {
    for (const mod of await commandModules(argv)) mod.register(program, ctx);
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    return handle(err, io);
  } finally {
    // However the command ended, the workspaces it locked are free again.
    releaseAllLocks();
  }
  return code;
}

/** A reader that stops early (`plan prioritize | head`) closes the pipe: the rest of the output is dropped quietly. */
function quietOnClosedPipe(io: CliIO): void {
  for (const s of [io.stdout, io.stderr] as Array<{
    on?: (e: string, f: (err: NodeJS.ErrnoException) => void) => unknown;
    listenerCount?: (e: string) => number;
  }>) {
    if (typeof s.on !== 'function' || (s.listenerCount?.('error') ?? 0) > 0) continue;
    s.on('error', (err) => {
      if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
    });
  }
}

async function commandModules(argv: string[]): Promise<CommandModule[]> {
  const name = argv.find((a) => !a.startsWith('-'));
  // `plan --version` needs no command at all.
  if (!name && argv.some((a) => a === '-V' || a === '--version')) return [];
  const files = name && COMMANDS[name] ? [COMMANDS[name]] : [...new Set(Object.values(COMMANDS))];
  const mods: CommandModule[] = [];
  for (const file of files) {
    try {
      mods.push(await loadCommand(file));
    } catch (err) {
      // A command whose module is not built in this version is simply absent from the program.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' || !String(err).includes('/commands/')) throw err;
    }
  }
  return mods;
}

function handle(err: unknown, io: CliIO): number {
  const lang = resolveLang(undefined, undefined, io.env);
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    io.stderr.write(t('cli.usage', err.lang ?? lang, { detail: err.message }) + '\n');
    return EXIT.usage;
  }
  // Ordinary problems of the file system are I/O errors (exit 2) said in words, never "internal".
  const io2 = ioErrorMessage(err, lang, io.cwd);
  if (io2) {
    io.stderr.write(io2 + '\n');
    return EXIT.usage;
  }
  const detail = err instanceof Error ? err.message : String(err);
  io.stderr.write(t('cli.internal', lang, { detail }) + '\n');
  if (io.env.PLAN_DEBUG && err instanceof Error) io.stderr.write(String(err.stack) + '\n');
  return EXIT.usage;
}

/** The message of a file-system error the user can fix (exists, permissions, lock…), or undefined. */
export function ioErrorMessage(err: unknown, lang: 'ar' | 'fr' | 'en', cwd: string): string | undefined {
  const show = displayFrom(cwd);
  if (err instanceof FileExistsError) return tio('write.exists', lang, { file: show(err.file) });
  if (err instanceof WriteError)
    return tio('write.failed', lang, { file: show(err.file), reason: tio(`write.reason.${err.reason}`, lang, { code: err.code }) });
  if (err instanceof LockBusyError)
    return tio('lock.busy', lang, { dir: show(err.dir), pid: err.holder.pid, command: err.holder.command, since: err.holder.since, file: show(err.file) });
  if (err instanceof LockError)
    return tio('lock.failed', lang, { dir: show(err.dir), reason: tio(`write.reason.${writeReason(err.code)}`, lang, { code: err.code }) });
  if (err instanceof EditConflictError) return tio('edit.changed', lang, { file: show(err.file) });
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const file = (err as NodeJS.ErrnoException | undefined)?.path;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof file === 'string')
    return tio('fs.failed', lang, { file: show(file), reason: tio(`write.reason.${code === 'ENOENT' ? 'missing' : writeReason(code)}`, lang, { code }) });
  return undefined;
}
