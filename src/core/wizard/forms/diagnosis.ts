// `plan diagnosis …`: sector sheets, their indicators, problems and potentials, the SWOT and the gender analysis.
import type { DiagnosisFile } from '../../plan/schema-types.js';
import { compact, IdExists, nextId, planOf, rootMap, seqAt, setOnce, textOf, upsert, type EditForm } from '../edit-form.js';
import { flowSmall } from '../yaml-build.js';
import { biQ, enumChoices, idQ, intQ, multiQ, numQ, selectQ, textListQ, textQ } from '../fields.js';
import { valueLabel } from '../labels.js';
import type { Answers, FormContext } from '../question.js';
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { SECTORS } from '../../plan/sectors.js';

export { SECTORS };

export const sectorChoices = enumChoices(SECTORS, valueLabel('sector'));
const diagnosis = (ctx: FormContext): DiagnosisFile | undefined => planOf(ctx).diagnosis?.data;
const localityChoices = (_a: Answers, ctx: FormContext) =>
  (planOf(ctx).commune?.data.localities ?? []).map((l) => ({
    value: l.id,
    label: `${l.id}  ${ctx.lang === 'ar' ? l.name.ar : (l.name.fr ?? l.name.ar)}`,
    keys: [l.name.ar, l.name.fr ?? ''],
  }));
const allIds = (ctx: FormContext, what: 'problems' | 'potentials') => (diagnosis(ctx)?.sectors ?? []).flatMap((s) => (s[what] ?? []).map((x) => x.id));

// The sector sheet of `sector`, created when absent so an indicator or problem can be added first.
function sectorMap(doc: Document, sector: string): YAMLMap {
  rootMap(doc);
  let seq = doc.get('sectors', true);
  if (!isSeq(seq)) {
    doc.set('sectors', doc.createNode([]));
    seq = doc.get('sectors', true);
  }
  const list = seq as import('yaml').YAMLSeq;
  let node = list.items.find((n) => isMap(n) && n.get('sector') === sector) as YAMLMap | undefined;
  if (!node) {
    node = doc.createNode({ sector }) as YAMLMap;
    list.items.push(node);
  }
  return node;
}
const sectorIndex = (doc: Document, sector: string) => {
  sectorMap(doc, sector);
  return (doc.get('sectors', true) as import('yaml').YAMLSeq).items.findIndex((n) => isMap(n) && n.get('sector') === sector);
};

const FILE = () => 'diagnosis.yaml';

export const DIAGNOSIS_FORMS: EditForm[] = [
  {
    id: 'diagnosis.add-sector',
    command: 'diagnosis add-sector',
    kind: 'diagnosis',
    file: FILE,
    questions: [selectQ('sector', sectorChoices, { search: true }), ...biQ('summary', { optional: true })],
    apply(doc, a, { force }) {
      const existed = sectorExists(doc, String(a.sector));
      if (existed && !force) throw new IdExists(String(a.sector), 'sectors');
      const node = sectorMap(doc, String(a.sector));
      const summary = textOf(a, 'summary');
      if (summary) node.set('summary', flowed(doc, summary));
      return { id: String(a.sector), replaced: existed, at: ['sectors', sectorIndex(doc, String(a.sector))] };
    },
    examples: ['plan diagnosis add-sector --sector drinking_water --summary-ar "…" --summary-fr "…"'],
  },
  {
    id: 'diagnosis.add-indicator',
    command: 'diagnosis add-indicator',
    kind: 'diagnosis',
    file: FILE,
    questions: [
      selectQ('sector', sectorChoices, { search: true }),
      ...biQ('name'),
      numQ('value'),
      textQ('unit'),
      intQ('year', { min: 2000, max: 2100 }),
      textQ('source'),
      numQ('women', { optional: true, message: 'q.value_women' }),
      numQ('men', { optional: true, message: 'q.value_men' }),
    ],
    apply(doc, a, { force }) {
      const i = sectorIndex(doc, String(a.sector));
      const item = compact({
        name: textOf(a, 'name'),
        value: a.value,
        unit: a.unit,
        year: a.year,
        source: a.source,
        sex_split: a.women !== undefined && a.men !== undefined ? { men: a.men, women: a.women } : undefined,
      });
      // Indicators have no required id: one with the same Arabic name is the same indicator.
      const seq = seqAt(doc, ['sectors', i, 'indicators']);
      const name = (item.name as { ar: string }).ar;
      const idx = seq.items.findIndex((n) => isMap(n) && n.getIn(['name', 'ar']) === name);
      if (idx >= 0 && !force) throw new IdExists(name, `sectors.${a.sector}.indicators`);
      if (idx >= 0) seq.items[idx] = flowed(doc, item);
      else seq.items.push(flowed(doc, item));
      return { id: name, replaced: idx >= 0, at: ['sectors', i, 'indicators', idx >= 0 ? idx : seq.items.length - 1] };
    },
    examples: [
      'plan diagnosis add-indicator --sector drinking_water --name-ar "نسبة الربط بالماء" --name-fr "Taux de raccordement" --value 62 --unit % --year 2021 --source ONEE',
    ],
  },
  ...(['problem', 'potential'] as const).map((what): EditForm => ({
    id: `diagnosis.add-${what}`,
    command: `diagnosis add-${what}`,
    kind: 'diagnosis',
    file: FILE,
    questions: [
      selectQ('sector', sectorChoices, { search: true }),
      idQ('id', (ctx) => nextId(what === 'problem' ? 'N' : 'O', allIds(ctx, `${what}s`))),
      ...biQ('text'),
      multiQ('localities', localityChoices, { optional: true }),
    ],
    apply(doc, a, { force }) {
      const i = sectorIndex(doc, String(a.sector));
      return upsert(doc, ['sectors', i, `${what}s`], compact({ id: a.id, text: textOf(a, 'text'), localities: a.localities as string[] | undefined }), {
        force,
      });
    },
    examples: [`plan diagnosis add-${what} --sector drinking_water --text-ar "…" --text-fr "…" --localities D1,D2`],
  })),
  {
    id: 'diagnosis.swot',
    command: 'diagnosis swot',
    kind: 'diagnosis',
    file: FILE,
    questions: [textListQ('strengths'), textListQ('weaknesses'), textListQ('opportunities'), textListQ('threats')],
    apply(doc, a, { force }) {
      return setOnce(doc, ['swot'], { strengths: a.strengths, weaknesses: a.weaknesses, opportunities: a.opportunities, threats: a.threats }, { force });
    },
    examples: [
      'plan diagnosis swot --strengths "موقع جيد | Bonne situation; موارد مائية | Ressources en eau" --weaknesses "…" --opportunities "…" --threats "…"',
    ],
  },
  {
    id: 'diagnosis.gender',
    command: 'diagnosis gender',
    kind: 'diagnosis',
    file: FILE,
    questions: [...biQ('summary'), textListQ('findings', { optional: true }), textListQ('recommendations', { optional: true })],
    apply(doc, a, { force }) {
      return setOnce(
        doc,
        ['gender_analysis'],
        compact({ summary: textOf(a, 'summary'), findings: a.findings as unknown[], recommendations: a.recommendations as unknown[] }),
        { force },
      );
    },
    examples: ['plan diagnosis gender --summary-ar "…" --summary-fr "…" --findings "… | …"'],
  },
];

const sectorExists = (doc: Document, sector: string) => {
  const seq = doc.get('sectors', true);
  return isSeq(seq) && seq.items.some((n) => isMap(n) && n.get('sector') === sector);
};

// A new node with small maps on one line.
function flowed(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  flowSmall(node);
  return node;
}
