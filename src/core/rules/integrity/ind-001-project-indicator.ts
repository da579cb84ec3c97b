// PAC-IND-001: the monitoring system sets, for each project, indicators with a starting point and a
// target (Decree 2-16-301 art. 6).
import type { IndicatorsFile } from '../../plan/schema-types.js';
import { defineRule } from '../rule.js';

type Indicator = IndicatorsFile['indicators'][number];
type Lack = 'unit' | 'baseline' | 'target';

// What an indicator still lacks to follow a project that ends in `end`.
function lacks(ind: Indicator, end: number): Lack[] {
  const out: Lack[] = [];
  if (!ind.unit?.trim()) out.push('unit');
  if (!ind.baseline) out.push('baseline');
  if (!Object.keys(ind.targets ?? {}).some((y) => Number(y) >= end)) out.push('target');
  return out;
}

// The lacking fields as data (field names and years), the same in every language.
const shown = (ind: Indicator, list: Lack[]): string =>
  [
    ind.id,
    ...list.map((l) =>
      l === 'target'
        ? `targets: ${
            Object.keys(ind.targets ?? {})
              .sort()
              .pop() ?? '—'
          }`
        : `${l}: —`,
    ),
  ].join(' · ');

const WORDS: Record<'ar' | 'fr' | 'en', Record<Lack, string>> = {
  ar: { unit: 'وحدة القياس', baseline: 'الوضعية المرجعية', target: 'قيمة مستهدفة في سنة نهاية المشروع أو بعدها' },
  fr: { unit: 'une unité', baseline: 'une situation de référence', target: 'une cible l’année de fin du projet ou après' },
  en: { unit: 'a unit', baseline: 'a baseline', target: 'a target in or after the project end year' },
};
const say = (lang: 'ar' | 'fr' | 'en', list: unknown) =>
  String(list)
    .split(',')
    .map((l) => WORDS[lang][l as Lack])
    .join(lang === 'ar' ? ' و' : lang === 'fr' ? ', ' : ', ');

/** Every project not cancelled has ≥1 indicator with unit, baseline and a target for a year ≥ its end year. */
export default defineRule({
  code: 'PAC-IND-001',
  title: {
    ar: 'مؤشر تتبع لكل مشروع',
    fr: 'Un indicateur de suivi par projet',
    en: 'A monitoring indicator for each project',
  },
  severity: 'error',
  phase: 3,
  needs: ['project', 'indicators'],
  basis: 'Decree 2-16-301 art. 6',
  message: {
    ar: (a) =>
      a.indicator === '—'
        ? `المشروع ${a.project} بدون مؤشر تتبع`
        : `مؤشر المشروع ${a.project} (${a.indicator}) ينقصه: ${say('ar', a.lacks)} (ينتهي المشروع سنة ${a.end})`,
    fr: (a) =>
      a.indicator === '—'
        ? `Le projet ${a.project} n’a aucun indicateur de suivi`
        : `Il manque à l’indicateur ${a.indicator} du projet ${a.project} : ${say('fr', a.lacks)} (le projet finit en ${a.end})`,
    en: (a) =>
      a.indicator === '—'
        ? `Project ${a.project} has no monitoring indicator`
        : `Indicator ${a.indicator} of project ${a.project} lacks ${say('en', a.lacks)} (the project ends in ${a.end})`,
  },
  check(plan, { report }) {
    const ind = plan.indicators!;
    const list = ind.data.indicators;
    // The indicators' positions by the project they name and by their id, built once: looking every
    // project up in the whole list made the check quadratic.
    const byProject = new Map<string, number[]>();
    const byId = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string | undefined, k: number) => {
      if (key === undefined) return;
      const at = map.get(key);
      if (at) at.push(k);
      else map.set(key, [k]);
    };
    list.forEach((x, k) => (add(byProject, x.project, k), add(byId, x.id, k)));
    for (const doc of plan.projects) {
      const p = doc.data;
      if (p.status === 'cancelled') continue;
      // Each linked indicator once, in the list's order (by project, or named in indicator_ids).
      const ks = new Set(byProject.get(p.id));
      for (const id of p.indicator_ids ?? []) for (const k of byId.get(id) ?? []) ks.add(k);
      const linked = [...ks].sort((a, b) => a - b).map((k) => ({ x: list[k]!, k }));
      const end = p.schedule.end_year;
      const scored = linked.map((c) => ({ ...c, lacks: lacks(c.x, end) })).sort((a, b) => a.lacks.length - b.lacks.length);
      const best = scored[0];
      const expected = `unit, baseline, targets ≥ ${end}`;
      if (!best) {
        report(
          { doc, path: p.indicator_ids ? ['indicator_ids'] : ['id'] },
          { project: p.id, indicator: '—', lacks: '', end: String(end) },
          { expected, found: '—' },
        );
      } else if (best.lacks.length) {
        const path = best.lacks.length === 1 && best.lacks[0] === 'target' && best.x.targets ? ['indicators', best.k, 'targets'] : ['indicators', best.k];
        report(
          { doc: ind, path },
          { project: p.id, indicator: best.x.id, lacks: best.lacks.join(','), end: String(end) },
          { expected, found: shown(best.x, best.lacks) },
        );
      }
    }
  },
});
