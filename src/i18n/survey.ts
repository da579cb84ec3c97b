// Catalogue of the reasons a survey row is refused (written into consultations.yaml rejected_rows and
// printed on import), in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export const surveyMessages = {
  'sr.emptyRow': e('سطر فارغ', 'ligne vide', 'empty row'),
  'sr.cells': e(
    'عدد الخانات {cells} والرأس يضم {headers}',
    '{cells|one:# cellule|other:# cellules} alors que l’en-tête en a {headers}',
    '{cells|one:# cell|other:# cells} where the header has {headers}',
  ),
  'sr.duplicate': e(
    'استمارة مكررة {id} (سبق ورودها في السطر {first})',
    'réponse en double {id} (déjà à la ligne {first})',
    'duplicate submission {id} (first at row {first})',
  ),
  'sr.noSex': e('الجنس غير مجاب عنه', 'sexe non renseigné', 'sex not answered'),
  'sr.badSex': e(
    'قيمة الجنس «{value}» ليست من قيم النساء ولا الرجال',
    'sexe « {value} » : ni une valeur « femmes » ni une valeur « hommes »',
    'sex "{value}" is neither a women\'s nor a men\'s value',
  ),
  'sr.noSexColumn': e(
    'لا يوجد عمود للجنس: لا يمكن عد المستجوبين حسب الجنس',
    'pas de colonne du sexe : impossible de compter les répondants par sexe',
    'no sex column: respondents cannot be counted by sex',
  ),
  'sr.notBinary': e(
    '{question}/{choice}: «{value}» ليست 0 ولا 1',
    '{question}/{choice} : « {value} » n’est ni 0 ni 1',
    '{question}/{choice}: "{value}" is not 0 or 1',
  ),
  'sr.disagrees': e(
    '{question}: «{value}» لا يطابق أعمدة 0/1 ({flags})',
    '{question} : « {value} » ne concorde pas avec ses colonnes 0/1 ({flags})',
    '{question}: "{value}" disagrees with its 0/1 columns ({flags})',
  ),
} satisfies Catalog;

/** Translates a survey message. */
export const tsv = makeT(surveyMessages);
/** A survey refusal reason's key. */
export type SurveyKey = keyof typeof surveyMessages;
