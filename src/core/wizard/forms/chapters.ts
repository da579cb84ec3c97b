// Phase commands for the chapters a published PAC holds besides the core ones: census history,
// facilities, property and staff (diagnosis); convergence programmes, acronyms, resources by
// category and the implementation set-up (add); the secretary and the annexes of the council's
// file (adopt). Each writes the optional fields of schemas/*.json that the printed plan shows.
import { isMap, type Document } from 'yaml';
import type { Answers, FormContext } from '../question.js';
import { compact, IdExists, nextId, planOf, seqAt, setOnce, textOf, upsert, type Applied, type EditForm } from '../edit-form.js';
import { biQ, dateQ, enumChoices, idChoices, idQ, intQ, multiQ, numQ, selectQ, textListQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';
import { flowSmall } from '../yaml-build.js';
import { sectorChoices } from './diagnosis.js';

const P = (ctx: FormContext) => planOf(ctx);
const localities = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).commune?.data.localities ?? []).map((l) => ({ id: l.id, text: l.name })),
    ctx,
  );
const year = (id = 'year', o: { optional?: boolean; message?: string } = {}) => intQ(id, { min: 1900, max: 2100, ...o });

/** Values of the schemas' enums, for the choices (labels from the wizard catalogue, `v.<group>.<value>`). */
export const PROGRAMME_KINDS = ['pdr', 'provincial', 'indh', 'sector', 'agreement', 'other'] as const;
export const GENDER_MARKERS = ['0', '1', '2'] as const;
const CONDITIONS = ['good', 'fair', 'poor', 'closed'] as const;
const PROPERTY_KINDS = ['land', 'building', 'market', 'vehicle', 'equipment', 'other'] as const;
const PROPERTY_STATUS = ['private_domain', 'public_domain', 'rented', 'other'] as const;
const STAFF = ['executives', 'supervisors', 'agents', 'workers', 'contractual', 'other'] as const;
const RESOURCES = ['own_taxes', 'fees', 'property_income', 'vat_share', 'ir_is_share', 'other_transfers', 'loans', 'other'] as const;
const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual', 'once'] as const;
const CHANNELS = ['website', 'display', 'meeting', 'radio', 'social_media', 'press', 'leaflet', 'other'] as const;
const ANNEXES = ['committee_report', 'iecag_opinion', 'attendance', 'workshop_minutes', 'visa_letter', 'deliberation', 'questionnaire', 'other'] as const;

/** The programmes of plan.yaml, as choices (for a project's convergence). */
export const programmeChoices = (_a: Answers, ctx: FormContext) =>
  idChoices(
    (P(ctx).manifest?.data.programmes ?? []).map((p) => ({ id: p.id, text: p.name })),
    ctx,
  );

// Appends an entry that has no id of its own (a facility, a report line) to the list at `path`.
function append(doc: Document, path: (string | number)[], item: Record<string, unknown>, id?: unknown): Applied {
  const seq = seqAt(doc, path);
  const node = doc.createNode(item);
  flowSmall(node);
  seq.items.push(node);
  return { id: id === undefined ? undefined : String(id), replaced: false, at: [...path, seq.items.length - 1] };
}

// The implementation set-up's lines carry an id (ST1, RP1, CM1…) so that plan edit and plan remove can name them.
type ImplementationList = 'steering' | 'reporting' | 'communication';
const IMPLEMENTATION_PREFIX: Record<ImplementationList, string> = { steering: 'ST', reporting: 'RP', communication: 'CM' };
const implementationIdQ = (list: ImplementationList) =>
  idQ(
    'id',
    (ctx) =>
      nextId(
        IMPLEMENTATION_PREFIX[list],
        (P(ctx).manifest?.data.implementation?.[list] ?? []).flatMap((e) => (e.id === undefined ? [] : [e.id])),
      ),
    { optional: true },
  );

// Adds a line to the implementation set-up, under the id given or the next free one; an id taken is refused without --force.
function addLine(doc: Document, list: ImplementationList, a: Answers, item: Record<string, unknown>, force: boolean): Applied {
  const path = ['implementation', list];
  const taken = seqAt(doc, path)
    .items.filter(isMap)
    .map((n) => String(n.get('id') ?? ''));
  const id = a.id === undefined ? nextId(IMPLEMENTATION_PREFIX[list], taken) : String(a.id);
  return upsert(doc, path, { id, ...item }, { force });
}

