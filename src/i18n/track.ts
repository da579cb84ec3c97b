// Catalogue of the follow-up after adoption (`plan track …`): the questions, the status words, the
// headers of the template a commune's technical service fills in, the import's refusals and the
// command messages, in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

type E = { ar: string; fr: string; en: string };
const e = (ar: string, fr: string, en: string): E => ({ ar, fr, en });

/** The questions of the follow-up forms (merged into the wizard catalogue, which the forms read). */
export const trackQuestions = {
  'cmd.track.project': e(
    'تسجيل تقدم إنجاز مشروع في سنة (الوضعية، النسبة، المبالغ الملتزم بها والمؤداة، التواريخ)',
    'enregistrer l’avancement d’un projet pour une année (état, taux, engagé et payé, dates)',
    'record a project’s progress for a year (status, rate, committed and paid, dates)',
  ),
  'cmd.track.indicator': e('تسجيل قيمة مقيسة لمؤشر', 'enregistrer la valeur mesurée d’un indicateur', 'record an indicator’s measured value'),
  'cmd.track.review': e(
    'تسجيل دراسة المجلس لحصيلة التنفيذ والمقترحات',
    'enregistrer l’examen de l’exécution par le conseil et les propositions',
    'record the council’s review of the execution and the proposals',
  ),
  'q.track.year': e('سنة التتبع', 'Année de suivi', 'Follow-up year'),
  'q.track.project': e('المشروع (اكتب للتصفية)', 'Projet (tapez pour filtrer)', 'Project (type to filter)'),
  'q.track.status': e('وضعية الإنجاز', 'État d’avancement', 'Status'),
  'q.track.progress': e('نسبة الإنجاز المادي (%)', 'Taux d’avancement physique (%)', 'Physical progress (%)'),
  'q.track.committed': e(
    'المبالغ الملتزم بها حسب الشريك (مثلا INDH=800000,COMMUNE=200000)',
    'Montants engagés par partenaire (p. ex. INDH=800000,COMMUNE=200000)',
    'Amounts committed by partner (e.g. INDH=800000,COMMUNE=200000)',
  ),
  'q.track.paid': e(
    'المبالغ المؤداة حسب الشريك (مثلا INDH=400000)',
    'Montants payés par partenaire (p. ex. INDH=400000)',
    'Amounts paid by partner (e.g. INDH=400000)',
  ),
  'q.track.partnerAmount': e('{what} — {partner} (درهم)', '{what} — {partner} (MAD)', '{what} — {partner} (MAD)'),
  'q.track.started_on': e('تاريخ الانطلاق (يوم/شهر/سنة)', 'Date de démarrage (jj/mm/aaaa)', 'Start date (dd/mm/yyyy)'),
  'q.track.delivered_on': e('تاريخ التسليم (يوم/شهر/سنة)', 'Date de réception (jj/mm/aaaa)', 'Delivery date (dd/mm/yyyy)'),
  'q.track.reason_ar': e(
    'السبب (تأخر، توقف، إلغاء، تأجيل) بالعربية',
    'Motif (retard, suspension, annulation, report), en arabe',
    'Reason (delay, suspension, cancellation, postponement), in Arabic',
  ),
  'q.track.reason_fr': e('السبب بالفرنسية', 'Motif, en français', 'Reason, in French'),
  'q.track.decision_number': e(
    'رقم مقرر المجلس (الإلغاء أو التأجيل)',
    'Numéro de la délibération (annulation ou report)',
    'Number of the council’s decision (cancellation or postponement)',
  ),
  'q.track.decision_date': e('تاريخ مقرر المجلس', 'Date de la délibération', 'Date of the council’s decision'),
  'q.track.moved_start_year': e('سنة البداية الجديدة (مشروع مؤجل)', 'Nouvelle année de début (projet reporté)', 'New start year (postponed project)'),
  'q.track.moved_end_year': e('سنة النهاية الجديدة', 'Nouvelle année de fin', 'New end year'),
  'q.track.indicator': e('المؤشر (اكتب للتصفية)', 'Indicateur (tapez pour filtrer)', 'Indicator (type to filter)'),
  'q.track.value': e('القيمة المقيسة', 'Valeur mesurée', 'Measured value'),
  'q.track.measured_on': e('تاريخ القياس', 'Date de la mesure', 'Date of the measurement'),
  'q.track.source': e('مصدر القياس', 'Source de la mesure', 'Source of the measurement'),
  'q.track.as_of': e('الوضعية إلى غاية (تاريخ)', 'Situation arrêtée au (date)', 'Situation as of (date)'),
  'q.track.committees_on': e('تاريخ الدراسة من طرف اللجان الدائمة', 'Date de l’examen en commissions permanentes', 'Date of the standing committees’ review'),
  'q.track.session_on': e('تاريخ العرض في دورة المجلس', 'Date de la présentation en session du conseil', 'Date of the council session'),
  'q.track.decision_no': e('رقم المقرر', 'Numéro de la délibération', 'Decision number'),
  'q.track.proposals': e(
    'المقترحات المعروضة على المجلس («عربي | français» مفصولة بـ ;)',
    'Propositions au conseil (« arabe | français », séparées par ;)',
    'Proposals to the council ("Arabic | French", separated by ;)',
  ),
  'h.committed': e(
    'المبالغ الملتزم بها خلال هذه السنة وحدها؛ مجموع السنوات لا يتجاوز مساهمة الشريك في المشروع.',
    'Montants engagés pendant cette année seulement ; leur somme sur les années reste dans la part du partenaire.',
    "Amounts committed during this year only; their sum over the years stays within the partner's share.",
  ),
  'h.paid': e(
    'المبالغ المؤداة خلال هذه السنة وحدها، ولو تعلقت بالتزامات سنة سابقة.',
    'Montants payés pendant cette année seulement, même sur des engagements d’une année antérieure.',
    'Amounts paid during this year only, even on commitments of an earlier year.',
  ),
  'a.track.unknownProject': e(
    'مشروع غير معروف: {value} (المعروفة: {known})',
    'projet inconnu : {value} (connus : {known})',
    'unknown project: {value} (known: {known})',
  ),
  'a.track.unknownIndicator': e(
    'مؤشر غير معروف: {value} (المعروفة: {known})',
    'indicateur inconnu : {value} (connus : {known})',
    'unknown indicator: {value} (known: {known})',
  ),
  'a.track.notStatus': e('وضعية غير معروفة؛ المقبول: {choices}', 'état inconnu ; valeurs admises : {choices}', 'unknown status; accepted: {choices}'),
  'a.track.yearOutside': e(
    'السنة {year} خارج مدة البرنامج ({start}-{end})',
    'l’année {year} est hors de la période du plan ({start}-{end})',
    'year {year} is outside the plan period ({start}-{end})',
  ),
  'a.track.statusNeeded': e(
    'مشروع جديد في ملف التتبع: يجب تحديد وضعيته (--status)',
    'Nouveau projet dans le suivi : son état est requis (--status)',
    'A project new to the follow-up needs its status (--status)',
  ),
  'a.track.valueNeeded': e(
    'مؤشر جديد في ملف التتبع: يجب تحديد قيمته (--value)',
    'Nouvel indicateur dans le suivi : sa valeur est requise (--value)',
    'An indicator new to the follow-up needs its value (--value)',
  ),
} satisfies Catalog;

