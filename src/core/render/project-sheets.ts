// One sheet per project, and the portfolio grouped by axis.
import type { Plan } from '../plan/workspace.js';
import { bi, bis } from './bi.js';
import { byId, titleOf } from './finance-view.js';
import { programmeView, type ProgrammeView } from './programme-view.js';
import type { Bi, ProjectSheet, ViewModel } from './view-model.js';

/** The axes of priorities.yaml with their titles. */
export function axesOf(plan: Plan): { id: string; number: number | null; title: Bi | null }[] {
  return (plan.priorities?.data.axes ?? []).map((a, i) => ({ id: a.id, number: i + 1, title: bi(a.title) }));
}

/** Anchor of a project sheet (also the PDF bookmark target). */
export const projectAnchor = (id: string) => `project-${slug(id)}`;

/** A safe fragment for an id: letters, digits and dashes only. */
export const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * Builds every project sheet, in id order. Cost, years and financing come from the programme view, so
 * that a sheet says what the portfolio and the financing tables say.
 */
export function projectSheets(plan: Plan, years: number[], view: ProgrammeView = programmeView(plan)): ProjectSheet[] {
  const axes = axesOf(plan);
  const localities = new Map((plan.commune?.data.localities ?? []).map((l) => [l.id, bi(l.name)!]));
  const partners = new Map((plan.finance?.data.partners ?? []).map((p) => [p.id, bi(p.name)!]));
  const indicators = new Map((plan.indicators?.data.indicators ?? []).map((i) => [i.id, i]));
  const priorities = new Map((plan.priorities?.data.priorities ?? []).map((p) => [p.id, p]));
  return [...plan.projects]
    .map((d) => d.data)
    .sort((a, b) => byId(a.id, b.id))
    .map((p) => ({ p, v: view.projects.get(p.id)! }))
    .map(({ p, v }, i) => ({
      id: p.id,
      number: i + 1,
      anchor: projectAnchor(p.id),
      title: titleOf(p) ?? { ar: p.id, fr: p.id },
      axis: p.axis ? (axes.find((a) => a.id === p.axis) ?? { id: p.axis, number: null, title: null }) : null,
      sector: p.sector,
      // A project the programme leaves out is an unfunded need, whatever its own sheet said.
      status: view.source === 'programme' && !v.programmed && p.status !== 'cancelled' ? 'unfunded' : p.status,
      programmed: v.programmed,
      competence: p.competence_type,
      owner: bi(p.project_owner),
      responsible: p.responsible_unit ?? null,
      localities: (p.localities ?? []).map((id) => localities.get(id) ?? { ar: id, fr: id }),
      gps: p.gps ?? null,
      rationale: bi(p.rationale),
      objectives: bis(p.objectives),
      activities: bis(p.activities),
      beneficiaries: p.beneficiaries
        ? {
            total: p.beneficiaries.total,
            women: p.beneficiaries.women ?? null,
            men: p.beneficiaries.men ?? null,
            youth: p.beneficiaries.youth ?? null,
            pwd: p.beneficiaries.pwd ?? null,
          }
        : null,
      cost: v.cost,
      schedule: { start: v.start, end: v.end },
      financing: v.financing.map((f) => ({
        partner: partners.get(f.partner) ?? { ar: f.partner, fr: f.partner },
        amount: f.amount,
        years: years.map((y) => f.byYear.get(y) || null),
      })),
      studies: p.prerequisites?.studies ?? null,
      land: p.prerequisites?.land ?? null,
      prerequisiteNotes: bi(p.prerequisites?.notes),
      risks: bis(p.risks),
      indicators: (p.indicator_ids ?? []).map((id) => {
        const i = indicators.get(id);
        const targets = Object.entries(i?.targets ?? {}).sort(([a], [b]) => Number(a) - Number(b));
        return {
          id,
          name: bi(i?.name) ?? { ar: id, fr: id },
          unit: i?.unit ?? null,
          target: targets.length ? (targets[targets.length - 1]![1] ?? null) : null,
        };
      }),
      priorities: p.priority_ids.map((id) => ({ id, need: bi(priorities.get(id)?.need), rank: priorities.get(id)?.rank ?? null })),
      pdr: bi(p.pdr_link) ?? bi(p.pdr_reason),
      agreement: p.agreement ? { reference: p.agreement.reference, signedOn: p.agreement.signed_on ?? null } : null,
    }));
}

/**
 * The portfolio: the programmed projects grouped by axis (axes in file order, then projects without an
 * axis). Projects the programme leaves out are the finance chapter's unfunded needs, not in these totals.
 */
export function portfolio(plan: Plan, all: ProjectSheet[]): ViewModel['projects']['byAxis'] {
  const sheets = all.filter((s) => s.programmed);
  const groups: ViewModel['projects']['byAxis'] = [];
  const row = (s: ProjectSheet) => ({
    id: s.id,
    number: s.number,
    anchor: s.anchor,
    title: s.title,
    sector: s.sector,
    cost: s.cost,
    start: s.schedule.start,
    end: s.schedule.end,
    status: s.status,
  });
  const known = new Set<string>();
  for (const axis of axesOf(plan)) {
    known.add(axis.id);
    const mine = sheets.filter((s) => s.axis?.id === axis.id);
    if (mine.length) groups.push({ axis, projects: mine.map(row), total: mine.reduce((a, s) => a + s.cost, 0) });
  }
  const rest = sheets.filter((s) => !s.axis || !known.has(s.axis.id));
  if (rest.length) groups.push({ axis: null, projects: rest.map(row), total: rest.reduce((a, s) => a + s.cost, 0) });
  return groups;
}
