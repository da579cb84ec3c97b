// The entries `plan edit` and `plan remove` work on — every kind `plan add` (and `plan consult add`)
// creates: where each lives, the form that writes it, how its stored values become that form's
// answers again, and where other files refer to its id.
import type { SchemaKind } from '../schema/kinds.js';
import type { Answers } from './question.js';

/** Where a file refers to ids of another kind: a path from the document root, `*` for every list item. */
export interface RefSpec {
  kind: SchemaKind;
  /** The last segment names the referring field; `*` after it means a list of ids; `@` means map keys. */
  path: string[];
  /** What removing with --cascade does to a reference: drop the list item or key, or nothing (refused). */
  cascade: 'drop' | 'refuse';
}

/** One kind of entry. */
export interface EntryKind {
  name: string;
  /** The form that creates it (an EditForm id). */
  form: string;
  /** The file kind that holds it. */
  file: SchemaKind;
  /** Path of its list in the file; absent for a whole file (a project sheet). */
  list?: string[];
  /**
   * The field that identifies it in its list, or the fields whose values joined by `.` do (a resource
   * line is its year and category: `2023.vat_share`).
   */
  key: string | readonly string[];
  /** A line written before it had an id (steering, reports, communication) is addressed by its 1-based position. */
  byPosition?: boolean;
  /** Top-level fields the form leaves out when unanswered: absent from the new values, they are removed. */
  optional: string[];
  /** The form's answers from a stored entry (strings and lists, as they would be typed). */
  toAnswers: (entry: Record<string, unknown>) => Answers;
  refs: RefSpec[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/** `{ar, fr}` texts become `<key>_ar` / `<key>_fr`; scalars and lists stay under their own key. */
function flatten(entry: Obj): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(entry)) {
    const o = obj(v);
    if ('ar' in o) {
      out[`${k}_ar`] = o.ar;
      if (o.fr !== undefined) out[`${k}_fr`] = o.fr;
    } else if (Array.isArray(v)) out[k] = v.map(String);
    else if (typeof v !== 'object' || v === null) out[k] = str(v);
  }
  return out;
}

/** `{a: 1, b: 2}` → "a=1,b=2", as the flag is typed. */
const pairs = (v: unknown): string | undefined => {
  const e = Object.entries(obj(v));
  return e.length ? e.map(([k, x]) => `${k}=${x}`).join(',') : undefined;
};

/** Drops undefined values. */
const clean = (a: Answers): Answers => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));

const localityRefs: RefSpec[] = [
  { kind: 'diagnosis', path: ['sectors', '*', 'problems', '*', 'localities', '*'], cascade: 'drop' },
  { kind: 'diagnosis', path: ['sectors', '*', 'potentials', '*', 'localities', '*'], cascade: 'drop' },
  { kind: 'consultations', path: ['consultations', '*', 'localities', '*'], cascade: 'drop' },
  { kind: 'priorities', path: ['priorities', '*', 'localities', '*'], cascade: 'drop' },
  { kind: 'project', path: ['localities', '*'], cascade: 'drop' },
];

/** A line of the implementation set-up in plan.yaml (its form is `plan add <name>`). */
const implementation = (name: string, list: string, optional: string[]): EntryKind => ({
  name,
  form: `add.${name}`,
  file: 'plan',
  list: ['implementation', list],
  key: 'id',
  byPosition: true,
  optional,
  toAnswers: (e) => flatten(e),
  refs: [],
});

