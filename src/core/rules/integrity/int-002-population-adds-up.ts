// PAC-INT-002: the census figures of the commune profile are consistent (domain note §5 rule 21:
// men + women = total), so that every rate computed from them is sound.
import { defineRule } from '../rule.js';

type Group = 'total' | 'men' | 'women';
const GROUP: Record<'ar' | 'fr' | 'en', Record<Group, string>> = {
  ar: { total: 'المجموع', men: 'الرجال', women: 'النساء' },
  fr: { total: 'total', men: 'hommes', women: 'femmes' },
  en: { total: 'total', men: 'men', women: 'women' },
};

/** population men + women = total; the age bands add up to no more than the total, nor each sex. */
export default defineRule({
  code: 'PAC-INT-002',
  title: {
    ar: 'انسجام أرقام السكان',
    fr: 'Cohérence des chiffres de population',
    en: 'Population figures add up',
  },
  severity: 'error',
  phase: 1,
  needs: ['commune'],
  basis: 'practice',
  message: {
    ar: (a) =>
      a.what === 'total'
        ? `الرجال (${a.men}) + النساء (${a.women}) = ${a.found}، والمجموع المصرح به ${a.expected}`
        : `مجموع الفئات العمرية (${GROUP.ar[a.group as Group]}) هو ${a.found} ويتجاوز ${a.expected}`,
    fr: (a) =>
      a.what === 'total'
        ? `Hommes (${a.men}) + femmes (${a.women}) = ${a.found}, mais le total déclaré est ${a.expected}`
        : `Les tranches d’âge (${GROUP.fr[a.group as Group]}) totalisent ${a.found}, plus que ${a.expected}`,
    en: (a) =>
      a.what === 'total'
        ? `Men (${a.men}) + women (${a.women}) = ${a.found}, but the declared total is ${a.expected}`
        : `The age bands (${GROUP.en[a.group as Group]}) add up to ${a.found}, more than ${a.expected}`,
  },
  check(plan, { report }) {
    const doc = plan.commune!;
    const pop = doc.data.population;
    const sum = pop.men + pop.women;
    if (sum !== pop.total)
      report(
        { doc, path: ['population', 'total'] },
        { what: 'total', men: pop.men, women: pop.women, expected: pop.total, found: sum },
        { expected: pop.total, found: sum },
      );
    const bands = pop.age_bands;
    if (!bands?.length) return;
    const men = bands.reduce((s, b) => s + b.men, 0);
    const women = bands.reduce((s, b) => s + b.women, 0);
    const checks: Array<[Group, number, number]> = [
      ['total', men + women, pop.total],
      ['men', men, pop.men],
      ['women', women, pop.women],
    ];
    for (const [group, found, limit] of checks)
      if (found > limit) report({ doc, path: ['population', 'age_bands'] }, { what: 'bands', group, expected: limit, found }, { expected: limit, found });
  },
});
