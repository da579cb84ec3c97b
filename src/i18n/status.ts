// Catalogue of `plan status`: phase names, requirement names, calendar lines, states, in ar / fr / en.
import { makeT, type Catalog } from './catalog.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export const statusMessages = {
  'phase.1': e('التشخيص', 'Diagnostic', 'Diagnosis'),
  'phase.2': e('ترتيب الأولويات', 'Priorisation', 'Prioritization'),
  'phase.3': e('اختيار المشاريع وبرمجتها', 'Sélection et programmation des projets', 'Project selection and programming'),
  'phase.4': e('إعداد الوثيقة', 'Rédaction du document', 'Document drafting'),
  'phase.5': e('المصادقة', 'Adoption', 'Adoption'),
  's.allDone': e('اكتملت جميع المراحل', 'Toutes les phases sont terminées', 'All phases are complete'),
  's.header': e('المرحلة الحالية: {n} ({name})', 'Phase en cours : {n} ({name})', 'Current phase: {n} ({name})'),
  's.phase': e('المرحلة {n} — {name}', 'Phase {n} — {name}', 'Phase {n} — {name}'),
  's.complete': e('مكتملة', 'complète', 'complete'),
  's.findings': e('{n|one:ملاحظة واحدة|two:ملاحظتان|few:# ملاحظات|other:# ملاحظة}', '{n|one:# constat|other:# constats}', '{n|one:# finding|other:# findings}'),
  's.unverified': e('قراءة غير مؤكدة', 'lecture non vérifiée', 'unverified reading'),
  's.next': e('الخطوات التالية:', 'Prochaines actions :', 'Next actions:'),
  's.nextNone': e('لا شيء: البرنامج مكتمل.', 'Rien : le plan est complet.', 'Nothing: the plan is complete.'),
  's.fix': e('صحح الأخطاء: {command}', 'corriger les erreurs : {command}', 'fix the errors: {command}'),
  's.add': e('أضف: {command}', 'ajouter : {command}', 'add: {command}'),
  's.calendar': e('الآجال (اليوم {today}):', 'Calendrier (aujourd’hui {today}) :', 'Calendar (today {today}):'),
  's.calendarNone': e(
    'لا آجال بعد: أدخل تاريخ بداية مدة انتداب المجلس (plan init).',
    'Pas encore de calendrier : indiquez le début du mandat (plan init).',
    'No calendar yet: give the mandate start (plan init).',
  ),
  's.daysLeft': e(
    '{n|one:بعد يوم واحد|two:بعد يومين|few:بعد # أيام|other:بعد # يوما}',
    '{n|one:dans # jour|other:dans # jours}',
    '{n|one:in # day|other:in # days}',
  ),
  's.today': e('اليوم', "aujourd'hui", 'today'),
  's.daysAgo': e(
    '{n|one:منذ يوم واحد|two:منذ يومين|few:منذ # أيام|other:منذ # يوما}',
    '{n|one:il y a # jour|other:il y a # jours}',
    '{n|one:# day ago|other:# days ago}',
  ),
  's.overdue': e(
    '{n|one:انقضى الأجل منذ يوم واحد|two:انقضى الأجل منذ يومين|few:انقضى الأجل منذ # أيام|other:انقضى الأجل منذ # يوما} دون تسجيل الإجراء: متأخر',
    '{n|one:échéance passée depuis # jour|other:échéance passée depuis # jours} sans acte enregistré : en retard',
    '{n|one:deadline passed # day ago|other:deadline passed # days ago} with nothing recorded: late',
  ),
  's.recordedFuture': e(
    'مسجل بتاريخ {date}، بعد اليوم: ليس واقعة بعد، تحقق من التاريخ',
    'enregistré au {date}, après aujourd’hui : pas encore un fait, vérifiez la date',
    'recorded for {date}, after today: not a fact yet, check the date',
  ),
  's.voteRejected': e(
    'لم يصادق التصويت المسجل على البرنامج: المسطرة لم تنته، يجب عرض البرنامج من جديد في دورة',
    'Le vote enregistré n’a pas adopté le plan : la procédure n’est pas terminée, le plan doit être soumis à une nouvelle session',
    'The recorded vote did not adopt the plan: the procedure is not over, the plan must go to a new session',
  ),
  's.voteTie': e(
    'تعادلت الأصوات ولم يسجل تصويت الرئيس (votes.president_side): نتيجة التصويت غير محسومة',
    'Partage égal des voix sans vote du président enregistré (votes.president_side) : le résultat n’est pas établi',
    'Tied vote with no president’s side recorded (votes.president_side): the outcome is not settled',
  ),
  's.updateOpen': e(
    'التحيين رقم {n} مفتوح منذ {date}: النسخة المصادق عليها محفوظة في {base}، ويحتاج التحيين إلى إحالته ومداولته وتأشيرته (plan diff يبين التغييرات)',
    'Actualisation n° {n} ouverte le {date} : la version adoptée est figée dans {base} ; l’actualisation suit sa propre saisine, délibération et visa (plan diff montre les changements)',
    'Update no. {n} open since {date}: the adopted version is frozen in {base}; the update needs its own referral, vote and visa (plan diff shows the changes)',
  ),
  's.stepPlain': e('{step}: قبل {date}', '{step} : au plus tard le {date}', '{step}: by {date}'),
  's.stepFromPlain': e('{step}: ابتداء من {date}', '{step} : à partir du {date}', '{step}: from {date}'),
  's.stepFrom': e('{step}: ابتداء من {date} ({command})', '{step} : à partir du {date} ({command})', '{step}: from {date} ({command})'),
  's.step': e('{step}: قبل {date} ({command})', '{step} : au plus tard le {date} ({command})', '{step}: by {date} ({command})'),
  's.recordedOk': e('تم في {date}، داخل الأجل', 'fait le {date}, dans le délai', 'done on {date}, in time'),
  's.recordedLate': e('تم في {date}، خارج الأجل', 'fait le {date}, hors délai', 'done on {date}, late'),
  's.estimated': e('تقديري', 'estimé', 'estimated'),
  's.session.recorded': e(
    'تاريخ الدورة من adoption.yaml: {date}',
    'Date de session tirée de adoption.yaml : {date}',
    'Session date from adoption.yaml: {date}',
  ),
  's.session.next_ordinary': e(
    'تاريخ الدورة غير معروف. الدورات العادية التي ما زالت تحترم أجل السنة الأولى: من {earliest} (الأقرب) إلى {latest} (الأبعد)؛ الآجال أعلاه محسوبة على أبعد دورة آمنة ({latest}). الأسبوع الأول من الشهر، محسوب من اليوم الأول.',
    'Date de session inconnue. Sessions ordinaires qui respectent encore l’échéance de la première année : du {earliest} (la plus proche) au {latest} (la plus tardive) ; les dates ci-dessus sont calculées sur la dernière session sûre ({latest}). Première semaine du mois, comptée depuis le 1er.',
    'Session date unknown. Ordinary sessions that still meet the first-year deadline: from {earliest} (earliest) to {latest} (latest); the dates above are computed on the latest safe session ({latest}). First week of the month, counted from the 1st.',
  ),
  's.session.extraordinary': e(
    'يمكن أيضا عقد دورة استثنائية بين {from} و{to}، مع إحالة المشروع على اللجان الدائمة 30 يوما على الأقل قبلها.',
    'Une session extraordinaire est aussi possible entre le {from} et le {to}, les commissions permanentes étant saisies au moins 30 jours avant.',
    'An extraordinary session is also possible between {from} and {to}, with the standing committees seized at least 30 days before.',
  ),
  's.session.extraordinary_only': e(
    'تاريخ الدورة غير معروف ولم تبق دورة عادية تحترم أجل السنة الأولى: يمكن عقد دورة استثنائية بين {from} و{to} (آخر يوم آمن)، مع إحالة المشروع على اللجان الدائمة قبل {referral}.',
    'Date de session inconnue et plus de session ordinaire dans l’échéance de la première année : une session extraordinaire est possible entre le {from} et le {to} (dernier jour sûr), les commissions permanentes saisies au plus tard le {referral}.',
    'Session date unknown and no ordinary session left within the first-year deadline: an extraordinary session is possible between {from} and {to} (last safe day), with the standing committees seized by {referral}.',
  ),
  's.session.after_deadline': e(
    'تاريخ الدورة غير معروف وأجل السنة الأولى من مدة انتداب المجلس قد انقضى: الحساب على أساس أقرب دورة عادية ممكنة {date}؛ يمكن عقد دورة استثنائية قبلها. يجب تعليل التأخير.',
    'Date de session inconnue et l’échéance de la première année du mandat est passée : calcul sur la prochaine session ordinaire atteignable, le {date} ; une session extraordinaire peut la devancer. Le retard doit être justifié.',
    'Session date unknown and the first-year deadline of the mandate has passed: computed on the next reachable ordinary session, {date}; an extraordinary session can come earlier. The delay must be explained.',
  ),
  'cal.first_year_deadline': e(
    'نهاية السنة الأولى من مدة انتداب المجلس (المصادقة على أبعد تقدير، حسب القراءة adopted)',
    'Fin de la première année du mandat (adoption au plus tard, lecture « adopted »)',
    'End of the mandate’s first year (adoption at the latest, reading "adopted")',
  ),
  'cal.first_year_deadline_prepared': e(
    'نهاية السنة الأولى من مدة انتداب المجلس (إعداد البرنامج وإحالته على اللجان على أبعد تقدير)',
    'Fin de la première année du mandat (plan établi et soumis aux commissions au plus tard)',
    'End of the mandate’s first year (plan prepared and sent to the committees at the latest)',
  ),
  'cal.transmission': e(
    'توجيه المقرر والمحضر إلى عامل العمالة أو الإقليم (أو من ينوب عنه)',
    'Transmission de la délibération et du procès-verbal au gouverneur de la préfecture ou de la province',
    'Deliberation and minutes sent to the governor of the prefecture or province',
  ),
  'cal.decision_summary': e(
    'تعليق ملخص المقررات بمقر الجماعة',
    'Affichage du résumé des délibérations au siège de la commune',
    'Decision summary posted at the commune seat',
  ),
  'cal.publication': e('نشر البرنامج (القانون 31.13)', 'Publication du plan (loi 31-13)', 'Publication of the plan (law 31-13)'),
  'cal.open_data': e(
    'نشر معطيات البرنامج كمعطيات مفتوحة (البوابة الوطنية أو موقع الجماعة)',
    'Données du plan en données ouvertes (portail national ou site de la commune)',
    'Plan data published as open data (national portal or the commune’s site)',
  ),
  'cal.followup_file': e(
    'ملف تتبع تنفيذ البرنامج برسم سنة {year} (followup/{year}.yaml)',
    'Suivi de l’exécution du plan pour l’année {year} (followup/{year}.yaml)',
    'Follow-up of the plan’s execution for {year} (followup/{year}.yaml)',
  ),
  'cal.annual_evaluation': e(
    'التقييم السنوي لتنفيذ البرنامج برسم سنة {year} أمام اللجان الدائمة',
    'Évaluation annuelle de l’exécution de l’année {year} devant les commissions permanentes',
    'Annual evaluation of the execution in {year} before the standing committees',
  ),
  'cal.council_review': e(
    'دراسة المجلس لحصيلة تنفيذ سنة {year} في دورة عادية',
    'Examen par le conseil de l’exécution de l’année {year} en session ordinaire',
    'The council’s review of the execution in {year} at an ordinary session',
  ),
  'cal.session': e('دورة المصادقة', "Session d'adoption", 'Adoption session'),
  'cal.committee_referral': e(
    'إحالة المشروع على اللجان الدائمة (30 يوما على الأقل قبل الدورة)',
    'Saisine des commissions permanentes (≥ 30 jours avant la session)',
    'Referral to the standing committees (≥ 30 days before the session)',
  ),
  'cal.agenda_to_governor': e(
    'إرسال جدول الأعمال إلى عامل العمالة أو الإقليم (20 يوما على الأقل قبل الدورة العادية)',
    'Ordre du jour au gouverneur de la préfecture ou de la province (≥ 20 jours avant la session ordinaire)',
    'Agenda to the governor of the prefecture or province (≥ 20 days before the ordinary session)',
  ),
  'cal.visa': e(
    'أجل تأشيرة عامل العمالة أو الإقليم (20 يوما بعد التوصل)',
    'Visa du gouverneur de la préfecture ou de la province (20 jours après réception)',
    'Governor’s visa (20 days after receipt)',
  ),
  'cal.update_window': e(
    'بداية إمكانية التحيين (ابتداء من السنة الثالثة لدخول البرنامج حيز التنفيذ)',
    'Actualisation possible (à partir de la 3e année d’entrée en vigueur)',
    'Update possible (from the 3rd year in force)',
  ),
  'req.plan.yaml': e('بيان البرنامج', 'Manifeste du plan', 'Plan manifest'),
  'req.commune.yaml': e('بطاقة الجماعة والمجلس', 'Profil de la commune et du conseil', 'Commune and council profile'),
  'req.diagnosis.yaml': e(
    'التشخيص: الحاجيات والإمكانيات حسب القطاع',
    'Diagnostic : besoins et potentialités par secteur',
    'Diagnosis: needs and potentials by sector',
  ),
  'req.diagnosis.yaml#swot': e('تحليل نقاط القوة والضعف والفرص والمخاطر', 'Analyse SWOT', 'SWOT analysis'),
  'req.diagnosis.yaml#gender_analysis': e('تحليل مقاربة النوع', 'Analyse genre', 'Gender analysis'),
  'req.consultations.yaml': e('اللقاءات التشاورية', 'Concertations', 'Consultations'),
  'req.priorities.yaml': e('المحاور والأولويات', 'Axes et priorités', 'Axes and priorities'),
  'req.priorities.yaml#criteria': e('معايير الترتيب', 'Critères de priorisation', 'Prioritization criteria'),
  'req.projects/': e('بطاقات المشاريع', 'Fiches projets', 'Project sheets'),
  'req.finance.yaml': e('الإطار المالي (السنوات الثلاث الأولى)', 'Cadre financier (trois premières années)', 'Financial frame (first three years)'),
  'req.indicators.yaml': e('منظومة التتبع: المؤشرات', 'Système de suivi : indicateurs', 'Monitoring system: indicators'),
  'req.adoption.yaml': e('ملف المصادقة', "Dossier d'adoption", 'Adoption file'),
  'req.adoption.yaml#committee_referral': e('الإحالة على اللجان الدائمة', 'Saisine des commissions permanentes', 'Referral to the standing committees'),
  'req.adoption.yaml#committee_reports': e('تقارير اللجان', 'Rapports des commissions', 'Committee reports'),
  'req.adoption.yaml#session': e('دورة المصادقة والنصاب', "Session d'adoption et quorum", 'Adoption session and quorum'),
  'req.adoption.yaml#votes': e('التصويت', 'Vote', 'Vote'),
  'req.adoption.yaml#visa': e('تأشيرة عامل العمالة أو الإقليم', 'Visa du gouverneur', 'Governor’s visa'),
  'req.adoption.yaml#publication.decision_summary_on': e(
    'تعليق ملخص المقررات بمقر الجماعة',
    'Résumé des délibérations affiché au siège de la commune',
    'Decision summary posted at the commune seat',
  ),
  'req.adoption.yaml#publication.plan_published_on': e('نشر البرنامج', 'Publication du plan', 'Plan published'),
  'req.adoption.yaml#publication.open_data_published_on': e(
    'نشر معطيات البرنامج كمعطيات مفتوحة',
    'Données du plan publiées en données ouvertes',
    'Plan data published as open data',
  ),
  's.counts': e(
    '{error|zero:لا أخطاء|one:خطأ واحد|two:خطآن|few:# أخطاء|other:# خطأ} · {warning|zero:لا تنبيهات|one:تنبيه واحد|two:تنبيهان|few:# تنبيهات|other:# تنبيها}',
    '{error|one:# erreur|other:# erreurs} · {warning|one:# avertissement|other:# avertissements}',
    '{error|one:# error|other:# errors} · {warning|one:# warning|other:# warnings}',
  ),
  's.badToday': e('--today يجب أن يكون تاريخا بصيغة YYYY-MM-DD', '--today doit être une date AAAA-MM-JJ', '--today must be a date YYYY-MM-DD'),
  's.noWorkspace': e(
    '{dir} ليس مجلد برنامج (لا يوجد plan.yaml)؛ ابدأ بالأمر plan init',
    "{dir} n'est pas un plan (pas de plan.yaml) ; commencez par plan init",
    '{dir} is not a plan workspace (no plan.yaml); start with plan init',
  ),
} satisfies Catalog;

/** Translates a status message. */
export const ts = makeT(statusMessages);
