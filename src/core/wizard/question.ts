// A wizard question as data: the prompt, the flag and answers-file key, and the one parser that
// checks an answer whether it was typed at the prompt, given as a flag or read from a file.
import type { Lang } from '../diagnostics/diagnostic.js';

/** Answers gathered so far, by question id (typed values, after parsing). */
export type Answers = Record<string, unknown>;

/** A rejected answer: a message id in the wizard catalogue and its arguments. */
export interface AnswerError {
  error: string;
  args?: Record<string, string | number>;
}

/** What a parser returns: the typed value, or why the answer is refused. */
export type Parsed = { value: unknown } | AnswerError;

/** One entry of a list question. `label` is shown; `value` is what is stored; `keys` help filtering. */
export interface Choice {
  value: string;
  label: string;
  keys?: string[];
}

/** What a question may read besides the earlier answers: the language and data from the workspace. */
export interface FormContext {
  lang: Lang;
  /** Anything the form's builder loaded beforehand (reference lists, the current plan files). */
  data: Record<string, unknown>;
}

export type QuestionKind = 'text' | 'number' | 'select' | 'search' | 'multi' | 'confirm';

/** One question. Its id is the answers-file key; its flag is `--` + the id with dashes. */
export interface Question {
  id: string;
  kind: QuestionKind;
  /** Message id of the prompt in the wizard catalogue (default `q.<id>`). */
  message?: string;
  /** Asked only when this holds for the answers so far. */
  when?: (a: Answers, ctx: FormContext) => boolean;
  /** The choices of a list question, in display order. */
  choices?: (a: Answers, ctx: FormContext) => Choice[];
  /** The proposed answer (shown at the prompt, taken by --yes). */
  default?: (a: Answers, ctx: FormContext) => unknown;
  /** May be left unanswered. */
  optional?: boolean;
  /** Checks and types a raw answer (string from a prompt or flag, or a value from an answers file). */
  parse: (raw: unknown, a: Answers, ctx: FormContext) => Parsed;
  /** A compound answer asked through several prompts (e.g. financing lines); returns the raw answer. */
  interactive?: (ask: Ask, a: Answers, ctx: FormContext, t: Translate, proposed?: unknown) => Promise<unknown>;
}

/** What the prompt module is asked to show: texts already translated, a validator already bound. */
export interface PromptSpec {
  id: string;
  kind: QuestionKind;
  message: string;
  /** A sentence explaining the question (why the default, what the law says). */
  help?: string;
  choices?: Choice[];
  default?: unknown;
  /** true, or the translated reason the raw answer is refused. */
  validate: (raw: unknown) => true | string;
  /** For a search: the translated line shown when nothing matches what was typed. */
  noMatch?: string;
}

/** The single prompt entry point (src/io/prompts.ts in the CLI, a script in tests). */
export type Ask = (spec: PromptSpec) => Promise<unknown>;

/** Translates a wizard message id. */
export type Translate = (key: string, args?: Record<string, string | number>) => string;

/** A whole form: its questions in order. */
export interface Form {
  id: string;
  questions: Question[];
}

/** The flag that answers a question, e.g. `mandate_start` → `--mandate-start`. */
export const flagOf = (id: string): string => `--${id.replace(/_/g, '-')}`;

/** True when a parse result is an error. */
export const isError = (p: Parsed): p is AnswerError => 'error' in p;
