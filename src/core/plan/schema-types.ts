/* eslint-disable */
// GENERATED from schemas/*.json by src/build/gen-types.ts: do not edit by hand.

/**
 * Année — السنة
 */
export type Year = number;
/**
 * Langue — اللغة
 */
export type Lang = "ar" | "fr" | "en";
/**
 * Identifiant stable : lettres, chiffres, _ . - — معرف ثابت: حروف وأرقام و _ . -
 */
export type Id = string;
/**
 * Montant en dirhams entiers — مبلغ بالدرهم (عدد صحيح)
 */
export type Amount = number;
/**
 * Date ISO 8601 (AAAA-MM-JJ) — تاريخ بصيغة ISO 8601
 */
export type IsoDate = string;
/**
 * Manifeste du plan d'action de la commune — بيان برنامج عمل الجماعة
 */
export interface PlanFile {
  /**
   * Version du format — نسخة الصيغة
   */
  format: 1;
  title: Text;
  /**
   * Période du plan (six ans) — مدة البرنامج (ست سنوات)
   */
  period: {
    start_year: Year;
    end_year: Year;
  };
  /**
   * Langues du document — لغات الوثيقة
   *
   * @minItems 1
   */
  languages?: ["ar" | "fr", ...("ar" | "fr")[]];
  lang?: Lang;
  president_word?: Text;
  /**
   * Bureau d'études ou service rédacteur — مكتب الدراسات أو المصلحة المكلفة
   */
  prepared_by?: string;
  /**
   * Exemple fictif : la couverture du document imprimé le dit — مثال وهمي: يذكر ذلك على غلاف الوثيقة المطبوعة
   */
  example?: boolean;
  /**
   * Réglages des règles de validation — إعدادات قواعد التحقق
   */
  rules?: {
    /**
     * Règles désactivées — القواعد المعطلة
     */
    disable?: string[];
    /**
     * Par code de règle : valeurs qui remplacent les valeurs par défaut — حسب رمز القاعدة: قيم تعوض القيم الافتراضية
     */
    params?: {
      [k: string]: {} | undefined;
    };
    /**
     * Gravité redéfinie — درجة الخطورة المعدلة
     */
    severity?: {
      [k: string]: "error" | "warning" | "info" | undefined;
    };
  };
  /**
   * Sigles et abréviations — لائحة المختصرات
   */
  acronyms?: {
    /**
     * Sigle — المختصر
     */
    short: string;
    long: Text;
  }[];
  /**
   * Programmes de convergence (PDR, programme provincial, INDH, programmes sectoriels, conventions-cadres) — برامج الالتقائية (برنامج التنمية الجهوية، البرنامج الإقليمي، المبادرة الوطنية للتنمية البشرية، البرامج القطاعية، الاتفاقيات الإطار)
   */
  programmes?: {
    id: Id;
    /**
     * Nature du programme — نوع البرنامج
     */
    kind: "pdr" | "provincial" | "indh" | "sector" | "agreement" | "other";
    name: Text;
    start_year?: Year;
    end_year?: Year;
    envelope?: Amount;
    /**
     * Donnée d'exemple inventée — معطى مفترض للمثال
     */
    invented?: boolean;
  }[];
  /**
   * Mise en œuvre : pilotage, rapports et communication — تنزيل البرنامج: القيادة والتقارير والتواصل
   */
  implementation?: {
    /**
     * Pilotage et suivi — القيادة والتتبع
     */
    steering?: {
      id?: Id;
      body: Text;
      role: Text;
      members?: Text;
    }[];
    /**
     * Calendrier des rapports — جدولة التقارير
     */
    reporting?: {
      id?: Id;
      report: Text;
      /**
       * Périodicité — الدورية
       */
      frequency: "monthly" | "quarterly" | "semiannual" | "annual" | "once";
      /**
       * Mois (1-12) — الشهر (1-12)
       */
      month?: number;
      by?: Text;
      to?: Text;
    }[];
    /**
     * Plan de communication — مخطط التواصل
     */
    communication?: {
      id?: Id;
      action: Text;
      /**
       * Canal — القناة
       */
      channel: "website" | "display" | "meeting" | "radio" | "social_media" | "press" | "leaflet" | "other";
      audience?: Text;
      when?: Text;
    }[];
  };
  /**
   * Actualisation en cours ou adoptée (décret 2-16-301, LO 113-14 art. 79) : la version adoptée est figée dans base — تحيين جار أو مصادق عليه (المرسوم 2.16.301، القانون التنظيمي 113.14 المادة 79): النسخة المصادق عليها محفوظة في base
   */
  update?: {
    /**
     * Numéro de l'actualisation (1 = première actualisation du plan adopté) — رقم التحيين (1 = التحيين الأول للبرنامج المصادق عليه)
     */
    number: number;
    started_on: IsoDate;
    /**
     * Dossier où la version adoptée a été figée (history/<n>) — المجلد الذي حفظت فيه النسخة المصادق عليها (history/<n>)
     */
    base: string;
    base_in_force?: IsoDate;
  };
}
/**
 * Texte destiné au document imprimé, en arabe (obligatoire) et en français — نص موجه للوثيقة المطبوعة بالعربية (إلزامي) وبالفرنسية
 */
