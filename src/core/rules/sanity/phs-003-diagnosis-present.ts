// PAC-PHS-003: diagnosis.yaml, made in an earlier phase, is there once a later phase has begun (LO 113-14 art. 78; Decree 2-16-301 art. 7).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-003',
  'diagnosis',
  { ar: 'التشخيص موجود', fr: 'Diagnostic présent', en: 'Diagnosis present' },
  'LO 113-14 art. 78; Decree 2-16-301 art. 7',
);
