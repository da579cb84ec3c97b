// Runs one phase form end to end: load the workspace, gather the answers, edit the file's YAML
// document, check the result (schema, then the rules that read it), then save atomically or show the diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../../main.js';
import { EXIT, UsageError } from '../../errors.js';
import { resolveLang } from '../../../i18n/catalog.js';
import { tw } from '../../../i18n/wizard.js';
import type { Lang } from '../../../core/diagnostics/diagnostic.js';
import { IdExists, seedRequiredLists, type EditForm } from '../../../core/wizard/edit-form.js';
import { PACKAGE_ROOT } from '../../../io/package-root.js';
import type { Answers } from '../../../core/wizard/question.js';
import { NegativeCapacity } from '../../../core/wizard/forms/add.js';
import { workspaceLang } from '../../../io/validate-run.js';
import { isWorkspace, loadWorkspace } from '../../../io/load-workspace.js';
import type { Plan } from '../../../core/plan/workspace.js';
import type { EditFlags } from '../phase.js';
import { runForm } from './form-cli.js';
import { blocksSave, checkEdit } from './check-edit.js';
import { displayFrom } from '../../../io/display-path.js';

/** Where a phase command works: the workspace folder, its plan and the messages' language. */
export interface EditTarget {
  dir: string;
  lang: Lang;
  plan: Plan;
  display: (abs: string) => string;
}

/** Loads the workspace a phase command edits: --workspace, else the one holding the current folder. */
export async function openTarget(flags: EditFlags, { io }: CommandContext): Promise<EditTarget> {
  const { findWorkspace } = await import('../../../io/targets.js');
  const dir = flags.workspace ? path.resolve(io.cwd, flags.workspace) : ((await findWorkspace(io.cwd)) ?? io.cwd);
  const lang = resolveLang(flags.lang, workspaceLang(dir), io.env);
  if (!(await isWorkspace(dir))) throw new UsageError(tw('w.noWorkspace', lang, { dir: flags.workspace ?? '.' }), lang);
  const display = displayFrom(dir);
  const loaded = await loadWorkspace(dir, { lang, display });
  return { dir, lang, plan: loaded.plan, display };
}

/** The modeline of a new file, pointing at the workspace's offline schema copies. */
export const modeline = (relFile: string, kind: string): string =>
  `yaml-language-server: $schema=${'../'.repeat(relFile.split('/').length - 1)}.schemas/${kind}.json`;

/** The top-level keys of a kind that its schema requires as arrays. */
export function requiredLists(kind: string): string[] {
  const schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', `${kind}.json`), 'utf8')) as {
    required?: string[];
    properties?: Record<string, { type?: string }>;
  };
  return (schema.required ?? []).filter((k) => schema.properties?.[k]?.type === 'array');
}

/** Runs `form` as a command; returns the exit code. */
export async function runEditForm(form: EditForm, flags: EditFlags, ctx: CommandContext): Promise<number> {
  const target = await openTarget(flags, ctx);
  const raw: Answers = {};
  const draft = { dir: target.dir, name: form.id };
  const answers = await runForm(form, flags, ctx.io, { lang: target.lang, data: { plan: target.plan } }, {}, { draft, raw });
  if (!answers) return 130;
  const code = await saveAnswers(form, answers, target, flags, ctx, {}, { draft, raw });
  if (code === EXIT.ok && form.id === 'add.project' && !flags.dryRun) return offerIndicator(String(answers.id), flags, ctx);
  return code;
}

// A new project with no indicator yet (PAC-IND-001): on a terminal, its indicator is offered in the same
// flow, the project already chosen; in a script, the command to run is said.
async function offerIndicator(id: string, flags: EditFlags, ctx: CommandContext): Promise<number> {
  const target = await openTarget(flags, ctx);
  const has =
    (target.plan.indicators?.data.indicators ?? []).some((i) => i.project === id) ||
    !!target.plan.projects.find((p) => p.data.id === id)?.data.indicator_ids?.length;
  if (has) return EXIT.ok;
  const { canPrompt } = await import('./form-cli.js');
  if (!canPrompt(ctx.io, flags)) {
    ctx.io.stdout.write(tw('w.indicatorNext', target.lang, { id }) + '\n');
    return EXIT.ok;
  }
  const { ask } = await import('../../../io/prompts.js');
  const yes = await ask({
    id: 'add_indicator',
    kind: 'confirm',
    message: tw('w.indicatorAsk', target.lang, { id }),
    default: true,
    validate: () => true,
  }).catch(() => false);
  if (yes !== true) return EXIT.ok;
  const { PHASE_FORMS } = await import('../../../core/wizard/forms/index.js');
  const indicator = PHASE_FORMS.find((f) => f.id === 'add.indicator')!;
  const only = { workspace: flags.workspace, lang: flags.lang, project: id };
  const answers = await runForm(indicator, only, ctx.io, { lang: target.lang, data: { plan: target.plan } });
  if (!answers) return 130;
  return saveAnswers(indicator, answers, target, only, ctx);
}

