// `plan add …`: axes, criteria, priorities, projects, partners, the three-year projection, indicators,
// standing committees.
import type { Answers, FormContext, Parsed } from '../question.js';
import { compact, IdExists, nextId, planOf, textOf, upsert, type EditForm } from '../edit-form.js';
import { biQ, enumChoices, idChoices, idQ, intQ, multiQ, numQ, parseNumberMap, selectQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';
import { sectorChoices } from './diagnosis.js';
import { projectChapterQuestions } from './chapters.js';
import { financingQuestion, type FinancingLine } from './financing.js';
import { flowSmall } from '../yaml-build.js';
import { formatAmount } from '../../../i18n/format.js';

const P = (ctx: FormContext) => planOf(ctx);
const axes = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).priorities?.data.axes ?? []).map((x) => ({ id: x.id, text: x.title })),
    ctx,
  );
const priorities = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).priorities?.data.priorities ?? []).map((x) => ({ id: x.id, text: x.need })),
    ctx,
  );
const indicators = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).indicators?.data.indicators ?? []).map((x) => ({ id: x.id, text: x.name })),
    ctx,
  );
const projects = (_a: Answers, ctx: FormContext) =>
  idChoices(
    P(ctx).projects.map((d) => ({ id: d.data.id, text: d.data.title })),
    ctx,
  );
// A priority's sources: diagnosis problems and potentials, and consultations (traceability, art. 78).
const sources = (_a: Answers, ctx: FormContext) => [
  ...idChoices(
    (P(ctx).diagnosis?.data.sectors ?? []).flatMap((s) => [...(s.problems ?? []), ...(s.potentials ?? [])]).map((x) => ({ id: x.id, text: x.text })),
    ctx,
  ),
  ...idChoices(
    (P(ctx).consultations?.data.consultations ?? []).map((c) => ({ id: c.id, text: c.theme })),
    ctx,
  ),
  // A workshop's proposals and a questionnaire survey are sources too (rule PAC-REF-005 accepts them).
  ...idChoices(
    (P(ctx).consultations?.data.consultations ?? []).flatMap((c) => c.proposals ?? []).map((p) => ({ id: p.id, text: p.text })),
    ctx,
  ),
  ...idChoices(
    (P(ctx).consultations?.data.surveys ?? []).map((s) => ({ id: s.id, text: s.title })),
    ctx,
  ),
];
const localities = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).commune?.data.localities ?? []).map((l) => ({ id: l.id, text: l.name })),
    ctx,
  );
const period = (ctx: FormContext) => P(ctx).manifest?.data.period;
const yearInPeriod = (o: { optional?: boolean } = {}) => intQ('year', { min: 2000, max: 2100, ...o });

const PARTNER_TYPES = ['commune', 'region', 'province', 'ministry', 'INDH', 'FEC_loan', 'agency', 'international', 'association', 'private', 'other'] as const;
const COMPETENCE = ['own', 'shared', 'transferred', 'contribution'] as const;
const STATUS = ['planned', 'studies', 'ongoing', 'completed', 'cancelled', 'deferred'] as const;
const LEVELS = ['output', 'outcome', 'impact'] as const;
const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual', 'once'] as const;

