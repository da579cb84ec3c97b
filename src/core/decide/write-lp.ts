// Writes the selection model as a MILP in CPLEX LP text, the format HiGHS reads.
import { groupKey, type Group } from './groups.js';
import { communeAmount, endYear, partnerAmount, type SelectionModel } from './selection-model.js';
import { exclusionPairs, shareOf } from './violations.js';

/** Variants of the model: groups dropped (conflict search), one project forced in, groups relaxed by slacks. */
export interface LpOptions {
  drop?: ReadonlySet<string>;
  force?: string;
  /** Groups whose limit may be exceeded by a slack; the objective becomes: minimise Σ slacks (dirhams). */
  slack?: ReadonlySet<string>;
}

/** An LP text and how to read its columns back. */
export interface LpText {
  text: string;
  /** Column name → candidate index and start year. */
  columns: Map<string, { candidate: number; start: number }>;
  /** Group key → its slack column (slack mode only). */
  slacks: Map<string, string>;
  /** Objective units per point of value: the objective is Σ (round(100·value)·scale − shift)·x. */
  scale: number;
  /** True when a row has no variable but must hold (a required project that has no possible start). */
  trivialInfeasible: boolean;
}

/**
 * The model: x_p_s = 1 when project p starts in year s.
 * Objective (maximise): Σ (V_p·K − |s − planned_p|)·x_p_s with V_p = round(100·value_p) and
 * K = 1 + Σ_p max shift_p, so that value always comes first and, among programmes of equal value,
 * the one closest to the planned years wins (every coefficient is an integer: a gap below 1 proves optimality).
 */
