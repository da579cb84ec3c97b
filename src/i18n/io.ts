// Catalogue of what the file layer says: special files, read and write errors, locks, roots.
import { makeT, type Catalog } from './catalog.js';

export const ioMessages: Catalog = {
  'kind.regular': { ar: 'ملف عادي', fr: 'fichier ordinaire', en: 'plain file' },
  'kind.directory': { ar: 'مجلد', fr: 'dossier', en: 'folder' },
  'kind.fifo': { ar: 'أنبوب مسمى (FIFO)', fr: 'tube nommé (FIFO)', en: 'named pipe (FIFO)' },
  'kind.device': { ar: 'جهاز', fr: 'périphérique', en: 'device' },
  'kind.socket': { ar: 'مقبس (socket)', fr: 'socket', en: 'socket' },
  'kind.other': { ar: 'ملف خاص', fr: 'fichier spécial', en: 'special file' },
  'file.notRegular.directory': {
    ar: 'هذا مجلد وليس ملفا: المنتظر ملف YAML عادي',
    fr: 'C’est un dossier, pas un fichier : un fichier YAML ordinaire est attendu',
    en: 'This is a folder, not a file: a plain YAML file was expected',
  },
  'file.notRegular.fifo': {
    ar: 'هذا أنبوب مسمى (FIFO) وليس ملفا عاديا؛ لا يقرأ البرنامج إلا الملفات العادية',
    fr: 'C’est un tube nommé (FIFO), pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus',
    en: 'This is a named pipe (FIFO), not a plain file; only plain files are read',
  },
  'file.notRegular.device': {
    ar: 'هذا جهاز (مثل /dev/zero) وليس ملفا عاديا؛ لا يقرأ البرنامج إلا الملفات العادية',
    fr: 'C’est un périphérique (comme /dev/zero), pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus',
    en: 'This is a device (like /dev/zero), not a plain file; only plain files are read',
  },
  'file.notRegular.socket': {
    ar: 'هذا مقبس (socket) وليس ملفا عاديا؛ لا يقرأ البرنامج إلا الملفات العادية',
    fr: 'C’est une socket, pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus',
    en: 'This is a socket, not a plain file; only plain files are read',
  },
  'file.notRegular.other': {
    ar: 'هذا ليس ملفا عاديا؛ لا يقرأ البرنامج إلا الملفات العادية',
    fr: 'Ce n’est pas un fichier ordinaire ; seuls les fichiers ordinaires sont lus',
    en: 'This is not a plain file; only plain files are read',
  },
  'file.io.permission': {
    ar: 'لا يسمح لك بقراءة هذا الملف (الأذونات): تحقق من مالكه وأذوناته (ls -l)',
    fr: 'Vous n’avez pas le droit de lire ce fichier (permissions) : vérifiez son propriétaire et ses droits (ls -l)',
    en: 'You are not allowed to read this file (permissions): check its owner and mode (ls -l)',
  },
  'file.io.loop': {
    ar: 'روابط رمزية تحيل بعضها إلى بعض في حلقة: لا تؤدي إلى أي ملف',
    fr: 'Des liens symboliques renvoient les uns aux autres en boucle : ils ne mènent à aucun fichier',
    en: 'Symbolic links point to each other in a loop: they lead to no file',
  },
  'file.io.notDirInPath': {
    ar: 'جزء من هذا المسار ملف وليس مجلدا',
    fr: 'Une partie de ce chemin est un fichier, pas un dossier',
    en: 'Part of this path is a file, not a folder',
  },
  'file.io.nameTooLong': { ar: 'اسم الملف أو المسار طويل جدا', fr: 'Nom de fichier ou chemin trop long', en: 'File name or path too long' },
  'file.io.io': {
    ar: 'خطأ في الإدخال والإخراج أثناء قراءة الملف (القرص أو الشبكة): {code}',
    fr: 'Erreur d’entrée-sortie en lisant le fichier (disque ou réseau) : {code}',
    en: 'Input/output error while reading the file (disk or network): {code}',
  },
  'file.io.busy': {
    ar: 'الملف مشغول ببرنامج آخر؛ أعد المحاولة: {code}',
    fr: 'Le fichier est occupé par un autre programme ; réessayez : {code}',
    en: 'The file is busy in another program; try again: {code}',
  },
  'file.io.other': {
    ar: 'تعذرت قراءة الملف (خطأ النظام {code})',
    fr: 'Lecture impossible (erreur système {code})',
    en: 'Cannot read the file (system error {code})',
  },
  'file.utf16': {
    ar: 'الملف بترميز UTF-16 ({endian})، والمنتظر UTF-8. حوله مثلا بالأمر: iconv -f UTF-16 -t UTF-8 الملف > ملف-جديد، أو احفظه في محررك بترميز UTF-8',
    fr: 'Le fichier est en UTF-16 ({endian}) ; UTF-8 est attendu. Convertissez-le, par exemple : iconv -f UTF-16 -t UTF-8 fichier > nouveau, ou enregistrez-le en UTF-8 dans votre éditeur',
    en: 'The file is UTF-16 ({endian}); UTF-8 was expected. Convert it, for instance: iconv -f UTF-16 -t UTF-8 file > new-file, or save it as UTF-8 in your editor',
  },
  'file.outside': {
    ar: 'هذا الملف رابط يؤدي إلى خارج مجلد برنامج العمل ({target})؛ لا يقرأ إلا بالخيار --allow-outside {dir}',
    fr: 'Ce fichier est un lien qui sort de l’espace de plan ({target}) ; il n’est lu qu’avec --allow-outside {dir}',
    en: 'This file is a link leading out of the plan workspace ({target}); it is read only with --allow-outside {dir}',
  },
  'file.strayTemp': {
    ar: 'ملف مؤقت «{name}» تركته كتابة توقفت قبل نهايتها؛ تم حذفه، والملف الأصلي سليم',
    fr: 'Fichier temporaire « {name} » laissé par une écriture interrompue ; il a été supprimé, le fichier d’origine est intact',
    en: 'Temporary file "{name}" left by an interrupted write; it has been removed, the original file is intact',
  },
  'file.strayTempKept': {
    ar: 'ملف مؤقت «{name}» تركته كتابة توقفت قبل نهايتها، وتعذر حذفه: احذفه يدويا',
    fr: 'Fichier temporaire « {name} » laissé par une écriture interrompue, impossible à supprimer : supprimez-le',
    en: 'Temporary file "{name}" left by an interrupted write could not be removed: remove it',
  },
  'yaml.unknownTag': {
    ar: 'وسم YAML غير معروف «{tag}»: لا تقبل ملفات البرنامج الوسوم؛ احذفه أو ضع القيمة بين علامتي تنصيص',
    fr: 'Étiquette YAML inconnue « {tag} » : les fichiers du plan n’en acceptent aucune ; supprimez-la ou mettez la valeur entre guillemets',
    en: 'Unknown YAML tag "{tag}": plan files accept none; remove it or quote the value',
  },
  'write.exists': {
    ar: 'الملف {file} موجود: استعمل --force لاستبداله',
    fr: 'Le fichier {file} existe : utilisez --force pour le remplacer',
    en: '{file} exists: use --force to replace it',
  },
  'write.failed': {
    ar: 'تعذرت كتابة {file}: {reason}',
    fr: 'Écriture impossible de {file} : {reason}',
    en: 'Cannot write {file}: {reason}',
  },
  'write.reason.permission': { ar: 'لا يسمح لك بالكتابة هنا (الأذونات)', fr: 'vous n’avez pas le droit d’écrire ici (permissions)', en: 'you are not allowed to write there (permissions)' },
  'write.reason.notDirInPath': { ar: 'جزء من المسار ملف وليس مجلدا', fr: 'une partie du chemin est un fichier, pas un dossier', en: 'part of the path is a file, not a folder' },
  'write.reason.isDir': { ar: 'هذا مجلد وليس ملفا', fr: 'c’est un dossier, pas un fichier', en: 'it is a folder, not a file' },
  'write.reason.loop': { ar: 'روابط رمزية في حلقة', fr: 'des liens symboliques forment une boucle', en: 'symbolic links form a loop' },
  'write.reason.noSpace': { ar: 'لا توجد مساحة كافية على القرص', fr: 'plus de place sur le disque', en: 'no space left on the device' },
  'write.reason.readOnly': { ar: 'نظام الملفات للقراءة فقط', fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  'write.reason.socket': { ar: 'هذا مقبس (socket) لا تمكن الكتابة فيه', fr: 'c’est une socket, on ne peut pas y écrire', en: 'it is a socket, which cannot be written to' },
  'write.reason.missing': { ar: 'لا يوجد ملف أو مجلد بهذا الاسم', fr: 'aucun fichier ou dossier de ce nom', en: 'no such file or folder' },
  'fs.failed': { ar: '{file}: {reason}', fr: '{file} : {reason}', en: '{file}: {reason}' },
  'write.reason.notCreatable': {
    ar: 'لا يمكن إنشاء ملف في هذا المجلد (نظام ملفات خاص مثل /proc)',
    fr: 'impossible de créer un fichier dans ce dossier (système de fichiers spécial comme /proc)',
    en: 'no file can be created in this folder (a special file system such as /proc)',
  },
  'write.reason.other': { ar: 'خطأ النظام {code}', fr: 'erreur système {code}', en: 'system error {code}' },
  'write.intoWorkspace': {
    ar: 'يرفض البرنامج كتابة التقرير فوق {file}، وهو ملف من برنامج العمل الذي يتم فحصه؛ اختر اسما آخر',
    fr: 'Refus d’écrire le rapport sur {file}, un fichier de l’espace de plan lu par cette commande ; choisissez un autre nom',
    en: 'Refusing to write the report over {file}, a file of the plan workspace this command reads; choose another name',
  },
  'lock.busy': {
    ar: 'برنامج العمل {dir} مقفل من طرف أمر آخر (العملية {pid}: {command}، منذ {since})؛ أعد المحاولة بعد انتهائه، أو احذف {file} إذا كنت متأكدا أنه توقف',
    fr: 'L’espace de plan {dir} est verrouillé par une autre commande (processus {pid} : {command}, depuis {since}) ; réessayez quand elle aura fini, ou supprimez {file} si vous êtes sûr qu’elle est arrêtée',
    en: 'The plan workspace {dir} is locked by another command (process {pid}: {command}, since {since}); try again when it has finished, or remove {file} if you are sure it has stopped',
  },
  'lock.failed': {
    ar: 'تعذر قفل برنامج العمل {dir} قبل تعديله: {reason}',
    fr: 'Impossible de verrouiller l’espace de plan {dir} avant de le modifier : {reason}',
    en: 'Cannot lock the plan workspace {dir} before editing it: {reason}',
  },
  'edit.changed': {
    ar: 'تغير الملف {file} أثناء هذا الأمر (عدله أمر آخر)، والتغييران يمسان نفس الأسطر؛ لم يحفظ شيء. أعد تشغيل الأمر',
    fr: 'Le fichier {file} a changé pendant cette commande (une autre commande l’a modifié), aux mêmes lignes ; rien n’a été enregistré. Relancez la commande',
    en: 'The file {file} changed while this command ran (another command edited it), on the same lines; nothing was saved. Run the command again',
  },
  'templates.notFolder': {
    ar: '--templates {dir}: ليس مجلدا',
    fr: '--templates {dir} : ce n’est pas un dossier',
    en: '--templates {dir}: not a folder',
  },
  'templates.outside': {
    ar: '{file} يؤدي إلى خارج مجلد القوالب ({target})؛ لا يقرأ إلا بالخيار --allow-outside {dir}',
    fr: '{file} mène hors du dossier de modèles ({target}) ; il n’est lu qu’avec --allow-outside {dir}',
    en: '{file} leads out of the templates folder ({target}); it is read only with --allow-outside {dir}',
  },
  'templates.notFile': {
    ar: '{file}: ليس ملفا عاديا',
    fr: '{file} : ce n’est pas un fichier ordinaire',
    en: '{file}: not a plain file',
  },
  'templates.tooLarge': {
    ar: '{file}: كبير جدا (الحد {max} بايت)',
    fr: '{file} : trop volumineux (limite {max} octets)',
    en: '{file}: too large (limit {max} bytes)',
  },
  'templates.unreadable': {
    ar: '{file}: {reason}',
    fr: '{file} : {reason}',
    en: '{file}: {reason}',
  },
  'asset.outside': {
    ar: '{ref}: رابط يؤدي إلى خارج مجلد برنامج العمل؛ لا يقرأ إلا بالخيار --allow-outside',
    fr: '{ref} : lien qui sort de l’espace de plan ; lu seulement avec --allow-outside',
    en: '{ref}: a link leading out of the plan workspace; read only with --allow-outside',
  },
  'asset.notInside': { ar: '{ref}: ليس مسارا داخل assets/', fr: '{ref} : pas un chemin dans assets/', en: '{ref}: not a path inside assets/' },
  'asset.notImage': { ar: '{ref}: ليس صورة (png، jpg، svg، webp)', fr: '{ref} : pas une image (png, jpg, svg, webp)', en: '{ref}: not an image (png, jpg, svg, webp)' },
  'asset.tooLarge': { ar: '{ref}: أكبر من 5 ميغابايت', fr: '{ref} : plus de 5 Mio', en: '{ref}: larger than 5 MiB' },
  'asset.notFile': {
    ar: '{ref}: ليس ملفا عاديا',
    fr: '{ref} : ce n’est pas un fichier ordinaire',
    en: '{ref}: not a plain file',
  },
};

/** Translates a file-layer message id into `lang`. */
export const tio = makeT(ioMessages);
