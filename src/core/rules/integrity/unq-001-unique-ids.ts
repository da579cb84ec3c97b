// PAC-UNQ-001: ids are unique within what they name, so that every reference means one thing
// (practice). Sources share one space because priority.source_ids mixes them.
import type { DataPath, Lang } from '../../diagnostics/diagnostic.js';
import type { Doc, Plan } from '../../plan/workspace.js';
import { defineRule } from '../rule.js';

type Space =
  | 'project'
  | 'axis'
  | 'criterion'
  | 'priority'
  | 'indicator'
  | 'source'
  | 'measure'
  | 'partner'
  | 'locality'
  | 'committee'
  | 'steering'
  | 'report'
  | 'communication';
type Place = { space: Space; doc: Doc<unknown>; path: DataPath; id: string };

const SPACES: Record<Lang, Record<Space, string>> = {
  ar: {
    project: 'المشاريع',
    axis: 'المحاور',
    criterion: 'معايير الترتيب',
    priority: 'الأولويات',
    indicator: 'مؤشرات التتبع',
    source: 'المشاكل والمؤهلات واللقاءات والمقترحات والاستمارات',
    measure: 'مؤشرات التشخيص',
    partner: 'الشركاء',
    locality: 'الدواوير والأحياء',
    committee: 'اللجان الدائمة',
    steering: 'هيئات القيادة',
    report: 'التقارير',
    communication: 'عمليات التواصل',
  },
  fr: {
    project: 'projets',
    axis: 'axes',
    criterion: 'critères de priorisation',
    priority: 'priorités',
    indicator: 'indicateurs de suivi',
    source: 'problèmes, potentialités, concertations, propositions et enquêtes',
    measure: 'indicateurs du diagnostic',
    partner: 'partenaires',
    locality: 'douars et quartiers',
    committee: 'commissions permanentes',
    steering: 'instances de pilotage',
    report: 'rapports',
    communication: 'actions de communication',
  },
  en: {
    project: 'projects',
    axis: 'axes',
    criterion: 'prioritisation criteria',
    priority: 'priorities',
    indicator: 'monitoring indicators',
    source: 'problems, potentials, consultations, proposals and surveys',
    measure: 'diagnosis indicators',
    partner: 'partners',
    locality: 'douars and neighbourhoods',
    committee: 'standing committees',
    steering: 'steering bodies',
    report: 'reports',
    communication: 'communication actions',
  },
};

// Every id-bearing item of the valid files, in file order.
function places(plan: Plan): Place[] {
  const out: Place[] = [];
  const add = (space: Space, doc: Doc<unknown>, path: DataPath, id: string | undefined) => {
    if (id !== undefined) out.push({ space, doc, path, id });
  };
  const { commune: cm, diagnosis: dg, consultations: ks, priorities: pr, finance: fi, indicators: ind } = plan;
  cm?.data.localities?.forEach((l, i) => add('locality', cm, ['localities', i, 'id'], l.id));
  cm?.data.council.standing_committees?.forEach((c, i) => add('committee', cm, ['council', 'standing_committees', i, 'id'], c.id));
  dg?.data.sectors.forEach((s, i) => {
    s.indicators?.forEach((x, j) => add('measure', dg, ['sectors', i, 'indicators', j, 'id'], x.id));
    s.problems?.forEach((x, j) => add('source', dg, ['sectors', i, 'problems', j, 'id'], x.id));
    s.potentials?.forEach((x, j) => add('source', dg, ['sectors', i, 'potentials', j, 'id'], x.id));
  });
  ks?.data.consultations.forEach((c, i) => {
    add('source', ks, ['consultations', i, 'id'], c.id);
    c.proposals?.forEach((p, j) => add('source', ks, ['consultations', i, 'proposals', j, 'id'], p.id));
  });
  ks?.data.surveys?.forEach((s, i) => add('source', ks, ['surveys', i, 'id'], s.id));
  pr?.data.axes.forEach((a, i) => add('axis', pr, ['axes', i, 'id'], a.id));
  pr?.data.criteria?.forEach((c, i) => add('criterion', pr, ['criteria', i, 'id'], c.id));
  pr?.data.priorities.forEach((p, i) => add('priority', pr, ['priorities', i, 'id'], p.id));
  for (const doc of plan.projects) add('project', doc, ['id'], doc.data.id);
  fi?.data.partners.forEach((p, i) => add('partner', fi, ['partners', i, 'id'], p.id));
  ind?.data.indicators.forEach((x, i) => add('indicator', ind, ['indicators', i, 'id'], x.id));
  const mf = plan.manifest;
  const im = mf?.data.implementation;
  if (mf && im) {
    im.steering?.forEach((x, i) => add('steering', mf, ['implementation', 'steering', i, 'id'], x.id));
    im.reporting?.forEach((x, i) => add('report', mf, ['implementation', 'reporting', i, 'id'], x.id));
    im.communication?.forEach((x, i) => add('communication', mf, ['implementation', 'communication', i, 'id'], x.id));
  }
  return out;
}

/** Within each id space, every id but the first occurrence is reported. Reads every valid file present. */
export default defineRule({
  code: 'PAC-UNQ-001',
  title: { ar: 'المعرفات فريدة', fr: 'Identifiants uniques', en: 'Unique ids' },
  severity: 'error',
  phase: 1,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `المعرف «${a.id}» مستعمل من قبل في ${SPACES.ar[a.space as Space]} (${a.first})`,
    fr: (a) => `L’identifiant « ${a.id} » est déjà utilisé parmi les ${SPACES.fr[a.space as Space]} (${a.first})`,
    en: (a) => `The id “${a.id}” is already used among the ${SPACES.en[a.space as Space]} (${a.first})`,
  },
  check(plan, { report }) {
    const seen = new Map<string, Place>();
    for (const p of places(plan)) {
      const key = `${p.space}\u0000${p.id}`;
      const first = seen.get(key);
      if (!first) seen.set(key, p);
      else report({ doc: p.doc, path: p.path }, { id: p.id, space: p.space, first: `${first.doc.file} › ${first.path.join('.')}` }, { found: p.id });
    }
  },
});
