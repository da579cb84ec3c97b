// What it takes for a consultation to reach a group, and the shared wording of the inclusion rules
// (PAC-INC-*): a group the consultations never reached.
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { ConsultationsFile } from '../../plan/schema-types.js';
import type { Plan } from '../../plan/workspace.js';
import type { MessageArgs, RuleContext } from '../rule.js';

/** A group the participatory approach must reach. */
export type Group = 'youth' | 'pwd' | 'rural';

type Consultation = ConsultationsFile['consultations'][number];

/**
 * True when the consultation targets the group or counts participants from it. A consultation held
 * in one of `ruralLocalities` reaches rural residents as well.
 */
export function reaches(c: Consultation, group: Group, ruralLocalities: ReadonlySet<string> = new Set()): boolean {
  if (c.target_groups?.includes(group)) return true;
  if ((c.participants[group] ?? 0) > 0) return true;
  return group === 'rural' && (c.localities ?? []).some((id) => ruralLocalities.has(id));
}

const NAMES: Record<Lang, Record<Group, string>> = {
  ar: { youth: 'الشباب', pwd: 'الأشخاص في وضعية إعاقة', rural: 'ساكنة الدواوير القروية' },
  fr: { youth: 'les jeunes', pwd: 'les personnes en situation de handicap', rural: 'les habitants des douars ruraux' },
  en: { youth: 'young people', pwd: 'people with disabilities', rural: 'residents of rural douars' },
};

/** The message of every inclusion rule: none of the `count` consultations reached `group`. */
export const groupNotReachedMessage: Record<Lang, (a: MessageArgs) => string> = {
  ar: (a) => `لا يستهدف أي لقاء من اللقاءات التشاورية (${a.count}) ${NAMES.ar[a.group as Group]} ولا يحصي مشاركين منهم`,
  fr: (a) => `Aucune des ${a.count} concertations ne cible ni ne compte ${NAMES.fr[a.group as Group]}`,
  en: (a) => `None of the ${a.count} consultations targets or counts ${NAMES.en[a.group as Group]}`,
};

/** What to write in the file to show the group was reached, as the `expected` of a finding. */
export const reachedHint = (group: Group): string => `target_groups: [${group}] | participants.${group} > 0`;

/** The check of every inclusion rule: a finding on consultations.yaml when no consultation reaches `group`. */
export function reportUnreached(plan: Plan, report: RuleContext<Record<string, unknown>>['report'], group: Group, ruralLocalities?: ReadonlySet<string>): void {
  const doc = plan.consultations!;
  const list = doc.data.consultations;
  if (!list.some((c) => reaches(c, group, ruralLocalities)))
    report({ doc, path: ['consultations'] }, { group, count: list.length }, { expected: reachedHint(group), found: '—' });
}
