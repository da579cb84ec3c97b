// The convergence matrix: each programmed project against the programmes it converges with (regional
// development programme, provincial programme, INDH, sector programmes, framework agreements), with
// its gender marker; and the same facts for each project sheet.
import type { Plan } from '../plan/workspace.js';
import { bi } from './bi.js';
import { byId, titleOf } from './finance-view.js';
import type { Bi } from './view-model.js';

/** A column of the matrix: a programme of plan.yaml, or the regional programme the projects cite. */
export interface ProgrammeColumn {
  id: string;
  kind: string;
  name: Bi | null;
  start: number | null;
  end: number | null;
  envelope: number | null;
  projects: number;
  invented: boolean;
}

/** The convergence chapter section and the facts each project sheet shows. */
export interface ConvergenceView {
  columns: ProgrammeColumn[];
  rows: { id: string; title: Bi; marks: boolean[]; gender: number | null }[];
  /** Per project id: its gender marker and the names of its programmes. */
  sheets: Record<string, { gender: number | null; programmes: { kind: string; name: Bi | null }[] }>;
}

const KIND_ORDER = ['pdr', 'provincial', 'indh', 'sector', 'agreement', 'other'];
/** Column id of the regional programme when plan.yaml lists none: the projects' own pdr_link. */
export const PDR_COLUMN = '(pdr)';

/** Builds the matrix over every project (sorted by id). */
export function convergenceView(plan: Plan): ConvergenceView {
  const listed = [...(plan.manifest?.data.programmes ?? [])].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const projects = [...plan.projects].map((d) => d.data).sort((a, b) => byId(a.id, b.id));
  const hasPdr = listed.some((p) => p.kind === 'pdr');
  const anyPdrLink = projects.some((p) => p.pdr_link);
  const columns: ProgrammeColumn[] = [
    ...(!hasPdr && anyPdrLink ? [{ id: PDR_COLUMN, kind: 'pdr', name: null, start: null, end: null, envelope: null, projects: 0, invented: false }] : []),
    ...listed.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: bi(p.name),
      start: p.start_year ?? null,
      end: p.end_year ?? null,
      envelope: p.envelope ?? null,
      projects: 0,
      invented: p.invented ?? false,
    })),
  ];
  // A project converges with a programme it lists, and with the regional programme when it cites one.
  const marks = (p: (typeof projects)[number]) => columns.map((col) => (p.convergence ?? []).includes(col.id) || (col.kind === 'pdr' && !!p.pdr_link));
  const rows = projects.map((p) => ({ id: p.id, title: titleOf(p) ?? { ar: p.id, fr: p.id }, marks: marks(p), gender: p.gender_marker ?? null }));
  rows.forEach((r) => r.marks.forEach((m, i) => m && columns[i]!.projects++));
  const sheets: ConvergenceView['sheets'] = {};
  for (const r of rows) sheets[r.id] = { gender: r.gender, programmes: columns.filter((_, i) => r.marks[i]).map((c) => ({ kind: c.kind, name: c.name })) };
  return { columns, rows: columns.length || rows.some((r) => r.gender !== null) ? rows : [], sheets };
}
