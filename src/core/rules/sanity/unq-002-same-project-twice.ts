// PAC-UNQ-002: one project, one sheet: two sheets with the same title, sector and localities are the
// same project under two ids, and the programme would finance it twice (practice).
import { defineRule } from '../rule.js';

const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Reported on the second sheet, naming the first. */
export default defineRule({
  code: 'PAC-UNQ-002',
  title: {
    ar: 'لا مشروع مكرر تحت رمزين',
    fr: 'Pas de projet en double sous deux identifiants',
    en: 'No project twice under two ids',
  },
  severity: 'error',
  phase: 3,
  needs: [],
  basis: 'practice',
  message: {
    ar: (a) => `المشروع ${a.found} هو نفسه المشروع ${a.first}: نفس العنوان والقطاع والدواوير أو الأحياء`,
    fr: (a) => `Le projet ${a.found} est le même que ${a.first} : même titre, même secteur, mêmes douars ou quartiers`,
    en: (a) => `Project ${a.found} is the same as ${a.first}: same title, sector and localities`,
  },
  check(plan, { report }) {
    const seen = new Map<string, string>();
    for (const doc of plan.projects) {
      const p = doc.data;
      const key = JSON.stringify([norm(p.title.ar), norm(p.title.fr), p.sector, [...(p.localities ?? [])].sort()]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, p.id);
      else report({ doc, path: ['title'] }, { found: p.id, first }, { expected: `≠ ${first}`, found: p.id });
    }
  },
});
