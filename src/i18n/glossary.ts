// Fixed words that plan files hold as plain strings (units, sources, services of the commune and its
// partners): the printed document shows them in its own language through this catalogue. A value not
// found here is printed only when it is already in the document's language; otherwise the document
// marks it as missing (see src/core/render/plain.ts), never silently in the other language.
//
// Keys are the French words as plan files usually write them; a composite value ("HCP, RGPH 2014",
// "Direction des services – cellule de suivi du PAC") is looked up part by part.

const e = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export interface GlossaryEntry {
  ar: string;
  fr: string;
  en: string;
}

/** Units of indicators (diagnosis and monitoring). */
export const unitWords: Record<string, GlossaryEntry> = {
  '%': e('%', '%', '%'),
  'mad/an': e('درهم/سنة', 'MAD/an', 'MAD/year'),
  'mdh/an': e('مليون درهم/سنة', 'MDH/an', 'MMAD/year'),
  'mwh/an': e('ميغاواط ساعة/سنة', 'MWh/an', 'MWh/year'),
  abattoir: e('مجزرة', 'abattoir', 'slaughterhouse'),
  abribus: e('مأوى حافلات', 'abribus', 'bus shelters'),
  accidents: e('حوادث', 'accidents', 'accidents'),
  'accidents/an': e('حوادث/سنة', 'accidents/an', 'accidents/year'),
  agents: e('أعوان', 'agents', 'staff'),
  autorisations: e('رخص', 'autorisations', 'permits'),
  centre: e('مركز', 'centre', 'centre'),
  centres: e('مراكز', 'centres', 'centres'),
  consultations: e('فحوصات طبية', 'consultations', 'consultations'),
  coopératives: e('تعاونيات', 'coopératives', 'cooperatives'),
  douars: e('دواوير', 'douars', 'douars'),
  emplois: e('مناصب شغل', 'emplois', 'jobs'),
  entreprises: e('مقاولات', 'entreprises', 'businesses'),
  entrées: e('دخول', 'entrées', 'admissions'),
  femmes: e('نساء', 'femmes', 'women'),
  'femmes/an': e('نساء/سنة', 'femmes/an', 'women/year'),
  foyers: e('منازل', 'foyers', 'homes'),
  gare: e('محطة طرقية', 'gare', 'bus station'),
  ha: e('هكتار', 'ha', 'ha'),
  habitants: e('نسمة', 'habitants', 'inhabitants'),
  inscrits: e('مسجلون', 'inscrits', 'enrolled'),
  'jeunes/an': e('شباب/سنة', 'jeunes/an', 'young people/year'),
  jours: e('أيام', 'jours', 'days'),
  km: e('كلم', 'km', 'km'),
  lits: e('أسرة', 'lits', 'beds'),
  logements: e('مساكن', 'logements', 'dwellings'),
  lots: e('بقع', 'lots', 'plots'),
  marchands: e('تجار', 'marchands', 'traders'),
  minutes: e('دقائق', 'minutes', 'minutes'),
  'm²/hab': e('م²/نسمة', 'm²/hab.', 'm²/inhabitant'),
  'm2/hab': e('م²/نسمة', 'm²/hab.', 'm²/inhabitant'),
  m3: e('م³', 'm³', 'm³'),
  'm³': e('م³', 'm³', 'm³'),
  ménages: e('أسر', 'ménages', 'households'),
  ouvrage: e('منشأة', 'ouvrage', 'structure'),
  personnes: e('أشخاص', 'personnes', 'people'),
  piscines: e('مسابح', 'piscines', 'swimming pools'),
  points: e('نقاط', 'points', 'points'),
  rapports: e('تقارير', 'rapports', 'reports'),
  ruches: e('خلايا نحل', 'ruches', 'beehives'),
  services: e('خدمات', 'services', 'services'),
  site: e('موقع', 'site', 'site'),
  sites: e('مواقع', 'sites', 'sites'),
  station: e('محطة', 'station', 'station'),
  't/jour': e('طن/يوم', 't/jour', 't/day'),
  terrains: e('ملاعب', 'terrains', 'pitches'),
  têtes: e('رؤوس', 'têtes', 'head of livestock'),
  visiteurs: e('زوار', 'visiteurs', 'visitors'),
  voyageurs: e('مسافرون', 'voyageurs', 'passengers'),
  véhicules: e('مركبات', 'véhicules', 'vehicles'),
  élèves: e('تلاميذ', 'élèves', 'pupils'),
  établissements: e('مؤسسات', 'établissements', 'establishments'),
};

