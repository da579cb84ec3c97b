// What an update (actualisation / تحيين) changes against the adopted version: projects added, removed,
// moved in time, re-costed or re-financed (per partner), indicators re-targeted, axes and priorities
// changed. Pure: two Plans in, one PlanDiff out; the words are chosen later (diff-text.ts, the annex).
import type { Plan } from '../plan/workspace.js';
import type { IndicatorsFile, PrioritiesFile, ProjectFile, Text } from '../plan/schema-types.js';

/** An entry named by its id and its title in the plan's languages. */
export interface Named {
  id: string;
  title: Text;
}

/** A value before (adopted) and after (update); null where the entry had none. */
export interface Change<T> {
  before: T | null;
  after: T | null;
}

/** How one project that is in both versions changed; only the parts that changed are set. */
export interface ProjectChange extends Named {
  schedule?: Change<{ start_year: number; end_year: number }>;
  estimated_cost?: Change<number>;
  /** Per partner, the total it funds, for each partner whose total changed (sorted by partner id). */
  financing?: Array<{ partner: string } & Change<number>>;
  axis?: Change<string>;
  status?: Change<string>;
  title_changed?: boolean;
}

/** How one indicator in both versions changed. */
export interface IndicatorChange extends Named {
  baseline?: Change<{ value: number; year: number }>;
  /** Per year, each target that changed (sorted by year). */
  targets?: Array<{ year: string } & Change<number>>;
  unit?: Change<string>;
}

/** The changes of one list of entries. */
export interface ListDiff<C> {
  added: Named[];
  removed: Named[];
  changed: C[];
}

/** Everything the update changes; the shape of `plan diff --format json` (docs/update.md). */
export interface PlanDiff {
  projects: ListDiff<ProjectChange>;
  indicators: ListDiff<IndicatorChange>;
  axes: ListDiff<Named>;
  priorities: ListDiff<Named & { rank?: Change<number>; axis?: Change<string>; need_changed?: boolean }>;
  /** Sum of the projects' estimated costs, before and after. */
  total_cost: Change<number>;
}

const sameText = (a: Text | undefined, b: Text | undefined) => (a?.ar ?? '') === (b?.ar ?? '') && (a?.fr ?? '') === (b?.fr ?? '');
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Added, removed and changed entries of two lists keyed by id, in the order of the lists. */
function compareLists<T extends { id: string }, C>(
  before: readonly T[],
  after: readonly T[],
  title: (x: T) => Text,
  change: (a: T, b: T) => C | undefined,
): ListDiff<C> {
  const a = byId(before);
  const b = byId(after);
  const named = (x: T): Named => ({ id: x.id, title: title(x) });
  const changed: C[] = [];
  for (const x of after) {
    const old = a.get(x.id);
    const c = old && change(old, x);
    if (c) changed.push(c);
  }
  return { added: after.filter((x) => !a.has(x.id)).map(named), removed: before.filter((x) => !b.has(x.id)).map(named), changed };
}

/** Each partner's total in a project's financing lines. */
function partnerTotals(p: ProjectFile): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of p.financing) m.set(f.partner, (m.get(f.partner) ?? 0) + f.amount);
  return m;
}

/** The changes of a project present in both versions, or undefined when nothing the diff follows changed. */
export function projectChange(a: ProjectFile, b: ProjectFile): ProjectChange | undefined {
  const c: ProjectChange = { id: b.id, title: b.title };
  if (a.schedule.start_year !== b.schedule.start_year || a.schedule.end_year !== b.schedule.end_year)
    c.schedule = { before: { ...a.schedule }, after: { ...b.schedule } };
  if (a.estimated_cost !== b.estimated_cost) c.estimated_cost = { before: a.estimated_cost, after: b.estimated_cost };
  const fa = partnerTotals(a);
  const fb = partnerTotals(b);
  const financing = [...new Set([...fa.keys(), ...fb.keys()])]
    .sort()
    .filter((k) => fa.get(k) !== fb.get(k))
    .map((partner) => ({ partner, before: orNull(fa.get(partner)), after: orNull(fb.get(partner)) }));
  if (financing.length) c.financing = financing;
  if ((a.axis ?? null) !== (b.axis ?? null)) c.axis = { before: orNull(a.axis), after: orNull(b.axis) };
  if (a.status !== b.status) c.status = { before: a.status, after: b.status };
  if (!sameText(a.title, b.title)) c.title_changed = true;
  return Object.keys(c).length > 2 ? c : undefined;
}

type Indicator = IndicatorsFile['indicators'][number];

/** The changes of an indicator present in both versions, or undefined. */
export function indicatorChange(a: Indicator, b: Indicator): IndicatorChange | undefined {
  const c: IndicatorChange = { id: b.id, title: b.name };
  if (a.baseline?.value !== b.baseline?.value || a.baseline?.year !== b.baseline?.year)
    c.baseline = { before: a.baseline ? { ...a.baseline } : null, after: b.baseline ? { ...b.baseline } : null };
  const ta = a.targets ?? {};
  const tb = b.targets ?? {};
  const targets = [...new Set([...Object.keys(ta), ...Object.keys(tb)])]
    .sort()
    .filter((y) => ta[y] !== tb[y])
    .map((year) => ({ year, before: orNull(ta[year]), after: orNull(tb[year]) }));
  if (targets.length) c.targets = targets;
  if ((a.unit ?? null) !== (b.unit ?? null)) c.unit = { before: orNull(a.unit), after: orNull(b.unit) };
  return Object.keys(c).length > 2 ? c : undefined;
}

type Priority = PrioritiesFile['priorities'][number];

/** What the update changes in `next` against the adopted `base`. */
export function diffPlans(base: Plan, next: Plan): PlanDiff {
  const sortProjects = (p: Plan) => p.projects.map((d) => d.data).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const cost = (p: Plan) => p.projects.reduce((s, d) => s + d.data.estimated_cost, 0);
  return {
    projects: compareLists(sortProjects(base), sortProjects(next), (p) => p.title, projectChange),
    indicators: compareLists(base.indicators?.data.indicators ?? [], next.indicators?.data.indicators ?? [], (i) => i.name, indicatorChange),
    axes: compareLists(
      base.priorities?.data.axes ?? [],
      next.priorities?.data.axes ?? [],
      (x) => x.title,
      (a, b) =>
        sameText(a.title, b.title) && JSON.stringify(a.objectives ?? []) === JSON.stringify(b.objectives ?? []) ? undefined : { id: b.id, title: b.title },
    ),
    priorities: compareLists(base.priorities?.data.priorities ?? [], next.priorities?.data.priorities ?? [], (x) => x.need, priorityChange),
    total_cost: { before: cost(base), after: cost(next) },
  };
}

function priorityChange(a: Priority, b: Priority): PlanDiff['priorities']['changed'][number] | undefined {
  const c: PlanDiff['priorities']['changed'][number] = { id: b.id, title: b.need };
  if ((a.rank ?? null) !== (b.rank ?? null)) c.rank = { before: orNull(a.rank), after: orNull(b.rank) };
  if ((a.axis ?? null) !== (b.axis ?? null)) c.axis = { before: orNull(a.axis), after: orNull(b.axis) };
  if (!sameText(a.need, b.need)) c.need_changed = true;
  return Object.keys(c).length > 2 ? c : undefined;
}

/** How many changes the diff holds (0: the update changes nothing the diff follows). */
export function changeCount(d: PlanDiff): number {
  const n = (l: ListDiff<unknown>) => l.added.length + l.removed.length + l.changed.length;
  return n(d.projects) + n(d.indicators) + n(d.axes) + n(d.priorities);
}
