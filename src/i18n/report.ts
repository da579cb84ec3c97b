// Catalogue of the annual execution report (plan report): the document's words and the command's
// messages, in ar / fr / en. The document also uses the printed plan's words (cover, units, totals).
import { makeT, type Catalog } from './catalog.js';
import { renderStrings } from './render.js';

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

/** Words of the printed report. */
export const reportMessages = {
  // cover and running header
  'rep.kind': e(
    'تقرير حول تنفيذ برنامج عمل الجماعة',
    'Rapport d’exécution du programme d’action de la commune',
    'Report on the execution of the commune action plan',
  ),
  'rep.year': e('السنة', 'année', 'year'),
  'rep.subject': e(
    'التقييم السنوي لتنفيذ برنامج عمل الجماعة (القانون التنظيمي 113.14، المادة 78)',
    'Évaluation annuelle de l’exécution du programme d’action de la commune (loi organique 113-14, art. 78)',
    'Annual evaluation of the execution of the commune action plan (organic law 113-14, art. 78)',
  ),
  'rep.asOf': e('الوضعية إلى غاية', 'Situation arrêtée au', 'Situation as of'),
  'rep.plan': e('برنامج عمل الجماعة', 'Programme d’action de la commune', 'Commune action plan'),
  'rep.draftNotice': e(
    'مشروع تقرير: لم تسجل بعد دراسته في دورة المجلس',
    'Projet de rapport : sa présentation en session du conseil n’est pas encore enregistrée',
    'Draft report: its presentation at a council session is not yet recorded',
  ),
  'rep.committeesOn': e('الدراسة من طرف اللجان الدائمة', 'Examen en commissions permanentes', 'Examined by the standing committees'),
  'rep.sessionOn': e('العرض في دورة المجلس', 'Présentation en session du conseil', 'Presented at the council session'),
  'rep.decisionNo': e('المقرر رقم', 'délibération n°', 'decision no.'),

  // chapters
  'rep.ch.summary': e('خلاصة التنفيذ', 'Synthèse de l’exécution', 'Execution at a glance'),
  'rep.ch.status': e('وضعية إنجاز المشاريع', 'État d’avancement des projets', 'Project progress'),
  'rep.ch.money': e('التنفيذ المالي', 'Exécution financière', 'Financial execution'),
  'rep.ch.indicators': e('المؤشرات والقيم المستهدفة', 'Indicateurs et cibles', 'Indicators and targets'),
  'rep.ch.delays': e('التأخرات وأسبابها', 'Retards et leurs motifs', 'Delays and their reasons'),
  'rep.ch.proposals': e('المقترحات المعروضة على المجلس', 'Propositions au conseil', 'Proposals to the council'),
  'rep.sec.byYear': e('حسب السنة', 'Par année', 'By year'),
  'rep.sec.byPartner': e('حسب الشريك', 'Par partenaire', 'By partner'),
  'rep.sec.byAxis': e('حسب المحور', 'Par axe', 'By axis'),
  'rep.sec.projects': e(
    'المشاريع المبرمجة إلى غاية سنة التقرير',
    'Projets programmés jusqu’à l’année du rapport',
    'Projects programmed up to the report’s year',
  ),
  'rep.sec.late': e('مشاريع متأخرة عن البرمجة', 'Projets en retard sur la programmation', 'Projects behind the programme'),
  'rep.sec.stopped': e('مشاريع متوقفة أو ملغاة أو مؤجلة', 'Projets suspendus, annulés ou reportés', 'Projects suspended, cancelled or deferred'),

  // columns
  'rep.col.count': e('العدد', 'Nombre', 'Number'),
  'rep.col.progress': e('نسبة الإنجاز المادي', 'Avancement physique', 'Physical progress'),
  'rep.col.programmed': e('المبرمج', 'Programmé', 'Programmed'),
  'rep.col.committed': e('الملتزم به', 'Engagé', 'Committed'),
  'rep.col.paid': e('المؤدى', 'Payé', 'Paid'),
  'rep.col.rateCommitted': e('نسبة الالتزام', 'Taux d’engagement', 'Commitment rate'),
  'rep.col.ratePaid': e('نسبة الأداء', 'Taux de paiement', 'Payment rate'),
  'rep.col.years': e('سنوات البرمجة', 'Années programmées', 'Programmed years'),
  'rep.col.baseline': e('الوضعية المرجعية', 'Situation de référence', 'Baseline'),
  'rep.col.target': e('القيمة المستهدفة', 'Cible', 'Target'),
  'rep.col.measured': e('القيمة المقيسة', 'Valeur mesurée', 'Measured value'),
  'rep.col.achievement': e('نسبة التحقق', 'Taux de réalisation', 'Achievement'),
  'rep.col.measuredOn': e('تاريخ القياس', 'Date de la mesure', 'Measured on'),
  'rep.col.delay': e('التأخر', 'Retard', 'Delay'),
  'rep.col.decision': e('مقرر المجلس', 'Délibération du conseil', 'Council decision'),
  'rep.col.movedTo': e('البرمجة الجديدة', 'Nouvelle programmation', 'New programming'),
  'rep.col.thisYear': e('السنة', 'Année', 'Year'),
  'rep.col.cumulated': e('المتراكم', 'Cumul', 'Cumulated'),

  // summary lines
  'rep.sum.projects': e('المشاريع المتتبعة', 'Projets suivis', 'Projects followed'),
  'rep.sum.done': e('المشاريع المنجزة', 'Projets achevés', 'Projects completed'),
  'rep.sum.late': e('المشاريع المتأخرة', 'Projets en retard', 'Projects behind schedule'),
  'rep.sum.programmedYear': e('المبرمج برسم السنة', 'Programmé pour l’année', 'Programmed for the year'),
  'rep.sum.committedYear': e('الملتزم به خلال السنة', 'Engagé dans l’année', 'Committed in the year'),
  'rep.sum.paidYear': e('المؤدى خلال السنة', 'Payé dans l’année', 'Paid in the year'),
  'rep.sum.cumulated': e('المتراكم منذ بداية البرنامج', 'Cumul depuis le début du programme', 'Cumulated since the start of the plan'),

  // project states in the follow-up (followup/<year>.yaml), and the two the report adds
  'rep.status.not_started': e('لم ينطلق', 'Non démarré', 'Not started'),
  'rep.status.studies': e('في طور الدراسة', 'En études', 'In studies'),
  'rep.status.tendering': e('في طور طلب العروض', 'En appel d’offres', 'Tendering'),
  'rep.status.works': e('في طور الأشغال', 'Travaux en cours', 'Works under way'),
  'rep.status.done': e('منجز', 'Achevé', 'Completed'),
  'rep.status.suspended': e('متوقف', 'Suspendu', 'Suspended'),
  'rep.status.cancelled': e('ملغى', 'Annulé', 'Cancelled'),
  'rep.status.not_reported': e('لم يرد في التتبع', 'Non renseigné dans le suivi', 'Not reported in the follow-up'),
  'rep.status.later': e('مبرمج لسنوات لاحقة', 'Programmé pour les années suivantes', 'Programmed for later years'),

  // delays
  'rep.delay.start': e(
    'لم ينطلق رغم حلول سنة انطلاقه المبرمجة',
    'Non démarré alors que son démarrage était programmé',
    'Not started although programmed to start',
  ),
  'rep.delay.finish': e(
    'لم يكتمل رغم حلول سنة انتهائه المبرمجة',
    'Non achevé alors que son achèvement était programmé',
    'Not completed although programmed to end',
  ),
  'rep.delay.reported': e('تأخر مصرح به في التتبع', 'Retard signalé dans le suivi', 'Delay reported in the follow-up'),
  'rep.delay.suspended': e('متوقف', 'Suspendu', 'Suspended'),
  'rep.delay.cancelled': e('ملغى', 'Annulé', 'Cancelled'),
  'rep.delay.moved': e('مؤجل بمقرر للمجلس', 'Reporté par délibération du conseil', 'Deferred by council decision'),
  'rep.noReason': e('لم يذكر السبب', 'Motif non indiqué', 'No reason given'),
  'rep.noLate': e('لا يوجد مشروع متأخر عن البرمجة.', 'Aucun projet en retard sur la programmation.', 'No project is behind the programme.'),
  'rep.noStopped': e('لا يوجد مشروع متوقف أو ملغى أو مؤجل.', 'Aucun projet suspendu, annulé ou reporté.', 'No project suspended, cancelled or deferred.'),
  'rep.noIndicators': e('لم تسجل أي قيمة مقيسة لهذه السنة.', 'Aucune valeur mesurée pour cette année.', 'No value measured for this year.'),
  'rep.noProposals': e('لا توجد مقترحات.', 'Aucune proposition.', 'No proposals.'),
  'rep.notMeasured': e('لم يقس', 'Non mesuré', 'Not measured'),
  'rep.noAxis': e('خارج المحاور', 'Hors axe', 'No axis'),
  'rep.noTarget': e('بدون قيمة مستهدفة', 'Sans cible', 'No target'),

  // notes
  'rep.note.money': e(
    'المبرمج: خطة تمويل البرنامج للسنة. الملتزم به والمؤدى: ما سجله ملف التتبع لكل سنة، والمتراكم مجموع السنوات.',
    'Programmé : le plan de financement du programme pour l’année. Engagé et payé : ce que le suivi de chaque année enregistre ; le cumul en fait la somme.',
    'Programmed: the plan’s financing for the year. Committed and paid: what each year’s follow-up records; the cumulated figures add them up.',
  ),
  'rep.note.unit': e('المبالغ بالدرهم.', 'Montants en dirhams (MAD).', 'Amounts in dirhams (MAD).'),
  'rep.note.achievement': e(
    'نسبة التحقق: المسافة المقطوعة من الوضعية المرجعية نحو القيمة المستهدفة.',
    'Taux de réalisation : le chemin parcouru de la situation de référence vers la cible.',
    'Achievement: the way travelled from the baseline towards the target.',
  ),

  // charts
  'rep.chart.status': e('المشاريع حسب وضعية الإنجاز', 'Projets par état d’avancement', 'Projects by progress'),
  'rep.chart.money': e('المبرمج والملتزم به والمؤدى حسب السنة', 'Programmé, engagé et payé par année', 'Programmed, committed and paid by year'),
  'rep.chart.partners': e('المبرمج والملتزم به والمؤدى حسب الشريك', 'Programmé, engagé et payé par partenaire', 'Programmed, committed and paid by partner'),
  'rep.chart.indicators': e('نسبة تحقق القيم المستهدفة', 'Taux de réalisation des cibles', 'Achievement of the targets'),

  // the command's messages
  'rep.cli.badYear': e(
    '--year: سنة من أربعة أرقام منتظرة، وجد «{value}»',
    '--year : une année à quatre chiffres est attendue, reçu « {value} »',
    '--year: a four-digit year is expected, found “{value}”',
  ),
  'rep.cli.noFollowup': e(
    '{dir}: لا يوجد تتبع للسنة {year} (الملف followup/{year}.yaml غير موجود أو غير صالح){known}',
    '{dir} : pas de suivi pour l’année {year} (followup/{year}.yaml absent ou invalide){known}',
    '{dir}: no follow-up for the year {year} (followup/{year}.yaml missing or invalid){known}',
  ),
  'rep.cli.known': e('؛ السنوات المتوفرة: {years}', ' ; années suivies : {years}', '; years followed: {years}'),
  'rep.cli.notAdopted': e(
    '{dir}: لم يصادق المجلس بعد على برنامج عمل الجماعة (adoption.yaml: الدورة والتصويت): لا تقرير تنفيذ قبل المصادقة',
    '{dir} : le plan n’est pas adopté par le conseil (adoption.yaml : session et vote) : pas de rapport d’exécution avant l’adoption',
    '{dir}: the plan is not adopted by the council (adoption.yaml: session and votes): no execution report before adoption',
  ),
} satisfies Catalog;

/** Every word the report's templates may use: the plan's own, then the report's. */
export const reportStrings: Catalog = { ...renderStrings, ...reportMessages };

/** Translates a report message. */
export const trep = makeT(reportMessages);
