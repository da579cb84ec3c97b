// Gathers what the ranking needs from a plan, and reports the inputs that make a ranking meaningless.
import { closest } from 'fastest-levenshtein';
import { suggest } from '../diagnostics/suggest.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/workspace.js';
import { td, type DecideKey } from '../../i18n/decide.js';
import { checkLink, citizenSupport, supportScore, type Support, type SurveyLink } from './citizen-support.js';
import { DEFAULT_TIE_BREAK, readCriteria, type Criterion, type TieBreak } from './criteria.js';
import type { RankItem } from './rank-priorities.js';

/** Inputs of the ranking, ready for rankPriorities, with the scores computed from consultations. */
export interface RankingInput {
  criteria: Criterion[];
  items: RankItem[];
  tieBreak: TieBreak;
  /** priority id → criterion id → score computed from the consultations (citizen_support criteria). */
  computed: Map<string, Record<string, number>>;
  /** priority id → the support figures behind the computed scores. */
  support: Map<string, Support>;
  /** Problems that stop the ranking (errors) or qualify it (warnings). */
  diagnostics: Diagnostic[];
}

/** Tolerance on Σ weights = weights_total (weights are often typed as decimals). */
const WEIGHT_EPS = 1e-6;

/** Reads criteria, scores and tie-break figures from the plan, and checks them. */
export function prepareRanking(plan: Plan, lang: Lang, links: readonly SurveyLink[] = []): RankingInput {
  const doc = plan.priorities!;
  const file = doc.file;
  const data = doc.data;
  const criteria = readCriteria(data);
  const diagnostics: Diagnostic[] = [];
  const err = (code: string, path: Diagnostic['path'], key: DecideKey, args: Record<string, string | number> = {}, ef?: { expected: string; found: string }) =>
    diagnostics.push({ file, code, severity: 'error', message: td(key, lang, args), path, ...(ef ?? {}) });

  if (!criteria.length) err('PAC-DEC-001', data.criteria ? ['criteria'] : [], 'rank.noCriteria');
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (data.weights_total !== undefined && Math.abs(sum - data.weights_total) > WEIGHT_EPS)
    err(
      'PAC-DEC-002',
      ['weights_total'],
      'rank.weightsSum',
      { sum: fmt(sum), total: fmt(data.weights_total) },
      { expected: fmt(data.weights_total), found: fmt(sum) },
    );
  if (data.weights_total === undefined && criteria.length && sum <= 0) err('PAC-DEC-002', ['criteria'], 'rank.weightsZero');
  criteria.forEach((c, i) => {
    if (!(c.scale.min < c.scale.max))
      err('PAC-DEC-003', ['criteria', i, 'scale'], 'rank.badScale', { id: c.id }, { expected: 'min < max', found: `${c.scale.min} ≥ ${c.scale.max}` });
  });

  // Survey answers counted as support: those the plan declares (checked here, with their position), then the command line's.
  const declared: SurveyLink[] = [];
  data.priorities.forEach((p, i) =>
    (p.survey_choices ?? []).forEach((l, j) => {
      const bad = checkLink(plan.consultations?.data, l);
      if (!bad) return void declared.push({ priority: p.id, ...l });
      const found = l[bad.field];
      const guess = bad.known.length ? closest(found, bad.known) : undefined;
      err(
        'PAC-DEC-007',
        ['priorities', i, 'survey_choices', j, bad.field],
        `rank.badLink.${bad.field}`,
        { name: found, guess: guess ?? '—' },
        { expected: bad.known.join(', ') || '—', found },
      );
    }),
  );
  const support = citizenSupport(data.priorities, plan.consultations?.data, [...declared, ...links]);
  const computed = new Map<string, Record<string, number>>();
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const ids = criteria.map((c) => c.id);
  const projectsOf = projectFigures(plan);
  const population = new Map((plan.commune?.data.localities ?? []).map((l) => [l.id, l.population ?? 0]));

  const items: RankItem[] = data.priorities.map((p, i) => {
    const scores: Record<string, number> = {};
    for (const [key, value] of Object.entries(p.scores ?? {})) {
      const c = byId.get(key);
      if (!c) {
        const guess = suggest(key, ids);
        err(
          'PAC-DEC-005',
          ['priorities', i, 'scores', key],
          guess ? 'rank.unknownCriterionGuess' : 'rank.unknownCriterion',
          { id: key, guess: guess ?? '' },
          { expected: ids.join(', '), found: key },
        );
        continue;
      }
      if (c.source === 'citizen_support') continue;
      if (value === undefined) continue;
      // A scale that runs the wrong way is PAC-DEC-003's finding; judging scores on it would repeat it.
      if (c.scale.min < c.scale.max && (value < c.scale.min || value > c.scale.max))
        err(
          'PAC-DEC-004',
          ['priorities', i, 'scores', key],
          'rank.outOfScale',
          { id: p.id, criterion: key, value, min: c.scale.min, max: c.scale.max },
          { expected: `${c.scale.min}..${c.scale.max}`, found: String(value) },
        );
      scores[key] = value;
    }
    const own: Record<string, number> = {};
    for (const c of criteria) {
      if (c.source === 'citizen_support') {
        own[c.id] = scores[c.id] = supportScore(c, support.get(p.id)?.share ?? 0);
      } else if (scores[c.id] === undefined && p.scores?.[c.id] === undefined) {
        err('PAC-DEC-006', ['priorities', i, p.scores ? 'scores' : 'id'], 'rank.missingScore', { id: p.id, criterion: c.id }, { expected: c.id, found: '—' });
      }
    }
    if (Object.keys(own).length) computed.set(p.id, own);
    const figures = projectsOf.get(p.id);
    const localPop = (p.localities ?? []).reduce((s, l) => s + (population.get(l) ?? 0), 0);
    return {
      id: p.id,
      scores,
      ...(figures ? { cost: figures.cost } : {}),
      ...(figures?.beneficiaries !== undefined ? { beneficiaries: figures.beneficiaries } : localPop > 0 ? { beneficiaries: localPop } : {}),
    };
  });
  return { criteria, items, tieBreak: data.tie_break ?? DEFAULT_TIE_BREAK, computed, support, diagnostics };
}

/** Σ cost and Σ beneficiaries of the (not cancelled) projects serving each priority. */
function projectFigures(plan: Plan): Map<string, { cost: number; beneficiaries?: number }> {
  const out = new Map<string, { cost: number; beneficiaries?: number }>();
  for (const { data: p } of plan.projects) {
    if (p.status === 'cancelled') continue;
    for (const id of p.priority_ids) {
      const f = out.get(id) ?? { cost: 0 };
      f.cost += p.estimated_cost;
      if (p.beneficiaries) f.beneficiaries = (f.beneficiaries ?? 0) + p.beneficiaries.total;
      out.set(id, f);
    }
  }
  return out;
}

const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);