export interface Text {
  /**
   * Texte arabe — النص بالعربية
   */
  ar: string;
  /**
   * Texte français — النص بالفرنسية
   */
  fr?: string;
}
/**
 * Effectif — عدد
 */
export type Count = number;
/**
 * Secteur — القطاع
 */
export type Sector =
  | "environment"
  | "demography"
  | "education"
  | "health"
  | "housing_urbanism"
  | "drinking_water"
  | "sanitation"
  | "electricity_lighting"
  | "roads_transport"
  | "economy"
  | "agriculture"
  | "social"
  | "culture_sport"
  | "governance";
/**
 * Liste d'identifiants — قائمة معرفات
 */
export type IdList = Id[];
/**
 * Profil de la commune et conseil — بطاقة الجماعة والمجلس
 */
export interface CommuneFile {
  /**
   * Code de la commune (DGCT/HCP) — رمز الجماعة
   */
  id?: string;
  name: Text;
  /**
   * Type de commune (HCP) — نوع الجماعة
   */
  type: "urban" | "rural";
  region: Text;
  province: Text;
  /**
   * Préfecture ou province — عمالة أم إقليم
   */
  province_type?: "prefecture" | "province";
  cercle?: Text;
  caidat?: Text;
  /**
   * Références dans les données administratives livrées — المراجع في المعطيات الإدارية
   */
  admin_refs?: {
    region_id?: string;
    division_id?: string;
    commune_id?: string;
  };
  /**
   * Commune à arrondissements — جماعة ذات مقاطعات
   */
  has_arrondissements?: boolean;
  /**
   * Superficie (km²) — المساحة (كلم²)
   */
  area_km2?: number;
  /**
   * Population — السكان
   */
  population: {
    /**
     * Recensement (RGPH) — الإحصاء العام
     */
    census: 2014 | 2024;
    total: Count;
    men: Count;
    women: Count;
    households?: Count;
    disabled?: Count;
    /**
     * Tranches d'âge — الفئات العمرية
     */
    age_bands?: {
      /**
       * Tranche d'âge — الفئة العمرية
       */
      band: string;
      men: Count;
      women: Count;
    }[];
  };
  /**
   * Douars et quartiers — الدواوير والأحياء
   */
  localities?: {
    id: Id;
    name: Text;
    /**
     * Nature — النوع
     */
    kind?: "douar" | "neighbourhood" | "centre" | "arrondissement";
    /**
     * Milieu — الوسط
     */
    area: "rural" | "urban";
    population?: Count;
  }[];
  /**
   * Conseil communal — المجلس الجماعي
   */
  council: {
    mandate_start: IsoDate;
    /**
     * Membres en exercice — الأعضاء المزاولون
     */
    members_in_office: number;
    /**
     * Président du conseil — رئيس المجلس
     */
    president: string;
    /**
     * Bureau du conseil — مكتب المجلس
     */
    bureau?: {
      name: string;
      role: Text;
    }[];
    /**
     * Commissions permanentes — اللجان الدائمة
     */
    standing_committees?: {
      id: Id;
      name: Text;
    }[];
  };
  /**
   * Instance de l'équité, de l'égalité des chances et de l'approche genre (IECAG) — هيئة المساواة وتكافؤ الفرص ومقاربة النوع
   */
  iecag?: {
    created_on?: IsoDate;
    members: Count;
    women?: Count;
  };
  /**
   * Population aux recensements successifs (1994, 2004, 2014, 2024) — السكان حسب الإحصاءات المتتالية (1994، 2004، 2014، 2024)
   */
  population_history?: {
    /**
     * Année du recensement (RGPH) — سنة الإحصاء العام
     */
    year: number;
    total: Count;
    men?: Count;
    women?: Count;
    households?: Count;
    /**
     * Source — المصدر
     */
    source?: string;
    /**
     * Donnée d'exemple inventée — معطى مفترض للمثال
     */
    invented?: boolean;
  }[];
  /**
   * Équipements publics — التجهيزات العمومية
   */
  facilities?: {
    sector: Sector;
    name: Text;
    count: Count;
    /**
     * État — الحالة
     */
    condition?: "good" | "fair" | "poor" | "closed";
    localities?: IdList;
  }[];
  /**
   * Patrimoine communal — الممتلكات الجماعية
   */
  property?: {
    /**
     * Nature du bien — نوع الملك
     */
    kind: "land" | "building" | "market" | "vehicle" | "equipment" | "other";
    name: Text;
    count?: Count;
    /**
     * Superficie (m²) — المساحة (م²)
     */
    area_m2?: number;
    /**
     * Statut juridique — الوضعية القانونية
     */
    status?: "private_domain" | "public_domain" | "rented" | "other";
  }[];
  /**
   * Ressources humaines de la commune — الموارد البشرية للجماعة
   */
  staff?: {
    year: Year;
    /**
     * Effectifs par catégorie — الموارد البشرية حسب الفئة
     *
     * @minItems 1
     */
    categories: [
      {
        /**
         * Catégorie — الفئة
         */
        category: "executives" | "supervisors" | "agents" | "workers" | "contractual" | "other";
        men: Count;
        women: Count;
      },
      ...{
        /**
         * Catégorie — الفئة
         */
        category: "executives" | "supervisors" | "agents" | "workers" | "contractual" | "other";
        men: Count;
        women: Count;
      }[]
    ];
  };
}
/**
 * Liste de textes bilingues — قائمة نصوص ثنائية اللغة
 */