export const CHAPTER_FORMS: EditForm[] = [
  {
    id: 'diagnosis.census',
    command: 'diagnosis census',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [
      year('year', { message: 'qc.census_year' }),
      intQ('total', { message: 'qc.census_total' }),
      intQ('men', { optional: true, message: 'qc.census_men' }),
      intQ('women', { optional: true, message: 'qc.census_women' }),
      intQ('households', { optional: true, message: 'qc.census_households' }),
      textQ('source', { optional: true, message: 'qc.source' }),
    ],
    apply: (doc, a, { force }) =>
      upsert(doc, ['population_history'], compact({ year: a.year, total: a.total, men: a.men, women: a.women, households: a.households, source: a.source }), {
        force,
        key: 'year',
      }),
    examples: ['plan diagnosis census --year 2004 --total 17480 --households 3290 --source "RGPH 2004 (HCP)"'],
  },
  {
    id: 'diagnosis.facility',
    command: 'diagnosis facility',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [
      selectQ('sector', sectorChoices, { search: true }),
      ...biQ('facility'),
      intQ('count', { message: 'qc.count' }),
      selectQ('condition', enumChoices(CONDITIONS, valueLabel('condition')), { optional: true, message: 'qc.condition' }),
      multiQ('localities', localities, { optional: true, when: (a, ctx) => localities(a, ctx).length > 0 }),
    ],
    apply: (doc, a) =>
      append(
        doc,
        ['facilities'],
        compact({ sector: a.sector, name: textOf(a, 'facility'), count: a.count, condition: a.condition, localities: a.localities as string[] }),
        a.facility_ar,
      ),
    examples: ['plan diagnosis facility --sector health --facility-ar "مستوصف قروي" --facility-fr "Dispensaire rural" --count 3 --condition poor'],
  },
  {
    id: 'diagnosis.property',
    command: 'diagnosis property',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [
      selectQ('kind', enumChoices(PROPERTY_KINDS, valueLabel('property')), { message: 'qc.property_kind' }),
      ...biQ('item'),
      intQ('count', { optional: true, message: 'qc.count' }),
      numQ('area_m2', { optional: true, message: 'qc.area_m2' }),
      selectQ('legal_status', enumChoices(PROPERTY_STATUS, valueLabel('propertyStatus')), { optional: true, message: 'qc.legal_status' }),
    ],
    apply: (doc, a) =>
      append(doc, ['property'], compact({ kind: a.kind, name: textOf(a, 'item'), count: a.count, area_m2: a.area_m2, status: a.legal_status }), a.item_ar),
    examples: ['plan diagnosis property --kind market --item-ar "السوق الأسبوعي" --item-fr "Souk hebdomadaire" --area-m2 24000 --legal-status public_domain'],
  },
  {
    id: 'diagnosis.staff',
    command: 'diagnosis staff',
    kind: 'commune',
    file: () => 'commune.yaml',
    questions: [
      year('year', { message: 'qc.staff_year' }),
      selectQ('category', enumChoices(STAFF, valueLabel('staff')), { message: 'qc.staff_category' }),
      intQ('men', { message: 'qc.staff_men' }),
      intQ('women', { message: 'qc.staff_women' }),
    ],
    apply(doc, a, { force }) {
      doc.setIn(['staff', 'year'], a.year);
      return upsert(doc, ['staff', 'categories'], { category: a.category, men: a.men, women: a.women }, { force, key: 'category' });
    },
    examples: ['plan diagnosis staff --year 2021 --category executives --men 6 --women 3'],
  },
  {
    id: 'add.programme',
    command: 'add programme',
    kind: 'plan',
    file: () => 'plan.yaml',
    questions: [
      idQ('id', (ctx) =>
        nextId(
          'PRG',
          (P(ctx).manifest?.data.programmes ?? []).map((p) => p.id),
        ),
      ),
      selectQ('kind', enumChoices(PROGRAMME_KINDS, valueLabel('programme')), { message: 'qc.programme_kind' }),
      ...biQ('name'),
      year('start_year', { optional: true, message: 'qc.programme_start' }),
      year('end_year', { optional: true, message: 'qc.programme_end' }),
      intQ('envelope', { optional: true, message: 'qc.envelope' }),
    ],
    apply: (doc, a, { force }) =>
      upsert(
        doc,
        ['programmes'],
        compact({ id: a.id, kind: a.kind, name: textOf(a, 'name'), start_year: a.start_year, end_year: a.end_year, envelope: a.envelope }),
        { force },
      ),
    examples: [
      'plan add programme --id PIK --kind agreement --name-ar "البرنامج المندمج لإقليم الخميسات" --name-fr "Programme intégré de la province de Khémisset" --start-year 2022 --end-year 2025 --envelope 750000000',
    ],
  },
  {
    id: 'add.acronym',
    command: 'add acronym',
    kind: 'plan',
    file: () => 'plan.yaml',
    questions: [textQ('short', { message: 'qc.acronym' }), ...biQ('meaning')],
    apply: (doc, a, { force }) => upsert(doc, ['acronyms'], { short: a.short, long: textOf(a, 'meaning') }, { force, key: 'short' }),
    examples: [
      'plan add acronym --short ONEE --meaning-ar "المكتب الوطني للكهرباء والماء الصالح للشرب" --meaning-fr "Office national de l\'électricité et de l\'eau potable"',
    ],
  },
  {
    id: 'add.resource',
    command: 'add resource',
    kind: 'finance',
    file: () => 'finance.yaml',
    questions: [
      year('year', { message: 'q.year' }),
      selectQ('category', enumChoices(RESOURCES, valueLabel('resource')), { message: 'qc.resource_category' }),
      intQ('amount', { message: 'qc.amount' }),
    ],
    apply(doc, a, { force }) {
      // One line per year and category: a second one replaces the first with --force.
      const seq = seqAt(doc, ['resources']);
      const idx = seq.items.findIndex((n) => isMap(n) && Number(n.get('year')) === Number(a.year) && String(n.get('category')) === String(a.category));
      if (idx >= 0 && !force) throw new IdExists(`${a.year}.${a.category}`, 'resources');
      if (idx >= 0) seq.items.splice(idx, 1);
      return append(doc, ['resources'], { year: a.year, category: a.category, amount: a.amount }, `${a.year}.${a.category}`);
    },
    examples: ['plan add resource --year 2023 --category vat_share --amount 16625000'],
  },
  {
    id: 'add.steering',
    command: 'add steering',
    kind: 'plan',
    file: () => 'plan.yaml',
    questions: [implementationIdQ('steering'), ...biQ('body'), ...biQ('role'), ...biQ('members', { optional: true })],
    apply: (doc, a, { force }) =>
      addLine(doc, 'steering', a, compact({ body: textOf(a, 'body'), role: textOf(a, 'role'), members: textOf(a, 'members') }), force),
    examples: ['plan add steering --body-ar "لجنة القيادة" --body-fr "Comité de pilotage" --role-ar "…" --role-fr "Suit l’avancement des projets"'],
  },
  {
    id: 'add.report',
    command: 'add report',
    kind: 'plan',
    file: () => 'plan.yaml',
    questions: [
      implementationIdQ('reporting'),
      ...biQ('report'),
      selectQ('frequency', enumChoices(FREQUENCIES, valueLabel('frequency')), { default: () => 'annual' }),
      intQ('month', { min: 1, max: 12, optional: true, message: 'qc.month' }),
      ...biQ('by', { optional: true }),
      ...biQ('to', { optional: true }),
    ],
    apply: (doc, a, { force }) =>
      addLine(
        doc,
        'reporting',
        a,
        compact({ report: textOf(a, 'report'), frequency: a.frequency, month: a.month, by: textOf(a, 'by'), to: textOf(a, 'to') }),
        force,
      ),
    examples: ['plan add report --report-ar "تقرير التقييم السنوي" --report-fr "Rapport d’évaluation annuel" --frequency annual --month 4'],
  },
  {
    id: 'add.communication',
    command: 'add communication',
    kind: 'plan',
    file: () => 'plan.yaml',
    questions: [
      implementationIdQ('communication'),
      ...biQ('action'),
      selectQ('channel', enumChoices(CHANNELS, valueLabel('channel')), { message: 'qc.channel' }),
      ...biQ('audience', { optional: true }),
      ...biQ('when', { optional: true }),
    ],
    apply: (doc, a, { force }) =>
      addLine(
        doc,
        'communication',
        a,
        compact({ action: textOf(a, 'action'), channel: a.channel, audience: textOf(a, 'audience'), when: textOf(a, 'when') }),
        force,
      ),
    examples: ['plan add communication --action-ar "نشر البرنامج" --action-fr "Publication du plan" --channel website'],
  },
  {
    id: 'adopt.secretary',
    command: 'adopt secretary',
    kind: 'adoption',
    file: () => 'adoption.yaml',
    questions: [textQ('name', { message: 'qc.secretary' })],
    apply: (doc, a, { force }) => setOnce(doc, ['secretary'], a.name, { force }),
    examples: ['plan adopt secretary --name "Fatima Zahra El Idrissi"'],
  },
  {
    id: 'adopt.annex',
    command: 'adopt annex',
    kind: 'adoption',
    file: () => 'adoption.yaml',
    questions: [
      selectQ('kind', enumChoices(ANNEXES, valueLabel('annex')), { message: 'qc.annex_kind' }),
      ...biQ('annex'),
      dateQ('date', { optional: true }),
      textQ('reference', { optional: true }),
    ],
    apply: (doc, a) => append(doc, ['annexes'], compact({ kind: a.kind, title: textOf(a, 'annex'), date: a.date, reference: a.reference }), a.annex_ar),
    examples: ['plan adopt annex --kind iecag_opinion --annex-ar "رأي الهيئة" --annex-fr "Avis de l’instance" --date 2022-03-17 --reference IECAG-2022-02'],
  },
];

/** The questions `plan add project` asks for a project's objectives, activities, gender marker and convergence. */
export const projectChapterQuestions = () => [
  textListQuestion('objectives'),
  textListQuestion('activities'),
  selectQ('gender_marker', enumChoices(GENDER_MARKERS, valueLabel('gender')), { optional: true, message: 'qc.gender_marker' }),
  multiQ('convergence', programmeChoices, { optional: true, message: 'qc.convergence', when: (a, ctx) => programmeChoices(a, ctx).length > 0 }),
];

const textListQuestion = (id: 'objectives' | 'activities') => textListQ(id, { optional: true, message: `qc.${id}` });
