// PAC-INT-001: a plan printed in Arabic and French needs the French of every text (project rule:
// a bilingual document with holes cannot be printed).
import type { Doc } from '../../plan/workspace.js';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import { defineRule } from '../rule.js';

// Every object holding an Arabic text (`ar` string) without a French one, with its path.
function* untranslated(value: unknown, path: (string | number)[] = []): Generator<{ path: DataPath; ar: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* untranslated(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ar === 'string' && !(typeof o.fr === 'string' && o.fr.trim())) yield { path, ar: o.ar };
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') yield* untranslated(v, [...path, k]);
  }
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** When plan.languages includes fr, every bilingual text in every file has its `fr`. */
export default defineRule<{ fr_required: boolean }>({
  code: 'PAC-INT-001',
  title: {
    ar: 'النص الفرنسي لكل نص عربي',
    fr: 'Texte français de chaque texte arabe',
    en: 'French for every Arabic text',
  },
  severity: 'error',
  phase: 4,
  needs: ['plan'],
  basis: 'practice',
  params: {
    fr_required: {
      default: true,
      description: {
        ar: 'إذا كانت الفرنسية من لغات الوثيقة، يجب أن يكون لكل نص عربي نص فرنسي',
        fr: 'Si le français est une langue du document, chaque texte arabe doit avoir son texte français',
        en: 'When French is a document language, every Arabic text must have its French text',
      },
    },
  },
  message: {
    ar: (a) => `النص «${a.text}» بدون ترجمة فرنسية (fr)، والفرنسية من لغات الوثيقة`,
    fr: (a) => `Le texte « ${a.text} » n’a pas de français (fr), alors que le français est une langue du document`,
    en: (a) => `The text “${a.text}” has no French (fr), although French is a document language`,
  },
  check(plan, { params, report }) {
    if (!params.fr_required || !plan.manifest!.data.languages?.includes('fr')) return;
    const docs: Doc<unknown>[] = [plan.manifest!, plan.commune, plan.diagnosis, plan.consultations, plan.priorities, ...plan.projects, plan.finance, plan.indicators, plan.adoption].filter(
      (d): d is Doc<any> => !!d,
    );
    for (const doc of docs)
      for (const hit of untranslated(doc.data)) report({ doc, path: hit.path }, { text: excerpt(hit.ar) }, { expected: 'fr', found: '—' });
  },
});