export type TextList = Text[];
/**
 * Diagnostic territorial — التشخيص الترابي
 */
export interface DiagnosisFile {
  /**
   * Fiches sectorielles — البطاقات القطاعية
   */
  sectors: {
    sector: Sector;
    summary?: Text;
    /**
     * Indicateurs — المؤشرات
     */
    indicators?: {
      id?: Id;
      name: Text;
      /**
       * Valeur — القيمة
       */
      value: number;
      /**
       * Unité — الوحدة
       */
      unit: string;
      year: Year;
      /**
       * Source — المصدر
       */
      source: string;
      sex_split?: SexSplit;
    }[];
    /**
     * Problèmes et besoins — المشاكل والحاجيات
     */
    problems?: {
      id: Id;
      text: Text;
      localities?: IdList;
    }[];
    /**
     * Potentialités — المؤهلات
     */
    potentials?: {
      id: Id;
      text: Text;
      localities?: IdList;
    }[];
  }[];
  /**
   * Analyse SWOT — تحليل نقاط القوة والضعف والفرص والمخاطر
   */
  swot?: {
    strengths: TextList;
    weaknesses: TextList;
    opportunities: TextList;
    threats: TextList;
  };
  /**
   * Analyse genre — تحليل مقاربة النوع
   */
  gender_analysis?: {
    summary: Text;
    findings?: TextList;
    recommendations?: TextList;
  };
}
/**
 * Valeurs par sexe (effectifs ou taux) — القيم حسب الجنس (أعداد أو نسب)
 */
export interface SexSplit {
  men: number;
  women: number;
}
/**
 * Concertations et enquêtes — التشاور والاستمارات
 */
