// Catalogue of `plan status` on several workspaces (a portfolio): column headers and the short names
// of the calendar's deadlines, in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export const portfolioMessages = {
  'p.workspace': e('المجلد', 'Dossier', 'Workspace'),
  'p.commune': e('الجماعة', 'Commune', 'Commune'),
  'p.phase': e('المرحلة', 'Phase', 'Phase'),
  'p.next': e('الأجل المقبل', 'Prochaine échéance', 'Next deadline'),
  'p.errors': e('الأخطاء', 'Erreurs', 'Errors'),
  'p.warnings': e('التنبيهات', 'Avertissements', 'Warnings'),
  'p.cost': e('كلفة البرنامج (درهم)', 'Coût du programme (MAD)', 'Programme cost (MAD)'),
  'p.done': e('منتهية', 'terminée', 'done'),
  'p.none': e('—', '—', '—'),
  'p.days': e(
    '{n|zero:اليوم|one:بعد يوم|two:بعد يومين|few:بعد # أيام|other:بعد # يوما}',
    '{n|zero:aujourd’hui|one:dans # j|other:dans # j}',
    '{n|zero:today|one:in # d|other:in # d}',
  ),
  'p.late': e(
    '{n|one:متأخر بيوم|two:متأخر بيومين|few:متأخر ب# أيام|other:متأخر ب# يوما}',
    '{n|one:en retard de # j|other:en retard de # j}',
    '{n|one:# d late|other:# d late}',
  ),
  'p.summary': e(
    '{n|one:مجلد واحد|two:مجلدان|few:# مجلدات|other:# مجلدا} · مجموع البرامج {total} درهم',
    '{n|one:# dossier|other:# dossiers} · programmes au total {total} MAD',
    '{n|one:# workspace|other:# workspaces} · programmes in all {total} MAD',
  ),
  'dl.first_year_deadline': e('أجل السنة الأولى', 'Échéance de la 1re année', 'First-year deadline'),
  'dl.first_year_deadline_prepared': e('إعداد البرنامج (السنة الأولى)', 'Plan établi (1re année)', 'Plan prepared (first year)'),
  'dl.session': e('دورة المصادقة', "Session d'adoption", 'Adoption session'),
  'dl.committee_referral': e('الإحالة على اللجان', 'Saisine des commissions', 'Committee referral'),
  'dl.agenda_to_governor': e('جدول الأعمال إلى العامل', 'Ordre du jour au gouverneur', 'Agenda to the governor'),
  'dl.transmission': e('التوجيه إلى العامل', 'Transmission au gouverneur', 'Sent to the governor'),
  'dl.visa': e('التأشيرة', 'Visa', 'Visa'),
  'dl.publication': e('النشر', 'Publication', 'Publication'),
  'dl.annual_evaluation': e('التقييم السنوي', 'Évaluation annuelle', 'Annual evaluation'),
  'dl.followup_file': e('ملف التتبع السنوي', 'Suivi annuel', 'Yearly follow-up'),
  'dl.council_review': e('دراسة المجلس لحصيلة التنفيذ', 'Examen de l’exécution par le conseil', 'Council review of the execution'),
  'dl.update_window': e('إمكانية التحيين', 'Actualisation possible', 'Update possible'),
} satisfies Catalog;

/** Translates a portfolio message. */
export const tp = makeT(portfolioMessages);
