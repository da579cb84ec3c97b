// Runs one follow-up form: the answers from flags, an answers file or the terminal, then the shared
// save path of the phase commands (schema and rules on the edited file, atomic write, --dry-run diff).
import type { CommandContext } from '../../main.js';
import type { EditForm } from '../../../core/wizard/edit-form.js';
import type { Answers } from '../../../core/wizard/question.js';
import { canPrompt, runForm } from '../phase/form-cli.js';
import { openTarget, saveAnswers } from '../phase/run-edit-form.js';
import type { TrackFlags } from '../track.js';

/** Runs `form` (track.project, track.indicator, track.review); returns the exit code. */
export async function runTrackForm(form: EditForm, flags: TrackFlags, ctx: CommandContext, extra: Answers): Promise<number> {
  const target = await openTarget(flags, ctx);
  const interactive = canPrompt(ctx.io, flags);
  // Repeated money flags (--committed INDH=1 --committed COMMUNE=2) are one answer.
  const given: TrackFlags = { ...flags };
  for (const k of ['committed', 'paid'] as const) if (Array.isArray(flags[k])) (given as Record<string, unknown>)[k] = flags[k].join(',');
  const data = { plan: target.plan, today: target.plan.today ?? new Date().toISOString().slice(0, 10), interactive };
  // In a script that names the year, an entry already followed keeps its values for what is not given
  // (its status among them); a new one must be given its status.
  const prefill = !interactive && (flags.year !== undefined || flags.answers !== undefined) ? {} : undefined;
  const raw: Answers = {};
  const draft = { dir: target.dir, name: form.id };
  const answers = await runForm(form, given, ctx.io, { lang: target.lang, data }, extra, { prefill, draft, raw });
  if (!answers) return 130;
  return saveAnswers(form, answers, target, flags, ctx, { today: data.today, interactive }, { draft, raw });
}