/** Every kind of entry, by the name used on the command line. */
export const ENTRY_KINDS: readonly EntryKind[] = [
  {
    name: 'locality',
    form: 'add.locality',
    file: 'commune',
    list: ['localities'],
    key: 'id',
    optional: ['population'],
    toAnswers: (e) => flatten(e),
    refs: localityRefs,
  },
  {
    name: 'committee',
    form: 'add.committee',
    file: 'commune',
    list: ['council', 'standing_committees'],
    key: 'id',
    optional: [],
    toAnswers: (e) => flatten(e),
    refs: [
      { kind: 'adoption', path: ['committee_referral', 'committees', '*'], cascade: 'drop' },
      { kind: 'adoption', path: ['committee_reports', '*', 'committee'], cascade: 'refuse' },
    ],
  },
  {
    name: 'consultation',
    form: 'consult.add',
    file: 'consultations',
    list: ['consultations'],
    key: 'id',
    optional: ['place', 'theme', 'localities', 'target_groups', 'attendance_ref'],
    toAnswers: (e) => {
      const p = obj(e.participants);
      return clean({ ...flatten(e), women: str(p.women), men: str(p.men), youth: str(p.youth), pwd: str(p.pwd), rural: str(p.rural) });
    },
    refs: [{ kind: 'priorities', path: ['priorities', '*', 'source_ids', '*'], cascade: 'drop' }],
  },
  {
    name: 'axis',
    form: 'add.axis',
    file: 'priorities',
    list: ['axes'],
    key: 'id',
    optional: ['pdr_link'],
    toAnswers: (e) => flatten(e),
    refs: [
      { kind: 'priorities', path: ['priorities', '*', 'axis'], cascade: 'drop' },
      { kind: 'project', path: ['axis'], cascade: 'drop' },
      { kind: 'indicators', path: ['indicators', '*', 'axis'], cascade: 'drop' },
    ],
  },
  {
    name: 'criterion',
    form: 'add.criterion',
    file: 'priorities',
    list: ['criteria'],
    key: 'id',
    optional: ['source'],
    toAnswers: (e) => {
      const s = obj(e.scale);
      return clean({ ...flatten(e), min: str(s.min), max: str(s.max) });
    },
    refs: [{ kind: 'priorities', path: ['priorities', '*', 'scores', '@'], cascade: 'drop' }],
  },
  {
    name: 'priority',
    form: 'add.priority',
    file: 'priorities',
    list: ['priorities'],
    key: 'id',
    optional: ['axis', 'localities', 'scores'],
    toAnswers: (e) => clean({ ...flatten(e), scores: pairs(e.scores) }),
    refs: [{ kind: 'project', path: ['priority_ids', '*'], cascade: 'drop' }],
  },
  {
    name: 'project',
    form: 'add.project',
    file: 'project',
    key: 'id',
    optional: ['axis', 'localities', 'project_owner', 'indicator_ids', 'pdr_link', 'objectives', 'activities', 'gender_marker', 'convergence'],
    toAnswers: (e) => {
      const b = obj(e.beneficiaries);
      const s = obj(e.schedule);
      const lines = Array.isArray(e.financing) ? (e.financing as Obj[]) : [];
      const financing = lines.map((l) => `${l.partner}:${pairs(l.by_year) ?? ''}`).join('; ') || undefined;
      // Objectives and activities are typed "Arabic | French; …", one pair per line of the list.
      const texts = (v: unknown) => (Array.isArray(v) && v.length ? v.map((t) => `${str(obj(t).ar) ?? ''} | ${str(obj(t).fr) ?? ''}`).join('; ') : undefined);
      return clean({
        ...flatten(e),
        women: str(b.women),
        men: str(b.men),
        start_year: str(s.start_year),
        end_year: str(s.end_year),
        financing,
        objectives: texts(e.objectives),
        activities: texts(e.activities),
      });
    },
    refs: [
      { kind: 'indicators', path: ['indicators', '*', 'project'], cascade: 'drop' },
      { kind: 'project', path: ['depends_on', '*'], cascade: 'drop' },
      { kind: 'project', path: ['excludes', '*'], cascade: 'drop' },
      { kind: 'finance', path: ['programme', 'lines', '*', 'project'], cascade: 'refuse' },
      { kind: 'finance', path: ['programme', 'unfunded', '*', 'project'], cascade: 'refuse' },
    ],
  },
  {
    name: 'programme',
    form: 'add.programme',
    file: 'plan',
    list: ['programmes'],
    key: 'id',
    optional: ['start_year', 'end_year', 'envelope'],
    toAnswers: (e) => clean(flatten(e)),
    refs: [{ kind: 'project', path: ['convergence', '*'], cascade: 'drop' }],
  },
  {
    name: 'acronym',
    form: 'add.acronym',
    file: 'plan',
    list: ['acronyms'],
    key: 'short',
    optional: [],
    toAnswers: (e) => clean({ short: str(e.short), meaning_ar: str(obj(e.long).ar), meaning_fr: str(obj(e.long).fr) }),
    refs: [],
  },
  {
    name: 'partner',
    form: 'add.partner',
    file: 'finance',
    list: ['partners'],
    key: 'id',
    optional: ['commitments'],
    toAnswers: (e) => clean({ ...flatten(e), commitments: pairs(e.commitments) }),
    refs: [
      { kind: 'project', path: ['financing', '*', 'partner'], cascade: 'refuse' },
      { kind: 'finance', path: ['programme', 'lines', '*', 'partner'], cascade: 'refuse' },
    ],
  },
  {
    name: 'projection',
    form: 'add.projection',
    file: 'finance',
    list: ['projection'],
    key: 'year',
    optional: [],
    toAnswers: (e) => flatten(e),
    refs: [],
  },
  {
    name: 'indicator',
    form: 'add.indicator',
    file: 'indicators',
    list: ['indicators'],
    key: 'id',
    optional: ['project', 'responsible'],
    toAnswers: (e) => {
      const b = obj(e.baseline);
      const targets = Object.entries(obj(e.targets)).sort(([a], [b]) => Number(a) - Number(b));
      const last = targets[targets.length - 1];
      return clean({ ...flatten(e), baseline_value: str(b.value), baseline_year: str(b.year), target: str(last?.[1]), target_year: last?.[0] });
    },
    refs: [{ kind: 'project', path: ['indicator_ids', '*'], cascade: 'drop' }],
  },
  {
    name: 'resource',
    form: 'add.resource',
    file: 'finance',
    list: ['resources'],
    key: ['year', 'category'],
    optional: [],
    toAnswers: (e) => flatten(e),
    refs: [],
  },
  // Nothing refers to the implementation set-up's lines.
  implementation('steering', 'steering', ['members']),
  implementation('report', 'reporting', ['month', 'by', 'to']),
  implementation('communication', 'communication', ['audience', 'when']),
];

