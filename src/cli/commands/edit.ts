// `plan edit <kind> <id>`: changes an entry that `plan add` created — on a terminal the same form,
// prefilled with today's values; in a script by its flags or `--set field=value`. A new id renames
// the entry and every reference to it. Checked like an addition; --dry-run shows the diffs.
import { parseDocument } from 'yaml';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { EXIT, UsageError } from '../errors.js';
import { tw } from '../../i18n/wizard.js';
import { resolveLang } from '../../i18n/catalog.js';
import { ENTRY_KINDS, idArgument, idOf, type EntryKind } from '../../core/wizard/entries.js';
import { PHASE_FORMS } from '../../core/wizard/forms/index.js';
import { IdExists, type EditForm } from '../../core/wizard/edit-form.js';
import { NegativeCapacity } from '../../core/wizard/forms/add.js';
import type { Answers } from '../../core/wizard/question.js';
import { addEditOptions, type EditFlags } from './phase.js';
import { addFormOptions, runForm } from './phase/form-cli.js';
import { openTarget } from './phase/run-edit-form.js';
import { collect } from '../repeatable.js';

interface EditCmdFlags extends EditFlags {
  set: string[];
}

/** The form that writes entries of `kind`. */
export const formOf = (kind: EntryKind): EditForm => PHASE_FORMS.find((f) => f.id === kind.form)!;

/** Adds `plan edit <kind> <id>` for every kind of entry. */
export function register(program: Command, ctx: CommandContext): void {
  const parent = program.command('edit').description(tw('cmd.edit', resolveLang(undefined, undefined, ctx.io.env)));
  for (const kind of ENTRY_KINDS) {
    const form = formOf(kind);
    const cmd = addEditOptions(
      parent
        .command(kind.name)
        .description(tw('cmd.editKind', resolveLang(undefined, undefined, ctx.io.env), { kind: kind.name }))
        .argument('<id>', idArgument(kind)),
    );
    cmd.option('--set <field=value>', 'change one answer (repeatable), e.g. --set title_fr="…"', collect, []);
    addFormOptions(cmd, form);
    cmd.addHelpText(
      'after',
      `\nExamples:\n  plan edit ${kind.name} ${example(kind)} --dry-run\n  plan edit ${kind.name} ${example(kind)}            (on a terminal: the form, prefilled)\n`,
    );
    cmd.action(async (id: string, flags: EditCmdFlags) => ctx.exit(await run(kind, form, id, flags, ctx)));
  }
}

const example = (k: EntryKind) =>
  ({
    axis: 'AX1 --set title_fr="Infrastructures"',
    criterion: 'urgency --weight 30',
    priority: 'PRI03 --set need_fr="…"',
    project: 'P07 --estimated-cost 1200000 --financing "COMMUNE:2023=1200000"',
    partner: 'REGION --commitments 2023=400000',
    projection: '2024 --transfers 3400000',
    indicator: 'I3 --target 140',
    committee: 'FIN --name-fr "…"',
    locality: 'D4 --population 820',
    consultation: 'K2 --women 14',
    resource: '2023.vat_share --amount 17000000',
    steering: 'ST1 --set role_fr="…"',
    report: 'RP1 --month 5',
    communication: 'CM1 --channel radio',
  })[k.name] ?? 'ID';

/** `field=value` pairs into answers (dashes in the field name read as underscores). */
function setAnswers(sets: string[], lang: 'ar' | 'fr' | 'en'): Answers {
  const out: Answers = {};
  for (const s of sets) {
    const i = s.indexOf('=');
    if (i <= 0) throw new UsageError(tw('w.badSet', lang, { value: s }));
    out[s.slice(0, i).trim().replace(/-/g, '_')] = s.slice(i + 1);
  }
  return out;
}