/** The status values, their words in each language and other words people write for them. */
export const trackStatusWords: Record<string, { label: E; also: string[] }> = {
  not_started: { label: e('لم ينطلق', 'Non démarré', 'Not started'), also: ['non demarre', 'pas demarre', 'لم ينطلق بعد', 'not yet started'] },
  studies: { label: e('في طور الدراسات', 'En études', 'Studies'), also: ['etudes', 'etude', 'الدراسات', 'دراسة', 'study'] },
  tendering: {
    label: e('في طور طلب العروض', 'Appel d’offres', 'Tendering'),
    also: ["appel d'offres", 'appel d offres', 'ao', 'طلب العروض', 'صفقة', 'tender'],
  },
  works: {
    label: e('في طور الأشغال', 'Travaux en cours', 'Works under way'),
    also: ['travaux', 'en cours', 'الأشغال', 'في طور الانجاز', 'works', 'in progress'],
  },
  done: { label: e('منجز', 'Achevé', 'Done'), also: ['acheve', 'termine', 'realise', 'receptionne', 'أنجز', 'مكتمل', 'completed', 'finished'] },
  suspended: { label: e('متوقف', 'Suspendu', 'Suspended'), also: ['suspendu', 'arrete', 'متعثر', 'on hold'] },
  cancelled: { label: e('ملغى', 'Annulé', 'Cancelled'), also: ['annule', 'ألغي', 'canceled'] },
};

