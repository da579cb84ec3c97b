// Runs a form: takes each answer from the flags or answers file when given, else asks (on a
// terminal), else takes the default (--yes), else records it as missing. Every answer, whatever its
// source, goes through the question's one parser.
import { flagOf, isError, type Answers, type Ask, type Form, type PromptSpec, type Question, type Translate, type FormContext } from './question.js';

export type { Ask, PromptSpec, Translate } from './question.js';

export interface CollectOptions {
  /** Raw answers from the answers file and flags, by question id. */
  given: Answers;
  /** A terminal is attached and prompting is allowed. */
  interactive: boolean;
  /** --yes: take every proposed default without asking. */
  acceptDefaults: boolean;
  ask?: Ask;
  t: Translate;
  ctx: FormContext;
  /** Today's values of an entry being edited: proposed at the prompt, taken as they are without a terminal. */
  prefill?: Answers;
  /** Every accepted answer as typed (raw), in order: what a draft keeps when the form is cut short. */
  onAnswer?: (id: string, raw: unknown) => void;
}

/** One unanswered or refused question, ready to list. */
export interface AnswerProblem {
  id: string;
  flag: string;
  /** The question, translated. */
  question: string;
  /** Why the given answer was refused (absent for a missing answer). */
  reason?: string;
  /** The default that --yes would take, shown to help. */
  proposed?: string;
}

export interface Collected {
  answers: Answers;
  missing: AnswerProblem[];
  invalid: AnswerProblem[];
}

const show = (v: unknown): string | undefined =>
  v === undefined
    ? undefined
    : Array.isArray(v)
      ? v.join(',')
      : typeof v === 'object' && v && 'start_year' in v
        ? `${(v as { start_year?: unknown }).start_year}-${(v as { end_year?: unknown }).end_year}`
        : String(v);

/** Gathers the answers of `form` in question order. Never throws on a bad answer: it reports it. */
export async function collectAnswers(form: Form, opts: CollectOptions): Promise<Collected> {
  const answers: Answers = {};
  const missing: AnswerProblem[] = [];
  const invalid: AnswerProblem[] = [];
  const known = new Set(form.questions.map((q) => q.id));
  for (const id of Object.keys(opts.given)) {
    if (!known.has(id)) invalid.push({ id, flag: flagOf(id), question: id, reason: opts.t('a.unknownKey') });
  }
  for (const q of form.questions) {
    if (q.when && !q.when(answers, opts.ctx)) continue;
    const problem = (reason?: string): AnswerProblem => ({
      id: q.id,
      flag: flagOf(q.id),
      question: opts.t(q.message ?? `q.${q.id}`),
      reason,
      proposed: show(q.default?.(answers, opts.ctx)),
    });
    const prefilled = opts.prefill?.[q.id];
    const given = opts.given[q.id];
    // Without a terminal, an edited entry keeps its value for every question not given.
    // null: answered empty (a draft's skipped optional question): not asked again.
    if (given === null && q.optional && q.id in opts.given) continue;
    const raw = given ?? (opts.interactive ? undefined : prefilled);
    if (raw !== undefined && raw !== null && raw !== '') {
      const p = q.parse(raw, answers, opts.ctx);
      if (isError(p)) invalid.push(problem(opts.t(p.error, p.args)));
      else {
        answers[q.id] = p.value;
        opts.onAnswer?.(q.id, raw);
      }
      continue;
    }
    const proposed = prefilled ?? q.default?.(answers, opts.ctx);
    if (opts.interactive && opts.ask) {
      const value = await askOne(q, answers, proposed, opts);
      if (value !== undefined) answers[q.id] = value;
      continue;
    }
    // An edit without a terminal keeps today's values, and takes the proposed one for a question new to the entry.
    if ((opts.acceptDefaults || (opts.prefill !== undefined && !opts.interactive)) && proposed !== undefined) {
      const p = q.parse(proposed, answers, opts.ctx);
      if (isError(p)) invalid.push(problem(opts.t(p.error, p.args)));
      else {
        answers[q.id] = p.value;
        opts.onAnswer?.(q.id, proposed);
      }
      continue;
    }
    if (!q.optional) missing.push(problem());
  }
  return { answers, missing, invalid };
}

async function askOne(q: Question, answers: Answers, proposed: unknown, opts: CollectOptions): Promise<unknown> {
  const empty = (raw: unknown) => raw === undefined || raw === '' || (Array.isArray(raw) && !raw.length && q.kind !== 'multi');
  const noneFirst = q.optional === true && q.kind === 'select';
  const spec: PromptSpec = {
    id: q.id,
    kind: q.kind,
    message: opts.t(q.message ?? `q.${q.id}`),
    help: helpOf(q, opts),
    // An optional choice can be left without a value: «— none —» comes first, and is what Enter keeps
    // when there is no value yet (a list prompt always selects something).
    choices: noneFirst ? [{ value: '', label: opts.t('a.noValue') }, ...(q.choices?.(answers, opts.ctx) ?? [])] : q.choices?.(answers, opts.ctx),
    default: noneFirst && proposed === undefined ? '' : proposed,
    ...(q.kind === 'search' ? { noMatch: opts.t('w.noMatch') } : {}),
    validate: (raw) => {
      if (empty(raw)) return q.optional ? true : opts.t('a.empty');
      const p = q.parse(raw, answers, opts.ctx);
      return isError(p) ? opts.t(p.error, p.args) : true;
    },
  };
  const raw = q.interactive ? await q.interactive(opts.ask!, answers, opts.ctx, opts.t, proposed) : await opts.ask!(spec);
  if (empty(raw)) {
    if (q.optional) opts.onAnswer?.(q.id, null);
    return undefined;
  }
  const p = q.parse(raw, answers, opts.ctx);
  // The prompt validated already; a script that answers wrongly must still not slip through.
  if (isError(p)) throw new Error(`${q.id}: ${opts.t(p.error, p.args)}`);
  opts.onAnswer?.(q.id, raw);
  return p.value;
}

function helpOf(q: Question, opts: CollectOptions): string | undefined {
  const key = `h.${q.id}`;
  const text = opts.t(key);
  return text === key ? undefined : text;
}
