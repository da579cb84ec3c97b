// PAC-INT-003: a plan printed in one language gives its plain strings (names, units, sources, services,
// references) in that language, or as words the document's glossary knows. The printed document never
// shows the other language: it marks such a string as missing (project rule, like PAC-INT-001).
import type { Doc, Plan } from '../../plan/workspace.js';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import { plainIn } from '../../render/plain.js';
import { defineRule } from '../rule.js';

type Kind = 'unit' | 'name' | 'text';

/** The plain strings the document prints, with their file, path and how they are read. */
function printedStrings(plan: Plan): Array<{ doc: Doc<unknown>; path: DataPath; value: string; kind: Kind }> {
  const out: Array<{ doc: Doc<unknown>; path: DataPath; value: string; kind: Kind }> = [];
  const add = (doc: Doc<unknown> | undefined, path: DataPath, value: unknown, kind: Kind) => {
    if (doc && typeof value === 'string' && value.trim()) out.push({ doc, path, value, kind });
  };
  const m = plan.manifest;
  add(m, ['prepared_by'], m?.data.prepared_by, 'text');
  const c = plan.commune;
  add(c, ['council', 'president'], c?.data.council.president, 'text');
  const d = plan.diagnosis;
  d?.data.sectors?.forEach((s, i) =>
    s.indicators?.forEach((ind, j) => {
      add(d, ['sectors', i, 'indicators', j, 'unit'], ind.unit, 'unit');
      add(d, ['sectors', i, 'indicators', j, 'source'], ind.source, 'name');
    }),
  );
  const ind = plan.indicators;
  ind?.data.indicators.forEach((x, i) => {
    add(ind, ['indicators', i, 'unit'], x.unit, 'unit');
    add(ind, ['indicators', i, 'source'], x.source, 'name');
    add(ind, ['indicators', i, 'responsible'], x.responsible, 'name');
  });
  add(ind, ['reporting', 'responsible'], ind?.data.reporting?.responsible, 'name');
  for (const p of plan.projects) {
    add(p, ['responsible_unit'], p.data.responsible_unit, 'name');
    add(p, ['agreement', 'reference'], p.data.agreement?.reference, 'text');
  }
  const a = plan.adoption;
  a?.data.committee_reports?.forEach((r, i) => add(a, ['committee_reports', i, 'reference'], r.reference, 'text'));
  add(a, ['visa', 'reference'], a?.data.visa?.reference, 'text');
  add(a, ['minutes_ref'], a?.data.minutes_ref, 'text');
  add(a, ['decision_no'], a?.data.decision_no, 'text');
  return out;
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
const LANG_NAME = { ar: { ar: 'العربية', fr: 'arabe', en: 'Arabic' }, fr: { ar: 'الفرنسية', fr: 'français', en: 'French' } } as const;

/** A plan whose document is in one language only has its printed strings in that language. */
export default defineRule<Record<string, never>>({
  code: 'PAC-INT-003',
  title: {
    ar: 'النصوص المطبوعة بلغة الوثيقة',
    fr: 'Textes imprimés dans la langue du document',
    en: 'Printed texts in the document’s language',
  },
  severity: 'warning',
  phase: 4,
  needs: ['plan'],
  basis: 'practice',
  message: {
    ar: (a) => `النص «${a.text}» ليس باللغة ${LANG_NAME[a.lang as 'ar' | 'fr'].ar}، لغة الوثيقة: ستطبع الوثيقة مكانه «نص غير متوفر»`,
    fr: (a) =>
      `Le texte « ${a.text} » n’est pas en ${LANG_NAME[a.lang as 'ar' | 'fr'].fr}, la langue du document : le document imprimera « texte non disponible » à sa place`,
    en: (a) =>
      `The text “${a.text}” is not in ${LANG_NAME[a.lang as 'ar' | 'fr'].en}, the document’s language: the document will print “text not available” instead`,
  },
  check(plan, { report }) {
    const langs = plan.manifest!.data.languages ?? [];
    // A bilingual document prints a string in either of its languages: only a one-language plan is checked.
    if (langs.length !== 1) return;
    const lang = langs[0]!;
    for (const s of printedStrings(plan)) {
      if ('missing' in plainIn(s.value, lang, s.kind))
        report({ doc: s.doc, path: s.path }, { text: excerpt(s.value), lang }, { expected: lang, found: excerpt(s.value) });
    }
  },
});
