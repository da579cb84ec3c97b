// PAC-PHS-005: projects/, made in an earlier phase, is there once a later phase has begun (LO 113-14 art. 78).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-005',
  'project',
  { ar: 'بطاقات المشاريع موجودة', fr: 'Fiches projets présentes', en: 'Project sheets present' },
  'LO 113-14 art. 78',
);
