// `plan track template`: the follow-up spreadsheet, one row per project and year, with the plan's facts
// filled in and empty columns for the technical service.
import path from 'node:path';
import type { CommandContext } from '../../main.js';
import { EXIT, UsageError } from '../../errors.js';
import { tt } from '../../../i18n/track.js';
import { openTarget } from '../phase/run-edit-form.js';
import type { EditFlags } from '../phase.js';

interface TemplateFlags extends EditFlags {
  year?: string;
  format?: 'csv' | 'xlsx';
  out: string;
}

/** Writes the template; returns the exit code. */
export async function runTemplate(flags: TemplateFlags, ctx: CommandContext): Promise<number> {
  const target = await openTarget(flags, ctx);
  const { lang, plan } = target;
  const [{ followupTemplate, templateYears }, { templateBytes, templateFormat, writeTemplate }] = await Promise.all([
    import('../../../core/followup/template.js'),
    import('../../../io/followup-files.js'),
  ]);
  let year: number | undefined;
  if (flags.year !== undefined) {
    const { westernDigits } = await import('../../../core/wizard/parsers.js');
    year = Number(westernDigits(flags.year));
    const p = plan.manifest?.data.period;
    if (!Number.isInteger(year) || (p && (year < p.start_year || year > p.end_year)))
      throw new UsageError(tt('a.track.yearOutside', lang, { year: flags.year, start: p?.start_year, end: p?.end_year }), lang);
  }
  const today = plan.today ?? new Date().toISOString().slice(0, 10);
  const t = followupTemplate(plan, templateYears(plan, year, today), lang);
  if (!t.rows.length) throw new UsageError(tt('t.noYears', lang, { year: flags.year ?? '—' }), lang);
  const out = path.resolve(ctx.io.cwd, flags.out);
  const format = templateFormat(out, flags.format);
  await writeTemplate(out, await templateBytes(t, format, lang === 'ar'), !!flags.force);
  ctx.io.stdout.write(tt('t.wroteTemplate', lang, { file: path.relative(ctx.io.cwd, out) || out, n: t.rows.length }) + '\n');
  return EXIT.ok;
}