/** Template headers, import refusals and command messages. */
export const trackMessages = {
  'col.year': e('السنة', 'Année', 'Year'),
  'col.project': e('المشروع', 'Projet', 'Project'),
  'col.title': e('عنوان المشروع', 'Intitulé du projet', 'Project title'),
  'col.programmed': e('المبلغ المبرمج للسنة (درهم)', 'Montant programmé de l’année (MAD)', 'Amount programmed for the year (MAD)'),
  'col.partners': e('الشركاء', 'Partenaires', 'Partners'),
  'col.status': e('وضعية الإنجاز', 'État d’avancement', 'Status'),
  'col.progress': e('نسبة الإنجاز (%)', 'Avancement (%)', 'Progress (%)'),
  'col.committed': e('ملتزم به {partner} (درهم)', 'Engagé {partner} (MAD)', 'Committed {partner} (MAD)'),
  'col.paid': e('مؤدى {partner} (درهم)', 'Payé {partner} (MAD)', 'Paid {partner} (MAD)'),
  'col.started_on': e('تاريخ الانطلاق', 'Date de démarrage', 'Start date'),
  'col.delivered_on': e('تاريخ التسليم', 'Date de réception', 'Delivery date'),
  'col.reason': e('السبب', 'Motif', 'Reason'),
  'col.decision_number': e('رقم مقرر المجلس', 'N° de la délibération', 'Decision number'),
  'col.decision_date': e('تاريخ مقرر المجلس', 'Date de la délibération', 'Decision date'),
  'col.note': e('ملاحظة', 'Observation', 'Note'),
  'exp.year': e('سنة من {start} إلى {end}', 'une année de {start} à {end}', 'a year from {start} to {end}'),
  'exp.project': e('رمز مشروع من البرنامج', 'un identifiant de projet du plan', 'a project id of the plan'),
  'exp.status': e('إحدى الوضعيات: {choices}', 'un état parmi : {choices}', 'one of: {choices}'),
  'exp.progress': e('عدد من 0 إلى 100', 'un nombre de 0 à 100', 'a number from 0 to 100'),
  'exp.amount': e('مبلغ بالدرهم (عدد صحيح موجب)', 'un montant en dirhams (entier positif)', 'an amount in dirhams (whole, not negative)'),
  'exp.date': e('تاريخ (يوم/شهر/سنة أو سنة-شهر-يوم)', 'une date (jj/mm/aaaa ou aaaa-mm-jj)', 'a date (dd/mm/yyyy or yyyy-mm-dd)'),
  'exp.statusNeeded': e(
    'وضعية الإنجاز (المشروع غير مسجل بعد في التتبع)',
    'un état (le projet n’est pas encore suivi)',
    'a status (the project is not followed yet)',
  ),
  'exp.column': e('عمود من أعمدة النموذج: {keys}', 'une colonne du modèle : {keys}', 'a template column: {keys}'),
  'exp.once': e(
    'سطر واحد لكل مشروع وسنة (سبق في السطر {first})',
    'une ligne par projet et par année (déjà ligne {first})',
    'one row per project and year (already row {first})',
  ),
  'exp.yearFlag': e('السنة {year} (--year)', 'l’année {year} (--year)', 'year {year} (--year)'),
  'found.empty': e('فارغ', 'vide', 'empty'),
  't.badRow': e(
    '{at}  {column}: المنتظر {expected}، الموجود «{found}»',
    '{at}  {column} : attendu {expected}, trouvé « {found} »',
    '{at}  {column}: expected {expected}, found "{found}"',
  ),
  't.refused': e(
    'لم يستورد أي شيء: {n|one:سطر واحد مرفوض|two:سطران مرفوضان|few:# أسطر مرفوضة|many:# سطرا مرفوضا|other:# سطر مرفوض}. صحح الملف، أو استعمل --skip-bad-rows لاستيراد الأسطر السليمة وحدها.',
    'Rien n’est importé : {n|one:# ligne refusée|other:# lignes refusées}. Corrigez le fichier, ou --skip-bad-rows pour n’importer que les lignes correctes.',
    'Nothing imported: {n|one:# row refused|other:# rows refused}. Fix the file, or use --skip-bad-rows to import only the good rows.',
  ),
  't.skipped': e(
    '{n|one:سطر واحد مرفوض لم يستورد|two:سطران مرفوضان لم يستوردا|few:# أسطر مرفوضة لم تستورد|many:# سطرا مرفوضا لم يستورد|other:# سطر مرفوض لم يستورد} (--skip-bad-rows)',
    '{n|one:# ligne refusée non importée|other:# lignes refusées non importées} (--skip-bad-rows)',
    '{n|one:# refused row not imported|other:# refused rows not imported} (--skip-bad-rows)',
  ),
  't.imported': e(
    '{file}: {n|one:مشروع واحد|two:مشروعان|few:# مشاريع|many:# مشروعا|other:# مشروع} من {source}',
    '{file} : {n|one:# projet|other:# projets} repris de {source}',
    '{file}: {n|one:# project|other:# projects} from {source}',
  ),
  't.nothing': e('لا يحتوي {file} على أي سطر معبأ', '{file} ne contient aucune ligne remplie', '{file} holds no filled-in row'),
  't.noKeys': e(
    '{file}: لا يبدو أنه نموذج التتبع (لا يوجد عمود [project])؛ أنشئه بالأمر plan track template',
    '{file} : ce n’est pas un modèle de suivi (pas de colonne [project]) ; créez-le avec plan track template',
    '{file}: not a follow-up template (no [project] column); make one with plan track template',
  ),
  't.fileType': e(
    'نوع ملف غير مدعوم {file}: استعمل .csv أو .xlsx',
    'Type de fichier non pris en charge {file} : utilisez .csv ou .xlsx',
    'Unsupported file type {file}: use .csv or .xlsx',
  ),
  't.unreadable': e('تعذرت قراءة {file}: {detail}', '{file} illisible : {detail}', 'Cannot read {file}: {detail}'),
  't.wroteTemplate': e(
    'كتب {file}: {n|one:سطر واحد|two:سطران|few:# أسطر|many:# سطرا|other:# سطر} (مشروع وسنة)',
    '{file} écrit : {n|one:# ligne|other:# lignes} (projet et année)',
    'Wrote {file}: {n|one:# row|other:# rows} (project and year)',
  ),
  't.noYears': e('لا توجد سنة برمجة في {year}', 'Aucune programmation pour {year}', 'Nothing programmed in {year}'),
  't.notSaved': e(
    'لم يحفظ أي ملف: القواعد وجدت أخطاء (استعمل --allow-errors لحفظ وقائع حدثت فعلا)',
    'Aucun fichier enregistré : les règles trouvent des erreurs (--allow-errors pour enregistrer des faits accomplis)',
    'No file saved: the rules find errors (--allow-errors to save facts that happened)',
  ),
  't.wouldWrite': e('(--dry-run: لم يكتب أي شيء)', '(--dry-run : rien n’est écrit)', '(--dry-run: nothing written)'),
  'cmd.track': e(
    'تتبع تنفيذ البرنامج بعد المصادقة: وضعية المشاريع، المؤشرات، دراسة المجلس',
    'suivi de l’exécution après l’adoption : avancement des projets, indicateurs, examen du conseil',
    'follow-up after adoption: project progress, indicators, the council’s review',
  ),
} satisfies Catalog;

/** Every follow-up word, for keys computed from data (a column's name). */
export const trackCatalog = { ...trackQuestions, ...trackMessages };
export const tt = makeT(trackCatalog);
