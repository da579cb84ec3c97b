// Command-line side of a wizard form: one flag per question, --answers FILE, --yes, and the rule that
// without a terminal nothing is ever asked — missing answers are listed and the exit code is 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import { collectAnswers, type AnswerProblem } from '../../../core/wizard/collect-answers.js';
import { flagOf, type Answers, type Form, type FormContext } from '../../../core/wizard/question.js';
import { tw, wizardCatalog } from '../../../i18n/wizard.js';
import { lookup } from '../../../i18n/catalog.js';
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
    cmd.option(`${flagOf(q.id)} <value>`, lookup(wizardCatalog, q.message ?? `q.${q.id}`, 'en'));
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
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(tw('w.answersFile', lang, { file, detail: 'mapping expected' }), lang);
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

/** How a form run keeps and resumes typed answers, and what an edit proposes. */
export interface RunFormOptions {
  /** Today's values of the entry being edited. */
  prefill?: Answers;
  /** Where the answers are kept when the run is cut short: the workspace and the draft's name. */
  draft?: { dir: string; name: string };
  /** Filled with the answers as typed, for a draft written later (a refused save). */
  raw?: Answers;
}

/** Runs the form; null when the user cancelled at a prompt. Throws UsageError listing what is missing or refused. */
export async function runForm(
  form: Form,
  flags: FormFlags,
  io: CliIO,
  ctx: FormContext,
  extraGiven: Answers = {},
  opts: RunFormOptions = {},
): Promise<Answers | null> {
  const lang = ctx.lang;
  const interactive = canPrompt(io, flags);
  const prompts = interactive ? await import('../../../io/prompts.js') : undefined;
  const drafts = opts.draft ? await import('../../../io/drafts.js') : undefined;
  let resumed: Answers = {};
  if (opts.draft && drafts) {
    const kept = drafts.readDraft(opts.draft.dir, opts.draft.name);
    const rel = drafts.draftPath(opts.draft.name);
    if (kept && Object.keys(kept).length) {
      // On a terminal the user chooses; a script is told where the answers are and how to use them.
      if (interactive && prompts) {
        const yes = await prompts
          .ask({
            id: 'resume',
            kind: 'confirm',
            message: tw('w.resume', lang, { file: rel, n: Object.keys(kept).length }),
            default: true,
            validate: () => true,
          })
          .catch((err: Error) => (err?.name === 'PromptCancelled' ? null : Promise.reject(err)));
        if (yes === null) {
          io.stderr.write(tw('w.cancelled', lang) + '\n');
          return null;
        }
        if (yes) resumed = kept;
      } else if (!flags.answers) io.stderr.write(tw('w.draftExists', lang, { file: rel }) + '\n');
    }
  }
  const given = { ...resumed, ...givenAnswers(form, flags, io.cwd, lang), ...extraGiven };
  const raw: Answers = opts.raw ?? {};
  const keep = async (): Promise<string | undefined> => {
    if (!opts.draft || !drafts || !Object.keys(raw).length) return undefined;
    return drafts.writeDraft(opts.draft.dir, opts.draft.name, raw, tw('w.draftHeader', lang, { form: form.id }));
  };
  try {
    const got = await collectAnswers(form, {
      given,
      interactive,
      acceptDefaults: !!flags.yes,
      ask: prompts?.ask,
      t: (k, a) => lookup(wizardCatalog, k, lang, a),
      ctx,
      prefill: opts.prefill,
      onAnswer: (id, value) => (raw[id] = value),
    });
    if (got.missing.length || got.invalid.length) {
      const kept = interactive ? await keep() : undefined;
      throw new UsageError(problemList(got.missing, got.invalid, lang) + (kept ? '\n' + tw('w.draftKept', lang, { file: kept }) : ''), lang);
    }
    return got.answers;
  } catch (err) {
    if ((err as Error)?.name === 'PromptCancelled') {
      const kept = await keep();
      io.stderr.write(tw(kept ? 'w.cancelledKept' : 'w.cancelled', lang, { file: kept ?? '' }) + '\n');
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
    for (const p of missing) lines.push(`  ${p.flag}  ${p.question}${p.proposed !== undefined ? ` (${tw('w.proposed', lang, { value: p.proposed })})` : ''}`);
  }
  return lines.join('\n');
}
