// PAC-PHS-002: commune.yaml, made in an earlier phase, is there once a later phase has begun (LO 113-14 art. 78).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-002',
  'commune',
  { ar: 'ملف الجماعة موجود', fr: 'Profil de la commune présent', en: 'Commune profile present' },
  'LO 113-14 art. 78',
);
