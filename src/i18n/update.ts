// Catalogue of the update of an adopted plan (actualisation / تحيين): `plan update start`, `plan diff`
// and the annex of the printed plan that lists the changes, in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export const updateMessages = {
  // plan update start
  'cmd.update': e('تحيين البرنامج المصادق عليه', 'Actualisation du plan adopté', 'Update of the adopted plan'),
  'cmd.updateStart': e(
    'فتح تحيين البرنامج: حفظ النسخة المصادق عليها وإعادة مسطرة المصادقة',
    'Ouvrir l’actualisation : figer la version adoptée et reprendre la procédure d’adoption',
    'Open an update: freeze the adopted version and restart the adoption procedure',
  ),
  'u.noWorkspace': e(
    'المجلد {dir} ليس فضاء عمل (لا يوجد plan.yaml)',
    'Le dossier {dir} n’est pas un espace de travail (pas de plan.yaml)',
    'The folder {dir} is not a workspace (no plan.yaml)',
  ),
  'u.badToday': e(
    'الخيار ‎--today‎ ينتظر تاريخا بصيغة YYYY-MM-DD',
    'L’option --today attend une date AAAA-MM-JJ',
    'The --today option expects a date YYYY-MM-DD',
  ),
  'u.invalid': e(
    'لا يمكن فتح التحيين: الملف {file} غير صالح؛ صححه أولا (plan validate)',
    'Impossible d’ouvrir l’actualisation : le fichier {file} n’est pas valide ; corrigez-le d’abord (plan validate)',
    'Cannot open the update: the file {file} is not valid; fix it first (plan validate)',
  ),
  'u.notAdopted': e(
    'لا يمكن تحيين البرنامج: لم يدخل حيز التنفيذ بعد (لا تأشيرة ممنوحة أو ضمنية في adoption.yaml). التحيين يخص برنامجا مصادقا عليه ومؤشرا عليه',
    'Impossible d’actualiser le plan : il n’est pas entré en vigueur (pas de visa accordé ni tacite dans adoption.yaml). L’actualisation porte sur un plan adopté et visé',
    'Cannot update the plan: it has not entered into force (no granted or tacit visa in adoption.yaml). An update applies to an adopted plan with its visa',
  ),
  'u.alreadyOpen': e(
    'التحيين رقم {n} مفتوح منذ {date} (النسخة المرجعية: {base}) ولم يصادق عليه بعد. أتمم مسطرته، أو أعد فتحه بـ ‎--force‎',
    'L’actualisation n° {n} est ouverte depuis le {date} (version de référence : {base}) et n’est pas encore adoptée. Menez sa procédure à terme, ou rouvrez-la avec --force',
    'Update no. {n} has been open since {date} (base version: {base}) and is not adopted yet. Finish its procedure, or open it again with --force',
  ),
  'u.early': e(
    'لا يمكن التحيين قبل {earliest}: البرنامج دخل حيز التنفيذ في {entry}، والتحيين ممكن ابتداء من السنة {year} (PAC-ADO-008، المادة 79 من القانون التنظيمي 113.14). استعمل ‎--force‎ لفتحه رغم ذلك',
    'Actualisation impossible avant le {earliest} : le plan est entré en vigueur le {entry} et peut être actualisé à partir de sa {year}e année (PAC-ADO-008, LO 113-14 art. 79). --force l’ouvre quand même',
    'No update before {earliest}: the plan entered into force on {entry} and may be updated from its year {year} (PAC-ADO-008, LO 113-14 art. 79). --force opens it anyway',
  ),
  'u.earlyForced': e(
    'تنبيه: التحيين مفتوح قبل {earliest}، أي قبل السنة {year} من دخول البرنامج حيز التنفيذ ({entry})',
    'Attention : actualisation ouverte avant le {earliest}, avant la {year}e année depuis l’entrée en vigueur ({entry})',
    'Warning: update opened before {earliest}, before year {year} since the entry into force ({entry})',
  ),
  'u.baseExists': e(
    'المجلد {base} موجود من قبل؛ لن يستبدل. أزله أو انقله أولا',
    'Le dossier {base} existe déjà ; il ne sera pas remplacé. Retirez-le ou déplacez-le d’abord',
    'The folder {base} already exists; it will not be replaced. Remove or move it first',
  ),
  'u.started': e(
    'فتح التحيين رقم {n} في {date}: حفظت النسخة المصادق عليها في {base} ({files|one:ملف واحد|two:ملفان|few:# ملفات|other:# ملفا}).',
    'Actualisation n° {n} ouverte le {date} : la version adoptée est figée dans {base} ({files|one:# fichier|other:# fichiers}).',
    'Update no. {n} opened on {date}: the adopted version is frozen in {base} ({files|one:# file|other:# files}).',
  ),
  'u.adoptionReset': e(
    'ملف adoption.yaml يبدأ من جديد: يحتاج التحيين إلى إحالة على اللجان وتقاريرها ودورة وتصويت وتأشيرة خاصة به (المرحلتان 4 و5). ملف المصادقة الأصلي محفوظ في {base}/adoption.yaml.',
    'adoption.yaml repart de zéro : l’actualisation a besoin de sa propre saisine des commissions, de leurs rapports, d’une session, d’un vote et d’un visa (phases 4 et 5). L’adoption d’origine reste dans {base}/adoption.yaml.',
    'adoption.yaml starts afresh: the update needs its own committee referral and reports, session, vote and visa (phases 4 and 5). The original adoption stays in {base}/adoption.yaml.',
  ),
  'u.next': e(
    'بعد ذلك: عدل المشاريع والتمويل والمؤشرات، ثم plan diff لمعاينة التعديلات، ثم plan adopt …',
    'Ensuite : modifiez projets, financements et indicateurs, puis plan diff pour voir les changements, puis plan adopt …',
    'Next: change projects, financing and indicators, then plan diff to see the changes, then plan adopt …',
  ),
  'u.adoptionHeader': e(
    'المصادقة على التحيين رقم {n}: مسطرة جديدة (إحالة على اللجان، تقارير، دورة، تصويت، تأشيرة). المصادقة الأصلية في {base}/adoption.yaml',
    'Adoption de l’actualisation n° {n} : nouvelle procédure (saisine des commissions, rapports, session, vote, visa). L’adoption d’origine est dans {base}/adoption.yaml',
    'Adoption of update no. {n}: a new procedure (committee referral, reports, session, vote, visa). The original adoption is in {base}/adoption.yaml',
  ),
  'u.planComment': e(
    'التحيين رقم {n}: النسخة المصادق عليها محفوظة في {base} (plan update start)',
    'Actualisation n° {n} : la version adoptée est figée dans {base} (plan update start)',
    'Update no. {n}: the adopted version is frozen in {base} (plan update start)',
  ),
  'u.dryRun': e('(تجربة: لم يكتب أي ملف)', '(essai : aucun fichier écrit)', '(dry run: no file written)'),
  // plan diff
  'cmd.diff': e(
    'التعديلات التي يدخلها التحيين على النسخة المصادق عليها',
    'Les changements de l’actualisation par rapport à la version adoptée',
    'What the update changes against the adopted version',
  ),
  'd.noUpdate': e(
    'لا يوجد تحيين مفتوح في {dir} (لا يوجد update في plan.yaml). افتحه بـ plan update start، أو قارن بين فضاءين: plan diff A B',
    'Aucune actualisation ouverte dans {dir} (pas de update dans plan.yaml). Ouvrez-la avec plan update start, ou comparez deux espaces : plan diff A B',
    'No open update in {dir} (no update in plan.yaml). Open one with plan update start, or compare two workspaces: plan diff A B',
  ),
  'd.baseMissing': e(
    'النسخة المرجعية {base} المذكورة في plan.yaml غير موجودة',
    'La version de référence {base} indiquée dans plan.yaml est introuvable',
    'The base version {base} named in plan.yaml is missing',
  ),
  'd.headUpdate': e(
    'التحيين رقم {n}: التعديلات مقارنة بالنسخة المصادق عليها ({base})',
    'Actualisation n° {n} : changements par rapport à la version adoptée ({base})',
    'Update no. {n}: changes against the adopted version ({base})',
  ),
  'd.headPair': e('التعديلات في {b} مقارنة بـ {a}', 'Changements de {b} par rapport à {a}', 'Changes in {b} against {a}'),
  'd.none': e('لا تعديل.', 'Aucun changement.', 'No change.'),
  'd.count': e(
    '{n|zero:لا تعديل|one:تعديل واحد|two:تعديلان|few:# تعديلات|other:# تعديلا}',
    '{n|one:# changement|other:# changements}',
    '{n|one:# change|other:# changes}',
  ),
  'sec.projects.added': e('المشاريع المضافة', 'Projets ajoutés', 'Projects added'),
  'sec.projects.removed': e('المشاريع المحذوفة', 'Projets retirés', 'Projects removed'),
  'sec.projects.changed': e('المشاريع المعدلة', 'Projets modifiés', 'Projects changed'),
  'sec.indicators.added': e('المؤشرات المضافة', 'Indicateurs ajoutés', 'Indicators added'),
  'sec.indicators.removed': e('المؤشرات المحذوفة', 'Indicateurs retirés', 'Indicators removed'),
  'sec.indicators.changed': e('المؤشرات المعدلة', 'Indicateurs modifiés', 'Indicators changed'),
  'sec.axes.added': e('المحاور المضافة', 'Axes ajoutés', 'Axes added'),
  'sec.axes.removed': e('المحاور المحذوفة', 'Axes retirés', 'Axes removed'),
  'sec.axes.changed': e('المحاور المعدلة', 'Axes modifiés', 'Axes changed'),
  'sec.priorities.added': e('الأولويات المضافة', 'Priorités ajoutées', 'Priorities added'),
  'sec.priorities.removed': e('الأولويات المحذوفة', 'Priorités retirées', 'Priorities removed'),
  'sec.priorities.changed': e('الأولويات المعدلة', 'Priorités modifiées', 'Priorities changed'),
  'c.schedule': e('البرمجة الزمنية: {before} ← {after}', 'Calendrier : {before} → {after}', 'Schedule: {before} → {after}'),
  'c.cost': e('الكلفة التقديرية: {before} ← {after}', 'Coût estimatif : {before} → {after}', 'Estimated cost: {before} → {after}'),
  'c.financing': e('تمويل {partner}: {before} ← {after}', 'Financement {partner} : {before} → {after}', 'Financing by {partner}: {before} → {after}'),
  'c.axis': e('المحور: {before} ← {after}', 'Axe : {before} → {after}', 'Axis: {before} → {after}'),
  'c.status': e('الوضعية: {before} ← {after}', 'État : {before} → {after}', 'Status: {before} → {after}'),
  'c.title': e('تغير العنوان', 'Intitulé modifié', 'Title changed'),
  'c.baseline': e('القيمة المرجعية: {before} ← {after}', 'Situation de référence : {before} → {after}', 'Baseline: {before} → {after}'),
  'c.target': e('القيمة المستهدفة {year}: {before} ← {after}', 'Cible {year} : {before} → {after}', 'Target {year}: {before} → {after}'),
  'c.unit': e('الوحدة: {before} ← {after}', 'Unité : {before} → {after}', 'Unit: {before} → {after}'),
  'c.rank': e('الرتبة: {before} ← {after}', 'Rang : {before} → {after}', 'Rank: {before} → {after}'),
  'c.need': e('تغيرت الحاجة', 'Besoin reformulé', 'Need reworded'),
  'c.axisText': e('تغير العنوان أو الأهداف', 'Intitulé ou objectifs modifiés', 'Title or objectives changed'),
  'c.none': e('—', '—', '—'),
  // A range of years: in Arabic as words, so that no year range is reordered right to left.
  'c.years': e('من {start} إلى {end}', '{start}-{end}', '{start}-{end}'),
  'c.baselineValue': e('{value} (سنة {year})', '{value} ({year})', '{value} ({year})'),
  'c.total': e(
    'مجموع الكلفة التقديرية للمشاريع: {before} ← {after}',
    'Coût estimatif total des projets : {before} → {after}',
    'Total estimated cost of the projects: {before} → {after}',
  ),
  // The annex of the printed plan.
  'annex.title': e(
    'ملحق: التعديلات التي أدخلها التحيين رقم {n}',
    'Annexe : changements apportés par l’actualisation n° {n}',
    'Annex: changes made by update no. {n}',
  ),
  'annex.intro': e(
    'يعرض هذا الملحق ما غيره التحيين رقم {n} مقارنة بالبرنامج كما صودق عليه (النسخة المحفوظة في {base})، طبقا للمرسوم 2.16.301 والمادة 79 من القانون التنظيمي 113.14.',
    'Cette annexe présente ce que l’actualisation n° {n} change par rapport au plan tel qu’adopté (version figée dans {base}), conformément au décret 2-16-301 et à l’article 79 de la loi organique 113-14.',
    'This annex shows what update no. {n} changes against the plan as adopted (the version frozen in {base}), under decree 2-16-301 and article 79 of organic law 113-14.',
  ),
  'annex.item': e('البند', 'Élément', 'Item'),
  'annex.change': e('التعديل', 'Changement', 'Change'),
  'annex.added': e('مضاف', 'Ajouté', 'Added'),
  'annex.removed': e('محذوف', 'Retiré', 'Removed'),
  'annex.changed': e('معدل', 'Modifié', 'Changed'),
} satisfies Catalog;

/** Translates an update message. */
export const tu = makeT(updateMessages);
/** A message key of the update catalogue. */
export type UpdateKey = keyof typeof updateMessages;
