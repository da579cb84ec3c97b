// `plan track import FILE`: a filled-in follow-up template into followup/<year>.yaml. Every bad cell
// is listed as file:row:column with what was expected and found; by default one bad cell stops the
// whole import (a half-imported sheet is hard to finish by hand), --skip-bad-rows imports the others.
// The entries are then checked like any edit (schema, follow-up rules) and saved together.
import path from 'node:path';
import type { CommandContext } from '../../main.js';
import { EXIT, UsageError } from '../../errors.js';
import { tt } from '../../../i18n/track.js';
import { tw } from '../../../i18n/wizard.js';
import { modeline, openTarget } from '../phase/run-edit-form.js';
import type { EditFlags } from '../phase.js';
import type { Diagnostic } from '../../../core/diagnostics/diagnostic.js';
import type { YamlFile } from '../../../io/yaml-edit.js';

interface ImportFlags extends EditFlags {
  year?: string;
  skipBadRows?: boolean;
}

/** Imports the file; returns the exit code. */
export async function runImport(file: string, flags: ImportFlags, ctx: CommandContext): Promise<number> {
  const target = await openTarget(flags, ctx);
  const { lang, plan } = target;
  const { io } = ctx;
  const abs = path.resolve(io.cwd, file);
  const ext = path.extname(abs).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError(tt('t.fileType', lang, { file }), lang);
  let year: number | undefined;
  if (flags.year !== undefined) {
    const { westernDigits } = await import('../../../core/wizard/parsers.js');
    year = Number(westernDigits(flags.year));
    const p = plan.manifest?.data.period;
    if (!Number.isInteger(year) || (p && (year < p.start_year || year > p.end_year)))
      throw new UsageError(tt('a.track.yearOutside', lang, { year: flags.year, start: p?.start_year, end: p?.end_year }), lang);
  }
  const { readTemplate } = await import('../../../io/followup-files.js');
  let table;
  try {
    table = await readTemplate(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw err;
    throw new UsageError(tt('t.unreadable', lang, { file, detail: (err as Error).message }), lang);
  }
  const { importFollowupRows } = await import('../../../core/followup/import-rows.js');
  const result = importFollowupRows(table, plan, { year, lang });
  if (result.notTemplate) throw new UsageError(tt('t.noKeys', lang, { file }), lang);
  // Records the CSV reader could not split are refused rows too.
  const problems = [...(table.malformed ?? []).map((m) => ({ row: m.row, col: 1, column: '—', expected: 'CSV', found: m.reason })), ...result.problems].sort(
    (a, b) => a.row - b.row || a.col - b.col,
  );
  for (const p of problems)
    io.stderr.write(tt('t.badRow', lang, { at: `${file}:${p.row}:${p.col}`, column: p.column, expected: p.expected, found: p.found }) + '\n');
  const badRows = new Set(problems.map((p) => p.row)).size;
  if (badRows && !flags.skipBadRows) {
    io.stderr.write(tt('t.refused', lang, { n: badRows }) + '\n');
    return EXIT.findings;
  }
  if (badRows) io.stderr.write(tt('t.skipped', lang, { n: badRows }) + '\n');
  if (!result.entries.length) {
    io.stdout.write(tt('t.nothing', lang, { file }) + '\n');
    return badRows ? EXIT.findings : EXIT.ok;
  }
  const [{ openYaml, saveYaml, yamlText, closeYaml }, { ensureYear, upsertFollowup }, { checkEdit, blocksSave }] = await Promise.all([
    import('../../../io/yaml-edit.js'),
    import('../../../core/followup/entries.js'),
    import('../phase/check-edit.js'),
  ]);
  const { parse } = await import('yaml');
  const byYear = new Map<number, typeof result.entries>();
  for (const e of result.entries) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  const files: Array<{ rel: string; y: YamlFile; n: number }> = [];
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  try {
    for (const [y, entries] of [...byYear].sort(([a], [b]) => a - b)) {
      const rel = `followup/${y}.yaml`;
      const yf = openYaml(path.join(target.dir, rel), [modeline(rel, 'followup')]);
      files.push({ rel, y: yf, n: entries.length });
      ensureYear(yf.doc, y);
      for (const e of entries) upsertFollowup(yf.doc, 'projects', e.entry);
      // Only what the import brings about is judged: a finding the file already had is for plan validate.
      const before = yf.before ? parse(yf.before) : { year: y };
      const found = await checkEdit(target, 'followup', rel, yf.doc.toJS(), lang, ['\u0000'], before);
      findings.push(...found);
      if (found.length) sources.set(rel, yamlText(yf));
    }
  } catch (err) {
    for (const f of files) closeYaml(f.y);
    throw err;
  }
  if (findings.length) {
    const { resolvePositions } = await import('../../../io/check-workspace.js');
    const resolved = await resolvePositions(findings, sources);
    const { diagnosticsReport } = await import('../../report-diagnostics.js');
    io.stderr.write(diagnosticsReport(findings, { lang, sources: resolved, color: false }));
  }
  if (findings.some(blocksSave) && !flags.allowErrors) {
    for (const f of files) closeYaml(f.y);
    io.stderr.write(tt('t.notSaved', lang) + '\n');
    return EXIT.findings;
  }
  for (const f of files) {
    const { written, diff } = await saveYaml(f.y, { dryRun: !!flags.dryRun });
    if (flags.dryRun) io.stdout.write(diff);
    else if (written) io.stdout.write(tt('t.imported', lang, { file: f.rel, n: f.n, source: file }) + '\n');
    else io.stdout.write(tw('w.unchanged', lang, { file: f.rel }) + '\n');
  }
  if (flags.dryRun) io.stdout.write(tt('t.wouldWrite', lang) + '\n');
  return badRows ? EXIT.findings : EXIT.ok;
}