/** The id entry `e` is addressed by; undefined when it has none. */
export function idOf(kind: EntryKind, e: Obj): string | undefined {
  const parts = (typeof kind.key === 'string' ? [kind.key] : kind.key).map((k) => str(e[k]));
  return parts.every((p) => p !== undefined && p !== '') ? parts.join('.') : undefined;
}

/** The ids of a list's entries, in order: a line without one goes by its position when the kind allows it. */
export function listIds(kind: EntryKind, items: readonly unknown[]): string[] {
  return items.map((e, i) => idOf(kind, obj(e)) ?? (kind.byPosition ? String(i + 1) : undefined)).filter((id): id is string => id !== undefined);
}

/** The index of entry `id` in a list (its own id first, then a position), -1 when absent. */
export function indexOfEntry(kind: EntryKind, items: readonly unknown[], id: string): number {
  const i = items.findIndex((e) => idOf(kind, obj(e)) === id);
  if (i >= 0 || !kind.byPosition || !/^[1-9]\d*$/.test(id)) return i;
  const n = Number(id) - 1;
  return n < items.length && idOf(kind, obj(items[n])) === undefined ? n : -1;
}

/** What the `<id>` argument of `plan edit|remove <kind>` is, for the help. */
export const idArgument = (kind: EntryKind): string =>
  typeof kind.key !== 'string'
    ? `${kind.key.join('.')} of the line, e.g. 2023.vat_share`
    : kind.key === 'year'
      ? 'year of the row'
      : kind.byPosition
        ? 'id of the entry (a line written without one: its position, 1, 2, …)'
        : 'id of the entry';

/** The kind named `name`. */
export const entryKind = (name: string): EntryKind | undefined => ENTRY_KINDS.find((k) => k.name === name);
