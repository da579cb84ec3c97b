// PAC-PHS-007: indicators.yaml, made in an earlier phase, is there once a later phase has begun (Decree 2-16-301 arts. 6, 11).
import { missingArtefactRule } from './missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-007',
  'indicators',
  { ar: 'منظومة التتبع موجودة', fr: 'Système de suivi présent', en: 'Monitoring system present' },
  'Decree 2-16-301 arts. 6, 11',
);
