// Catalogue of rule settings (plan.yaml `rules`, --disable, --param): types, ranges and their problems.
import { makeT, type Catalog } from './catalog.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export const ruleSettingsMessages = {
  'param.type.number': e('عدد', 'un nombre', 'a number'),
  'param.type.integer': e('عدد صحيح', 'un entier', 'an integer'),
  'param.type.boolean': e('true أو false', 'true ou false', 'true or false'),
  'param.type.string': e('نص', 'un texte', 'a text'),
  'param.range': e('من {min} إلى {max}', 'de {min} à {max}', 'from {min} to {max}'),
  'param.listOf': e('قائمة من: {item}', 'une liste de : {item}', 'a list of: {item}'),
  'param.didYouMean': e('هل تقصد «{name}»؟', 'Vouliez-vous dire « {name} » ?', 'Did you mean "{name}"?'),
  'param.unknownCode': e('لا توجد قاعدة بالرمز {code}.', 'Aucune règle ne porte le code {code}.', 'No rule has the code {code}.'),
  'param.unknownName': e(
    'ليس للقاعدة {code} إعداد باسم «{name}» (إعداداتها: {names}).',
    'La règle {code} n’a pas de paramètre « {name} » (ses paramètres : {names}).',
    'Rule {code} has no parameter "{name}" (its parameters: {names}).',
  ),
  'param.badValue': e(
    'القيمة {value} غير مقبولة للإعداد {code}.{name}: المنتظر {expected}.',
    'La valeur {value} ne convient pas au paramètre {code}.{name} : {expected} attendu.',
    'Value {value} does not fit parameter {code}.{name}: expected {expected}.',
  ),
  'param.badFlag': e(
    '‎--param {flag}: الصيغة المنتظرة CODE.name=value، مثلا PAC-FIN-002.tolerance_mad=100',
    '--param {flag} : forme attendue CODE.nom=valeur, par exemple PAC-FIN-002.tolerance_mad=100',
    '--param {flag}: expected CODE.name=value, e.g. PAC-FIN-002.tolerance_mad=100',
  ),
  'param.flag': e('‎{flag}: {problem}', '{flag} : {problem}', '{flag}: {problem}'),
} satisfies Catalog;

/** Translates a rule-settings message id into `lang`. */
export const tset = makeT(ruleSettingsMessages);