/** Bodies, services and documents named as sources, responsible units or partners. */
export const nameWords: Record<string, GlossaryEntry> = {
  commune: e('الجماعة', 'Commune', 'Commune'),
  hcp: e('المندوبية السامية للتخطيط', 'HCP', 'High Commission for Planning'),
  rgph: e('الإحصاء العام للسكان والسكنى', 'RGPH', 'general census'),
  'carte de la pauvreté': e('خريطة الفقر', 'carte de la pauvreté', 'poverty map'),
  onee: e('المكتب الوطني للكهرباء والماء الصالح للشرب', 'ONEE', 'National Office of Electricity and Drinking Water'),
  'agence de khémisset': e('وكالة الخميسات', 'agence de Khémisset', 'Khémisset branch'),
  khémisset: e('الخميسات', 'Khémisset', 'Khémisset'),
  odco: e('مكتب تنمية التعاون', 'ODCo', 'Cooperative Development Office'),
  'agence urbaine': e('الوكالة الحضرية', 'Agence urbaine', 'Urban agency'),
  'agence urbaine et commune': e('الوكالة الحضرية والجماعة', 'Agence urbaine et commune', 'Urban agency and commune'),
  'centre régional d’investissement': e('المركز الجهوي للاستثمار', 'Centre régional d’investissement', 'Regional investment centre'),
  'commune et protection civile': e('الجماعة والوقاية المدنية', 'Commune et Protection civile', 'Commune and civil protection'),
  'commune et autorité locale': e('الجماعة والسلطة المحلية', 'Commune et autorité locale', 'Commune and local authority'),
  'onee et commune': e('المكتب الوطني للكهرباء والماء الصالح للشرب والجماعة', 'ONEE et commune', 'ONEE and commune'),
  'compte administratif': e('الحساب الإداري', 'Compte administratif', 'Administrative account'),
  'dpa khémisset': e('المديرية الإقليمية للفلاحة بالخميسات', 'DPA Khémisset', 'Provincial agriculture directorate, Khémisset'),
  'dpeflcd khémisset': e(
    'المديرية الإقليمية للمياه والغابات ومحاربة التصحر بالخميسات',
    'DPEFLCD Khémisset',
    'Provincial water and forests directorate, Khémisset',
  ),
  'direction provinciale de l’éducation': e('المديرية الإقليمية للتربية الوطنية', 'Direction provinciale de l’éducation', 'Provincial education directorate'),
  'direction provinciale de l’équipement': e('المديرية الإقليمية للتجهيز', 'Direction provinciale de l’équipement', 'Provincial public works directorate'),
  'direction provinciale de la jeunesse': e('المديرية الإقليمية للشباب', 'Direction provinciale de la jeunesse', 'Provincial youth directorate'),
  'délégataire de la collecte': e('المفوض له تدبير جمع النفايات', 'Délégataire de la collecte', 'Waste collection contractor'),
  'délégation provinciale de la santé': e('المندوبية الإقليمية للصحة', 'Délégation provinciale de la santé', 'Provincial health delegation'),
  'enquête de satisfaction (s1 et suivantes)': e(
    'بحث حول رضا المرتفقين (الدورة الأولى وما يليها)',
    'Enquête de satisfaction (S1 et suivantes)',
    'Satisfaction survey (first round onwards)',
  ),
  'enquête ménages': e('بحث لدى الأسر', 'Enquête ménages', 'Household survey'),
  'entraide nationale': e('التعاون الوطني', 'Entraide nationale', 'National mutual aid'),
  'rapport d’avancement de la division technique': e(
    'تقرير تقدم الأشغال الصادر عن القسم التقني',
    'Rapport d’avancement de la division technique',
    'Progress report of the technical division',
  ),
  'rapport d’avancement du service technique communal': e(
    'تقرير تقدم الأشغال الصادر عن المصلحة التقنية الجماعية',
    'Rapport d’avancement du service technique communal',
    'Progress report of the commune technical service',
  ),
  'sûreté provinciale': e('الأمن الإقليمي', 'Sûreté provinciale', 'Provincial police'),
  'trésorerie communale': e('الخزينة الجماعية', 'Trésorerie communale', 'Commune treasury'),
  'division technique': e('القسم التقني', 'Division technique', 'Technical division'),
  'service technique': e('المصلحة التقنية', 'service technique', 'technical service'),
  'ressources humaines': e('الموارد البشرية', 'ressources humaines', 'human resources'),
  'service des espaces verts': e('مصلحة المساحات الخضراء', 'service des espaces verts', 'parks service'),
  'service de l’urbanisme': e('مصلحة التعمير', 'service de l’urbanisme', 'planning service'),
  'service d’hygiène': e('مصلحة حفظ الصحة', 'service d’hygiène', 'hygiene service'),
  'bureau municipal d’hygiène': e('المكتب الجماعي لحفظ الصحة', 'bureau municipal d’hygiène', 'municipal hygiene office'),
  'direction des services': e('مديرية المصالح', 'Direction des services', 'Services directorate'),
  'cellule de suivi du pac': e('خلية تتبع برنامج عمل الجماعة', 'cellule de suivi du PAC', 'action plan monitoring unit'),
  'division des ressources financières': e('قسم الموارد المالية', 'Division des ressources financières', 'Finance division'),
  'division des systèmes d’information': e('قسم نظم المعلومات', 'Division des systèmes d’information', 'Information systems division'),
  'division du développement et de la programmation': e(
    'قسم التنمية والبرمجة',
    'Division du développement et de la programmation',
    'Development and programming division',
  ),
  'service des affaires sociales': e('مصلحة الشؤون الاجتماعية', 'Service des affaires sociales', 'Social affairs service'),
  'service technique communal': e('المصلحة التقنية الجماعية', 'Service technique communal', 'Commune technical service'),
};

/** The key a value is looked up under: lower case, one kind of apostrophe, single spaces. */
export const glossaryKey = (s: string): string => s.trim().replace(/\s+/g, ' ').replace(/'/g, '’').toLowerCase();
