// PAC-PHS-004: consultations.yaml, made in an earlier phase, is there once a later phase has begun (LO 113-14 arts. 78, 119).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-004',
  'consultations',
  { ar: 'التشاور موثق', fr: 'Concertations présentes', en: 'Consultations present' },
  'LO 113-14 arts. 78, 119',
);
