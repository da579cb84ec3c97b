// PAC-INT-001: a plan printed in Arabic and French needs the French of every text (project rule:
// a bilingual document with holes cannot be printed).
import type { Doc } from '../../plan/workspace.js';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import { defineRule } from '../rule.js';

// Every object holding an Arabic text (`ar` string) without a French one, with its path. A plain
// recursive walk with one shared path, copied only on a hit: this rule reads every node of every file.
function untranslated(value: unknown): Array<{ path: DataPath; ar: string }> {
  const hits: Array<{ path: DataPath; ar: string }> = [];
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x && typeof x === 'object') {
          path.push(i);
          walk(x);
          path.pop();
        }
      }
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.ar === 'string' && !(typeof o.fr === 'string' && o.fr.trim())) hits.push({ path: [...path], ar: o.ar });
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (x && typeof x === 'object') {
        path.push(k);
        walk(x);
        path.pop();
      }
    }
  };
  if (value && typeof value === 'object') walk(value);
  return hits;
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
    const docs: Doc<unknown>[] = [
      plan.manifest!,
      plan.commune,
      plan.diagnosis,
      plan.consultations,
      plan.priorities,
      ...plan.projects,
      plan.finance,
      plan.indicators,
      plan.adoption,
    ].filter((d): d is NonNullable<typeof d> => !!d);
    for (const doc of docs)
      for (const hit of untranslated(doc.data)) report({ doc, path: hit.path }, { text: excerpt(hit.ar) }, { expected: 'fr', found: '—' });
  },
});
