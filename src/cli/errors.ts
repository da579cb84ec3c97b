// Typed exits: the one place that decides exit codes is src/cli/main.ts.

/** A usage or I/O problem the user can fix: message shown, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
