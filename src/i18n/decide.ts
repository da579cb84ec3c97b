// Catalogue of prioritisation and selection words (plan prioritize, plan select), in ar / fr / en.
import type { Lang } from '../core/diagnostics/diagnostic.js';
import { makeT, type Catalog } from './catalog.js';
import { formatAmount, formatNumber } from './format.js';

export const decide = {
  // ranking inputs
  'rank.noCriteria': {
    ar: 'لا توجد معايير للترتيب في priorities.yaml؛ أضفها أو نفذ plan prioritize --init-criteria',
    fr: 'Aucun critère de priorisation dans priorities.yaml ; ajoutez-en ou lancez plan prioritize --init-criteria',
    en: 'No prioritisation criteria in priorities.yaml; add some or run plan prioritize --init-criteria',
  },
  'rank.weightsSum': {
    ar: 'مجموع أوزان المعايير هو {sum} وليس {total} كما هو مصرح به في weights_total',
    fr: 'Les poids des critères totalisent {sum}, et non {total} comme déclaré dans weights_total',
    en: 'The criteria weights add up to {sum}, not {total} as weights_total declares',
  },
  'rank.weightsZero': { ar: 'مجموع أوزان المعايير منعدم', fr: 'La somme des poids des critères est nulle', en: 'The criteria weights add up to zero' },
  'rank.badScale': {
    ar: 'سلم المعيار {id}: يجب أن يكون الحد الأدنى أصغر من الحد الأقصى',
    fr: 'Échelle du critère {id} : le minimum doit être inférieur au maximum',
    en: 'Scale of criterion {id}: min must be below max',
  },
  'rank.unknownCriterion': {
    ar: 'النقطة «{id}» لا تطابق أي معيار معرف في criteria',
    fr: 'La note « {id} » ne correspond à aucun critère déclaré dans criteria',
    en: 'Score "{id}" names no criterion declared in criteria',
  },
  'rank.unknownCriterionGuess': {
    ar: 'النقطة «{id}» لا تطابق أي معيار معرف في criteria. هل تقصد «{guess}»؟',
    fr: 'La note « {id} » ne correspond à aucun critère déclaré dans criteria. Vouliez-vous dire « {guess} » ?',
    en: 'Score "{id}" names no criterion declared in criteria. Did you mean "{guess}"?',
  },
  'rank.outOfScale': {
    ar: 'نقطة الأولوية {id} في المعيار {criterion} هي {value}، خارج السلم {min}–{max}',
    fr: 'La note de {id} pour le critère {criterion} vaut {value}, hors de l’échelle {min}–{max}',
    en: 'Priority {id} scores {value} on {criterion}, outside its scale {min}–{max}',
  },
  'rank.missingScore': {
    ar: 'الأولوية {id} بدون نقطة في المعيار {criterion}',
    fr: 'La priorité {id} n’a pas de note pour le critère {criterion}',
    en: 'Priority {id} has no score on criterion {criterion}',
  },
  'init.exists': {
    ar: 'يحتوي priorities.yaml مسبقا على معايير؛ لم يكتب أي شيء',
    fr: 'priorities.yaml contient déjà des critères ; rien n’a été écrit',
    en: 'priorities.yaml already has criteria; nothing was written',
  },
  'init.written': {
    ar: 'كتبت {n} معايير في {file}؛ أضف نقط كل أولوية ثم أعد تنفيذ plan prioritize',
    fr: '{n} critères écrits dans {file} ; notez chaque priorité puis relancez plan prioritize',
    en: '{n} criteria written to {file}; score each priority, then run plan prioritize again',
  },
  'init.header': {
    ar: 'معايير الترتيب (قيم مقترحة من الممارسة، يناقشها المجلس): سلم 1 إلى 5؛ المعيار من نوع cost: 5 = الأكثر كلفة',
    fr: 'Critères de priorisation (valeurs de pratique, à discuter en conseil) : échelle 1 à 5 ; critère cost : 5 = le plus coûteux',
    en: 'Prioritisation criteria (practice defaults, for the council to discuss): scale 1 to 5; cost criterion: 5 = dearest',
  },
  'init.tieBreak': {
    ar: 'عند التعادل: الأكثر مستفيدين أولا، ثم حسب المعرف',
    fr: 'En cas d’égalité : le plus de bénéficiaires d’abord, puis l’identifiant',
    en: 'On a tie: most beneficiaries first, then the id',
  },
  // ranking report
  'rank.title': { ar: 'ترتيب الأولويات', fr: 'Classement des priorités', en: 'Priority ranking' },
  'rank.tieRule': { ar: 'قاعدة الفصل عند التعادل: {rule}', fr: 'Règle de départage : {rule}', en: 'Tie-break rule: {rule}' },
  'tie.cost_asc': { ar: 'الكلفة الأقل أولا، ثم المعرف', fr: 'coût le plus faible d’abord, puis identifiant', en: 'lowest cost first, then id' },
  'tie.beneficiaries_desc': {
    ar: 'الأكثر مستفيدين أولا، ثم المعرف',
    fr: 'plus grand nombre de bénéficiaires d’abord, puis identifiant',
    en: 'most beneficiaries first, then id',
  },
  'tie.id': { ar: 'حسب المعرف', fr: 'par identifiant', en: 'by id' },
  'col.rank': { ar: 'الرتبة', fr: 'Rang', en: 'Rank' },
  'col.priority': { ar: 'الأولوية', fr: 'Priorité', en: 'Priority' },
  'col.sector': { ar: 'القطاع', fr: 'Secteur', en: 'Sector' },
  'col.score': { ar: 'النقطة', fr: 'Score', en: 'Score' },
  'col.need': { ar: 'الحاجة', fr: 'Besoin', en: 'Need' },
  'col.project': { ar: 'المشروع', fr: 'Projet', en: 'Project' },
  'col.years': { ar: 'السنوات', fr: 'Années', en: 'Years' },
  'col.value': { ar: 'القيمة', fr: 'Valeur', en: 'Value' },
  'col.cost': { ar: 'الكلفة', fr: 'Coût', en: 'Cost' },
  'col.why': { ar: 'السبب', fr: 'Motif', en: 'Why' },
  'col.partner': { ar: 'الشريك', fr: 'Partenaire', en: 'Partner' },
  'col.total': { ar: 'المجموع', fr: 'Total', en: 'Total' },
  'rank.computed': {
    ar: 'المعيار {criterion} محسوب من التشاور (أصوات المقترحات وحصص الاستمارات)',
    fr: 'Le critère {criterion} est calculé à partir des concertations (voix des propositions, parts des enquêtes)',
    en: 'Criterion {criterion} is computed from the consultations (proposal votes, survey shares)',
  },
  'sens.title': {
    ar: 'الحساسية: تغيير كل وزن بـ −20 % و+20 % (مع إعادة توزيع الباقي)',
    fr: 'Sensibilité : chaque poids déplacé de −20 % et +20 % (les autres réajustés)',
    en: 'Sensitivity: each weight moved by −20% and +20% (the others rescaled)',
  },
  'sens.none': { ar: 'لا تتغير أي رتبة', fr: 'aucun rang ne change', en: 'no rank changes' },
  'sens.changes': { ar: 'تتغير الرتب: {list}', fr: 'rangs modifiés : {list}', en: 'ranks change: {list}' },
  'sens.summary': {
    ar: 'الترتيب مستقر أمام {stable} من {total} تغييرات في الأوزان',
    fr: 'Le classement résiste à {stable} des {total} déplacements de poids',
    en: 'The ranking holds under {stable} of {total} weight moves',
  },
  'write.done': { ar: 'تم تحديث {file}', fr: '{file} mis à jour', en: '{file} updated' },
  'write.same': { ar: '{file} محين مسبقا', fr: '{file} déjà à jour', en: '{file} already up to date' },
  'rank.missingFile': {
    ar: 'الملف priorities.yaml غائب أو غير صالح؛ صححه ثم أعد المحاولة (plan validate)',
    fr: 'priorities.yaml est absent ou invalide ; corrigez-le puis relancez (plan validate)',
    en: 'priorities.yaml is missing or invalid; fix it, then run again (plan validate)',
  },
  // selection: required and reasons in
  'req.agreement': { ar: 'اتفاقية موقعة', fr: 'convention signée', en: 'signed agreement' },
  'req.ongoing': { ar: 'في طور الإنجاز', fr: 'en cours', en: 'ongoing' },
  'req.completed': { ar: 'منجز', fr: 'achevé', en: 'completed' },
  'req.flag': { ar: 'مطلوب عبر --require', fr: 'exigé par --require', en: 'required by --require' },
  'in.required': { ar: 'إلزامي ({reason})', fr: 'obligatoire ({reason})', en: 'required ({reason})' },
  'in.chosen': {
    ar: 'مختار: {vpm} نقطة لكل مليون درهم',
    fr: 'retenu : {vpm} points par million de dirhams',
    en: 'chosen: {vpm} points per million dirhams',
  },
  'in.shifted': { ar: 'نقل من {from} إلى {to}', fr: 'décalé de {from} à {to}', en: 'moved from {from} to {to}' },
  // selection: reasons out
  'out.excluded': { ar: 'مستبعد عبر --exclude', fr: 'exclu par --exclude', en: 'excluded by --exclude' },
  'out.cancelled': { ar: 'ملغى في بطاقته', fr: 'annulé dans sa fiche', en: 'cancelled in its sheet' },
  'out.noStart': {
    ar: 'مدته لا تتسع داخل فترة البرنامج',
    fr: 'sa durée ne tient pas dans la période du plan',
    en: 'its duration does not fit in the plan period',
  },
  'out.noValue': {
    ar: 'لا يخدم أي أولوية مرتبة (قيمة منعدمة)',
    fr: 'il ne sert aucune priorité classée (valeur nulle)',
    en: 'it serves no ranked priority (zero value)',
  },
  'out.at': { ar: 'لو بدأ سنة {year}: {list}', fr: 's’il démarrait en {year} : {list}', en: 'starting in {year}: {list}' },
  'viol.capacity': {
    ar: 'حصة الجماعة سنة {year} تتجاوز قدرتها على الاستثمار بـ {amount}',
    fr: 'la part de la commune en {year} dépasserait sa capacité d’investissement de {amount}',
    en: 'the commune share in {year} would exceed its investment capacity by {amount}',
  },
  'viol.partner': {
    ar: 'تمويل {partner} سنة {year} يتجاوز التزامه بـ {amount}',
    fr: 'le financement de {partner} en {year} dépasserait son engagement de {amount}',
    en: '{partner} financing in {year} would exceed its commitment by {amount}',
  },
  'viol.dependency.missing': {
    ar: 'يتوقف على {on} غير المدرج في البرنامج',
    fr: 'il dépend de {on}, absent du programme',
    en: 'it depends on {on}, which is not in the programme',
  },
  'viol.dependency.late': {
    ar: 'يتوقف على {on} الذي لن ينتهي قبل بدايته',
    fr: 'il dépend de {on}, qui ne serait pas achevé avant son démarrage',
    en: 'it depends on {on}, which would not be finished before it starts',
  },
  'viol.exclusion': {
    ar: 'يتنافى مع {other} المدرج في البرنامج',
    fr: 'il est incompatible avec {other}, retenu',
    en: 'it excludes {other}, which is in the programme',
  },
  'viol.share.min': {
    ar: 'حصة {key} تنزل عن حدها الأدنى (ينقص {amount})',
    fr: 'la part de {key} passerait sous son minimum ({amount} manquants)',
    en: 'the share of {key} would fall below its minimum ({amount} short)',
  },
  'viol.share.max': {
    ar: 'حصة {key} تتجاوز حدها الأقصى بـ {amount}',
    fr: 'la part de {key} dépasserait son maximum de {amount}',
    en: 'the share of {key} would exceed its maximum by {amount}',
  },
  'out.comparator': {
    ar: 'قيمته لكل مليون درهم {vpm} مقابل {cvpm} لـ {id}، أضعف مشروع مختار يستعمل نفس المورد',
    fr: 'sa valeur par million de dirhams est {vpm}, contre {cvpm} pour {id}, le moins rentable des projets retenus sur la même ressource',
    en: 'its value per million dirhams is {vpm}, against {cvpm} for {id}, the weakest included project on the same resource',
  },
  'out.forced.loss': {
    ar: 'إدراجه بالقوة يخفض القيمة الإجمالية بـ {loss} نقطة (يخرج {dropped})',
    fr: 'l’imposer ferait perdre {loss} points de valeur totale (sortirait {dropped})',
    en: 'forcing it in would lower the total value by {loss} points (drops {dropped})',
  },
  'out.forced.lossOnly': {
    ar: 'إدراجه بالقوة يخفض القيمة الإجمالية بـ {loss} نقطة',
    fr: 'l’imposer ferait perdre {loss} points de valeur totale',
    en: 'forcing it in would lower the total value by {loss} points',
  },
  'out.forced.infeasible': {
    ar: 'لا يمكن إدراجه حتى لو أخرجت مشاريع أخرى',
    fr: 'il ne peut entrer même en sortant d’autres projets',
    en: 'it cannot be included even by dropping other projects',
  },
  // infeasibility
  'conflict.intro': {
    ar: 'لا توجد برمجة تحترم كل القيود. أصغر مجموعة متعارضة: {parts}',
    fr: 'Aucun programme ne respecte toutes les contraintes. Plus petit ensemble en conflit : {parts}',
    en: 'No programme meets every constraint. Smallest conflicting set: {parts}',
  },
  'conflict.part': {
    ar: 'جزء من التعارض: {what}',
    fr: 'fait partie du conflit : {what}',
    en: 'part of the conflict: {what}',
  },
  'conflict.required': { ar: '{project} إلزامي ({reason})', fr: '{project} obligatoire ({reason})', en: '{project} required ({reason})' },
  'conflict.capacity': { ar: 'قدرة الجماعة على الاستثمار سنة {year}', fr: 'la capacité d’investissement de {year}', en: 'the investment capacity in {year}' },
  'conflict.partner': { ar: 'التزام {partner} سنة {year}', fr: 'l’engagement de {partner} en {year}', en: '{partner} commitment in {year}' },
  'conflict.short': { ar: '{what} ينقصها {amount}', fr: '{what} est court de {amount}', en: '{what} is {amount} short' },
  'conflict.dependency': { ar: '{project} يتوقف على {on}', fr: '{project} dépend de {on}', en: '{project} depends on {on}' },
  'conflict.exclusion': { ar: '{a} و{b} متنافيان', fr: '{a} et {b} s’excluent', en: '{a} and {b} exclude each other' },
  'conflict.share.min': { ar: 'الحد الأدنى لحصة {key}', fr: 'la part minimale de {key}', en: 'the minimum share of {key}' },
  'conflict.share.max': { ar: 'الحد الأقصى لحصة {key}', fr: 'la part maximale de {key}', en: 'the maximum share of {key}' },
  'sel.unbounded': {
    ar: 'النموذج غير محدود، وهذا لا يمكن أن يحدث مع متغيرات ثنائية: خطأ داخلي في بناء النموذج',
    fr: 'Le modèle est non borné, ce qui est impossible avec des variables binaires : erreur interne de construction du modèle',
    en: 'The model is unbounded, which cannot happen with binary variables: internal model-building error',
  },
  'sel.error': { ar: 'توقف الحل: {detail}', fr: 'La résolution s’est arrêtée : {detail}', en: 'The solve stopped: {detail}' },
  // selection report
  'sel.title': { ar: 'البرمجة المختارة', fr: 'Programme retenu', en: 'Selected programme' },
  'sel.objective': {
    ar: 'القيمة الإجمالية: {value} نقطة ({n} مشروعا من {total}، {shifted} منقولة)',
    fr: 'Valeur totale : {value} points ({n} projets sur {total}, dont {shifted} décalés)',
    en: 'Total value: {value} points ({n} of {total} projects, {shifted} moved)',
  },
  'sel.finance': { ar: 'تمويل السنوات الثلاث الأولى', fr: 'Financement des trois premières années', en: 'Financing of the first three years' },
  'sel.capacityRow': { ar: 'قدرة الجماعة على الاستثمار', fr: 'Capacité d’investissement de la commune', en: 'Commune investment capacity' },
  'sel.unfunded': { ar: 'الحاجيات غير الممولة', fr: 'Besoins non financés', en: 'Unfunded needs' },
  'sel.unserved': {
    ar: 'أولويات بدون أي مشروع مختار: {list}',
    fr: 'Priorités sans aucun projet retenu : {list}',
    en: 'Priorities without any selected project: {list}',
  },
  'sel.none': { ar: 'لا شيء', fr: 'aucun', en: 'none' },
  'sel.capacityRule': {
    ar: 'السنوات بدون توقعات: {rule}',
    fr: 'Années sans projection : {rule}',
    en: 'Years without a projection: {rule}',
  },
  'capRule.last': { ar: 'آخر قدرة معروفة', fr: 'dernière capacité connue', en: 'last known capacity' },
  'capRule.none': { ar: 'بدون حد', fr: 'sans limite', en: 'no limit' },
  'sel.solver': {
    ar: 'حل دقيق بواسطة HiGHS: {solves|one:عملية حل واحدة|two:عمليتا حل|few:# عمليات حل|other:# عملية حل}، {seconds} ث',
    fr: 'Résolution exacte par HiGHS : {solves|one:# résolution|other:# résolutions}, {seconds} s',
    en: 'Solved exactly by HiGHS: {solves|one:# solve|other:# solves}, {seconds} s',
  },
  'sel.solves': {
    ar: 'حل دقيق بواسطة HiGHS: {solves|one:عملية حل واحدة|two:عمليتا حل|few:# عمليات حل|other:# عملية حل}',
    fr: 'Résolution exacte par HiGHS : {solves|one:# résolution|other:# résolutions}',
    en: 'Solved exactly by HiGHS: {solves|one:# solve|other:# solves}',
  },
  'sel.notProven': {
    ar: 'توقف البحث عند الحد الزمني ({seconds} ث) قبل إثبات الأمثلية: قيمة هذه البرمجة تبعد عن القيمة المثلى بـ {gap} على الأكثر. لبحث أطول: ‎--time-limit',
    fr: 'La recherche s’est arrêtée à la limite de temps ({seconds} s) avant de prouver l’optimum : la valeur de ce programme est à au plus {gap} de la valeur optimale. Pour chercher plus longtemps : --time-limit',
    en: 'The search stopped at the time limit ({seconds} s) before proving the optimum: this programme’s value is at most {gap} below the optimal value. To search longer: --time-limit',
  },
  'rank.surveyNoEffect': {
    ar: '--survey-choice بدون أثر: لا يوجد معيار مصدره citizen_support في priorities.yaml؛ أضفه بالأمر plan add criterion --source citizen_support',
    fr: '--survey-choice sans effet : aucun critère de source citizen_support dans priorities.yaml ; ajoutez-en un avec plan add criterion --source citizen_support',
    en: '--survey-choice has no effect: no criterion with source citizen_support in priorities.yaml; add one with plan add criterion --source citizen_support',
  },
  'rank.surveySaved': {
    ar: 'حُفظت روابط الاستمارة ({n}) في survey_choices بملف {file}، فيعطي plan prioritize نفس الترتيب لاحقا',
    fr: 'Liens d’enquête ({n}) enregistrés dans survey_choices de {file} : un plan prioritize ultérieur donne le même classement',
    en: 'Survey links ({n}) saved in survey_choices of {file}, so a later plan prioritize gives the same ranking',
  },
  'rank.unknownPriority': {
    ar: 'الأولوية {id} غير موجودة (هل تقصد {guess}؟)',
    fr: 'La priorité {id} n’existe pas (vouliez-vous dire {guess} ?)',
    en: 'Priority {id} does not exist (did you mean {guess}?)',
  },
  'rank.badLink.survey': {
    ar: 'الاستمارة {name} غير موجودة في consultations.yaml (هل تقصد {guess}؟)',
    fr: 'L’enquête {name} n’existe pas dans consultations.yaml (vouliez-vous dire {guess} ?)',
    en: 'Survey {name} is not in consultations.yaml (did you mean {guess}?)',
  },
  'rank.badLink.question': {
    ar: 'السؤال {name} غير موجود في هذه الاستمارة (هل تقصد {guess}؟)',
    fr: 'La question {name} n’existe pas dans cette enquête (vouliez-vous dire {guess} ?)',
    en: 'Question {name} is not in this survey (did you mean {guess}?)',
  },
  'rank.badLink.choice': {
    ar: 'الاختيار {name} غير موجود في هذا السؤال (هل تقصد {guess}؟)',
    fr: 'Le choix {name} n’existe pas pour cette question (vouliez-vous dire {guess} ?)',
    en: 'Choice {name} is not an answer of this question (did you mean {guess}?)',
  },
  'sel.badTerritory': {
    ar: 'المجال {key} ليس rural ولا urban ولا معرف دوار أو حي (هل تقصد {guess}؟)',
    fr: 'Le territoire {key} n’est ni rural, ni urban, ni l’identifiant d’un douar ou quartier (vouliez-vous dire {guess} ?)',
    en: 'Territory {key} is neither rural, urban nor a locality id (did you mean {guess}?)',
  },
  'sel.minAboveMax': {
    ar: 'الحصة الدنيا لـ {key} أكبر من حصتها القصوى',
    fr: 'La part minimale de {key} dépasse sa part maximale',
    en: 'The minimum share of {key} is above its maximum',
  },
  'sel.timeout': {
    ar: 'توقف البحث عند الحد الزمني ({seconds} ث) قبل إيجاد أي برمجة تحترم القيود؛ لم يكتب أي شيء. أعد التشغيل بحد أطول، مثلا ‎--time-limit 60',
    fr: 'La recherche s’est arrêtée à la limite de temps ({seconds} s) avant de trouver un programme qui respecte les contraintes ; rien n’a été écrit. Relancez avec une limite plus longue, par exemple --time-limit 60',
    en: 'The search stopped at the time limit ({seconds} s) before finding any programme that meets the constraints; nothing was written. Run again with a longer limit, for example --time-limit 60',
  },
  'sel.gap': {
    ar: 'الأمثلية غير مثبتة: الفجوة مع الحد المثبت {gap} على الأكثر',
    fr: 'Optimum non prouvé : écart au plus {gap} de la borne prouvée',
    en: 'Optimum not proven: at most {gap} from the proven bound',
  },
  'sel.best': {
    ar: 'أفضل برمجة وجدها HiGHS في الوقت المحدد: {solves|one:عملية حل واحدة|two:عمليتا حل|few:# عمليات حل|other:# عملية حل}',
    fr: 'Meilleur programme trouvé par HiGHS dans le temps imparti : {solves|one:# résolution|other:# résolutions}',
    en: 'Best programme HiGHS found within the time limit: {solves|one:# solve|other:# solves}',
  },
  'sel.completed': {
    ar: 'أضيفت بعد البحث لأنها ما زالت تتسع: {list}',
    fr: 'Ajoutés après la recherche, car ils tenaient encore : {list}',
    en: 'Added after the search because they still fitted: {list}',
  },
  'sel.generated': { ar: 'plan select', fr: 'plan select', en: 'plan select' },
  'sel.missing': {
    ar: 'يلزم priorities.yaml وfinance.yaml ومشروع واحد على الأقل، صالحة (plan validate)',
    fr: 'Il faut priorities.yaml, finance.yaml et au moins un projet, valides (plan validate)',
    en: 'priorities.yaml, finance.yaml and at least one project are needed, and valid (plan validate)',
  },
  'sel.stale': {
    ar: 'النقط المرجحة في priorities.yaml غير محينة؛ استعملت النقط المحسوبة (نفذ plan prioritize)',
    fr: 'Les scores pondérés de priorities.yaml ne sont pas à jour ; les scores recalculés sont utilisés (lancez plan prioritize)',
    en: 'The weighted scores in priorities.yaml are stale; the recomputed scores are used (run plan prioritize)',
  },
  'usage.unknownProject': {
    ar: '{flag}: المشروع {id} غير موجود',
    fr: '{flag} : le projet {id} n’existe pas',
    en: '{flag}: project {id} does not exist',
  },
  'usage.both': {
    ar: 'المشروع {id} مطلوب ومستبعد في نفس الوقت',
    fr: 'Le projet {id} est à la fois exigé et exclu',
    en: 'Project {id} is both required and excluded',
  },
  'usage.timeLimit': {
    ar: '--time-limit {value}: المنتظر عدد من الثواني (0: دون حد)',
    fr: '--time-limit {value} : un nombre de secondes est attendu (0 : sans limite)',
    en: '--time-limit {value}: a number of seconds (0: no limit)',
  },
  'usage.capacity': {
    ar: '--capacity {value}: المنتظر ‎+N%‎ أو ‎-N%‎',
    fr: '--capacity {value} : +N% ou -N% attendu',
    en: '--capacity {value}: +N% or -N%',
  },
  'usage.shareForm': {
    ar: '{flag} {value}: الصيغة المنتظرة key=min:max، مثلا education=0.1:0.3',
    fr: '{flag} {value} : forme attendue clé=min:max, p. ex. education=0.1:0.3',
    en: '{flag} {value}: key=min:max, e.g. education=0.1:0.3',
  },
  'usage.shareKey': {
    ar: '{flag} {value}: «{key}» ليس من القيم المقبولة ({keys})',
    fr: '{flag} {value} : « {key} » n’est pas une valeur admise ({keys})',
    en: '{flag} {value}: "{key}" is not one of {keys}',
  },
  'usage.shareRange': {
    ar: '{flag} {value}: الحصص بين 0 و1',
    fr: '{flag} {value} : les parts sont comprises entre 0 et 1',
    en: '{flag} {value}: shares are between 0 and 1',
  },
  'usage.shareOrder': {
    ar: '{flag} {value}: الحد الأدنى أكبر من الحد الأقصى',
    fr: '{flag} {value} : le minimum dépasse le maximum',
    en: '{flag} {value}: the minimum exceeds the maximum',
  },
} satisfies Catalog;

/** Translates a decision message. */
export const td = makeT(decide);
/** A prioritisation or selection message's key. */
export type DecideKey = keyof typeof decide;

/** An amount in millions of dirhams, as the decisions speak of them (1.2 MDH). */
export function mdh(amount: number, lang: Lang): string {
  if (Math.abs(amount) < 100_000) return formatAmount(Math.round(amount), lang);
  const n = formatNumber(Math.round(amount / 1e4) / 100, lang);
  return lang === 'ar' ? `${n} مليون درهم` : `${n} MDH`;
}
