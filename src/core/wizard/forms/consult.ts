// `plan consult add`: a workshop or meeting with its participants by sex, age group and group.
import { compact, nextId, planOf, textOf, upsert, type EditForm } from '../edit-form.js';
import { biQ, dateQ, enumChoices, idQ, intQ, multiQ, selectQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';
import type { Answers, FormContext, Parsed } from '../question.js';
import { westernDigits } from '../parsers.js';

export const CONSULTATION_TYPES = [
  'launch',
  'workshop_sectoral',
  'workshop_territorial',
  'target_group',
  'services_meeting',
  'iecag',
  'committee',
  'online_form',
  'survey',
] as const;
export const TARGET_GROUPS = ['youth', 'women', 'pwd', 'rural', 'elderly', 'associations', 'private_sector', 'services'] as const;

const localityChoices = (_a: Answers, ctx: FormContext) =>
  (planOf(ctx).commune?.data.localities ?? []).map((l) => ({
    value: l.id,
    label: `${l.id}  ${ctx.lang === 'ar' ? l.name.ar : (l.name.fr ?? l.name.ar)}`,
    keys: [l.name.ar, l.name.fr ?? ''],
  }));
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
      { id: 'age_bands', kind: 'text', optional: true, parse: parseAgeBands },
      intQ('youth', { optional: true, message: 'q.participants_youth', when: (a) => a.age_bands === undefined }),
      intQ('pwd', { optional: true, message: 'q.participants_pwd' }),
      intQ('rural', { optional: true, message: 'q.participants_rural' }),
      textQ('attendance_ref', { optional: true }),
    ],
    apply(doc, a, { force }) {
      const women = Number(a.women);
      const men = Number(a.men);
      // The total is the sum by sex, so rule PAC-GEN-002 holds by construction.
      // Participants given by age band: the young (15-34, the schema's youth) are those of the bands inside it.
      const youth = a.age_bands !== undefined ? youthOf(a.age_bands as AgeBand[]) : a.youth;
      const participants = compact({ total: women + men, women, men, youth, pwd: a.pwd, rural: a.rural });
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

/** One age band of a sign-in sheet: its bounds (`to` absent for "60+") and the people in it. */
export interface AgeBand {
  from: number;
  to?: number;
  count: number;
}

/** The youth age range of the schema (participants.youth): 15 to 34 years. */
export const YOUTH = { from: 15, to: 34 } as const;

/** "15-24=8, 25-34=6, 35-59=20, 60+=6" (or a mapping in an answers file) → bands; a band across 15 or 34 is refused. */
export function parseAgeBands(raw: unknown): Parsed {
  const entries: Array<[string, unknown]> =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? Object.entries(raw)
      : westernDigits(String(raw ?? ''))
          .split(/[,;]+/)
          .filter((s) => s.trim())
          .map((s) => {
            const i = s.lastIndexOf('=');
            return [s.slice(0, i).trim(), i < 0 ? undefined : s.slice(i + 1).trim()];
          });
  const out: AgeBand[] = [];
  for (const [band, v] of entries) {
    const m = /^(\d{1,3})\s*(?:-\s*(\d{1,3})|(\+))$/.exec(westernDigits(band).trim());
    const count = Number(v);
    if (!m || !Number.isInteger(count) || count < 0) return { error: 'a.notAgeBands' };
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : undefined;
    if (to !== undefined && to < from) return { error: 'a.notAgeBands' };
    const inside = from >= YOUTH.from && to !== undefined && to <= YOUTH.to;
    const outside = (to !== undefined && to < YOUTH.from) || from > YOUTH.to;
    if (!inside && !outside) return { error: 'a.ageBandAcrossYouth', args: { band, from: YOUTH.from, to: YOUTH.to } };
    out.push({ from, ...(to !== undefined ? { to } : {}), count });
  }
  return out.length ? { value: out } : { error: 'a.empty' };
}

/** The participants aged 15 to 34 in a list of age bands. */
export const youthOf = (bands: readonly AgeBand[]): number =>
  bands.filter((b) => b.from >= YOUTH.from && b.to !== undefined && b.to <= YOUTH.to).reduce((s, b) => s + b.count, 0);
