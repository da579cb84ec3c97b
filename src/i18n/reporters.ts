// Catalogue of the words the report formats add around diagnostics (pretty, SARIF, JUnit), in ar / fr / en.
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { makeT, type Catalog } from './catalog.js';

export const reporterMessages = {
  // Each language keeps its own punctuation around the colon (French puts a space before it).
  'report.expected': { ar: 'المنتظر: {value}', fr: 'attendu : {value}', en: 'expected: {value}' },
  'report.found': { ar: 'الموجود: {value}', fr: 'trouvé : {value}', en: 'found: {value}' },
  'report.at': { ar: 'الموضع: {path}', fr: 'emplacement : {path}', en: 'at: {path}' },
  'report.workspace': { ar: 'مجلد البرنامج {root}', fr: 'Espace {root}', en: 'Workspace {root}' },
  'report.basis': { ar: 'السند: {basis}', fr: 'fondement : {basis}', en: 'basis: {basis}' },
  'sarif.help': {
    ar: 'صحح القيمة في الموضع المشار إليه. الأمر plan rules يعرض كل القواعد مع سندها ومعاييرها.',
    fr: 'Corrigez la valeur à l’endroit indiqué. La commande plan rules liste chaque règle avec son fondement et ses paramètres.',
    en: 'Correct the value at the place shown. The command plan rules lists every rule with its basis and parameters.',
  },
  'junit.clean': { ar: 'بدون ملاحظات', fr: 'sans problème', en: 'no findings' },
  'junit.more': { ar: '(أخرى: {n})', fr: '({n|one:et # autre|other:et # autres})', en: '(and {n} more)' },
  'junit.belowThreshold': {
    ar: 'ملاحظات دون عتبة الفشل ({failOn}):',
    fr: 'Constats sous le seuil d’échec ({failOn}) :',
    en: 'Findings below the failure threshold ({failOn}):',
  },
} satisfies Catalog;

/** Translates a report-format message id into `lang`. */
export const tr = makeT(reporterMessages);

/**
 * "expected … / found …" for a diagnostic, or undefined when it carries neither. `wrap` lets the
 * terminal format isolate right-to-left values.
 */
export function expectedFound(d: Diagnostic, lang: Lang, wrap: (s: string) => string = (s) => s): string | undefined {
  const parts: string[] = [];
  if (d.expected !== undefined) parts.push(tr('report.expected', lang, { value: wrap(d.expected) }));
  if (d.found !== undefined) parts.push(tr('report.found', lang, { value: wrap(d.found) }));
  return parts.length ? parts.join(' / ') : undefined;
}
