// The workspace lock: every command that edits a workspace holds it while it reads, changes and writes
// a file, so that two commands started together never lose each other's edits.
//
// Like git's index.lock, the lock is a file created with O_EXCL (`.plan.lock` in the workspace folder);
// unlike it, it records its holder (process id, host, command, start time) so that a lock left by a
// process that was killed is recognised and taken over, as npm's proper-lockfile does with stale locks.
// A command that finds the workspace locked waits for it (up to PLAN_LOCK_TIMEOUT seconds, default 30),
// then gives up with a message naming the holder.
//
// The API is synchronous on purpose: openYaml() is synchronous, and the wait is short.
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { alive } from './atomic-write.js';

/** The lock file's name in the workspace folder. */
export const LOCK_FILE = '.plan.lock';
/** A lock older than this is stale whatever its process id says (the id may have been reused). */
const MAX_AGE_MS = 10 * 60 * 1000;
/** A lock file still empty or unreadable after this long was left by a process killed while creating it. */
const HALF_WRITTEN_MS = 5000;

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

/** The workspace is locked by another command that is still running. */
export class LockBusyError extends Error {
  constructor(
    public readonly dir: string,
    public readonly file: string,
    public readonly holder: LockHolder,
  ) {
    super(`${file}: locked by process ${holder.pid} (${holder.command})`);
    this.name = 'LockBusyError';
  }
}

/** The lock could not be created for a reason of the file system. */
export class LockError extends Error {
  constructor(
    public readonly dir: string,
    public readonly code: string,
  ) {
    super(`${dir}: cannot lock (${code})`);
    this.name = 'LockError';
  }
}

/** The file changed on disk between openYaml() and saveYaml(), by a program that does not lock. */
export class EditConflictError extends Error {
  constructor(public readonly file: string) {
    super(`${file} changed meanwhile`);
    this.name = 'EditConflictError';
  }
}

/** A held lock. Release it once; releasing twice does nothing. */
export interface Lock {
  readonly dir: string;
  release(): void;
}

// Locks held by this process, by workspace folder: a command that opens two files of one workspace
// takes the lock once (re-entrant), and it is removed when the last holder releases it.
const held = new Map<string, { count: number; file: string; token: string }>();

/** The command line recorded in the lock, for the message another command shows. */
let commandLine = ['plan', ...process.argv.slice(2)].join(' ').slice(0, 200);
/** Sets the command recorded in lock files (the CLI sets it from its argv). */
export function setLockCommand(cmd: string): void {
  commandLine = cmd.slice(0, 200);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The workspace a file belongs to: the folder of plan.yaml at or above its folder (projects/ and followup/ are one level down). */
export function workspaceOf(file: string): string {
  const dir = path.dirname(path.resolve(file));
  if (existsSync(path.join(dir, 'plan.yaml'))) return dir;
  const parent = path.dirname(dir);
  // projects/ and followup/ are the folders of the kinds with one file per entry (src/core/schema/kinds.ts).
  if (['projects', 'followup'].includes(path.basename(dir)) && existsSync(path.join(parent, 'plan.yaml'))) return parent;
  return dir;
}

/**
 * Locks the workspace `dir`, waiting while another live command holds it (at most `timeoutMs`).
 * Throws LockBusyError when the wait ends, LockError when the lock file cannot be created.
 */
export function lockWorkspace(dir: string, opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Lock {
  const key = path.resolve(dir);
  const mine = held.get(key);
  if (mine) {
    mine.count++;
    return handle(key);
  }
  const file = path.join(key, LOCK_FILE);
  const envTimeout = Number((opts.env ?? process.env).PLAN_LOCK_TIMEOUT);
  const timeoutMs = opts.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout >= 0 ? envTimeout * 1000 : 30_000);
  const deadline = Date.now() + timeoutMs;
  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const me: LockHolder & { token: string } = { pid: process.pid, host: hostname(), command: commandLine, since: new Date().toISOString(), token };
  let wait = 10;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify(me) + '\n');
      } finally {
        closeSync(fd);
      }
      held.set(key, { count: 1, file, token });
      return handle(key);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      if (code !== 'EEXIST') throw new LockError(key, code);
    }
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (isStale(file, holder)) {
      takeOver(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(key, file, holder ?? { pid: 0, host: '?', command: '?', since: '?' });
    sleep(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, 200);
  }
}

function handle(key: string): Lock {
  let done = false;
  return {
    dir: key,
    release() {
      if (done) return;
      done = true;
      const h = held.get(key);
      if (!h || --h.count > 0) return;
      held.delete(key);
      removeIfOurs(h.file, h.token);
    },
  };
}

/** Releases every lock this process holds (the CLI calls it when a command ends, however it ends). */
export function releaseAllLocks(): void {
  for (const [key, h] of held) {
    held.delete(key);
    removeIfOurs(h.file, h.token);
  }
}

// A process that ends without releasing (an uncaught error, process.exit) still removes its locks.
process.once('exit', releaseAllLocks);

function removeIfOurs(file: string, token: string): void {
  try {
    if (readFileSync(file, 'utf8').includes(`"token":"${token}"`)) unlinkSync(file);
  } catch {
    // already gone
  }
}

/** The holder recorded in the lock file; undefined when it cannot be read or parsed; 'gone' when it vanished. */
function readHolder(file: string): (LockHolder & { token?: string }) | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

/** A lock whose process is gone (same host), or that is too old, or half-written long ago. */
function isStale(file: string, holder: LockHolder | undefined): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(file).mtimeMs;
  } catch {
    return false;
  }
  if (!holder) return age > HALF_WRITTEN_MS;
  if (age > MAX_AGE_MS) return true;
  return holder.host === hostname() && !alive(holder.pid);
}

/**
 * Removes a stale lock. Two commands may find the same stale lock at once: the removal is guarded by
 * a second O_EXCL file, and the lock is re-read under that guard, so one command never removes the
 * fresh lock another has just created in place of the stale one.
 */
function takeOver(file: string, stale: (LockHolder & { token?: string }) | undefined): void {
  const guard = `${file}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch {
    // Another command is taking it over; a guard left by a killed process expires.
    try {
      if (Date.now() - statSync(guard).mtimeMs > HALF_WRITTEN_MS) unlinkSync(guard);
    } catch {
      // gone meanwhile
    }
    sleep(20);
    return;
  }
  try {
    const now = readHolder(file);
    const same = now === undefined ? stale === undefined : now !== 'gone' && stale !== undefined && now.pid === stale.pid && now.since === stale.since;
    if (same) unlinkSync(file);
  } catch {
    // gone meanwhile
  } finally {
    closeSync(fd);
    try {
      unlinkSync(guard);
    } catch {
      // removed by a process that thought it expired
    }
  }
}
