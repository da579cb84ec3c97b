// `plan consult add`: a workshop or meeting with its participants by sex, age group and group.
import { compact, nextId, planOf, textOf, upsert, type EditForm } from '../edit-form.js';
import { biQ, dateQ, enumChoices, idQ, intQ, multiQ, selectQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';
import type { Answers, FormContext } from '../question.js';

export const CONSULTATION_TYPES = ['launch', 'workshop_sectoral', 'workshop_territorial', 'target_group', 'services_meeting', 'iecag', 'committee', 'online_form', 'survey'] as const;
export const TARGET_GROUPS = ['youth', 'women', 'pwd', 'rural', 'elderly', 'associations', 'private_sector', 'services'] as const;

const localityChoices = (_a: Answers, ctx: FormContext) =>
  (planOf(ctx).commune?.data.localities ?? []).map((l) => ({ value: l.id, label: `${l.id}  ${ctx.lang === 'ar' ? l.name.ar : l.name.fr ?? l.name.ar}`, keys: [l.name.ar, l.name.fr ?? ''] }));
/**
 * Every id of the space priorities draw their sources from (problems, potentials, consultations, their
 * proposals, surveys; PAC-UNQ-001): a new consultation or survey id must be new in all of them.
 */
export function sourceIds(ctx: FormContext): string[] {
  const plan = planOf(ctx);
  const out: string[] = [];
  for (const s of plan.diagnosis?.data.sectors ?? []) for (const x of [...(s.problems ?? []), ...(s.potentials ?? [])]) out.push(x.id);
  for (const c of plan.consultations?.data.consultations ?? []) out.push(c.id, ...(c.proposals ?? []).map((p) => p.id));
  for (const s of plan.consultations?.data.surveys ?? []) out.push(s.id);
  return out;
}

export const CONSULT_FORMS: EditForm[] = [
  {
    id: 'consult.add',
    command: 'consult add',
    kind: 'consultations',
    file: () => 'consultations.yaml',
    questions: [
      idQ('id', (ctx) => nextId('K', sourceIds(ctx))),
      selectQ('type', enumChoices(CONSULTATION_TYPES, valueLabel('ctype'))),
      dateQ('date'),
      ...biQ('place', { optional: true }),
      ...biQ('theme', { optional: true }),
      multiQ('localities', localityChoices, { optional: true, when: (_a, ctx) => !!planOf(ctx).commune?.data.localities?.length }),
      multiQ('target_groups', enumChoices(TARGET_GROUPS, valueLabel('group')), { optional: true }),
      intQ('women', { message: 'q.participants_women' }),
      intQ('men', { message: 'q.participants_men' }),
      intQ('youth', { optional: true, message: 'q.participants_youth' }),
      intQ('pwd', { optional: true, message: 'q.participants_pwd' }),
      intQ('rural', { optional: true, message: 'q.participants_rural' }),
      textQ('attendance_ref', { optional: true }),
    ],
    apply(doc, a, { force }) {
      const women = Number(a.women);
      const men = Number(a.men);
      // The total is the sum by sex, so rule PAC-GEN-002 holds by construction.
      const participants = compact({ total: women + men, women, men, youth: a.youth, pwd: a.pwd, rural: a.rural });
      return upsert(
        doc,
        ['consultations'],
        compact({
          id: a.id,
          type: a.type,
          date: a.date,
          place: textOf(a, 'place'),
          theme: textOf(a, 'theme'),
          localities: a.localities as string[] | undefined,
          target_groups: a.target_groups as string[] | undefined,
          participants,
          attendance_ref: a.attendance_ref,
        }),
        { force },
      );
    },
    examples: [
      'plan consult add --type workshop_territorial --date 2021-11-10 --target-groups rural,youth --women 18 --men 22 --youth 12 --rural 30',
      'plan consult add --type services_meeting --date 2021-11-20 --women 4 --men 8',
    ],
  },
];
