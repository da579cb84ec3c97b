// The one module that talks to the terminal for the wizard: every question goes through `ask`,
// so tests replace this module and script the answers.
import type { PromptSpec } from '../core/wizard/collect-answers.js';
import { filterChoices } from '../core/wizard/filter-choices.js';

/** Raised when the user interrupts a prompt (Ctrl-C, Ctrl-D): nothing has been written yet. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

/** Where prompts read and write: the process's terminal unless given. */
export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

let streams: PromptStreams = {};

/** Sets the streams the prompts use (the CLI passes its own when they are real terminals). */
export function usePromptStreams(s: PromptStreams): void {
  streams = s;
}

/** Asks one question and returns the raw answer (a string, a list of strings or a boolean). */
export async function ask(spec: PromptSpec): Promise<unknown> {
  const p = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false } as Parameters<typeof p.input>[1];
  const message = spec.help ? `${spec.message}\n  ${spec.help}\n ` : spec.message;
  const validate = (v: unknown) => spec.validate(v);
  const choices = (spec.choices ?? []).map((c) => ({ value: c.value, name: c.label }));
  try {
    switch (spec.kind) {
      case 'search':
        return await p.search(
          {
            message,
            pageSize: 12,
            // The proposed value (today's, when editing) comes first, so Enter keeps it. The library's own
            // "No results found" is English: an empty match shows the translated line instead.
            source: async (term) => {
              const found = filterChoices(spec.choices ?? [], term ?? '')
                .sort((a, b) => (term ? 0 : Number(b.value === spec.default) - Number(a.value === spec.default)))
                .map((c) => ({ value: c.value, name: c.label }));
              return found.length || !spec.noMatch ? found : [{ value: '', name: spec.noMatch, disabled: true }];
            },
            validate: (v) => validate(v),
          },
          context,
        );
      case 'select':
        return await p.select({ message, choices, default: spec.default === undefined ? undefined : String(spec.default), pageSize: 12 }, context);
      case 'multi': {
        const chosen = new Set(Array.isArray(spec.default) ? spec.default.map(String) : []);
        return await p.checkbox(
          { message, choices: choices.map((c) => ({ ...c, checked: chosen.has(c.value) })), validate: (v) => validate(v.map((x) => x.value)) },
          context,
        );
      }
      case 'confirm':
        return await p.confirm({ message, default: spec.default === undefined ? undefined : !!spec.default }, context);
      default:
        return await p.input({ message, default: spec.default === undefined ? undefined : String(spec.default), validate }, context);
    }
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw new PromptCancelled();
    throw err;
  }
}