export interface ConsultationsFile {
  /**
   * Rencontres de concertation — اللقاءات التشاورية
   */
  consultations: {
    id: Id;
    /**
     * Type de concertation — نوع اللقاء التشاوري
     */
    type:
      | "launch"
      | "workshop_sectoral"
      | "workshop_territorial"
      | "target_group"
      | "services_meeting"
      | "iecag"
      | "committee"
      | "online_form"
      | "survey";
    date: IsoDate;
    place?: Text;
    theme?: Text;
    localities?: IdList;
    /**
     * Publics ciblés — الفئات المستهدفة
     */
    target_groups?: (
      "youth" | "women" | "pwd" | "rural" | "elderly" | "associations" | "private_sector" | "services"
    )[];
    /**
     * Participants — المشاركون
     */
    participants: {
      total: Count;
      women: Count;
      men: Count;
      youth?: Count;
      pwd?: Count;
      rural?: Count;
      /**
       * Par type d'organisme — حسب نوع الهيئة
       */
      by_org_type?: {
        [k: string]: Count | undefined;
      };
    };
    issues?: TextList;
    /**
     * Propositions — المقترحات
     */
    proposals?: {
      id: Id;
      text: Text;
      votes?: Count;
    }[];
    /**
     * Référence de la liste de présence — مرجع لائحة الحضور
     */
    attendance_ref?: string;
  }[];
  /**
   * Enquêtes par questionnaire — الاستمارات
   */
  surveys?: {
    id: Id;
    title: Text;
    start_date: IsoDate;
    end_date?: IsoDate;
    /**
     * Méthode — الطريقة
     */
    method?: "face_to_face" | "online" | "phone" | "mixed";
    /**
     * Outil — الأداة
     */
    tool?: "kobotoolbox" | "odk" | "paper" | "other";
    sample_size?: Count;
    /**
     * Référence du questionnaire — مرجع الاستمارة
     */
    questionnaire_ref?: string;
    /**
     * Répondants — المستجوبون
     */
    respondents: {
      total: Count;
      women: Count;
      men: Count;
      by_age?: {
        [k: string]: Count | undefined;
      };
      by_area?: {
        [k: string]: Count | undefined;
      };
    };
    /**
     * Questions et résultats — الأسئلة والنتائج
     */
    questions?: {
      /**
       * Nom de la question (colonne) — اسم السؤال
       */
      name: string;
      label?: Text;
      /**
       * Type de question — نوع السؤال
       */
      type: "select_one" | "select_multiple";
      /**
       * Libellés des choix — الاختيارات
       */
      choices?: {
        [k: string]: Text | undefined;
      };
      /**
       * Résultats — النتائج
       */
      results: {
        overall: {
          [k: string]: Count | undefined;
        };
        women?: {
          [k: string]: Count | undefined;
        };
        men?: {
          [k: string]: Count | undefined;
        };
        answered?: Count;
      };
    }[];
    /**
     * Lignes rejetées à l'import — الأسطر المرفوضة عند الاستيراد
     */
    rejected_rows?: {
      row: number;
      reason: string;
    }[];
  }[];
}
/**
 * Vision, axes et priorités — الرؤية والمحاور والأولويات
 */
export interface PrioritiesFile {
  vision?: Text;
  /**
   * Axes stratégiques — المحاور الاستراتيجية
   */
  axes: {
    id: Id;
    title: Text;
    objectives?: TextList;
    pdr_link?: Text;
    pdr_reason?: Text;
  }[];
  /**
   * Critères de priorisation — معايير الترتيب
   */
  criteria?: {
    id: Id;
    name: Text;
    /**
     * Poids — الوزن
     */
    weight: number;
    /**
     * Échelle de notation — سلم التنقيط
     */
    scale: {
      min: number;
      max: number;
    };
    /**
     * Sens (plus est mieux / moins est mieux) — الاتجاه
     */
    direction?: "benefit" | "cost";
    /**
     * Origine des notes — مصدر النقط
     */
    source?: "manual" | "citizen_support";
  }[];
  /**
   * Somme déclarée des poids — مجموع الأوزان المصرح به
   */
  weights_total?: number;
  /**
   * Règle de départage — قاعدة الفصل عند التعادل
   */
  tie_break?: "cost_asc" | "beneficiaries_desc" | "id";
  /**
   * Priorités (besoins) — الأولويات (الحاجيات)
   */
  priorities: {
    id: Id;
    axis?: Id;
    sector: Sector;
    localities?: IdList;
    need: Text;
    source_ids: IdList;
    /**
     * Notes par critère — النقط حسب المعيار
     */
    scores?: {
      [k: string]: number | undefined;
    };
    /**
     * Réponses d'enquête comptées comme soutien citoyen (critère citizen_support) : part des répondants qui ont choisi ce choix — أجوبة الاستمارة المحتسبة دعما من المواطنين (معيار citizen_support): حصة المجيبين الذين اختاروا هذا الاختيار
     */
    survey_choices?: {
      survey: Id;
      /**
       * Nom de la question (colonne) — اسم السؤال
       */
      question: string;
      /**
       * Nom du choix qui compte comme soutien — اسم الاختيار الذي يعد دعما
       */
      choice: string;
    }[];
    /**
     * Score pondéré normalisé (calculé) — النقطة المرجحة (محسوبة)
     */
    weighted_score?: number;
    /**
     * Rang (calculé) — الرتبة (محسوبة)
     */
    rank?: number;
  }[];
}
/**
 * Statut du projet — وضعية المشروع
 */
