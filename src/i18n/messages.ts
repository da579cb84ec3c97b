// Catalogue of the validator's own messages (files, YAML, schemas, phases, CLI), in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

export const messages = {
  'rule.unverified': {
    ar: '(قاعدة مبنية على قراءة غير مؤكدة للنص؛ يمكن تعديلها في plan.yaml)',
    fr: '(règle fondée sur une lecture non vérifiée du texte ; réglable dans plan.yaml)',
    en: '(rule based on an unverified reading of the law; adjustable in plan.yaml)',
  },
  'rule.crashed': {
    ar: 'توقفت القاعدة {code} بسبب خطأ داخلي: {error}',
    fr: 'La règle {code} s’est arrêtée sur une erreur interne : {error}',
    en: 'Rule {code} stopped on an internal error: {error}',
  },
  'yaml.syntax': { ar: 'خطأ في صياغة YAML: {detail}', fr: 'Erreur de syntaxe YAML : {detail}', en: 'YAML syntax error: {detail}' },
  'yaml.duplicateKey': {
    ar: 'المفتاح «{key}» مكرر في نفس الكائن',
    fr: 'La clé « {key} » apparaît deux fois dans le même objet',
    en: 'Key "{key}" appears twice in the same mapping',
  },
  'yaml.aliasLimit': {
    ar: 'عدد كبير جدا من الإحالات (aliases) في YAML: الحد {max}',
    fr: 'Trop de références (alias) YAML : la limite est {max}',
    en: 'Too many YAML aliases: the limit is {max}',
  },
  'yaml.tooDeep': {
    ar: 'تداخل عميق جدا: الحد {max} مستوى',
    fr: 'Imbrication trop profonde : la limite est {max} niveaux',
    en: 'Nesting too deep: the limit is {max} levels',
  },
  'yaml.notMapping': {
    ar: 'يجب أن يكون محتوى الملف كائنا (مفاتيح وقيم)',
    fr: 'Le fichier doit contenir un objet (des clés et des valeurs)',
    en: 'The file must hold a mapping (keys and values)',
  },
  'file.missing': { ar: 'الملف غير موجود', fr: 'Fichier introuvable', en: 'File not found' },
  'file.unreadable': { ar: 'تعذرت قراءة الملف: {detail}', fr: 'Lecture impossible : {detail}', en: 'Cannot read the file: {detail}' },
  'file.binary': {
    ar: 'الملف ثنائي وليس نصا (YAML)',
    fr: 'Fichier binaire : un texte YAML est attendu',
    en: 'Binary file: a YAML text was expected',
  },
  'file.notUtf8': {
    ar: 'الملف ليس بترميز UTF-8 (بايت غير صالح في الموضع {offset})',
    fr: 'Le fichier n’est pas en UTF-8 (octet invalide à la position {offset})',
    en: 'The file is not UTF-8 (invalid byte at offset {offset})',
  },
  'file.tooLarge': {
    ar: 'الملف كبير جدا ({size} بايت؛ الحد {max})',
    fr: 'Fichier trop volumineux ({size} octets ; limite {max})',
    en: 'File too large ({size} bytes; limit {max})',
  },
  'file.empty': { ar: 'الملف فارغ', fr: 'Fichier vide', en: 'Empty file' },
  'file.notWorkspace': {
    ar: 'هذا المجلد ليس مجلد برنامج عمل: لا يحتوي على plan.yaml',
    fr: 'Ce dossier n’est pas un espace de plan : plan.yaml est absent',
    en: 'This folder is not a plan workspace: plan.yaml is missing',
  },
  'file.unknownKind': {
    ar: 'لا يعرف نوع هذا الملف: المنتظر أحد {names} أو ملف داخل projects/',
    fr: 'Type de fichier inconnu : attendu l’un de {names}, ou un fichier dans projects/',
    en: 'Unknown file kind: expected one of {names}, or a file under projects/',
  },
  'file.noMatch': {
    ar: 'لا يوجد أي ملف يطابق «{pattern}»',
    fr: 'Aucun fichier ne correspond à « {pattern} »',
    en: 'No file matches "{pattern}"',
  },
  'schema.required': {
    ar: 'الحقل الإلزامي «{name}» غائب',
    fr: 'Le champ obligatoire « {name} » est absent',
    en: 'Required field "{name}" is missing',
  },
  'schema.additional': {
    ar: 'حقل غير معروف «{name}»',
    fr: 'Champ inconnu « {name} »',
    en: 'Unknown field "{name}"',
  },
  'schema.didYouMean': { ar: 'هل تقصد «{name}»؟', fr: 'Vouliez-vous dire « {name} » ?', en: 'Did you mean "{name}"?' },
  'schema.type': {
    ar: 'نوع غير صحيح: المنتظر {expected}، والموجود {found}',
    fr: 'Type incorrect : {expected} attendu, {found} trouvé',
    en: 'Wrong type: expected {expected}, found {found}',
  },
  'schema.enum': {
    ar: 'قيمة غير مقبولة: {found}',
    fr: 'Valeur non admise : {found}',
    en: 'Value not allowed: {found}',
  },
  'schema.const': { ar: 'القيمة يجب أن تكون {expected}', fr: 'La valeur doit être {expected}', en: 'The value must be {expected}' },
  'schema.pattern': {
    ar: 'الصيغة غير صحيحة: {found}',
    fr: 'Format incorrect : {found}',
    en: 'Wrong format: {found}',
  },
  'schema.format': {
    ar: 'الصيغة غير صحيحة: المنتظر {expected}',
    fr: 'Format incorrect : {expected} attendu',
    en: 'Wrong format: expected {expected}',
  },
  'schema.noSuchDate': {
    ar: 'هذا التاريخ غير موجود في التقويم: {found}',
    fr: 'Cette date n’existe pas : {found}',
    en: 'This date does not exist: {found}',
  },
  'schema.dateShape': { ar: 'سنة-شهر-يوم (YYYY-MM-DD)', fr: 'AAAA-MM-JJ (année-mois-jour)', en: 'YYYY-MM-DD (year-month-day)' },
  'schema.minimum': { ar: 'القيمة أصغر من {expected}', fr: 'Valeur inférieure à {expected}', en: 'Value below {expected}' },
  'schema.maximum': { ar: 'القيمة أكبر من {expected}', fr: 'Valeur supérieure à {expected}', en: 'Value above {expected}' },
  'schema.minItems': {
    ar: 'القائمة قصيرة جدا: {expected|one:عنصر واحد على الأقل|two:عنصران على الأقل|few:# عناصر على الأقل|other:# عنصرا على الأقل}',
    fr: 'Liste trop courte : {expected|one:au moins # élément|other:au moins # éléments}',
    en: 'List too short: {expected|one:at least # item|other:at least # items}',
  },
  'schema.minLength': { ar: 'النص فارغ', fr: 'Texte vide', en: 'Empty text' },
  'schema.uniqueItems': {
    ar: 'عناصر مكررة في القائمة',
    fr: 'Éléments en double dans la liste',
    en: 'Duplicate items in the list',
  },
  'schema.propertyNames': {
    ar: 'مفتاح غير صالح «{found}»',
    fr: 'Clé invalide « {found} »',
    en: 'Invalid key "{found}"',
  },
  'schema.other': { ar: 'القيمة لا تطابق المخطط: {detail}', fr: 'Valeur non conforme au schéma : {detail}', en: 'Value does not match the schema: {detail}' },
  'type.object': { ar: 'كائن', fr: 'un objet', en: 'an object' },
  'type.array': { ar: 'قائمة', fr: 'une liste', en: 'a list' },
  'type.string': { ar: 'نص', fr: 'un texte', en: 'a text' },
  'type.integer': { ar: 'عدد صحيح', fr: 'un entier', en: 'an integer' },
  'type.number': { ar: 'عدد', fr: 'un nombre', en: 'a number' },
  'type.boolean': { ar: 'قيمة منطقية (true/false)', fr: 'un booléen (true/false)', en: 'a boolean (true/false)' },
  'type.null': { ar: 'قيمة فارغة', fr: 'une valeur vide', en: 'an empty value' },
  'phase.1': { ar: 'التشخيص', fr: 'Diagnostic', en: 'Diagnosis' },
  'phase.2': { ar: 'ترتيب الأولويات', fr: 'Priorisation', en: 'Prioritization' },
  'phase.3': { ar: 'اختيار المشاريع وبرمجتها', fr: 'Sélection des projets', en: 'Project selection' },
  'phase.4': { ar: 'إعداد الوثيقة', fr: 'Rédaction du document', en: 'Document drafting' },
  'phase.5': { ar: 'المصادقة', fr: 'Adoption', en: 'Adoption' },
  'phase.reached': {
    ar: 'المرحلة الحالية: {n} ({name})',
    fr: 'Phase en cours : {n} ({name})',
    en: 'Current phase: {n} ({name})',
  },
  'phase.complete': { ar: 'اكتملت جميع المراحل', fr: 'Toutes les phases sont terminées', en: 'All phases are complete' },
  'phase.completeButErrors': {
    ar: 'جميع المراحل لها ملفاتها، لكن تبقى أخطاء: {n}',
    fr: 'Toutes les phases ont leurs fichiers, mais des erreurs restent : {n}',
    en: 'Every phase has its files, but errors remain: {n}',
  },
  'phase.lacks': { ar: 'ينقص: {items}', fr: 'Manque : {items}', en: 'Missing: {items}' },
  'summary.clean': { ar: 'لا توجد ملاحظات', fr: 'Aucun problème', en: 'No problems' },
  'summary.counts': {
    ar: '{errors|zero:لا أخطاء|one:خطأ واحد|two:خطآن|few:# أخطاء|other:# خطأ}، {warnings|zero:لا تنبيهات|one:تنبيه واحد|two:تنبيهان|few:# تنبيهات|other:# تنبيها}، {infos|zero:لا ملاحظات|one:ملاحظة واحدة|two:ملاحظتان|few:# ملاحظات|other:# ملاحظة} {files|one:في ملف واحد|two:في ملفين|few:في # ملفات|other:في # ملفا}',
    fr: '{errors|one:# erreur|other:# erreurs}, {warnings|one:# avertissement|other:# avertissements}, {infos|one:# info|other:# infos} {files|one:dans # fichier|other:dans # fichiers}',
    en: '{errors|one:# error|other:# errors}, {warnings|one:# warning|other:# warnings}, {infos|one:# info|other:# infos} {files|one:in # file|other:in # files}',
  },
  'diag.line': { ar: '{code} {severity}: {message}', fr: '{code} {severity} : {message}', en: '{code} {severity}: {message}' },
  'label.expected': { ar: 'المنتظر', fr: 'attendu', en: 'expected' },
  'label.found': { ar: 'الموجود', fr: 'trouvé', en: 'found' },
  'label.basis': { ar: 'السند', fr: 'fondement', en: 'basis' },
  'severity.error': { ar: 'خطأ', fr: 'erreur', en: 'error' },
  'severity.warning': { ar: 'تنبيه', fr: 'avertissement', en: 'warning' },
  'severity.info': { ar: 'ملاحظة', fr: 'info', en: 'info' },
  'cli.noWorkspaceHere': {
    ar: 'لا يوجد مجلد برنامج (plan.yaml) في {dir} ولا في المجلدات التي تعلوه؛ اذكر المجلد أو الملفات: plan validate DIR',
    fr: 'Aucun plan (plan.yaml) dans {dir} ni au-dessus ; indiquez le dossier ou les fichiers : plan validate DOSSIER',
    en: 'No plan workspace (plan.yaml) in {dir} or above it; name the folder or files: plan validate DIR',
  },
  'cli.usage': { ar: 'خطأ في الاستعمال: {detail}', fr: 'Erreur d’utilisation : {detail}', en: 'Usage error: {detail}' },
  'cli.internal': {
    ar: 'خطأ داخلي: {detail}. المرجو التبليغ عنه.',
    fr: 'Erreur interne : {detail}. Merci de la signaler.',
    en: 'Internal error: {detail}. Please report it.',
  },
  'cli.noPaths': {
    ar: 'لا يوجد مجلد برنامج عمل هنا: حدد مسارا',
    fr: 'Aucun espace de plan ici : indiquez un chemin',
    en: 'No plan workspace here: give a path',
  },
} satisfies Catalog;

/** Translates a validator message id into `lang`. */
export const t = makeT(messages);
