// PAC-PHS-006: finance.yaml, made in an earlier phase, is there once a later phase has begun (LO 113-14 art. 78).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-006',
  'finance',
  { ar: 'الإطار المالي موجود', fr: 'Cadre financier présent', en: 'Financial frame present' },
  'LO 113-14 art. 78',
);