export type ProjectStatus = "planned" | "studies" | "ongoing" | "completed" | "cancelled" | "deferred";
/**
 * Fiche projet — بطاقة المشروع
 */
export interface ProjectFile {
  id: Id;
  title: Text;
  axis?: Id;
  sector: Sector;
  priority_ids: IdList;
  localities?: IdList;
  /**
   * Coordonnées GPS — الإحداثيات
   */
  gps?: {
    lat: number;
    lon: number;
  };
  rationale?: Text;
  objectives?: TextList;
  activities?: TextList;
  /**
   * Bénéficiaires — المستفيدون
   */
  beneficiaries?: {
    total: Count;
    women?: Count;
    men?: Count;
    youth?: Count;
    pwd?: Count;
  };
  /**
   * Type de compétence — نوع الاختصاص
   */
  competence_type: "own" | "shared" | "transferred" | "contribution";
  project_owner?: Text;
  /**
   * La commune est maître d'ouvrage — الجماعة صاحبة المشروع
   */
  owner_is_commune?: boolean;
  /**
   * Coût estimatif (MAD) — الكلفة التقديرية (درهم)
   */
  estimated_cost: number;
  /**
   * Plan de financement — خطة التمويل
   *
   * @minItems 1
   */
  financing: [
    {
      partner: Id;
      amount: Amount;
      by_year: ByYear;
    },
    ...{
      partner: Id;
      amount: Amount;
      by_year: ByYear;
    }[]
  ];
  /**
   * Calendrier — الجدولة الزمنية
   */
  schedule: {
    start_year: Year;
    end_year: Year;
  };
  /**
   * Préalables — المتطلبات القبلية
   */
  prerequisites?: {
    /**
     * Études — الدراسات
     */
    studies?: "none" | "to_do" | "ongoing" | "done";
    /**
     * Foncier — العقار
     */
    land?: "available" | "to_acquire" | "not_needed";
    notes?: Text;
  };
  risks?: TextList;
  indicator_ids?: IdList;
  /**
   * Service responsable — المصلحة المسؤولة
   */
  responsible_unit?: string;
  status: ProjectStatus;
  pdr_link?: Text;
  pdr_reason?: Text;
  /**
   * Convention signée — الاتفاقية الموقعة
   */
  agreement?: {
    reference: string;
    signed_on?: IsoDate;
  };
  depends_on?: IdList;
  excludes?: IdList;
  framework_agreement?: Id;
  /**
   * Marqueur genre (0 : non ciblé, 1 : objectif significatif, 2 : objectif principal) — مؤشر النوع (0: غير مستهدف، 1: هدف مهم، 2: هدف رئيسي)
   */
  gender_marker?: 0 | 1 | 2;
  convergence?: IdList;
}
/**
 * Clé : année (AAAA) ; valeur : montant en dirhams — المفتاح: السنة؛ القيمة: المبلغ بالدرهم
 */
export interface ByYear {
  [k: string]: Amount | undefined;
}
/**
 * Type de partenaire — نوع الشريك
 */
export type PartnerType =
  | "commune"
  | "region"
  | "province"
  | "ministry"
  | "INDH"
  | "FEC_loan"
  | "agency"
  | "international"
  | "association"
  | "private"
  | "other";
/**
 * Cadre financier — الإطار المالي
 */