/** Keeps the answers of a refused save in the form's draft; returns the line that says where. */
async function keepDraft(keep: { draft: { dir: string; name: string }; raw: Answers } | undefined, lang: Lang, formId: string): Promise<string> {
  if (!keep || !Object.keys(keep.raw).length) return '';
  const { writeDraft } = await import('../../../io/drafts.js');
  const rel = await writeDraft(keep.draft.dir, keep.draft.name, keep.raw, tw('w.draftHeader', lang, { form: formId }));
  return tw('w.draftKept', lang, { file: rel });
}

/** Applies checked answers to the form's file, checks the result, then saves or shows the diff. */
export async function saveAnswers(
  form: EditForm,
  answers: Answers,
  target: EditTarget,
  flags: EditFlags,
  { io }: CommandContext,
  extra: Record<string, unknown> = {},
  keep?: { draft: { dir: string; name: string }; raw: Answers },
): Promise<number> {
  const { lang } = target;
  const { openYaml, saveYaml, yamlText } = await import('../../../io/yaml-edit.js');
  const rel = form.file(answers);
  const file = path.join(target.dir, rel);
  const y = openYaml(file, [modeline(rel, form.kind)]);
  // A project sheet is written whole; other files may start from any of their lists.
  if (form.kind !== 'project') seedRequiredLists(y.doc, requiredLists(form.kind));
  let applied;
  try {
    applied = form.apply(y.doc, answers, { force: !!flags.force, ctx: { lang, data: { plan: target.plan, ...extra } } });
  } catch (err) {
    const kept = err instanceof IdExists || err instanceof NegativeCapacity ? await keepDraft(keep, lang, form.id) : '';
    const more = kept ? `\n${kept}` : '';
    if (err instanceof IdExists) throw new UsageError(tw('w.idExists', lang, { id: err.id, file: rel }) + more, lang);
    if (err instanceof NegativeCapacity) throw new UsageError(tw('w.negativeCapacity', lang, { capacity: err.capacity }) + more, lang);
    throw err;
  }
  // A new adoption file is compared with an empty one, so that a session entered before any referral
  // is caught; other new files start a plan in progress, whose gaps are for plan status to list.
  const before = y.before ? (await import('yaml')).parse(y.before) : form.kind === 'adoption' ? {} : undefined;
  const findings = await checkEdit(target, form.kind, rel, y.doc.toJS(), lang, applied.at ?? [], before ?? undefined);
  if (findings.length) {
    const text = yamlText(y);
    const { resolvePositions } = await import('../../../io/check-workspace.js');
    const sources = await resolvePositions(findings, new Map([[rel, text]]));
    const { diagnosticsReport } = await import('../../report-diagnostics.js');
    const { useColor } = await import('../../io.js');
    io.stderr.write(diagnosticsReport(findings, { lang, sources, color: useColor(io) && !!io.stderr.isTTY }));
  }
  for (const line of form.summary?.(answers, { lang, data: { plan: target.plan } }) ?? []) io.stdout.write(line + '\n');
  if (findings.some(blocksSave) && !flags.allowErrors) {
    const kept = await keepDraft(keep, lang, form.id);
    io.stderr.write(tw('w.notSaved', lang, { file: rel }) + '\n' + (kept ? kept + '\n' : ''));
    return EXIT.findings;
  }
  const { written, diff } = await saveYaml(y, { dryRun: !!flags.dryRun });
  if (flags.dryRun) io.stdout.write(diff);
  else {
    io.stdout.write(tw(written ? (applied.replaced ? 'w.replaced' : 'w.added') : 'w.unchanged', lang, { file: rel, id: applied.id ?? '' }) + '\n');
    if (keep) (await import('../../../io/drafts.js')).removeDraft(keep.draft.dir, keep.draft.name);
  }
  return EXIT.ok;
}
