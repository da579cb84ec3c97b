// PAC-UNQ-002: one project, one sheet: two sheets with the same title, sector and localities are the
// same project under two ids, and the programme would finance it twice (practice).
import { defineRule } from '../rule.js';

/**
 * Characters NFKC leaves as they are, alone and beside one another (test/core/rules/sanity/unq-002-norm.test.ts
 * checks every pair): printable ASCII, the Latin-1 and Latin Extended-A letters and signs without a
 * compatibility form, the Arabic letters, digits and signs (no marks), and common punctuation.
 */
const STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa1, 0xa7],
  [0xa9, 0xa9],
  [0xab, 0xac],
  [0xae, 0xae],
  [0xb0, 0xb1],
  [0xb6, 0xb7],
  [0xbb, 0xbb],
  [0xbf, 0x131],
  [0x134, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x17e],
  [0x606, 0x60f],
  [0x61b, 0x61b],
  [0x61d, 0x64a],
  [0x660, 0x66f],
  [0x671, 0x674],
  [0x679, 0x6d5],
  [0x6de, 0x6de],
  [0x6e5, 0x6e6],
  [0x6e9, 0x6e9],
  [0x6ee, 0x6ff],
  [0x2010, 0x2010],
  [0x2012, 0x2016],
  [0x2018, 0x2023],
  [0x2027, 0x2027],
];
const STABLE = new Uint8Array(0x2028);
for (const [from, to] of STABLE_RANGES) STABLE.fill(1, from, to + 1);

/** True when NFKC would give `s` back unchanged because every character of it is in the stable set. */
export function nfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!STABLE[s.charCodeAt(i)]) return false; // out of range reads undefined
  return true;
}
/** White space that collapsing would change: any but a single space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** A title as compared: NFKC, lower case, white space collapsed and trimmed. */
export function norm(s: string | undefined): string {
  let t = s ?? '';
  if (!nfkcStable(t)) t = t.normalize('NFKC'); // most titles: no need
  t = t.toLowerCase();
  if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

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