export interface FinanceFile {
  /**
   * Monnaie — العملة
   */
  currency?: "MAD";
  /**
   * Partenaires financiers — الشركاء الماليون
   */
  partners: {
    id: Id;
    name: Text;
    type: PartnerType;
    commitments?: ByYear;
  }[];
  /**
   * Conventions-cadres et programmes provinciaux que citent les projets — الاتفاقيات الإطار والبرامج الإقليمية التي تحيل عليها المشاريع
   */
  framework_agreements?: {
    id: Id;
    name: Text;
    approved_on?: IsoDate;
    start_year: Year;
    end_year: Year;
    envelope?: Amount;
    partners?: IdList;
    /**
     * Engagement hypothétique, non tiré d'un document publié — التزام افتراضي
     */
    hypothetical?: boolean;
  }[];
  /**
   * Rétrospective financière — الحصيلة المالية السابقة
   */
  retrospective?: {
    year: Year;
    own_revenue: Amount;
    vat_share?: Amount;
    other_transfers?: Amount;
    operating_spend: Amount;
    debt_service: Amount;
    surplus?: Amount;
  }[];
  /**
   * Projection des années 1 à 3 — توقعات السنوات الثلاث الأولى
   */
  projection: {
    year: Year;
    own_resources: Amount;
    transfers: Amount;
    operating_spend: Amount;
    debt_service: Amount;
    investment_capacity: Amount;
  }[];
  /**
   * Ressources prévues par catégorie (années du plan) — الموارد المتوقعة حسب الصنف (سنوات البرنامج)
   */
  resources?: {
    year: Year;
    /**
     * Catégorie de ressources — صنف الموارد
     */
    category:
      "own_taxes" | "fees" | "property_income" | "vat_share" | "ir_is_share" | "other_transfers" | "loans" | "other";
    amount: Amount;
  }[];
  /**
   * Contraintes que plan select applique en plus des capacités et engagements ; les options de la ligne de commande s'y ajoutent — قيود تطبقها plan select إضافة إلى القدرات والالتزامات
   */
  selection?: {
    /**
     * Années sans ligne de projection : la dernière capacité connue (last, défaut) ou aucune limite (none) — السنوات بدون توقع: آخر قدرة معروفة (last) أو بدون حد (none)
     */
    capacity_beyond_projection?: "last" | "none";
    /**
     * Part minimale et/ou maximale du coût du programme par secteur — الحصة الدنيا و/أو القصوى من كلفة البرمجة حسب القطاع
     */
    sector_shares?: {
      sector: Sector;
      /**
       * Part minimale du coût du programme (0,1 = 10 %) — الحصة الدنيا من كلفة البرمجة
       */
      min?: number;
      /**
       * Part maximale du coût du programme (0,3 = 30 %) — الحصة القصوى من كلفة البرمجة
       */
      max?: number;
    }[];
    /**
     * Part minimale et/ou maximale du coût du programme par territoire (équité entre douars et quartiers, rural et urbain) — الحصة الدنيا و/أو القصوى حسب المجال (الإنصاف بين الدواوير والأحياء، القروي والحضري)
     */
    territory_shares?: {
      /**
       * rural, urban ou l'identifiant d'un douar ou quartier — rural أو urban أو معرف دوار أو حي
       */
      territory: string;
      /**
       * Part minimale du coût du programme (0,1 = 10 %) — الحصة الدنيا من كلفة البرمجة
       */
      min?: number;
      /**
       * Part maximale du coût du programme (0,3 = 30 %) — الحصة القصوى من كلفة البرمجة
       */
      max?: number;
    }[];
  };
  /**
   * Programmation retenue — البرمجة المعتمدة
   */
  programme?: {
    /**
     * Produit par — أنتج بواسطة
     */
    generated_by?: string;
    /**
     * Valeur totale des priorités retenues — القيمة الإجمالية
     */
    objective?: number;
    /**
     * Écrite par plan select : l'empreinte des projets, du cadre financier et des règles de programmation dont le programme est tiré. Si elle ne correspond plus, plan validate signale le programme comme périmé (PAC-PRG-001). — يكتبها plan select: بصمة المشاريع والإطار المالي وقواعد البرمجة التي استخرجت منها البرمجة. إذا لم تعد مطابقة، ينبه plan validate إلى أن البرمجة متجاوزة (PAC-PRG-001).
     */
    fingerprint?: string;
    /**
     * Présent seulement quand la limite de temps a arrêté la recherche : écart relatif maximal entre la valeur du programme et la valeur optimale (0,01 = 1 %). Absent : l'optimum est prouvé. — يوجد فقط إذا أوقف الحد الزمني البحث: أقصى فرق نسبي بين قيمة البرمجة والقيمة المثلى. غيابه يعني أن الأمثلية مثبتة.
     */
    optimality_gap?: number;
    /**
     * Lignes projet × année × source — سطور المشروع × السنة × المصدر
     */
    lines: {
      project: Id;
      year: Year;
      partner: Id;
      amount: Amount;
    }[];
    /**
     * Besoins non financés — الحاجيات غير الممولة
     */
    unfunded?: {
      project: Id;
      reason: Text;
    }[];
  };
}
/**
 * Système de suivi : indicateurs — منظومة التتبع: المؤشرات
 */
