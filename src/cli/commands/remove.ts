// `plan remove <kind> <id>`: removes an entry that `plan add` created. When other entries refer to
// it, they are listed and the removal is refused, unless --cascade (remove those references too; on
// a terminal the command offers it) or --force (leave them for plan validate to list).
import { isSeq } from 'yaml';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { EXIT } from '../errors.js';
import { tw } from '../../i18n/wizard.js';
import { resolveLang } from '../../i18n/catalog.js';
import { ENTRY_KINDS, idArgument, type EntryKind } from '../../core/wizard/entries.js';
import { addEditOptions, type EditFlags } from './phase.js';
import { canPrompt } from './phase/form-cli.js';
import { openTarget } from './phase/run-edit-form.js';

interface RemoveFlags extends EditFlags {
  cascade?: boolean;
}

/** Adds `plan remove <kind> <id>` for every kind of entry. */
export function register(program: Command, ctx: CommandContext): void {
  const parent = program.command('remove').description(tw('cmd.remove', resolveLang(undefined, undefined, ctx.io.env)));
  for (const kind of ENTRY_KINDS) {
    const cmd = addEditOptions(
      parent
        .command(kind.name)
        .description(tw('cmd.removeKind', resolveLang(undefined, undefined, ctx.io.env), { kind: kind.name }))
        .argument('<id>', idArgument(kind)),
    );
    cmd.option('--cascade', 'also remove the references to it (list items and optional fields)');
    cmd.addHelpText('after', `\nExamples:\n  plan remove ${kind.name} ID --dry-run\n  plan remove ${kind.name} ID --cascade\n`);
    cmd.action(async (id: string, flags: RemoveFlags) => ctx.exit(await run(kind, id, flags, ctx)));
  }
}

async function run(kind: EntryKind, id: string, flags: RemoveFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const target = await openTarget(flags, ctx);
  const { lang } = target;
  const { FileSet, findEntry, findReferences, referenceLines } = await import('./phase/entry-files.js');
  const files = new FileSet(target.dir);
  const found = findEntry(target, files, kind, id);
  const refs = findReferences(target, files, kind, id, found.rel);
  let cascade = !!flags.cascade;
  if (refs.length) {
    io.stderr.write(tw('w.referencedBy', lang, { kind: kind.name, id, n: refs.length }) + '\n' + (await referenceLines(refs)).join('\n') + '\n');
    const blocked = refs.filter((r) => r.spec.cascade === 'refuse');
    if (!cascade && !flags.force && canPrompt(io, flags) && !blocked.length) {
      const { ask } = await import('../../io/prompts.js');
      cascade =
        (await ask({ id: 'cascade', kind: 'confirm', message: tw('w.cascadeAsk', lang, { n: refs.length }), default: false, validate: () => true }).catch(
          () => false,
        )) === true;
    }
    if (cascade && blocked.length && !flags.force) {
      io.stderr.write(tw('w.cascadeRefused', lang, { id }) + '\n' + (await referenceLines(blocked)).join('\n') + '\n');
      return EXIT.findings;
    }
    if (!cascade && !flags.force) {
      io.stderr.write(tw('w.removeRefused', lang, { id }) + '\n');
      return EXIT.findings;
    }
  }
  if (cascade) {
    const { dropRefs } = await import('../../core/wizard/references.js');
    const byFile = new Map<string, typeof refs>();
    for (const r of refs.filter((r) => r.spec.cascade === 'drop')) byFile.set(r.rel, [...(byFile.get(r.rel) ?? []), r]);
    // The entry itself goes last, so that the references' indexes in its own file are still right.
    for (const list of byFile.values())
      dropRefs(
        list[0]!.y.doc,
        list.map((r) => r.ref),
      );
  }
  const own = kind.list ? found.y.doc.getIn(kind.list, true) : undefined;
  if (isSeq(own)) own.items.splice(own.items.indexOf(found.node), 1);
  if (flags.dryRun) {
    let diff = files.diffs();
    if (!kind.list) {
      const { createTwoFilesPatch } = await import('diff');
      diff += createTwoFilesPatch(found.y.file, '/dev/null', found.y.before, '', undefined, undefined, { context: 3 });
    }
    io.stdout.write(diff);
    return EXIT.ok;
  }
  if (!kind.list) files.files.delete(found.rel);
  const changed = await files.save();
  if (!kind.list) (await import('node:fs')).rmSync(found.y.file);
  const others = [...new Set(changed.filter((f) => f !== found.rel))];
  io.stdout.write(
    tw('w.removed', lang, { kind: kind.name, id, file: found.rel }) +
      (cascade && refs.length ? ' ' + tw('w.refsRemoved', lang, { n: refs.length, files: others.join(', ') || found.rel }) : '') +
      '\n',
  );
  return EXIT.ok;
}
