// The legal or practical basis of each phase requirement of src/core/plan/phases.ts, and the command
// that fills it. Keyed by the requirement's item, so a new requirement shows up even without an entry.

/** Basis by requirement item (file or file#section). */
export const REQUIREMENT_BASIS: Record<string, string> = {
  'plan.yaml': 'LO 113-14 art. 78',
  'commune.yaml': 'LO 113-14 art. 78',
  'diagnosis.yaml': 'LO 113-14 art. 78; Decree 2-16-301 art. 7',
  'diagnosis.yaml#swot': 'practice (DGCT guide)',
  'diagnosis.yaml#gender_analysis': 'LO 113-14 art. 78',
  'consultations.yaml': 'LO 113-14 arts. 78, 119; Decree 2-16-301 arts. 4, 7',
  'priorities.yaml': 'LO 113-14 art. 78',
  'priorities.yaml#criteria': 'practice (DGCT guide)',
  'projects/': 'LO 113-14 art. 78',
  'finance.yaml': 'LO 113-14 art. 78',
  'indicators.yaml': 'Decree 2-16-301 art. 6',
  'adoption.yaml': 'Decree 2-16-301 arts. 10-11',
  'adoption.yaml#committee_referral': 'Decree 2-16-301 art. 10',
  'adoption.yaml#committee_reports': 'Decree 2-16-301 art. 11',
  'adoption.yaml#session': 'LO 113-14 arts. 33, 38, 42',
  'adoption.yaml#votes': 'LO 113-14 arts. 45-47',
  'adoption.yaml#visa': 'LO 113-14 art. 118',
  'adoption.yaml#publication.decision_summary_on': 'LO 113-14 art. 48',
  'adoption.yaml#publication.plan_published_on': 'LO 113-14 art. 48; Law 31-13 art. 10',
  'adoption.yaml#publication.open_data_published_on': 'Law 31-13 art. 10',
};

/** The command that adds what a requirement lacks. */
export const REQUIREMENT_COMMAND: Record<string, string> = {
  'plan.yaml': 'plan init',
  'commune.yaml': 'plan init',
  'diagnosis.yaml': 'plan diagnosis add-sector',
  'diagnosis.yaml#swot': 'plan diagnosis swot',
  'diagnosis.yaml#gender_analysis': 'plan diagnosis gender',
  'consultations.yaml': 'plan consult add',
  'priorities.yaml': 'plan add axis; plan add priority',
  'priorities.yaml#criteria': 'plan add criterion',
  'projects/': 'plan add project',
  'finance.yaml': 'plan add partner; plan add projection',
  'indicators.yaml': 'plan add indicator',
  'adoption.yaml': 'plan adopt referral',
  'adoption.yaml#committee_referral': 'plan adopt referral',
  'adoption.yaml#committee_reports': 'plan adopt report',
  'adoption.yaml#session': 'plan adopt session',
  'adoption.yaml#votes': 'plan adopt votes',
  'adoption.yaml#visa': 'plan adopt visa',
  'adoption.yaml#publication.decision_summary_on': 'plan adopt publication --step decision_summary',
  'adoption.yaml#publication.plan_published_on': 'plan adopt publication --step plan',
  'adoption.yaml#publication.open_data_published_on': 'plan adopt publication --step open_data',
};