export interface IndicatorsFile {
  /**
   * Indicateurs — المؤشرات
   */
  indicators: {
    id: Id;
    name: Text;
    project?: Id;
    axis?: Id;
    /**
     * Niveau (chaîne de résultats) — المستوى
     */
    level: "output" | "outcome" | "impact";
    /**
     * Unité — الوحدة
     */
    unit?: string;
    /**
     * Situation de référence — الوضعية المرجعية
     */
    baseline?: {
      value: number;
      year: Year;
    };
    /**
     * Cibles par année — القيم المستهدفة حسب السنة
     */
    targets?: {
      [k: string]: number | undefined;
    };
    /**
     * Ventilé par sexe — مصنف حسب الجنس
     */
    sex_disaggregated?: boolean;
    /**
     * Source de vérification — مصدر التحقق
     */
    source?: string;
    /**
     * Fréquence — الدورية
     */
    frequency?: "monthly" | "quarterly" | "semiannual" | "annual" | "once";
    /**
     * Responsable — المسؤول
     */
    responsible?: string;
  }[];
  /**
   * Dispositif de rapportage — آلية التقارير
   */
  reporting?: {
    /**
     * Mois du rapport annuel — شهر التقرير السنوي
     */
    evaluation_month?: number;
    responsible?: string;
  };
}
/**
 * Adoption : commissions, session, vote et visa — المصادقة: اللجان والدورة والتصويت والتأشيرة
 */
export interface AdoptionFile {
  bureau_review_on?: IsoDate;
  /**
   * Saisine des commissions permanentes — إحالة المشروع على اللجان الدائمة
   */
  committee_referral?: {
    date: IsoDate;
    committees?: IdList;
  };
  /**
   * Rapports des commissions — تقارير اللجان
   */
  committee_reports?: {
    committee: Id;
    date: IsoDate;
    reference?: string;
  }[];
  /**
   * Système de suivi joint au dossier — إرفاق منظومة التتبع
   */
  monitoring_system_attached?: boolean;
  /**
   * Session d'adoption — دورة المصادقة
   */
  session?: {
    /**
     * Type de session — نوع الدورة
     */
    type: "ordinary" | "extraordinary";
    date: IsoDate;
    agenda_sent_to_governor_on?: IsoDate;
    /**
     * Convocations et présences — الاستدعاءات والحضور
     *
     * @minItems 1
     */
    convocations: [
      {
        /**
         * Numéro de la convocation — رقم الاستدعاء
         */
        number: 1 | 2 | 3;
        date: IsoDate;
        present: Count;
        sent_on?: IsoDate;
      },
      ...{
        /**
         * Numéro de la convocation — رقم الاستدعاء
         */
        number: 1 | 2 | 3;
        date: IsoDate;
        present: Count;
        sent_on?: IsoDate;
      }[]
    ];
    place?: Text;
    /**
     * Séance (1re, 2e…) — الجلسة (الأولى، الثانية…)
     */
    sitting?: number;
  };
  /**
   * Membres en exercice à la session — الأعضاء المزاولون مهامهم
   */
  members_in_office?: number;
  /**
   * Vote — التصويت
   */
  votes?: {
    for: Count;
    against: Count;
    abstain: Count;
    /**
     * Vote du président (départage en cas d'égalité) — تصويت الرئيس (يرجح عند تعادل الأصوات)
     */
    president_side?: "for" | "against" | "abstain";
  };
  /**
   * Numéro de la délibération — رقم المقرر
   */
  decision_no?: string;
  /**
   * Référence du procès-verbal — مرجع المحضر
   */
  minutes_ref?: string;
  /**
   * Visa du gouverneur — تأشيرة العامل
   */
  visa?: {
    received_on: IsoDate;
    visa_on?: IsoDate;
    /**
     * Statut — الوضعية
     */
    status: "granted" | "refused" | "tacit" | "pending";
    reference?: string;
  };
  /**
   * Transmission de la délibération et du procès-verbal au gouverneur de la préfecture ou de la province — توجيه المقرر والمحضر إلى عامل العمالة أو الإقليم
   */
  transmission?: {
    deliberation_on?: IsoDate;
    minutes_on?: IsoDate;
    reference?: string;
  };
  /**
   * Publication de la délibération et du programme — نشر المقرر والبرنامج
   */
  publication?: {
    decision_summary_on?: IsoDate;
    plan_published_on?: IsoDate;
    open_data_published_on?: IsoDate;
    /**
     * Adresse (URL) du jeu de données publié — عنوان (رابط) مجموعة المعطيات المنشورة
     */
    open_data_url?: string;
    /**
     * Où (siège de la commune, site, bulletin officiel des collectivités territoriales) — مكان النشر
     */
    where?: string;
  };
  /**
   * Actualisations — التحيينات
   */
  updates?: {
    date: IsoDate;
    /**
     * Année du plan — سنة البرنامج
     */
    plan_year: number;
    changes: TextList;
    session_date?: IsoDate;
  }[];
  /**
   * Secrétaire du conseil — كاتب(ة) المجلس
   */
  secretary?: string;
  /**
   * Annexes jointes au dossier — الملاحق المرفقة بالملف
   */
  annexes?: {
    /**
     * Nature de l'annexe — نوع الملحق
     */
    kind:
      | "committee_report"
      | "iecag_opinion"
      | "attendance"
      | "workshop_minutes"
      | "visa_letter"
      | "deliberation"
      | "questionnaire"
      | "other";
    title: Text;
    date?: IsoDate;
    /**
     * Référence ou fichier — المرجع أو الملف
     */
    reference?: string;
  }[];
}
/**
 * Suivi annuel de l'exécution du PAC — التتبع السنوي لتنفيذ برنامج عمل الجماعة
 */
