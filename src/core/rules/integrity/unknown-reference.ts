// The shared wording and report of the reference rules (PAC-REF-*): an id that names nothing.
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../diagnostics/diagnostic.js';
import type { Doc } from '../../plan/workspace.js';
import type { MessageArgs, RuleContext } from '../rule.js';

/** What a reference may point to; each has a name in the three languages. */
export type Target = 'axis' | 'priority' | 'partner' | 'indicator' | 'project' | 'source' | 'locality' | 'committee' | 'criterion';

const NAMES: Record<Lang, Record<Target, string>> = {
  ar: {
    axis: 'محور استراتيجي (priorities.yaml)',
    priority: 'أولوية (priorities.yaml)',
    partner: 'شريك مالي (finance.yaml)',
    indicator: 'مؤشر (indicators.yaml)',
    project: 'مشروع (projects/)',
    source: 'مشكل أو مؤهل في التشخيص، أو لقاء تشاوري أو مقترح أو استمارة',
    locality: 'دوار أو حي (commune.yaml)',
    committee: 'لجنة دائمة (commune.yaml)',
    criterion: 'معيار ترتيب (priorities.yaml)',
  },
  fr: {
    axis: 'axe stratégique (priorities.yaml)',
    priority: 'priorité (priorities.yaml)',
    partner: 'partenaire financier (finance.yaml)',
    indicator: 'indicateur (indicators.yaml)',
    project: 'projet (projects/)',
    source: 'problème ou potentialité du diagnostic, concertation, proposition ou enquête',
    locality: 'douar ou quartier (commune.yaml)',
    committee: 'commission permanente (commune.yaml)',
    criterion: 'critère de priorisation (priorities.yaml)',
  },
  en: {
    axis: 'strategic axis (priorities.yaml)',
    priority: 'priority (priorities.yaml)',
    partner: 'financial partner (finance.yaml)',
    indicator: 'indicator (indicators.yaml)',
    project: 'project (projects/)',
    source: 'diagnosis problem or potential, consultation, proposal or survey',
    locality: 'douar or neighbourhood (commune.yaml)',
    committee: 'standing committee (commune.yaml)',
    criterion: 'prioritisation criterion (priorities.yaml)',
  },
};

/** The message of every reference rule: `id` names no `target`. */
export const unknownReferenceMessage: Record<Lang, (a: MessageArgs) => string> = {
  ar: (a) => `المعرف «${a.id}» لا يطابق أي ${NAMES.ar[a.target as Target]}`,
  fr: (a) => `L’identifiant « ${a.id} » ne correspond à aucun élément de type : ${NAMES.fr[a.target as Target]}`,
  en: (a) => `The id “${a.id}” matches no ${NAMES.en[a.target as Target]}`,
};

// The known ids as `expected`: a few are enough to spot a typo.
const listed = (known: ReadonlySet<string>): string => {
  const ids = [...known];
  return ids.length === 0 ? '—' : ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
};

/** Reports `id` at `path` of `doc` when it is not among `known`. */
export function checkReference(
  ctx: Pick<RuleContext<unknown>, 'report'>,
  doc: Doc<unknown>,
  path: DataPath,
  id: string,
  known: ReadonlySet<string>,
  target: Target,
): void {
  if (!known.has(id)) ctx.report({ doc, path }, { id, target }, { expected: listed(known), found: id });
}
