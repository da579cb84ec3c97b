// Command-line side of a wizard form: one flag per question, --answers FILE, --yes, and the rule that
// without a terminal nothing is ever asked — missing answers are listed and the exit code is 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import { collectAnswers, type AnswerProblem } from '../../../core/wizard/collect-answers.js';
import { flagOf, type Answers, type Form, type FormContext } from '../../../core/wizard/question.js';
import { tw } from '../../../i18n/wizard.js';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../../io.js';

/** Options every form command shares. */
export interface FormFlags {
  answers?: string;
  yes?: boolean;
  lang?: string;
  [flag: string]: unknown;
}

const camel = (id: string) => id.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Declares one option per question of `form` (except those the command declares itself). */
export function addFormOptions(cmd: Command, form: Form, skip: string[] = []): Command {
  for (const q of form.questions) {
    if (skip.includes(q.id)) continue;
    cmd.option(`${flagOf(q.id)} <value>`, tw(q.message ?? `q.${q.id}`, 'en'));
  }
  return cmd
    .option('--answers <file>', 'answers file (YAML or JSON), keys as the flags with _ for -')
    .option('-y, --yes', 'never ask: take proposed defaults; fail listing what is still missing');
}

/** Reads an answers file: a YAML or JSON mapping from question ids to answers. */
export function readAnswersFile(file: string, cwd: string, lang: Lang): Answers {
  const abs = path.resolve(cwd, file);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(abs, 'utf8'));
  } catch (err) {
    throw new UsageError(tw('w.answersFile', lang, { file, detail: (err as Error).message }), lang);
  }
  // An empty file answers nothing; anything but a mapping is a mistake worth saying.
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(tw('w.answersFile', lang, { file, detail: 'mapping expected' }), lang);
  // Keys may be written with dashes, as the flags are.
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k.replace(/-/g, '_'), v]));
}

/** The given answers: the answers file, then the flags over it. */
export function givenAnswers(form: Form, flags: FormFlags, cwd: string, lang: Lang): Answers {
  const given: Answers = flags.answers ? readAnswersFile(flags.answers, cwd, lang) : {};
  for (const q of form.questions) {
    const v = flags[camel(q.id)];
    if (v !== undefined) given[q.id] = v;
  }
  return given;
}

/** True when questions may be asked: a terminal on both sides and no --yes. */
export const canPrompt = (io: CliIO, flags: FormFlags): boolean => !flags.yes && !!io.stdin.isTTY && !!io.stdout.isTTY;

/** Runs the form; null when the user cancelled at a prompt. Throws UsageError listing what is missing or refused. */
export async function runForm(form: Form, flags: FormFlags, io: CliIO, ctx: FormContext, extraGiven: Answers = {}): Promise<Answers | null> {
  const lang = ctx.lang;
  const given = { ...givenAnswers(form, flags, io.cwd, lang), ...extraGiven };
  const interactive = canPrompt(io, flags);
  const prompts = interactive ? await import('../../../io/prompts.js') : undefined;
  try {
    const got = await collectAnswers(form, {
      given,
      interactive,
      acceptDefaults: !!flags.yes,
      ask: prompts?.ask,
      t: (k, a) => tw(k, lang, a),
      ctx,
    });
    if (got.missing.length || got.invalid.length) throw new UsageError(problemList(got.missing, got.invalid, lang), lang);
    return got.answers;
  } catch (err) {
    if ((err as Error)?.name === 'PromptCancelled') {
      io.stderr.write(tw('w.cancelled', lang) + '\n');
      return null;
    }
    throw err;
  }
}

/** The text listing unanswered and refused questions, one per line, flag first. */
export function problemList(missing: AnswerProblem[], invalid: AnswerProblem[], lang: Lang): string {
  const lines: string[] = [];
  if (invalid.length) {
    lines.push(tw('w.invalid', lang));
    for (const p of invalid) lines.push(`  ${p.flag}  ${p.question}: ${p.reason}`);
  }
  if (missing.length) {
    lines.push(tw('w.missing', lang));
    for (const p of missing)
      lines.push(`  ${p.flag}  ${p.question}${p.proposed !== undefined ? ` (${tw('w.proposed', lang, { value: p.proposed })})` : ''}`);
  }
  return lines.join('\n');
}
