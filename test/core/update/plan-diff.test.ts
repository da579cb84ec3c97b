// diffPlans: what an update changes, entry by entry; diffSections words each change from the catalogue.
import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../../../src/core/plan/workspace.js';
import type { IndicatorsFile, PrioritiesFile, ProjectFile } from '../../../src/core/plan/schema-types.js';
import { changeCount, diffPlans } from '../../../src/core/update/plan-diff.js';
import { diffSections, diffText } from '../../../src/core/update/diff-sections.js';

const project = (over: Partial<ProjectFile> = {}): ProjectFile => ({
  id: 'P1',
  title: { ar: 'مشروع', fr: 'Projet' },
  axis: 'AX1',
  sector: 'drinking_water',
  priority_ids: ['PRI1'],
  competence_type: 'own',
  estimated_cost: 100,
  financing: [
    { partner: 'COMMUNE', amount: 60, by_year: { '2024': 60 } },
    { partner: 'ONEE', amount: 40, by_year: { '2024': 40 } },
  ],
  schedule: { start_year: 2024, end_year: 2024 },
  status: 'planned',
  ...over,
});

function plan(projects: ProjectFile[], indicators: IndicatorsFile['indicators'] = [], priorities?: PrioritiesFile): Plan {
  const p = emptyPlan('.');
  p.projects = projects.map((data) => ({ file: `projects/${data.id}.yaml`, kind: 'project', data }));
  p.indicators = { file: 'indicators.yaml', kind: 'indicators', data: { indicators } };
  if (priorities) p.priorities = { file: 'priorities.yaml', kind: 'priorities', data: priorities };
  return p;
}

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    const a = plan([project()]);
    const d = diffPlans(a, a);
    expect(changeCount(d)).toBe(0);
    expect(diffText(d, 'H', 'en')).toBe('H\n\nNo change.\n');
  });

  it('follows a partner that leaves, one that joins, the status, the axis and the title', () => {
    const b = project({
      title: { ar: 'مشروع جديد', fr: 'Projet nouveau' },
      axis: 'AX2',
      status: 'deferred',
      financing: [
        { partner: 'COMMUNE', amount: 60, by_year: { '2025': 60 } },
        { partner: 'REGION', amount: 40, by_year: { '2025': 40 } },
      ],
    });
    const d = diffPlans(plan([project()]), plan([b]));
    expect(d.projects.changed).toEqual([
      {
        id: 'P1',
        title: b.title,
        financing: [
          { partner: 'ONEE', before: 40, after: null },
          { partner: 'REGION', before: null, after: 40 },
        ],
        axis: { before: 'AX1', after: 'AX2' },
        status: { before: 'planned', after: 'deferred' },
        title_changed: true,
      },
    ]);
    const lines = diffSections(d, 'fr')[0]!.items[0]!.details;
    expect(lines).toEqual([
      'Intitulé modifié',
      'Financement ONEE : 40\u00a0MAD → —',
      'Financement REGION : — → 40\u00a0MAD',
      'Axe : AX1 → AX2',
      'État : Programmé → Reporté',
    ]);
  });

  it('follows indicator baselines and targets, and axes and priorities', () => {
    const ind = { id: 'I1', name: { ar: 'مؤشر', fr: 'Indicateur' }, level: 'output' as const, baseline: { value: 5, year: 2022 }, targets: { '2025': 10 } };
    const pri = (axTitle: string, rank: number): PrioritiesFile => ({
      axes: [{ id: 'AX1', title: { ar: axTitle, fr: axTitle } }],
      priorities: [{ id: 'PRI1', sector: 'drinking_water', need: { ar: 'ماء', fr: 'Eau' }, source_ids: [], rank }],
    });
    const d = diffPlans(
      plan([], [ind], pri('A', 1)),
      plan([], [{ ...ind, baseline: { value: 6, year: 2023 }, targets: { '2025': 10, '2027': 12 } }], pri('B', 2)),
    );
    expect(d.indicators.changed[0]).toMatchObject({
      baseline: { before: { value: 5, year: 2022 }, after: { value: 6, year: 2023 } },
      targets: [{ year: '2027', before: null, after: 12 }],
    });
    expect(d.axes.changed.map((a) => a.id)).toEqual(['AX1']);
    expect(d.priorities.changed).toEqual([{ id: 'PRI1', title: { ar: 'ماء', fr: 'Eau' }, rank: { before: 1, after: 2 } }]);
    const text = diffText(d, 'H', 'ar');
    expect(text).toContain('القيمة المرجعية: 5 (سنة 2022) ← 6 (سنة 2023)');
    expect(text).toContain('الرتبة: 1 ← 2');
  });
});