export const ADD_FORMS: EditForm[] = [
  {
    id: 'add.axis',
    command: 'add axis',
    kind: 'priorities',
    file: () => 'priorities.yaml',
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'AX',
          (P(ctx).priorities?.data.axes ?? []).map((x) => x.id),
        ),
      ),
      ...biQ('title'),
      ...biQ('pdr_link', { optional: true }),
    ],
    apply: (doc, a, { force }) => upsert(doc, ['axes'], compact({ id: a.id, title: textOf(a, 'title'), pdr_link: textOf(a, 'pdr_link') }), { force }),
    examples: ['plan add axis --title-ar "البنيات الأساسية" --title-fr "Infrastructures de base" --pdr-link-ar "…" --pdr-link-fr "…"'],
  },
  {
    id: 'add.criterion',
    command: 'add criterion',
    kind: 'priorities',
    file: () => 'priorities.yaml',
    questions: [
      idQ('id', () => 'beneficiaries'),
      ...biQ('name'),
      numQ('weight'),
      numQ('min', { default: () => 0 }),
      numQ('max', { default: () => 5 }),
      // citizen_support: scores computed from the consultations' votes and the surveys' answers, not typed.
      selectQ('source', enumChoices(['manual', 'citizen_support'], valueLabel('csource')), { default: () => 'manual' }),
    ],
    apply: (doc, a, { force }) =>
      upsert(
        doc,
        ['criteria'],
        compact({
          id: a.id,
          name: textOf(a, 'name'),
          weight: a.weight,
          scale: { min: a.min, max: a.max },
          source: a.source === 'citizen_support' ? a.source : undefined,
        }),
        { force },
      ),
    examples: [
      'plan add criterion --id urgency --name-ar "الاستعجال" --name-fr "Urgence" --weight 40 --yes',
      'plan add criterion --id support --name-ar "دعم المواطنين" --name-fr "Soutien citoyen" --weight 15 --source citizen_support --yes',
    ],
  },
  {
    id: 'add.priority',
    command: 'add priority',
    kind: 'priorities',
    file: () => 'priorities.yaml',
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'PRI',
          (P(ctx).priorities?.data.priorities ?? []).map((x) => x.id),
        ),
      ),
      selectQ('axis', axes, { optional: true, when: (a, ctx) => axes(a, ctx).length > 0 }),
      selectQ('sector', sectorChoices, { search: true }),
      ...biQ('need'),
      multiQ('source_ids', sources, { min: 1 }),
      multiQ('localities', localities, { optional: true, when: (a, ctx) => localities(a, ctx).length > 0 }),
      {
        id: 'scores',
        kind: 'text',
        optional: true,
        when: (_a, ctx) => !!P(ctx).priorities?.data.criteria?.length,
        parse: (raw, a, ctx) => checkScores(parseNumberMap(() => (P(ctx).priorities?.data.criteria ?? []).map((c) => c.id))(raw, a, ctx), ctx),
      },
    ],
    apply: (doc, a, { force }) =>
      upsert(
        doc,
        ['priorities'],
        compact({
          id: a.id,
          axis: a.axis,
          sector: a.sector,
          localities: a.localities as string[],
          need: textOf(a, 'need'),
          source_ids: a.source_ids,
          scores: a.scores,
        }),
        { force },
      ),
    examples: ['plan add priority --axis AX1 --sector drinking_water --need-ar "…" --need-fr "…" --source-ids N1,K1 --scores beneficiaries=4,urgency=5'],
  },
  {
    id: 'add.project',
    command: 'add project',
    kind: 'project',
    file: (a) => `projects/${a.id}.yaml`,
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'P',
          P(ctx).projects.map((d) => d.data.id),
          2,
        ),
      ),
      ...biQ('title'),
      selectQ('axis', axes, { optional: true, when: (a, ctx) => axes(a, ctx).length > 0 }),
      selectQ('sector', sectorChoices, { search: true }),
      multiQ('priority_ids', priorities, { min: 1 }),
      multiQ('localities', localities, { optional: true, when: (a, ctx) => localities(a, ctx).length > 0 }),
      selectQ('competence_type', enumChoices(COMPETENCE, valueLabel('competence')), { default: () => 'own' }),
      ...biQ('project_owner', { optional: true }),
      ...projectChapterQuestions(),
      intQ('women', { message: 'q.beneficiaries_women' }),
      intQ('men', { message: 'q.beneficiaries_men' }),
      intQ('start_year', { min: 2000, max: 2100, default: (_a, ctx) => period(ctx)?.start_year }),
      intQ('end_year', { min: 2000, max: 2100, default: (a) => a.start_year }),
      intQ('estimated_cost'),
      financingQuestion(),
      multiQ('indicator_ids', indicators, { optional: true, when: (a, ctx) => indicators(a, ctx).length > 0 }),
      selectQ('status', enumChoices(STATUS, valueLabel('status')), { default: () => 'planned' }),
      ...biQ('pdr_link', { optional: true }),
    ],
    apply(doc, a, { force }) {
      const lines = a.financing as FinancingLine[];
      const data = compact({
        id: a.id,
        title: textOf(a, 'title'),
        axis: a.axis,
        sector: a.sector,
        priority_ids: a.priority_ids,
        localities: a.localities as string[],
        beneficiaries: { total: Number(a.women) + Number(a.men), women: a.women, men: a.men },
        competence_type: a.competence_type,
        owner_is_commune: a.competence_type === 'contribution' ? false : undefined,
        project_owner: textOf(a, 'project_owner'),
        objectives: a.objectives as { ar: string; fr?: string }[] | undefined,
        activities: a.activities as { ar: string; fr?: string }[] | undefined,
        gender_marker: a.gender_marker === undefined ? undefined : Number(a.gender_marker),
        convergence: a.convergence as string[] | undefined,
        estimated_cost: a.estimated_cost,
        financing: lines,
        schedule: { start_year: a.start_year, end_year: a.end_year },
        indicator_ids: a.indicator_ids as string[],
        status: a.status,
        pdr_link: textOf(a, 'pdr_link'),
      });
      // A project is a whole file: replacing it means rewriting it, hence --force.
      const existed = doc.has('id');
      if (existed && !force) throw new IdExists(String(a.id), `projects/${a.id}.yaml`);
      const node = doc.createNode(data);
      flowSmall(node);
      (node as { flow?: boolean }).flow = false;
      // The file's opening comments (the schema modeline) belong to the old root node: keep them.
      const previous = doc.contents as { commentBefore?: string | null } | null;
      if (previous?.commentBefore) (node as { commentBefore?: string | null }).commentBefore = previous.commentBefore;
      doc.contents = node as never;
      return { id: String(a.id), replaced: existed, at: [] };
    },
    summary(a, ctx) {
      const lines = a.financing as FinancingLine[];
      const years = [...new Set(lines.flatMap((l) => Object.keys(l.by_year)))].sort();
      const fmt = (n: number) => formatAmount(n, ctx.lang);
      const out = lines.map((l) => `  ${l.partner.padEnd(12)} ${years.map((y) => `${y}: ${fmt(l.by_year[y] ?? 0)}`).join('  ')}  = ${fmt(l.amount)}`);
      const total = lines.reduce((s, l) => s + l.amount, 0);
      out.push(
        `  ${'Σ'.padEnd(12)} ${years.map((y) => `${y}: ${fmt(lines.reduce((s, l) => s + (l.by_year[y] ?? 0), 0))}`).join('  ')}  = ${fmt(total)} / ${fmt(Number(a.estimated_cost))}`,
      );
      return out;
    },
    examples: [
      'plan add project --id P01 --title-ar "…" --title-fr "…" --sector drinking_water --priority-ids PRI1 --women 310 --men 290 \\\n       --start-year 2022 --end-year 2023 --estimated-cost 1000000 \\\n       --financing "COMMUNE:2022=200000,2023=200000; REGION:2022=300000,2023=300000"',
    ],
  },
  {
    id: 'add.partner',
    command: 'add partner',
    kind: 'finance',
    file: () => 'finance.yaml',
    questions: [
      idQ('id', () => 'COMMUNE'),
      ...biQ('name'),
      selectQ('type', enumChoices(PARTNER_TYPES, valueLabel('partner'))),
      { id: 'commitments', kind: 'text', optional: true, parse: (raw, a, ctx) => yearsMap(parseNumberMap(() => undefined)(raw, a, ctx)) },
    ],
    apply: (doc, a, { force }) =>
      upsert(doc, ['partners'], compact({ id: a.id, name: textOf(a, 'name'), type: a.type, commitments: a.commitments }), { force }),
    examples: ['plan add partner --id REGION --name-ar "مجلس الجهة" --name-fr "Conseil régional" --type region --commitments 2022=300000,2023=300000'],
  },
  {
    id: 'add.projection',
    command: 'add projection',
    kind: 'finance',
    file: () => 'finance.yaml',
    questions: [yearInPeriod(), intQ('own_resources'), intQ('transfers'), intQ('operating_spend'), intQ('debt_service')],
    apply(doc, a, { force }) {
      // Capacity = resources − operating spend − debt service (LO art. 78; rule PAC-FIN-005).
      const capacity = Number(a.own_resources) + Number(a.transfers) - Number(a.operating_spend) - Number(a.debt_service);
      if (capacity < 0) throw new NegativeCapacity(capacity);
      const r = upsert(
        doc,
        ['projection'],
        {
          year: a.year,
          own_resources: a.own_resources,
          transfers: a.transfers,
          operating_spend: a.operating_spend,
          debt_service: a.debt_service,
          investment_capacity: capacity,
        },
        { force, key: 'year' },
      );
      if (!doc.has('currency')) doc.set('currency', 'MAD');
      return r;
    },
    examples: ['plan add projection --year 2022 --own-resources 950000 --transfers 3100000 --operating-spend 3200000 --debt-service 100000'],
  },
  {
    id: 'add.indicator',
    command: 'add indicator',
    kind: 'indicators',
    file: () => 'indicators.yaml',
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'I',
          (P(ctx).indicators?.data.indicators ?? []).map((x) => x.id),
        ),
      ),
      ...biQ('name'),
      selectQ('project', projects, { optional: true, when: (a, ctx) => projects(a, ctx).length > 0 }),
      selectQ('level', enumChoices(LEVELS, valueLabel('level')), { default: () => 'output' }),
      textQ('unit'),
      numQ('baseline_value'),
      intQ('baseline_year', { min: 2000, max: 2100, default: (_a, ctx) => (period(ctx) ? period(ctx)!.start_year - 1 : undefined) }),
      numQ('target'),
      intQ('target_year', { min: 2000, max: 2100, default: (_a, ctx) => period(ctx)?.end_year }),
      selectQ('frequency', enumChoices(FREQUENCIES, valueLabel('frequency')), { default: () => 'annual' }),
      textQ('responsible', { optional: true }),
    ],
    apply: (doc, a, { force }) =>
      upsert(
        doc,
        ['indicators'],
        compact({
          id: a.id,
          name: textOf(a, 'name'),
          project: a.project,
          level: a.level,
          unit: a.unit,
          baseline: { value: a.baseline_value, year: a.baseline_year },
          targets: { [String(a.target_year)]: a.target },
          frequency: a.frequency,
          responsible: a.responsible,
        }),
        { force },
      ),
    examples: ['plan add indicator --name-ar "…" --name-fr "Ménages raccordés" --project P01 --unit ménages --baseline-value 20 --target 120 --yes'],
  },
  {
    id: 'add.committee',
    command: 'add committee',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [idQ('id', () => 'FIN'), ...biQ('name')],
    apply: (doc, a, { force }) => upsert(doc, ['council', 'standing_committees'], { id: a.id, name: textOf(a, 'name') }, { force }),
    examples: ['plan add committee --id FIN --name-ar "لجنة الميزانية والشؤون المالية" --name-fr "Commission du budget"'],
  },
  {
    id: 'add.locality',
    command: 'add locality',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'D',
          (P(ctx).commune?.data.localities ?? []).map((l) => l.id),
        ),
      ),
      ...biQ('name'),
      selectQ('kind', enumChoices(['douar', 'neighbourhood', 'centre', 'arrondissement'], valueLabel('locality'))),
      selectQ('area', enumChoices(['rural', 'urban'], valueLabel('area'))),
      intQ('population', { optional: true }),
    ],
    apply: (doc, a, { force }) =>
      upsert(doc, ['localities'], compact({ id: a.id, name: textOf(a, 'name'), kind: a.kind, area: a.area, population: a.population }), { force }),
    examples: ['plan add locality --id D1 --name-ar "دوار واحد" --name-fr "Douar Un" --kind douar --area rural --population 600'],
  },
];

/** Raised when the projected resources do not cover operating spend and debt service. */
export class NegativeCapacity extends Error {
  constructor(public readonly capacity: number) {
    super(`investment capacity ${capacity} < 0`);
    this.name = 'NegativeCapacity';
  }
}

function checkScores(p: Parsed, ctx: FormContext): Parsed {
  if (!('value' in p)) return p;
  for (const c of P(ctx).priorities?.data.criteria ?? []) {
    const v = (p.value as Record<string, number>)[c.id];
    if (v !== undefined && (v < c.scale.min || v > c.scale.max)) return { error: 'a.outOfRange', args: { min: c.scale.min, max: c.scale.max } };
  }
  return p;
}

function yearsMap(p: Parsed): Parsed {
  if (!('value' in p)) return p;
  for (const [k, v] of Object.entries(p.value as Record<string, number>))
    if (!/^20\d\d$/.test(k) || !Number.isInteger(v) || v < 0) return { error: 'a.notYearAmounts' };
  return p;
}