async function run(kind: EntryKind, form: EditForm, id: string, flags: EditCmdFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const target = await openTarget(flags, ctx);
  const { lang } = target;
  const { FileSet, findEntry, findReferences } = await import('./phase/entry-files.js');
  const files = new FileSet(target.dir);
  const found = findEntry(target, files, kind, id);
  const before = found.node.toJSON() as Record<string, unknown>;
  const raw: Answers = {};
  const draft = { dir: target.dir, name: `edit.${kind.name}.${id}` };
  const formCtx = { lang, data: { plan: target.plan } };
  const answers = await runForm(form, flags, io, formCtx, setAnswers(flags.set, lang), { prefill: kind.toAnswers(before), draft, raw });
  if (!answers) return 130;

  // The entry as the form writes it, built in a scratch document, then merged into the real one.
  const scratch = parseDocument('{}\n');
  let value: Record<string, unknown>;
  try {
    const applied = form.apply(scratch, answers, { force: true, ctx: formCtx });
    value = (kind.list ? scratch.getIn(applied.at ?? [], true) : scratch.contents) as never;
    value = (value as unknown as { toJSON(): Record<string, unknown> }).toJSON();
  } catch (err) {
    if (err instanceof NegativeCapacity) throw new UsageError(tw('w.negativeCapacity', lang, { capacity: err.capacity }));
    throw err;
  }
  const newId = idOf(kind, value) ?? id;
  const { mergeEntry } = await import('../../core/wizard/merge-entry.js');
  const { renameRefs } = await import('../../core/wizard/references.js');
  let refs: Awaited<ReturnType<typeof findReferences>> = [];
  if (newId !== id) {
    // A rename: refused when the new id is taken, else every reference follows.
    try {
      findEntry(target, files, kind, newId);
      throw new IdExists(newId, found.rel);
    } catch (err) {
      if (err instanceof IdExists) throw new UsageError(tw('w.idExists', lang, { id: newId, file: found.rel }));
    }
    refs = findReferences(target, files, kind, id, found.rel);
    for (const r of refs) renameRefs(r.y.doc, [r.ref], newId);
  }
  // A line that had no id gets one (the form proposes the next free one), written first.
  mergeEntry(found.y.doc, found.node, value, kind.optional, typeof kind.key === 'string' ? kind.key : undefined);

  const { checkEdit, blocksSave } = await import('./phase/check-edit.js');
  const { yamlText } = await import('../../io/yaml-edit.js');
  const rel = found.rel;
  const findings = await checkEdit(target, form.kind, rel, found.y.doc.toJS(), lang, found.at, parseDocument(found.y.before).toJS());
  if (findings.length) {
    const { resolvePositions } = await import('../../io/check-workspace.js');
    const sources = await resolvePositions(findings, new Map([[rel, yamlText(found.y)]]));
    const { diagnosticsReport } = await import('../report-diagnostics.js');
    io.stderr.write(diagnosticsReport(findings, { lang, sources }));
  }
  if (findings.some(blocksSave) && !flags.allowErrors) {
    const { writeDraft } = await import('../../io/drafts.js');
    const kept = Object.keys(raw).length
      ? await writeDraft(draft.dir, draft.name, raw, tw('w.draftHeader', lang, { form: `edit ${kind.name} ${id}` }))
      : undefined;
    io.stderr.write(tw('w.notSaved', lang, { file: rel }) + '\n' + (kept ? tw('w.draftKept', lang, { file: kept }) + '\n' : ''));
    return EXIT.findings;
  }
  // A project renamed moves to the sheet named after its new id.
  const moveTo = !kind.list && newId !== id ? rel.replace(/[^/]+(\.ya?ml)$/i, `${newId}$1`) : undefined;
  if (flags.dryRun) {
    let diff = files.diffs();
    if (moveTo) diff = diff.replace(`+++ ${found.y.file}`, `+++ ${found.y.file.slice(0, -rel.length)}${moveTo}`);
    io.stdout.write(diff);
    return EXIT.ok;
  }
  if (moveTo) {
    const { writeFileAtomic } = await import('../../io/atomic-write.js');
    const { rmSync } = await import('node:fs');
    const path = await import('node:path');
    await writeFileAtomic(path.join(target.dir, moveTo), yamlText(found.y));
    files.files.delete(rel);
    await files.save();
    rmSync(found.y.file);
  } else await files.save();
  (await import('../../io/drafts.js')).removeDraft(draft.dir, draft.name);
  const where = [...new Set(refs.map((r) => r.rel))].join(', ');
  io.stdout.write(
    (newId !== id
      ? tw('w.renamed', lang, { kind: kind.name, id, to: newId, file: moveTo ?? rel, n: refs.length, files: where || '—' })
      : tw('w.edited', lang, { id, file: rel })) + '\n',
  );
  return EXIT.ok;
}
