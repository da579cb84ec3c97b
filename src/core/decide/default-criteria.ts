// Practice defaults for the prioritisation matrix, written by `plan prioritize --init-criteria`.
import type { Direction } from './criteria.js';

/** One default criterion: its bilingual name, weight on 100, 1..5 scale and direction. */
export interface DefaultCriterion {
  id: string;
  name: { ar: string; fr: string };
  weight: number;
  direction: Direction;
}

/**
 * The criteria consulting practice uses for PAC matrices (beneficiaries, urgency, competence, cost,
 * land, co-financing, PDR/PDP fit, gender and equity, environment). Weights are a starting point the
 * council discusses, not a norm; they sum to 100. Cost is the only `cost` criterion: 5 = dearest/hardest.
 */
export const DEFAULT_CRITERIA: readonly DefaultCriterion[] = [
  { id: 'beneficiaries', name: { ar: 'عدد المستفيدين والأثر', fr: 'Bénéficiaires et impact' }, weight: 20, direction: 'benefit' },
  { id: 'urgency', name: { ar: 'درجة الاستعجال', fr: 'Urgence du besoin' }, weight: 15, direction: 'benefit' },
  { id: 'competence', name: { ar: 'اختصاص الجماعة', fr: 'Compétence de la commune' }, weight: 10, direction: 'benefit' },
  { id: 'cost', name: { ar: 'الكلفة وصعوبة الإنجاز', fr: 'Coût et difficulté de réalisation' }, weight: 10, direction: 'cost' },
  { id: 'land', name: { ar: 'توفر العقار', fr: 'Disponibilité du foncier' }, weight: 10, direction: 'benefit' },
  { id: 'cofinancing', name: { ar: 'إمكانية التمويل المشترك', fr: 'Possibilité de cofinancement' }, weight: 10, direction: 'benefit' },
  { id: 'pdr_fit', name: { ar: 'الانسجام مع برنامج التنمية الجهوية والإقليمية', fr: 'Cohérence avec le PDR et le PDP' }, weight: 10, direction: 'benefit' },
  { id: 'gender_equity', name: { ar: 'الإنصاف ومقاربة النوع', fr: 'Équité et approche genre' }, weight: 10, direction: 'benefit' },
  { id: 'environment', name: { ar: 'الأثر البيئي', fr: 'Impact environnemental' }, weight: 5, direction: 'benefit' },
];

/** The scale of every default criterion. */
export const DEFAULT_SCALE = { min: 1, max: 5 } as const;
