// The codes of the checks that are not domain rules: files, YAML, schema, and the outcomes of plan
// select (the checks of its inputs, PAC-DEC-001…008, are rules in src/core/rules/decision/, except
// PAC-DEC-005, which plan validate reports as PAC-REF-008).
import type { Lang, Severity } from './diagnostic.js';

export interface BuiltinCode {
  code: string;
  severity: Severity;
  title: Record<Lang, string>;
}

/** Every built-in check code, with a short title in three languages. */
export const BUILTIN_CODES: readonly BuiltinCode[] = [
  { code: 'PAC-FIL-001', severity: 'error', title: { ar: 'ملف غائب أو تتعذر قراءته', fr: 'Fichier absent ou illisible', en: 'Missing or unreadable file' } },
  { code: 'PAC-FIL-002', severity: 'error', title: { ar: 'ملف ليس نصا بترميز UTF-8', fr: 'Fichier non texte ou non UTF-8', en: 'Binary or non-UTF-8 file' } },
  { code: 'PAC-FIL-003', severity: 'error', title: { ar: 'ملف كبير جدا', fr: 'Fichier trop volumineux', en: 'File too large' } },
  { code: 'PAC-FIL-004', severity: 'error', title: { ar: 'ملف فارغ', fr: 'Fichier vide', en: 'Empty file' } },
  { code: 'PAC-FIL-005', severity: 'error', title: { ar: 'ليس مجلد برنامج عمل', fr: 'Pas un espace de plan', en: 'Not a plan workspace' } },
  { code: 'PAC-FIL-006', severity: 'error', title: { ar: 'نوع ملف غير معروف', fr: 'Type de fichier inconnu', en: 'Unknown file kind' } },
  {
    code: 'PAC-FIL-007',
    severity: 'error',
    title: {
      ar: 'خطأ في قراءة الملف (أذونات، حلقة روابط، ليس ملفا عاديا)',
      fr: 'Erreur de lecture (droits, boucle de liens, pas un fichier ordinaire)',
      en: 'Read error (permissions, link loop, not a plain file)',
    },
  },
  {
    code: 'PAC-FIL-008',
    severity: 'warning',
    title: { ar: 'ملف مؤقت تركته كتابة متوقفة', fr: 'Fichier temporaire d’une écriture interrompue', en: 'Temporary file of an interrupted write' },
  },
  {
    code: 'PAC-FIL-009',
    severity: 'error',
    title: { ar: 'رابط يؤدي إلى خارج برنامج العمل', fr: 'Lien sortant de l’espace de plan', en: 'Link leading out of the workspace' },
  },
  { code: 'PAC-YML-001', severity: 'error', title: { ar: 'خطأ في صياغة YAML', fr: 'Syntaxe YAML', en: 'YAML syntax' } },
  { code: 'PAC-YML-002', severity: 'error', title: { ar: 'مفتاح مكرر', fr: 'Clé en double', en: 'Duplicate key' } },
  { code: 'PAC-YML-003', severity: 'error', title: { ar: 'إحالات YAML كثيرة جدا', fr: 'Trop d’alias YAML', en: 'Too many YAML aliases' } },
  { code: 'PAC-YML-004', severity: 'error', title: { ar: 'تداخل عميق جدا', fr: 'Imbrication trop profonde', en: 'Nesting too deep' } },
  { code: 'PAC-YML-005', severity: 'error', title: { ar: 'وسم YAML غير معروف', fr: 'Étiquette YAML inconnue', en: 'Unknown YAML tag' } },
  {
    code: 'PAC-SCH-001',
    severity: 'error',
    title: { ar: 'قيمة غير مطابقة للمخطط', fr: 'Valeur non conforme au schéma', en: 'Value does not match the schema' },
  },
  { code: 'PAC-SCH-002', severity: 'error', title: { ar: 'حقل غير معروف', fr: 'Champ inconnu', en: 'Unknown field' } },
  { code: 'PAC-SCH-003', severity: 'error', title: { ar: 'حقل إلزامي غائب', fr: 'Champ obligatoire absent', en: 'Missing required field' } },
  { code: 'PAC-DEC-005', severity: 'error', title: { ar: 'معيار غير معروف', fr: 'Critère inconnu', en: 'Unknown criterion' } },
  {
    code: 'PAC-DEC-010',
    severity: 'error',
    title: { ar: 'لا توجد برمجة تحترم كل القيود', fr: 'Aucun programme ne respecte toutes les contraintes', en: 'No programme meets every constraint' },
  },
  {
    code: 'PAC-DEC-011',
    severity: 'error',
    title: { ar: 'نموذج البرمجة غير محدود', fr: 'Modèle de programmation non borné', en: 'Unbounded selection model' },
  },
  { code: 'PAC-INT-999', severity: 'error', title: { ar: 'خطأ داخلي في قاعدة', fr: 'Erreur interne d’une règle', en: 'Internal rule error' } },
];
