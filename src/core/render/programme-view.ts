// The one programme every chapter prints: which projects are programmed, at what cost, in which years,
// financed by whom. From finance.yaml `programme` when `plan select` wrote one (a project it moved
// shows its new years; a project it left out is unfunded everywhere), else from the project sheets.
import type { Plan } from '../plan/workspace.js';

/** One amount of the programme: a project, a partner, a year. */
export interface ProgrammeLine {
  project: string;
  partner: string;
  year: number;
  amount: number;
}

/** A project as the programme has it. */
export interface ProgrammedProject {
  /** False for a project the programme leaves out (an unfunded need, or a cancelled project). */
  programmed: boolean;
  /** Σ of its programme lines when programmed, else its estimated cost. */
  cost: number;
  start: number;
  end: number;
  /** Its financing by partner: the amount and its split by year. */
  financing: Array<{ partner: string; amount: number; byYear: Map<number, number> }>;
}

/** The programme: its lines, each project's figures, and the total every chapter prints. */
export interface ProgrammeView {
  source: 'programme' | 'projects';
  lines: ProgrammeLine[];
  projects: Map<string, ProgrammedProject>;
  total: number;
}

/** Builds the programme view of a plan (pure; call it once per document). */
export function programmeView(plan: Plan): ProgrammeView {
  const programme = plan.finance?.data.programme;
  const source = programme && programme.lines.length > 0 ? 'programme' : 'projects';
  const lines: ProgrammeLine[] = [];
  if (source === 'programme') for (const l of programme!.lines) lines.push({ project: l.project, partner: l.partner, year: l.year, amount: l.amount });
  else
    for (const { data: p } of plan.projects)
      for (const f of p.financing)
        for (const [year, amount] of Object.entries(f.by_year)) if (amount) lines.push({ project: p.id, partner: f.partner, year: Number(year), amount });

  const projects = new Map<string, ProgrammedProject>();
  for (const { data: p } of plan.projects) {
    const mine = lines.filter((l) => l.project === p.id);
    if (source === 'programme' && mine.length) {
      const years = mine.map((l) => l.year);
      const partners = [...new Set(mine.map((l) => l.partner))];
      const financing = partners.map((partner) => {
        const byYear = new Map<number, number>();
        for (const l of mine) if (l.partner === partner) byYear.set(l.year, (byYear.get(l.year) ?? 0) + l.amount);
        return { partner, amount: sum([...byYear.values()]), byYear };
      });
      projects.set(p.id, { programmed: true, cost: sum(mine.map((l) => l.amount)), start: Math.min(...years), end: Math.max(...years), financing });
    } else {
      // Without a programme the sheets are the programme; a project the programme left out keeps its own plan.
      const financing = p.financing.map((f) => ({
        partner: f.partner,
        amount: f.amount,
        byYear: new Map(
          Object.entries(f.by_year)
            .filter(([, v]) => !!v)
            .map(([y, v]) => [Number(y), v as number]),
        ),
      }));
      projects.set(p.id, { programmed: source === 'projects', cost: p.estimated_cost, start: p.schedule.start_year, end: p.schedule.end_year, financing });
    }
  }
  return { source, lines, projects, total: sum(lines.map((l) => l.amount)) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