export interface FollowupFile {
  year: Year;
  as_of?: IsoDate;
  /**
   * Avancement des projets — تقدم إنجاز المشاريع
   */
  projects?: {
    project: Id;
    /**
     * État d'avancement — وضعية الإنجاز
     */
    status: "not_started" | "studies" | "tendering" | "works" | "done" | "suspended" | "cancelled";
    /**
     * Taux d'avancement physique (%) — نسبة الإنجاز المادي (%)
     */
    progress?: number;
    /**
     * Montants engagés par partenaire (MAD) — المبالغ الملتزم بها حسب الشريك (درهم)
     */
    committed?: {
      [k: string]: Amount | undefined;
    };
    /**
     * Montants payés par partenaire (MAD) — المبالغ المؤداة حسب الشريك (درهم)
     */
    paid?: {
      [k: string]: Amount | undefined;
    };
    started_on?: IsoDate;
    delivered_on?: IsoDate;
    reason?: Text;
    /**
     * Délibération du conseil (annulation ou report) — مقرر المجلس (الإلغاء أو التأجيل)
     */
    decision?: {
      /**
       * Numéro de la délibération — رقم المقرر
       */
      number: string;
      date: IsoDate;
    };
    /**
     * Nouvelle programmation (projet reporté) — البرمجة الجديدة (مشروع مؤجل)
     */
    moved_to?: {
      start_year: Year;
      end_year: Year;
    };
    note?: Text;
  }[];
  /**
   * Valeurs mesurées des indicateurs — القيم المقيسة للمؤشرات
   */
  indicators?: {
    indicator: Id;
    /**
     * Valeur mesurée — القيمة المقيسة
     */
    value: number;
    measured_on?: IsoDate;
    /**
     * Source de la mesure — مصدر القياس
     */
    source?: string;
    note?: Text;
  }[];
  /**
   * Examen de l'exécution par le conseil — دراسة المجلس لحصيلة التنفيذ
   */
  review?: {
    committees_on?: IsoDate;
    session_on?: IsoDate;
    /**
     * Numéro de la délibération — رقم المقرر
     */
    decision_no?: string;
  };
  proposals?: TextList;
}
