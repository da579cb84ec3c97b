// Typed exits: the one place that decides exit codes is src/cli/main.ts.

import type { Lang } from '../core/diagnostics/diagnostic.js';

/**
 * A usage or I/O problem the user can fix: message shown, exit code 2. `lang` is the language the
 * message was written in, so that the "usage error" prefix speaks the same one.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly lang?: Lang,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes of every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
