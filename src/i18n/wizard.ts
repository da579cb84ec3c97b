// Catalogue of the wizard and the phase commands: questions, explanations, answer errors, the comments
// written into new files, and command messages, in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

type E = { ar: string; fr: string; en: string };
const e = (ar: string, fr: string, en: string): E => ({ ar, fr, en });

export const wizardMessages: Catalog = {
  // Questions of `plan init`.
  'q.region': e('الجهة (اكتب للتصفية)', 'Région (tapez pour filtrer)', 'Region (type to filter)'),
  'q.province': e('العمالة أو الإقليم (اكتب للتصفية)', 'Préfecture ou province (tapez pour filtrer)', 'Prefecture or province (type to filter)'),
  'q.commune': e('الجماعة (اكتب للتصفية)', 'Commune (tapez pour filtrer)', 'Commune (type to filter)'),
  'q.commune_ar': e('اسم الجماعة بالعربية', 'Nom de la commune en arabe', 'Name of the commune in Arabic'),
  'q.commune_fr': e('اسم الجماعة بالفرنسية', 'Nom de la commune en français', 'Name of the commune in French'),
  'q.commune_type': e('نوع الجماعة', 'Type de commune', 'Type of commune'),
  'q.president': e('رئيس(ة) المجلس', 'Président(e) du conseil', 'President of the council'),
  'q.mandate_start': e('تاريخ بداية الولاية (YYYY-MM-DD)', 'Début du mandat (AAAA-MM-JJ)', 'Start of the mandate (YYYY-MM-DD)'),
  'q.members': e('عدد الأعضاء المزاولين', 'Membres du conseil en exercice', 'Council members in office'),
  'q.census': e('الإحصاء العام المعتمد', 'Recensement de référence', 'Census used'),
  'q.women': e('عدد السكان: الإناث', 'Population : femmes', 'Population: women'),
  'q.men': e('عدد السكان: الذكور', 'Population : hommes', 'Population: men'),
  'q.period': e('مدة البرنامج (ست سنوات، مثلا 2022-2027)', 'Période du plan (six ans, p. ex. 2022-2027)', 'Plan period (six years, e.g. 2022-2027)'),
  'q.languages': e('لغات الوثيقة', 'Langues du document', 'Languages of the document'),
  'q.lang': e('لغة رسائل الأداة', "Langue des messages de l'outil", "Language of the tool's messages"),
  'h.members': e(
    'يحتسب النصاب والأغلبية على هذا العدد (القانون التنظيمي 113.14، المادة 42).',
    'Le quorum et la majorité se comptent sur ce nombre (LO 113-14, art. 42).',
    'Quorum and majority are counted on this number (LO 113-14 art. 42).',
  ),
  'h.mandate_start': e(
    'يجب إعداد البرنامج خلال السنة الأولى من الولاية على أبعد تقدير (المادة 78).',
    'Le plan doit être établi au plus tard au cours de la première année du mandat (art. 78).',
    'The plan must be drawn up at the latest during the first year of the mandate (art. 78).',
  ),
  'h.period': e(
    'يغطي البرنامج ست سنوات (المادة 78). المقترح: من السنة الموالية لبداية الولاية إلى خمس سنوات بعدها، لأن البرنامج يعد خلال السنة الأولى وينفذ ابتداء من السنة التالية.',
    "Le plan couvre six ans (art. 78). Proposé : de l'année qui suit le début du mandat à cinq ans plus tard, car le plan est préparé pendant la première année et exécuté à partir de la suivante.",
    'The plan covers six years (art. 78). Proposed: from the year after the mandate starts to five years later, since the plan is prepared in the first year and carried out from the next.',
  ),
  'h.commune': e(
    'القائمة المرفقة غير كاملة: إن لم تجد الجماعة اختر «جماعة غير موجودة في القائمة».',
    "La liste fournie est incomplète : si la commune n'y est pas, choisissez « commune absente de la liste ».",
    'The shipped list is incomplete: if the commune is not there, choose "a commune not in the list".',
  ),
  'h.languages': e(
    'العربية إلزامية (لغة المداولة)؛ أضف الفرنسية لوثيقة ثنائية اللغة.',
    "L'arabe est obligatoire (langue de la délibération) ; ajoutez le français pour un document bilingue.",
    'Arabic is required (the language of the deliberation); add French for a bilingual document.',
  ),

  // Why an answer is refused.
  'a.empty': e('الجواب مطلوب', 'Réponse requise', 'An answer is required'),
  'a.notArabic': e('يجب أن يتضمن النص حروفا عربية', 'Le texte doit être écrit en arabe', 'The text must be written in Arabic'),
  'a.notInteger': e('أدخل عددا صحيحا', 'Entrez un nombre entier', 'Enter a whole number'),
  'a.notNumber': e('أدخل عددا', 'Entrez un nombre', 'Enter a number'),
  'a.outOfRange': e('القيمة بين {min} و{max}', 'Valeur entre {min} et {max}', 'A value between {min} and {max}'),
  'a.notDate': e('تاريخ بصيغة YYYY-MM-DD، مثلا 2021-09-21', 'Date au format AAAA-MM-JJ, p. ex. 2021-09-21', 'A date written YYYY-MM-DD, e.g. 2021-09-21'),
  'a.notId': e('معرف من حروف لاتينية وأرقام، مثلا P01', 'Identifiant en lettres et chiffres, p. ex. P01', 'An id of letters and digits, e.g. P01'),
  'a.notBoolean': e('أجب بنعم أو لا', 'Répondez oui ou non', 'Answer yes or no'),
  'a.notAChoice': e('اختيار غير معروف؛ الاختيارات: {choices}', 'Choix inconnu ; choix possibles : {choices}', 'Unknown choice; the choices are: {choices}'),
  'a.unknownUnit': e(
    '«{value}» غير موجود في القائمة (استعمل المعرف أو الاسم، أو new لجماعة غير مدرجة)',
    '« {value} » ne figure pas dans la liste (donnez l’identifiant ou le nom, ou new pour une commune absente)',
    '"{value}" is not in the list (give the id or the name, or new for a commune not listed)',
  ),
  'a.notPeriod': e('مدة بصيغة 2022-2027', 'Période au format 2022-2027', 'A period written 2022-2027'),
  'a.notSixYears': e('يجب أن تكون المدة ست سنوات (المادة 78)، وليس {years}', 'La période doit compter six ans (art. 78), pas {years}', 'The period must be six years (art. 78), not {years}'),
  'a.periodVsMandate': e(
    'يبدأ البرنامج في سنة بداية الولاية ({year}) أو السنة الموالية ({next})',
    'Le plan commence l’année du début du mandat ({year}) ou la suivante ({next})',
    'The plan starts in the year the mandate starts ({year}) or the next ({next})',
  ),
  'a.arabicRequired': e('العربية إلزامية', "L'arabe est obligatoire", 'Arabic is required'),
  'a.unknownKey': e('سؤال غير معروف', 'Question inconnue', 'Unknown question'),

  // Comments written into the files `plan init` creates.
  'c.plan.1': e('بيان برنامج عمل الجماعة، أنشأه plan init. يمكن تعديله باليد؛ تحقق منه بالأمر plan validate.', 'Manifeste du plan, créé par plan init. Modifiable à la main ; vérifiez avec plan validate.', 'Plan manifest, written by plan init. Edit by hand if needed; check with plan validate.'),
  'c.plan.2': e('المرحلة التالية: plan status يعرض ما ينقص وآجال المسطرة.', 'Ensuite : plan status montre ce qui manque et le calendrier de la procédure.', 'Next: plan status shows what is missing and the procedure calendar.'),
  'c.plan.format': e('نسخة صيغة الملفات', 'version du format des fichiers', 'format version of these files'),
  'c.plan.period': e('ست سنوات (القانون التنظيمي 113.14، المادة 78)', 'six ans (LO 113-14, art. 78)', 'six years (LO 113-14 art. 78)'),
  'c.plan.languages': e('لغات الوثيقة المطبوعة', 'langues du document imprimé', 'languages of the printed document'),
  'c.plan.lang': e('لغة رسائل الأداة لهذا البرنامج', "langue des messages de l'outil pour ce plan", "language of the tool's messages for this plan"),
  'c.commune.1': e('بطاقة الجماعة والمجلس. الأسماء من المعطيات الإدارية المرفقة (MIT، Mahdi Boughrous).', 'Profil de la commune et du conseil. Noms tirés des données administratives fournies (MIT, Mahdi Boughrous).', 'Commune and council profile. Names from the shipped administrative data (MIT, Mahdi Boughrous).'),
  'c.commune.2': e('أضف الدواوير والأحياء (localities) واللجان الدائمة (council.standing_committees).', 'Ajoutez les douars et quartiers (localities) et les commissions permanentes (council.standing_committees).', 'Add the douars and neighbourhoods (localities) and the standing committees (council.standing_committees).'),
  'c.commune.type': e('urban | rural (المندوبية السامية للتخطيط)', 'urban | rural (HCP)', 'urban | rural (HCP)'),
  'c.commune.refs': e('المعرفات في المعطيات الإدارية المرفقة', 'identifiants dans les données administratives fournies', 'ids in the shipped administrative data'),
  'c.commune.population': e('الذكور + الإناث = المجموع', 'hommes + femmes = total', 'men + women = total'),
  'c.commune.council': e('يحتسب النصاب والأغلبية على الأعضاء المزاولين (المادة 42)', 'quorum et majorité comptés sur les membres en exercice (art. 42)', 'quorum and majority are counted on the members in office (art. 42)'),

  // Command messages.
  'w.missing': e('أجوبة ناقصة (أعطها بخيارات سطر الأوامر أو في ملف --answers):', 'Réponses manquantes (à donner par les options ou dans le fichier --answers) :', 'Missing answers (give them as flags or in the --answers file):'),
  'w.invalid': e('أجوبة مرفوضة:', 'Réponses refusées :', 'Refused answers:'),
  'w.proposed': e('المقترح: {value}، يقبل بـ --yes', 'proposé : {value}, accepté avec --yes', 'proposed: {value}, taken with --yes'),
  'w.notEmpty': e('المجلد {dir} غير فارغ؛ استعمل --force للكتابة فيه', 'Le dossier {dir} n’est pas vide ; utilisez --force pour y écrire', 'Folder {dir} is not empty; use --force to write into it'),
  'w.cancelled': e('أُلغي: لم يكتب أي ملف.', 'Annulé : aucun fichier écrit.', 'Cancelled: no file written.'),
  'w.wrote': e('كتب: {file}', 'Écrit : {file}', 'Wrote {file}'),
  'w.unchanged': e('لا تغيير: {file}', 'Inchangé : {file}', 'Unchanged: {file}'),
  'w.next': e('الخطوة التالية: plan status {dir}', 'Étape suivante : plan status {dir}', 'Next step: plan status {dir}'),
  'w.answersFile': e('تعذرت قراءة ملف الأجوبة {file}: {detail}', 'Fichier de réponses {file} illisible : {detail}', 'Cannot read the answers file {file}: {detail}'),
  'w.invalidFile': e('الملف المكتوب لا يطابق الصيغة: {detail}', 'Le fichier produit ne respecte pas le format : {detail}', 'The file produced does not match the format: {detail}'),
};

/** Translates a wizard message. */
export const tw = makeT(wizardMessages);
