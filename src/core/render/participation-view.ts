// Participatory diagnosis: who took part (by meeting type, sex, age and group), surveys, SWOT, gender.
import type { Plan } from '../plan/workspace.js';
import { bi, bis } from './bi.js';
import type { ParticipationRow, ViewModel } from './view-model.js';

const TYPE_ORDER = ['launch', 'services_meeting', 'workshop_sectoral', 'workshop_territorial', 'target_group', 'iecag', 'committee', 'online_form', 'survey'];

/** Builds the participation part of the view model. */
export function participationView(plan: Plan): ViewModel['participation'] {
  const list = plan.consultations?.data.consultations ?? [];
  const row = (type: string, cs: typeof list): ParticipationRow => ({
    type,
    events: cs.length,
    total: cs.reduce((a, c) => a + c.participants.total, 0),
    women: cs.reduce((a, c) => a + c.participants.women, 0),
    men: cs.reduce((a, c) => a + c.participants.men, 0),
    youth: cs.reduce((a, c) => a + (c.participants.youth ?? 0), 0),
    pwd: cs.reduce((a, c) => a + (c.participants.pwd ?? 0), 0),
    rural: cs.reduce((a, c) => a + (c.participants.rural ?? 0), 0),
  });
  const types = [...new Set(list.map((c) => c.type))].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  const totals = row('total', list);
  const d = plan.diagnosis?.data;
  return {
    byType: types.map((t) =>
      row(
        t,
        list.filter((c) => c.type === t),
      ),
    ),
    totals,
    bySex: {
      kind: 'donut',
      titleKey: 'chart.bySex',
      unit: 'count',
      items: [
        { label: null, key: 'col.women', value: totals.women },
        { label: null, key: 'col.men', value: totals.men },
      ],
    },
    surveys: (plan.consultations?.data.surveys ?? []).map((s) => ({
      id: s.id,
      title: bi(s.title),
      startDate: s.start_date,
      endDate: s.end_date ?? null,
      method: s.method ?? null,
      sample: s.sample_size ?? null,
      total: s.respondents.total,
      women: s.respondents.women,
      men: s.respondents.men,
      byAge: Object.entries(s.respondents.by_age ?? {}).map(([band, count]) => ({ band, count: count ?? 0 })),
    })),
    swot: d?.swot
      ? { strengths: bis(d.swot.strengths), weaknesses: bis(d.swot.weaknesses), opportunities: bis(d.swot.opportunities), threats: bis(d.swot.threats) }
      : null,
    gender: d?.gender_analysis
      ? { summary: bi(d.gender_analysis.summary)!, findings: bis(d.gender_analysis.findings), recommendations: bis(d.gender_analysis.recommendations) }
      : null,
  };
}