export function writeLp(m: SelectionModel, opts: LpOptions = {}): LpText {
  const drop = opts.drop ?? new Set<string>();
  const slackMode = opts.slack !== undefined;
  const cols = new Map<string, { candidate: number; start: number }>();
  const slacks = new Map<string, string>();
  const idx = new Map(m.candidates.map((c, i) => [c.id, i]));
  const varsOf = m.candidates.map((c, i) => (c.forcedOut ? [] : c.starts.map((s) => ({ name: `x${i}_${s}`, start: s }))));
  varsOf.forEach((vs, i) => vs.forEach((v) => cols.set(v.name, { candidate: i, start: v.start })));
  let trivialInfeasible = false;

  const maxShift = m.candidates.map((c) => Math.max(0, ...c.starts.map((s) => Math.abs(s - c.plannedStart))));
  const K = 1 + maxShift.reduce((a, b) => a + b, 0);
  const objTerms: Array<[number, string]> = [];
  m.candidates.forEach((c, i) => {
    const V = Math.round(c.value * 100);
    for (const v of varsOf[i]!) objTerms.push([slackMode ? 0 : V * K - Math.abs(v.start - c.plannedStart), v.name]);
  });

  const rows: string[] = [];
  let n = 0;
  const row = (g: Group | undefined, terms: Array<[number, string]>, sense: '<=' | '>=' | '=', rhs: number) => {
    const key = g ? groupKey(g) : undefined;
    if (key && drop.has(key)) return;
    const t = terms.filter(([a]) => a !== 0);
    if (key && opts.slack?.has(key)) {
      const s = `s${slacks.size}`;
      slacks.set(key, s);
      t.push([sense === '<=' ? -1 : 1, s]);
    }
    if (!t.length) {
      if ((sense === '=' && rhs !== 0) || (sense === '<=' && rhs < 0) || (sense === '>=' && rhs > 0)) trivialInfeasible = true;
      return;
    }
    rows.push(` r${n++}: ${terms2(t)} ${sense} ${num(rhs)}`);
  };

  m.candidates.forEach((c, i) => {
    const vs = varsOf[i]!;
    const required = (c.required && !c.forcedOut && !drop.has(groupKey({ kind: 'required', project: c.id }))) || opts.force === c.id;
    const group: Group | undefined = c.required && opts.force !== c.id ? { kind: 'required', project: c.id } : undefined;
    if (required)
      row(
        group,
        vs.map((v) => [1, v.name]),
        '=',
        1,
      );
    else if (vs.length > 1)
      row(
        undefined,
        vs.map((v) => [1, v.name]),
        '<=',
        1,
      );
  });
  for (const year of m.years) {
    const cap = m.capacity[year];
    if (cap === undefined) continue;
    const terms: Array<[number, string]> = [];
    m.candidates.forEach((c, i) => varsOf[i]!.forEach((v) => terms.push([communeAmount(m, c, v.start, year), v.name])));
    row({ kind: 'capacity', year }, terms, '<=', cap);
  }
  for (const [partner, caps] of Object.entries(m.partnerCaps))
    for (const year of m.years) {
      const terms: Array<[number, string]> = [];
      m.candidates.forEach((c, i) => varsOf[i]!.forEach((v) => terms.push([partnerAmount(c, v.start, year, partner), v.name])));
      row({ kind: 'partner', partner, year }, terms, '<=', caps[year] ?? 0);
    }
  m.candidates.forEach((c, i) => {
    for (const on of c.dependsOn) {
      const a = idx.get(on)!;
      const pre = m.candidates[a]!;
      for (const v of varsOf[i]!) {
        const before = varsOf[a]!.filter((u) => endYear(pre, u.start) <= v.start - 1).map((u): [number, string] => [-1, u.name]);
        row({ kind: 'dependency', project: c.id, on }, [[1, v.name], ...before], '<=', 0);
      }
    }
  });
  for (const [x, y] of exclusionPairs(m)) {
    const terms = [...varsOf[idx.get(x)!]!, ...varsOf[idx.get(y)!]!].map((v): [number, string] => [1, v.name]);
    if (varsOf[idx.get(x)!]!.length && varsOf[idx.get(y)!]!.length) row({ kind: 'exclusion', a: x, b: y }, terms, '<=', 1);
  }
  for (const b of m.bounds) {
    // share ≥ min  ⇔  Σ (f_p − min)·cost_p·x ≥ 0 ;  share ≤ max  ⇔  Σ (max − f_p)·cost_p·x ≥ 0
    for (const side of ['min', 'max'] as const) {
      const limit = b[side];
      if (limit === undefined) continue;
      const terms: Array<[number, string]> = [];
      m.candidates.forEach((c, i) => {
        const f = shareOf(c, b);
        const coef = side === 'min' ? (f - limit) * c.cost : (limit - f) * c.cost;
        varsOf[i]!.forEach((v) => terms.push([coef, v.name]));
      });
      row({ kind: 'share', bound: b.kind, key: b.key, side }, terms, '>=', 0);
    }
  }

  const names = [...cols.keys()];
  const slackNames = [...slacks.values()];
  const objective = slackMode ? slackNames.map((s): [number, string] => [1, s]) : objTerms;
  const lines = [
    slackMode ? 'Minimize' : 'Maximize',
    ` obj: ${objective.length ? terms2(objective, true) : '0 x_none'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...names.map((x) => ` 0 <= ${x} <= 1`),
    ...slackNames.map((s) => ` ${s} >= 0`),
    ...(objective.length ? [] : [' x_none = 0']),
  ];
  if (names.length) lines.push('Binary', ...chunk(names, 10).map((c) => ' ' + c.join(' ')));
  lines.push('End', '');
  return { text: lines.join('\n'), columns: cols, slacks, scale: K, trivialInfeasible };
}

/** `a x + b y − c z`, wrapped every 8 terms (LP text allows continuation lines). */
function terms2(terms: Array<[number, string]>, keepZero = false): string {
  const parts: string[] = [];
  terms.forEach(([a, x], k) => {
    if (a === 0 && !keepZero) return;
    const sign = a < 0 ? '-' : '+';
    const body = `${num(Math.abs(a))} ${x}`;
    parts.push((k === 0 ? (a < 0 ? '- ' : '') : sign + ' ') + body);
  });
  return chunk(parts, 8)
    .map((c) => c.join(' '))
    .join('\n   ');
}

const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(Math.round(x * 1e6) / 1e6));

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
